"""Hostile backup archives, counted for the reliability record: each is refused with one line
saying why, and the current data folder is byte-identical afterwards (no member lands in it, no
temporary folder is left, the live database is not touched).

Every archive below is well-formed where it is not hostile: its manifest carries the true
checksum and size of each member, so only the check aimed at that attack can refuse it.
"""
from __future__ import annotations

import errno
import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from talentdesk.interchange import backup
from talentdesk.interchange.report import InterchangeError
from talentdesk.store import cipher
from talentdesk.store.db import database
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories, hostile
from tests.reliability import report


def folder_bytes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in the data folder (the shared-memory index aside: readers rewrite it)."""
    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


def build(path: Path, members: dict[str, bytes], *, manifest: dict | None = None, sizes: dict | None = None,
          version: int | None = None) -> Path:
    """A backup archive holding ``members``, with a manifest that tells their true checksums and sizes
    (``sizes`` overrides some; ``manifest`` replaces the whole manifest)."""
    from talentdesk.store.migrations import latest_version

    if manifest is None:
        manifest = {"format": 1, "application": "TalentDesk", "schema_version": version or latest_version(),
                    "members": {name: {"sha256": hashlib.sha256(data).hexdigest(),
                                       "size": (sizes or {}).get(name, len(data))} for name, data in members.items()}}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
        archive.writestr("manifest.json", json.dumps(manifest) if not isinstance(manifest, bytes) else manifest)
    return path


def edited_database(source: bytes, tmp_path: Path, *statements: str) -> bytes:
    """The live database's bytes with ``statements`` run on a copy (a database someone prepared)."""
    path = tmp_path / "edited.sqlite3"
    path.write_bytes(source)
    con = sqlite3.connect(path)
    con.executescript("PRAGMA journal_mode = DELETE;" + ";".join(statements))
    con.close()
    data = path.read_bytes()
    path.unlink()
    return data


@pytest.fixture
def world(db, data_dir, tmp_path):
    for n in range(3):
        factories.contract(factories.talent(f"Person {n}"), title=f"Work {n}")
    genuine = backup.create(tmp_path / "genuine.zip", folder=data_dir)
    assert genuine["members"]
    with zipfile.ZipFile(tmp_path / "genuine.zip") as archive:
        database_bytes = archive.read(backup.DB_MEMBER)
    return data_dir, database_bytes


BLOB = b"a file shared with a talent"
SHA = hashlib.sha256(BLOB).hexdigest()
GOOD_ATTACHMENT = f"attachments/{SHA[:2]}/{SHA}"


def corpus(database_bytes: bytes, tmp_path: Path) -> list[tuple[str, dict, str]]:
    """(what, build() arguments, a phrase the refusal must hold)."""
    db = {backup.DB_MEMBER: database_bytes}
    bomb = bytes(64 * 1024 * 1024)
    bomb_sha = hashlib.sha256(bomb).hexdigest()
    return [
        ("zip slip with /", {"members": {**db, "attachments/../../escaped.txt": b"x"}}, "leaves its folder"),
        ("zip slip with \\", {"members": {**db, "attachments\\..\\..\\x": b"x"}}, "backslash"),
        ("absolute name", {"members": {**db, "/tmp/escaped.txt": b"x"}}, "absolute"),
        ("drive name", {"members": {**db, "C:/escaped.txt": b"x"}}, "absolute"),
        ("reserved name", {"members": {**db, f"attachments/{SHA[:2]}/CON.txt": b"x"}}, "Windows reserves"),
        ("planted encryption marker", {"members": {**db, cipher.MARKER: b"salt"}}, "not part of"),
        ("planted view-state.ini", {"members": {**db, "view-state.ini": b"[bench]\n"}}, "not part of"),
        ("planted 2099 daily backup",
         {"members": {**db, "backups/daily/talentdesk-2099-01-01.sqlite3": database_bytes}}, "not part of"),
        ("member over the live database", {"members": {**db, DATABASE_FILE: b"scribble"}}, "not part of"),
        ("stored file whose content is not its name",
         {"members": {**db, f"attachments/{'ab'}/{'ab' + SHA[2:]}": BLOB}}, "does not match its name"),
        ("database larger than its manifest says",
         {"members": db, "sizes": {backup.DB_MEMBER: 4096}}, "larger than its manifest"),
        ("attachment shorter than its manifest says",
         {"members": {**db, GOOD_ATTACHMENT: BLOB}, "sizes": {GOOD_ATTACHMENT: len(BLOB) + 10}}, "its manifest says"),
        ("zip bomb under its true name",
         {"members": {**db, f"attachments/{bomb_sha[:2]}/{bomb_sha}": bomb}}, "zip bomb"),
        ("manifest claims more than the disk holds",
         {"members": {**db, GOOD_ATTACHMENT: BLOB}, "sizes": {GOOD_ATTACHMENT: 2**62}}, "not enough free disk space"),
        ("database missing a table",
         {"members": {backup.DB_MEMBER: edited_database(database_bytes, tmp_path, "DROP TABLE payment")}},
         "table payment missing"),
        ("database holding only a version row",
         {"members": {backup.DB_MEMBER: only_version_row(tmp_path)}}, "missing"),
        ("fake schema-1 database",
         {"members": {backup.DB_MEMBER: edited_database(
             database_bytes, tmp_path, "UPDATE database_info SET value = '1' WHERE key = 'schema_version'")},
          "version": 1}, "schema of version 1"),
        ("database with a hostile trigger",
         {"members": {backup.DB_MEMBER: edited_database(
             database_bytes, tmp_path,
             "CREATE TRIGGER wipe AFTER INSERT ON talent BEGIN DELETE FROM contract; END")}}, "trigger wipe added"),
        ("database with an extra view",
         {"members": {backup.DB_MEMBER: edited_database(
             database_bytes, tmp_path, "CREATE VIEW spy AS SELECT * FROM talent")}}, "view spy added"),
        ("database with a changed trigger",
         {"members": {backup.DB_MEMBER: edited_database(
             database_bytes, tmp_path, "DROP TRIGGER message_fts_insert",
             "CREATE TRIGGER message_fts_insert AFTER INSERT ON message BEGIN DELETE FROM talent; END")}},
         "trigger message_fts_insert changed"),
        ("not a database", {"members": {backup.DB_MEMBER: b"SQLite format 3\x00" + bytes(4000)}}, "database"),
        ("manifest version 1e999", {"members": db, "manifest": b'{"format": 1, "schema_version": 1e999, '
                                                              b'"members": {}}'}, "not a version number"),
        ("manifest version as text", {"members": db, "manifest": {"format": 1, "schema_version": "2",
                                                                  "members": {}}}, "not a version number"),
        ("manifest members as a string", {"members": db, "manifest": {"format": 1, "schema_version": 2,
                                                                      "members": "database/talentdesk.sqlite3"}},
         "list of members"),
        ("manifest entry as a string", {"members": db, "manifest": {"format": 1, "schema_version": 2,
                                                                    "members": {backup.DB_MEMBER: "ok"}}},
         "not a set of fields"),
        ("manifest as a list", {"members": db, "manifest": [1, 2]}, "not a set of fields"),
        ("manifest nested a million deep", {"members": db, "manifest": b"[" * 1_000_000}, "manifest is damaged"),
    ]


def only_version_row(tmp_path: Path) -> bytes:
    path = tmp_path / "version-only.sqlite3"
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE database_info (key TEXT PRIMARY KEY, value TEXT);"
                      "INSERT INTO database_info VALUES ('schema_version', '2');")
    con.close()
    data = path.read_bytes()
    path.unlink()
    return data


def test_every_hostile_archive_is_refused_and_the_data_stays_byte_identical(world, tmp_path):
    data_dir, database_bytes = world
    before = folder_bytes(data_dir)
    failures = []
    for n, (what, arguments, phrase) in enumerate(corpus(database_bytes, tmp_path)):
        archive = build(tmp_path / f"hostile-{n}.zip", **arguments)
        report.add("hostile archives tried")
        try:
            backup.restore(archive, folder=data_dir)
            failures.append(f"{what}: restored")
        except InterchangeError as refusal:
            message = str(refusal)
            if phrase not in message or "\n" in message or "Nothing was changed" not in message:
                failures.append(f"{what}: the refusal does not say why in one line: {message}")
            else:
                report.add("hostile archives refused")
        except Exception as exc:  # noqa: BLE001 - what the record counts
            report.add("tracebacks")
            failures.append(f"{what}: {exc!r}")
        after = folder_bytes(data_dir)
        if after != before:
            failures.append(f"{what}: the data folder changed: {sorted(set(after.items()) ^ set(before.items()))[:4]}")
        archive.unlink()
    assert not (tmp_path / "escaped.txt").exists() and not Path("/tmp/escaped.txt").exists()
    assert not failures, "\n".join(failures)


def test_a_genuine_archive_with_a_stored_file_still_restores(world, tmp_path):
    """The checks refuse what is hostile, not what we write: a true backup restores, stored file included."""
    data_dir, database_bytes = world
    archive = build(tmp_path / "true.zip", {backup.DB_MEMBER: database_bytes, GOOD_ATTACHMENT: BLOB})
    facts = backup.restore(archive, folder=data_dir)
    assert facts["attachments"] == 1 and (data_dir / GOOD_ATTACHMENT).read_bytes() == BLOB


def test_the_released_version_2_database_restores_and_is_migrated_before_the_swap(world, tmp_path):
    data_dir, _ = world
    released = (Path(__file__).resolve().parents[1] / "migrations" / "fixtures" / "v2.sqlite3").read_bytes()
    archive = build(tmp_path / "v2.zip", {backup.DB_MEMBER: released}, version=2)
    backup.restore(archive, folder=data_dir)
    from talentdesk.store.migrations import latest_version
    from talentdesk.store.schema import schema_version

    assert schema_version(database.obj) == latest_version()


def test_a_full_disk_during_restore_says_the_disk_is_full(db, tmp_path, monkeypatch):
    """The data folder on a real 2 MB disk when the machine lets the test mount one; else the error
    such a disk gives, raised by the writes into the restore's temporary folder."""
    filler = bytes(range(256)) * 4096 * 3  # 3 MB that do not compress
    sha = hashlib.sha256(filler).hexdigest()
    with hostile.small_disk(tmp_path, 2048) as disk:
        database.close()
        folder = (disk or tmp_path) / "data"
        open_database(folder)
        factories.talent("Kept whole")
        backup.create(tmp_path / "small.zip", folder=folder)
        with zipfile.ZipFile(tmp_path / "small.zip") as archive:
            database_bytes = archive.read(backup.DB_MEMBER)
        archive = build(tmp_path / "big.zip", {backup.DB_MEMBER: database_bytes, f"attachments/{sha[:2]}/{sha}": filler})
        before = folder_bytes(folder)
        # The space check up front refuses this archive already; let it pass, as a disk shared with
        # another program may have had room a moment before it filled.
        monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(2**40, 0, 2**40))
        if disk is None:
            real_open = open

            def full_open(path, mode="r", *args, **kwargs):
                handle = real_open(path, mode, *args, **kwargs)
                if "w" in mode and "restore-" in str(path) and "attachments" in str(path):
                    return _FullDisk(handle)
                return handle

            monkeypatch.setattr("builtins.open", full_open)
        with pytest.raises(InterchangeError, match="the disk is full") as refusal:
            backup.restore(archive, folder=folder)
        monkeypatch.undo()
        assert "damaged" not in str(refusal.value) and "\n" not in str(refusal.value)
        assert folder_bytes(folder) == before
        assert not list(folder.glob("restore-*"))
        database.close()


class _FullDisk:
    """A file whose writes fail as on a full disk."""

    def __init__(self, handle):
        self.handle = handle

    def write(self, _data):
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def test_too_little_free_space_is_refused_before_anything_is_written(world, tmp_path, monkeypatch):
    data_dir, database_bytes = world
    archive = build(tmp_path / "ok.zip", {backup.DB_MEMBER: database_bytes, GOOD_ATTACHMENT: BLOB})
    before = folder_bytes(data_dir)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(2**40, 2**40 - 1000, 1000))
    with pytest.raises(InterchangeError, match=r"not enough free disk space to restore it \(\d+ MB needed"):
        backup.restore(archive, folder=data_dir)
    assert folder_bytes(data_dir) == before


def test_manifest_bytes_are_limited_too(world, tmp_path):
    """A manifest is read with a limit as well: one that would unpack past it is refused unread."""
    data_dir, database_bytes = world
    archive = tmp_path / "huge-manifest.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.writestr(backup.DB_MEMBER, database_bytes)
        with out.open("manifest.json", "w") as handle:
            block = b" " * (1 << 20)
            for _ in range(backup.MAX_MANIFEST_BYTES // len(block) + 1):
                handle.write(block)
    with pytest.raises(InterchangeError, match="implausibly large"):
        backup.restore(archive, folder=data_dir)


def test_an_archive_of_an_encrypted_folder_passes_the_same_checks(db, data_dir, tmp_path):
    """The schema and integrity checks read the database through SQLCipher when the folder is encrypted."""
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
    from talentdesk.services import encryption

    def names() -> list[str]:
        return [row[0] for row in database.obj.execute_sql("SELECT name FROM talent ORDER BY name")]

    factories.contract(factories.talent("Kept secret"), title="Quiet work")
    encryption.set_passphrase(data_dir, "correct horse battery staple")
    backup.create(tmp_path / "sealed.zip", folder=data_dir)
    factories.talent("Added after the backup")
    backup.restore(tmp_path / "sealed.zip", folder=data_dir)
    assert names() == ["Kept secret"]
    assert not cipher.is_plain(data_dir / DATABASE_FILE)
