"""The undo journal's SQLite side: row images of every change made while a step is recording.

TEMP triggers, generated from the schema for every user table, copy each inserted, updated or
deleted row (as a JSON object of its columns) into a TEMP staging table on the connection that
made the change. A write added to any service later is journaled without that service knowing.
When the step ends (still inside its transaction) ``collect`` takes the rows out; the history of
steps itself is kept by ``services/history.py``, so it does not depend on how long a connection
lives (the task lane may open a new one per job).

Everything here is dialect-specific (TEMP triggers, ``json_object``, rowids, deferred foreign
keys). On a team database each public function hands over to journal_pg.py, which implements the same
with one trigger function writing to a temporary table of the session.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

# Besides these, the FTS index's tables (virtual and shadow) and SQLite's own never get triggers. The kept
# figures follow the rows undo puts back by triggers of their own (store/figures.py): journaled, undo would
# write them twice and find them "changed since".
SKIPPED_TABLES = {"database_info", "talent_figures"}

_LOG_SCHEMA = [
    # Rows changed by the step now recording, in order; taken out when the step ends.
    """CREATE TEMP TABLE IF NOT EXISTS undo_row (
        seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row INTEGER NOT NULL, before TEXT, after TEXT)""",
    # One row while a step records (the triggers write only then), and the schema the triggers were made for.
    "CREATE TEMP TABLE IF NOT EXISTS undo_recording (step INTEGER NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS undo_schema (cookie INTEGER NOT NULL)",
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
    if (pg := _postgres(conn)) is not None:
        return pg.tables(conn)
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
    log = "INSERT INTO undo_row(tbl, row, before, after) VALUES"
    when = "WHEN EXISTS (SELECT 1 FROM undo_recording)"
    return [
        f"CREATE TEMP TRIGGER {_quote('undo_ins_' + table.name)} AFTER INSERT ON main.{q} {when} BEGIN "
        f"{log} ('{table.name}', new.rowid, NULL, {_image('new', table)}); END",
        f"CREATE TEMP TRIGGER {_quote('undo_upd_' + table.name)} AFTER UPDATE ON main.{q} {when} BEGIN "
        f"{log} ('{table.name}', new.rowid, {_image('old', table)}, {_image('new', table)}); END",
        f"CREATE TEMP TRIGGER {_quote('undo_del_' + table.name)} AFTER DELETE ON main.{q} {when} BEGIN "
        f"{log} ('{table.name}', old.rowid, {_image('old', table)}, NULL); END",
    ]


def _installed_for(conn) -> int | None:
    """The schema cookie this connection's triggers were made for (None: no triggers yet)."""
    if conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'undo_schema'").fetchone() is None:
        return None
    row = conn.execute("SELECT cookie FROM temp.undo_schema").fetchone()
    return row[0] if row else None


_made: dict[tuple[str, int], list[str]] = {}  # (database file, schema cookie) -> trigger statements


def _postgres(conn):
    """journal_pg when ``conn`` is a PostgreSQL connection, else None."""
    if not type(conn).__module__.startswith("psycopg"):
        return None
    from . import journal_pg

    return journal_pg


def install(conn) -> None:
    """Create the staging table and the triggers on this connection (again when the main schema changed).

    Cheap when already there: one look at the TEMP schema.
    """
    if (pg := _postgres(conn)) is not None:
        return pg.install(conn)
    cookie = conn.execute("PRAGMA main.schema_version").fetchone()[0]
    if _installed_for(conn) == cookie:
        return
    # The task lane may open a connection per job: the statements are made once per schema, and run in one
    # transaction (one journal write instead of one per trigger).
    path = conn.execute("PRAGMA main.database_list").fetchone()[2]
    statements = _made.get((path, cookie))
    if statements is None:
        statements = [s for table in journaled_tables(conn) for s in _trigger_sql(table)]
        _made[(path, cookie)] = statements
    conn.execute("SAVEPOINT undo_install")
    for statement in _LOG_SCHEMA:
        conn.execute(statement)
    for (name,) in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'").fetchall():
        conn.execute(f"DROP TRIGGER temp.{_quote(name)}")
    for statement in statements:
        conn.execute(statement)
    conn.execute("DELETE FROM temp.undo_schema")
    conn.execute("INSERT INTO temp.undo_schema(cookie) VALUES (?)", (cookie,))
    conn.execute("RELEASE undo_install")


# -- recording (inside the step's transaction) --------------------------------------------------------------
def recording(conn) -> bool:
    if (pg := _postgres(conn)) is not None:
        return pg.recording(conn)
    if _installed_for(conn) is None:
        return False
    return conn.execute("SELECT 1 FROM temp.undo_recording").fetchone() is not None


def start(conn) -> None:
    if (pg := _postgres(conn)) is not None:
        return pg.start(conn)
    conn.execute("DELETE FROM temp.undo_row")
    conn.execute("INSERT INTO temp.undo_recording(step) VALUES (1)")


def collect(conn) -> list[RowChange]:
    """Stop recording and take out the rows the step changed, in order."""
    if (pg := _postgres(conn)) is not None:
        return pg.collect(conn)
    conn.execute("DELETE FROM temp.undo_recording")
    rows = [RowChange(*r) for r in conn.execute("SELECT seq, tbl, row, before, after FROM temp.undo_row ORDER BY seq")]
    conn.execute("DELETE FROM temp.undo_row")
    return rows


# -- checking and applying --------------------------------------------------------------------------------
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
    if (pg := _postgres(conn)) is not None:
        return pg.mismatches(conn, expected)
    cache: dict[str, Table] = {}
    wrong = []
    for (name, row), image in expected.items():
        if current_image(conn, _table(conn, name, cache), row) != image:
            wrong.append((name, row))
    return wrong


def put(conn, changes_: list[tuple[str, int, str | None]]) -> None:
    """Set each row to its image (None deletes it), in the order given, with the foreign keys checked
    at commit: a parent and its children come back in whichever order the log holds them."""
    if (pg := _postgres(conn)) is not None:
        return pg.put(conn, changes_)
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
