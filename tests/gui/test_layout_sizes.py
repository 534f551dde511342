"""Every screen on the demo data holds its layout on a small laptop screen: no control squeezed below the
height it needs, no button too narrow for its text, no two controls drawn over each other."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from talentdesk.services import demo

from .conftest import settle

CONTROLS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def _inside_a_compound(widget: QWidget, screen: QWidget) -> bool:
    """Parts of a list, a combo box or a spin box are laid out by their owner, not by our layouts."""
    parent = widget.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, QAbstractScrollArea | QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _text(widget: QWidget) -> str:
    return widget.text() if hasattr(widget, "text") else ""


def layout_problems(window, screen: QWidget) -> list[str]:
    problems, placed = [], []
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or _inside_a_compound(widget, screen):
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue
        name = f"{type(widget).__name__} “{_text(widget)[:30]}”"
        needed = min(widget.minimumSizeHint().height(), widget.maximumHeight())
        if widget.height() < needed - 1:
            problems.append(f"{name} squeezed to {widget.height()} px of {needed}")
        if isinstance(widget, QAbstractButton) and widget.text():
            wanted = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
            if widget.width() < wanted:
                problems.append(f"{name} cut to {widget.width()} px of {wanted}")
        placed.append((widget, name, QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())))
    for index, (first, first_name, first_rect) in enumerate(placed):
        for second, second_name, second_rect in placed[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            overlap = first_rect.intersected(second_rect)
            if overlap.width() > 2 and overlap.height() > 2:
                problems.append(f"{first_name} drawn over {second_name}")
    return problems


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout-demo")
    demo.generate(folder, "small")
    return folder


@pytest.fixture
def demo_window(qtbot, demo_folder):
    """The real window on the demo folder (built by the program's own builder), measured with the fonts the
    program ships and loads at start: the test's application would otherwise measure with the system's."""
    from talentdesk.app.application import _load_fonts
    from talentdesk.launcher import build_window

    _load_fonts()

    window = build_window(demo_folder)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    yield window
    window.ctx.runner.wait()


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
    return found


def test_every_screen_holds_at_1024x640(qtbot, demo_window):
    assert problems_at(qtbot, demo_window, (1024, 640)) == []


@pytest.mark.xfail(strict=True, reason="at the 760x520 minimum the workroom's and timeline's buttons and the "
                   "review card are still cut; toolbars that fold into an overflow menu are not built yet")
def test_every_screen_holds_at_the_minimum_size(qtbot, demo_window):
    assert problems_at(qtbot, demo_window, (760, 520)) == []
