"""A member whose role may only read: every screen of the window (the bench and its side tabs, the workroom and
each of its tabs with a row chosen, the timeline, the review queue and my record, the planner, the menus and
the rows' context menus) offers no enabled control that changes data, and each write control says why.

A write control is one declared with ``ctx.writes.guard`` (``app/writes.py``). So that a new button cannot
slip by undeclared, every control left enabled must be one of the reads named below: a new one fails here until
it is declared a write or named a read."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QPushButton, QTabBar, QWidget

from talentdesk import cli
from talentdesk.app.errors import error_text
from talentdesk.app.team_link import OFFLINE, TeamUnavailable
from talentdesk.app.writes import WRITES, Writes
from talentdesk.launcher import build_window
from talentdesk.services import contracts
from tests import postgres_server
from tests.gui.conftest import settle

WAIT = 20_000

# What may stay enabled for a reader, by the words it shows (its text, else its tooltip).
READS = {
    # the window's menus
    "&File", "&Edit", "&View", "&Tools", "&Help", "&Export", "&Quit", "&Back up to a file…", "&Check database…",
    "Time&line events as CSV…", "&Yearly spend report…", "Ta&x year report…", "&Narrow sidebar", "&User guide",
    "&Keyboard shortcuts", "&About TalentDesk", "&Connect to a team database…", "&Use my local data",
    # reading a person, a contract, a list
    "Open", "Export PDF…", "Save a copy…", "Find in all messages…", "Everyone", "Clear filters", "Export CSV…",
    "Plan &PDF…", "&New plan", "My record…", "Back to the queue", "Working with me PDF…", "Copy text",
    "Export PDF", "Search the timeline", "More", "Everyone as &vCard…", "&Dates as calendar (.ics)…",
    "Use my &local data", "Co&nnect to a team database…",
}


def _words(control) -> str:
    return control.text() or control.toolTip()


def _reads(words: str) -> bool:
    """A read: named above, a screen's own menu (View), a filter, an export, or opening something to look at."""
    return (words in READS or words.startswith(("Open ", "Show only ", "&Export", "Talents as", "Contracts as"))
            or words.endswith(" as CSV…"))


def _controls(root: QWidget) -> list:
    """The buttons shown and the actions offered under ``root``, with the actions of the menus they open."""
    found = [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root) and not isinstance(b.parent(), QTabBar)]
    actions = [a for a in root.findChildren(QAction) if a.text() and not a.isSeparator()]
    for button in found:
        menu = getattr(button, "menu", lambda: None)()
        if menu is not None:
            actions += [a for a in menu.actions() if not a.isSeparator()]
    return found + actions


def _filters(window) -> list[QWidget]:
    """The places whose every control only narrows what is shown or opens something to read: the bench's filter
    bar, each timeline's (the screen's and the bench's history tab's) people and kinds pickers, my record's
    figures (each opens the records behind it)."""
    from talentdesk.views.timeline.widget import TimelineWidget

    places = [window.screens["bench"].filter_bar, *window.screens["review"].record_page.tiles.values()]
    for timeline in window.findChildren(TimelineWidget):
        places += [timeline.people, timeline.kinds_button]
    return places


def _lineage(control):
    """The control and the objects that hold it, up to the window."""
    while control is not None:
        yield control
        control = control.parent()


def _inside(control, places) -> bool:
    return any(holder in places for holder in _lineage(control))


def _out_of_reach(control) -> bool:
    """An action only in menus that cannot be opened now (a held submenu)."""
    if not isinstance(control, QAction):
        return False
    menus = [m for m in control.associatedObjects() if isinstance(m, QMenu)]
    return bool(menus) and all(not m.isEnabled() or not m.menuAction().isEnabled() for m in menus)


class Walk:
    """What the walk found wrong: a write control left on or not saying why, or an enabled control that is
    neither declared a write nor a read."""

    def __init__(self, window):
        self.why, self.wrong, self.writes_seen = window.ctx.writes.why_not(), [], 0
        self.window = window

    def check(self, where: str, controls) -> None:
        places = _filters(self.window)  # the bench's history tab makes its timeline when first shown
        for control in controls:
            if _inside(control, places) or (_out_of_reach(control) and not control.property(WRITES)):
                continue
            words = _words(control).replace("\n", " ")
            if control.property(WRITES):
                self.writes_seen += 1
                if control.isEnabled():
                    self.wrong.append(f"{where}: “{words}” changes data but is enabled")
                elif control.toolTip() != self.why:
                    self.wrong.append(f"{where}: “{words}” is off but says “{control.toolTip()}”, not why")
            elif control.isEnabled() and not _reads(words):
                self.wrong.append(f"{where}: “{words}” is enabled and is neither declared a write (ctx.writes.guard) "
                                  "nor named a read")


@pytest.fixture(scope="module")
def demo_on_a_team_database(tmp_path_factory, postgres_databases):
    """The small demo, moved into a team database (every screen has something to show)."""
    from talentdesk.services import demo

    folder = tmp_path_factory.mktemp("demo") / "data"
    demo.generate(folder, "small")
    url = postgres_databases.empty()
    assert cli.main(["--data-dir", str(folder), "transfer", "--to", url]) == 0
    return url


@pytest.fixture
def reader_window(qtbot, demo_on_a_team_database, tmp_path):
    with postgres_server.member(demo_on_a_team_database, "reader", "GRANT USAGE ON SCHEMA public TO {role}",
                                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}") as url:
        window = build_window(tmp_path / "reader", url)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        settle(qtbot, window)
        try:
            yield window
        finally:
            window.ctx.runner.wait()
            window.close()


def _show(qtbot, window, name: str) -> QWidget:
    window.show_view(name)
    settle(qtbot, window)
    return window.screens[name]


def _first_row(qtbot, window, table) -> None:
    if table.model() is not None and table.model().rowCount():
        table.setCurrentIndex(table.model().index(0, 0))
        settle(qtbot, window)


def _context_menu(walk: Walk, where: str, menu: QMenu | None) -> None:
    if menu is not None:
        walk.check(where + " (context menu)", [a for a in menu.actions() if not a.isSeparator()])
        menu.close()


def test_a_reader_finds_no_enabled_write_control_on_any_screen(qtbot, reader_window):
    window = reader_window
    assert window.ctx.link.read_only and not window.ctx.writes.allowed()
    window.screens.build_all()
    walk = Walk(window)
    assert walk.why.startswith("This team database lets you read only")

    # The menus: File (new, import, restore), Edit (undo), Tools.
    for menu in (window.menu_file, window.menu_import, window.menu_edit, window.menu_tools, window.menu_export):
        walk.check(menu.title(), [a for a in menu.actions() if not a.isSeparator() and a.isVisible()])

    bench = _show(qtbot, window, "bench")
    qtbot.waitUntil(lambda: bench.model.rowCount() > 0, timeout=WAIT)
    bench.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(bench.selected_ids()), timeout=WAIT)
    settle(qtbot, window)
    for index in range(bench.side.count()):  # profile, history, documents
        bench.side.setCurrentIndex(index)
        settle(qtbot, window)
        walk.check(f"bench, {bench.side.tabText(index)}", _controls(bench))

    room = _show(qtbot, window, "workroom")
    busiest = contracts.busiest_active_contract()
    room.open_contract(busiest)
    qtbot.waitUntil(lambda: room.room is not None and room.room.facts.id == busiest, timeout=WAIT)
    for index in range(room.tabs.count()):
        tab = room.tabs.widget(index)
        room.tabs.setCurrentIndex(index)
        settle(qtbot, window)
        table = getattr(tab, "table", None) or getattr(tab, "view", None)
        _first_row(qtbot, window, table)
        walk.check(f"workroom, {room.tabs.tabText(index)}", _controls(room))
        if hasattr(tab, "context_menu") and table.model().rowCount():
            _context_menu(walk, f"workroom, {room.tabs.tabText(index)}",
                          tab.context_menu(table.visualRect(table.model().index(0, 0)).center()))
        if tab is room.messages:  # the empty box says why, rather than invite typing
            assert tab.compose.placeholderText() == walk.why
        if hasattr(tab, "checklist") and tab.checklist.rowCount():
            walk.check("workroom, offboarding", [tab.tick_button])

    timeline = _show(qtbot, window, "timeline")
    timeline.prepare_screenshot()
    settle(qtbot, window)
    walk.check("timeline", _controls(timeline))
    row = timeline.model.first_event_row()
    assert row >= 0
    _context_menu(walk, "timeline", timeline._context_menu(timeline.view.visualRect(timeline.model.index(row, 1)).center()))

    review = _show(qtbot, window, "review")
    walk.check("review", _controls(review.stack.currentWidget()))
    review.start()  # the key or a stray click: nothing starts, since a session is written
    settle(qtbot, window)
    assert review.session_id is None
    review.show_record()
    settle(qtbot, window)
    walk.check("my record", _controls(review.record_page))

    planner = _show(qtbot, window, "planner")
    planner.prepare_screenshot()
    qtbot.waitUntil(lambda: planner.proposals.count() > 0, timeout=WAIT)
    planner.proposals.setCurrentRow(0)
    settle(qtbot, window)
    walk.check("planner", _controls(planner))

    assert not walk.wrong, "\n".join(dict.fromkeys(walk.wrong))
    assert walk.writes_seen > 60  # the walk did reach the screens' write controls


class Link(QObject):
    """A team database's link as the guard sees it: online or not."""
    changed = Signal()

    def __init__(self):
        super().__init__()
        self.online = True

    def may_write(self) -> bool:
        return self.online

    def refusal(self):
        return None if self.online else TeamUnavailable(OFFLINE)

    def set_online(self, online: bool) -> None:
        self.online = online
        self.changed.emit()


def test_a_held_control_stays_off_whatever_its_screen_says_and_follows_it_again_once_writes_are_back(qtbot):
    writes, link = Writes(), Link()
    writes.follow(link)
    holder = QWidget()
    qtbot.addWidget(holder)
    save, chosen = QPushButton("Save", holder), QPushButton("Remove", holder)
    save.setToolTip("Save the record")
    action = QAction("Pay bonus…", holder)
    chosen.setEnabled(False)  # nothing chosen yet
    writes.guard(save, chosen, action)

    link.set_online(False)
    why = error_text(TeamUnavailable(OFFLINE))
    assert [c.isEnabled() for c in (save, chosen, action)] == [False, False, False]
    assert save.toolTip() == chosen.toolTip() == action.toolTip() == why
    chosen.setEnabled(True)  # a row is chosen meanwhile: the screen would turn it on
    action.setToolTip("A bonus payment")
    action.setEnabled(True)
    assert not chosen.isEnabled() and not action.isEnabled() and action.toolTip() == why

    link.set_online(True)
    assert save.isEnabled() and chosen.isEnabled() and action.isEnabled()
    assert (save.toolTip(), chosen.toolTip(), action.toolTip()) == ("Save the record", "", "A bonus payment")
    late = QPushButton("Add", holder)
    link.set_online(False)
    writes.guard(late)  # a control made while writes are off (a room's move buttons) is held at once
    assert not late.isEnabled() and late.toolTip() == why
