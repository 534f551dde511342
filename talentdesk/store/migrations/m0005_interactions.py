# fmt: off
"""Schema version 5: interactions with a person outside any contract (a message, call, meeting or note).

Before this step a message needed a contract, so a favourite with no contract could never be
contacted on the record. A new table leaves the message table (and its FTS triggers) as it was.
Frozen SQL, like every step.
"""

VERSION = 5

STATEMENTS = [
    'CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "talent_id" INTEGER NOT NULL, "kind" VARCHAR(10) NOT NULL CHECK (kind IN (\'message\', \'call\', \'meeting\', \'note\')), "happened_at" DATETIME NOT NULL, "duration_minutes" INTEGER CHECK (duration_minutes >= 0), "body" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("talent_id") REFERENCES "talent" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "interaction_uuid" ON "interaction" ("uuid")',
    'CREATE INDEX "interaction_talent_id" ON "interaction" ("talent_id")',
    'CREATE INDEX "interaction_talent_id_happened_at" ON "interaction" ("talent_id", "happened_at")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
