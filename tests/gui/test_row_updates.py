"""A write says which rows it changed: the bench repaints just those rows (no model reset) and the
window's counts follow the change without counting again."""
from __future__ import annotations

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


def test_a_favourite_toggled_on_the_bench_repaints_that_row_without_a_reset(qtbot, make_window, data_dir):
    ids, window, view, model = open_bench(qtbot, make_window, data_dir)
    settle(qtbot, window)
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
