"""The mutation run's report: per module, the mutants tried, killed, survived and timed out.

    .venv/bin/python -m tests.mutation.report [--survivors] [--fail-under PERCENT] [PACKAGE…]

It reads what ``mutmut run`` left in ``mutants/`` (one ``.meta`` file per mutated module) and the list of
equivalent mutants in ``tests/mutation/equivalent.toml``: a mutant listed there behaves exactly like the
code for every input, so no test can kill it; it is counted apart and left out of the score. A mutant that
changes only the context of a translation mark, or the case of SQL, is found by reading the mutated source
(``equivalent_by_reading``) and counted as equivalent too.

The score of a module is (killed + timeout) / (tried - equivalent - import-time): a mutant that makes a test hang was
noticed. "no tests" means no test of the mutation run
reached the mutated function; it counts as a survivor. "not run" are mutants still waiting (a run that
was stopped, or limited to some modules): they count nowhere. ``--fail-under 90 services`` exits 1 when
the services' score is lower.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = ROOT / "mutants"
EQUIVALENT = Path(__file__).with_name("equivalent.toml")

# mutmut's exit codes (mutmut/stats.py), folded into the columns of the report.
KILLED, SURVIVED, NO_TESTS, TIMEOUT, NOT_RUN, OTHER = "killed", "survived", "no tests", "timeout", "not run", "other"
_BY_CODE = {1: KILLED, 3: KILLED, 37: KILLED, 0: SURVIVED, 5: NO_TESTS, 33: NO_TESTS,
            36: TIMEOUT, 24: TIMEOUT, -24: TIMEOUT, 152: TIMEOUT, 255: TIMEOUT, None: NOT_RUN}
COLUMNS = ("tried", KILLED, SURVIVED, NO_TESTS, TIMEOUT, OTHER, "equivalent", "import-time", "score", NOT_RUN)


def equivalents() -> dict[str, str]:
    """Mutant name -> its kind ("equivalent" or "import-time", see equivalent.toml)."""
    if not EQUIVALENT.exists():
        return {}
    data = tomllib.loads(EQUIVALENT.read_text(encoding="utf-8"))
    return {entry["mutant"]: entry.get("kind", "equivalent") for entry in data.get("mutant", [])}


# What only SQL says (English sentences say "from", "not" and "and" too; they are not folded).
_SQL_WORD = re.compile(r"\b(select|where|join|group by|order by|insert into|delete from|cast\s*\()|[=<>]\s*\?",
                       re.IGNORECASE)
_QUOTED = re.compile(r"('[^']*'|\"[^\"]*\")")


def sql_folded(text: str) -> str:
    """SQL text as both engines read it: keywords, functions and unquoted names in any case are the same
    (SQLite ignores their case, PostgreSQL folds them to lower case); quoted text is kept as written."""
    return "".join(part if _QUOTED.fullmatch(part) else part.lower() for part in _QUOTED.split(text))


class _Normalised(ast.NodeTransformer):
    """A function's syntax with what cannot change its behaviour made alike: the context of a translation
    mark, and the case of SQL outside quotes."""

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) == 2:
            node.args[0] = ast.Constant("context")  # and its text is a sentence, never SQL: left as it is
            return node
        self.generic_visit(node)
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        if isinstance(node.value, str) and _SQL_WORD.search(node.value):
            return ast.Constant(sql_folded(node.value))
        return node


def _functions(module: str) -> dict[str, str]:
    """The mutated module's functions as mutmut wrote them (``x_f__mutmut_orig``, ``x_f__mutmut_3``, methods
    too), each as a dump of its normalised syntax tree."""
    path = MUTANTS.joinpath(*module.split(".")).with_suffix(".py")
    if not path.exists():
        return {}
    found: dict[str, str] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and "__mutmut_" in node.name:
            name = node.name
            node.name = "f"
            found[name] = ast.dump(_Normalised().visit(node))
    return found


def equivalent_by_reading(module: str, names: list[str]) -> set[str]:
    """The mutants of ``names`` whose function is the original once normalised (``_Normalised``):

    - a translation mark's context changed (``QT_TRANSLATE_NOOP("errors", text)`` → ``(None, text)``,
      ``("XXerrorsXX", text)``): at run time the mark returns its text and drops the context, which lupdate
      reads from the source; tests/unit/test_error_messages_marked.py reads the source and fails on a changed
      one, but cannot run under mutmut (it would see every mutant of a file at once);
    - SQL in upper or lower case, quoted text unchanged: both engines read it the same.
    """
    functions = _functions(module)
    found = set()
    for name in names:
        original = functions.get(name.rsplit("__mutmut_", 1)[0].rsplit(".", 1)[-1] + "__mutmut_orig")
        if original is not None and functions.get(name.rsplit(".", 1)[-1]) == original:
            found.add(name)
    return found


def outcomes() -> dict[str, dict[str, str]]:
    """Module (dotted) -> mutant name -> outcome, from mutmut's files."""
    found: dict[str, dict[str, str]] = {}
    for meta in sorted(MUTANTS.glob("talentdesk/**/*.py.meta")):
        module = ".".join(meta.relative_to(MUTANTS).with_suffix("").with_suffix("").parts)
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if codes:
            found[module] = {name: _BY_CODE.get(code, OTHER) for name, code in codes.items()}
    return found


def tally(results: dict[str, str], equivalent: dict[str, str]) -> Counter:
    counts = Counter(results.values())
    counts["tried"] = sum(n for outcome, n in counts.items() if outcome != NOT_RUN)
    for kind in ("equivalent", "import-time"):
        counts[kind] = sum(1 for name, outcome in results.items()
                           if equivalent.get(name) == kind and outcome in (SURVIVED, NO_TESTS))
    return counts


def score(counts: Counter) -> float | None:
    judged = counts["tried"] - counts["equivalent"] - counts["import-time"]
    return 100.0 * (counts[KILLED] + counts[TIMEOUT]) / judged if judged else None


def _row(label: str, counts: Counter) -> str:
    value = score(counts)
    cells = [str(counts[c]) for c in COLUMNS[:-2]] + ["" if value is None else f"{value:.1f} %", str(counts[NOT_RUN])]
    return f"{label:<44}" + "".join(f"{cell:>12}" for cell in cells)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packages", nargs="*", default=["services", "interchange"])
    parser.add_argument("--survivors", action="store_true", help="list each survivor not known as equivalent")
    parser.add_argument("--fail-under", type=float, help="exit 1 when a package's score is below this percent")
    args = parser.parse_args(argv)
    if not MUTANTS.is_dir():
        print("No mutants/ folder: run `bash packaging/mutation.sh` first.")
        return 2
    equivalent = equivalents()
    results = outcomes()
    for module, found in results.items():
        survivors = [n for n, outcome in found.items() if outcome in (SURVIVED, NO_TESTS) and n not in equivalent]
        equivalent.update(dict.fromkeys(equivalent_by_reading(module, survivors), "equivalent"))
    failed = False
    print(f"{'module':<44}" + "".join(f"{c:>12}" for c in COLUMNS))
    for package in args.packages:
        prefix = f"talentdesk.{package}."
        modules = {m: r for m, r in results.items() if m.startswith(prefix)}
        total: Counter = Counter()
        for module, found in modules.items():
            counts = tally(found, equivalent)
            total.update(counts)
            if counts["tried"]:
                print(_row(module.removeprefix("talentdesk."), counts))
        print(_row(f"{package}/ (all)", total))
        print()
        value = score(total)
        if args.fail_under is not None and (value is None or value < args.fail_under):
            failed = True
            print(f"{package}/: score {'none' if value is None else f'{value:.1f} %'} is below {args.fail_under} %")
    if args.survivors:
        for found in results.values():
            for name, outcome in found.items():
                if outcome in (SURVIVED, NO_TESTS) and name not in equivalent:
                    print(f"{outcome:<9} {name}    (mutmut show {name})")
    stale = sorted(set(equivalents()) - {n for found in results.values() for n in found})
    for name in stale:
        print(f"equivalent.toml names {name}, which the run does not know (renamed by a code change?)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
