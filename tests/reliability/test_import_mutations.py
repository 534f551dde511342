"""Mutated files through every importer, counted for the reliability record: each gives a clean
import or a clear one-line error (with its line when the problem has one), never a traceback, and
an import that fails leaves the database exactly as it was. (The property tests in
tests/unit/test_interchange_properties.py explore the same space with hypothesis.)"""
from __future__ import annotations

import os
import random
import time
import traceback
from pathlib import Path

import pytest

from talentdesk.interchange.report import InterchangeError
from talentdesk.services.errors import ServiceError
from talentdesk.store.db import database
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories, hostile
from tests.interchange_helpers import snapshot
from tests.reliability import report
from tests.unit.test_interchange_properties import IMPORTERS, SEEDS

INSERTS = (b'"', b"\r\n", b",,,", b"\x00", b"=\r\n", b"\xef\xbb\xbf", b"BEGIN:VCARD\r\n", b"END:VCARD\r\n",
           b"-99999999999999.999", b"Sep 99, 2026", b"\xfe\xff", b"=cmd|' /C calc'!A0", b"<script>x</script>",
           # what hung csv.Sniffer for minutes: a quoted field, then a run of quotes
           b'a,"b",c\n' + b'"' * 400 + b"x\n", b'"' * 400, b'",' * 300, b"," * 1500, b";" * 1500)
# Per input: CPU time over this is a pathological case (a limit check, not a speed test); wall time
# over HANG_SECONDS is a hang, interrupted so the run goes on and reports it.
LIMIT_SECONDS = 2.0
HANG_SECONDS = 60.0


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data[:6000])
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(max(1, len(data)))
        how = rng.choice(("flip", "insert", "delete", "truncate", "dup", "line"))
        if how == "flip" and data:
            data[at] = rng.choice(b'\x00,;"\r\n=:\\\xff\xc3-+@9.') if rng.random() < 0.5 else rng.randrange(256)
        elif how == "insert":
            data[at:at] = rng.choice(INSERTS)
        elif how == "delete":
            del data[at:at + rng.randint(1, 40)]
        elif how == "truncate":
            del data[at:]
        elif how == "dup":
            data[at:at] = data[at:at + 80]
        else:  # drop a whole line
            lines = bytes(data).split(b"\n")
            if len(lines) > 2:
                del lines[rng.randrange(1, len(lines))]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


# Imports that succeed add rows, and each round dumps the whole database to compare: start again
# from the first state every so many rounds, so a long run costs the same per input throughout.
FRESH_EVERY = 100


def fresh_database(data_dir: Path, pristine: bytes):
    database.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir / DATABASE_FILE}{suffix}").unlink(missing_ok=True)
    (data_dir / DATABASE_FILE).write_bytes(pristine)
    return open_database(data_dir)


def run(db, data_dir, tmp_path, per_importer: int, seed: int) -> list[str]:
    factories.talent("Ana Souza")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    pristine = (data_dir / DATABASE_FILE).read_bytes()
    rng = random.Random(seed)
    failures, outcomes = [], {"imported": 0, "refused": 0, "refused with a line": 0}
    slowest = 0.0

    def fail(what: str) -> None:
        failures.append(what)
        print(what, flush=True)  # as it happens: a long run stopped early still tells what it found
    for round_ in range(per_importer * len(IMPORTERS)):
        if round_ and round_ % FRESH_EVERY == 0:
            db = fresh_database(data_dir, pristine)
        if round_ and round_ % 2000 == 0:  # a long run says how far it got (run with -s to see it)
            print(f"{round_:,} inputs: {outcomes}, {len(failures)} failures, slowest {slowest * 1000:.0f} ms",
                  flush=True)
        name = sorted(IMPORTERS)[round_ % len(IMPORTERS)]
        kind, importer = IMPORTERS[name]
        path = tmp_path / f"mutated-{round_}.dat"
        path.write_bytes(mutate(rng.choice(SEEDS[kind]).read_bytes(), rng))
        before = snapshot(db)
        report.add("mutated inputs tried")
        started = time.process_time()
        try:
            with hostile.time_limit(HANG_SECONDS):
                importer(path)
            outcomes["imported"] += 1
        except ServiceError as exc:
            outcomes["refused"] += 1
            if isinstance(exc, InterchangeError) and exc.line is not None:
                outcomes["refused with a line"] += 1
                assert f"line {exc.line}" in str(exc)
            if not str(exc).strip() or "\n" in str(exc).strip():
                fail(f"{name} round {round_}: the message is not one clear line: {exc!r}")
            if snapshot(db) != before:
                report.add("half operations")
                fail(f"{name} round {round_}: a failed import changed the database")
        except hostile.Hung:
            report.add("inputs over 2 s")
            fail(f"{name} round {round_}: hung; input kept as {path.with_suffix('.hung')}")
            path.replace(path.with_suffix(".hung"))
            continue
        except Exception:  # noqa: BLE001 - what the record counts
            report.add("tracebacks")
            fail(f"{name} round {round_}:\n{traceback.format_exc(limit=5)}")
        spent = time.process_time() - started
        slowest = max(slowest, spent)
        report.most("slowest input (ms)", round(spent * 1000))
        if spent > LIMIT_SECONDS:
            report.add("inputs over 2 s")
            fail(f"{name} round {round_}: took {spent:.1f} s of CPU; input kept as {path.with_suffix('.slow')}")
            path.replace(path.with_suffix(".slow"))
            continue
        path.unlink()
    print(f"mutated imports: {outcomes}; slowest input {slowest * 1000:.0f} ms of CPU")
    return failures


def test_mutated_files_through_every_importer(db, data_dir, tmp_path):
    """A few hundred inputs (100 per importer) in every run."""
    failures = run(db, data_dir, tmp_path, 100, seed=17)
    assert not failures, "\n".join(failures)


@pytest.mark.slow
def test_mutated_files_through_every_importer_many_rounds(db, data_dir, tmp_path):
    """10,000 inputs per importer."""
    failures = run(db, data_dir, tmp_path, 10_000, seed=int(os.environ.get("TALENTDESK_MUTATION_SEED", "23")))
    assert not failures, "\n".join(failures)


def test_the_446_byte_quote_run_that_hung_every_csv_importer(db, tmp_path):
    """The file that took csv.Sniffer minutes: each CSV importer (and the reader the import preview
    uses) answers at once, with an import or a one-line refusal."""
    from talentdesk.interchange import csv_in

    factories.talent("Ana Souza")
    data = b'name,"email",rate\n' + b'"' * 397 + b"x\nAna Souza,ana@example.com,12\n"
    assert len(data) == 446
    path = tmp_path / "quotes.csv"
    path.write_bytes(data)
    with hostile.time_limit(HANG_SECONDS):
        assert csv_in.read_table(path).delimiter == ","
        for name in ("upwork", "csv talents", "csv payments"):
            try:
                IMPORTERS[name][1](path)
            except ServiceError as exc:
                assert "\n" not in str(exc)
