"""Turning encryption of a data folder on or off, or changing its passphrase.

Everything is re-keyed in place, after a backup: the database (SQLCipher's export into a new file,
checked, then swapped in), every backup copy, and the sealed sensitive attachments. The window
closes its own database connection before and after; this runs on the database lane.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..paths import backups_dir
from ..store import backups, cipher, schema
from ..store.db import bind, database
from ..store.models import Attachment, Talent
from . import files
from .errors import Refused, ValidationError

MIN_LENGTH = 8


def status(data_dir: Path) -> dict:
    return {"available": cipher.available(), "encrypted": cipher.is_encrypted(data_dir)}


def check_new_passphrase(passphrase: str, confirm: str) -> str:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError("passphrase", f"use at least {MIN_LENGTH} characters; a few words are best.")
    if passphrase != confirm:
        raise ValidationError("repeat", "the two passphrases differ.")
    return passphrase


def _sensitive_hashes() -> tuple[set[str], set[str]]:
    """(hashes of sensitive files, hashes also used by normal files or photos)."""
    sensitive = {r[0] for r in Attachment.select(Attachment.sha256).where(Attachment.sensitivity != "normal").tuples()}
    plain = {r[0] for r in Attachment.select(Attachment.sha256).where(Attachment.sensitivity == "normal").tuples()}
    plain |= {r[0] for r in Talent.select(Talent.photo_sha256).where(Talent.photo_sha256.is_null(False)).tuples()}
    return sensitive, plain


def _unseal_all(data_dir: Path, hashes: set[str]) -> None:
    for sha in hashes:
        data = files.unsealed(data_dir, sha) if cipher.can_seal() else None
        if data is not None:
            if not files.blob_path(data_dir, sha).exists():
                files.write_atomically(files.blob_path(data_dir, sha), data)
            files.sealed_path(data_dir, sha).unlink()


def _seal_all(data_dir: Path, hashes: set[str], also_plain: set[str]) -> None:
    for sha in hashes:
        path = files.blob_path(data_dir, sha)
        if not path.exists():
            continue
        target = files.sealed_path(data_dir, sha)
        if not target.exists():
            files.write_atomically(target, cipher.seal(path.read_bytes()))
        if sha not in also_plain:
            path.unlink()


def set_passphrase(data_dir: Path, new: str | None, current: str | None = None) -> Path:
    """Encrypt the folder with ``new`` (None: decrypt it). ``current`` must be the folder's passphrase
    when it is encrypted. Returns the backup taken first."""
    if not cipher.available():
        raise Refused(str(cipher.EncryptionUnavailable()))
    old = cipher.key()
    if cipher.is_encrypted(data_dir) and current != old:
        raise ValidationError("current passphrase", "is not the passphrase of this data folder.")
    if new is None and old is None:
        raise Refused("This data folder is not encrypted.")
    database_file = data_dir / schema.DATABASE_FILE
    sensitive, also_plain = _sensitive_hashes()
    database.close()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = backups.copy_database(database_file, backups_dir(data_dir) / f"before-encryption-{stamp}.sqlite3")
    _unseal_all(data_dir, sensitive)  # with the old key, before it goes
    if new is not None and old is None:
        cipher.write_marker(data_dir, new)  # first: a crash now leaves a plain file that still opens
    cipher.convert(database_file, old, new)
    for backup in backups.list_backups(backups_dir(data_dir)):
        was = old if not cipher.is_plain(backup.path) else None
        try:
            cipher.convert(backup.path, was, new)  # old copies are no easier to read than the database
        except (*cipher.database_errors(), RuntimeError):
            backup.path.unlink()  # a damaged copy could not be restored anyway; never leave it readable
    cipher.use(data_dir, new)
    if new is not None:
        _seal_all(data_dir, sensitive, also_plain)
    bind(database_file).connect(reuse_if_open=True)
    return safety


def check_current(passphrase: str) -> None:
    if passphrase != cipher.key():
        raise ValidationError("current passphrase", "is not the passphrase of this data folder.")


def unlock(data_dir: Path, passphrase: str) -> None:
    """At start: the passphrase of an encrypted folder (raises cipher.WrongPassphrase)."""
    cipher.unlock(data_dir, passphrase)
