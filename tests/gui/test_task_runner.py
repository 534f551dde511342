"""The database lane's answers after the window is gone: a late answer must not touch deleted widgets."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from talentdesk.app.bus import ChangeBus
from talentdesk.app.tasks import TaskRunner


def test_an_answer_arriving_after_the_window_was_deleted_is_dropped(qtbot):
    window = QWidget()
    label = QLabel(window)
    runner = TaskRunner(ChangeBus(), parent_widget=lambda: window)
    gate = threading.Event()
    seen = []

    def slow_failure():
        gate.wait(10)
        raise ValueError("late")

    runner.read(slow_failure, on_error=lambda _exc: seen.append(label.text()))
    window.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # the window and its label are deleted now
    gate.set()
    runner.pool.waitForDone(10_000)
    qtbot.wait(50)  # the queued answer is delivered: it must be dropped, not call into a deleted label
    assert seen == [] and not runner.busy()


def test_answers_reach_a_live_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(ChangeBus(), parent_widget=lambda: window)
    seen = []
    runner.read(lambda: 42, on_done=seen.append)
    qtbot.waitUntil(lambda: seen == [42])


def test_the_built_window_is_declared_on_the_context_and_parents_error_messages(make_window, monkeypatch, qtbot):
    from talentdesk.app import tasks

    window = make_window()
    assert window.ctx.window is window
    parents = []
    monkeypatch.setattr(tasks, "show_error", lambda parent, exc, details: parents.append(parent))

    def failing():
        raise ValueError("the disk said no")

    window.ctx.runner.read(failing)
    qtbot.waitUntil(lambda: parents == [window])


def test_closing_drops_queued_reads_stops_a_running_one_and_waits_for_writes(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(ChangeBus(), parent_widget=lambda: window)
    started, ran = threading.Event(), []

    def long_read(cancelled):
        started.set()
        while not cancelled():  # a check, a statistics refresh: stops at its next step when told
            threading.Event().wait(0.01)
        ran.append("long read stopped")

    def write():
        ran.append("write")

    runner.read(long_read)
    assert started.wait(10)
    runner.read(lambda: ran.append("queued read"))
    runner._submit(write, (), {}, None, None, None, changes=())  # a write, without the undo journal
    assert runner.shut_down(10_000)
    assert ran == ["long read stopped", "write"]  # the queued read never ran; the write did


def test_what_a_job_takes_is_read_from_its_signature_whatever_its_kind():
    import functools

    from talentdesk.app.tasks import _takes

    def plain(a, cancelled=None):
        return a

    class Holder:
        def method(self, report):
            return report

    def closure(x):
        def inner(cancelled):
            return x
        return inner

    assert _takes(plain, "cancelled") and not _takes(plain, "report")
    assert _takes(Holder().method, "report") and not _takes(Holder().method, "self")
    assert _takes(closure(1), "cancelled") and not _takes(closure(1), "x")
    assert _takes(functools.partial(plain, 1), "cancelled")
    assert not _takes(len, "cancelled")
    assert _takes(plain, "cancelled")  # asked again: the same answer from what was read once


def _runner_with_a_running_read(qtbot):
    """A runner whose lane is busy with a read that runs until ``release`` is set; ``ran`` says what finished."""
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(ChangeBus(), parent_widget=lambda: window)
    started, release, ran = threading.Event(), threading.Event(), []

    def statement():
        started.set()
        release.wait(30)
        ran.append("read")

    runner.read(statement)
    assert started.wait(10)
    return runner, release, ran


def test_closing_does_not_wait_for_a_running_read(qtbot):
    """A read deaf to the stop (one long SQL statement: an ANALYZE, the bench's ordered ids) is left to the
    process's end; the window's close returns at once when no write is queued."""
    runner, release, ran = _runner_with_a_running_read(qtbot)
    try:
        assert runner.shut_down(20_000)  # no write to wait for
        assert ran == []  # returned while the read still ran
    finally:
        release.set()
        runner.pool.waitForDone(10_000)
    assert ran == ["read"]


def test_closing_waits_for_a_write_queued_behind_a_running_read(qtbot):
    runner, release, ran = _runner_with_a_running_read(qtbot)
    runner._submit(lambda: ran.append("write"), (), {}, None, None, None, changes=())
    threading.Timer(0.2, release.set).start()
    assert runner.shut_down(20_000)
    assert ran == ["read", "write"]  # the user's write is never lost
