"""Opening a data folder's database: create, migrate or refuse, then hand it out."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from . import cipher, dialect, figures, fts, journal_pg, team_live
from .backups import copy_database
from .db import bind, database, make_database
from .integrity import DamagedDatabase
from .migrations import SchemaError, latest_version, steps
from .models import ALL_MODELS, DatabaseInfo

DATABASE_FILE = "talentdesk.sqlite3"
VERSION_KEY = "schema_version"
_VIRTUAL = re.compile(r"\s*CREATE VIRTUAL TABLE (\w+)")


def table_names(db: SqliteDatabase) -> set[str]:
    return dialect.table_names(db)


def schema_version(db: SqliteDatabase) -> int:
    """0 for an empty file; raises SchemaError for a file that is not ours."""
    tables = table_names(db)
    if not tables:
        return 0
    if "database_info" not in tables:
        raise SchemaError("This file is not a TalentDesk database (no database_info table).")
    row = db.execute_sql("SELECT value FROM database_info WHERE key = ?", (VERSION_KEY,)).fetchone()
    if row is None:
        raise SchemaError("This TalentDesk database has no schema version; it may be damaged.")
    return int(row[0])


def _set_version(db: SqliteDatabase, version: int) -> None:
    db.execute_sql(
        "INSERT INTO database_info(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (VERSION_KEY, str(version)),
    )


STATISTICS_MIN_ROWS = 1000


def refresh_statistics(db: SqliteDatabase, tables: tuple[str, ...] = ()) -> None:
    """Let the query planner know the tables' shapes (a sampled ANALYZE: a fraction of a second).

    Without statistics SQLite takes any equality on an indexed column as selective and
    may walk a whole table where a few rows would do (the timeline's pages, the rules).
    Statistics are kept only for tables of some size, and never for the full-text index's own
    tables: figures taken while a table is small mislead the planner once it has grown (an FTS
    index analysed empty made each later batch of messages re-read the whole index).
    ``tables``: only these (the ones a large import has just filled); all when empty.
    """
    names = ", ".join(f'"{t}"' for t in tables)
    if dialect.is_postgres(db):
        db.execute_sql(f"ANALYZE {names}")  # PostgreSQL samples by itself
        return
    db.execute_sql("PRAGMA analysis_limit = 400")
    for table in tables or ("",):
        db.execute_sql(f'ANALYZE "{table}"' if table else "ANALYZE")
    db.execute_sql(
        "DELETE FROM sqlite_stat1 WHERE tbl LIKE '%\\_fts\\_%' ESCAPE '\\' OR tbl IN ("
        "SELECT tbl FROM sqlite_stat1 GROUP BY tbl HAVING max(CAST(stat AS INTEGER)) < ?)", (STATISTICS_MIN_ROWS,))
    db.execute_sql("ANALYZE sqlite_schema")  # reload the figures into this connection's planner


def backup_copy(db: SqliteDatabase, target: Path) -> Path:
    """A consistent copy of the live database through SQLite's backup API (written aside, then
    renamed into place, so a crash never leaves half a copy under a backup's name)."""
    return copy_database(db.connection(), target)


def _newer_refused(current: int, latest: int) -> None:
    if current > latest:
        raise SchemaError(
            f"This database was written by a newer TalentDesk (schema {current}; this program "
            f"knows up to {latest}). Install the newer version to open it; nothing was changed."
        )


class _PostgresSteps:
    """What a schema step sees on PostgreSQL: each of its frozen statements said the PostgreSQL way
    (``dialect.postgres_ddl``); the step itself, and what it builds in a local file, never change."""

    def __init__(self, db) -> None:
        self.db = db

    def execute_sql(self, sql: str, params=None):
        for statement in dialect.postgres_ddl(sql):
            self.db.execute_sql(statement, params)


def migrate_team(db) -> list[int]:
    """Bring a team database to the latest schema, every step and the search in one transaction, under an
    advisory lock: a second client starting meanwhile waits, then finds the schema current. A database
    from a newer TalentDesk is refused before anything is written."""
    latest = latest_version()
    applied = []
    with db.atomic():
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (dialect.MIGRATION_LOCK,))
        current = schema_version(db)
        _newer_refused(current, latest)
        if current == latest:
            return []
        for statement in dialect.COMPAT_FUNCTIONS:
            db.execute_sql(statement)
        steps_db = _PostgresSteps(db)
        for step in steps():
            if step.version <= current:
                continue
            step.module.apply(steps_db)
            dialect.resync_keys(db)  # a rebuilt table keeps its ids
            _set_version(db, step.version)
            applied.append(step.version)
        for statement in (dialect.search_schema() + figures.postgres_schema() + journal_pg.journal_schema(db)
                          + team_live.notify_schema(db)):
            db.execute_sql(statement)
    return applied


def migrate(db: SqliteDatabase, backup_dir: Path | None = None) -> list[int]:
    """Bring the database to the latest schema; returns the versions applied."""
    if dialect.is_postgres(db):
        return migrate_team(db)
    current = schema_version(db)
    latest = latest_version()
    _newer_refused(current, latest)
    if current == latest:
        return []
    if current > 0 and backup_dir is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_copy(db, backup_dir / f"before-migration-v{current}-{stamp}.sqlite3")
    applied = []
    for step in steps():
        if step.version <= current:
            continue
        with db.atomic():
            step.module.apply(db)
            _set_version(db, step.version)
        applied.append(step.version)
    if current > 0:
        refresh_statistics(db)  # an upgraded database with data: let the planner see the new indexes
    return applied


def create_from_models(db: SqliteDatabase) -> None:
    """Build the current schema straight from the models (what a migrated file must equal)."""
    with db.bind_ctx(ALL_MODELS):
        db.create_tables(ALL_MODELS, safe=False)
    for statement in fts.FTS_SCHEMA + figures.sqlite_schema():
        db.execute_sql(statement)
    with db.bind_ctx([DatabaseInfo]):
        _set_version(db, latest_version())


def layout_problems(db: SqliteDatabase) -> list[str]:
    """Tables or columns the models expect but the file lacks (a scribbled schema passes quick_check)."""
    problems = []
    names = table_names(db)
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table not in names:
            problems.append(f"the table {table} is missing")
            continue
        have = dialect.column_names(db, table)
        problems += [f"{table}.{field.column_name} is missing" for field in model._meta.sorted_fields
                     if field.column_name not in have]
    virtual = dialect.search_tables(db) or [m.group(1) for m in map(_VIRTUAL.match, fts.FTS_SCHEMA) if m]
    problems += [f"the search table {name} is missing" for name in virtual if name not in names]
    return problems


def _require_current(db) -> None:
    version = schema_version(db)
    if version != latest_version():
        raise SchemaError(f"Database schema {version} does not match this program ({latest_version()}).")


def open_team_database(url: str, *, migrate_schema: bool = True, folder: Path | None = None):
    """Open (creating or migrating) a team database on PostgreSQL and bind the models to it. ``folder`` is
    the local folder for what the database does not hold (stored files, backups)."""
    db = dialect.team_database(url)
    db.folder = folder
    db.connect()
    try:
        if migrate_schema:
            migrate_team(db)
        else:
            _require_current(db)
        problems = layout_problems(db)
        if problems:
            raise SchemaError(f"The team database {dialect.where(url)} is not a whole TalentDesk database: "
                              + "; ".join(problems[:3]))
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def open_database(data_dir: Path, *, migrate_schema: bool = True, readonly: bool = False) -> SqliteDatabase:
    """Open (creating or migrating) the data folder's database and bind the models to it.

    A file whose pages or layout are damaged raises DamagedDatabase (the start offers a backup).
    ``readonly`` opens an existing, up-to-date database for reading only (nothing is created or migrated).
    """
    path = data_dir / DATABASE_FILE
    if readonly and not path.exists():
        raise SchemaError(f"{data_dir} holds no TalentDesk database.")
    if not readonly:
        data_dir.mkdir(parents=True, exist_ok=True)
    probe = make_database(path, readonly=readonly)
    try:
        probe.connect()
        if readonly:
            version = schema_version(probe)
            if version != latest_version():
                raise SchemaError(f"The database in {data_dir} needs updating (schema {version} to "
                                  f"{latest_version()}), but the folder may not be written. Open it once "
                                  "where it may be written.")
        elif migrate_schema:
            migrate(probe, backup_dir=data_dir / "backups")
        else:
            _require_current(probe)
        problems = layout_problems(probe)
        if problems:
            raise DamagedDatabase(path, "; ".join(problems[:3]))
    except (peewee.OperationalError, peewee.IntegrityError) as exc:
        if "malformed" not in str(exc):
            raise  # locked, read-only, cannot open: said as such by the caller
        raise DamagedDatabase(path, str(exc)) from None
    except (peewee.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedDatabase(path, str(exc)) from None
    finally:
        probe.close()
    db = bind(path, readonly=readonly)
    db.connect(reuse_if_open=True)
    return db


# -- checking a database that comes from outside (a backup to restore) -------------------------------

def _schema_rows(execute) -> set[tuple[str, str, str, str]]:
    """Every object a file's schema holds (tables, indexes, triggers, views), SQL spaces normalised.
    SQLite's own objects (statistics, autoincrement counters, automatic indexes) are left out: they
    come and go with use, and no one can create them by hand."""
    rows = execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    return {(kind, name, table, " ".join((sql or "").split())) for kind, name, table, sql in rows}


_KIND_ORDER = {"table": 0, "view": 1, "trigger": 2, "index": 3}


@lru_cache(maxsize=8)
def fresh_schema(version: int) -> frozenset[tuple[str, str, str, str]]:
    """The schema a database of ``version`` has: the steps up to it, run on an empty database."""
    db = SqliteDatabase(":memory:")
    try:
        for step in steps():
            if step.version <= version:
                step.module.apply(db)
        _set_version(db, version)
        return frozenset(_schema_rows(lambda sql: db.execute_sql(sql).fetchall()))
    finally:
        db.close()


def restorable_version(con) -> int:
    """The schema version of an outside database (an open sqlite3 connection, read-only), after
    checking it is whole and holds exactly the schema of that version: no table missing, and no
    table, view, index or trigger more (a trigger planted in a backup would run on every write).
    Raises SchemaError with one line saying what is wrong."""
    problems = [row[0] for row in con.execute("PRAGMA integrity_check(5)").fetchall()]
    if problems != ["ok"]:
        raise SchemaError(f"its database is damaged ({'; '.join(problems)[:300]})")
    try:
        row = con.execute("SELECT value FROM database_info WHERE key = ?", (VERSION_KEY,)).fetchone()
    except cipher.database_errors():
        raise SchemaError("its database is not a TalentDesk database (no database_info table)") from None
    if row is None or not re.fullmatch(r"[1-9]\d{0,5}", str(row[0])):
        raise SchemaError(f"its database has no valid schema version ({str(row[0])[:40] if row else 'none'})")
    version = int(row[0])
    if version > latest_version():
        raise SchemaError(f"its database was written by a newer TalentDesk (schema {version}; this program "
                          f"knows up to {latest_version()})")
    found = _schema_rows(lambda sql: con.execute(sql).fetchall())
    expected = fresh_schema(version)
    gone = {(kind, name) for kind, name, _table, _sql in expected - found}
    added = {(kind, name) for kind, name, _table, _sql in found - expected}
    said = [f"{kind} {name} {how}" for (kind, name), how in sorted(  # tables first: they say the most
        [(k, "changed") for k in gone & added] + [(k, "missing") for k in gone - added]
        + [(k, "added") for k in added - gone], key=lambda item: (_KIND_ORDER.get(item[0][0], 9), item))]
    if said:
        more = f" and {len(said) - 3} more" if len(said) > 3 else ""
        raise SchemaError(f"its database does not have the schema of version {version} "
                          f"({', '.join(said[:3])}{more})")
    return version
