"""A page whose content scrolls vertically on a short window instead of squeezing what it shows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolled_content(page: QWidget) -> QWidget:
    """Fill ``page`` with a frameless vertical scroll area; returns the widget to lay the content out on."""
    content = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    holder = QVBoxLayout(page)
    holder.setContentsMargins(0, 0, 0, 0)
    holder.addWidget(scroll)
    return content
