"""CSV exports of every list: talents, contracts, payments, work log, messages, timeline, review.

Each list is one ordered query (stable order, so the same data gives the same bytes) streamed to
``csv_out.write_rows``. Money is written as a decimal amount beside its currency code.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from ..services import stored
from ..services import talents as talent_service
from ..services.money import exponent
from ..store.db import database
from . import csv_out

LISTS = ("talents", "contracts", "payments", "worklog", "messages", "timeline", "review")


def _money(minor, currency) -> Decimal | None:
    if minor is None:
        return None
    return Decimal(minor).scaleb(-exponent(currency or "USD"))


def _rows(sql: str, params=()) -> Iterator[tuple]:
    cursor = database.obj.execute_sql(sql, params)
    while True:
        block = cursor.fetchmany(2000)
        if not block:
            return
        yield from block


def _talents(include_notes: bool = False, include_archived: bool = False):
    """Everyone but the people set aside (archived, do not rehire), and no private notes, unless asked."""
    header = ["uuid", "name", "headline", "location", "timezone", "languages", "bench status", "favourite",
              "emails", "phones", "skills", *(["notes"] if include_notes else []), "created"]
    aside = ", ".join(f"'{s}'" for s in talent_service.SET_ASIDE_STATUSES)
    sql = f"""SELECT t.uuid, t.name, t.headline, t.location, t.timezone, t.languages, t.bench_status, t.favourite,
        (SELECT group_concat(value, '; ') FROM (SELECT value FROM contact_channel
            WHERE talent_id = t.id AND kind = 'email' ORDER BY id)),
        (SELECT group_concat(value, '; ') FROM (SELECT value FROM contact_channel
            WHERE talent_id = t.id AND kind = 'phone' ORDER BY id)),
        (SELECT group_concat(name, '; ') FROM (SELECT s.name FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id
            WHERE ts.talent_id = t.id ORDER BY s.name)),
        t.notes, t.created_at
        FROM talent t {'' if include_archived else f'WHERE t.bench_status NOT IN ({aside})'}
        ORDER BY t.name, t.id"""  # noqa: S608 - fixed words only
    rows = ((*r[:7], bool(r[7]), *r[8:11], *([r[11]] if include_notes else []), stored.instant(r[12]))
            for r in _rows(sql))
    return header, rows, "talent"


def _contracts():
    header = ["uuid", "talent", "title", "kind", "status", "rate", "weekly payment", "currency", "weekly limit hours",
              "start", "end", "test project", "platform", "external id"]
    sql = """SELECT c.uuid, t.name, c.title, c.kind, c.status, c.rate_minor, c.weekly_payment_minor, c.currency,
        c.weekly_limit_hours, c.start_date, c.end_date, c.is_test_project, c.platform, c.external_id
        FROM contract c JOIN talent t ON t.id = c.talent_id ORDER BY c.start_date IS NULL, c.start_date, c.id"""
    rows = ((*r[:5], _money(r[5], r[7]), _money(r[6], r[7]), r[7], r[8], stored.day(r[9]), stored.day(r[10]), bool(r[11]),
             r[12], r[13]) for r in _rows(sql))
    return header, rows, "contract"


def _payments():
    header = ["uuid", "paid on", "talent", "contract", "kind", "amount", "currency", "period start", "period end",
              "hours", "description", "reference", "source"]
    sql = """SELECT p.uuid, p.paid_on, t.name, c.title, p.kind, p.amount_minor, p.currency, p.period_start,
        p.period_end, p.minutes, p.description, p.external_ref, p.source
        FROM payment p JOIN contract c ON c.id = p.contract_id JOIN talent t ON t.id = c.talent_id
        ORDER BY p.paid_on, p.id"""
    rows = ((r[0], stored.day(r[1]), r[2], r[3], r[4], _money(r[5], r[6]), r[6], stored.day(r[7]), stored.day(r[8]),
             None if r[9] is None else (Decimal(r[9]) / 60).quantize(Decimal("0.01")), r[10], r[11], r[12])
            for r in _rows(sql))
    return header, rows, "payment"


def _worklog():
    header = ["uuid", "day", "talent", "contract", "hours", "note"]
    sql = """SELECT w.uuid, w.day, t.name, c.title, w.minutes, w.note FROM work_log w
        JOIN contract c ON c.id = w.contract_id JOIN talent t ON t.id = c.talent_id ORDER BY w.day, w.id"""
    rows = ((r[0], stored.day(r[1]), r[2], r[3], (Decimal(r[4]) / 60).quantize(Decimal("0.01")), r[5]) for r in _rows(sql))
    return header, rows, "work_log"


def _messages():
    header = ["uuid", "sent at (UTC)", "talent", "contract", "author", "channel", "duration minutes", "body"]
    sql = """SELECT m.uuid, m.sent_at, t.name, c.title, m.author, m.channel, m.duration_minutes, m.body
        FROM message m JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id
        ORDER BY m.sent_at, m.id"""
    rows = ((r[0], stored.instant(r[1]), *r[2:]) for r in _rows(sql))
    return header, rows, "message"


def _timeline():
    from ..services import timeline

    header = ["day", "kind", "talent", "contract", "score", "amount", "currency", "change", "text", "source"]
    rows = ((e.day, e.kind, e.talent_name, e.contract_title,
             None if e.score is None else Decimal(str(e.score)).normalize(),
             _money(e.amount_minor, e.currency) if e.amount_minor is not None and e.currency else None,
             e.currency, e.change, e.excerpt, e.source)
            for e in timeline.iter_events(timeline.TimelineFilter()))
    return header, rows, None


def _review():
    """The review queue as it stands today: one row per card that needs a decision."""
    from ..services import review_session

    header = ["due", "rule", "subject", "talent", "contract", "facts"]
    cards = review_session.queue()
    rows = ((c.due, c.rule, c.subject, c.talent_name, c.contract_title, c.raw_facts) for c in cards)
    return header, rows, None


_BUILDERS = {"talents": _talents, "contracts": _contracts, "payments": _payments, "worklog": _worklog,
             "messages": _messages, "timeline": _timeline, "review": _review}


def export_csv(name: str, out: Path, *, include_notes: bool = False, include_archived: bool = False,
               report: Callable[[float, str], None] | None = None) -> int:
    """Write one list as CSV; returns the number of rows. The options choose what the list of people holds."""
    if name not in _BUILDERS:
        from .report import InterchangeError

        raise InterchangeError(f"there is no list called “{name}”; choose one of {', '.join(LISTS)}")
    options = {"include_notes": include_notes, "include_archived": include_archived} if name == "talents" else {}
    header, rows, table = _BUILDERS[name](**options)
    total = None
    if report and table:
        total = database.obj.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
    with database.atomic():  # one snapshot: rows written during the export do not half-appear
        return csv_out.write_rows(Path(out), header, rows, report=report, total=total)
