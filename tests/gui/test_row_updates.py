"""A write says which rows it changed: the bench repaints just those rows (no model reset) and the
window's counts follow the change without counting again."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from talentdesk.services import bench, overview, talents
from tests.gui.conftest import settle
from tests.gui.test_bench import bench_of, small_world

STAR = bench.COLUMNS.index("favourite")


def open_bench(qtbot, make_window, data_dir):
    """Three people on the bench, its model watched by Qt's model tester throughout."""
    ids = small_world(data_dir)
    window = make_window()
    view = bench_of(window)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    return ids, window, view, view.model


def read_rows_where(monkeypatch) -> list[bool]:
    """Each time the bench's rows are read from here on: True when on the GUI thread."""
    on_gui, real = [], bench.rows
    monkeypatch.setattr(bench, "rows", lambda ids, today=None: on_gui.append(
        threading.current_thread() is threading.main_thread()) or real(ids, today))
    return on_gui


def test_a_favourite_toggled_on_the_bench_repaints_that_row_without_a_reset(qtbot, make_window, data_dir, monkeypatch):
    ids, window, view, model = open_bench(qtbot, make_window, data_dir)
    settle(qtbot, window)
    on_gui = read_rows_where(monkeypatch)
    row = model.row_of(ids["linus"])
    assert model.index(row, STAR).data() == ""
    resets, repainted = [], []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last, _roles=(): repainted.append((first.row(), last.row())))
    view.toggle_favourite([ids["linus"]])
    qtbot.waitUntil(lambda: model.index(row, STAR).data() == "★")
    settle(qtbot, window)  # the order and filters asked again: the same people, so nothing more
    assert resets == []
    assert repainted and set(repainted) == {(row, row)}  # that row only
    assert model.row_of(ids["linus"]) == row and model.index(row, STAR).data() == "★"
    assert on_gui and not any(on_gui)  # the row was read again on the lane, not while the window waited


def test_a_search_paints_its_first_rows_without_asking_the_database_from_the_gui_thread(
        qtbot, make_window, data_dir, monkeypatch):
    ids, window, view, model = open_bench(qtbot, make_window, data_dir)
    settle(qtbot, window)
    on_gui = read_rows_where(monkeypatch)
    qtbot.keyClicks(view.filter_bar.search, "hop")
    qtbot.waitUntil(lambda: model.ids() == [ids["grace"]])
    view.table.viewport().repaint()
    assert model.index(0, 0).data() == "Grace Hopper" and model.index(0, STAR).data() == "★"
    qtbot.mouseClick(view.filter_bar.favourite_button, Qt.LeftButton)  # a filter: the same
    view.filter_bar.search.clear()
    qtbot.waitUntil(lambda: set(model.ids()) == {ids["ada"], ids["grace"]})
    view.table.viewport().repaint()
    assert {model.index(r, 0).data() for r in range(2)} == {"Ada Lovelace", "Grace Hopper"}
    assert on_gui and not any(on_gui)  # the first block came with the list, read on the lane


def test_a_toggle_that_moves_the_row_resets_to_the_new_order(qtbot, make_window, data_dir):
    ids, window, view, model = open_bench(qtbot, make_window, data_dir)
    model.sort(STAR)  # favourites last (ascending): Linus, the only one who is not, comes first
    qtbot.waitUntil(lambda: model.id_at(0) == ids["linus"])
    view.toggle_favourite([ids["ada"]])  # Ada is no favourite now: she joins Linus at the top
    qtbot.waitUntil(lambda: set(model.ids()[:2]) == {ids["ada"], ids["linus"]})
    settle(qtbot, window)


def test_the_window_counts_follow_the_change_without_a_recount(qtbot, make_window, data_dir, monkeypatch):
    small_world(data_dir)
    window = make_window()
    settle(qtbot, window)
    assert window.status_facts.text().startswith("3 people")
    counted = []
    real = overview.counts
    monkeypatch.setattr(overview, "counts", lambda: counted.append(True) or real())
    window.ctx.runner.write(talents.create_talent, talents.TalentInput(name="Katherine Johnson"),
                            changes=("talent",))
    qtbot.waitUntil(lambda: window.status_facts.text().startswith("4 people"))
    settle(qtbot, window)
    assert counted == []
    window.undo()  # an undo does not say which rows: counted again
    qtbot.waitUntil(lambda: window.status_facts.text().startswith("3 people"))
    assert counted
