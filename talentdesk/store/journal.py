"""The undo journal's SQLite side: row images of every change made while a step is recording.

TEMP triggers, generated from the schema for every user table, copy each inserted, updated or
deleted row (as a JSON object of its columns) into a TEMP log on the connection that made the
change. A write added to any service later is journaled without that service knowing.
Everything here is dialect-specific (TEMP triggers, ``json_object``, rowids, deferred foreign
keys); ``services/history.py`` holds the rules. A PostgreSQL engine would implement the same
functions with its own triggers and an unlogged table keyed by the session.

The log lives in the connection's TEMP schema: it is this session's history, gone when the
program closes, and it takes part in the same transactions as the rows it describes, so a
rolled-back write leaves no step behind.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

# The journal's own tables, the FTS index's tables and SQLite's own never get triggers.
SKIPPED_TABLES = {"database_info"}

_LOG_SCHEMA = [
    """CREATE TEMP TABLE IF NOT EXISTS undo_step (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('done', 'undone')))""",
    """CREATE TEMP TABLE IF NOT EXISTS undo_row (
        seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, tbl TEXT NOT NULL, row INTEGER NOT NULL,
        before TEXT, after TEXT)""",
    "CREATE INDEX IF NOT EXISTS temp.undo_row_step ON undo_row (step, seq)",
    # One row while a step records; the triggers write only then.
    "CREATE TEMP TABLE IF NOT EXISTS undo_recording (step INTEGER NOT NULL)",
]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rowid_alias: bool  # an INTEGER PRIMARY KEY column is the rowid itself


@dataclass(frozen=True)
class RowChange:
    seq: int
    table: str
    row: int
    before: str | None  # JSON image; None: the row did not exist
    after: str | None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def journaled_tables(conn) -> list[Table]:
    """The user tables of the main schema, without FTS tables (virtual and shadow) or SQLite's own."""
    rows = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    tables = []
    for name, _sql in rows:
        if (name.startswith("sqlite_") or name in SKIPPED_TABLES or name in virtual
                or any(name.startswith(v + "_") for v in virtual)):
            continue
        info = conn.execute(f"PRAGMA main.table_info({_quote(name)})").fetchall()
        columns = tuple(r[1] for r in info)
        keys = [r for r in info if r[5]]
        alias = len(keys) == 1 and keys[0][2].upper() == "INTEGER"
        tables.append(Table(name, columns, alias))
    return tables


def _image(prefix: str, table: Table) -> str:
    return "json_object(" + ", ".join(f"'{c}', {prefix}.{_quote(c)}" for c in table.columns) + ")"


def _trigger_sql(table: Table) -> list[str]:
    q = _quote(table.name)
    # Inside a trigger a table cannot be named with its schema: these names find the TEMP tables,
    # which no main table shares.
    recording = "(SELECT step FROM undo_recording)"
    log = "INSERT INTO undo_row(step, tbl, row, before, after) VALUES"
    when = f"WHEN {recording} IS NOT NULL"
    return [
        f"CREATE TEMP TRIGGER {_quote('undo_ins_' + table.name)} AFTER INSERT ON main.{q} {when} BEGIN "
        f"{log} ({recording}, '{table.name}', new.rowid, NULL, {_image('new', table)}); END",
        f"CREATE TEMP TRIGGER {_quote('undo_upd_' + table.name)} AFTER UPDATE ON main.{q} {when} BEGIN "
        f"{log} ({recording}, '{table.name}', new.rowid, {_image('old', table)}, {_image('new', table)}); END",
        f"CREATE TEMP TRIGGER {_quote('undo_del_' + table.name)} AFTER DELETE ON main.{q} {when} BEGIN "
        f"{log} ({recording}, '{table.name}', old.rowid, {_image('old', table)}, NULL); END",
    ]


def _schema_cookie(conn) -> int:
    return conn.execute("PRAGMA main.schema_version").fetchone()[0]


_cookies: dict[int, int] = {}  # connection -> the schema its triggers were made from


def install(conn) -> None:
    """Create the log and the triggers on this connection (again when the main schema changed)."""
    cookie = _schema_cookie(conn)
    if _cookies.get(id(conn)) == cookie and installed(conn):
        return
    for statement in _LOG_SCHEMA:
        conn.execute(statement)
    for (name,) in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'").fetchall():
        conn.execute(f"DROP TRIGGER temp.{_quote(name)}")
    for table in journaled_tables(conn):
        for statement in _trigger_sql(table):
            conn.execute(statement)
    _cookies[id(conn)] = _schema_cookie(conn)


def installed(conn) -> bool:
    return conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'undo_step'").fetchone() is not None


# -- recording -------------------------------------------------------------------------------------
def recording_step(conn) -> int | None:
    if not installed(conn):
        return None
    row = conn.execute("SELECT step FROM temp.undo_recording").fetchone()
    return row[0] if row else None


def begin_step(conn, name: str) -> int:
    step = conn.execute("INSERT INTO temp.undo_step(name, state) VALUES (?, 'done')", (name,)).lastrowid
    conn.execute("DELETE FROM temp.undo_recording")
    conn.execute("INSERT INTO temp.undo_recording(step) VALUES (?)", (step,))
    return step


def end_step(conn, step: int, keep: int) -> bool:
    """Stop recording; drop the step when it changed nothing, else forget what could be redone and
    all but the newest ``keep`` steps. True when the step was kept."""
    conn.execute("DELETE FROM temp.undo_recording")
    if conn.execute("SELECT 1 FROM temp.undo_row WHERE step = ? LIMIT 1", (step,)).fetchone() is None:
        conn.execute("DELETE FROM temp.undo_step WHERE id = ?", (step,))
        return False
    _forget(conn, "state = 'undone'")
    _forget(conn, f"id NOT IN (SELECT id FROM temp.undo_step ORDER BY id DESC LIMIT {int(keep)})")
    return True


def _forget(conn, where: str) -> None:
    conn.execute(f"DELETE FROM temp.undo_row WHERE step IN (SELECT id FROM temp.undo_step WHERE {where})")
    conn.execute(f"DELETE FROM temp.undo_step WHERE {where}")


def clear(conn) -> None:
    if installed(conn):
        conn.execute("DELETE FROM temp.undo_row")
        conn.execute("DELETE FROM temp.undo_step")
        conn.execute("DELETE FROM temp.undo_recording")


# -- reading and applying ----------------------------------------------------------------------------
def newest(conn, state: str) -> tuple[int, str] | None:
    """The step an undo (state 'done', newest) or a redo (state 'undone', oldest) would take."""
    if not installed(conn):
        return None
    order = "DESC" if state == "done" else "ASC"
    row = conn.execute(f"SELECT id, name FROM temp.undo_step WHERE state = ? ORDER BY id {order} LIMIT 1",
                       (state,)).fetchone()
    return (row[0], row[1]) if row else None


def set_state(conn, step: int, state: str) -> None:
    conn.execute("UPDATE temp.undo_step SET state = ? WHERE id = ?", (state, step))


def changes(conn, step: int) -> list[RowChange]:
    return [RowChange(*r) for r in conn.execute(
        "SELECT seq, tbl, row, before, after FROM temp.undo_row WHERE step = ? ORDER BY seq", (step,))]


def _table(conn, name: str, cache: dict) -> Table:
    if name not in cache:
        cache.update({t.name: t for t in journaled_tables(conn)})
    return cache[name]


def current_image(conn, table: Table, row: int) -> str | None:
    found = conn.execute(f"SELECT {_image(_quote(table.name), table)} FROM main.{_quote(table.name)} "
                         f"WHERE rowid = ?", (row,)).fetchone()
    return found[0] if found else None


def mismatches(conn, expected: dict[tuple[str, int], str | None]) -> list[tuple[str, int]]:
    """The rows whose present state is not the expected image (None: the row should not exist)."""
    cache: dict[str, Table] = {}
    wrong = []
    for (name, row), image in expected.items():
        if current_image(conn, _table(conn, name, cache), row) != image:
            wrong.append((name, row))
    return wrong


def put(conn, changes_: list[tuple[str, int, str | None]]) -> None:
    """Set each row to its image (None deletes it), in the order given, with the foreign keys checked
    at commit: a parent and its children come back in whichever order the log holds them."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    cache: dict[str, Table] = {}
    for name, row, image in changes_:
        table = _table(conn, name, cache)
        q = _quote(table.name)
        if image is None:
            conn.execute(f"DELETE FROM main.{q} WHERE rowid = ?", (row,))
            continue
        values = json.loads(image)
        exists = conn.execute(f"SELECT 1 FROM main.{q} WHERE rowid = ?", (row,)).fetchone()
        if exists:
            sets = ", ".join(f"{_quote(c)} = ?" for c in table.columns)
            conn.execute(f"UPDATE main.{q} SET {sets} WHERE rowid = ?", [values[c] for c in table.columns] + [row])
        else:
            columns = list(table.columns) if table.rowid_alias else ["rowid", *table.columns]
            params = [values[c] for c in table.columns] if table.rowid_alias else [row] + [values[c] for c in table.columns]
            marks = ", ".join("?" * len(columns))
            conn.execute(f"INSERT INTO main.{q} ({', '.join(_quote(c) for c in columns)}) VALUES ({marks})", params)
