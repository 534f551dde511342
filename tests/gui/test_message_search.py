"""The workroom's message search runs on the database lane, and only the newest request's answer is shown."""
from __future__ import annotations

import datetime as dt
import threading

from talentdesk.services import contracts, workroom
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import open_room


def room_with_messages(data_dir) -> tuple[int, int]:
    open_database(data_dir)
    talent_id = factories.talent("Ada Lovelace")
    mine = factories.contract(talent_id, title="Site")
    other = factories.contract(talent_id, title="Other room")
    start = dt.datetime(2026, 2, 3, 9, 0)
    for n, body in enumerate(["alpha plan", "alpha budget", "beta launch", "gamma notes"]):
        contracts.add_message(mine, body, sent_at=start + dt.timedelta(minutes=n))
    contracts.add_message(other, "beta elsewhere", sent_at=start)
    return mine, other


def test_the_message_search_runs_through_the_task_runner(qtbot, make_window, data_dir, monkeypatch):
    mine, _other = room_with_messages(data_dir)
    window = make_window()
    room = open_room(qtbot, window, mine)
    asked = []
    real_read = window.ctx.runner.read

    def read(fn, *args, **kwargs):
        asked.append((fn, args, kwargs.get("text"), threading.current_thread() is threading.main_thread()))
        return real_read(fn, *args, **kwargs)

    monkeypatch.setattr(window.ctx.runner, "read", read)
    called_on = []
    real_page = workroom.message_page
    monkeypatch.setattr(workroom, "message_page", lambda *a, **k: called_on.append(
        threading.current_thread() is threading.main_thread()) or real_page(*a, **k))
    qtbot.keyClicks(room.messages.search, "beta")
    qtbot.waitUntil(lambda: [r.body for r in room.messages.model.rows] == ["beta launch"], timeout=5000)
    assert any(fn is workroom.message_page and args == (mine,) and text == "beta" for fn, args, text, _ in asked)
    assert called_on and not any(called_on)  # the query ran on the lane, never on the GUI thread
    assert room.messages.found.text() == "1 found"  # this room's hit only, not the other room's


def test_an_older_search_never_replaces_a_newer_one(qtbot, make_window, data_dir, monkeypatch):
    mine, _other = room_with_messages(data_dir)
    window = make_window()
    room = open_room(qtbot, window, mine)
    model = room.messages.model
    shown = []
    model.modelReset.connect(lambda: shown.append(model.text))
    gate, real_page = threading.Event(), workroom.message_page

    def slow_for_alpha(*args, **kwargs):
        if kwargs.get("text") == "alpha":
            gate.wait(10)  # the older search answers late
        return real_page(*args, **kwargs)

    monkeypatch.setattr(workroom, "message_page", slow_for_alpha)
    room.messages.search.setText("alpha")
    room.messages.reload()
    room.messages.search.setText("gamma")
    room.messages.reload()  # the newer request, asked while the older one is still running
    gate.set()
    settle(qtbot, window)
    qtbot.wait(50)
    assert [r.body for r in model.rows] == ["gamma notes"]
    assert "alpha" not in shown and shown[-1] == "gamma"  # the older answer was dropped, never shown


def test_older_pages_come_from_the_lane_and_a_message_far_back_is_found(qtbot, make_window, data_dir, monkeypatch):
    from talentdesk.store.db import database
    from talentdesk.store.models import Message

    open_database(data_dir)
    mine = factories.contract(title="Long room")
    start = dt.datetime(2026, 1, 1, 9)
    with database.atomic():
        Message.insert_many([{"contract": mine, "sent_at": start + dt.timedelta(minutes=i), "author": "them",
                              "channel": "chat", "body": f"message {i}"} for i in range(250)]).execute()
    first = Message.select(Message.id).where(Message.body == "message 0").scalar()
    window = make_window()
    room = open_room(qtbot, window, mine)
    called_on = []
    real_page = workroom.message_page
    monkeypatch.setattr(workroom, "message_page", lambda *a, **k: called_on.append(
        threading.current_thread() is threading.main_thread()) or real_page(*a, **k))
    room.messages.view.verticalScrollBar().setValue(0)  # scrolled to the top: the page before comes
    qtbot.waitUntil(lambda: room.messages.model.rowCount() == 200)
    assert called_on and not any(called_on)  # fetched on the lane, never on the GUI thread
    room.messages.show_message(first)  # two pages back from the newest
    qtbot.waitUntil(lambda: room.messages.model.marked == first, timeout=5000)
    assert room.messages.model.rows[0].body == "message 0" and not any(called_on)
