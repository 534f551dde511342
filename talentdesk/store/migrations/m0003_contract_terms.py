# fmt: off
"""Schema version 3: contract terms with history (rate, weekly limit, weekly payment by effective date).

Before this step a contract held only its current terms, so lowering a limit re-judged every past week.
Each existing contract's terms become its first history row, dated its start (or the day it was
created, when it has no start). Frozen SQL, like every step.
"""

VERSION = 3

STATEMENTS = [
    'CREATE TABLE "contract_term" ("id" INTEGER NOT NULL PRIMARY KEY, "contract_id" INTEGER NOT NULL, "effective_on" DATE NOT NULL, "rate_minor" INTEGER NOT NULL CHECK (rate_minor >= 0), "weekly_limit_hours" INTEGER CHECK (weekly_limit_hours > 0), "weekly_payment_minor" INTEGER CHECK (weekly_payment_minor >= 0), "scope_change_id" INTEGER, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE, FOREIGN KEY ("scope_change_id") REFERENCES "scope_change" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "contract_term_contract_id" ON "contract_term" ("contract_id")',
    'CREATE INDEX "contract_term_scope_change_id" ON "contract_term" ("scope_change_id")',
    'CREATE UNIQUE INDEX "contract_term_contract_id_effective_on" ON "contract_term" ("contract_id", "effective_on")',
    'INSERT INTO contract_term (contract_id, effective_on, rate_minor, weekly_limit_hours, weekly_payment_minor) '
    'SELECT id, coalesce(start_date, date(created_at)), rate_minor, weekly_limit_hours, weekly_payment_minor '
    'FROM contract ORDER BY id',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
