"""Full backup and restore: one zip with the database, the attachments and a manifest.

The database is copied with SQLite's backup API (safe while the program runs). The manifest
names the schema version and the SHA-256 and size of every member. Restore trusts nothing in the
archive: it unpacks only the members a backup may hold, into a temporary folder, each held to its
size and checksum; checks the database there (whole, exactly its version's schema) and migrates it
there; only then keeps a copy of the current database in backups/ and copies the restored one into
the live one in place. Every refusal says why in one line and changes nothing.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from .. import __version__
from ..paths import attachments_dir, backups_dir
from ..services import files
from ..services.errors import QT_TRANSLATE_NOOP, Message
from ..store import backups as store_backup
from ..store import cipher, dialect, file_store
from ..store.db import database, make_database
from ..store.migrations import SchemaError, latest_version
from ..store.schema import DATABASE_FILE, layout_problems, migrate, restorable_version, schema_version
from .report import InterchangeError, data_dir

FORMAT = 1
# What a damaged zip can raise while it is read.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError)
MANIFEST = "manifest.json"
DB_MEMBER = f"database/{DATABASE_FILE}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _noop(_fraction: float, _text: str = "") -> None:
    pass


def create(out: Path, *, folder: Path | None = None, report: Callable[[float, str], None] | None = None) -> dict:
    """Write the backup zip; returns the manifest."""
    progress = report or _noop
    folder = folder or data_dir()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="talentdesk-backup-", dir=out.parent) as temp:
        progress(0.05, "Copying the database…")
        copy = store_backup.snapshot(database.obj, Path(temp) / DATABASE_FILE)
        members: dict[str, dict] = {DB_MEMBER: {"sha256": _sha256(copy), "size": copy.stat().st_size}}
        team = dialect.is_postgres(database.obj)  # a team database holds its stored files itself
        stored = sorted(p for p in attachments_dir(folder).rglob("*") if p.is_file()) \
            if attachments_dir(folder).is_dir() and not team else []
        manifest = {
            "format": FORMAT, "application": "TalentDesk", "version": __version__,
            "schema_version": schema_version(database.obj),
            "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "members": members,
        }
        partial = Path(temp) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.write(copy, DB_MEMBER)
            for index, path in enumerate(stored):
                if index % 20 == 0:
                    progress(0.3 + 0.6 * index / max(1, len(stored)), "Adding attachments…")
                name = "attachments/" + path.relative_to(attachments_dir(folder)).as_posix()
                if member_problem(name) is not None:
                    continue  # not a stored file (a leftover of an interrupted write): restore would refuse it
                members[name] = {"sha256": _sha256(path), "size": path.stat().st_size}
                archive.write(path, name, compress_type=zipfile.ZIP_STORED)
            if team:
                _add_team_files(archive, members, progress)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
        os.replace(partial, out)
    progress(1.0, "Done")
    return manifest


def _add_team_files(archive: zipfile.ZipFile, members: dict[str, dict], progress: Callable) -> None:
    """A team database's stored files, each streamed from the database into the archive where a folder's
    would be (so restore reads both alike), held to its SHA-256 on the way."""
    kept = file_store.DatabaseFiles(database.obj)
    hashes = kept.hashes()
    for index, sha in enumerate(hashes):
        if index % 20 == 0:
            progress(0.3 + 0.6 * index / max(1, len(hashes)), "Adding attachments…")
        name = f"attachments/{sha[:2]}/{sha}"
        info = zipfile.ZipInfo(name, date_time=dt.datetime.now().timetuple()[:6])
        info.compress_type = zipfile.ZIP_STORED
        digest, size = hashlib.sha256(), 0
        with archive.open(info, "w", force_zip64=True) as sink:
            for block in kept.blocks(sha):
                digest.update(block)
                size += len(block)
                sink.write(block)
        if digest.hexdigest() != sha:
            raise InterchangeError(f"the stored file {sha} does not match its checksum in the team database")
        members[name] = {"sha256": sha, "size": size}


@dataclass
class Checked:
    manifest: dict
    database: Path  # extracted, verified and brought to the current schema
    attachments: dict[str, Path]  # member name -> extracted file


class Refused(InterchangeError):
    """A backup this program will not restore; the message says why in one line. Nothing was changed."""

    def __init__(self, why: str, archive_path: Path, /, **values):  # a value may be called "why" too
        super().__init__(QT_TRANSLATE_NOOP("errors", "{why}. Nothing was changed."), path=str(archive_path),
                         why=Message(why, **values))


# What a backup may hold, and nothing else: the database, stored files under their SHA-256 (plain, or
# sealed in an encrypted folder) and the manifest. Anything else (an encryption marker, settings,
# a daily copy, a file over the live database) would land in the data folder, so it is refused.
_ATTACHMENT = re.compile(r"attachments/([0-9a-f]{2})/(([0-9a-f]{64})(\.sealed)?)")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
# Our backups store files as they are and deflate the database a few times at most; a member that
# unpacks a thousandfold is built to fill the disk.
BOMB_RATIO = 1000
BOMB_MIN_BYTES = 16 * 1024 * 1024
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)


def member_problem(name: str, sha256: str | None = None) -> str | None:
    r"""Why a member name may not be restored, or None. Both separators are checked: a name holding
    ``\`` is a path on Windows however it reads here."""
    if "\\" in name:
        return "uses a backslash in its name"
    if name.startswith("/") or _DRIVE.match(name):
        return "has an absolute name"
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "has a name that leaves its folder"
    if any(re.search(r"[\x00-\x1f:*?\"<>|]", part) for part in parts):
        return "has characters no folder allows in its name"
    if any(part.partition(".")[0].upper() in files.RESERVED_NAMES for part in parts):
        return "uses a name Windows reserves"
    if name == DB_MEMBER:
        return None
    match = _ATTACHMENT.fullmatch(name)
    if not match or match.group(1) != match.group(3)[:2]:
        return "is not part of a TalentDesk backup"
    if sha256 is not None and not match.group(4) and sha256 != match.group(3):
        return "is a stored file whose content does not match its name"
    return None


def _manifest(archive: zipfile.ZipFile, archive_path: Path) -> dict:
    """The manifest, checked field by field: each oddity is a one-line refusal, never a traceback."""
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise Refused(QT_TRANSLATE_NOOP("errors", "this is not a TalentDesk backup (no manifest)"),
                      archive_path) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's manifest is implausibly large ({file_size:,} bytes)"),
                      archive_path, file_size=info.file_size)
    try:
        with archive.open(info) as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
        manifest = json.loads(raw[:MAX_MANIFEST_BYTES].decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError, *ZIP_ERRORS) as exc:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's manifest is damaged ({detail})"), archive_path,
                      detail=str(exc)[:120]) from None

    def damaged(why: str) -> Refused:
        return Refused(QT_TRANSLATE_NOOP("errors", "the backup's manifest is damaged ({why})"), archive_path, why=why)

    if not isinstance(manifest, dict):
        raise damaged("it is not a set of fields")
    for key in ("format", "schema_version"):
        value = manifest.get(key)
        if type(value) is not int or not 1 <= value <= 1_000_000:
            raise damaged(f"{key} is {json.dumps(value)[:40]}, not a version number")
    if manifest["format"] > FORMAT:
        raise Refused(QT_TRANSLATE_NOOP("errors", "this backup was made by a newer TalentDesk (backup format "
                                                  "{format}); "
                      "install the newer version to restore it"), archive_path, format=manifest["format"])
    if manifest["schema_version"] > latest_version():
        raise Refused(QT_TRANSLATE_NOOP("errors", "this backup was made by a newer TalentDesk (schema {schema}; this "
                      "program knows up to {known}); install the newer version to restore it"), archive_path,
                      schema=manifest["schema_version"], known=latest_version())
    members = manifest.get("members")
    if not isinstance(members, dict):
        raise damaged("its list of members is missing or not a list")
    for name, facts in members.items():
        shown = json.dumps(name)[:80]
        if not isinstance(facts, dict):
            raise damaged(f"the entry for {shown} is not a set of fields")
        if not isinstance(facts.get("sha256"), str) or not _SHA256.fullmatch(facts["sha256"]):
            raise damaged(f"the checksum of {shown} is missing or malformed")
        if type(facts.get("size")) is not int or facts["size"] < 0:
            raise damaged(f"the size of {shown} is missing or not a number of bytes")
        why = member_problem(name, facts["sha256"])
        if why:
            raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is refused: member {shown} {why}"),
                          archive_path, shown=shown, why=why)
    if DB_MEMBER not in members:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup holds no database"), archive_path)
    return manifest


def _disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno in DISK_FULL) or "disk is full" in str(exc)


def _extract(archive: zipfile.ZipFile, name: str, size: int, target: Path, archive_path: Path) -> str:
    """Copy one member to ``target``, stopping at the first byte past the size its manifest gives
    (a small zip can unpack to gigabytes). Returns the SHA-256 of what was read."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is damaged: {name} is missing"),
                      archive_path, name=name) from None
    if info.file_size > size:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is refused: {name} is larger than its manifest says"),
                      archive_path, name=name)
    if info.file_size > BOMB_MIN_BYTES and info.file_size > BOMB_RATIO * max(1, info.compress_size):
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is refused: {name} would unpack {times:,} "
                      "times its packed size (a zip bomb)"), archive_path, name=name,
                      times=info.file_size // max(1, info.compress_size))
    digest, written = hashlib.sha256(), 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as sink:
        try:
            source = archive.open(info)
        except ZIP_ERRORS as exc:
            raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is damaged: {name} cannot be read ({exc})"),
                          archive_path, name=name, exc=exc) from None
        with source:
            while True:
                try:
                    block = source.read(min(1 << 20, size - written + 1))
                except ZIP_ERRORS as exc:
                    raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is damaged: {name} cannot be read ({exc})"),
                                  archive_path, name=name, exc=exc) from None
                if not block:
                    break
                written += len(block)
                if written > size:
                    raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is refused: {name} unpacks to more than the "
                                                              "{size:,} bytes its manifest says"),
                                                              archive_path, name=name, size=size)
                digest.update(block)
                sink.write(block)
    if written != size:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is damaged: {name} is {written:,} bytes, its manifest "
                                                  "says {size:,}"), archive_path, name=name, written=written, size=size)
    return digest.hexdigest()


def _check_space(into: Path, members: dict, folder: Path | None, archive_path: Path) -> None:
    """Before writing anything: room for the unpacked members, the copy of the current database
    and the restored one (checked, then copied over the live file)."""
    live = (folder / DATABASE_FILE) if folder else None
    current = live.stat().st_size if live is not None and live.exists() else 0
    need = sum(facts["size"] for facts in members.values()) + members[DB_MEMBER]["size"] + current
    free = shutil.disk_usage(into).free
    if need > free:
        raise Refused(QT_TRANSLATE_NOOP("errors", "there is not enough free disk space to restore it ({need:,.0f} MB "
                      "needed, {free:,.0f} MB free); free some space and try again"), archive_path, need=need / 2**20,
                      free=free / 2**20)


def _check_database(db_file: Path, version: int, archive_path: Path) -> None:
    """The database, in the temporary folder: whole, exactly the schema of its version, migrated there."""
    if not cipher.is_plain(db_file) and cipher.key() is None:
        raise Refused(QT_TRANSLATE_NOOP("errors", "this backup was made from an encrypted data folder; turn encryption "
                                                  "on here with the same "
                      "passphrase (Tools › Encryption…), then restore it"), archive_path)
    try:
        con = cipher.connect(db_file, cipher.key_for(db_file), readonly=True)
    except cipher.database_errors() as exc:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's database cannot be opened ({exc})"),
                      archive_path, exc=exc) from None
    try:
        found = restorable_version(con)
    except SchemaError as exc:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is refused: {exc}"), archive_path, exc=exc) from None
    except cipher.database_errors() as exc:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's database is damaged ({exc})"),
                      archive_path, exc=exc) from None
    finally:
        con.close()
    if found != version:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's database (schema {found}) does not match its manifest "
                                                  "(schema {version})"),
                      archive_path, found=found, version=version)
    probe = make_database(db_file)
    try:
        probe.connect()
        migrate(probe)
        problems = layout_problems(probe)
        probe.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except (SchemaError, peewee.DatabaseError) as exc:
        if _disk_full(exc):
            raise
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's database cannot be brought up to this version ({exc})"),
                      archive_path, exc=exc) from None
    finally:
        probe.close()
    if problems:
        raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's database is not one this program can use ({problems})"),
                      archive_path, problems="; ".join(problems[:3]))


def check(archive_path: Path, into: Path, progress: Callable = _noop, folder: Path | None = None) -> Checked:
    """Verify the archive and extract it into ``into``; raises InterchangeError with a clear message.

    Only the manifest's members are read, each name checked against what a backup may hold, each
    size enforced while it unpacks and each checksum compared; the database is then checked and
    migrated where it lies. Nothing outside ``into`` is written.
    """
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise InterchangeError("no such backup file", path=str(archive_path))
    try:
        archive = zipfile.ZipFile(archive_path)
    except ZIP_ERRORS as exc:
        raise Refused(QT_TRANSLATE_NOOP("errors", "this is not a TalentDesk backup (not a readable zip: {exc})"),
                      archive_path, exc=exc) from None
    try:
        with archive:
            manifest = _manifest(archive, archive_path)
            members = manifest["members"]
            _check_space(into, members, folder, archive_path)
            extracted: dict[str, Path] = {}
            for index, (name, facts) in enumerate(sorted(members.items())):
                progress(0.05 + 0.45 * index / max(1, len(members)), "Checking the backup…")
                target = into.joinpath(*name.split("/"))  # an allowed name: stays inside ``into``
                if _extract(archive, name, facts["size"], target, archive_path) != facts["sha256"]:
                    raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is damaged: {name} does not match its "
                                                              "checksum"), archive_path, name=name)
                extracted[name] = target
        progress(0.5, "Checking the backup's database…")
        db_file = extracted.pop(DB_MEMBER)
        _check_database(db_file, manifest["schema_version"], archive_path)
    except (OSError, peewee.DatabaseError) as exc:
        if _disk_full(exc):
            raise Refused(QT_TRANSLATE_NOOP("errors", "the disk is full; free some space and try again"),
                          archive_path) from None
        if isinstance(exc, peewee.DatabaseError):
            raise Refused(QT_TRANSLATE_NOOP("errors", "the backup's database cannot be used ({exc})"),
                          archive_path, exc=exc) from None
        raise InterchangeError(f"cannot unpack the backup here ({exc.strerror or exc})", path=str(archive_path)) from None
    return Checked(manifest, db_file, extracted)


def restore(archive_path: Path, *, folder: Path | None = None,
            report: Callable[[float, str], None] | None = None) -> dict:
    """Replace the current data with the backup's; returns facts for the report.

    Everything is unpacked and checked in a temporary folder first (see ``check``); only then is
    the current database copied into backups/ (so nothing is lost) and the checked, migrated one
    copied into the live database in place (other connections see it at once). Attachments are
    added; none are deleted.
    """
    progress = report or _noop
    folder = folder or data_dir()
    with tempfile.TemporaryDirectory(prefix="restore-", dir=folder) as temp:
        checked = check(Path(archive_path), Path(temp), progress, folder=folder)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        try:
            progress(0.6, "Keeping a copy of the current data…")
            kept = store_backup.snapshot(database.obj, backups_dir(folder) / f"before-restore-{stamp}.sqlite3")
            progress(0.7, "Restoring the database…")
            store_backup.restore_into(database.obj, checked.database)
        except (OSError, *cipher.database_errors(), peewee.DatabaseError) as exc:
            if _disk_full(exc):
                raise Refused(QT_TRANSLATE_NOOP("errors", "the disk is full; free some space and try again"),
                              Path(archive_path)) from None
            raise
        progress(0.85, "Restoring attachments…")
        added = 0
        for name, source in checked.attachments.items():
            target = folder.joinpath(*name.split("/"))
            if target.exists() and _sha256(target) == _sha256(source):
                continue
            if target.exists():
                target.replace(target.with_name(target.name + f".before-restore-{stamp}"))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(source), target)
            added += 1
    progress(1.0, "Done")
    return {"kept": str(kept), "attachments": added, "schema_version": checked.manifest["schema_version"],
            "created": checked.manifest.get("created", "")}


def restore_into_team(archive_path: Path, *, report: Callable[[float, str], None] | None = None,
                      rows_copied: Callable[[str, int], None] | None = None) -> dict:
    """Restore a backup into the open team database, which must be empty (no rows, no stored files): a
    database in use by a team is never replaced from one member's archive.

    The archive is checked and its database migrated in a temporary folder (see ``check``); then every row
    and every stored file goes into the team database in one transaction, each table's count and checksum
    and each file's SHA-256 read back and compared before it commits. A target that holds data is refused
    before anything is written. Returns facts for the report."""
    from ..store import transfer

    progress = report or _noop
    archive_path = Path(archive_path)
    team = database.obj
    held = transfer.held_rows(team)
    if held:
        said = ", ".join(f"{table} {count:,}" for table, count in list(held.items())[:3])
        raise Refused(QT_TRANSLATE_NOOP("errors", "the team database already holds data ({said}); restore a backup "
                                                  "only into an empty team database"), archive_path, said=said)
    with tempfile.TemporaryDirectory(prefix="talentdesk-restore-") as temp:
        checked = check(archive_path, Path(temp), progress)
        if any(name.endswith(".sealed") for name in checked.attachments):
            raise Refused(QT_TRANSLATE_NOOP("errors", "this backup holds files sealed by an encrypted data folder; "
                                                      "restore it into that folder, then move the data with "
                                                      "“talentdesk transfer --to URL”"), archive_path)
        source = make_database(checked.database)
        source.connect()
        copied: list[int] = []

        def copy_files() -> None:
            progress(0.85, "Restoring attachments…")
            copied.append(file_store.copy_all(file_store.FolderFiles(Path(temp)), file_store.DatabaseFiles(team)))

        try:
            progress(0.6, "Restoring the database…")
            tables = transfer.copy(source, team, progress=rows_copied, and_then=copy_files)
        except (transfer.TransferRefused, transfer.TransferMismatch, file_store.FileMismatch) as exc:
            raise Refused(QT_TRANSLATE_NOOP("errors", "the backup is refused: {exc}"), archive_path, exc=exc) from None
        finally:
            source.close()
    progress(1.0, "Done")
    return {"rows": sum(t.rows for t in tables), "tables": len(tables), "attachments": copied[0],
            "schema_version": checked.manifest["schema_version"], "created": checked.manifest.get("created", "")}
