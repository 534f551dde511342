# fmt: off
"""Schema version 10: the team planner — the hours a week each person offers, their away periods, and
saved plans with their skills and the team chosen (each member with the draft offer made to them).

New tables only, so older rows stay as they are: nobody's availability is invented (no row means "not
set"). Frozen SQL, like every step.
"""

VERSION = 10

STATEMENTS = [
    'CREATE TABLE "availability" ("id" INTEGER NOT NULL PRIMARY KEY, "talent_id" INTEGER NOT NULL, "hours_per_week" INTEGER NOT NULL CHECK (hours_per_week BETWEEN 0 AND 168), "updated_at" DATETIME NOT NULL, FOREIGN KEY ("talent_id") REFERENCES "talent" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "availability_talent_id" ON "availability" ("talent_id")',
    'CREATE TABLE "away_period" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "talent_id" INTEGER NOT NULL, "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("talent_id") REFERENCES "talent" ("id") ON DELETE CASCADE, CHECK (ends_on >= starts_on))',
    'CREATE UNIQUE INDEX "away_period_uuid" ON "away_period" ("uuid")',
    'CREATE INDEX "away_period_talent_id" ON "away_period" ("talent_id")',
    'CREATE INDEX "away_period_talent_id_starts_on" ON "away_period" ("talent_id", "starts_on")',
    'CREATE TABLE "plan" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, "title" VARCHAR(300) NOT NULL CHECK (length(trim(title)) > 0), "hours_per_week" INTEGER NOT NULL CHECK (hours_per_week BETWEEN 1 AND 168), "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL, "overlap_minutes" INTEGER NOT NULL CHECK (overlap_minutes BETWEEN 0 AND 1440), "budget_minor" INTEGER CHECK (budget_minor >= 0), "max_rate_minor" INTEGER CHECK (max_rate_minor >= 0), "currency" VARCHAR(3) NOT NULL CHECK (length(currency) = 3 AND currency GLOB \'[A-Z][A-Z][A-Z]\'), "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, CHECK (ends_on >= starts_on))',
    'CREATE UNIQUE INDEX "plan_uuid" ON "plan" ("uuid")',
    'CREATE TABLE "plan_skill" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "name" VARCHAR(80) NOT NULL CHECK (length(trim(name)) > 0), "min_level" INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 5), "position" INTEGER NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "plan_skill_plan_id" ON "plan_skill" ("plan_id")',
    'CREATE TABLE "plan_member" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "talent_id" INTEGER NOT NULL, "contract_id" INTEGER, "position" INTEGER NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "plan" ("id") ON DELETE CASCADE, FOREIGN KEY ("talent_id") REFERENCES "talent" ("id") ON DELETE CASCADE, FOREIGN KEY ("contract_id") REFERENCES "contract" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "plan_member_plan_id" ON "plan_member" ("plan_id")',
    'CREATE INDEX "plan_member_talent_id" ON "plan_member" ("talent_id")',
    'CREATE INDEX "plan_member_contract_id" ON "plan_member" ("contract_id")',
]


def apply(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
