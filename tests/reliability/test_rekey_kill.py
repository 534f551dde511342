"""Crash safety of a passphrase change: SIGKILL at a random moment of turning encryption on, changing
the passphrase or turning it off, then a start (which finishes or undoes the change).

After each kill: exactly one of none/first/second opens the marker, the database, every backup and
every sensitive file; no sensitive file is readable on disk in an encrypted folder; nothing of the
change is left behind. The default run kills 5 times; ``-m slow`` kills 50 times.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

from talentdesk.services import encryption  # noqa: E402
from talentdesk.store import cipher, rekey  # noqa: E402
from talentdesk.store.db import database  # noqa: E402
from talentdesk.store.schema import open_database  # noqa: E402
from tests.reliability import rekey_driver, report  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def time_one_change(data_dir: Path) -> float:
    """How long one change takes on this machine now (a changer left to finish one, then stopped)."""
    child = subprocess.Popen([sys.executable, "-m", "tests.reliability.rekey_driver", str(data_dir), "1"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        assert child.stdout.readline().startswith("begin")
        started = time.monotonic()
        assert child.stdout.readline().strip() == "done", child.stderr.read()
        return time.monotonic() - started
    finally:
        child.kill()
        child.communicate(timeout=60)
        encryption.finish_interrupted(data_dir)


def kill_changes(data_dir: Path, kills: int, seed: int) -> list[str]:
    secrets = rekey_driver.build_world(data_dir, data_dir.parent)
    database.close()
    rng = random.Random(seed)
    failures: list[str] = []
    span = time_one_change(data_dir)  # the kills fall anywhere in a change of that length
    for round_ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.rekey_driver", str(data_dir), str(seed * 1000 + round_)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            ready = child.stdout.readline().strip()
            began = child.stdout.readline().strip() if ready == "ready" else ""
            if began.startswith("begin"):
                time.sleep(rng.uniform(0.0, span))  # any moment of the change
            os.kill(child.pid, signal.SIGKILL)
            _out, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
        report.add("passphrase-change kills")
        if ready != "ready" or "Traceback" in err:
            report.add("tracebacks")
            failures.append(f"round {round_}: the changer failed by itself:\n{err[-2000:]}")
            continue
        done = encryption.finish_interrupted(data_dir)  # what the next start does first
        if done:
            report.add("kills before the switch (undone)" if done == "rolled back" else "kills after the switch (finished)")
        found = rekey_driver.check(data_dir, secrets)
        report.add("plaintext confidential files", len(found["plaintext"]))
        report.add("re-keying leftovers", len(found["leftovers"]))
        if not found["openers"]:
            report.add("opened by one passphrase")
        problems = found["openers"] + found["plaintext"] + found["leftovers"]
        if problems:
            failures.append(f"round {round_} ({began}): " + "; ".join(problems[:5]))
            shutil.copytree(data_dir, data_dir.parent / f"failed-{round_}")
    return failures


def test_kills_during_passphrase_changes_leave_one_passphrase_that_opens_everything(data_dir, db):
    assert kill_changes(data_dir, 5, seed=int(os.environ.get("TALENTDESK_KILL_SEED", "5"))) == []


@pytest.mark.slow
def test_fifty_kills_during_passphrase_changes(data_dir, db):
    assert kill_changes(data_dir, 50, seed=int(os.environ.get("TALENTDESK_KILL_SEED", "13"))) == []


def test_the_check_sees_two_openers_plaintext_and_leftovers(data_dir, db):
    secrets = rekey_driver.build_world(data_dir, data_dir.parent)
    assert rekey_driver.check(data_dir, secrets) == {"openers": [], "plaintext": [], "leftovers": []}
    encryption.set_passphrase(data_dir, rekey_driver.PASSPHRASES[0])
    database.close()
    cipher.lock()
    assert rekey_driver.check(data_dir, secrets) == {"openers": [], "plaintext": [], "leftovers": []}
    sha, data = next(iter(secrets.items()))
    (data_dir / "attachments" / sha[:2] / sha).write_bytes(data)  # an unsealed copy beside the sealed one
    (data_dir / "talentdesk.sqlite3.rekey").write_bytes(b"")
    found = rekey_driver.check(data_dir, secrets)
    assert found["plaintext"] == [f"attachments/{sha[:2]}/{sha}"] and found["leftovers"] == ["talentdesk.sqlite3.rekey"]
    # the marker of the second passphrase over a database of the first: nobody opens everything
    cipher.place_marker(data_dir, cipher.new_marker(rekey_driver.PASSPHRASES[1]))
    assert rekey_driver.check(data_dir, secrets)["openers"] == ["0 of none/first/second open everything"]


def test_an_interrupted_change_is_undone_before_the_switch_and_finished_after_it(data_dir, db, monkeypatch):
    secrets = rekey_driver.build_world(data_dir, data_dir.parent)
    first, second = rekey_driver.PASSPHRASES
    encryption.set_passphrase(data_dir, first)

    class Killed(BaseException):
        pass

    # A kill after the switch: the journal says commit; the next start finishes the renames.
    real_finish = rekey._finish
    monkeypatch.setattr(rekey, "_finish", lambda *_a: (_ for _ in ()).throw(Killed()))
    with pytest.raises(Killed):
        encryption.set_passphrase(data_dir, second, current=first)
    assert (data_dir / rekey.JOURNAL).exists() and list(data_dir.rglob("*.rekey"))
    monkeypatch.setattr(rekey, "_finish", real_finish)
    database.close()
    cipher.lock()
    assert encryption.finish_interrupted(data_dir) == "finished"
    assert rekey_driver.check(data_dir, secrets) == {"openers": [], "plaintext": [], "leftovers": []}
    assert rekey_driver.opens_everything(data_dir, second, secrets)
    # A kill just before the switch (every new copy written): undone, the old passphrase opens.
    cipher.unlock(data_dir, second)
    open_database(data_dir)
    real_write = rekey._write_journal

    def killed_at_the_switch(folder, journal):
        if journal["phase"] == rekey.COMMIT:
            raise Killed()
        real_write(folder, journal)

    monkeypatch.setattr(rekey, "_write_journal", killed_at_the_switch)
    with pytest.raises(Killed):
        encryption.set_passphrase(data_dir, None, current=second)
    assert list(data_dir.rglob("*.rekey"))
    database.close()
    cipher.lock()
    assert encryption.finish_interrupted(data_dir) == "rolled back"
    assert rekey_driver.check(data_dir, secrets) == {"openers": [], "plaintext": [], "leftovers": []}
    assert rekey_driver.opens_everything(data_dir, second, secrets)
