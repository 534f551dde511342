"""No function in reports/ or views/ grows past a cyclomatic complexity of 20 (radon's measure).

A report is built one function per section and a screen's panes and actions are driven by tables;
a function past 20 branches is one that a newcomer cannot read at once.
"""
from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

import talentdesk

LIMIT = 20
PACKAGE = Path(talentdesk.__file__).parent
CHECKED = ("reports", "views")

def _blocks(blocks, prefix: str = ""):
    """Every function, method and nested function, named as radon's report names them (Class.method).

    cc_visit lists methods beside their classes (a class's own figure is the sum of its methods).
    """
    for block in blocks:
        if isinstance(block, Function):
            yield prefix + block.fullname, block.complexity
            yield from _blocks(block.closures, f"{prefix}{block.fullname}.")


def complexities(folder: str) -> dict[str, int]:
    found = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        for name, complexity in _blocks(cc_visit(path.read_text(encoding="utf-8"))):
            found[f"{where} {name}"] = complexity
    return found


def test_the_measure_sees_a_branchy_function():
    code = "def f(x):\n" + "".join(f"    if x == {n}:\n        return {n}\n" for n in range(LIMIT)) + "    return -1\n"
    assert [(name, value) for name, value in _blocks(cc_visit(code))] == [("f", LIMIT + 1)]
    nested = "class A:\n    def m(self):\n        def inner(y):\n            return y or 1\n        return inner\n"
    assert dict(_blocks(cc_visit(nested))) == {"A.m": 1, "A.m.inner": 2}


def test_no_function_in_reports_or_views_is_over_the_limit():
    measured = {name: value for folder in CHECKED for name, value in complexities(folder).items()}
    assert len(measured) > 500  # every module of both packages was read
    over = {name: value for name, value in measured.items() if value > LIMIT}
    assert over == {}, f"split these (one function per section, or a table of cases): {over}"
