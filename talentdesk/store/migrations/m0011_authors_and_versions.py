# fmt: off
"""Schema version 11: who made each write, and the version of each record people edit.

``made_by`` on the rows the ledger, the timeline and a payment's correction history show: who entered them
(a team database's member, or the computer's user on the local file). ``version`` and ``changed_by`` on
the records edited in forms (talent, contract, payment): an edit opened on an older version is refused
("changed by NAME at TIME") rather than written over the newer one; ``changed_at`` gives a payment the
time of its last change (talent and contract have ``updated_at``). Older rows say nobody (an empty name,
never guessed) and version 1. New columns only, with SQL defaults. Frozen SQL, like every step.
"""

VERSION = 11

STATEMENTS = [
    'ALTER TABLE "contract" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "payment" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "payment_correction" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "feedback" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "private_review" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "appreciation" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "rate" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "scope_change" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "interaction" ADD COLUMN "made_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "talent" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "contract" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "payment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1',
    'ALTER TABLE "talent" ADD COLUMN "changed_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "contract" ADD COLUMN "changed_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "payment" ADD COLUMN "changed_by" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "payment" ADD COLUMN "changed_at" DATETIME',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
