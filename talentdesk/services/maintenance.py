"""Keeping the data whole: listing and restoring backups, and the full database check.

The restore and the check are asked for from Tools and File in the window; both run on the
database lane. SQLite specifics (the backup API, pragmas) stay in store/.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN

from ..paths import backups_dir
from ..store import backups, file_store, integrity, schema
from ..store.db import database
from ..store.models import Attachment, Contract, Talent
from . import figures, files, history
from .errors import QT_TRANSLATE_NOOP, Refused, ValidationError


def list_backups(data_dir: Path) -> list[backups.BackupFile]:
    """Every copy that can be restored, newest first."""
    return backups.list_backups(backups_dir(data_dir))


def close_connection() -> None:
    """Close this thread's connection (the next query opens a fresh one)."""
    if not database.is_closed():
        database.close()


def restore_backup(data_dir: Path, backup_file: Path) -> Path | None:
    """Put a backup in place of the database, keeping the current data as a backup first.

    Runs on the lane; the window closes its own connection before and after. Returns the copy
    kept of the data as it was. A backup from an older schema is brought up to date.
    """
    backup_file = Path(backup_file)
    if not integrity.quick_check_file(backup_file):
        raise Refused(QT_TRANSLATE_NOOP("errors", "The backup {name} is damaged; choose another one."),
                      name=backup_file.name)
    close_connection()
    try:
        kept = backups.restore(backup_file, data_dir / schema.DATABASE_FILE, backups_dir(data_dir))
    finally:
        database.connect(reuse_if_open=True)
    schema.migrate(database.obj, backup_dir=backups_dir(data_dir))
    history.forget()  # the steps described rows of the data that was replaced
    return kept


@dataclass(frozen=True)
class FileProblem:
    name: str
    where: str  # the contract's title, or the person's name for a photo
    sha256: str


@dataclass
class CheckReport:
    database_problems: list[str] = field(default_factory=list)
    files_checked: int = 0
    missing: list[FileProblem] = field(default_factory=list)
    altered: list[FileProblem] = field(default_factory=list)
    # People whose kept figures (last contact, score, last worked) had drifted from their records: worked out
    # again by the check, so said but no longer a problem.
    figures_rebuilt: int = 0

    @property
    def sound(self) -> bool:
        return not (self.database_problems or self.missing or self.altered)


def _stored_files() -> dict[str, list[FileProblem]]:
    """Every content hash the database refers to, with the records that use it."""
    found: dict[str, list[FileProblem]] = {}
    query = (Attachment.select(Attachment.sha256, Attachment.name, Contract.title, Talent.name)
             .join(Talent, on=(Attachment.talent == Talent.id))
             .switch(Attachment).join(Contract, join_type=JOIN.LEFT_OUTER, on=(Attachment.contract == Contract.id))
             .order_by(Attachment.name).tuples())
    for sha, name, title, person in query:
        found.setdefault(sha, []).append(FileProblem(name, title or person, sha))
    for sha, person in Talent.select(Talent.photo_sha256, Talent.name).where(Talent.photo_sha256.is_null(False)).tuples():
        found.setdefault(sha, []).append(FileProblem("photo", person, sha))
    return found


def check_database(data_dir: Path, report: Callable[[float, str], None] | None = None) -> CheckReport:
    """The full check: ``integrity_check``, ``foreign_key_check``, the kept per-person figures (worked out again
    by their rules, and kept anew where they had drifted: a write, so the window runs it as one), and every
    stored file's SHA-256."""
    report = report or (lambda _fraction, _text: None)
    result = CheckReport()
    report(0.0, "")  # no words: the window shows its own
    result.database_problems = integrity.full_check(database.connection())
    result.database_problems += schema.layout_problems(database.obj)
    if not result.database_problems:  # a damaged file is put back from a copy, not written to
        result.figures_rebuilt = len(figures.rebuild())
    stored = _stored_files()
    for n, (sha, uses) in enumerate(sorted(stored.items())):
        report(0.2 + 0.8 * n / max(1, len(stored)), "")
        try:
            files.blob_path(data_dir, sha)  # refuses a damaged name
        except ValidationError:
            result.altered += uses
            continue
        kept = files.stored(data_dir)  # the folder's, or the team database's
        if kept.has(sha):
            if file_store.digest_of(kept.blocks(sha))[0] != sha:
                result.altered += uses
        elif files.sealed_path(data_dir, sha).is_file():  # a sensitive file of an encrypted folder
            try:
                plain = files.unsealed(data_dir, sha)
            except Refused:
                plain = None
            if plain is None or hashlib.sha256(plain).hexdigest() != sha:
                result.altered += uses
        else:
            result.missing += uses
        result.files_checked += 1
    report(1.0, "")
    return result
