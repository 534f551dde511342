"""Turning encryption of a data folder on or off, or changing its passphrase.

Everything is re-keyed after a backup: the database (SQLCipher's export into a new file, checked),
every backup copy, and the sealed sensitive attachments, then all are switched at once through a
journal (store/rekey.py) that the next start finishes or undoes after a crash. The window closes its
own database connection before and after; this runs on the database lane.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..paths import backups_dir
from ..store import backups, cipher, rekey, schema
from ..store.db import bind, database
from ..store.models import Attachment, Talent
from . import files
from .errors import QT_TRANSLATE_NOOP, Refused, ValidationError, counted

MIN_LENGTH = 8


def status(data_dir: Path) -> dict:
    return {"available": cipher.available(), "encrypted": cipher.is_encrypted(data_dir)}


def check_new_passphrase(passphrase: str, confirm: str) -> str:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError("passphrase", QT_TRANSLATE_NOOP("errors", "use at least {least}; a few "
                                                                        "words are best."),
                              least=counted(MIN_LENGTH, QT_TRANSLATE_NOOP("errors", "%n character(s)")))
    if passphrase != confirm:
        raise ValidationError("repeat", QT_TRANSLATE_NOOP("errors", "the two passphrases differ."))
    return passphrase


def _sensitive_hashes() -> tuple[set[str], set[str]]:
    """(hashes of sensitive files, hashes also used by normal files or photos)."""
    sensitive = {r[0] for r in Attachment.select(Attachment.sha256).where(Attachment.sensitivity != "normal").tuples()}
    plain = {r[0] for r in Attachment.select(Attachment.sha256).where(Attachment.sensitivity == "normal").tuples()}
    plain |= {r[0] for r in Talent.select(Talent.photo_sha256).where(Talent.photo_sha256.is_null(False)).tuples()}
    return sensitive, plain


def _file_plans(data_dir: Path, new: str | None) -> list[rekey.FilePlan]:
    """What becomes of each sensitive file: re-sealed with the new key, sealed for the first time
    (its plain copy goes at the switch, unless a normal file or a photo shares it), or unsealed."""
    sensitive, also_plain = _sensitive_hashes()
    plans = []
    for sha in sorted(sensitive):
        plain, sealed = files.blob_path(data_dir, sha), files.sealed_path(data_dir, sha)
        has_sealed = sealed.exists() and cipher.can_seal()
        if new is None:
            if has_sealed:
                plans.append(rekey.FilePlan(sealed, True, plain, [sealed]))
        elif has_sealed:
            plans.append(rekey.FilePlan(sealed, True, sealed))
        elif plain.exists():
            plans.append(rekey.FilePlan(plain, False, sealed, [] if sha in also_plain else [plain]))
    return plans


def set_passphrase(data_dir: Path, new: str | None, current: str | None = None) -> Path:
    """Encrypt the folder with ``new`` (None: decrypt it). ``current`` must be the folder's passphrase
    when it is encrypted. Returns the backup taken first.

    The change is journalled (store/rekey.py): a crash at any moment leaves the folder opened by
    exactly one of the two passphrases, whole, once the next start has run ``recover``.
    """
    if not cipher.available():
        raise Refused(str(cipher.EncryptionUnavailable()))
    old = cipher.key()
    if cipher.is_encrypted(data_dir) and current != old:
        raise ValidationError("current passphrase", QT_TRANSLATE_NOOP("errors", "is not the passphrase of this data "
                                                                                "folder."))
    if new is None and old is None:
        raise Refused(QT_TRANSLATE_NOOP("errors", "This data folder is not encrypted."))
    database_file = data_dir / schema.DATABASE_FILE
    plans = _file_plans(data_dir, new)
    database.close()
    taken: list[Path] = []

    def databases() -> list[Path]:  # under the re-keying lock: the copy from before, then every file
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{rekey.SAFETY_PREFIX}{stamp}.sqlite3"
        taken.append(backups.copy_database(database_file, backups_dir(data_dir) / name))
        return [database_file, *(b.path for b in backups.list_backups(backups_dir(data_dir)))]  # none left readable

    rekey.change(data_dir, old, new, databases, plans)
    safety = taken[0]
    if new is None:
        cipher.lock()
    else:
        cipher.unlock(data_dir, new)
    bind(database_file).connect(reuse_if_open=True)
    return safety


def finish_interrupted(data_dir: Path) -> str | None:
    """At start, before the passphrase is asked: finish or undo a change a crash interrupted."""
    return rekey.recover(data_dir)


def check_current(passphrase: str) -> None:
    if passphrase != cipher.key():
        raise ValidationError("current passphrase", QT_TRANSLATE_NOOP("errors", "is not the passphrase of this data "
                                                                                "folder."))


def unlock(data_dir: Path, passphrase: str) -> None:
    """At start: the passphrase of an encrypted folder (raises cipher.WrongPassphrase)."""
    cipher.unlock(data_dir, passphrase)
