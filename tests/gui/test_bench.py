"""The bench driven as a person would: search, filter, sort, add, rehire."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QToolButton

from talentdesk.services import bench, contracts, settings
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle


def names(view) -> list[str]:
    model = view.model
    return [model.index(row, bench.COLUMNS.index("name")).data() for row in range(model.rowCount())]


def bench_of(window):
    return window.screens["bench"]


def small_world(data_dir) -> dict[str, int]:
    open_database(data_dir)
    settings.set("onboarded", True)
    ids = {
        "ada": factories.talent("Ada Lovelace", headline="Django backend", skills=[("Django", 5), ("Python", 4)],
                                favourite=True),
        "grace": factories.talent("Grace Hopper", headline="Compilers", skills=[("Python", 5)], favourite=True,
                                  available=False),
        "linus": factories.talent("Linus Berg", headline="Kernel work", skills=[("C", 5)]),
    }
    for key, amount in (("ada", 120_000), ("grace", 900_000), ("linus", 40_000)):
        cid = factories.contract(ids[key], title=f"{key} work")
        contracts.add_payment(cid, "hourly", amount, "USD", dt.date.today())
    return ids


def test_typing_in_the_search_box_changes_the_rows(qtbot, make_window, data_dir):
    small_world(data_dir)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.keyClick(view, Qt.Key_F, Qt.ControlModifier)
    assert view.filter_bar.search.hasFocus()
    qtbot.keyClicks(view.filter_bar.search, "hop")
    qtbot.waitUntil(lambda: names(view) == ["Grace Hopper"])
    assert "1 of 3" in view.filter_bar.count.text()
    view.filter_bar.search.clear()
    qtbot.keyClicks(view.filter_bar.search, "pyth")  # skills are searched too
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace", "Grace Hopper"])
    qtbot.keyClicks(view.filter_bar.search, "zzz")
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.no_match_page)
    qtbot.mouseClick(view.no_match_page.findChild(QPushButton, "noMatchClear"), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)


def test_older_search_results_are_dropped(qtbot, make_window, data_dir):
    small_world(data_dir)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    stale_generation = view._generation
    view.refresh()
    view._apply(stale_generation, bench.Listing([], 3, []))  # a late answer to an older search
    assert view.model.rowCount() == 3
    settle(qtbot, view.window())


def test_two_filters_combine_and_clear(qtbot, make_window, data_dir):
    small_world(data_dir)
    view = bench_of(make_window())
    bar = view.filter_bar
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.mouseClick(bar.favourite_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace", "Grace Hopper"])
    qtbot.mouseClick(bar.skill.lineEdit(), Qt.LeftButton)  # a person clicks into the box before typing
    qtbot.keyClicks(bar.skill.lineEdit(), "Djan")
    qtbot.keyClick(bar.skill.lineEdit(), Qt.Key_Return)
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace"])
    assert any("Django" in chip for chip in bar.chip_texts())
    assert any("Favourites" in chip for chip in bar.chip_texts())
    # Removing one chip keeps the other filter.
    chip = next(c for c in bar.findChildren(QToolButton, "filterChip") if "Django" in c.text())
    qtbot.mouseClick(chip, Qt.LeftButton)
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace", "Grace Hopper"])
    qtbot.mouseClick(bar.clear_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert bar.chip_texts() == [] and not bar.favourite_button.isChecked()


def test_sort_by_spend(qtbot, make_window, data_dir):
    small_world(data_dir)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    header = view.table.horizontalHeader()
    column = bench.COLUMNS.index("spend")
    header_pos = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=header_pos)
    qtbot.waitUntil(lambda: view._sort[0] == "spend")
    if not view._sort[1]:  # the first click sorts ascending: a second one puts the biggest spend first
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=header_pos)
    qtbot.waitUntil(lambda: names(view) == ["Grace Hopper", "Ada Lovelace", "Linus Berg"])
    assert "9,000" in view.model.index(0, column).data() or "9000" in view.model.index(0, column).data()


def test_add_a_talent_with_a_bad_email_then_fix_it(qtbot, make_window, data_dir):
    small_world(data_dir)
    window = make_window()
    view = bench_of(window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    qtbot.keyClicks(dialog.ui.nameEdit, "Mina Sato")
    qtbot.mouseClick(dialog.ui.addChannelButton, Qt.LeftButton)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "mina.example.com")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "not an e-mail" in dialog.error_shown("channelsError"))
    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.contactTab  # the message is where the field is
    dialog.ui.channelsTable.item(0, 1).setText("mina@example.com")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted)
    qtbot.waitUntil(lambda: "Mina Sato" in names(view))
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.data.name == "Mina Sato")
    assert view.detail.detail.data.channels[0].value == "mina@example.com"


def test_a_missing_name_is_shown_beside_the_name(qtbot, make_window, data_dir):
    small_world(data_dir)
    view = bench_of(make_window())
    view.new_talent()
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_shown("nameError") == "Name is required.")


def test_rehire_lands_in_a_prefilled_contract_form(qtbot, make_window, data_dir):
    ids = small_world(data_dir)
    factories.contract(ids["ada"], title="API rewrite", kind="hourly", rate_minor=9500, weekly_limit_hours=25,
                       scope="Rewrite the billing API", start_date=dt.date(2026, 2, 2))
    window = make_window()
    view = bench_of(window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.select_talent(ids["ada"])
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == ids["ada"])
    qtbot.mouseClick(view.detail.rehire_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    form = view.dialog
    qtbot.waitUntil(lambda: form.save_button.isEnabled())  # the form has loaded the people
    assert form.ui.titleEdit.text() == "API rewrite"
    assert form.ui.kindCombo.currentData() == "hourly"
    assert form.ui.rateEdit.text() == "95.00"
    assert form.ui.weeklyLimitSpin.value() == 25
    assert form.ui.scopeEdit.toPlainText() == "Rewrite the billing API"
    saved = []
    form.saved.connect(saved.append)
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(saved))
    created = contracts.get(saved[0])
    assert (created.rate_minor, created.talent_id, created.weekly_limit_hours) == (9500, ids["ada"], 25)
    assert window.current_view() == "workroom"


def test_delete_with_contracts_is_refused_and_archive_is_offered(qtbot, make_window, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ids = small_world(data_dir)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        for button in box.buttons():
            if button.text() in ("Delete", "Archive instead"):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    view.select_talent(ids["linus"])
    view.delete_selected()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "contract" in shown[0] and "Archive" in shown[0]  # said at once: no "delete for good?" first
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace", "Grace Hopper"])
    assert len(shown) == 1


def test_delete_key_archives_and_multi_selection_favourites(qtbot, make_window, data_dir):
    ids = small_world(data_dir)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.table.selectAll()
    view.toggle_favourite()  # two of three were favourites: all become favourites
    qtbot.waitUntil(lambda: bench.rows([ids["linus"]])[ids["linus"]].favourite)
    view.select_talent(ids["grace"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key_Delete)
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace", "Linus Berg"])
    # not silent: the status line says what happened and offers the way back; the neighbour is selected
    window = view.window()
    assert window.undo_note.isVisible() and window.undo_note.text().startswith("Archived Grace Hopper")
    qtbot.waitUntil(lambda: view.current_id() == ids["linus"])
    assert window.action_undo.text().replace("&", "") == "Undo archive"
    window.undo_note.linkActivated.emit("undo")
    qtbot.waitUntil(lambda: names(view) == ["Ada Lovelace", "Grace Hopper", "Linus Berg"])


def test_empty_bench_says_what_to_do(qtbot, make_window, data_dir):
    open_database(data_dir)
    settings.set("onboarded", True)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.empty_page)
    assert "Your bench is empty" in [label.text() for label in view.empty_page.findChildren(QLabel)]
    assert not view.side.isVisible(), "no one to select: no side panel saying “Select someone”"
    body = view.empty_page.body
    qtbot.waitUntil(lambda: body.isVisible() and body.height() >= body.heightForWidth(body.width()))
    qtbot.mouseClick(view.empty_page.findChild(QPushButton, "emptyNewTalent"), Qt.LeftButton)
    assert view.dialog is not None and view.dialog.isVisible()


def test_column_order_and_widths_are_remembered(qtbot, make_window, data_dir):
    small_world(data_dir)
    first = bench_of(make_window())
    first.table.horizontalHeader().resizeSection(bench.COLUMNS.index("headline"), 333)
    first.window().close()
    second = bench_of(make_window())
    second.window().resize(1920, 1080)  # room for every column: none gives way (ColumnsGiveWay)
    qtbot.waitUntil(lambda: second.table.horizontalHeader().sectionSize(bench.COLUMNS.index("headline")) == 333)


def test_the_bench_model_passes_the_model_tester(qtbot, make_window, data_dir):
    small_world(data_dir)
    view = bench_of(make_window())
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    qtbot.keyClicks(view.filter_bar.search, "ada")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.filter_bar.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.model.invalidate()
    view.model.tick()


def test_history_tab_shows_only_the_selected_persons_timeline(qtbot, make_window, data_dir):
    ids = small_world(data_dir)
    for key in ("ada", "grace"):
        cid = factories.contract(ids[key], title=f"{key} review")
        contracts.add_feedback(cid, "given", 5, f"{key} was precise and fast")
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.table.selectRow(names(view).index("Grace Hopper"))
    view.side.setCurrentWidget(view.history_holder)
    qtbot.waitUntil(lambda: view.history is not None and len(view.history.model.events()) > 0, timeout=10_000)
    settle(qtbot, view.window())
    events = view.history.model.events()
    assert events and {e.talent_id for e in events} == {ids["grace"]}
    view.table.selectRow(names(view).index("Ada Lovelace"))
    qtbot.waitUntil(lambda: {e.talent_id for e in view.history.model.events()} == {ids["ada"]}, timeout=10_000)
    assert view.act_thanks.isEnabled() and view.act_pdf.isEnabled()


def test_esc_on_a_half_filled_new_talent_form_asks_before_discarding(qtbot, make_window, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    small_world(data_dir)
    window = make_window()
    view = bench_of(window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    asked, answer = [], {"button": "Keep editing"}

    def fake_exec(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == answer["button"]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    qtbot.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    qtbot.keyClick(dialog, Qt.Key_Escape)  # nothing typed yet: closes without a question
    assert not dialog.isVisible() and asked == []

    window.new_talent()
    assert view.dialog is not dialog
    dialog = view.dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.nameEdit, "Mina Sa")
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert asked == ["Discard this new talent?"] and dialog.isVisible()
    assert dialog.ui.nameEdit.text() == "Mina Sa"  # kept editing: nothing lost
    answer["button"] = "Discard"
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()


def test_a_contact_overdue_says_so_in_words_not_in_red_alone(qtbot, make_window, data_dir):
    from talentdesk.services import interactions

    open_database(data_dir)
    settings.set("onboarded", True)
    kim = factories.talent("Kim Lee", stay_in_touch_days=30)
    interactions.log(kim, interactions.InteractionInput(
        "call", happened_at=dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=40), body="Caught up"))
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == kim)
    assert "overdue" in view.detail.sections["touch"].text()


def test_an_older_listing_does_not_cancel_the_selection_asked_for_after_it(qtbot, make_window, data_dir):
    """Archive right after a favourite: the listing asked for by the favourite may arrive after the archive
    has asked to select the neighbour; it must leave that to the listing the archive brings."""
    ids = small_world(data_dir)
    view = bench_of(make_window())
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    everyone = bench.listing(view.filter_bar.filters(), "name", "asc")
    older = view._generation  # a listing asked for before the archive
    view.select_talent(ids["grace"])
    view._select_neighbour([ids["grace"]])
    view._apply(older, everyone)  # arrives late: the same people, nothing to do with the archive
    view._generation += 1
    without_grace = bench.Listing([i for i in everyone.ids if i != ids["grace"]], everyone.total,
                                  everyone.skill_names)
    view._apply(view._generation, without_grace)
    assert view.current_id() == ids["linus"]
