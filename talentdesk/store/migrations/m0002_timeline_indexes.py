# fmt: off
"""Schema version 2: indexes that let the timeline walk each kind of event newest first.

Each arm of the timeline reads its own table in date order and stops after a page;
without these it sorted the whole table for every page (about 150 ms a page on the
large demo folder; about 17 ms with them). Frozen SQL, like every step.
"""

VERSION = 2

STATEMENTS = [
    'CREATE INDEX "contract_start_date" ON "contract" ("start_date")',
    'CREATE INDEX "rate_effective_on" ON "rate" ("effective_on")',
    'CREATE INDEX scope_change_day ON scope_change (substr(happened_at, 1, 10))',
    'CREATE INDEX "payment_kind_paid_on" ON "payment" ("kind", "paid_on")',
    'CREATE INDEX "feedback_direction_given_on" ON "feedback" ("direction", "given_on")',
    'CREATE INDEX "private_review_is_checkin_reviewed_on" ON "private_review" ("is_checkin", "reviewed_on")',
    'CREATE INDEX "appreciation_kind_given_on" ON "appreciation" ("kind", "given_on")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
