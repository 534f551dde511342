"""Every screen and every dialog on the demo data holds its layout from the window's minimum size up: no
control squeezed below the height it needs, no button or label cut short of its text (unless its tooltip
gives the whole text back), no table cell cut without a tooltip that restores it, and no two controls
drawn over each other."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QWidget,
)

from talentdesk.views.widgets.elided import cell_text, cell_tooltip, is_elided
from talentdesk.views.workroom.view import SCOPE_ACTIONS

from .conftest import settle

CONTROLS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def _inside_a_compound(widget: QWidget, screen: QWidget) -> bool:
    """Parts of a list, a combo box or a spin box are laid out by their owner, not by our layouts (a plain
    scroll area holds our layouts, and what is in it is checked)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, QAbstractScrollArea | QComboBox | QAbstractSpinBox) and not isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _seen_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of the widget a person can see: clipped by every parent (a scroll area shows a window on it)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def _clipping_parent(widget: QWidget, window: QWidget) -> QWidget | None:
    """The first parent that cuts the widget off without a way to scroll to the rest: a panel forced
    narrower than what it holds. (A scroll area's viewport clips on purpose: its scroll bars reach the rest.)"""
    child, parent = widget, widget.parentWidget()
    rect = QRect(QPoint(0, 0), widget.size())
    while parent is not None and child is not window:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            # What is scrolled is reachable; the scroll area itself must still be whole in its own parents.
            child, parent, rect = area, area.parentWidget(), QRect(QPoint(0, 0), area.size())
            continue
        if not parent.rect().contains(rect, False) and rect.intersects(parent.rect()):
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def _rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText and Qt.mightBeRichText(label.text()))


def _restored_by_tooltip(widget: QWidget, text: str) -> bool:
    return bool(text) and text in widget.toolTip()


def _cut_cells(view: QAbstractItemView) -> list[str]:
    """Visible cells whose text is cut, where hovering would not show the whole of it."""
    model, problems = view.model(), []
    if model is None:
        return problems
    viewport = view.viewport().rect()
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    for row in range(min(model.rowCount(root), 60)):
        for column in range(columns):
            index = model.index(row, column, root)
            if not viewport.intersects(view.visualRect(index)):
                continue
            text = cell_text(index)
            if is_elided(view, index) and text not in cell_tooltip(view, index):
                problems.append(f"{type(view).__name__} cell “{text[:30]}” cut with no tooltip giving it whole")
    return problems


def _text(widget: QWidget) -> str:
    return widget.text() if hasattr(widget, "text") else ""


def layout_problems(window, screen: QWidget) -> list[str]:
    problems, placed = [], []
    for view in screen.findChildren(QAbstractItemView):
        if view.isVisible() and not _inside_a_compound(view, screen):
            problems += _cut_cells(view)
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or _inside_a_compound(widget, screen):
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue
        seen = _seen_rect(widget, window)
        if seen.isEmpty():
            continue  # scrolled out of sight: a person scrolls to it
        name = f"{type(widget).__name__} “{_text(widget)[:30]}”"
        clipping = _clipping_parent(widget, window)
        if clipping is not None:
            problems.append(f"{name} cut off by the edge of {type(clipping).__name__} "
                            f"“{clipping.objectName() or clipping.accessibleName()}”")
        needed = min(widget.minimumSizeHint().height(), widget.maximumHeight())
        if widget.height() < needed - 1:
            problems.append(f"{name} squeezed to {widget.height()} px of {needed}")
        if isinstance(widget, QAbstractButton) and widget.text():
            wanted = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
            if widget.width() < wanted and not _restored_by_tooltip(widget, widget.text().replace("&", "")):
                problems.append(f"{name} cut to {widget.width()} px of {wanted}")
        if isinstance(widget, QComboBox) and widget.currentText():
            wanted = widget.fontMetrics().horizontalAdvance(widget.currentText()) + 28  # the arrow and margins
            if widget.width() < wanted and not _restored_by_tooltip(widget, widget.currentText()):
                problems.append(f"{type(widget).__name__} “{widget.currentText()[:30]}” cut to {widget.width()} px "
                                f"of {wanted}")
        if isinstance(widget, QLabel) and not widget.wordWrap() and not _rich(widget):
            wanted = widget.minimumSizeHint().width()
            if widget.width() < wanted - 1 and not _restored_by_tooltip(widget, widget.text()):
                problems.append(f"{name} cut to {widget.width()} px of {wanted}, no tooltip with the whole text")
        placed.append((widget, name, seen))
    for index, (first, first_name, first_rect) in enumerate(placed):
        for second, second_name, second_rect in placed[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            overlap = first_rect.intersected(second_rect)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{first_name} drawn over {second_name}")
    return problems


def panes_drawn_over_each_other(screen) -> list[str]:
    """Splitters whose panes overlap: a window allowed smaller than its screen's minimum draws one over another."""
    found = []
    for splitter in screen.findChildren(QSplitter):
        panes = [splitter.widget(i) for i in range(splitter.count()) if splitter.widget(i).isVisible()]
        for first, second in zip(panes, panes[1:], strict=False):
            if first.geometry().intersects(second.geometry()):
                found.append(f"{splitter.objectName() or 'a splitter'} draws {type(first).__name__} over "
                             f"{type(second).__name__}")
    return found


def problems_at(qtbot, window, size) -> list[str]:
    window.resize(*size)
    settle(qtbot, window)
    found = []
    for name, screen in window.screens.items():
        window.show_view(name)
        settle(qtbot, window)
        if hasattr(screen, "prepare_screenshot"):  # the busiest state: a review card, the busiest room
            screen.prepare_screenshot()
            settle(qtbot, window)
        qtbot.wait(20)
        found += [f"{name}: {problem}" for problem in layout_problems(window, screen)]
        found += [f"{name}: {problem}" for problem in panes_drawn_over_each_other(screen)]
        found += [f"{name}, {where}: {problem}" for where, problem in _with_splitters_at_their_ends(qtbot, window, screen)]
    return found


def _with_splitters_at_their_ends(qtbot, window, screen):
    """A person drags a splitter as far as it goes (and the program remembers it): each side at its
    smallest must still hold what it shows."""
    for splitter in screen.findChildren(QSplitter):
        if not splitter.isVisible() or splitter.count() < 2:
            continue
        kept = splitter.saveState()
        for end, sizes in (("first side at its smallest", [0] + [10_000] * (splitter.count() - 1)),
                           ("last side at its smallest", [10_000] * (splitter.count() - 1) + [0])):
            splitter.setSizes(sizes)
            settle(qtbot, window)
            qtbot.wait(20)
            for problem in layout_problems(window, screen):
                yield f"{splitter.objectName() or 'splitter'} with its {end}", problem
        splitter.restoreState(kept)
        settle(qtbot, window)


def test_every_screen_holds_at_1024x640(qtbot, demo_window):
    problems = problems_at(qtbot, demo_window, (1024, 640))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(760, 520), (1280, 720)], ids=["minimum", "1280x720"])
def test_every_screen_holds_from_the_minimum_size_up(qtbot, demo_window, size):
    problems = problems_at(qtbot, demo_window, size)
    assert not problems, "\n".join(problems)


def _opened_dialogs(before: set) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible() and w not in before]


def _dialog_openers(qtbot, window, tmp_path):
    """Every dialog of the program, opened the way a person opens it (on the busiest room and person)."""
    from talentdesk.views.dialogs.licences import LicencesDialog
    from talentdesk.views.dialogs.log_raise import LogRaiseDialog
    from talentdesk.views.dialogs.passphrase import PassphraseDialog
    from talentdesk.views.dialogs.people_export import PeopleExportDialog
    from talentdesk.views.workroom.dialogs import FileDetailsDialog

    bench, room, review = (window.screens[name] for name in ("bench", "workroom", "review"))

    def settle_all():
        _settle_long(qtbot, window)
        qtbot.wait(20)
    document = tmp_path / "Statement of work, signed copy.pdf"
    document.write_bytes(b"%PDF-1.4 a signed statement of work")

    def in_room(fn):
        def open_():
            window.show_view("workroom")
            room.prepare_screenshot()
            settle_all()
            fn()
        return open_

    def on_bench(fn):
        def open_():
            window.show_view("bench")
            bench.prepare_screenshot()
            settle_all()
            fn()
        return open_

    openers = {
        "new talent": lambda: window.new_talent(),
        "edit talent": on_bench(bench.edit_selected),
        "rehire": on_bench(bench.rehire_selected),
        "say thanks (bench)": on_bench(bench.say_thanks),
        "log a message or call": on_bench(bench.log_interaction),
        "new contract": lambda: window.new_contract(),
        "edit terms / renew": in_room(room.renew),
        "check-in": in_room(room.check_in),
        "say thanks (room)": in_room(room.say_thanks),
        "classification": in_room(room.check_classification),
        "end contract": in_room(room.end_contract),
        "find in messages": in_room(room.find_in_messages),
        "add milestone": in_room(room.milestones.add),
        "log hours": in_room(room.hours.log_hours),
        "record payment": in_room(room.payments.add),
        "grant access": in_room(room.access.grant),
        "file details": in_room(lambda: FileDetailsDialog(room, window.ctx, room.room.facts.id, [document]).open()),
        "keyboard shortcuts": window.keyboard_shortcuts,
        "user guide": window.user_guide,
        "about": window.about,
        "licences": lambda: LicencesDialog(window).open(),
        "settings": lambda: next(a for a in window.menu_tools.actions() if a.shortcut().toString() == "Ctrl+,").trigger(),
        "restore a daily copy": window.action_restore_backup.trigger,
        "check database": window.action_check_database.trigger,
        "export people": lambda: PeopleExportDialog(window, "Export talents").open(),
        "passphrase": lambda: PassphraseDialog(window, "change", lambda *_: None).open(),
        "log a raise": lambda: LogRaiseDialog("Aoi Katō", "USD", lambda *_a, **_k: None, window).open(),
    }
    for kind, _text, _key in SCOPE_ACTIONS:
        if kind not in ("milestone_edited", "resumed"):  # the busiest room runs, with every milestone paid
            openers[f"scope change: {kind}"] = in_room(lambda k=kind: room.scope_action(k))
    openers["snooze until"] = lambda: (window.show_view("review"), settle_all(), review.prepare_screenshot(),
                                       settle_all(), review.generic("until"))
    return openers


def _settle_long(qtbot, window) -> None:
    """Checking the database reads every stored file: on a busy machine that takes more than a moment."""
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=120_000)


def dialog_problems(qtbot, window, tmp_path) -> list[str]:
    found = []
    for name, open_dialog in _dialog_openers(qtbot, window, tmp_path).items():
        before = set(QApplication.topLevelWidgets())
        open_dialog()
        _settle_long(qtbot, window)
        qtbot.wait(30)
        dialogs = _opened_dialogs(before)
        if not dialogs:
            found.append(f"{name}: no dialog opened")
            continue
        for dialog in dialogs:
            dialog.resize(dialog.minimumSizeHint().expandedTo(dialog.minimumSize()))  # as small as it goes
            qtbot.wait(30)
            found += [f"{name}: {problem}" for problem in layout_problems(dialog, dialog)]
            dialog.reject()
            dialog.close()
        _settle_long(qtbot, window)
    return found


def test_every_dialog_holds_at_its_minimum_size(qtbot, demo_window, tmp_path):
    demo_window.resize(1024, 640)
    problems = dialog_problems(qtbot, demo_window, tmp_path)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_every_screen_holds_at_larger_text_and_the_bench_shows_names_whole(qtbot, demo_folder, tmp_path, scale):
    """A person who reads at 150 % or 200 % (a larger system font) gets columns, panels and headings that grow
    with the words: the layout holds, and the bench's names are not all cut to “Ashley Riv…”."""
    import shutil

    from talentdesk.app import theme
    from talentdesk.services import bench as bench_service
    from talentdesk.views.widgets.elided import is_elided

    from .conftest import open_window

    app = QApplication.instance()
    normal = app.font()
    bigger = app.font()
    bigger.setPointSizeF(normal.pointSizeF() * scale)
    app.setFont(bigger)
    theme.apply(app, "light")
    try:
        folder = tmp_path / "folder"
        # Without the column widths another test's window kept: a person's own widths are theirs to keep.
        shutil.copytree(demo_folder, folder, ignore=shutil.ignore_patterns("view-state.ini"))
        window = open_window(qtbot, folder)
        problems = problems_at(qtbot, window, (1440, 900))
        window.show_view("bench")
        settle(qtbot, window)
        table = window.screens["bench"].table
        column = bench_service.COLUMNS.index("name")
        rows = range(min(table.model().rowCount(), 12))
        cut = [table.model().index(row, column).data() for row in rows
               if is_elided(table, table.model().index(row, column))]
        window.ctx.runner.wait()
    finally:
        app.setFont(normal)
        theme.apply(app, "light")
    assert not problems, "\n".join(problems)
    assert len(cut) <= 1, f"names cut at {scale:.0%} text: {cut}"
