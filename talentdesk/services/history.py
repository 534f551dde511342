"""Undo and redo: every write made inside ``operation(name)`` is one step that can be taken back.

The store's journal records the before and after image of each row the step touched, whatever
service made the change, so no service has to know how to reverse itself. Undo puts the before
images back in one transaction, redo the after images. Before either, each touched row must
still be exactly as the step left it (or found it): a row changed since by something outside the
history is never overwritten by a guess; the step is refused and says so.

History is per connection (the window's database lane) and per session: it starts empty each time
the program opens the folder, and a new step forgets whatever could have been redone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..store import journal
from ..store.db import database
from .errors import Refused

KEEP_STEPS = 100


@dataclass
class Step:
    """What an operation did, known once it ends (``tables`` stays empty for a step that changed nothing)."""

    name: str
    tables: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Outcome:
    """An undo or a redo that happened: which step, and which tables it changed."""

    name: str
    tables: frozenset[str]
    undone: bool


@dataclass(frozen=True)
class Labels:
    undo: str | None
    redo: str | None


class CannotUndo(Refused):
    """A touched record was changed since by something outside the history."""


def _conn():
    return database.connection()


def default_name(fn) -> str:
    """A readable step name from a function's name (``add_payment`` → "Add payment")."""
    name = getattr(fn, "__name__", "") or ""
    if not re.fullmatch(r"[a-z][a-z_]*", name):
        return "Change"
    return name.replace("_", " ").capitalize()


@contextmanager
def operation(name: str) -> Iterator[Step]:
    """One undoable step: every row written inside is journaled, in one transaction.

    An operation inside another joins it (an import that adds contracts is one step).
    """
    conn = _conn()
    current = Step(name)
    if journal.recording_step(conn) is not None:
        yield current
        return
    journal.install(conn)
    with database.atomic():
        step = journal.begin_step(conn, name)
        yield current
        tables = frozenset(c.table for c in journal.changes(conn, step))
        journal.end_step(conn, step, KEEP_STEPS)
    current.tables = tables


def labels() -> Labels:
    conn = _conn()
    undo, redo = journal.newest(conn, "done"), journal.newest(conn, "undone")
    return Labels(undo[1] if undo else None, redo[1] if redo else None)


def undo() -> Outcome:
    return _move("done")


def redo() -> Outcome:
    return _move("undone")


def _move(state: str) -> Outcome:
    conn = _conn()
    undoing = state == "done"
    with database.atomic():
        found = journal.newest(conn, state)
        if found is None:
            raise Refused("There is nothing to undo." if undoing else "There is nothing to redo.")
        step, name = found
        rows = journal.changes(conn, step)
        expected: dict[tuple[str, int], str | None] = {}
        if undoing:
            for change in rows:  # each row as the step left it: its last image
                expected[(change.table, change.row)] = change.after
        else:
            for change in rows:  # each row as the step found it: its first image
                expected.setdefault((change.table, change.row), change.before)
        wrong = journal.mismatches(conn, expected)
        if wrong:
            what = wrong[0][0].replace("_", " ")
            verb = "undone" if undoing else "redone"
            raise CannotUndo(f"“{name}”: a {what} it touched was changed since; it cannot be {verb}.")
        if undoing:
            journal.put(conn, [(c.table, c.row, c.before) for c in reversed(rows)])
        else:
            journal.put(conn, [(c.table, c.row, c.after) for c in rows])
        journal.set_state(conn, step, "undone" if undoing else "done")
    return Outcome(name, frozenset(c.table for c in rows), undoing)


def forget() -> None:
    """Start the history afresh (after a restore replaced the data under it)."""
    journal.clear(_conn())
