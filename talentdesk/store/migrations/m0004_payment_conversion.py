# fmt: off
"""Schema version 4: a payment made in another currency than its contract's keeps the amount in the
contract's currency beside it, so every money figure counts it (services/money_figures.py).

A table of its own rather than a column: existing payments need no rewrite. Frozen SQL, like every step.
"""

VERSION = 4

STATEMENTS = [
    'CREATE TABLE "payment_conversion" ("id" INTEGER NOT NULL PRIMARY KEY, "payment_id" INTEGER NOT NULL, "contract_amount_minor" INTEGER NOT NULL CHECK (contract_amount_minor >= 0), FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "payment_conversion_payment_id" ON "payment_conversion" ("payment_id")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
