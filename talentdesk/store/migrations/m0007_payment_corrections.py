# fmt: off
"""Schema version 7: the money audit trail (what a corrected or removed payment said, when and why).

A new table only, so older rows stay as they are. Frozen SQL, like every step.
"""

VERSION = 7

STATEMENTS = [
    'CREATE TABLE "payment_correction" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "contract_id" INTEGER NOT NULL, "payment_id" INTEGER, "action" VARCHAR(10) NOT NULL CHECK (action IN (\'corrected\', \'removed\')), "changed_at" DATETIME NOT NULL, "reason" TEXT NOT NULL, "external_ref" VARCHAR(80), "was_kind" VARCHAR(20) NOT NULL, "was_amount_minor" INTEGER NOT NULL, "was_currency" VARCHAR(3) NOT NULL, "was_paid_on" DATE NOT NULL, "was_description" TEXT NOT NULL, "now_kind" VARCHAR(20), "now_amount_minor" INTEGER, "now_paid_on" DATE, "now_description" TEXT, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE, FOREIGN KEY ("payment_id") REFERENCES "payment" ("id") ON DELETE SET NULL)',
    'CREATE UNIQUE INDEX "payment_correction_uuid" ON "payment_correction" ("uuid")',
    'CREATE INDEX "payment_correction_contract_id" ON "payment_correction" ("contract_id")',
    'CREATE INDEX "payment_correction_payment_id" ON "payment_correction" ("payment_id")',
    'CREATE INDEX "payment_correction_external_ref" ON "payment_correction" ("external_ref")',
    'CREATE INDEX "payment_correction_contract_id_changed_at" ON "payment_correction" ("contract_id", "changed_at")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
