"""Copying every row from one database to another of the same schema: a local file to a team database, or
back. The copy is one transaction on the target, checked before it commits: each table's row count and a
checksum of its rows (read back through the target's own engine) must equal the source's, or nothing is
kept. A target that already holds data is refused before anything is written.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from . import dialect, fts
from .migrations import SchemaError, latest_version
from .models import ALL_MODELS, DatabaseInfo, StoredFileChunk, TalentFigures

_BATCH = 500


class TransferRefused(Exception):
    """The target cannot take the copy (it holds data, or another schema); nothing was written."""


class TransferMismatch(Exception):
    """The copy read back differs from the source; the target was left as it was."""


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str


def _tables() -> list[tuple[str, list[str], str]]:
    """Each table to copy: its name, its columns, and the column that orders its rows."""
    found = []
    for model in ALL_MODELS:
        if model in (DatabaseInfo, StoredFileChunk, TalentFigures):
            # the schema version: each side has its own, and they must agree; stored files are copied by
            # their own checks (store/file_store.py: a folder keeps them as files); the kept figures are
            # made on the target by its triggers as the rows go in
            continue
        columns = [field.column_name for field in model._meta.sorted_fields]
        found.append((model._meta.table_name, columns, model._meta.primary_key.column_name))
    return found


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def _rows(db, table: str, columns: list[str], order: str):
    return db.execute_sql(f'SELECT {_quoted(columns)} FROM "{table}" ORDER BY "{order}"')


def _digest(rows) -> tuple[int, str]:
    digest, count = hashlib.sha256(), 0
    for row in rows:
        digest.update(repr(tuple(row)).encode())
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()


def summary(db) -> list[TableCopy]:
    """Every table's row count and checksum, as this database reads them."""
    return [TableCopy(table, *_digest(_rows(db, table, columns, order))) for table, columns, order in _tables()]


def _version(db) -> int:
    row = db.execute_sql("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def held_rows(db) -> dict[str, int]:
    """The tables of ``db`` that hold rows, with how many (settings left out: a new database has some)."""
    held = {}
    for table in [t for t, _columns, _order in _tables()] + [StoredFileChunk._meta.table_name]:
        if table == "setting":
            continue
        count = db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if count:
            held[table] = count
    return held


def _check_target(source, target) -> None:
    for side, db in (("source", source), ("target", target)):
        if _version(db) != latest_version():
            raise SchemaError(f"the {side} database has schema {_version(db)}, this program {latest_version()}: "
                              "open it once with this version first")
    held = held_rows(target)
    if held:
        said = ", ".join(f"{table} {count:,}" for table, count in list(held.items())[:3])
        raise TransferRefused(f"the target already holds data ({said}); transfer only into an empty database. "
                              "Nothing was written.")


def _defer_foreign_keys(db) -> None:
    """Rows go in table by table; a row may point at one later in its own table (a renewal, a correction)."""
    if dialect.is_postgres(db):
        db.execute_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        db.execute_sql("PRAGMA defer_foreign_keys = ON")


def copy(source, target, progress: Callable[[str, int], None] | None = None,
         and_then: Callable[[], object] | None = None) -> list[TableCopy]:
    """Copy every row of ``source`` into the empty ``target`` (both at the current schema), then check it.

    Returns each table's count and checksum. Raises TransferRefused before writing when the target holds
    data, and TransferMismatch (with the target rolled back) when what was written reads back differently.
    ``and_then`` (the stored files' copy) runs in the target's transaction once the rows are checked: if it
    fails, no row is kept either.
    """
    _check_target(source, target)
    expected = summary(source)
    with target.atomic():
        _defer_foreign_keys(target)
        target.execute_sql('DELETE FROM "setting"')  # the source's settings replace a new database's defaults
        for table, columns, order in _tables():
            marks = ", ".join("?" for _ in columns)
            insert = f'INSERT INTO "{table}" ({_quoted(columns)}) VALUES ({marks})'
            cursor = _rows(source, table, columns, order)
            done = 0
            while batch := cursor.fetchmany(_BATCH):
                target.cursor().executemany(insert, [tuple(row) for row in batch])
                done += len(batch)
                if progress is not None:
                    progress(table, done)
        dialect.resync_keys(target)
        fts.rebuild(target)
        found = summary(target)
        wrong = [f"{want.table} ({want.rows:,} rows, {got.rows:,} copied)" if want.rows != got.rows
                 else f"{want.table} (checksums differ)" for want, got in zip(expected, found, strict=True) if want != got]
        if wrong:
            raise TransferMismatch("the copy does not read back as the source: " + ", ".join(wrong[:3])
                                   + "; nothing was kept.")
        if and_then is not None:
            and_then()
    return found
