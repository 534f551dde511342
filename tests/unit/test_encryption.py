"""Data at rest: SQLCipher for the database and its backups, sealed sensitive files, the passphrase."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

from talentdesk.services import encryption, files, maintenance  # noqa: E402
from talentdesk.services.errors import ValidationError  # noqa: E402
from talentdesk.store import backups, cipher  # noqa: E402
from talentdesk.store.db import database  # noqa: E402
from talentdesk.store.models import Talent  # noqa: E402
from talentdesk.store.schema import DATABASE_FILE, open_database  # noqa: E402
from tests import factories  # noqa: E402

PASS = "correct horse battery staple"


def plain_sqlite_reads(path) -> bool:
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def a_world(data_dir, tmp_path):
    contract_id = factories.contract(title="Payroll audit")
    factories.talent("Rosa Díaz")
    secret, normal = tmp_path / "passport.pdf", tmp_path / "logo.svg"
    secret.write_bytes(b"PASSPORT NUMBER X1234567 " * 40)
    normal.write_bytes(b"<svg>logo</svg>")
    secret_id = files.add(data_dir, contract_id, files.FileInput(path=secret, sensitivity="secret"))
    normal_id = files.add(data_dir, contract_id, files.FileInput(path=normal))
    backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 3, 2))
    return secret_id, normal_id, secret.read_bytes()


def test_turning_encryption_on_covers_the_database_backups_and_sensitive_files(db, data_dir, tmp_path):
    secret_id, normal_id, secret_bytes = a_world(data_dir, tmp_path)
    safety = encryption.set_passphrase(data_dir, PASS)
    assert cipher.is_encrypted(data_dir)
    assert not plain_sqlite_reads(data_dir / DATABASE_FILE)
    assert Talent.select().count() == 2  # still readable through the key
    # every backup, the one taken first included, is encrypted and still restorable with the key
    listed = backups.list_backups(data_dir / "backups")
    assert {b.kind for b in listed} == {"daily", "monthly", "before-encryption"} and safety.exists()
    assert all(not cipher.is_plain(b.path) and not plain_sqlite_reads(b.path) for b in listed)
    assert backups.latest_good_backup(data_dir / "backups") is not None
    # a backup taken now is encrypted too (its bytes are the encrypted file's, under the same key)
    fresh = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 3, 3))
    assert not cipher.is_plain(fresh) and not plain_sqlite_reads(fresh)
    # the secret file is sealed; the normal one is not
    secret_sha = hashlib.sha256(secret_bytes).hexdigest()
    assert not files.blob_path(data_dir, secret_sha).exists()
    sealed = files.sealed_path(data_dir, secret_sha).read_bytes()
    assert b"PASSPORT" not in sealed
    assert files.save_copy(data_dir, secret_id, tmp_path / "out.pdf").read_bytes() == secret_bytes
    assert files.stored_path(data_dir, normal_id).read_bytes() == b"<svg>logo</svg>"
    assert maintenance.check_database(data_dir).sound
    # a new secret file goes in sealed
    extra = tmp_path / "contract.pdf"
    extra.write_bytes(b"SIGNED CONTRACT")
    files.add(data_dir, factories.contract(), files.FileInput(path=extra, sensitivity="confidential"))
    assert files.sealed_path(data_dir, hashlib.sha256(b"SIGNED CONTRACT").hexdigest()).exists()


def test_a_wrong_passphrase_is_refused_and_nothing_changes(db, data_dir, tmp_path):
    a_world(data_dir, tmp_path)
    encryption.set_passphrase(data_dir, PASS)
    database.close()
    cipher.lock()
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in data_dir.rglob("*") if p.is_file()}
    with pytest.raises(cipher.WrongPassphrase, match="does not open this data folder"):
        encryption.unlock(data_dir, "correct horse battery stapler")
    assert cipher.key() is None
    after = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in data_dir.rglob("*") if p.is_file()}
    assert after == before
    encryption.unlock(data_dir, PASS)
    open_database(data_dir)
    assert Talent.select().count() == 2


def test_turning_encryption_off_and_changing_the_passphrase(db, data_dir, tmp_path):
    secret_id, _normal, secret_bytes = a_world(data_dir, tmp_path)
    encryption.set_passphrase(data_dir, PASS)
    with pytest.raises(ValidationError):
        encryption.set_passphrase(data_dir, "another passphrase", current="not it")
    encryption.set_passphrase(data_dir, "another passphrase", current=PASS)
    assert files.save_copy(data_dir, secret_id, tmp_path / "a.pdf").read_bytes() == secret_bytes
    assert Talent.select().count() == 2
    encryption.set_passphrase(data_dir, None, current="another passphrase")
    assert not cipher.is_encrypted(data_dir) and cipher.key() is None
    assert plain_sqlite_reads(data_dir / DATABASE_FILE)
    assert all(plain_sqlite_reads(b.path) for b in backups.list_backups(data_dir / "backups"))
    assert files.stored_path(data_dir, secret_id).read_bytes() == secret_bytes
    assert not list((data_dir / "attachments").rglob("*.sealed"))
    assert Talent.select().count() == 2 and maintenance.check_database(data_dir).sound


def test_a_backup_from_before_encryption_is_restored_encrypted(db, data_dir, tmp_path):
    factories.talent("Before")
    plain_copy = backups.copy_database(data_dir / DATABASE_FILE, tmp_path / "old.sqlite3")
    encryption.set_passphrase(data_dir, PASS)
    maintenance.restore_backup(data_dir, plain_copy)
    assert not cipher.is_plain(data_dir / DATABASE_FILE)
    assert [t.name for t in Talent.select()] == ["Before"]


def test_new_passphrases_are_checked():
    with pytest.raises(ValidationError) as short:
        encryption.check_new_passphrase("7 chars", "7 chars")
    assert (short.value.field, str(short.value.message)) == (
        "passphrase", "use at least 8 characters; a few words are best.")
    assert encryption.check_new_passphrase("8 chars!", "8 chars!") == "8 chars!"  # exactly the least is enough
    with pytest.raises(ValidationError) as differ:
        encryption.check_new_passphrase("long enough one", "long enough two")
    assert (differ.value.field, str(differ.value.message)) == ("repeat", "the two passphrases differ.")


def test_a_backup_archive_of_an_encrypted_folder(db, data_dir, tmp_path):
    from talentdesk.interchange import backup
    from talentdesk.interchange.report import InterchangeError

    a_world(data_dir, tmp_path)
    encryption.set_passphrase(data_dir, PASS)
    archive = tmp_path / "encrypted.zip"
    backup.create(archive, folder=data_dir)
    factories.talent("Added After The Backup")
    # Back into the same encrypted folder: the archive's pages go in under the same key.
    backup.restore(archive, folder=data_dir)
    names = {t.name for t in Talent.select()}
    assert "Rosa Díaz" in names and "Added After The Backup" not in names
    # Into a plain folder on another machine: a clear refusal, nothing changed.
    database.close()
    cipher.lock()
    elsewhere = tmp_path / "elsewhere"
    open_database(elsewhere)
    factories.talent("Someone Else")
    with pytest.raises(InterchangeError, match="encrypted data folder"):
        backup.restore(archive, folder=elsewhere)
    assert [t.name for t in Talent.select()] == ["Someone Else"]


def test_the_status_and_the_current_passphrase_are_checked(db, data_dir, tmp_path):
    a_world(data_dir, tmp_path)
    assert encryption.status(data_dir) == {"available": True, "encrypted": False}
    encryption.set_passphrase(data_dir, PASS)
    assert encryption.status(data_dir) == {"available": True, "encrypted": True}
    encryption.check_current(PASS)  # the right one passes
    with pytest.raises(ValidationError) as error:
        encryption.check_current(PASS.upper())
    assert error.value.field == "current passphrase"
    assert str(error.value.message) == "is not the passphrase of this data folder."
