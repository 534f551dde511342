"""The task runner: one serialized lane for database work, off the GUI thread.

``read`` and ``write`` run a plain function on the lane's single thread, then
hand its result (or its exception) back on the GUI thread. Functions never
touch widgets. A write publishes on the change bus when it succeeds. Long work
can ask for a ``report(fraction, text)`` callback that drives a progress dialog, and a
``cancelled()`` callback that turns true when the window is closing (it stops at the next step).

Reads are dropped at quit: one still queued never starts and one running is asked to stop and is not
waited for (the process may end under it: a read changes nothing the user made); only writes are waited
for, so closing the window does not wait on work whose answer nobody will see.

Every write is one undoable step (``services.history.operation``) named by its
``action``; after it the runner tells the window what Undo and Redo would now do.
"""
from __future__ import annotations

import functools
import inspect
import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services import history
from .bus import ChangeBus, TableRows
from .errors import show_error


@dataclass(frozen=True)
class _Written:
    """A write's result with what it changed and the history after it (made on the lane)."""

    result: Any
    tables: frozenset[str]
    labels: history.Labels
    rows: dict[str, TableRows] = field(default_factory=dict)  # per table, the rows written (journaled writes)


def _rows_written(step: history.Step) -> dict[str, TableRows]:
    images: dict[str, list[tuple[int, bool, bool]]] = {}
    for change in step.rows:
        images.setdefault(change.table, []).append((change.row, change.before is not None, change.after is not None))
    return {table: TableRows.of(found) for table, found in images.items()}


def _journaled(fn: Callable, action: str | None, journal: bool) -> Callable:
    def run(*args, **kwargs):
        if journal:
            with history.operation(action or history.default_name(fn)) as step:
                result = fn(*args, **kwargs)
            return _Written(result, step.tables, history.labels(), _rows_written(step))
        # undo, redo, or work that replaces the data under the history (a restore): the rows are not told
        result = fn(*args, **kwargs)
        tables = result.tables if isinstance(result, history.Outcome) else frozenset()
        return _Written(result, tables, history.labels())

    return run


def _takes(fn: Callable, name: str) -> bool:
    function = getattr(fn, "__func__", fn)  # a bound method: its function, less the first parameter
    if inspect.isfunction(function) and function.__closure__ is None:  # kept: a closure would keep what it holds
        return name in _parameters(function)[1 if function is not fn else 0:]
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):  # a builtin without a signature
        return False


@functools.lru_cache(maxsize=2048)
def _parameters(function: Callable) -> tuple[str, ...]:
    """A function's parameter names, read once: every job asks, and reading a signature costs milliseconds."""
    return tuple(inspect.signature(function).parameters)


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, float, str)


class _Writes:
    """How many writes are queued or running, counted on both threads: closing waits for these alone."""

    def __init__(self):
        self._count = 0
        self._changed = threading.Condition()

    def add(self) -> None:
        with self._changed:
            self._count += 1

    def done(self) -> None:
        with self._changed:
            self._count -= 1
            self._changed.notify_all()

    def wait(self, msecs: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: self._count == 0, timeout=msecs / 1000)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable, args, kwargs, signals: _Signals, writes: _Writes | None = None):
        super().__init__()
        # Kept alive by the runner until its answer is handled, so an unstarted job can be taken off the queue.
        self.setAutoDelete(False)
        self.job_id, self.fn, self.args, self.kwargs, self.signals = job_id, fn, args, kwargs, signals
        self.writes = writes  # a write's count, told as soon as it has run (the GUI thread may be waiting)

    def run(self) -> None:  # on the lane's thread
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, shown there
            self._settled()
            self._answer(self.signals.failed, self.job_id, exc, traceback.format_exc())
        else:
            self._settled()
            self._answer(self.signals.finished, self.job_id, result)

    def _settled(self) -> None:
        if self.writes is not None:
            self.writes.done()

    @staticmethod
    def _answer(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the program is ending: a dropped read finished after the runner went
            pass


class TaskRunner(QObject):
    idle = Signal()
    history_changed = Signal(object)  # history.Labels, after every write
    announced = Signal(str)  # a quiet destructive write happened: the window offers its undo

    def __init__(self, bus: ChangeBus, parent_widget: Callable[[], QWidget | None] = lambda: None):
        super().__init__()
        self.bus = bus
        self._parent_widget = parent_widget
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # one writer: SQLite serializes writes anyway
        self.pool.setExpiryTimeout(-1)  # keep the thread (and its connection) alive
        # Beside the lane: long reads of the database file through connections of their own (the check at
        # start, the daily backup). WAL lets them read while the lane writes, so they never hold it up.
        self.side = QThreadPool()
        self.side.setMaxThreadCount(1)
        self.signals = _Signals()
        self.signals.finished.connect(self._finished, Qt.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.QueuedConnection)
        self.signals.progressed.connect(self._progressed, Qt.QueuedConnection)
        self._ids = itertools.count(1)
        self._pending: dict[int, dict[str, Any]] = {}
        self._closing = threading.Event()
        self._writes = _Writes()
        # On a team database, its link (app/team_link.py): it refuses writes it may not make now (a read-only
        # role, the server out of reach) and says what a job that failed for a lost connection means.
        self.link = None

    # -- public API -------------------------------------------------------
    def read(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
             progress: str | None = None, **kwargs) -> int:
        return self._submit(fn, args, kwargs, on_done, on_error, progress, changes=None)

    def write(self, fn: Callable, *args, changes: tuple = ("*",), on_done: Callable | None = None,
              on_error: Callable | None = None, progress: str | None = None, action: str | None = None,
              journal: bool = True, announce: str | None = None, **kwargs) -> int:
        """Run a write as one undoable step named ``action`` (shown as "Undo <action>").

        ``journal=False`` for undo/redo themselves and for work that must not be undone (a restore).
        ``announce`` is said in the status line with an Undo link once the write succeeded.
        A write the team database's link refuses never starts: its refusal comes back as its error.
        """
        refusal = self.link.refusal() if self.link is not None else None
        if refusal is not None:
            job_id = next(self._ids)
            self._pending[job_id] = {"on_done": on_done, "on_error": on_error, "dialog": None, "changes": changes,
                                     "announce": None, "job": None, "pool": self.pool}
            self.signals.failed.emit(job_id, refusal, "")  # answered on the next turn, like any write
            return job_id
        return self._submit(fn, args, kwargs, on_done, on_error, progress, changes=changes,
                            wrap=lambda f: _journaled(f, action, journal), announce=announce)

    def aside(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
              **kwargs) -> int:
        """A read beside the lane, for work on a connection of its own (never the models' one): it can
        take seconds on a large file without delaying anything the screens ask of the lane."""
        return self._submit(fn, args, kwargs, on_done, on_error, None, changes=None, pool=self.side)

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the lane (and the work beside it) is empty (tests and the screenshot command)."""
        return self.pool.waitForDone(msecs) and self.side.waitForDone(msecs)

    def cancelled(self) -> bool:
        """True once the window is closing: long reads stop at their next step."""
        return self._closing.is_set()

    def shut_down(self, msecs: int = 10_000) -> bool:
        """The window is closing: drop the reads still queued, ask a running one to stop, and wait only for
        the writes (the user's data), not for a read still running (an ANALYZE, a sweep, a page of rows
        nobody will see): the process may end under it. Answers that arrive afterwards go nowhere."""
        self._closing.set()
        for job_id, job in list(self._pending.items()):
            if job["changes"] is None and job["pool"].tryTake(job["job"]):
                self._close(job_id)
        return self._writes.wait(msecs)

    # -- internals --------------------------------------------------------
    def _submit(self, fn, args, kwargs, on_done, on_error, progress, changes, wrap=None, announce=None,
                pool: QThreadPool | None = None) -> int:
        job_id = next(self._ids)
        dialog = None
        if progress:
            dialog = QProgressDialog(progress, "", 0, 1000, self._parent_widget())
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModal)
            dialog.setMinimumDuration(400)  # quick work finishes before it appears
            dialog.setAutoClose(False)
            dialog.setValue(0)
            if _takes(fn, "report"):
                kwargs["report"] = lambda fraction, text="": self.signals.progressed.emit(job_id, fraction, text)
        if _takes(fn, "cancelled"):
            kwargs["cancelled"] = self.cancelled
        writes = self._writes if changes is not None else None
        if writes is not None:
            writes.add()
        job = _Job(job_id, wrap(fn) if wrap else fn, args, kwargs, self.signals, writes)
        self._pending[job_id] = {"on_done": on_done, "on_error": on_error, "dialog": dialog, "changes": changes,
                                 "announce": announce, "job": job, "pool": pool or self.pool}
        (pool or self.pool).start(job)
        return job_id

    def _close(self, job_id: int) -> dict[str, Any]:
        job = self._pending.pop(job_id)
        if job["dialog"] is not None:
            job["dialog"].close()
            job["dialog"].deleteLater()
        return job

    def _window_gone(self) -> bool:
        """The window these jobs report to was closed and deleted while they ran: its widgets are gone, so
        their callbacks have nothing to update (a late answer would touch deleted C++ objects)."""
        window = self._parent_widget()
        return window is not None and not shiboken6.isValid(window)

    @Slot(int, object)
    def _finished(self, job_id: int, result) -> None:
        job = self._close(job_id)
        if self._window_gone():
            return
        tables = set(job["changes"] or ())
        rows: dict[str, TableRows] = {}
        if isinstance(result, _Written):
            tables |= result.tables
            rows = result.rows
            self.history_changed.emit(result.labels)
            if job["announce"]:
                self.announced.emit(job["announce"])
            result = result.result
        if tables:
            self.bus.publish(tables, rows)
        if job["on_done"]:
            job["on_done"](result)
        if not self._pending:
            self.idle.emit()

    @Slot(int, object, str)
    def _failed(self, job_id: int, exc, details: str) -> None:
        job = self._close(job_id)
        if self._window_gone():
            return
        writing = job["changes"] is not None
        said = self.link.explain(exc, writing) if self.link is not None else None
        if said is not None:  # the team database went out of reach: the link says so in the window
            if not writing:  # the screen keeps what it shows; it reloads when the link is back
                if not self._pending:
                    self.idle.emit()
                return
            exc, details = said, ""
        if job["on_error"]:
            job["on_error"](exc)
        else:
            show_error(self._parent_widget(), exc, details)
        if not self._pending:
            self.idle.emit()

    @Slot(int, float, str)
    def _progressed(self, job_id: int, fraction: float, text: str) -> None:
        job = self._pending.get(job_id)
        if job and job["dialog"] is not None:
            job["dialog"].setValue(int(max(0.0, min(1.0, fraction)) * 1000))
            if text:
                job["dialog"].setLabelText(text)
