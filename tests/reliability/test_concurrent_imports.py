"""Two writers at once: two marketplace imports started together into one data folder, through the
command line as a person would run them.

Each must end with exit 0 (it waited for the other, then imported) or exit 1 saying the folder is
busy — never a traceback — and each file must be in the database whole or not at all. The default
run imports 2,000 rows per file; ``-m slow`` 30,000.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import report
from tests.reliability.kill_driver import UPWORK_HEADER

ROOT = Path(__file__).resolve().parents[2]


def write_history(path: Path, person: str, refs_from: int, rows: int) -> None:
    lines = [UPWORK_HEADER]
    lines += [f'"Jun 10, 2024",{refs_from + k},Fixed Price,"Milestone {k}",,{person},Acme,Jo Client,,'
              f'-{100 + k % 900}.00,-{100 + k % 900}.00,USD,0' for k in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def payments_of(data_dir: Path, person: str) -> int:
    con = sqlite3.connect(data_dir / "talentdesk.sqlite3")
    try:
        return con.execute("SELECT count(*) FROM payment p JOIN contract c ON c.id = p.contract_id "
                           "JOIN talent t ON t.id = c.talent_id WHERE t.name = ?", (person,)).fetchone()[0]
    finally:
        con.close()


def import_two_at_once(tmp_path: Path, rows: int) -> list[str]:
    data_dir = tmp_path / "data"
    assert subprocess.run([sys.executable, "-m", "talentdesk", "--data-dir", str(data_dir), "--self-test"],
                          cwd=ROOT, capture_output=True, timeout=300).returncode == 0
    people = {"Amelia Okafor": 10_000_000, "Jun Watanabe": 20_000_000}  # unlike each other: no near match
    children = {}
    for person, refs in people.items():
        source = tmp_path / f"{person}.csv"
        write_history(source, person, refs, rows)
        children[person] = subprocess.Popen(
            [sys.executable, "-m", "talentdesk", "--data-dir", str(data_dir), "import", "upwork", str(source),
             "--create-missing"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    failures = []
    for person, child in children.items():
        _out, err = child.communicate(timeout=1800)
        report.add("concurrent imports")
        found = payments_of(data_dir, person)
        if "Traceback" in err or child.returncode not in (0, 1):
            report.add("tracebacks")
            failures.append(f"{person}: exit {child.returncode}: {err[-1500:]}")
        elif child.returncode == 1 and (len(err.strip().splitlines()) != 1 or "busy" not in err):
            failures.append(f"{person}: failed without saying the folder is busy: {err!r}")
        if found == rows and child.returncode == 0:
            report.add("imports whole")
        elif found == 0 and child.returncode == 1:
            report.add("imports absent")
        else:
            report.add("half operations")
            failures.append(f"{person}: exit {child.returncode} with {found} of {rows} payments")
    return failures


def test_two_imports_at_once_are_each_whole_or_absent(tmp_path):
    assert import_two_at_once(tmp_path, 2_000) == []


@pytest.mark.slow
def test_two_30000_row_imports_at_once(tmp_path):
    assert import_two_at_once(tmp_path, 30_000) == []
