"""A layout that wraps its items onto as many lines as the width needs, like words in a paragraph.

Rows of filters and buttons use it so that a narrow window moves the last ones onto a new line instead of
squeezing every one of them until their words are cut. On each line, the room left over goes to the items
that ask to grow (a search box), so a wide window still gives the search box the width it wants.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


def _grows(widget: QWidget | None) -> bool:
    """Does the widget ask for the room left over on its line (an Expanding or MinimumExpanding width)?"""
    return widget is not None and bool(
        widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, line_spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's contract ------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - QBoxLayout's name
        self.addChildWidget(widget)
        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """On one line, when there is room for it."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As narrow as the widest single item: everything else can go onto lines of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(self._natural(item), 0))
        return size.grownBy(self.contentsMargins())

    # -- placing -----------------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _natural(item: QLayoutItem) -> int:
        """The width an item is given before the line's spare room is shared out: what it needs, never cut."""
        hint, minimum = item.sizeHint().width(), item.minimumSize().width()
        widget = item.widget()
        if _grows(widget):
            return max(minimum, widget.minimumWidth() or min(hint, 200))
        return max(hint, minimum)

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = self._natural(item)
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            if place:
                self._place_line(line, QRect(area.left(), y, area.width(), height))
            y += height + self._line_spacing
        return y - self._line_spacing - area.top() + margins.top() + margins.bottom() if any(lines) else 0

    def _place_line(self, line: list[QLayoutItem], rect: QRect) -> None:
        widths = [self._natural(item) for item in line]
        spare = rect.width() - sum(widths) - self._spacing * (len(line) - 1)
        growing = [i for i, item in enumerate(line) if _grows(item.widget())]
        for i in growing:
            room = min(spare // max(1, len(growing)), max(0, line[i].maximumSize().width() - widths[i]))
            widths[i] += max(0, room)
        x = rect.left()
        for item, width in zip(line, widths, strict=True):
            height = min(rect.height(), max(item.sizeHint().height(), item.minimumSize().height()))
            item.setGeometry(QRect(QPoint(x, rect.top() + (rect.height() - height) // 2), QSize(width, height)))
            x += width + self._spacing
