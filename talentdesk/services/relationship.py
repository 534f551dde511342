"""The rules of a relationship, each written once: last contact, the feedback window, the bench status.

The bench, the review queue, the timeline, the calendar export and the PDFs all ask this module;
none of them restates a rule (an agreement test puts one person through all of them).

- **Last contact** is the latest day of anything in ``CONTACT_SOURCES``: a message in a contract's
  room, an interaction logged on the person (message, call, meeting — not a private note), feedback
  either way, a check-in, an appreciation, or a payment to them. Days of instants are UTC days. It is
  kept per person in ``talent_figures`` (store/figures.py, in the transaction of every write), and the
  screens read the kept day (``kept_last_contact_sql``, ``last_contacts``); the rule here is what the
  table is filled, kept and checked by (services/figures.py).
- **The feedback window** is the setting ``review.feedback_owed.days`` (the marketplace's 14 days by
  default); the review queue, the offboarding checklist and the calendar read it here.
- **The bench status shown** is derived on read from the contracts, never written by the contract
  service (so an import, a restore or an end-contract flow cannot leave it stale): a person with a
  running (active or paused) contract is *Active*; a person stored as *Active* or *On bench* with
  none is *On bench*; *Trial*, *Do not rehire* and *Archived* are the user's choice and stay.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from . import settings, stored


@dataclass(frozen=True)
class ContactSource:
    name: str
    sql: str  # a scalar subquery: the latest UTC day of this kind for the talent aliased {t}


# What counts as being in touch. One list: add a kind here and every screen counts it.
CONTACT_SOURCES: tuple[ContactSource, ...] = (
    # Per contract first, so each max walks the (contract, sent_at) index backwards.
    ContactSource("message", "SELECT max((SELECT date(max(m.sent_at)) FROM message m WHERE m.contract_id = c.id "
                             "AND m.channel <> 'note')) FROM contract c WHERE c.talent_id = {t}.id"),
    ContactSource("interaction", "SELECT date(max(i.happened_at)) FROM interaction i WHERE i.talent_id = {t}.id "
                                 "AND i.kind <> 'note'"),
    ContactSource("feedback", "SELECT max(f.given_on) FROM contract c JOIN feedback f ON f.contract_id = c.id "
                              "WHERE c.talent_id = {t}.id"),
    ContactSource("checkin", "SELECT max(r.reviewed_on) FROM contract c JOIN private_review r "
                             "ON r.contract_id = c.id WHERE c.talent_id = {t}.id AND r.is_checkin = 1"),
    ContactSource("appreciation", "SELECT max(a.given_on) FROM appreciation a WHERE a.talent_id = {t}.id"),
    # Money sent to them; a marketplace fee or a refund is no contact.
    ContactSource("payment", "SELECT max((SELECT max(p.paid_on) FROM payment p WHERE p.contract_id = c.id "
                             "AND p.kind NOT IN ('fee', 'refund'))) FROM contract c WHERE c.talent_id = {t}.id"),
)


def last_contact_sql(t: str = "t") -> str:
    """An SQL expression: the person ``t``'s last contact day as 'YYYY-MM-DD', or NULL when none."""
    parts = ", ".join(f"coalesce(({source.sql.format(t=t)}), '')" for source in CONTACT_SOURCES)
    return f"nullif(max({parts}), '')"


def kept_last_contact_sql(t: str = "t") -> str:
    """The person ``t``'s last contact day as kept in ``talent_figures`` (one look-up; NULL when none): what
    every screen reads. The table is kept by the rule above (store/figures.py; services/figures.py checks it)."""
    return f"(SELECT kf.last_contact FROM talent_figures kf WHERE kf.talent_id = {t}.id)"


def last_contact(talent_id: int) -> dt.date | None:
    return last_contacts([talent_id]).get(talent_id)


def last_contacts(talent_ids: list[int]) -> dict[int, dt.date | None]:
    ids = [int(i) for i in talent_ids]
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    sql = f"SELECT t.id, {kept_last_contact_sql('t')} FROM talent t WHERE t.id IN ({marks})"  # noqa: S608 - fixed text
    return {tid: stored.day(day) for tid, day in database.obj.execute_sql(sql, ids)}


def contact_due_sql(t: str = "t", cadence: str = "t.stay_in_touch_days", last: str | None = None) -> str:
    """The day the next contact is due: the last contact (or the day they were added) plus the cadence. ``last``:
    the last contact's SQL when the query has it at hand already (else the kept figure is looked up)."""
    last = last or kept_last_contact_sql(t)
    return f"date(coalesce({last}, date({t}.created_at)), '+' || ({cadence}) || ' days')"


def contact_due(last: dt.date | None, added_on: dt.date, cadence_days: int) -> dt.date:
    """The same rule as ``contact_due_sql`` for one person already read (the bench's detail pane)."""
    return (last or added_on) + dt.timedelta(days=int(cadence_days))


# -- the feedback window ------------------------------------------------------------------------------

FEEDBACK_WINDOW_SETTING = "review.feedback_owed.days"


def feedback_window_days(values: dict | None = None) -> int:
    """Days after a contract's end during which public feedback can be left (the user's setting)."""
    value = settings.get(FEEDBACK_WINDOW_SETTING) if values is None else values.get(FEEDBACK_WINDOW_SETTING)
    return int(value if value is not None else settings.DEFAULTS[FEEDBACK_WINDOW_SETTING])


# -- the bench status ---------------------------------------------------------------------------------

RUNNING = ("active", "paused")


def bench_status_sql(t: str = "t") -> str:
    """An SQL expression: the status the bench shows for ``t`` (see the module's docstring)."""
    running = ", ".join(f"'{s}'" for s in RUNNING)
    return (f"(CASE WHEN {t}.bench_status IN ('active', 'on_bench') THEN "
            f"CASE WHEN EXISTS (SELECT 1 FROM contract rc WHERE rc.talent_id = {t}.id AND rc.status IN ({running})) "
            f"THEN 'active' ELSE 'on_bench' END ELSE {t}.bench_status END)")


def bench_status(stored_status: str, has_running_contract: bool) -> str:
    """The same rule for a person already read."""
    if stored_status in ("active", "on_bench"):
        return "active" if has_running_contract else "on_bench"
    return stored_status


def bench_statuses(talent_ids: list[int]) -> dict[int, str]:
    ids = [int(i) for i in talent_ids]
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    sql = f"SELECT t.id, {bench_status_sql('t')} FROM talent t WHERE t.id IN ({marks})"  # noqa: S608 - fixed text
    return dict(database.obj.execute_sql(sql, ids).fetchall())
