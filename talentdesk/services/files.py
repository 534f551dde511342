"""The attachment store: files shared with or received from a talent, kept once under their SHA-256.

Bytes are copied into ``attachments/<sha[:2]>/<sha>`` in the data folder through a temporary
file and an atomic rename, so a crash never leaves a half-written file under a valid name.
The same content is stored once however often it is shared. Names are kept for display
only, made safe for every desktop system.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..store import cipher, file_store
from ..store.db import database
from ..store.models import DIRECTIONS, DOCUMENT_KINDS, SENSITIVITIES, Attachment, Talent
from . import contracts, settings
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused, ValidationError

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
MAX_NAME_BYTES = 240


def safe_name(name: str) -> str:
    """A file name that stays in its folder and is valid on Windows, macOS and Linux."""
    name = (name or "").replace("\\", "/").split("/")[-1]  # drop any folder part, ../ included
    name = _UNSAFE.sub("_", name).strip().rstrip(". ")
    name = name.lstrip(".") or "file"  # no hidden files, no "." or ".."
    if name.partition(".")[0].upper() in RESERVED_NAMES:
        name = f"_{name}"
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        base, ext = os.path.splitext(name)
        if len(ext.encode("utf-8")) > 20 or not base:
            ext = ""
        name = base[:-1] + ext if base else name[:-1]
    return name


def size_limit_bytes() -> int:
    return int(settings.get("file_size_limit_mb") or 200) * 1024 * 1024


def stored(data_dir: Path) -> file_store.Files:
    """Where the stored files of the open database are: the team database itself, or the folder."""
    return file_store.files_for(database, data_dir)


def blob_path(data_dir: Path, sha256: str) -> Path:
    """Where a local folder keeps a stored file's plain bytes (a team database keeps them in itself)."""
    if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "the stored file's name is damaged."))
    return file_store.FolderFiles(data_dir).path(sha256)


def stored_bytes(data_dir: Path, sha256: str) -> bytes | None:
    """A stored file's plain bytes (a photo, a small file), or None when they are missing."""
    kept = stored(data_dir)
    return file_store.read(kept, sha256) if kept.has(sha256) else None


def store_blob(data_dir: Path, source: Path, limit: int | None = None) -> tuple[str, int]:
    """Copy a file into the store; returns (sha256, size). The same content is kept once."""
    source = Path(source)
    limit = size_limit_bytes() if limit is None else limit
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{name}” no longer exists."),
                              name=source.name) from None
    if not source.is_file():
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{name}” is not a file."), name=source.name)
    if size > limit:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "“{name}” is {size:.0f} MB; files up to {limit} MB "
            "can be stored (the limit is in the settings)."), name=source.name, size=size / 1024 / 1024,
            limit=limit // (1024 * 1024))

    def within_limit():
        copied = 0
        for block in file_store.blocks_of(source):
            copied += len(block)
            if copied > limit:
                raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{name}” grew past the size limit while "
                                                                          "being copied."), name=source.name)
            yield block

    return stored(data_dir).write(within_limit())


@dataclass
class FileInput:
    path: Path
    direction: str = "to_them"
    sensitivity: str = "normal"
    note: str = ""
    document_kind: str = "other"
    shared_on: dt.date | None = None
    name: str | None = None  # shown name; the source's name when None
    expires_on: dt.date | None = None  # when the document runs out (insurance, an NDA, an ID…)


def add(data_dir: Path, contract_id: int, data: FileInput) -> int:
    """Store the file and record it on the contract."""
    contract = contracts.get(contract_id)
    return _add(data_dir, contract.talent_id, contract, data)


def add_for_person(data_dir: Path, talent_id: int, data: FileInput) -> int:
    """Store a file that belongs to the person rather than one contract (their insurance, a tax form, an ID)."""
    talent = Talent.get_or_none(Talent.id == talent_id)
    if talent is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That person is no longer on the bench."))
    return _add(data_dir, talent.id, None, data)


def _add(data_dir: Path, talent_id: int, contract, data: FileInput) -> int:
    values: dict[str, Any] = dict(
        direction=v.choice(data.direction, DIRECTIONS, "direction"),
        sensitivity=v.choice(data.sensitivity, SENSITIVITIES, "sensitivity"),
        document_kind=v.choice(data.document_kind, DOCUMENT_KINDS, "document kind"),
        note=v.text(data.note, "note", max_length=5000),
        shared_on=v.day(data.shared_on or dt.date.today(), "date"),
        expires_on=v.day(data.expires_on, "expires", required=False),
    )
    if values["expires_on"] is not None and values["expires_on"] < values["shared_on"]:
        raise ValidationError("expires", QT_TRANSLATE_NOOP("errors", "is before the day the file was shared; check the "
                                                                     "two dates."))
    name = safe_name(data.name or Path(data.path).name)
    if values["sensitivity"] != "normal" and cipher.can_seal():
        sha, size = store_sealed(data_dir, Path(data.path))  # an encrypted folder keeps these sealed
    else:
        sha, size = store_blob(data_dir, Path(data.path))
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    with database.atomic():
        row = Attachment.create(contract=contract, talent=talent_id, sha256=sha, name=name, size=size,
                                mime=mime[:120], **values)
    return row.id


@dataclass(frozen=True)
class FileRow:
    id: int
    name: str
    size: int
    mime: str
    direction: str
    sensitivity: str
    shared_on: dt.date
    note: str
    sha256: str
    document_kind: str = "other"
    expires_on: dt.date | None = None


_ROW = (Attachment.id, Attachment.name, Attachment.size, Attachment.mime, Attachment.direction,
        Attachment.sensitivity, Attachment.shared_on, Attachment.note, Attachment.sha256, Attachment.document_kind,
        Attachment.expires_on)


def for_contract(contract_id: int) -> list[FileRow]:
    query = (Attachment.select(*_ROW).where(Attachment.contract == contract_id)
             .order_by(Attachment.shared_on.desc(), Attachment.id.desc()).tuples())
    return [FileRow(*row) for row in query]


def for_person(talent_id: int) -> list[FileRow]:
    """The files that belong to the person, not to one of their contracts."""
    query = (Attachment.select(*_ROW).where((Attachment.talent == talent_id) & Attachment.contract.is_null())
             .order_by(Attachment.shared_on.desc(), Attachment.id.desc()).tuples())
    return [FileRow(*row) for row in query]


def _get(attachment_id: int) -> Attachment:
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That file is no longer recorded."))
    return row


def sealed_path(data_dir: Path, sha256: str) -> Path:
    """Where a sensitive file of an encrypted folder is kept, sealed (see store/cipher.py)."""
    path = blob_path(data_dir, sha256)
    return path.with_name(path.name + ".sealed")


def store_sealed(data_dir: Path, source: Path) -> tuple[str, int]:
    """Store a file sealed with the folder's key; returns (sha256 of the plain bytes, size)."""
    source = Path(source)
    limit = size_limit_bytes()
    try:
        data = source.read_bytes() if source.stat().st_size <= limit else None
    except FileNotFoundError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{name}” no longer exists."),
                              name=source.name) from None
    if data is None:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{name}” is over the size limit of {limit} MB."),
                              name=source.name, limit=limit // (1024 * 1024))
    sha = hashlib.sha256(data).hexdigest()
    target = sealed_path(data_dir, sha)
    if not target.exists():
        write_atomically(target, cipher.seal(data))
    return sha, len(data)


def write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
        raise


def unsealed(data_dir: Path, sha256: str) -> bytes | None:
    """The plain bytes of a sealed file, or None when there is no sealed copy."""
    path = sealed_path(data_dir, sha256)
    if not path.exists():
        return None
    try:
        return cipher.unseal(path.read_bytes())
    except ValueError:
        raise Refused(QT_TRANSLATE_NOOP("errors", "The stored copy is sealed with another passphrase, or damaged.")) \
            from None


def stored_path(data_dir: Path, attachment_id: int) -> Path:
    """Where the bytes of a recorded file are, for another program to open; refuses when they have gone missing.

    A sealed file is opened into a private temporary folder (other programs cannot read it sealed), and
    so is a team database's file (its bytes are in the database).
    """
    row = _get(attachment_id)
    files = stored(data_dir)
    if isinstance(files, file_store.FolderFiles) and files.has(row.sha256):
        return files.path(row.sha256)
    opened = Path(tempfile.mkdtemp(prefix="talentdesk-open-")) / row.name
    if files.has(row.sha256):
        return file_store.write_copy(files, row.sha256, opened)
    data = unsealed(data_dir, row.sha256) if cipher.can_seal() else None
    if data is None:
        opened.parent.rmdir()
        raise Refused(QT_TRANSLATE_NOOP("errors", "The stored copy of “{name}” is missing from the data folder."),
                      name=row.name)
    write_atomically(opened, data)
    return opened


def save_copy(data_dir: Path, attachment_id: int, target: Path) -> Path:
    row = _get(attachment_id)
    files = stored(data_dir)
    if files.has(row.sha256):
        return file_store.write_copy(files, row.sha256, Path(target))
    source = stored_path(data_dir, attachment_id)  # a sealed copy, opened
    write_atomically(Path(target), source.read_bytes())
    return Path(target)


KEEP = object()  # edit_details: leave the expiry as it is


def edit_details(attachment_id: int, *, direction: str, sensitivity: str, shared_on, note: str = "",
                 document_kind: str | None = None, expires_on=KEEP) -> None:
    """Correct what was recorded about a stored file (the bytes themselves never change)."""
    values = dict(
        direction=v.choice(direction, DIRECTIONS, "direction"),
        sensitivity=v.choice(sensitivity, SENSITIVITIES, "sensitivity"),
        shared_on=v.day(shared_on, "date"),
        note=v.text(note, "note", max_length=5000),
    )
    if expires_on is not KEEP:  # None clears the expiry
        values["expires_on"] = v.day(expires_on, "expires", required=False)
    if document_kind is not None:
        values["document_kind"] = v.choice(document_kind, DOCUMENT_KINDS, "document kind")
    with database.atomic():
        _get(attachment_id)
        Attachment.update(**values).where(Attachment.id == attachment_id).execute()


def remove(data_dir: Path, attachment_id: int, *, keep_bytes: bool = False) -> None:
    """Forget the file (on its contract or its person); its bytes go when nothing else refers to them.

    ``keep_bytes``: the removal can still be undone (the window's Edit ▸ Undo), so the bytes stay
    until ``sweep_unreferenced`` at the next start.
    """
    with database.atomic():
        row = _get(attachment_id)
        sha = row.sha256
        row.delete_instance()
    if not keep_bytes:
        _drop_if_unused(data_dir, sha)


def _used(sha: str) -> bool:
    return (Attachment.select().where(Attachment.sha256 == sha).exists()
            or Talent.select().where(Talent.photo_sha256 == sha).exists())


def _drop_if_unused(data_dir: Path, sha: str) -> None:
    if not _used(sha):
        stored(data_dir).remove(sha)
        sealed_path(data_dir, sha).unlink(missing_ok=True)


def sweep_unreferenced(data_dir: Path) -> int:
    """Delete stored bytes no record refers to any more (files removed in an earlier session); returns how many."""
    swept = 0
    # Every hash still referred to, read once (not a query per stored file).
    used = {sha for (sha,) in Attachment.select(Attachment.sha256).tuples()}
    used |= {sha for (sha,) in Talent.select(Talent.photo_sha256).where(Talent.photo_sha256.is_null(False)).tuples()}
    kept = stored(data_dir)
    if isinstance(kept, file_store.DatabaseFiles):  # a team database's own files
        unused = [sha for sha in kept.hashes() if sha not in used]
        for sha in unused:
            kept.remove(sha)
        return len(unused)
    for blob in (data_dir / "attachments").glob("??/*"):
        sha = blob.name.removesuffix(".sealed")
        if re.fullmatch(r"[0-9a-f]{64}", sha) and blob.is_file() and sha not in used:
            blob.unlink()
            swept += 1
    return swept
