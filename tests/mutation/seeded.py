"""Bugs put in by hand where mutmut cannot reach: comparisons inside SQL text, a sort left out, a view's clock.

mutmut mutates Python operators and literals; a ``<`` that became ``<=`` inside a rule's SQL, or a
``BETWEEN`` cut short, is text to it. These are the small bugs a review found passing the whole suite
(issue 17); each is put into a copy of the tree, the tests named beside it are run there, and they must
fail. ``bash packaging/mutation.sh`` runs this after mutmut; alone:

    .venv/bin/python -m tests.mutation.seeded [NAME…]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Seeded:
    name: str
    path: str  # relative to the project root
    before: str  # the text replaced, exactly once
    after: str
    tests: tuple[str, ...]  # pytest node ids or files that must fail


# The test that reads every column of the timeline's contract and appreciation events.
_ARM_COLUMNS = "tests/unit/test_timeline.py::test_contract_and_appreciation_events_read_their_own_columns[sqlite]"

SEEDED = (
    Seeded("contract ending today is taken as past", "talentdesk/services/review_rules.py",
           "CASE WHEN c.end_date < :today THEN 'past'", "CASE WHEN c.end_date <= :today THEN 'past'",
           ("tests/unit/test_review_rules.py::test_a_contract_ending_today_is_ending_not_past",)),
    Seeded("document expiring today is taken as expired", "talentdesk/services/review_rules.py",
           "CASE WHEN a.expires_on < :today THEN 'expired'", "CASE WHEN a.expires_on <= :today THEN 'expired'",
           ("tests/unit/test_review_rules.py::test_document_expiring_within_thirty_days",)),
    Seeded("an agreement expiring today no longer counts", "talentdesk/services/classification.py",
           "a.expires_on >= :today", "a.expires_on > :today",
           ("tests/unit/test_review_rules.py::test_an_agreement_counts_until_the_end_of_its_last_day",)),
    Seeded("Sunday left out of the weekly-limit rule", "talentdesk/services/review_rules.py",
           "AND w.day BETWEEN :week_start AND :week_end", "AND w.day >= :week_start AND w.day < :week_end",
           ("tests/unit/test_review_rules.py::test_hours_logged_on_sunday_count_in_the_week",)),
    Seeded("Sunday left out of the workroom's week", "talentdesk/services/workroom.py",
           "(WorkLog.day <= sunday)", "(WorkLog.day < sunday)",
           ("tests/unit/test_review_rules.py::test_hours_logged_on_sunday_count_in_the_week",)),
    Seeded("weeks of a default budget floored", "talentdesk/services/contracts.py",
           "((end - start).days + 1 + 6) // 7", "((end - start).days + 1) // 7",
           ("tests/unit/test_budget_milestones_chains.py::test_the_default_budget_counts_every_week_begun",)),
    Seeded("review queue not sorted", "talentdesk/services/review_rules.py",
           "found.sort(key=lambda c: (c.due is None, c.due or dt.date.max, c.talent_name))", "pass",
           ("tests/unit/test_review_rules.py::test_the_queue_puts_the_most_urgent_first_within_a_rule",)),
    Seeded("working now until a minute past the end of the day", "talentdesk/views/bench/fmt.py",
           "return start <= minute < end", "return start <= minute <= end",
           ("tests/unit/test_bench_hours.py",)),
    Seeded("working now one minute late", "talentdesk/views/bench/fmt.py",
           "return start <= minute < end", "return start < minute < end",
           ("tests/unit/test_bench_hours.py",)),
    # mutmut switches a mutant on after the modules are imported, so a function that only runs while its
    # module is imported (the rules' SQL is built once) cannot be tried by it; these are its two mutants.
    Seeded("every rule's SQL joined with the wrong separator", "talentdesk/services/review_rules.py",
           'return " ".join(select.split())', 'return "XX XX".join(select.split())',
           ("tests/unit/test_review_rules.py",)),
    Seeded("every rule's SQL lost", "talentdesk/services/review_rules.py",
           'return " ".join(select.split())', 'return " ".join(None)',
           ("tests/unit/test_review_rules.py",)),
    # The classification's points and codes, and the money figures' kinds, are written into SQL built on import.
    Seeded("a classification signal's points lost", "talentdesk/services/classification.py",
           'return " + ".join(f"(CASE WHEN {s.sql} THEN {s.points} ELSE 0 END)" for s in SIGNALS)',
           'return " + ".join(f"(CASE WHEN {s.sql} THEN 0 ELSE 0 END)" for s in SIGNALS)',
           ("tests/unit/test_review_rules.py::test_classification_sql_agrees_with_the_python_assessment",)),
    Seeded("the classification's points joined wrongly", "talentdesk/services/classification.py",
           'return " + ".join(f"(CASE WHEN {s.sql} THEN {s.points}', 'return "XX + XX".join(f"(CASE WHEN {s.sql} THEN {s.points}',
           ("tests/unit/test_review_rules.py::test_classification_sql_agrees_with_the_python_assessment",)),
    Seeded("the classification's codes joined wrongly", "talentdesk/services/classification.py",
           'parts = " || ".join(', 'parts = "XX || XX".join(',
           ("tests/unit/test_review_rules.py::test_classification_sql_agrees_with_the_python_assessment",)),
    Seeded("the classification's codes lost", "talentdesk/services/classification.py",
           """THEN '{s.code},' ELSE '' END)" for s in SIGNALS)""", """THEN '' ELSE '' END)" for s in SIGNALS)""",
           ("tests/unit/test_review_rules.py::test_classification_sql_agrees_with_the_python_assessment",)),
    Seeded("the money figures' kinds joined wrongly", "talentdesk/services/money_figures.py",
           """return ", ".join(f"'{k}'" for k in kinds)""", """return "XX, XX".join(f"'{k}'" for k in kinds)""",
           ("tests/unit/test_money_rules.py::test_each_figure_has_one_meaning",)),
    Seeded("the money figures' kinds lost", "talentdesk/services/money_figures.py",
           """return ", ".join(f"'{k}'" for k in kinds)""", """return ", ".join("''" for k in kinds)""",
           ("tests/unit/test_money_rules.py::test_each_figure_has_one_meaning",)),
    Seeded("a paused contract is not working now", "talentdesk/services/bench.py",
           "max(status IN ('active', 'paused'))", "max(status = 'active')",
           ("tests/unit/test_bench_service.py::test_working_now_means_a_running_contract",)),
    # The timeline's contract and appreciation arms are built once, on import (timeline.BRANCHES), so mutmut
    # cannot try their mutants (equivalent.toml, "import-time"); one bug per column each arm reads.
    Seeded('contract events lose their kind', "talentdesk/services/timeline.py",
           'return _Branch(kind, "contract", _CONTRACT,',
           'return _Branch(None, "contract", _CONTRACT,', ("tests/unit/test_timeline.py",)),
    Seeded('contract events name another source', "talentdesk/services/timeline.py",
           'kind, "contract", _CONTRACT,',
           'kind, "CONTRACT", _CONTRACT,', (_ARM_COLUMNS,)),
    Seeded('contract events lose their table', "talentdesk/services/timeline.py",
           '"contract", _CONTRACT, day,',
           '"contract", None, day,', (_ARM_COLUMNS,)),
    Seeded('contract events lose their day', "talentdesk/services/timeline.py",
           '_CONTRACT, day, "c.id", "c.talent_id"',
           '_CONTRACT, None, "c.id", "c.talent_id"', (_ARM_COLUMNS,)),
    Seeded('contract events lose their id', "talentdesk/services/timeline.py",
           'day, "c.id", "c.talent_id", where',
           'day, "XXc.idXX", "c.talent_id", where', (_ARM_COLUMNS,)),
    Seeded('contract events filtered by a wrong person column', "talentdesk/services/timeline.py",
           '"c.id", "c.talent_id", where=f"{day}',
           '"c.id", "XXc.talent_idXX", where=f"{day}', (_ARM_COLUMNS,)),
    Seeded('contract events not chosen by day and status', "talentdesk/services/timeline.py",
           ' where=f"{day} IS NOT NULL AND {where}",',
           '', (_ARM_COLUMNS,)),
    Seeded('contract events lose their amount', "talentdesk/services/timeline.py",
           'amount="c.rate_minor", currency="c.currency", excerpt=excerpt',
           'currency="c.currency", excerpt=excerpt', (_ARM_COLUMNS,)),
    Seeded('contract events lose their currency', "talentdesk/services/timeline.py",
           'currency="c.currency", excerpt=excerpt',
           'excerpt=excerpt', (_ARM_COLUMNS,)),
    Seeded('contract events lose their text', "talentdesk/services/timeline.py",
           'excerpt=excerpt, detail="c.kind")',
           'detail="c.kind")', (_ARM_COLUMNS,)),
    Seeded('contract events lose their kind of work', "talentdesk/services/timeline.py",
           'excerpt=excerpt, detail="c.kind")',
           'excerpt=excerpt)', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their kind', "talentdesk/services/timeline.py",
           '        kind, "appreciation",\n',
           '        None, "appreciation",\n', ("tests/unit/test_timeline.py",)),
    Seeded('appreciation events name another source', "talentdesk/services/timeline.py",
           '        kind, "appreciation",\n',
           '        kind, "APPRECIATION",\n', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their payment', "talentdesk/services/timeline.py",
           '        "LEFT JOIN payment p ON p.id = a.payment_id",\n',
           '        "",\n', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their day', "talentdesk/services/timeline.py",
           '"a.given_on", "a.id", "a.talent_id"',
           'None, "a.id", "a.talent_id"', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their id', "talentdesk/services/timeline.py",
           '"a.given_on", "a.id", "a.talent_id"',
           '"a.given_on", "XXa.idXX", "a.talent_id"', (_ARM_COLUMNS,)),
    Seeded('appreciation events filtered by a wrong person column', "talentdesk/services/timeline.py",
           '"a.given_on", "a.id", "a.talent_id"',
           '"a.given_on", "a.id", "XXa.talent_idXX"', (_ARM_COLUMNS,)),
    Seeded('appreciation events of every kind in each kind', "talentdesk/services/timeline.py",
           ' where=f"a.kind = \'{kind}\'",\n',
           '\n', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their amount', "talentdesk/services/timeline.py",
           'amount="p.amount_minor", currency="p.currency", excerpt="a.what"',
           'currency="p.currency", excerpt="a.what"', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their currency', "talentdesk/services/timeline.py",
           'amount="p.amount_minor", currency="p.currency", excerpt="a.what"',
           'amount="p.amount_minor", excerpt="a.what"', (_ARM_COLUMNS,)),
    Seeded('appreciation events lose their text', "talentdesk/services/timeline.py",
           'amount="p.amount_minor", currency="p.currency", excerpt="a.what"',
           'amount="p.amount_minor", currency="p.currency"', (_ARM_COLUMNS,)),
)


def _copy_tree(into: Path) -> None:
    for name in ("talentdesk", "tests", "resources"):
        shutil.copytree(ROOT / name, into / name, ignore=shutil.ignore_patterns("__pycache__", "mutants"))
    shutil.copy2(ROOT / "pyproject.toml", into / "pyproject.toml")


def caught(seeded: Seeded, tree: Path) -> bool:
    """Put the bug in, run its tests (they must fail), take it out again."""
    path = tree / seeded.path
    original = path.read_text(encoding="utf-8")
    if original.count(seeded.before) != 1:
        raise SystemExit(f"{seeded.name}: {seeded.before!r} is not found exactly once in {seeded.path}")
    path.write_text(original.replace(seeded.before, seeded.after), encoding="utf-8")
    try:
        # pyproject's pythonpath puts the copy first, so its talentdesk is the one imported.
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *seeded.tests],
                             cwd=tree, capture_output=True, text=True)
    finally:
        path.write_text(original, encoding="utf-8")
    # 1: tests failed; 2: they could not even be collected (the module fails on import). 0 is a survivor.
    return run.returncode in (1, 2)


def main(names: list[str]) -> int:
    chosen = [s for s in SEEDED if not names or s.name in names]
    survivors = []
    with tempfile.TemporaryDirectory(prefix="seeded-") as tmp:
        tree = Path(tmp)
        _copy_tree(tree)
        for seeded in chosen:
            ok = caught(seeded, tree)
            print(f"{'killed  ' if ok else 'SURVIVED'}  {seeded.name}  ({seeded.path})", flush=True)
            if not ok:
                survivors.append(seeded.name)
    print(f"seeded bugs: {len(chosen)} tried, {len(chosen) - len(survivors)} killed, {len(survivors)} survived")
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
