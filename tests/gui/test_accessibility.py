"""What a screen reader and a keyboard user meet: every control of every screen and dialog has a name a
screen reader can say, and text reads at 4.5:1 or better on what is behind it, in the light and the dark
theme (WCAG 2 AA)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from talentdesk.views.widgets.contrast import contrast_ratio

from .conftest import settle
from .test_layout_sizes import _dialog_openers, _inside_a_compound, _opened_dialogs, _settle_long

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit,
               QTextEdit, QSlider)
MINIMUM_CONTRAST = 4.5


def _named_by_its_owner(widget: QWidget, top: QWidget) -> bool:
    """The line edit inside a combo box or a spin box, a table's header, the scroll bars' buttons: a screen
    reader names them through the control that holds them."""
    return _inside_a_compound(widget, top) or widget.objectName().startswith("qt_")


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Name) if interface is not None else "").strip()


def _widgets(top: QWidget, leave_out: tuple[QWidget, ...]) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if not any(o is w or o.isAncestorOf(w) for o in leave_out)]


def unnamed_controls(top: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    found = []
    for widget in _widgets(top, leave_out):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _named_by_its_owner(widget, top):
            continue
        if not accessible_name(widget):
            what = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip() or widget.objectName()
            found.append(f"{type(widget).__name__} “{what[:40]}” has no accessible name")
    return found


def low_contrast_text(top: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    found = []
    for widget in _widgets(top, leave_out):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox):
            continue
        text = widget.text() if hasattr(widget, "text") else widget.currentText()
        if not text.strip():
            continue
        if not widget.isEnabled():
            continue  # WCAG leaves inactive controls out: they are not there to be read
        palette = widget.palette()
        fore = palette.color(QPalette.Active, widget.foregroundRole())
        back = palette.color(QPalette.Active, _shown_background(widget))
        ratio = contrast_ratio(fore, back)
        if ratio < MINIMUM_CONTRAST:
            found.append(f"{type(widget).__name__} “{text[:30]}” {fore.name()} on {back.name()}: {ratio:.2f}:1")
    return found


def _shown_background(widget: QWidget) -> QPalette.ColorRole:
    """What is drawn behind the widget's text: its own background when it fills it, else its parent's."""
    while widget is not None and not widget.autoFillBackground() and not isinstance(
            widget, QLineEdit | QComboBox | QAbstractButton | QAbstractItemView):
        widget = widget.parentWidget()
    return widget.backgroundRole() if widget is not None else QPalette.Window


def _screens_and_dialogs(qtbot, window, tmp_path, check) -> list[str]:
    found = []
    window.resize(1280, 720)
    for name, screen in window.screens.items():
        window.show_view(name)
        settle(qtbot, window)
        if hasattr(screen, "prepare_screenshot"):
            screen.prepare_screenshot()
            settle(qtbot, window)
        qtbot.wait(50)  # the layouts the new texts asked for (posted events) are done
        found += [f"{name}: {problem}" for problem in check(screen)]
    found += [f"window: {problem}" for problem in check(window, tuple(window.screens.values()))]
    for name, open_dialog in _dialog_openers(qtbot, window, tmp_path).items():
        before = set(QApplication.topLevelWidgets())
        open_dialog()
        _settle_long(qtbot, window)
        qtbot.wait(30)
        for dialog in _opened_dialogs(before):
            found += [f"{name}: {problem}" for problem in check(dialog)]
            dialog.reject()
            dialog.close()
        _settle_long(qtbot, window)
    return sorted(set(found))


def test_every_control_of_every_screen_and_dialog_has_an_accessible_name(qtbot, demo_window, tmp_path):
    problems = _screens_and_dialogs(qtbot, demo_window, tmp_path, unnamed_controls)
    assert not problems, f"{len(problems)} controls a screen reader cannot name:\n" + "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_reads_at_4_5_to_1_or_better_in_both_themes(qtbot, demo_window, tmp_path, scheme):
    from talentdesk.app import theme

    theme.apply(QApplication.instance(), scheme)
    try:
        problems = _screens_and_dialogs(qtbot, demo_window, tmp_path, low_contrast_text)
    finally:
        theme.apply(QApplication.instance(), "light")
    assert not problems, f"{len(problems)} texts under {MINIMUM_CONTRAST}:1:\n" + "\n".join(problems)


def test_every_coloured_pill_of_the_style_sheet_reads_at_4_5_to_1():
    """The pills (status, budget, test project) are drawn only in some states; their colours are checked
    here from the style sheet itself, every rule that sets both a fill and the words' colour."""
    import re

    from PySide6.QtGui import QColor

    from talentdesk.paths import resource

    sheet = resource("styles", "app.qss").read_text(encoding="utf-8")
    pairs = re.findall(r"([^{}]+)\{[^}]*?background:\s*(#[0-9a-fA-F]{6})[^}]*?color:\s*(#[0-9a-fA-F]{6}|white|black)", sheet)
    assert len(pairs) >= 5, "the pills' rules were not found"
    weak = [f"{rule.strip()}: {ratio:.2f}:1" for rule, fill, words in pairs
            if (ratio := contrast_ratio(QColor(words), QColor(fill))) < MINIMUM_CONTRAST]
    assert not weak, "\n".join(weak)
