"""Text that stays readable on a coloured fill: the colour is computed (WCAG contrast), not guessed.

The week bar of the workroom draws its words across a green (or, over the limit, red) fill and the empty
rest of the bar: each part of the words takes the colour that reads best on what is behind it, in the light
and the dark theme alike.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QProgressBar, QStyle, QStyleOptionProgressBar

BLACK, WHITE = QColor(0, 0, 0), QColor(255, 255, 255)


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on the fill."""
    return WHITE if contrast_ratio(WHITE, fill) >= contrast_ratio(BLACK, fill) else BLACK


class WeekBar(QProgressBar):
    """Hours against the weekly limit: green, or red when over it; the words readable on both parts."""

    FILLS = {False: QColor("#2e7d4f"), True: QColor("#b3261e")}  # white text reads at 5:1 and more on both

    def __init__(self, parent=None):
        super().__init__(parent)
        self._over = False
        self.set_over(False)

    def set_over(self, over: bool) -> None:
        self._over = over
        self.setProperty("over", over)
        self.setStyleSheet(f"QProgressBar::chunk {{ background: {self.FILLS[over].name()}; border-radius: 3px; }}")

    def fill(self) -> QColor:
        return self.FILLS[self._over]

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        option = QStyleOptionProgressBar()
        self.initStyleOption(option)
        text, shown = option.text, option.textVisible
        option.textVisible = False  # the style draws the groove and the fill; the words are drawn below
        painter = QPainter(self)
        self.style().drawControl(QStyle.CE_ProgressBar, option, painter, self)
        if not shown or not text:
            painter.end()
            return
        span = max(1, self.maximum() - self.minimum())
        filled = round(self.width() * (self.value() - self.minimum()) / span)
        for clip, colour in ((QRect(0, 0, filled, self.height()), readable_on(self.fill())),
                             (QRect(filled, 0, self.width() - filled, self.height()),
                              self.palette().color(QPalette.WindowText))):
            painter.save()
            painter.setClipRect(clip)
            painter.setPen(colour)
            painter.drawText(self.rect(), Qt.AlignCenter, text)
            painter.restore()
        painter.end()
