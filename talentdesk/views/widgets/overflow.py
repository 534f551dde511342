"""A row of buttons that folds the ones that do not fit into a "More" menu, the way toolbars do.

Each button keeps its order; when the row is too narrow, the least important ones (the highest ``rank``)
leave the row first and appear, with their text, tooltip, enabled state and menus, under "More". Screens
keep showing, hiding and enabling their buttons as before: the row tells a button it hid itself from one
the screen hid, and shows again only what the screen wants shown.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QMenu, QSizePolicy, QToolButton, QWidget


def _wished(widget: QWidget) -> bool:
    """Shown unless someone hid it (a new widget counts as hidden until shown, but nobody asked for that)."""
    return not (widget.isHidden() and widget.testAttribute(Qt.WA_WState_ExplicitShowHide))


class OverflowRow(QWidget):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4):
        super().__init__(parent)
        self._spacing = spacing
        self._entries: list[tuple[QWidget, int]] = []  # (widget, rank) in the order they are shown
        self._stretch_at: int | None = None
        self._folded: list[QWidget] = []
        self._arranging = False
        # Folded widgets wait in a hidden holder: there, their own shown/hidden flag (isHidden) stays the
        # screen's wish, so a button the screen hides while folded stays hidden when there is room again.
        self._fold = QWidget(self)
        self._fold.hide()
        self.more = QToolButton(self)
        self.more.setObjectName("overflowMore")
        self.more.setText(self.tr("More"))
        self.more.setToolTip(self.tr("The actions there is no room for in this row"))
        self.more.setPopupMode(QToolButton.InstantPopup)
        self.more.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.more.setMenu(QMenu(self.more))
        self.more.menu().setToolTipsVisible(True)
        self.more.menu().aboutToShow.connect(self._fill_menu)
        self.more.hide()
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)

    # -- building ----------------------------------------------------------------------------------------
    def add(self, widget: QWidget, rank: int | None = None) -> QWidget:
        """Add a widget at the end of the row; a higher rank folds first (default: later folds first)."""
        wish = _wished(widget)
        widget.setParent(self)
        widget.setVisible(wish)
        self._entries.append((widget, len(self._entries) if rank is None else rank))
        widget.installEventFilter(self)
        self._relayout()
        return widget

    def add_stretch(self) -> None:
        """Whatever follows sits at the right end of the row."""
        self._stretch_at = len(self._entries)

    # -- what the screen does to its buttons -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._arranging and event.type() in (QEvent.ShowToParent, QEvent.HideToParent, QEvent.LayoutRequest,
                                                    QEvent.FontChange, QEvent.StyleChange):
            self._relayout()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.LayoutRequest:
            self._relayout()
        return super().event(event)

    # -- sizes ---------------------------------------------------------------------------------------------
    def _shown(self) -> list[QWidget]:
        """What the screen wants in the row, folded or not."""
        return [w for w, _rank in self._entries if not w.isHidden()]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        shown = self._shown()
        width = sum(w.sizeHint().width() for w in shown) + self._spacing * max(0, len(shown) - 1)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), self._height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        return QSize(self.more.sizeHint().width() + margins.left() + margins.right(),
                     self._height() + margins.top() + margins.bottom())

    def _height(self) -> int:
        return max([w.sizeHint().height() for w in self._shown()] + [self.more.sizeHint().height()])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._relayout()

    # -- placing -------------------------------------------------------------------------------------------
    def _relayout(self) -> None:
        if self._arranging:
            return
        self._arranging = True
        try:
            self._arrange()
        finally:
            self._arranging = False
        self.updateGeometry()

    def _move(self, widget: QWidget, holder: QWidget) -> None:
        if widget.parentWidget() is not holder:
            wish = _wished(widget)
            widget.setParent(holder)
            widget.setVisible(wish)

    def _arrange(self) -> None:
        area = self.contentsRect()
        shown = self._shown()
        widths = {w: w.sizeHint().width() for w in shown}
        kept = list(shown)

        def needed(widgets: list[QWidget], with_more: bool) -> int:
            total = sum(widths[w] for w in widgets) + self._spacing * max(0, len(widgets) - 1)
            return total + ((self.more.sizeHint().width() + self._spacing) if with_more else 0)

        ranks = dict(self._entries)
        while kept and needed(kept, len(kept) < len(shown)) > area.width():
            kept.remove(max(kept, key=lambda w: ranks[w]))
        self._folded = [w for w in shown if w not in kept]
        for widget, _rank in self._entries:
            self._move(widget, self._fold if widget in self._folded else self)
        self.more.setVisible(bool(self._folded))
        height, top = area.height(), area.top()
        spare = max(0, area.width() - needed(kept, bool(self._folded)))
        x = area.left()
        stretch_at = self._stretch_at if self._stretch_at is not None else len(self._entries)
        for index, (widget, _rank) in enumerate(self._entries):
            if index == stretch_at:
                x += spare
            if widget not in kept:
                continue
            h = min(height, widget.sizeHint().height())
            widget.setGeometry(x, top + (height - h) // 2, widths[widget], h)
            x += widths[widget] + self._spacing
        if self._folded:
            if stretch_at >= len(self._entries):
                x += spare
            h = min(height, self.more.sizeHint().height())
            self.more.setGeometry(x, top + (height - h) // 2, self.more.sizeHint().width(), h)

    # -- the "More" menu -------------------------------------------------------------------------------------
    def _fill_menu(self) -> None:
        menu = self.more.menu()
        menu.clear()
        for widget in self._folded:
            buttons = [widget] if isinstance(widget, QAbstractButton) else [
                b for b in widget.findChildren(QAbstractButton) if not b.isHidden()]
            for button in buttons:
                action = menu.addAction(button.text())
                action.setToolTip(button.toolTip())
                action.setEnabled(button.isEnabled())
                if button.menu() is not None:
                    action.setMenu(button.menu())
                else:
                    action.triggered.connect(lambda _=False, b=button: b.click())
