"""Automatic copies of the database (a copy of a still file, else SQLite's backup API), their retention, and
restoring one.

Attachments are stored under their content hash and never change, so a backup
records which of them the database referred to (a manifest) instead of copying them.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import cipher
from .integrity import quick_check_file

DAILY = "daily"
MONTHLY = "monthly"
_DAILY_NAME = re.compile(r"^talentdesk-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_MONTHLY_NAME = re.compile(r"^talentdesk-(\d{4}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # daily, monthly, before-migration, before-restore, before-encryption
    taken: dt.datetime
    size: int


STEP_PAGES = 256  # pages copied per step of a backup taken in steps (1 MB at 4 KB a page)
STEP_BYTES = 8 << 20  # bytes copied per step of a still file (a few milliseconds each)
QUIET_TRIES = 5  # times the daily backup asks for a checkpointed log before it takes the slower backup API


class BackupCancelled(Exception):
    """The program is closing: a backup taken in steps stopped, leaving no file behind."""


def copy_database(source: Path | sqlite3.Connection, target: Path, *, pages: int = -1,
                  cancelled: Callable[[], bool] | None = None) -> Path:
    """A consistent copy through the backup API, written beside the target then renamed into place.

    ``pages`` > 0 copies that many pages a step, asking ``cancelled`` between steps. Each step reads a
    snapshot of its own, so a write made meanwhile (by the program's lane) restarts the copy at the next
    step: it always ends as one consistent state of the file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    partial.unlink(missing_ok=True)
    own = isinstance(source, str | Path)
    if isinstance(source, str | Path):
        passphrase = cipher.key_for(Path(source))  # an encrypted copy stays encrypted
        con = cipher.connect(source, passphrase)
    else:
        passphrase, con = cipher.key(), source
    try:
        dest = cipher.connect(partial, passphrase)
        try:
            con.backup(dest, pages=pages, progress=_stop_when(cancelled) if cancelled else None)
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no half copy behind
        raise
    finally:
        if own:
            con.close()
    partial.replace(target)
    return target


def snapshot(db, target: Path) -> Path:
    """A consistent copy of the live (peewee) database, taken while the program runs. A team database is
    copied row by row into a new local file of the same schema (store/transfer.py, counts and checksums
    checked), so its backup is the usual archive that any folder can restore."""
    from . import dialect

    if dialect.is_postgres(db):
        return _local_copy_of_team(db, target)
    return copy_database(db.connection(), target)


def _local_copy_of_team(db, target: Path) -> Path:
    from .db import make_database
    from .schema import migrate
    from .transfer import copy

    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    local = make_database(partial)
    try:
        local.connect()
        migrate(local)
        with db.atomic():  # one consistent view of the team database while it is read
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            copy(db, local)
        local.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        local.execute_sql("PRAGMA journal_mode = DELETE")  # one file, as a backup copy is
    except BaseException:
        local.close()
        for leftover in partial.parent.glob(partial.name + "*"):
            leftover.unlink(missing_ok=True)
        raise
    local.close()
    partial.replace(target)
    return target


def restore_into(db, source: Path) -> None:
    """Replace the live database's content with the file at ``source``, page by page, in place.

    Other connections see the restored pages as soon as the copy completes, so the
    running program needs no reopening.
    """
    source, keyed = Path(source), None
    if cipher.key() is not None and cipher.is_plain(source):
        # A copy from before encryption goes into an encrypted database: encrypt it first (the
        # backup API copies pages between files under the same key only).
        keyed = source.with_name(source.name + ".keyed")
        shutil.copy2(source, keyed)
        cipher.convert(keyed, None, cipher.key())
        source = keyed
    src = cipher.connect(source, cipher.key_for(source))
    try:
        src.backup(db.connection())
    finally:
        src.close()
        if keyed is not None:
            keyed.unlink(missing_ok=True)


def attachment_manifest(database_file: Path) -> list[str]:
    con = cipher.connect(database_file, cipher.key_for(database_file), readonly=True)
    try:
        return [row[0] for row in con.execute("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256")]
    finally:
        con.close()


def copy_still_file(database_file: Path, target: Path, *,
                    cancelled: Callable[[], bool] | None = None) -> bool:
    """Copy the database's file as bytes while SQLite keeps it still, the cheapest consistent copy there is.

    Why it is consistent: in WAL mode a write only appends to the log; the database file itself changes only
    when a checkpoint copies logged pages back into it. A read that begins while every logged page is already
    in the file reads from the file alone (SQLite's read mark 0), and no checkpoint may write into the file
    until that read ends. So: checkpoint the log empty, begin a read, check the log is still empty, copy the
    file. The program's lane keeps writing meanwhile (into the log); nothing waits on the copy except the
    checkpoint, held to a short busy timeout so it never holds the lane's writes for long.

    False when the file cannot be held still (another journal mode, a log that keeps filling between
    checkpoint and read, a file the system will not let us read): the caller takes the backup API instead."""
    database_file = Path(database_file)
    log = database_file.with_name(database_file.name + "-wal")
    con = cipher.connect(database_file, cipher.key_for(database_file))
    try:
        if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return False  # a rollback journal: a long read would hold off every write
        con.execute("PRAGMA busy_timeout = 50")
        for _attempt in range(QUIET_TRIES):
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("BEGIN")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read mark is taken here
            if not log.exists() or log.stat().st_size == 0:
                try:
                    _copy_bytes(database_file, target, cancelled)
                except PermissionError:
                    return False  # a system that locks the bytes SQLite locks (Windows, past 1 GB)
                finally:
                    con.rollback()
                return True
            con.rollback()  # the lane wrote between the checkpoint and the read: try again
        return False
    finally:
        con.close()


def _copy_bytes(source: Path, target: Path, cancelled: Callable[[], bool] | None) -> None:
    """Copy in steps, asking ``cancelled`` between them; written beside the target, flushed to the disk, then
    renamed into place, so a full disk or a closing window leaves no half copy under any name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    try:
        with open(source, "rb") as reader, open(partial, "wb") as writer:
            while chunk := reader.read(STEP_BYTES):
                writer.write(chunk)
                if cancelled is not None and cancelled():
                    raise BackupCancelled("the program is closing")
            writer.flush()
            os.fsync(writer.fileno())  # a backup is worth having only once it is on the disk
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)


def _stop_when(cancelled: Callable[[], bool]):
    def progress(_status, _remaining, _total) -> None:
        if cancelled():
            raise BackupCancelled("the program is closing")
    return progress


def daily_backup(database_file: Path, backups: Path, today: dt.date | None = None,
                 keep_daily: int = 14, keep_monthly: int = 12,
                 cancelled: Callable[[], bool] | None = None) -> Path | None:
    """Take today's copy if there is none yet (in steps, stopping if ``cancelled``); keep the last N daily
    and monthly ones. A stopped copy leaves nothing and is taken at the next start."""
    today = today or dt.date.today()
    target = backups / DAILY / f"talentdesk-{today.isoformat()}.sqlite3"
    if target.exists() or not database_file.exists():
        return None
    try:
        if not copy_still_file(database_file, target, cancelled=cancelled):
            copy_database(database_file, target, pages=STEP_PAGES, cancelled=cancelled)
    except BackupCancelled:
        return None
    manifest = {"taken": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "attachments": attachment_manifest(target)}
    _write_aside(target.with_suffix(".json"), lambda partial: partial.write_text(
        json.dumps(manifest, indent=1), encoding="utf-8"))
    monthly = backups / MONTHLY / f"talentdesk-{today:%Y-%m}.sqlite3"
    if not monthly.exists():
        monthly.parent.mkdir(parents=True, exist_ok=True)
        _write_aside(monthly.with_suffix(".json"), lambda partial: shutil.copy2(target.with_suffix(".json"), partial))
        _write_aside(monthly, lambda partial: _same_bytes(target, partial))
    prune(backups, keep_daily, keep_monthly)
    return target


def _same_bytes(source: Path, target: Path) -> None:
    """A second name for a backup's bytes: a hard link where the disk has them (no second copy of a large
    file to write; pruning one name leaves the other whole, and a backup is never written in place — a new
    passphrase writes each anew), else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _write_aside(target: Path, write) -> None:
    """Write beside the target, then rename: a kill or a full disk never leaves half a file under its name."""
    partial = target.with_name(target.name + ".partial")
    try:
        write(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def prune(backups: Path, keep_daily: int, keep_monthly: int) -> None:
    for folder, pattern, keep in ((DAILY, _DAILY_NAME, keep_daily), (MONTHLY, _MONTHLY_NAME, keep_monthly)):
        found = sorted(p for p in (backups / folder).glob("talentdesk-*.sqlite3") if pattern.match(p.name))
        for old in found[: max(0, len(found) - max(keep, 1))]:
            old.unlink(missing_ok=True)
            old.with_suffix(".json").unlink(missing_ok=True)


def _taken(path: Path, mtime: float) -> dt.datetime:
    """When the copy was taken (local time): from its manifest when it has one, else the file's time."""
    try:
        stamp = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["taken"]
        return dt.datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)
    except (OSError, ValueError, KeyError, TypeError):
        return dt.datetime.fromtimestamp(mtime)


def list_backups(backups: Path) -> list[BackupFile]:
    """Every restorable copy, newest first."""
    found = []
    for path in backups.rglob("*.sqlite3"):
        if path.parent.name == DAILY:
            kind = "daily"
        elif path.parent.name == MONTHLY:
            kind = "monthly"
        elif path.name.startswith("before-migration"):
            kind = "before-migration"
        elif path.name.startswith("before-restore"):
            kind = "before-restore"
        elif path.name.startswith("before-encryption"):
            kind = "before-encryption"
        else:
            kind = "copy"
        stat = path.stat()
        found.append(BackupFile(path, kind, _taken(path, stat.st_mtime), stat.st_size))
    found.sort(key=lambda b: b.taken, reverse=True)
    return found


def latest_good_backup(backups: Path) -> BackupFile | None:
    for backup in list_backups(backups):
        if quick_check_file(backup.path):
            return backup
    return None


def restore(backup_file: Path, database_file: Path, backups: Path) -> Path | None:
    """Put a backup in place of the database; the current file is kept first. Returns that copy.

    The caller must have closed every connection to ``database_file``.
    """
    if not quick_check_file(backup_file):
        raise ValueError(f"{backup_file.name} is damaged; choose another backup.")
    kept = None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if database_file.exists():
        kept = backups / f"before-restore-{stamp}.sqlite3"
        n = 1
        while kept.exists():  # two restores in one second: never overwrite a kept copy
            n += 1
            kept = backups / f"before-restore-{stamp}-{n}.sqlite3"
        kept.parent.mkdir(parents=True, exist_ok=True)
        try:
            copy_database(database_file, kept)
        except cipher.database_errors():
            # A damaged file cannot go through the backup API; keep its bytes as they are.
            shutil.copy2(database_file, kept)
    for suffix in ("-wal", "-shm"):
        Path(str(database_file) + suffix).unlink(missing_ok=True)
    copy_database(backup_file, database_file)
    if cipher.is_plain(database_file) and cipher.key() is not None:
        cipher.convert(database_file, None, cipher.key())  # a copy from before encryption, encrypted as the folder is
    return kept
