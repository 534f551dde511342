"""A SIGKILL during an import into a team database leaves all or nothing: a child process runs the real
Upwork importer and the bulk talent import into PostgreSQL, is killed at a random moment, and every batch
is then found whole or absent, and every batch it reported committed is there."""
from __future__ import annotations

import os
import random
import signal

import pytest

from tests.reliability import report
from tests.reliability.team_kill_driver import check
from tests.reliability.test_kill import run_and_kill

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def test_killed_imports_into_a_team_database_leave_each_batch_whole_or_absent(postgres_databases, tmp_path):
    url = postgres_databases.migrated()
    rng = random.Random(int(os.environ.get("TALENTDESK_KILL_SEED", "5")))
    committed: list[tuple[str, str]] = []
    problems: list[str] = []
    for round_ in range(8):
        ready, out, err = run_and_kill("tests.reliability.team_kill_driver", tmp_path / "data", round_,
                                       rng.uniform(0.1, 1.5), url)
        report.add("team database import kills")
        committed += [tuple(line.split()[1:3]) for line in out.splitlines() if line.startswith("done ")]
        if ready != "ready" or "Traceback" in err:
            report.add("tracebacks")
            problems.append(f"round {round_}: the writer failed by itself:\n{err[-2000:]}")
            continue
        found = check(url, committed)
        report.add("half operations", len(found["partial"]))
        report.add("rows lost", len(found["lost"]))
        problems += [f"round {round_}: {problem}" for problem in found["partial"] + found["lost"]]
        if not found["partial"] + found["lost"]:
            report.add("team database kills survived")
    assert problems == []
    assert len(committed) >= 8  # the kills landed while imports were being committed


def test_the_check_sees_half_an_import_and_a_lost_one(team_db, team_url, data_dir):
    import psycopg

    from tests.reliability import kill_driver

    kill_driver.upwork_import("1-1", data_dir)
    kill_driver.bulk_import("b1")
    done = [("upwork", "1-1"), ("import", "b1")]
    assert check(team_url, done) == {"partial": [], "lost": [], "batches": ["1-1", "b1"]}
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("DELETE FROM payment WHERE id = (SELECT max(id) FROM payment)")
        conn.execute("DELETE FROM talent_skill WHERE id = (SELECT max(id) FROM talent_skill)")
    found = check(team_url, [*done, ("import", "b2")])
    assert found["partial"] == [f"upwork 1-1 has {kill_driver.UPWORK_ROWS - 1} of {kill_driver.UPWORK_ROWS} payments",
                                f"import b1 has {kill_driver.IMPORT_TALENTS} people and "
                                f"{kill_driver.IMPORT_TALENTS * kill_driver.IMPORT_CHILDREN * 2 - 1} skills and channels"]
    assert found["lost"] == ["import b2 was committed but is missing"]
