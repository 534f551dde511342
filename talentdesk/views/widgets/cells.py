"""A plain table cell, shared by the workroom's tabs and the bench's documents."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

WARN = QColor(217, 71, 63)


def cell(text: str, *, right: bool = False, warn: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # a table cell shows plain text: names and notes are never markup
    item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled)
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if warn:
        item.setForeground(QBrush(WARN))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    if tip:
        item.setToolTip(tip)
    return item
