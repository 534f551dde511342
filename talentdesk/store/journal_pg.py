"""The undo journal's PostgreSQL side: the same functions as journal.py, for a team database.

One trigger function, attached to every table with an ``id`` when the schema is migrated
(``JOURNAL_SCHEMA``), copies each changed row (as the JSON of its columns) into a temporary table of
the session that made the change — only while that session records a step, so other members' writes
and unrecorded ones cost one look-up. ``services/history.py`` drives it exactly as it drives SQLite's.
"""
from __future__ import annotations

import json

from .journal import SKIPPED_TABLES, RowChange, Table

_LOG_SCHEMA = [
    """CREATE TEMP TABLE IF NOT EXISTS undo_row (
        seq BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, row BIGINT NOT NULL, before TEXT, after TEXT)""",
    "CREATE TEMP TABLE IF NOT EXISTS undo_recording (step INTEGER NOT NULL)",
]

_FUNCTION = """CREATE OR REPLACE FUNCTION td_journal() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF to_regclass('pg_temp.undo_recording') IS NULL THEN RETURN NULL; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_temp.undo_recording) THEN RETURN NULL; END IF;
        INSERT INTO pg_temp.undo_row(tbl, row, before, after) VALUES (
            TG_TABLE_NAME,
            CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE row_to_json(OLD)::text END,
            CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE row_to_json(NEW)::text END);
        RETURN NULL;
    END $$"""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def journaled_tables(db) -> list[str]:
    """The tables with an ``id``, without the search's tables and database_info."""
    rows = db.execute_sql("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND column_name = 'id' ORDER BY table_name").fetchall()
    return [name for (name,) in rows if name not in SKIPPED_TABLES and not name.endswith("_fts")]


def tables(conn) -> list[Table]:
    """The journaled tables with their columns (what journal.journaled_tables says of a local file)."""
    found = []
    for (name,) in conn.execute("SELECT table_name FROM information_schema.columns WHERE table_schema = "
                                "current_schema() AND column_name = 'id' ORDER BY table_name").fetchall():
        if name in SKIPPED_TABLES or name.endswith("_fts"):
            continue
        columns = conn.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                               "current_schema() AND table_name = %s ORDER BY ordinal_position", (name,)).fetchall()
        found.append(Table(name, tuple(c for (c,) in columns), True))
    return found


def journal_schema(db) -> list[str]:
    """The trigger function and one trigger per journaled table (run after every migration, so a table
    added by a later step is journaled too)."""
    statements = [_FUNCTION]
    for table in journaled_tables(db):
        statements += [f"DROP TRIGGER IF EXISTS td_journal ON {_quote(table)}",
                       f"CREATE TRIGGER td_journal AFTER INSERT OR UPDATE OR DELETE ON {_quote(table)} "
                       "FOR EACH ROW EXECUTE FUNCTION td_journal()"]
    return statements


def install(conn) -> None:
    for statement in _LOG_SCHEMA:
        conn.execute(statement)


def _has_log(conn) -> bool:
    return conn.execute("SELECT to_regclass('pg_temp.undo_recording') IS NOT NULL").fetchone()[0]


def recording(conn) -> bool:
    if not _has_log(conn):
        return False
    return conn.execute("SELECT 1 FROM pg_temp.undo_recording").fetchone() is not None


def start(conn) -> None:
    conn.execute("DELETE FROM pg_temp.undo_row")
    conn.execute("INSERT INTO pg_temp.undo_recording(step) VALUES (1)")


def collect(conn) -> list[RowChange]:
    conn.execute("DELETE FROM pg_temp.undo_recording")
    rows = [RowChange(*r) for r in conn.execute(
        "SELECT seq, tbl, row, before, after FROM pg_temp.undo_row ORDER BY seq").fetchall()]
    conn.execute("DELETE FROM pg_temp.undo_row")
    return rows


def current_image(conn, table: str, row: int) -> str | None:
    found = conn.execute(f"SELECT row_to_json(x)::text FROM {_quote(table)} x WHERE id = %s", (row,)).fetchone()
    return found[0] if found else None


def mismatches(conn, expected: dict[tuple[str, int], str | None]) -> list[tuple[str, int]]:
    return [(name, row) for (name, row), image in expected.items() if current_image(conn, name, row) != image]


def put(conn, changes_: list[tuple[str, int, str | None]]) -> None:
    """Set each row to its image (None deletes it), in the order given, with the foreign keys checked at
    commit: a parent and its children come back in whichever order the log holds them."""
    conn.execute("SET CONSTRAINTS ALL DEFERRED")
    for name, row, image in changes_:
        q = _quote(name)
        if image is None:
            conn.execute(f"DELETE FROM {q} WHERE id = %s", (row,))
            continue
        values = json.loads(image)
        columns = list(values)
        if conn.execute(f"SELECT 1 FROM {q} WHERE id = %s", (row,)).fetchone():
            sets = ", ".join(f"{_quote(c)} = %s" for c in columns)
            conn.execute(f"UPDATE {q} SET {sets} WHERE id = %s", [values[c] for c in columns] + [row])
        else:
            marks = ", ".join(["%s"] * len(columns))
            conn.execute(f"INSERT INTO {q} ({', '.join(_quote(c) for c in columns)}) VALUES ({marks})",
                         [values[c] for c in columns])
