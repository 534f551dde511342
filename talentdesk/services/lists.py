"""The rows of every list the CSV export writes, in a stable order (same data, same bytes).

Each list is one ordered query streamed in blocks; interchange/exports.py turns the raw values
into the file's columns (money as decimals, dates as ISO).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager

from ..store.db import database
from . import money_figures, relationship

# The query of each list, and the table whose row count is the export's progress total.
QUERIES: dict[str, tuple[str, str]] = {
    "talents": (f"""SELECT t.uuid, t.name, t.headline, t.location, t.timezone, t.languages,
        {relationship.bench_status_sql("t")}, t.favourite,
        (SELECT group_concat(value, '; ') FROM (SELECT value FROM contact_channel
            WHERE talent_id = t.id AND kind = 'email' ORDER BY id) AS v),
        (SELECT group_concat(value, '; ') FROM (SELECT value FROM contact_channel
            WHERE talent_id = t.id AND kind = 'phone' ORDER BY id) AS v),
        (SELECT group_concat(name, '; ') FROM (SELECT s.name FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id
            WHERE ts.talent_id = t.id ORDER BY s.name) AS v),
        t.notes, t.created_at
        FROM talent t ORDER BY t.name, t.id""", "talent"),
    # Each contract's four money figures in its own currency, as money_figures defines them.
    "contracts": (f"""SELECT c.uuid, t.name, c.title, c.kind, c.status, c.rate_minor, c.weekly_payment_minor, c.currency,
        c.weekly_limit_hours, c.start_date, c.end_date, c.is_test_project, c.platform, c.external_id,
        coalesce(f.paid, 0), coalesce(f.fees, 0), coalesce(f.refunds, 0), coalesce(f.total, 0)
        FROM contract c JOIN talent t ON t.id = c.talent_id
        LEFT JOIN ({money_figures.PER_CONTRACT_SQL}) f ON f.contract_id = c.id AND f.currency = c.currency
        ORDER BY c.start_date IS NULL, c.start_date, c.id""", "contract"),
    # Each payment with the amount it counts for in its contract's figures (a converted one in that currency).
    "payments": (f"""SELECT p.uuid, p.paid_on, t.name, c.title, p.kind, p.amount_minor, p.currency, p.period_start,
        p.period_end, p.minutes, p.description, p.external_ref, p.source,
        {money_figures.AMOUNT_SQL}, {money_figures.CURRENCY_SQL}
        FROM payment p {money_figures.JOIN_SQL} JOIN talent t ON t.id = c.talent_id
        ORDER BY p.paid_on, p.id""", "payment"),
    "worklog": ("""SELECT w.uuid, w.day, t.name, c.title, w.minutes, w.note FROM work_log w
        JOIN contract c ON c.id = w.contract_id JOIN talent t ON t.id = c.talent_id ORDER BY w.day, w.id""", "work_log"),
    "messages": ("""SELECT m.uuid, m.sent_at, t.name, c.title, m.author, m.channel, m.duration_minutes, m.body
        FROM message m JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id
        ORDER BY m.sent_at, m.id""", "message"),
    "interactions": ("""SELECT i.uuid, i.happened_at, t.name, i.kind, i.duration_minutes, i.body
        FROM interaction i JOIN talent t ON t.id = i.talent_id ORDER BY i.happened_at, i.id""", "interaction"),
}


def rows(name: str, block: int = 2000) -> Iterator[tuple]:
    """The raw rows of one list, fetched a block at a time."""
    cursor = database.obj.execute_sql(QUERIES[name][0])
    while True:
        found = cursor.fetchmany(block)
        if not found:
            return
        yield from found


def count(name: str) -> int:
    table = QUERIES[name][1]
    return database.obj.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names


def snapshot() -> AbstractContextManager:
    """One read transaction: rows written during an export do not half-appear in it."""
    return database.atomic()
