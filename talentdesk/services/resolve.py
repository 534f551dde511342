"""One resolver for every command that names a record: what the program shows is what it accepts.

A person by their UUID (the talents export), their name, or an unambiguous part of it; a contract by its
UUID (the contracts export), its marketplace id (the workroom header, the exports), its title or an
unambiguous part of it; a review session by its UUID or its day. The internal number works too, last. A
name that fits several records raises Ambiguous listing them, so the user can pick one.
"""
from __future__ import annotations

import datetime as dt

from ..store.models import Contract, ReviewSession, Talent
from .errors import QT_TRANSLATE_NOOP, Ambiguous, NotFound
from .labels import plural

LIMIT = 20


def _one(token: str, what: str, steps, label) -> int:
    """The first step that finds anything decides: one record is the answer, several are ambiguous."""
    for step in steps:
        found = list(step())
        if len(found) == 1:
            return found[0].id
        if found:
            lines = [label(r) for r in found[:LIMIT]] + ([f"… and {len(found) - LIMIT} more"] if len(found) > LIMIT else [])
            many = "people" if what == "person" else f"{what}s"
            raise Ambiguous(QT_TRANSLATE_NOOP("errors", "“{token}” matches {count}; name one of them (by its UUID):"),
                            lines, token=token, count=plural(len(found), what, many))
    raise NotFound(QT_TRANSLATE_NOOP("errors", "no {what} matches “{token}”; give its UUID, its name or a part of it."),
                   what=what, token=token)


def _number(model, token: str):
    return [] if not token.isdigit() else model.select().where(model.id == int(token))


def talent(token: str) -> int:
    token = (token or "").strip()
    by_name = Talent.name.collate("NOCASE")
    return _one(token, "person", (
        lambda: Talent.select().where(Talent.uuid == token.lower()),
        lambda: Talent.select().where(by_name == token).order_by(Talent.name, Talent.id),
        lambda: Talent.select().where(Talent.name.contains(token)).order_by(Talent.name, Talent.id) if token else [],
        lambda: _number(Talent, token),
    ), lambda t: f"{t.uuid}  {t.name}")


def contract(token: str) -> int:
    token = (token or "").strip()
    query = Contract.select(Contract, Talent).join(Talent)
    by_title = Contract.title.collate("NOCASE")

    def label(c: Contract) -> str:
        days = " – ".join(d.isoformat() if d else "…" for d in (c.start_date, c.end_date))
        market = f", {c.platform} {c.external_id}" if c.external_id else ""
        return f"{c.uuid}  {c.title} — {c.talent.name} ({c.status}, {days}{market})"

    return _one(token, "contract", (
        lambda: query.where(Contract.uuid == token.lower()),
        lambda: query.where((Contract.external_id == token) & (Contract.external_id != "")),
        lambda: query.where(by_title == token).order_by(Contract.start_date, Contract.id),
        lambda: query.where(Contract.title.contains(token)).order_by(Contract.start_date, Contract.id) if token else [],
        lambda: _number(Contract, token),
    ), label)


def review_session(token: str) -> int:
    token = (token or "").strip()
    try:
        day = dt.date.fromisoformat(token)
    except ValueError:
        day = None

    def on_day():
        if day is None:
            return []
        return ReviewSession.select().where(
            (ReviewSession.started_at >= dt.datetime.combine(day, dt.time()))
            & (ReviewSession.started_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time())))

    return _one(token, "review session", (
        lambda: ReviewSession.select().where(ReviewSession.uuid == token.lower()),
        on_day,
        lambda: _number(ReviewSession, token),
    ), lambda s: f"{s.uuid}  started {s.started_at.isoformat(sep=' ', timespec='minutes')} UTC")
