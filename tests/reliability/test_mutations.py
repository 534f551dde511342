"""Damaged files: the database opener and the backup restore refuse them clearly or open them
cleanly, and never end in a traceback.

Each round takes a sound data folder, damages its database file (random byte flips, a zeroed
page, a cut-off tail, a scribbled header) and opens it the way the program does at start: the
quick check, then the opener, then the reads the first window makes. A clear refusal
(``DamagedDatabase``, ``SchemaError``) is fine; any other exception counts as a traceback.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import traceback
from pathlib import Path

import pytest

from talentdesk.store import backups
from talentdesk.store.integrity import DamagedDatabase, ensure_sound, full_check
from talentdesk.store.migrations import SchemaError
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories
from tests.reliability import report

PAGE = 4096


def sound_folder(root: Path) -> Path:
    from talentdesk.services import contracts

    folder = root / "pristine"
    db = open_database(folder)
    for n in range(25):
        talent_id = factories.talent(f"Persona {n} Ünïcode ✓", notes="notes " * 40,
                                     skills=[(f"Skill {n}", 3), ("Python", 4)])
        contract_id = factories.contract(talent_id, title=f"Work {n}")
        for m in range(6):
            contracts.add_message(contract_id, f"message {m} " * 20)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return folder


def mutate(data: bytearray, rng: random.Random) -> str:
    how = rng.choice(("flip", "flip", "flip", "zero-page", "truncate", "header", "page-garbage"))
    if how == "flip":
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    elif how == "zero-page":
        start = rng.randrange(len(data) // PAGE) * PAGE
        data[start:start + PAGE] = bytes(PAGE)
    elif how == "truncate":
        del data[rng.randrange(1, len(data)):]
    elif how == "header":
        start = rng.randrange(0, 100)
        data[start:start + 8] = rng.randbytes(8)
    else:
        start = rng.randrange(len(data) // PAGE) * PAGE + rng.randrange(PAGE - 64)
        data[start:start + 64] = rng.randbytes(64)
    return how


def open_as_the_program_does(folder: Path) -> str:
    """'refused' or 'opened'; raises anything unexpected."""
    from talentdesk.services import overview, workroom
    from talentdesk.services import talents as talent_service

    try:
        ensure_sound(folder / DATABASE_FILE)
        db = open_database(folder)
    except (DamagedDatabase, SchemaError):
        return "refused"
    try:
        overview.counts()
        ids = workroom.list_ids()
        workroom.list_rows(ids[:50])
        talent_service.search_ids("Persona")
        for talent_id in ids[:5]:
            talent_service.load_input(talent_id) if talent_id else None
    except DamagedDatabase:
        return "refused"
    finally:
        db.close()
    return "opened"


def run_mutations(tmp_path: Path, rounds: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pristine = sound_folder(tmp_path)
    original = (pristine / DATABASE_FILE).read_bytes()
    failures, outcomes = [], {}
    for round_ in range(rounds):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        data = bytearray(original)
        how = mutate(data, rng)
        (folder / DATABASE_FILE).write_bytes(bytes(data))
        report.add("mutated inputs tried")
        try:
            outcome = open_as_the_program_does(folder)
        except Exception:  # noqa: BLE001 - what the test counts
            report.add("tracebacks")
            failures.append(f"round {round_} ({how}):\n{traceback.format_exc(limit=4)}")
            outcome = "traceback"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        shutil.rmtree(folder)
    print(f"database mutations: {outcomes}")
    return failures


def test_damaged_database_files_are_refused_or_opened_never_a_traceback(tmp_path):
    failures = run_mutations(tmp_path, 40, seed=3)
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_damaged_database_files_many_rounds(tmp_path):
    failures = run_mutations(tmp_path, 400, seed=int(os.environ.get("TALENTDESK_MUTATION_SEED", "5")))
    assert not failures, "\n".join(failures)


def test_damaged_backups_are_refused_by_restore_or_restore_cleanly(tmp_path):
    rng = random.Random(9)
    pristine = sound_folder(tmp_path)
    good = backups.daily_backup(pristine / DATABASE_FILE, pristine / "backups", dt.date(2026, 3, 1))
    original = good.read_bytes()
    failures = []
    for round_ in range(20):
        data = bytearray(original)
        how = mutate(data, rng)
        damaged = tmp_path / f"backup-{round_}.sqlite3"
        damaged.write_bytes(bytes(data))
        target = tmp_path / f"restored-{round_}"
        target.mkdir()
        report.add("mutated inputs tried")
        try:
            backups.restore(damaged, target / DATABASE_FILE, target / "backups")
        except ValueError as refusal:
            assert "damaged" in str(refusal)
            assert not (target / DATABASE_FILE).exists()  # nothing half restored
            continue
        except Exception:  # noqa: BLE001
            report.add("tracebacks")
            failures.append(f"round {round_} ({how}):\n{traceback.format_exc(limit=4)}")
            continue
        con = sqlite3.connect(target / DATABASE_FILE)
        try:
            assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            full_check(con)
        finally:
            con.close()
    assert not failures, "\n".join(failures)
