"""The timeline screen as a person uses it: filters, saying thanks, check-ins, scrolling, the chart."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from talentdesk.services import contracts, timeline
from talentdesk.store.schema import open_database
from talentdesk.views.dialogs.appreciation import AppreciationDialog
from talentdesk.views.dialogs.checkin import CheckinDialog
from talentdesk.views.timeline.model import TimelineModel
from talentdesk.views.timeline.widget import TimelineWidget
from tests import factories, timeline_world


@pytest.fixture
def open_timeline(qtbot, data_dir):
    from talentdesk.app.application import build_context

    made = []

    def make(**kwargs) -> TimelineWidget:
        ctx = build_context(data_dir)
        widget = TimelineWidget(ctx, **kwargs)
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        settle(qtbot, widget)
        made.append(widget)
        return widget

    yield make
    for widget in made:
        widget.ctx.runner.wait()


def settle(qtbot, widget) -> None:
    def quiet() -> bool:
        return not (widget._debounce.isActive() or widget.people._debounce.isActive() or widget.ctx.runner.busy())

    qtbot.wait(20)
    qtbot.waitUntil(quiet, timeout=20_000)


def dialog_of(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} open"
    return found[-1]


def review(contract_id: int, day: dt.date, score: int = 4, checkin: bool = False) -> None:
    contracts.add_private_review(contract_id, contracts.ReviewInput(
        *(score,) * 6, "yes", 8, is_checkin=checkin, reviewed_on=day, notes="steady progress"))


def test_the_model_passes_the_model_tester(qtbot, data_dir):
    open_database(data_dir)
    timeline_world.build(12)
    model = TimelineModel(page_size=25)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reset_with(timeline.TimelineFilter(), timeline.page(timeline.TimelineFilter(), None, 25))
    while model.canFetchMore():
        model.fetchMore()
    assert model.event_count() == timeline_world.expected_count()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.ForegroundRole, Qt.TextAlignmentRole):
                model.index(row, column).data(role)


def test_filter_to_one_person_and_one_kind(qtbot, data_dir, open_timeline):
    open_database(data_dir)
    timeline_world.build(30)
    widget = open_timeline()
    assert widget.total == timeline_world.expected_count()
    person = next(p for p in timeline.all_people() if p.name == "Generated Person 00007")
    widget.people.menu().popup(widget.people.mapToGlobal(widget.people.rect().bottomLeft()))
    qtbot.keyClicks(widget.people.search, "00007")
    qtbot.waitUntil(lambda: widget.people.list.count() == 1)
    widget.people.list.item(0).setCheckState(Qt.Checked)  # what ticking the box does
    widget.people.menu().hide()
    widget.kind_actions["scope_change"].trigger()
    settle(qtbot, widget)
    events = widget.model.events()
    assert widget.people.text() == "Generated Person 00007"
    assert widget.kinds_button.text() == "Scope changed"
    expected = timeline.count(timeline.TimelineFilter(talent_ids=(person.id,), kinds=frozenset({"scope_change"})))
    assert len(events) == expected == widget.total
    assert all(e.talent_id == person.id and e.kind == "scope_change" for e in events)
    qtbot.mouseClick(widget.clear_button, Qt.LeftButton)
    settle(qtbot, widget)
    assert widget.total == timeline_world.expected_count()


def test_add_praise_and_see_it_at_the_top(qtbot, data_dir, open_timeline):
    open_database(data_dir)
    person = factories.talent("Amara Okafor")
    factories.contract(person, title="Billing migration")
    widget = open_timeline()
    qtbot.mouseClick(widget.thanks_button, Qt.LeftButton)
    dialog = dialog_of(AppreciationDialog)
    qtbot.waitUntil(lambda: dialog.ui.personCombo.count() == 1)
    qtbot.keyClicks(dialog.ui.personCombo.lineEdit(), "Amara Okafor")
    qtbot.keyClicks(dialog.ui.whatEdit, "great job")
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save), Qt.LeftButton)
    assert dialog.ui.whatError.isVisible() and "specific" in dialog.ui.whatError.text()
    dialog.ui.whatEdit.clear()
    qtbot.keyClicks(dialog.ui.whatEdit, "The hand-over notes on the billing migration saved me a day")
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save), Qt.LeftButton)
    settle(qtbot, widget)
    qtbot.waitUntil(lambda: widget.model.event_at(widget.model.first_event_row()) is not None
                    and widget.model.event_at(widget.model.first_event_row()).kind == "praise")
    top = widget.model.event_at(widget.model.first_event_row())
    assert top.talent_name == "Amara Okafor" and "saved me a day" in top.excerpt


def test_a_check_in_adds_a_point_to_the_persons_chart(qtbot, data_dir, open_timeline):
    open_database(data_dir)
    person = factories.talent("Kenta Itō")
    contract = factories.contract(person, title="Mobile app", start_date=dt.date.today() - dt.timedelta(days=90))
    review(contract, dt.date.today() - dt.timedelta(days=60), 3, checkin=True)
    review(contract, dt.date.today() - dt.timedelta(days=30), 4, checkin=True)
    widget = open_timeline(talent_ids=(person,))
    qtbot.waitUntil(lambda: widget.chart.overall is not None and widget.chart.overall.count() == 2)
    assert widget.checkin_button.isEnabled()
    qtbot.mouseClick(widget.checkin_button, Qt.LeftButton)
    dialog = dialog_of(CheckinDialog)
    qtbot.waitUntil(lambda: dialog.ui.contractCombo.count() == 1)
    spins = dialog.spins()
    # Nothing is rated for the user: every rating starts at "Choose…" and Save says which are missing.
    assert {spin.text() for spin in (*spins.values(), dialog.ui.recommendSpin)} == {"Choose…"}
    assert dialog.ui.rehireCombo.currentText() == "Choose…"
    spins["quality"].setValue(5)
    qtbot.keyClicks(dialog.ui.notesEdit, "Shipped the offline mode early")
    save = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dialog.ui.formError.text() == ("Ratings: choose Skills, Availability, Deadlines, Communication, "
                                          "Cooperation, Would rehire, Recommend (0–10).")
    assert widget.chart.overall.count() == 2 and dialog.isVisible()
    for name, spin in spins.items():
        if name != "quality":
            spin.setValue(4)
    dialog.ui.rehireCombo.setCurrentIndex(dialog.ui.rehireCombo.findData("yes"))
    dialog.ui.recommendSpin.setValue(9)
    qtbot.mouseClick(save, Qt.LeftButton)
    settle(qtbot, widget)
    qtbot.waitUntil(lambda: widget.chart.overall.count() == 3)
    assert widget.chart.criteria["quality"].at(2).y() == 5
    assert widget.model.event_at(widget.model.first_event_row()).kind == "checkin"
    assert "Shipped the offline mode early" in widget.chart.review_text(widget.chart.review_near(widget.chart.overall.at(2)))


def test_scrolling_to_the_end_fetches_every_page(qtbot, data_dir, open_timeline):
    open_database(data_dir)
    timeline_world.build(250)
    expected = timeline_world.expected_count()
    assert expected > 5 * timeline.PAGE_SIZE
    widget = open_timeline()
    assert widget.model.event_count() == timeline.PAGE_SIZE
    bar = widget.view.verticalScrollBar()
    for _ in range(200):
        if widget.model.exhausted():
            break
        bar.setValue(bar.maximum())  # what dragging the scroll bar to the end does
        qtbot.wait(1)
    assert widget.model.exhausted()
    assert widget.model.event_count() == expected == widget.total


def test_the_timeline_screen_in_the_window(qtbot, data_dir, make_window):
    open_database(data_dir)
    person = factories.talent("Amara Okafor")
    review(factories.contract(person), dt.date.today(), 5)
    window = make_window()
    window.show_view("timeline")
    screen = window.screens["timeline"]
    qtbot.waitUntil(lambda: screen.model.event_count() == 2)
    qtbot.waitUntil(screen.thanks_strip.isVisible)
    assert "Amara Okafor" in screen.thanks_label.text()
    assert any("Time&line events" in a.text() for a in window.menu_export.actions())
