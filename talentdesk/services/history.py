"""Undo and redo: every write made inside ``operation(name)`` is one step that can be taken back.

The store's journal records the before and after image of each row the step touched, whatever
service made the change, so no service has to know how to reverse itself. Undo puts the before
images back in one transaction, redo the after images. Before either, each touched row must
still be exactly as the step left it (or found it): a row changed since by something outside the
history is never overwritten by a guess; the step is refused and says so.

History is kept per database file for this run of the program (a session's Edit ▸ Undo), and a new
step forgets whatever could have been redone.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..store import journal
from ..store.db import database
from .errors import QT_TRANSLATE_NOOP, Refused

KEEP_STEPS = 100


@dataclass
class Step:
    """What an operation did, known once it ends (``tables`` stays empty for a step that changed nothing)."""

    name: str
    tables: frozenset[str] = field(default_factory=frozenset)
    rows: list[journal.RowChange] = field(default_factory=list, repr=False)


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


@dataclass
class _Stacks:
    done: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)


_lock = threading.RLock()  # the lane and, in tests and the command line, the main thread
_stacks: dict[str, _Stacks] = {}


def _mine() -> _Stacks:
    return _stacks.setdefault(str(database.obj.database), _Stacks())


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
    conn = database.connection()
    step = Step(name)
    if journal.recording(conn):
        yield step
        return
    journal.install(conn)
    with _lock:
        with database.atomic():
            journal.start(conn)
            yield step
            step.rows = journal.collect(conn)
        if step.rows:  # committed: it is now a step of the history
            step.tables = frozenset(c.table for c in step.rows)
            stacks = _mine()
            stacks.done.append(step)
            del stacks.done[:-KEEP_STEPS]
            stacks.undone.clear()


def labels() -> Labels:
    with _lock:
        stacks = _mine()
        return Labels(stacks.done[-1].name if stacks.done else None,
                      stacks.undone[-1].name if stacks.undone else None)


def undo() -> Outcome:
    return _move(undoing=True)


def redo() -> Outcome:
    return _move(undoing=False)


def _move(undoing: bool) -> Outcome:
    with _lock:
        stacks = _mine()
        source, target = (stacks.done, stacks.undone) if undoing else (stacks.undone, stacks.done)
        if not source:
            raise Refused(QT_TRANSLATE_NOOP("errors", "There is nothing to undo.") if undoing else
                          QT_TRANSLATE_NOOP("errors", "There is nothing to redo."))
        step = source[-1]
        expected: dict[tuple[str, int], str | None] = {}
        if undoing:
            for change in step.rows:  # each row as the step left it: its last image
                expected[(change.table, change.row)] = change.after
        else:
            for change in step.rows:  # each row as the step found it: its first image
                expected.setdefault((change.table, change.row), change.before)
        conn = database.connection()
        with database.atomic():
            wrong = journal.mismatches(conn, expected)
            if wrong:
                what = wrong[0][0].replace("_", " ")
                verb = "undone" if undoing else "redone"
                raise CannotUndo(f"“{step.name}”: a {what} it touched was changed since; it cannot be {verb}.")
            if undoing:
                journal.put(conn, [(c.table, c.row, c.before) for c in reversed(step.rows)])
            else:
                journal.put(conn, [(c.table, c.row, c.after) for c in step.rows])
        target.append(source.pop())
        return Outcome(step.name, step.tables, undoing)


def forget() -> None:
    """Start the history afresh (after a restore replaced the data under it)."""
    with _lock:
        _stacks.pop(str(database.obj.database), None)
