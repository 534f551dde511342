"""A search past the services' limit, pasted into each search box: the box stops at the length limit,
and a search of too many words is said beside the box (no dialog, no traceback, no stale rows)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QMessageBox

from talentdesk.services import contracts, settings, validate
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import open_room

TOO_MANY_WORDS = " ".join(["pyth"] * (validate.MAX_SEARCH_TERMS + 1))


def no_dialog() -> bool:
    return not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def world(data_dir) -> int:
    open_database(data_dir)
    settings.set("onboarded", True)
    talent_id = factories.talent("Ada Lovelace", skills=[("Python", 4)])
    contract_id = factories.contract(talent_id, title="Site")
    contracts.add_message(contract_id, "python talk", sent_at=dt.datetime(2026, 2, 3, 9, 0))
    contracts.add_feedback(contract_id, "given", 5, "pyth great", dt.date(2026, 2, 4))
    return contract_id


def test_bench_search_box_stops_at_the_limit_and_says_too_many_words(qtbot, make_window, data_dir):
    world(data_dir)
    window = make_window()
    view = window.screens["bench"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.filter_bar.search.setText("x" * 100_000)
    assert len(view.filter_bar.search.text()) == validate.MAX_SEARCH_CHARS
    view.filter_bar.search.setText(TOO_MANY_WORDS)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.no_match_page)
    qtbot.waitUntil(lambda: "at most 30 words" in view.no_match_text.text())
    assert view.model.rowCount() == 0 and no_dialog()
    view.filter_bar.search.setText("pyth")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    settle(qtbot, window)


def test_workroom_and_timeline_searches_say_too_many_words_beside_the_box(qtbot, make_window, data_dir):
    contract_id = world(data_dir)
    window = make_window()
    room = open_room(qtbot, window, contract_id)
    room.messages.search.setText(TOO_MANY_WORDS)
    qtbot.waitUntil(lambda: "at most 30 words" in room.messages.found.text(), timeout=5000)
    assert room.messages.model.rowCount() == 0
    panel = room.list_panel
    panel.search.setText(TOO_MANY_WORDS)
    qtbot.waitUntil(lambda: "at most 30 words" in panel.count.text(), timeout=5000)
    assert panel.model.rowCount() == 0 and no_dialog()

    window.show_view("timeline")
    timeline = window.screens["timeline"]
    settle(qtbot, window)
    timeline.search.setText(TOO_MANY_WORDS)
    qtbot.waitUntil(lambda: "at most 30 words" in timeline.empty_label.text(), timeout=5000)
    assert timeline.empty_label.isVisible() and no_dialog()
    settle(qtbot, window)
