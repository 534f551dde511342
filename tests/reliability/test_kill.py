"""Crash safety: writers killed with SIGKILL at random moments leave nothing half done.

A child process runs the program's real writers in a loop (the Upwork importer, a bulk talent
import, a scope change, a migration step through the real runner, a stored attachment, a daily
backup); the test kills it
at a random moment, then checks that the database passes ``integrity_check`` and
``foreign_key_check``, that every operation is wholly there or wholly absent, that nothing
reported committed is missing, and that every stored file and backup is whole. The default run
kills 10 times; ``-m slow`` kills 50 times.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reliability import report
from tests.reliability.kill_driver import check

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def run_and_kill(module: str, data_dir: Path, seed: int, delay: float, *more: str) -> tuple[str, str, str]:
    """Start a writer child, let it write for ``delay`` seconds once ready, SIGKILL it: (ready line, out, err).
    ``more``: further arguments for the writer, after the folder and the seed."""
    child = subprocess.Popen([sys.executable, "-m", module, str(data_dir), str(seed), *more],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = child.stdout.readline().strip()
        if ready == "ready":
            time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    return ready, out, err


def kill_at_random(data_dir: Path, kills: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    committed: list[tuple[str, str]] = []
    failures: list[str] = []
    for round_ in range(kills):
        ready, out, err = run_and_kill("tests.reliability.kill_driver", data_dir, seed * 1000 + round_,
                                       rng.uniform(0.0, 0.5))
        report.add("kills")
        done = [tuple(line.split()[1:3]) for line in out.splitlines() if line.startswith("done ")]
        committed += done
        report.add("operations committed", len(done))
        if ready != "ready" or "Traceback" in err:
            report.add("tracebacks")
            failures.append(f"round {round_}: the writer failed by itself:\n{err[-2000:]}")
            continue
        found = check(data_dir, committed)
        report.add("corruptions", len(found["corruption"]))
        report.add("half operations", len(found["partial"]))
        report.add("rows lost", len(found["lost"]))
        problems = found["corruption"] + found["partial"] + found["lost"]
        if problems:
            failures.append(f"round {round_} (after {len(done)} operations): " + "; ".join(problems[:5]))
        else:
            report.add("kills survived")
    return failures


def test_ten_random_kills_leave_everything_whole(tmp_path):
    assert kill_at_random(tmp_path / "data", 10, seed=int(os.environ.get("TALENTDESK_KILL_SEED", "7"))) == []


@pytest.mark.slow
def test_fifty_random_kills_leave_everything_whole(tmp_path):
    assert kill_at_random(tmp_path / "data", 50, seed=int(os.environ.get("TALENTDESK_KILL_SEED", "11"))) == []


def test_the_check_sees_half_an_operation_and_a_lost_one(db, data_dir):
    from tests.reliability import kill_driver

    kill_driver.bulk_import("b1")
    kill_driver.scope_change("s1", random.Random(1))
    kill_driver.upwork_import("1-1", data_dir)
    done = [("import", "b1"), ("scope", "s1"), ("upwork", "1-1")]
    assert check(data_dir, done) == {"corruption": [], "partial": [], "lost": []}
    db.execute_sql("DELETE FROM contact_channel WHERE value = 'b1-2'")
    db.execute_sql("DELETE FROM rate WHERE note = 's1'")
    db.execute_sql("DELETE FROM payment WHERE id = (SELECT max(id) FROM payment)")
    found = check(data_dir, [("import", "b1"), ("import", "b2")])
    assert any("import b1" in p for p in found["partial"]) and any("scope" in p for p in found["partial"])
    assert any("upwork 1-1" in p for p in found["partial"])
    assert found["lost"] == ["import b2 was committed but is missing"]
