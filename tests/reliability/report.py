"""The record of figures: what the reliability tests tried and what it cost.

The tests in tests/reliability add to ``FIGURES``; the conftest beside this file prints the table
at the end of the run, so the numbers can be quoted. ``python tests/reliability/report.py`` runs
every reliability test, the slow full-count ones included, and prints it.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROWS = (
    ("kills", "child processes killed with SIGKILL while writing"),
    ("kills survived", "kills after which the database, files and backups were whole"),
    ("operations committed", "writes reported committed before a kill"),
    ("corruptions", "integrity, foreign-key, stored-file or backup damage found"),
    ("half operations", "operations found partly applied (or a failed import that changed something)"),
    ("mutated inputs tried", "damaged files and inputs fed to the openers and importers"),
    ("tracebacks", "unexpected exceptions (anything but a clear, expected refusal)"),
    ("rows lost", "committed operations missing afterwards"),
    ("passphrase-change kills", "passphrase changers (on, change, off) killed with SIGKILL"),
    ("kills before the switch (undone)", "of those, changes the next start undid (the old passphrase opens)"),
    ("kills after the switch (finished)", "of those, changes the next start finished (the new passphrase opens)"),
    ("opened by one passphrase", "folders that exactly one passphrase (or none, when plain) opened wholly after"),
    ("plaintext confidential files", "sensitive files found readable on disk in an encrypted folder"),
    ("re-keying leftovers", "files of an interrupted change left after the next start"),
    ("concurrent imports", "marketplace imports run two at a time into one folder"),
    ("imports whole", "of those, imports found with every row"),
    ("imports absent", "of those, imports that said the folder was busy and left no row"),
    ("hostile archives tried", "backups with unsafe, planted or lying members or a wrong-schema database"),
    ("hostile archives refused", "of those, refused in one line with the data folder byte-identical"),
    ("inputs over 2 s", "mutated importer inputs that took over 2 s of CPU (or hung)"),
    ("slowest input (ms)", "the most CPU time one mutated importer input took"),
    ("undo kills", "kills of a process undoing and redoing import steps"),
    ("undos cut", "undo or redo steps in flight at a kill (each must be found done or not done, whole)"),
    ("team database import kills", "imports into a PostgreSQL team database killed with SIGKILL"),
    ("team database kills survived", "of those, kills after which every import was whole or absent"),
)
FIGURES: dict[str, int] = {name: 0 for name, _ in ROWS}


def add(name: str, amount: int = 1) -> None:
    FIGURES[name] += amount


def most(name: str, value: int) -> None:
    """Keep the largest value seen (a maximum, not a count)."""
    FIGURES[name] = max(FIGURES[name], value)


def recorded() -> bool:
    return any(FIGURES.values())


def table() -> str:
    width = max(len(name) for name, _ in ROWS)
    lines = ["Reliability record", f"{'figure':<{width}}  {'count':>7}  meaning", "-" * (width + 60)]
    lines += [f"{name:<{width}}  {FIGURES[name]:>7}  {meaning}" for name, meaning in ROWS]
    return "\n".join(lines)


if __name__ == "__main__":
    import pytest

    root = Path(__file__).resolve().parents[2]
    sys.exit(pytest.main([str(root / "tests" / "reliability"), "-q", "-m", "slow or not slow", *sys.argv[1:]]))
