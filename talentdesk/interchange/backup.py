"""Full backup and restore: one zip with the database, the attachments and a manifest.

The database is copied with SQLite's backup API (safe while the program runs). The manifest
names the schema version and the SHA-256 of every member. Restore checks the manifest and every
member before touching anything, refuses a damaged or newer archive, keeps a copy of the current
database in backups/, and then copies the restored database into the live one in place.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .. import __version__
from ..paths import attachments_dir, backups_dir
from ..store import backups as store_backup
from ..store import cipher
from ..store.db import database
from ..store.migrations import latest_version
from ..store.schema import DATABASE_FILE, migrate, schema_version
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
        files = sorted(p for p in attachments_dir(folder).rglob("*") if p.is_file() and not p.name.endswith(".part")
                       and not p.name.startswith(".")) \
            if attachments_dir(folder).is_dir() else []
        manifest = {
            "format": FORMAT, "application": "TalentDesk", "version": __version__,
            "schema_version": schema_version(database.obj),
            "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "members": members,
        }
        partial = Path(temp) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.write(copy, DB_MEMBER)
            for index, path in enumerate(files):
                if index % 20 == 0:
                    progress(0.3 + 0.6 * index / max(1, len(files)), "Adding attachments…")
                name = "attachments/" + path.relative_to(attachments_dir(folder)).as_posix()
                members[name] = {"sha256": _sha256(path), "size": path.stat().st_size}
                archive.write(path, name, compress_type=zipfile.ZIP_STORED)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
        os.replace(partial, out)
    progress(1.0, "Done")
    return manifest


@dataclass
class Checked:
    manifest: dict
    database: Path  # extracted and verified
    attachments: dict[str, Path]  # member name -> extracted file


def check(archive_path: Path, into: Path, progress: Callable = _noop) -> Checked:
    """Verify the archive and extract it into ``into``; raises InterchangeError with a clear message."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise InterchangeError("no such backup file", path=str(archive_path))
    try:
        archive = zipfile.ZipFile(archive_path)
    except ZIP_ERRORS as exc:
        raise InterchangeError(f"this is not a TalentDesk backup (not a readable zip: {exc})",
                               path=str(archive_path)) from None
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
            members = manifest["members"]
            version = int(manifest["schema_version"])
            fmt = int(manifest["format"])
        except KeyError:
            raise InterchangeError("this is not a TalentDesk backup (no manifest)", path=str(archive_path)) from None
        except (ValueError, TypeError, UnicodeDecodeError, AttributeError, *ZIP_ERRORS) as exc:
            raise InterchangeError(f"the backup's manifest is damaged ({exc})", path=str(archive_path)) from None
        if fmt > FORMAT:
            raise InterchangeError(f"this backup was made by a newer TalentDesk (backup format {fmt}); "
                                   "install the newer version to restore it. Nothing was changed.", path=str(archive_path))
        if version > latest_version():
            raise InterchangeError(
                f"this backup was made by a newer TalentDesk (schema {version}; this program knows up to "
                f"{latest_version()}). Install the newer version to restore it. Nothing was changed.",
                path=str(archive_path))
        if not isinstance(members, dict) or DB_MEMBER not in members:
            raise InterchangeError("the backup holds no database", path=str(archive_path))
        names = set(archive.namelist())
        extracted: dict[str, Path] = {}
        for index, (name, facts) in enumerate(sorted(members.items())):
            progress(0.05 + 0.5 * index / max(1, len(members)), "Checking the backup…")
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts or name not in names:
                raise InterchangeError(f"the backup is damaged: member {name} is missing or unsafe",
                                       path=str(archive_path))
            target = into.joinpath(*pure.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            try:
                with archive.open(name) as source, open(target, "wb") as sink:
                    for block in iter(lambda src=source: src.read(1 << 20), b""):
                        digest.update(block)
                        sink.write(block)
            except ZIP_ERRORS as exc:
                raise InterchangeError(f"the backup is damaged: {name} cannot be read ({exc})",
                                       path=str(archive_path)) from None
            if digest.hexdigest() != facts.get("sha256"):
                raise InterchangeError(f"the backup is damaged: {name} does not match its checksum",
                                       path=str(archive_path))
            extracted[name] = target
    db_file = extracted.pop(DB_MEMBER)
    if not cipher.is_plain(db_file) and cipher.key() is None:
        raise InterchangeError(
            "this backup was made from an encrypted data folder. Turn encryption on here with the same "
            "passphrase (Tools › Encryption…), then restore it. Nothing was changed.", path=str(archive_path))
    found_version, integrity = store_backup.check_file(db_file)
    if integrity != "ok":
        raise InterchangeError(f"the backup's database is damaged ({integrity})", path=str(archive_path))
    if found_version != version:
        raise InterchangeError("the backup's database does not match its manifest", path=str(archive_path))
    return Checked(manifest, db_file, extracted)


def restore(archive_path: Path, *, folder: Path | None = None,
            report: Callable[[float, str], None] | None = None) -> dict:
    """Replace the current data with the backup's; returns facts for the report.

    The current database is first copied into backups/ (so nothing is lost), the restored one is
    copied into the live database in place (other connections see it at once), then migrated
    when it is older. Attachments are added; none are deleted.
    """
    progress = report or _noop
    folder = folder or data_dir()
    with tempfile.TemporaryDirectory(prefix="restore-", dir=folder) as temp:
        checked = check(Path(archive_path), Path(temp), progress)
        progress(0.6, "Keeping a copy of the current data…")
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = store_backup.snapshot(database.obj, backups_dir(folder) / f"before-restore-{stamp}.sqlite3")
        progress(0.7, "Restoring the database…")
        store_backup.restore_into(database.obj, checked.database)
        migrate(database.obj, backup_dir=backups_dir(folder))
        progress(0.85, "Restoring attachments…")
        added = 0
        for name, source in checked.attachments.items():
            target = folder.joinpath(*PurePosixPath(name).parts)
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
