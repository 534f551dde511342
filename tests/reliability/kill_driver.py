"""The writer that the kill test runs in a child process and kills with SIGKILL at a random moment.

    python -m tests.reliability.kill_driver DATA_DIR SEED

It opens the data folder, prints ``ready``, then loops over the program's real writers — a
marketplace (Upwork) import, a bulk talent import, a scope change, a migration step, a stored
attachment, a daily backup — and prints
``done <operation> <batch>`` after each one has committed. Every operation is built so that the
parent can tell, afterwards, whether it is wholly there or wholly absent (see ``check``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
import sys
from pathlib import Path
from types import SimpleNamespace

UPWORK_ROWS = 60  # transactions per marketplace file
IMPORT_TALENTS = 12  # talents per bulk batch
IMPORT_CHILDREN = 4  # skills and channels per imported talent
PROBE_ROWS = 400  # rows a synthetic migration step writes
ANCHOR = "Scope anchor"


# -- the operations (run in the child) -------------------------------------------------------------

def bulk_import(batch: str) -> None:
    """Import-like: many talents with their skills and channels, in one transaction."""
    from talentdesk.services import talents
    from talentdesk.store.db import database

    with database.atomic():
        for n in range(IMPORT_TALENTS):
            talents.create_talent(talents.TalentInput(
                name=f"{batch} #{n}", headline="imported", notes=f"batch {batch}",
                skills=[(f"skill-{batch}-{k}", 1 + k % 5) for k in range(IMPORT_CHILDREN)],
                channels=[talents.Channel("other", f"{batch}-{k}") for k in range(IMPORT_CHILDREN)]))


UPWORK_HEADER = ("Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,"
                 "Amount in local currency,Currency,Balance")


def upwork_import(batch: str, data_dir: Path) -> None:
    """The real marketplace importer on a transaction history of one new freelancer."""
    from talentdesk.interchange import upwork

    number = batch.replace("-", "")
    person = f"Upwork {hashlib.sha256(batch.encode()).hexdigest()[:12]} {batch}"  # unlike any other batch's
    lines = [UPWORK_HEADER]
    for k in range(UPWORK_ROWS):
        lines.append(f'"Jun 10, 2024",{number}{k:04d},Fixed Price,"Milestone {k}",,{person},Acme,Jo Client,,'
                     f'-{100 + k}.00,-{100 + k}.00,USD,0')
    source = data_dir.parent / f"upwork-{batch}.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    upwork.import_file(source, create_missing=True)
    source.unlink()


def anchor_contract() -> int:
    """The running contract that scope changes and attachments go to (made once, in one transaction)."""
    from talentdesk.services import contracts, talents
    from talentdesk.store.db import database
    from talentdesk.store.models import Contract

    contract = Contract.get_or_none(Contract.title == ANCHOR)
    if contract is not None:
        return contract.id
    with database.atomic():
        talent_id = talents.create_talent(talents.TalentInput(name=ANCHOR))
        return contracts.create_contract(contracts.ContractInput(
            talent_id=talent_id, title=ANCHOR, rate_minor=1000, weekly_limit_hours=20,
            start_date=dt.date(2026, 1, 5), end_date=dt.date(2027, 1, 4)), status="active")


def scope_change(batch: str, rng: random.Random) -> None:
    """A rate change on a running contract: ledger row, new terms and rate history together."""
    from talentdesk.services import contracts, scope

    contract_id = anchor_contract()
    current = contracts.get(contract_id).rate_minor
    scope.change_rate(contract_id, current + rng.randint(1, 500), scope.Request(reason=batch))


def install_probe_steps(count: int, batch: str = "") -> None:
    """Let the real migration runner see ``count`` synthetic steps after the real ones (as the
    migration tests do): each creates a table and fills it."""
    from talentdesk.store import migrations, schema

    real = migrations.steps()

    def step(version: int) -> SimpleNamespace:
        def apply(db):
            table = f"kill_probe_{version}"
            db.execute_sql(f"CREATE TABLE {table} (n INTEGER NOT NULL, batch TEXT NOT NULL)")
            for n in range(PROBE_ROWS):
                db.execute_sql(f"INSERT INTO {table} (n, batch) VALUES (?, ?)", (n, batch))
        return SimpleNamespace(VERSION=version, apply=apply)

    extra = [migrations.Step(len(real) + k, f"probe{k}", step(len(real) + k)) for k in range(1, count + 1)]
    schema.steps = lambda: real + extra
    schema.latest_version = lambda: len(real) + count


def migration_step(batch: str) -> None:
    """One more synthetic schema step, applied by the real migration runner (backup copy first)."""
    from talentdesk.store import migrations, schema
    from talentdesk.store.db import database

    probes = schema.schema_version(database.obj) - migrations.latest_version()
    install_probe_steps(probes + 1, batch)
    data_dir = Path(database.obj.database).parent
    schema.migrate(database.obj, backup_dir=data_dir / "backups")


def attach(batch: str, rng: random.Random, data_dir: Path) -> None:
    """A file stored by content hash and recorded on the anchor contract."""
    from talentdesk.services import files
    from talentdesk.store.models import Contract

    contract = Contract.get_by_id(anchor_contract())
    source = data_dir.parent / f"incoming-{batch}.bin"
    source.write_bytes(rng.randbytes(rng.randint(50_000, 400_000)))
    files.add(data_dir, contract.id, files.FileInput(path=source, name=f"{batch}.bin"))
    source.unlink()


def daily_backup(batch: str, data_dir: Path, day: int) -> None:
    from talentdesk.store import backups
    from talentdesk.store.schema import DATABASE_FILE

    backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 1, 1) + dt.timedelta(days=day),
                         keep_daily=3, keep_monthly=2)


def main(data_dir: Path, seed: int) -> None:
    from talentdesk.store import migrations
    from talentdesk.store.schema import DATABASE_FILE, open_database

    rng = random.Random(seed)
    if (data_dir / DATABASE_FILE).exists():  # steps applied by earlier runs must be known again
        con = sqlite3.connect(data_dir / DATABASE_FILE)
        version = int(con.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()[0])
        con.close()
        install_probe_steps(version - migrations.latest_version())
    open_database(data_dir)
    print("ready", flush=True)
    operations = ("upwork", "import", "scope", "migration", "attach", "backup")
    for n in range(10_000):
        operation = rng.choice(operations)
        batch = f"{seed}-{n}"
        if operation == "upwork":
            upwork_import(batch, data_dir)
        elif operation == "import":
            bulk_import(batch)
        elif operation == "scope":
            scope_change(batch, rng)
        elif operation == "migration":
            migration_step(batch)
        elif operation == "attach":
            attach(batch, rng, data_dir)
        else:
            daily_backup(batch, data_dir, seed * 100 + n)
        print(f"done {operation} {batch}", flush=True)


# -- the check (run in the parent, after the kill) ---------------------------------------------------

def check(data_dir: Path, committed: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Problems found, by kind: corruption (integrity or foreign keys), partial (half an operation),
    lost (an operation reported committed but missing)."""
    from talentdesk.store import migrations
    from talentdesk.store.backups import list_backups
    from talentdesk.store.integrity import quick_check_file
    from talentdesk.store.schema import DATABASE_FILE

    found: dict[str, list[str]] = {"corruption": [], "partial": [], "lost": []}
    path = data_dir / DATABASE_FILE
    con = sqlite3.connect(path)  # a normal open: recovers the WAL as the program would
    try:
        integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            found["corruption"].append("integrity_check: " + "; ".join(integrity[:3]))
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            found["corruption"].append(f"foreign_key_check: {fk[:3]}")
        # Imports: a batch is all its talents, each with all its children, or nothing.
        batches = {}
        for name, skills, channels in con.execute(
                "SELECT t.name, (SELECT count(*) FROM talent_skill s WHERE s.talent_id = t.id), "
                "(SELECT count(*) FROM contact_channel c WHERE c.talent_id = t.id) FROM talent t "
                "WHERE t.headline = 'imported'"):
            batch = name.split(" #")[0]
            batches[batch] = batches.get(batch, 0) + 1
            if skills != IMPORT_CHILDREN or channels != IMPORT_CHILDREN:
                found["partial"].append(f"import {batch}: {name} has {skills} skills, {channels} channels")
        for batch, count in batches.items():
            if count != IMPORT_TALENTS:
                found["partial"].append(f"import {batch}: {count} of {IMPORT_TALENTS} talents")
        # Marketplace imports: a file's person, contract and every payment, or none of them.
        upwork = {}
        for name, payments in con.execute(
                "SELECT t.name, (SELECT count(*) FROM payment p JOIN contract c ON c.id = p.contract_id "
                "WHERE c.talent_id = t.id) FROM talent t WHERE t.name LIKE 'Upwork %'"):
            batch = name.split()[-1]
            upwork[batch] = payments
            if payments != UPWORK_ROWS:
                found["partial"].append(f"upwork {batch}: {payments} of {UPWORK_ROWS} payments")
        # Scope changes: one ledger row and one rate row per change; the terms match the last one.
        ledger = {r[0] for r in con.execute("SELECT reason FROM scope_change WHERE kind = 'rate'")}
        rates = {r[0] for r in con.execute("SELECT note FROM rate WHERE contract_id IS NOT NULL")}
        if ledger != rates:
            found["partial"].append(f"scope: ledger and rate history differ by {sorted(ledger ^ rates)[:3]}")
        last = con.execute("SELECT c.rate_minor, (SELECT r.amount_minor FROM rate r WHERE r.contract_id = c.id "
                           "ORDER BY r.id DESC LIMIT 1) FROM contract c WHERE c.title = ?", (ANCHOR,)).fetchone()
        if last and last[1] is not None and last[0] != last[1]:
            found["partial"].append(f"scope: contract rate {last[0]} but last rate row {last[1]}")
        # Migrations: the version counts exactly the probe tables, each complete.
        version = int(con.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()[0])
        probes = sorted(int(r[0].rsplit("_", 1)[1]) for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'kill_probe_%'"))
        real = migrations.latest_version()
        if probes != list(range(real + 1, version + 1)):
            found["partial"].append(f"migration: schema {version} but probe tables {probes}")
        for number in probes:
            rows = con.execute(f"SELECT count(*) FROM kill_probe_{number}").fetchone()[0]
            if rows != PROBE_ROWS:
                found["partial"].append(f"migration {number}: {rows} of {PROBE_ROWS} rows")
        probe_batches = {r[0] for number in probes for r in con.execute(f"SELECT DISTINCT batch FROM kill_probe_{number}")}
        # Attachments: every recorded file is stored whole under its hash.
        attached = set()
        for name, sha, size in con.execute("SELECT name, sha256, size FROM attachment"):
            attached.add(name.removesuffix(".bin"))
            blob = data_dir / "attachments" / sha[:2] / sha
            if not blob.exists() or blob.stat().st_size != size or hashlib.sha256(blob.read_bytes()).hexdigest() != sha:
                found["partial"].append(f"attachment {name}: stored bytes missing or altered")
        present = {"upwork": set(upwork), "import": set(batches), "scope": ledger, "migration": probe_batches, "attach": attached}
    finally:
        con.close()
    # No stored file under a valid name holds other bytes.
    for blob in (data_dir / "attachments").glob("??/*"):
        if len(blob.name) == 64 and hashlib.sha256(blob.read_bytes()).hexdigest() != blob.name:
            found["corruption"].append(f"stored file {blob.name[:12]}… does not match its hash")
    # Every backup that is listed can be restored.
    for backup in list_backups(data_dir / "backups"):
        if not quick_check_file(backup.path):
            found["corruption"].append(f"backup {backup.path.name} is damaged")
    for operation, batch in committed:
        if operation in present and batch not in present[operation]:
            found["lost"].append(f"{operation} {batch} was committed but is missing")
    return found


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
