"""Rules the whole program follows, put on the application once as event filters (every window, every
dialog, every list gets them without asking)."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

_installed: dict[type, QObject] = {}


def install_once(filter_class: type[QObject]) -> None:
    app = QApplication.instance()
    if app is not None and filter_class not in _installed:
        _installed[filter_class] = filter_class(app)
        app.installEventFilter(_installed[filter_class])
