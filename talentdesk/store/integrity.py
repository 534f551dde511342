"""Is the database file sound? Quick check at start, full check on request."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from . import cipher


class DamagedDatabase(Exception):
    """The database file is damaged or is not a database at all."""

    def __init__(self, path: Path, detail: str):
        super().__init__(f"The database {path.name} is damaged ({detail}).")
        self.path = path
        self.detail = detail


# A damaged file can make SQLite's own messages invalid UTF-8 (a scribbled table name in the
# schema); Python then raises UnicodeDecodeError instead of a DatabaseError.
DAMAGE: tuple[type[Exception], ...] = (*cipher.database_errors(), UnicodeDecodeError)


def _check(path: Path, pragma: str) -> list[str]:
    con = cipher.connect(path, cipher.key_for(path), readonly=True)
    con.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    try:
        return [row[0] for row in con.execute(f"PRAGMA {pragma}")]
    finally:
        con.close()


def not_damage(exc: BaseException) -> bool:
    """Errors that say the file cannot be reached now (read-only or full disk, another program), not that it
    is damaged (SQLite says a disk I/O error where it cannot create its shared-memory file on a full disk)."""
    text = str(exc).lower()
    return type(exc).__name__ == "OperationalError" and any(
        word in text for word in ("unable to open", "locked", "busy", "readonly", "read-only", "i/o error"))


def trouble(exc: BaseException | str) -> str | None:
    """What kind of storage trouble a driver error says: busy, read-only, full, cannot-open, damaged,
    io — or None. The window and the command line each word it for their readers."""
    text = str(exc).lower()
    for kind, words in (("busy", ("locked", "busy")), ("read-only", ("readonly", "read-only")),
                        ("full", ("disk is full", "database or disk is full")), ("cannot-open", ("unable to open",)),
                        ("damaged", ("malformed", "not a database")), ("io", ("i/o error",))):
        if any(word in text for word in words):
            return kind
    return None


def quick_check_file(path: Path) -> bool:
    try:
        return _check(path, "quick_check") == ["ok"]
    except DAMAGE:
        return False


def ensure_sound(path: Path) -> None:
    """Raise DamagedDatabase unless ``PRAGMA quick_check`` is ok (a missing file is fine: it will be created)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        result = _check(path, "quick_check")
    except DAMAGE as exc:
        if not_damage(exc):
            raise
        raise DamagedDatabase(path, str(exc)) from None
    if result != ["ok"]:
        raise DamagedDatabase(path, "; ".join(result[:3]))


def check_after_start(path: Path, full: bool = False, cancelled=lambda: False) -> list[str] | None:
    """The check the window runs on the lane once it is up: ``quick_check``, or the whole
    ``integrity_check`` when the last session did not end cleanly. Problems found (empty when sound),
    or None when the window closed before it finished (the check stops at once then)."""
    if cancelled():
        return None
    if not path.exists() or path.stat().st_size == 0:
        return []
    con = cipher.connect(path, cipher.key_for(path), readonly=True)
    con.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    con.set_progress_handler(lambda: 1 if cancelled() else 0, 1000)  # non-zero interrupts the check
    try:
        rows = [row[0] for row in con.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}")]
    except DAMAGE as exc:
        if cancelled():
            return None
        if not_damage(exc):
            raise
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def full_check(connection: sqlite3.Connection) -> list[str]:
    """Problems found by ``integrity_check`` and ``foreign_key_check``; empty when sound."""
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"]
    for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent}")
    return problems
