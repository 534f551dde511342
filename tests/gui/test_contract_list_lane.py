"""The workroom's contract list reads its rows on the database lane, never on the GUI thread (on a team database
each block is a round trip to the server), and a refresh repaints the rows it had until the new ones arrive."""
from __future__ import annotations

import threading

from talentdesk.services import contracts, workroom
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle


def test_the_contract_list_reads_its_rows_off_the_gui_thread(qtbot, make_window, data_dir, monkeypatch):
    open_database(data_dir)
    first = factories.contract(title="Landing page", status="draft")
    factories.contract(title="Data export")
    threads = []
    real = workroom.list_rows

    def list_rows(ids):
        threads.append(threading.current_thread())
        return real(ids)

    monkeypatch.setattr(workroom, "list_rows", list_rows)
    window = make_window()
    window.show_view("workroom")
    panel = window.screens["workroom"].list_panel
    model = panel.model

    def titles():
        return sorted(row.title for row in (model.row_at(r) for r in range(model.rowCount())) if row is not None)

    qtbot.waitUntil(lambda: titles() == ["Data export", "Landing page"], timeout=20_000)
    assert threads and threading.main_thread() not in threads

    # Filled anew (after a change), the list shows the rows it had until the new ones arrive, never blank.
    theirs = workroom.contract_input(first)
    theirs.title = "Landing page v2"
    contracts.update_contract(first, theirs, version=theirs.version)
    model.set_ids(list(model.ids))
    assert model.row_at(model.row_of(first)).title == "Landing page"
    qtbot.waitUntil(lambda: model.row_at(model.row_of(first)).title == "Landing page v2", timeout=20_000)
    settle(qtbot, window)
    assert threading.main_thread() not in threads
