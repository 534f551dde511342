"""The review rules' queries keep their plans on a large folder's statistics (no times: the plan itself)."""
from __future__ import annotations

from talentdesk.services import review_rules
from talentdesk.store.db import database

# sqlite_stat1 as a large folder has it: grant_id looks selective (2 rows a value), though most items
# have no grant at all.
LARGE_FOLDER_STATS = [
    ("offboarding_item", "offboarding_item_grant_id", "47530 2"),
    ("offboarding_item", "offboarding_item_contract_id", "44965 6"),
    ("offboarding_item", "offboarding_item_uuid", "34860 1"),
]


def test_open_offboarding_items_are_found_through_the_contract_not_the_grant_index(db):
    database.obj.execute_sql("ANALYZE")  # creates sqlite_stat1
    database.obj.execute_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'offboarding_item'")
    for row in LARGE_FOLDER_STATS:
        database.obj.execute_sql("INSERT INTO sqlite_stat1(tbl, idx, stat) VALUES (?, ?, ?)", row)
    database.obj.execute_sql("ANALYZE sqlite_schema")  # load the statistics just written
    plan = [row[-1] for row in database.obj.execute_sql(
        "EXPLAIN QUERY PLAN " + review_rules.OFFBOARDING_OPEN, {"today": "2026-11-30", "grace_days": 7})]
    searches = [step for step in plan if "offboarding_item" in step or " i " in f" {step} "]
    assert searches and not any("offboarding_item_grant_id" in step for step in searches), plan
    assert any("offboarding_item_contract_id" in step for step in searches), plan
