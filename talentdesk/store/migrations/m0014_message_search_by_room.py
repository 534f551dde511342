# fmt: off
"""Schema version 14: the message search index holds each message's contract beside its body, so a search in
one workroom asks the index for that room's matches only. Before, it listed every message in the file holding
the word (on the large folder, over a hundred thousand for a common word) and kept the room's.

The FTS5 table is made anew with the column and filled from the messages ('rebuild'); its triggers pass the
contract too, and a message moved to another contract is indexed again. Frozen SQL, like every step. A team
database's search table is PostgreSQL's own (store/dialect.py), untouched: these statements are SQLite's only.
"""

VERSION = 14

STATEMENTS = [
    "DROP TRIGGER message_fts_insert",
    "DROP TRIGGER message_fts_delete",
    "DROP TRIGGER message_fts_update",
    "DROP TABLE message_fts",
    """CREATE VIRTUAL TABLE message_fts USING fts5(
        body, contract_id, content = 'message', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')""",
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
    "INSERT INTO message_fts(message_fts) VALUES ('rebuild')",
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
