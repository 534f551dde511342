"""Who made each write, and edits refused when the record changed since its form was opened.

On a team database every member writes as their own database role, so the ledger, the timeline and a
payment's correction history can say who entered each row; on the local file it is the computer's user.
Records edited in forms (a person, a contract, a payment) count their writes: a form hands back the version
it was opened with, and a save over a newer version is refused with who changed it and when, never written
over it.
"""
from __future__ import annotations

import datetime as dt

from ..store.db import database
from ..store.dialect import current_author
from ..store.models import utcnow
from .errors import QT_TRANSLATE_NOOP, Refused


def who() -> str:
    """The name the current connection's writes are recorded under (a team member's database role, or the
    computer's user on the local file; empty where the system cannot say)."""
    return current_author(database)


class ChangedSince(Refused):
    """The record was changed by someone (``name``; empty when unknown) at ``at`` after the form was opened:
    saving would write over their change. The form offers to reload it."""

    def __init__(self, name: str, at: dt.datetime | None):
        self.name, self.at = name, at
        if name:
            super().__init__(QT_TRANSLATE_NOOP("errors", "Changed by {name} at {time}, after you opened it — reload?"),
                             name=name, time=at)
        else:
            super().__init__(QT_TRANSLATE_NOOP("errors", "Changed at {time}, after you opened it — reload?"),
                             time=at)


def claim(model, row_id: int, version: int | None) -> None:
    """Inside a write's transaction, before it changes the row: refuse with ``ChangedSince`` when the row is no
    longer at ``version`` (None: the caller holds no version, nothing is checked).

    The check is itself a write (``SET version = version``), so it takes the row's lock: on a team database a
    second member saving at the same moment waits for the first, then finds the version moved and is refused;
    on the local file writers are one at a time anyway. A row that is gone is left to the caller to say.
    """
    if version is None:
        return
    kept = model.update(version=model.version).where((model.id == row_id) & (model.version == version)).execute()
    if kept:
        return
    row = model.get_or_none(model.id == row_id)
    if row is not None:
        raise ChangedSince(row.changed_by, getattr(row, model.CHANGED_AT))


def touched(model) -> dict:
    """The values a bulk ``model.update(...)`` of edited records adds, so it counts as a write by this
    connection like a row's ``save()`` does (``store.models.Versioned``)."""
    return {"version": model.version + 1, "changed_by": who(), model.CHANGED_AT: utcnow()}


def several(names) -> bool:
    """Whether a list is worth a column saying who: only once more than one person has written in it (one
    person alone at their own computer, or a team where one member entered everything, needs no column; each
    row still says it in its tooltip)."""
    return len({name for name in names if name}) > 1
