"""store/db.py leans on one non-public Peewee hook; these tests say so plainly if a release drops it."""
from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from talentdesk.store import db


def test_peewee_still_has_the_connection_hook_we_override():
    assert callable(getattr(SqliteDatabase, "_add_conn_hooks", None)), (
        "Peewee no longer has SqliteDatabase._add_conn_hooks: store/db.py sets the text decoding of "
        "every connection there. Find the new per-connection hook, move Database._add_conn_hooks to it, "
        "and adjust the peewee bound in pyproject.toml.")


def _read_damaged_text(database) -> str:
    database.connect()
    try:
        # A damaged page reads as text that is not UTF-8.
        return database.execute_sql("SELECT CAST(x'41ff42' AS TEXT)").fetchone()[0]
    finally:
        database.close()


def test_text_that_is_not_utf8_reads_with_a_replacement_mark(tmp_path):
    assert _read_damaged_text(db.Database(str(tmp_path / "plain.db"))) == "A\ufffdB"


def test_an_encrypted_database_uses_the_same_hook(tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
    cipher_database = db._cipher_class()(str(tmp_path / "sealed.db"), passphrase="correct horse")
    assert isinstance(cipher_database, db.Database)
    assert _read_damaged_text(cipher_database) == "A\ufffdB"
