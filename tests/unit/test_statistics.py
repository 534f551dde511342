"""Planner statistics: kept for tables of some size, never for the full-text index's own tables."""
from __future__ import annotations

from talentdesk.store.schema import STATISTICS_MIN_ROWS, refresh_statistics
from tests import factories


def stat_tables(db) -> set[str]:
    return {row[0] for row in db.execute_sql("SELECT tbl FROM sqlite_stat1")}


def test_an_empty_or_small_database_keeps_no_misleading_figures(db):
    factories.talent("Small Bench")
    refresh_statistics(db)
    # Figures taken now would tell the planner these tables are tiny long after they have grown.
    assert stat_tables(db) == set()


def test_a_large_table_gets_figures_and_the_fts_tables_none(db):
    tid = factories.talent("Busy Person")
    cid = factories.contract(tid, "Long engagement")
    rows = [(f"u-{n}", cid, "2026-01-01 10:00:00", "me", "chat", f"note number {n}")
            for n in range(3 * STATISTICS_MIN_ROWS)]  # sampled figures are estimates
    with db.atomic():
        db.cursor().executemany(
            "INSERT INTO message (uuid, contract_id, sent_at, author, channel, body) VALUES (?, ?, ?, ?, ?, ?)", rows)
    refresh_statistics(db)
    tables = stat_tables(db)
    assert "message" in tables
    assert not any("_fts_" in name for name in tables)
