"""A scroll area as tall as what it holds, but never more than a share of the screen it sits in.

A header full of facts keeps its natural height on a tall window; on a short one it scrolls, so the part
below it (the room's tabs) keeps room to work in, and no label is squeezed below the height of its text.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


class _Watcher(QObject):
    """Refits the area when what it holds asks for another size, or the screen around it is resized."""

    def __init__(self, area: CappedScroll):
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.LayoutRequest, QEvent.Resize):
            self.area.fit()
        return False


class CappedScroll(QScrollArea):
    def __init__(self, content: QWidget, share: float = 0.45, parent: QWidget | None = None):
        super().__init__(parent)
        self._share = share
        self._fitting = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setWidget(content)
        self._watcher = _Watcher(self)
        content.installEventFilter(self._watcher)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        holder = self.parentWidget()
        if holder is not None:
            holder.removeEventFilter(self._watcher)
            holder.installEventFilter(self._watcher)
        self.fit()

    def fit(self) -> None:
        content, holder = self.widget(), self.parentWidget()
        if content is None or self._fitting:
            return
        self._fitting = True
        try:
            width = self.viewport().width() or self.width()
            layout = content.layout()
            wanted = (layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth()
                      else content.sizeHint().height())
            cap = int(holder.height() * self._share) if holder is not None and holder.height() > 0 else wanted
            height = max(min(wanted, cap), min(wanted, 60))
            if height != self.minimumHeight() or height != self.maximumHeight():
                self.setFixedHeight(height)
        finally:
            self._fitting = False
