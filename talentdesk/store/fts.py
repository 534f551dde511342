"""Full-text search (SQLite FTS5) over talent and messages, kept in step by triggers.

Triggers rather than application code keep the index right whatever writes the
rows: services, importers, the demo generator or a restored backup.
"""
from __future__ import annotations

import re

from . import dialect
from .db import database

TOKENIZER = "unicode61 remove_diacritics 2"

FTS_SCHEMA = [
    f"""CREATE VIRTUAL TABLE talent_fts USING fts5(
        name, headline, skills, notes, tokenize = '{TOKENIZER}')""",
    """CREATE TRIGGER talent_fts_insert AFTER INSERT ON talent BEGIN
        INSERT INTO talent_fts(rowid, name, headline, skills, notes)
        VALUES (new.id, new.name, new.headline, '', new.notes);
    END""",
    """CREATE TRIGGER talent_fts_update AFTER UPDATE OF name, headline, notes ON talent BEGIN
        UPDATE talent_fts SET name = new.name, headline = new.headline, notes = new.notes
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER talent_fts_delete AFTER DELETE ON talent BEGIN
        DELETE FROM talent_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER talent_skill_fts_insert AFTER INSERT ON talent_skill BEGIN
        UPDATE talent_fts SET skills = (
            SELECT coalesce(group_concat(s.name, ' '), '') FROM talent_skill ts
            JOIN skill s ON s.id = ts.skill_id WHERE ts.talent_id = new.talent_id)
        WHERE rowid = new.talent_id;
    END""",
    """CREATE TRIGGER talent_skill_fts_delete AFTER DELETE ON talent_skill BEGIN
        UPDATE talent_fts SET skills = (
            SELECT coalesce(group_concat(s.name, ' '), '') FROM talent_skill ts
            JOIN skill s ON s.id = ts.skill_id WHERE ts.talent_id = old.talent_id)
        WHERE rowid = old.talent_id;
    END""",
    """CREATE TRIGGER skill_fts_rename AFTER UPDATE OF name ON skill BEGIN
        UPDATE talent_fts SET skills = (
            SELECT coalesce(group_concat(s.name, ' '), '') FROM talent_skill ts
            JOIN skill s ON s.id = ts.skill_id WHERE ts.talent_id = talent_fts.rowid)
        WHERE rowid IN (SELECT talent_id FROM talent_skill WHERE skill_id = new.id);
    END""",
    # The contract is indexed beside the body, so a search within a room asks the index for that room's
    # messages only, instead of every message in the file holding the word (schema step 14).
    f"""CREATE VIRTUAL TABLE message_fts USING fts5(
        body, contract_id, content = 'message', content_rowid = 'id', tokenize = '{TOKENIZER}')""",
    """CREATE TRIGGER message_fts_insert AFTER INSERT ON message BEGIN
        INSERT INTO message_fts(rowid, body, contract_id) VALUES (new.id, new.body, new.contract_id);
    END""",
    """CREATE TRIGGER message_fts_delete AFTER DELETE ON message BEGIN
        INSERT INTO message_fts(message_fts, rowid, body, contract_id)
        VALUES ('delete', old.id, old.body, old.contract_id);
    END""",
    """CREATE TRIGGER message_fts_update AFTER UPDATE OF body, contract_id ON message BEGIN
        INSERT INTO message_fts(message_fts, rowid, body, contract_id)
        VALUES ('delete', old.id, old.body, old.contract_id);
        INSERT INTO message_fts(rowid, body, contract_id) VALUES (new.id, new.body, new.contract_id);
    END""",
]

REBUILD = [
    "DELETE FROM talent_fts",
    """INSERT INTO talent_fts(rowid, name, headline, skills, notes)
       SELECT t.id, t.name, t.headline,
              coalesce((SELECT group_concat(s.name, ' ') FROM talent_skill ts
                        JOIN skill s ON s.id = ts.skill_id WHERE ts.talent_id = t.id), ''),
              t.notes
       FROM talent t""",
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
]

_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 prefix query.

    Every word becomes a quoted prefix term, so punctuation, quotes and FTS
    operators typed by the user can never break the query; all words must match.
    Returns None when nothing searchable was typed.
    """
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def matching_rows_sql(table: str, text: str, db=None, *, room: int | None = None) -> tuple[str, tuple] | None:
    """``SELECT rowid FROM <table> …`` for the rows of ``talent_fts`` or ``message_fts`` matching what was
    typed, on either engine; None when nothing searchable was typed. ``room``: only that contract's messages
    (the caller still says ``contract_id = room`` in its own query, which is all PostgreSQL's word table can do)."""
    expr = match_expression(text)
    if expr is None:
        return None
    if dialect.is_postgres(db if db is not None else database):
        return dialect.match_sql(table, _WORD.findall(text))
    if table == "message_fts":
        # Typed words are looked for in the body only (a typed number must not find a room by its id).
        expr = f"body : ({expr})" if room is None else f'contract_id : "{int(room)}" AND body : ({expr})'
    return f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (expr,)


def talent_ids_matching(db, text: str) -> list[int] | None:
    """Ids of talent whose name, headline, skills or notes match; None for no query."""
    found = matching_rows_sql("talent_fts", text, db)
    if found is None:
        return None
    return [row[0] for row in db.execute_sql(*found)]


def talent_match_sql(text: str) -> tuple[str, tuple] | None:
    """A SQL fragment ``talent.id IN (...)`` for composing with other filters."""
    found = matching_rows_sql("talent_fts", text)
    return None if found is None else (f"t.id IN ({found[0]})", found[1])


def message_match_sql(text: str) -> tuple[str, tuple] | None:
    found = matching_rows_sql("message_fts", text)
    return None if found is None else (f"m.id IN ({found[0]})", found[1])


def message_hits_sql(text: str, db=None) -> tuple[str, str, str, tuple] | None:
    """For a list of message hits: the snippet expression (the words around the match), the FROM part
    naming the messages ``m``, the WHERE condition keeping the matching ones, and its parameters; None when nothing searchable was typed.
    A local file asks FTS5 (whose snippet needs the MATCH in the same query); PostgreSQL its word table,
    showing a message's first words."""
    found = matching_rows_sql("message_fts", text, db)
    if found is None:
        return None
    if dialect.is_postgres(db if db is not None else database):
        return ("substring(m.body from '^\\s*(?:\\S+\\s+){0,15}\\S*')", "message m",
                f"m.id IN ({found[0]})", found[1])
    return ("snippet(message_fts, 0, '', '', ' … ', 16)", "message_fts JOIN message m ON m.id = message_fts.rowid",
            "message_fts MATCH ?", found[1])


def rebuild(db) -> None:
    for statement in dialect.SEARCH_REBUILD if dialect.is_postgres(db) else REBUILD:
        db.execute_sql(statement)
