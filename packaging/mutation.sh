#!/usr/bin/env bash
# Mutation testing of the domain and the file formats (README, "Testing"); kept out of the default run.
#
#   bash packaging/mutation.sh                       # services/ and interchange/ (hours on two cores)
#   bash packaging/mutation.sh services.review_rules # one module again, or a package: services, interchange
#   bash packaging/mutation.sh --report              # only print the report of what has run so far
#
# mutmut copies the package into mutants/, mutates talentdesk/services and talentdesk/interchange there
# ([tool.mutmut] in pyproject.toml) and runs, for each mutant, the unit tests that reach the function it
# changed, fastest first. A stopped run resumes; a changed function is tried again. Then it prints the
# report (tests/mutation/report.py) and puts in by hand the bugs mutmut cannot make (tests/mutation/seeded.py).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/dev.sh test --version >/dev/null   # .venv with the project and its test tools
if [[ ! -x .venv/bin/mutmut ]]; then
    .venv/bin/python -m pip install --quiet -e ".[test,encryption,mutation]"
fi
export QT_QPA_PLATFORM=offscreen

jobs="${MUTATION_JOBS:-2}"
if [[ "${1:-}" != "--report" ]]; then
    if (($#)); then
        # A named module or package is tried again whole. Mutant names are dotted module paths:
        # talentdesk.services.weeks.x_week_of__mutmut_1
        for target in "$@"; do
            .venv/bin/mutmut run --max-children "$jobs" "talentdesk.${target}.*"
        done
    else
        .venv/bin/mutmut run --max-children "$jobs"   # everything; resumes where a stopped run stopped
    fi
    .venv/bin/python -m tests.mutation.seeded
fi
.venv/bin/python -m tests.mutation.report --fail-under 90 services
