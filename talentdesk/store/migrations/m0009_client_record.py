# fmt: off
"""Schema version 9: the client's own record (how I am doing as a client).

Three new columns, all empty or false on older rows (never guessed): the day a milestone was submitted for
approval, who ended a contract ("me" or "them"), and which received feedback the client quotes in the
"working with me" page. Frozen SQL, like every step.
"""

VERSION = 9

STATEMENTS = [
    'ALTER TABLE "milestone" ADD COLUMN "submitted_on" DATE',
    'ALTER TABLE "contract" ADD COLUMN "ended_by" VARCHAR(4) CHECK (ended_by IN (\'me\', \'them\'))',
    'ALTER TABLE "feedback" ADD COLUMN "quoted" INTEGER NOT NULL DEFAULT 0',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
