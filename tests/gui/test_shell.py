"""The app shell: first run, navigation, shortcuts, remembered geometry, the task runner."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from talentdesk.services import settings
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle


def test_first_run_offers_demo_import_or_empty(qtbot, make_window, data_dir):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert not window.sidebar.isEnabled()
    qtbot.mouseClick(window.welcome.ui.emptyButton, Qt.LeftButton)
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.screens["bench"]
    assert window.sidebar.isEnabled()
    assert settings.get("onboarded") is True


def test_a_database_with_people_opens_on_the_bench(qtbot, make_window, data_dir):
    open_database(data_dir)
    factories.talent("Amara Okafor")
    window = make_window()
    assert window.stack.currentWidget() is window.screens["bench"]
    qtbot.waitUntil(lambda: window.status_facts.text() == "1 person · 0 contracts")  # never "1 talents"
    bench = window.screens["bench"]
    qtbot.waitUntil(lambda: bench.filter_bar.count.text() == "1 person")


def test_shortcuts_switch_screens(qtbot, make_window, data_dir):
    open_database(data_dir)
    factories.talent()
    window = make_window()
    for key, name in ((Qt.Key_1, "review"), (Qt.Key_3, "workroom"), (Qt.Key_4, "timeline"), (Qt.Key_2, "bench")):
        qtbot.keyClick(window, key, Qt.ControlModifier)
        assert window.current_view() == name
        assert window.stack.currentWidget() is window.screens[name]


def test_window_geometry_is_remembered(qtbot, make_window, data_dir):
    open_database(data_dir)
    factories.talent()
    first = make_window()
    first.resize(781, 702)  # within the offscreen screen (800×800): restore clamps to it
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (781, 702)


def test_runner_hands_results_back_on_the_gui_thread(qtbot, make_window, data_dir):
    from PySide6.QtCore import QThread

    open_database(data_dir)
    window = make_window()
    runner, seen, changes = window.ctx.runner, {}, []
    window.ctx.bus.changed.connect(changes.append)

    def work():
        seen["worker"] = QThread.currentThread()
        return factories.talent("Lane Worker")

    runner.write(work, changes=("talent",), on_done=lambda r: seen.update(result=r, gui=QThread.currentThread()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["gui"] is QWidget().thread()
    assert seen["worker"] is not seen["gui"]
    assert changes and changes[-1].touches("talent")


def test_runner_reports_errors_without_raising(qtbot, make_window, data_dir):
    from talentdesk.services.errors import ValidationError

    open_database(data_dir)
    window = make_window()
    failures = []

    def bad():
        raise ValidationError("name", "is required.")

    window.ctx.runner.write(bad, on_error=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert failures[0].field == "name"


def test_first_run_demo_button_fills_the_bench(qtbot, make_window, data_dir):
    from talentdesk.store.models import Talent

    window = make_window()
    qtbot.mouseClick(window.welcome.ui.demoButton, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens["bench"], timeout=20_000)
    assert Talent.select().count() >= 30
    qtbot.waitUntil(lambda: "people" in window.status_facts.text() and not window.status_facts.text().startswith("0"))


def test_new_talent_from_the_first_run_page_leaves_it(qtbot, make_window, data_dir):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    window.show_view("bench")  # what File › New talent and Ctrl+2 do first
    assert window.stack.currentWidget() is window.screens["bench"]
    assert window.sidebar.isEnabled()


def test_an_import_from_the_first_run_page_lands_on_the_bench_with_the_people_shown(qtbot, make_window, data_dir,
                                                                                    tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nAna Souza,ana@example.com\n", encoding="utf-8")
    window = make_window()
    assert window.stack.currentWidget() is window.welcome and not window.sidebar.isEnabled()
    dialog = window.interchange.import_csv("talents", path)  # what the welcome page's Import… menu opens
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 1, timeout=10_000)
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_report is not None, timeout=10_000)
    dialog.close()
    bench = window.screens["bench"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is bench, timeout=10_000)
    assert window.sidebar.isEnabled() and window.current_view() == "bench"
    qtbot.waitUntil(lambda: bench.current_id() is not None, timeout=10_000)
    index = bench.table.currentIndex()
    assert bench.model.index(index.row(), 0).data() == "Ana Souza"
    assert bench.pages.currentWidget() is bench.table
