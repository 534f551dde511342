"""The database handle: one proxy the models bind to, opened on a file.

SQLite-only details (pragmas, FTS5, the backup API) stay inside store/ so a
shared PostgreSQL database can later be bound to the same models.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
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
    # 4 MB of pages per connection (twice SQLite's default). The file's pages stay in the system's cache anyway;
    # this one is per connection (the GUI thread, the lane, the check and the backup each have one) and also
    # bounds a sort's memory: at 32 MB a session that visited every screen of the large folder peaked 90 MB
    # higher (tests/perf: peak memory), for no measurable gain in the screens' figures.
    "cache_size": -4000,
    "temp_store": 2,  # MEMORY
}


def _text(raw: bytes) -> str:
    # A damaged page can hold invalid UTF-8: show it with a replacement mark instead of failing the
    # whole query (the full check in Tools reports the damage).
    return raw.decode("utf-8", errors="replace")


class InjectedFault(Exception):
    """The failure ``write_faults`` puts in place of a write statement (tests only)."""


class WriteFaults:
    """Test-only fault hook: counts the write statements this process sends to the database's own
    tables, and with ``fail_after=k`` raises ``InjectedFault`` in place of write k+1 (once). So a test
    can break any write path after its k-th statement without mocking what it tests."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after
        self.statements: list[str] = []  # the write statements run, in order
        self.rows: list[int] = []  # the rows each of them changed
        self.fired = False

    @property
    def writes(self) -> int:
        return len(self.statements)

    def consult(self, sql: str) -> bool:
        """Before a statement runs: raises in place of the chosen write; True for a write to count."""
        if not _is_write(sql):
            return False
        if self.fail_after is not None and not self.fired and self.writes >= self.fail_after:
            self.fired = True
            raise InjectedFault(f"injected failure in place of write {self.writes + 1}: {sql[:120]}")
        return True

    def ran(self, sql: str, rows: int) -> None:
        self.statements.append(sql)
        self.rows.append(max(rows, 0))


_FAULTS: dict[str, WriteFaults | None] = {"active": None}
# INSERT/REPLACE/UPDATE/DELETE and the table they write; the undo journal's staging in temp.* is not
# the user's data and is not counted.
_WRITE = re.compile(r"\s*(?:INSERT|REPLACE|UPDATE|DELETE)\b(?:\s+OR\s+\w+)?(?:\s+INTO|\s+FROM)?\s+(\S+)", re.I)


def _is_write(sql: str) -> bool:
    found = _WRITE.match(sql)
    return found is not None and not found.group(1).lower().startswith(("temp.", '"temp".'))


@contextmanager
def write_faults(fail_after: int | None = None) -> Iterator[WriteFaults]:
    """Count (and with ``fail_after`` break) the write statements run inside the block. Tests only."""
    faults = WriteFaults(fail_after)
    _FAULTS["active"] = faults
    try:
        yield faults
    finally:
        _FAULTS["active"] = None


def _through_hook(run, sql: str, parameters):
    faults = _FAULTS["active"]
    if faults is None or not faults.consult(sql):
        return run(sql, parameters)
    cursor = run(sql, parameters)
    faults.ran(sql, cursor.rowcount)
    return cursor


class _Cursor(sqlite3.Cursor):
    """Statements pass the (normally unset) fault hook before SQLite runs them."""

    def execute(self, sql, parameters=(), /):
        return _through_hook(super().execute, sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return _through_hook(super().executemany, sql, seq_of_parameters)


class _Connection(sqlite3.Connection):
    """Every statement goes through a ``_Cursor``: Peewee's queries (``cursor()``), the bulk inserts
    (``executemany``) and the undo journal (``execute``)."""

    def cursor(self, factory=None):
        return super().cursor(factory or _Cursor)

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        return self.cursor().executemany(sql, seq_of_parameters)


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


# How long a writer waits for another one to finish before it says the folder is busy. The window's
# lane keeps the default; the command line waits longer (a second import waits for the first).
BUSY_TIMEOUT_SECONDS = {"value": 5.0}


def set_busy_timeout(seconds: float) -> None:
    BUSY_TIMEOUT_SECONDS["value"] = seconds


def make_database(path: Path | str, *, readonly: bool = False) -> SqliteDatabase:
    """The Peewee database for a file: SQLCipher when the folder open in this process is encrypted
    and the file is (see cipher.py), plain SQLite otherwise. ``readonly`` opens an existing file for
    reading only (a folder or disk that may not be written)."""
    passphrase = cipher.key_for(Path(path)) if Path(path).exists() else cipher.key()
    timeout = BUSY_TIMEOUT_SECONDS["value"]
    pragmas = {**PRAGMAS, "busy_timeout": int(timeout * 1000)}
    target, options = str(path), {}
    if readonly:
        pragmas.pop("journal_mode")  # setting it writes
        target, options = _readonly_uri(Path(path)), {"uri": True}
    if passphrase is not None:
        return _cipher_class()(target, passphrase=passphrase, pragmas=pragmas, check_same_thread=False,
                               timeout=timeout, **options)
    return Database(target, pragmas=pragmas, check_same_thread=False, timeout=timeout, factory=_Connection,
                    **options)


def _readonly_uri(path: Path) -> str:
    """A read-only URI. SQLite reads a WAL database read-only only where it may create (or finds) the
    shared-memory file; in a folder nobody may write, nobody else writes either, so the file is
    opened as immutable (a log left by a crash elsewhere would not be seen — its pages are not lost)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not Path(str(path) + "-shm").exists() and not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    return uri


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


def bind(path: Path | str, *, readonly: bool = False) -> SqliteDatabase:
    """Point the shared proxy at the database file and return it."""
    db = make_database(path, readonly=readonly)
    database.initialize(db)
    return db


def sqlite_version() -> str:
    return sqlite3.sqlite_version
