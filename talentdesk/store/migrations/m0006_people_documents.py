# fmt: off
"""Schema version 6: name parts, more document kinds, the classification check's kept result.

- ``talent`` gains the parts of a vCard ``N:`` (prefix, given, additional, family, suffix), so an
  import keeps them and the display name can leave the prefix and suffix out.
- ``attachment.document_kind`` allows a tax form and an ID besides the kinds it had; SQLite cannot
  change a CHECK in place, so this one table is rebuilt (rows, ids and indexes kept).
- ``classification_answer`` keeps the risk level and points of the last check and its day.

Frozen SQL, like every step.
"""

VERSION = 6

_ATTACHMENT = (
    'CREATE TABLE "attachment_new" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"contract_id" INTEGER, "talent_id" INTEGER NOT NULL, '
    '"sha256" VARCHAR(64) NOT NULL CHECK (length(sha256) = 64), '
    '"name" VARCHAR(255) NOT NULL CHECK (length(trim(name)) > 0), "size" INTEGER NOT NULL CHECK (size >= 0), '
    '"mime" VARCHAR(120) NOT NULL, "direction" VARCHAR(10) NOT NULL CHECK (direction IN (\'to_them\', \'from_them\')), '
    '"sensitivity" VARCHAR(12) NOT NULL CHECK (sensitivity IN (\'normal\', \'confidential\', \'secret\')), '
    '"document_kind" VARCHAR(12) NOT NULL CHECK (document_kind IN (\'agreement\', \'nda\', \'insurance\', '
    '\'tax_form\', \'id\', \'invoice\', \'deliverable\', \'other\')), '
    '"expires_on" DATE, "shared_on" DATE NOT NULL, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("talent_id") REFERENCES "talent" ("id") ON DELETE CASCADE)'
)

STATEMENTS = [
    'ALTER TABLE "talent" ADD COLUMN "name_prefix" VARCHAR(60) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "talent" ADD COLUMN "given_name" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "talent" ADD COLUMN "additional_names" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "talent" ADD COLUMN "family_name" VARCHAR(120) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "talent" ADD COLUMN "name_suffix" VARCHAR(60) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "classification_answer" ADD COLUMN "risk_level" VARCHAR(6) '
    'CHECK (risk_level IN (\'low\', \'medium\', \'high\'))',
    'ALTER TABLE "classification_answer" ADD COLUMN "risk_points" INTEGER',
    'ALTER TABLE "classification_answer" ADD COLUMN "checked_on" DATE',
    _ATTACHMENT,
    'INSERT INTO "attachment_new" SELECT "id", "uuid", "contract_id", "talent_id", "sha256", "name", "size", "mime", '
    '"direction", "sensitivity", "document_kind", "expires_on", "shared_on", "note" FROM "attachment"',
    'DROP TABLE "attachment"',
    'ALTER TABLE "attachment_new" RENAME TO "attachment"',
    'CREATE UNIQUE INDEX "attachment_uuid" ON "attachment" ("uuid")',
    'CREATE INDEX "attachment_contract_id" ON "attachment" ("contract_id")',
    'CREATE INDEX "attachment_talent_id" ON "attachment" ("talent_id")',
    'CREATE INDEX "attachment_sha256" ON "attachment" ("sha256")',
    'CREATE INDEX "attachment_contract_id_shared_on" ON "attachment" ("contract_id", "shared_on")',
    'CREATE INDEX "attachment_expires_on" ON "attachment" ("expires_on")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
