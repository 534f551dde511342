# fmt: off
"""Schema version 12: a team database keeps its stored files' bytes in the database, so that every member
sees the same files: each file under its SHA-256, in parts of 1 MB a row.

A new table only; a local data folder keeps its files in attachments/ and leaves it empty. Frozen SQL,
like every step (on PostgreSQL the BLOB is said as BYTEA by store/dialect.py).
"""

VERSION = 12

STATEMENTS = [
    'CREATE TABLE "stored_file_chunk" ("sha256" VARCHAR(64) NOT NULL CHECK (length(sha256) = 64), "part" INTEGER NOT NULL CHECK (part >= 0), "data" BLOB NOT NULL, PRIMARY KEY ("sha256", "part"))',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
