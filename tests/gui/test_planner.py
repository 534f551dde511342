"""The planner screen: describe a plan, pick a team, get the draft offers kept as a plan that reopens."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from talentdesk.services import availability, contracts, planner, settings, talents
from tests import factories

from .conftest import settle


def _person(name, skills, hours, rate):
    tid = factories.talent(name, skills=skills)
    availability.set_offered(tid, hours)
    talents.add_rate(tid, dt.date(2026, 1, 1), rate, "EUR")
    return tid


def test_describe_a_plan_pick_a_team_get_the_draft_offers(db, make_window, qtbot, monkeypatch):
    settings.set("default_currency", "EUR")
    ana = _person("Ana", [("Python", 4)], 10, 4000)
    ben = _person("Ben", [("dbt", 3)], 15, 3000)
    _person("Cleo", [("Python", 2)], 40, 1000)
    window = make_window()
    qtbot.keyClick(window, Qt.Key_5, Qt.ControlModifier)
    screen = window.screens["planner"]
    qtbot.waitUntil(lambda: screen.isVisible())
    start = dt.date.today() + dt.timedelta(days=7 - dt.date.today().weekday())
    screen.start.setDate(QDate(start))
    screen.end.setDate(QDate(start + dt.timedelta(days=11)))
    qtbot.keyClicks(screen.title, "Data pipeline")
    qtbot.keyClicks(screen.skills, "Python:4, dbt")
    qtbot.waitUntil(lambda: screen.proposals.count() > 0, timeout=10_000)
    assert screen.proposals.item(0).text().startswith("1. Ana, Ben — team of 2 — ")
    assert "Python 4 (needs 4)" in screen.why.toPlainText()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    screen.proposals.setCurrentRow(0)
    qtbot.mouseClick(screen.make_offers, Qt.LeftButton)
    qtbot.waitUntil(lambda: screen.plan_id is not None and screen.plans.count() == 1, timeout=10_000)
    settle(qtbot, window)
    saved = planner.load_plan(screen.plan_id)
    assert [(m.talent_id, m.contract_status) for m in saved.members] == [(ana, "draft"), (ben, "draft")]
    offer = contracts.get(saved.members[0].contract_id)
    assert (offer.title, offer.rate_minor, offer.currency, offer.weekly_limit_hours) == ("Data pipeline", 4000, "EUR", 10)
    assert "Data pipeline" in screen.plans.item(0).text() and "Ana, Ben" in screen.plans.item(0).text()
    qtbot.waitUntil(lambda: "draft offers" in screen.why.toPlainText(), timeout=10_000)
    assert screen.export_pdf.isEnabled()
    # A new description forgets the plan shown; the saved plan reopens with its description.
    screen.clear()
    assert screen.skills.text() == "" and not screen.export_pdf.isEnabled()
    screen.plans.itemClicked.emit(screen.plans.item(0))
    qtbot.waitUntil(lambda: screen.skills.text() == "Python:4, dbt" and screen.plan_id == saved.id, timeout=10_000)
    assert screen.title.text() == "Data pipeline"


def test_a_late_answer_never_overwrites_a_newer_description(db, make_window, qtbot):
    _person("Ana", [("Python", 4)], 30, 4000)
    _person("Ben", [("Rust", 4)], 30, 4000)
    window = make_window()
    window.show_view("planner")
    screen = window.screens["planner"]
    screen.skills.setText("Python")
    screen.timer.stop()
    screen.ask()
    first = screen._asked
    old_answer = planner.propose(screen.description())  # what the lane will say to the first question
    screen.skills.setText("Rust")
    screen.timer.stop()
    screen.ask()
    qtbot.waitUntil(lambda: screen._answered == screen._asked, timeout=10_000)
    settle(qtbot, window)

    def shown():
        return [screen.proposals.item(i).text().split(" — ")[0] for i in range(screen.proposals.count())]

    assert shown() == ["1. Ben"]
    screen._answer(first, old_answer)  # the first answer, arriving late
    assert shown() == ["1. Ben"]


def test_an_unreadable_skill_is_said_next_to_the_form(db, make_window, qtbot):
    window = make_window()
    window.show_view("planner")
    screen = window.screens["planner"]
    qtbot.keyClicks(screen.skills, "Python:9")
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=5_000)
    assert screen.error.text().startswith("Skills:")


def test_availability_is_set_from_the_bench_and_shows_in_the_free_column(db, make_window, qtbot):
    from talentdesk.services import bench

    tid = factories.talent("Dana", skills=[("Go", 3)])
    window = make_window()
    window.show_view("bench")
    screen = window.screens["bench"]
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    free = screen.model.index(0, bench.COLUMNS.index("free"))
    qtbot.waitUntil(lambda: free.data() == "not set", timeout=10_000)
    screen.table.selectRow(0)
    screen.act_availability.trigger()
    qtbot.waitUntil(lambda: getattr(screen, "availability_dialog", None) is not None, timeout=10_000)
    dialog = screen.availability_dialog
    assert not dialog.hours.isEnabled()  # "not set" until ticked: nothing is assumed
    dialog.is_set.setChecked(True)
    dialog.hours.setValue(25)
    dialog.save()
    qtbot.waitUntil(lambda: availability.offered(tid) == 25, timeout=10_000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: screen.model.index(0, bench.COLUMNS.index("free")).data() == "25 h · 25 h",
                    timeout=10_000)
