"""SQLite-only copies of the live database: a consistent snapshot out, a restored file in.

Both go through SQLite's online backup API, so they are safe while the program runs:
other connections see the restored pages as soon as the copy completes.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from .schema import backup_copy  # noqa: F401 - re-exported: the one way to snapshot the live file


def check_file(path: Path) -> tuple[int, str]:
    """(schema version, integrity result) of a database file, opened read-only."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    try:
        result = con.execute("PRAGMA quick_check").fetchone()[0]
        row = con.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        return 0, str(exc)
    finally:
        con.close()
    return (int(row[0]) if row else 0), result


def restore_into(db: SqliteDatabase, source: Path) -> None:
    """Replace the live database's content with the file at ``source`` (page by page, in place)."""
    src = sqlite3.connect(str(source))
    try:
        src.backup(db.connection())
    finally:
        src.close()
