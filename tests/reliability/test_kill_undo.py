"""Crash safety of undo: a process killed with SIGKILL while undoing or redoing leaves the step whole.

A child imports marketplace files as undoable steps and undoes and redoes them in a loop; the test
kills it at a random moment, then checks that the database passes its checks, that every import is
wholly there or wholly absent, that each batch is as the child last reported it committed, and
that a step cut short by the kill is either undone or not — never half. The default run kills
6 times; ``-m slow`` kills 30 times.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
from pathlib import Path

import pytest

from tests.reliability import report
from tests.reliability.kill_driver import UPWORK_ROWS, check
from tests.reliability.test_kill import run_and_kill

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def batches_present(data_dir: Path) -> dict[str, int]:
    """Each imported batch in the database with its payment count."""
    con = sqlite3.connect(data_dir / "talentdesk.sqlite3")
    try:
        return {name.split()[-1]: n for name, n in con.execute(
            "SELECT t.name, (SELECT count(*) FROM payment p JOIN contract c ON c.id = p.contract_id "
            "WHERE c.talent_id = t.id) FROM talent t WHERE t.name LIKE 'Upwork %'")}
    finally:
        con.close()


def kill_while_undoing(data_dir: Path, kills: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    expected: dict[str, bool] = {}  # batch -> present, as last reported committed
    failures: list[str] = []
    for round_ in range(kills):
        ready, out, err = run_and_kill("tests.reliability.undo_driver", data_dir, seed * 1000 + round_,
                                       rng.uniform(0.2, 1.5))
        report.add("kills")
        report.add("undo kills")
        if ready != "ready" or "Traceback" in err:
            report.add("tracebacks")
            failures.append(f"round {round_}: the undoing process failed by itself:\n{err[-2000:]}")
            continue
        in_flight = None
        for line in out.splitlines():
            word, batch = line.split()
            if word == "moving":
                in_flight = batch
            else:
                expected[batch] = word == "present"
                in_flight = None if batch == in_flight else in_flight
                report.add("operations committed")
        found = check(data_dir, [])
        report.add("corruptions", len(found["corruption"]))
        report.add("half operations", len(found["partial"]))
        problems = found["corruption"] + found["partial"]
        present = batches_present(data_dir)
        lost = [f"{batch} should be {'present' if there else 'absent'}" for batch, there in expected.items()
                if batch != in_flight and (batch in present) != there]
        report.add("rows lost", len(lost))
        problems += lost
        if in_flight is not None:
            report.add("undos cut")
            whole = present.get(in_flight, UPWORK_ROWS) == UPWORK_ROWS
            if not whole:
                problems.append(f"the step cut short ({in_flight}) is half undone")
            expected[in_flight] = in_flight in present  # either is right; the next round builds on it
        if problems:
            failures.append(f"round {round_}: " + "; ".join(problems[:5]))
        else:
            report.add("kills survived")
    return failures


def test_kills_during_undo_and_redo_leave_each_step_done_or_undone(tmp_path):
    assert kill_while_undoing(tmp_path / "data", 6, seed=int(os.environ.get("TALENTDESK_KILL_SEED", "5"))) == []


@pytest.mark.slow
def test_thirty_kills_during_undo_and_redo(tmp_path):
    assert kill_while_undoing(tmp_path / "data", 30, seed=int(os.environ.get("TALENTDESK_KILL_SEED", "13"))) == []
