"""Cut text is never lost: a table cell whose words do not fit shows them whole in its tooltip.

One rule for every list and table of the program: when a cell's text is wider than the cell, and its model
gives no tooltip of its own, hovering it shows the full text. ``ElidedCells`` puts the rule on the application
(an event filter on tooltip events), so a new table gets it without asking; ``cell_tooltip`` is the rule,
for the filter and for the layout test that checks every visible cell.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QToolTip, QWidget

PADDING = 8  # the delegate's margins around the text, both sides together


def cell_text(index: QModelIndex) -> str:
    value = index.data(Qt.DisplayRole)
    return "" if value is None else str(value)


def is_elided(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Would the standard delegate cut this cell's text at its present width?"""
    text = cell_text(index)
    if not text:
        return False
    rect = view.visualRect(index)
    needed = view.fontMetrics().horizontalAdvance(text.split("\n")[0]) + PADDING
    icon = index.data(Qt.DecorationRole)
    if icon is not None:
        needed += view.iconSize().width() + 4
    return needed > rect.width()


def cell_tooltip(view: QAbstractItemView, index: QModelIndex) -> str:
    """What hovering the cell shows: the model's own tooltip, or the whole text when the cell cuts it."""
    own = index.data(Qt.ToolTipRole)
    if own:
        return str(own)
    return cell_text(index) if is_elided(view, index) else ""


class ElidedCells(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Every event of every object passes here: the cheap questions first (asking an event its type makes a
        # Python enum each time, several times the cost of the isinstance).
        if not isinstance(watched, QWidget):
            return False
        view = watched.parent()
        if not isinstance(view, QAbstractItemView) or event.type() != QEvent.ToolTip or watched is not view.viewport():
            return False
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ToolTipRole):
            return False  # the model (or no cell) answers as before
        text = cell_tooltip(view, index)
        if not text:
            return False
        QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
        return True

