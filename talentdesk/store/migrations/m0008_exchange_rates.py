# fmt: off
"""Schema version 8: exchange rates by day (how many units of a currency one euro bought), so payments can be
totalled in the home currency at the rate of their date (services/exchange.py).

A new table only: no existing row changes. Frozen SQL, like every step.
"""

VERSION = 8

STATEMENTS = [
    'CREATE TABLE "exchange_rate" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "currency" VARCHAR(3) NOT NULL CHECK (length(currency) = 3 AND currency GLOB \'[A-Z][A-Z][A-Z]\'), "per_eur" VARCHAR(32) NOT NULL CHECK (length(trim(per_eur)) > 0), "source" VARCHAR(20) NOT NULL)',
    'CREATE UNIQUE INDEX "exchange_rate_currency_day" ON "exchange_rate" ("currency", "day")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
