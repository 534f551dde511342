"""What every screen shares: the context, and refreshing only when it is seen."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..app.bus import Change
from ..app.context import AppContext


class View(QWidget):
    """A top-level screen. Subclasses set ``tables`` and implement ``refresh``."""

    tables: tuple[str, ...] = ("*",)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.bus.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if not change.touches(*self.tables):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a hidden view refreshes when it is next shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def initial_focus(self) -> QWidget:
        """Where the keyboard goes when the screen is opened, so its own shortcuts (Ctrl+F…) work at once."""
        return self

    def refresh(self) -> None:
        """Reload what the view shows; override."""
