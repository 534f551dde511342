"""The database handle: one proxy the models bind to, opened on a file.

SQLite-only details (pragmas, FTS5, the backup API) stay inside store/ so a
shared PostgreSQL database can later be bound to the same models.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseProxy, OperationalError, SqliteDatabase

from . import cipher

database = DatabaseProxy()

# WAL lets the GUI thread read while the task runner's lane writes; NORMAL is
# durable across application crashes in WAL mode (an OS crash may lose the
# last commit, never corrupt the file).
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 1,  # NORMAL
    "busy_timeout": 5000,
    "cache_size": -32000,  # 32 MB page cache per connection
    "temp_store": 2,  # MEMORY
}


def _text(raw: bytes) -> str:
    # A damaged page can hold invalid UTF-8: show it with a replacement mark instead of failing the
    # whole query (the full check in Tools reports the damage).
    return raw.decode("utf-8", errors="replace")


class Database(SqliteDatabase):
    def _add_conn_hooks(self, conn):
        conn.text_factory = _text
        super()._add_conn_hooks(conn)

    def rollback(self):
        # When COMMIT fails on a full disk or an I/O error, SQLite has already rolled the
        # transaction back; Peewee's ROLLBACK would then fail and hide the real reason.
        try:
            return super().rollback()
        except OperationalError as exc:
            if "no transaction is active" not in str(exc):
                raise
            return None


def make_database(path: Path | str) -> SqliteDatabase:
    """The Peewee database for a file: SQLCipher when the folder open in this process is encrypted
    and the file is (see cipher.py), plain SQLite otherwise."""
    passphrase = cipher.key_for(Path(path)) if Path(path).exists() else cipher.key()
    if passphrase is not None:
        return _cipher_class()(str(path), passphrase=passphrase, pragmas=PRAGMAS, check_same_thread=False, timeout=5)
    return Database(
        str(path),
        pragmas=PRAGMAS,
        check_same_thread=False,
        timeout=5,
    )


def _cipher_class():
    try:
        from playhouse.sqlcipher_ext import _SqlCipherDatabase
    except ImportError:
        raise cipher.EncryptionUnavailable() from None

    class CipherDatabase(_SqlCipherDatabase, Database):
        def _connect(self):
            conn = super()._connect()
            conn.text_factory = _text
            return conn

    return CipherDatabase


def bind(path: Path | str) -> SqliteDatabase:
    """Point the shared proxy at the database file and return it."""
    db = make_database(path)
    database.initialize(db)
    return db


def sqlite_version() -> str:
    return sqlite3.sqlite_version
