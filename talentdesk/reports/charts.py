"""Charts drawn with QPainter as vectors (axes, bars, lines), placed inline in a report's text.

A chart is a spec (``BarChart`` or ``LineChart``); ``ChartObject`` is the text-object
handler that lays it out as one character of the document and paints it into the PDF,
so a chart moves to the next page as a whole rather than being cut.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPyTextObject, QTextFormat

from .fonts import font

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_KEY = QTextFormat.Property.UserProperty + 1

INK = QColor("#222222")
MUTED = QColor("#6b6b6b")
GRID = QColor("#dddddd")
AXIS = QColor("#888888")
LIMIT = QColor("#b3261e")
# Opaque colours only: PDF/A-1b allows no transparency.
PALETTE = ["#2f6db3", "#e08a1e", "#3a9a5b", "#8e5cc4", "#c44e52", "#6b8e9f", "#9c8a4a"]


# One colour per payment kind, the same in every chart of every report (a reader learns "bonus is green"
# once). Every kind of store.models.PAYMENT_KINDS has one; a test holds the two in step.
PAYMENT_COLOURS = {
    "hourly": "#2f6db3", "milestone": "#e08a1e", "bonus": "#3a9a5b", "weekly_payment": "#8e5cc4",
    "fee": "#c44e52", "refund": "#6b8e9f", "other": "#9c8a4a",
}


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def payment_colour(kind: str) -> QColor:
    """The colour of a payment kind in every chart."""
    return QColor(PAYMENT_COLOURS[kind])


@dataclass
class Series:
    name: str
    values: list[float]  # bars: one per category; lines: y per point
    colour: QColor
    xs: list[float] = field(default_factory=list)  # lines only: x per point


@dataclass
class BarChart:
    categories: list[str]
    series: list[Series]  # stacked in order (negative values stack downwards)
    value_label: Callable[[float], str]
    title: str = ""
    limit: float | None = None
    limit_label: str = ""
    aspect: float = 0.32  # height / width
    limits: list[float | None] | None = None  # a limit per category (terms that changed); drawn per bar


@dataclass
class LineChart:
    series: list[Series]
    x_ticks: list[tuple[float, str]]
    y_range: tuple[float, float]
    y_ticks: list[float]
    value_label: Callable[[float], str]
    title: str = ""
    aspect: float = 0.30


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering [low, high] (low <= 0 <= high for bars)."""
    span = max(high - low, 1e-9)
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


class ChartObject(QPyTextObject):
    """Registered on a QTextDocument; looks charts up by the key stored in the character format."""

    def __init__(self, charts: dict[int, BarChart | LineChart], pixel: float, parent=None):
        super().__init__(parent)
        self.charts = charts
        self.pixel = pixel  # device pixels per CSS pixel (1/96 inch)

    def intrinsicSize(self, doc, pos_in_document, fmt) -> QSizeF:  # noqa: N802 - Qt's name
        chart = self.charts[int(fmt.property(CHART_KEY))]
        width = doc.textWidth() - 2 * self.pixel
        return QSizeF(width, width * chart.aspect)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc, pos_in_document, fmt) -> None:  # noqa: N802
        chart = self.charts[int(fmt.property(CHART_KEY))]
        rect = QRectF(rect)  # Qt passes a QRectF; the interface also allows a QRect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        try:
            if isinstance(chart, BarChart):
                _draw_bars(painter, rect, chart, self.pixel)
            else:
                _draw_lines(painter, rect, chart, self.pixel)
        finally:
            painter.restore()


# -- drawing ---------------------------------------------------------------------------------------

@dataclass
class _Frame:
    plot: QRectF
    y_of: Callable[[float], float]


def _legend(painter: QPainter, rect: QRectF, items: list[tuple[str, QColor, str]], px: float) -> float:
    """Draw the title line and legend along the top; returns its height."""
    painter.setFont(font(7.5))
    metrics = QFontMetricsF(painter.font(), painter.device())
    height = metrics.height() + 4 * px
    x = rect.right()
    for name, col, style in reversed(items):
        width = metrics.horizontalAdvance(name)
        x -= width
        painter.setPen(INK)
        painter.drawText(QRectF(x, rect.top(), width + 2 * px, height), Qt.AlignmentFlag.AlignVCenter, name)
        x -= 14 * px
        mid = rect.top() + height / 2
        if style == "line":
            painter.setPen(QPen(col, 2 * px, Qt.PenStyle.DashLine if col == LIMIT else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(x, mid), QPointF(x + 10 * px, mid))
        else:
            painter.fillRect(QRectF(x, mid - 4 * px, 10 * px, 8 * px), col)
        x -= 14 * px
    return height


def _frame(painter: QPainter, rect: QRectF, ticks: list[float], label: Callable[[float], str], top: float,
           bottom_labels: float, px: float) -> _Frame:
    painter.setFont(font(7))
    metrics = QFontMetricsF(painter.font(), painter.device())
    left = max(metrics.horizontalAdvance(label(t)) for t in ticks) + 8 * px
    plot = QRectF(rect.left() + left, rect.top() + top + metrics.height() / 2,
                  rect.width() - left - 6 * px, rect.height() - top - bottom_labels - metrics.height() / 2)
    low, high = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    for t in ticks:
        y = y_of(t)
        painter.setPen(QPen(GRID, 0.75 * px))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, left - 6 * px, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label(t))
    painter.setPen(QPen(AXIS, 1 * px))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.topLeft(), plot.bottomLeft())
    return _Frame(plot, y_of)


def _x_labels(painter: QPainter, plot: QRectF, positions: list[tuple[float, str]], px: float) -> None:
    painter.setFont(font(7))
    metrics = QFontMetricsF(painter.font(), painter.device())
    widest = max((metrics.horizontalAdvance(text) for _, text in positions), default=0) + 6 * px
    slots = max(1, int(plot.width() // widest))
    every = max(1, math.ceil(len(positions) / slots))
    painter.setPen(MUTED)
    for index, (x, text) in enumerate(positions):
        if index % every:
            continue
        painter.drawText(QRectF(x - widest / 2, plot.bottom() + 3 * px, widest, metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)


def _heading_and_frame(painter: QPainter, rect: QRectF, title: str, items: list[tuple[str, QColor, str]],
                       ticks: list[float], label: Callable[[float], str], px: float) -> _Frame:
    """The title (left) and legend (right) along the top, then the axes below them."""
    top = _legend(painter, rect, items, px) if items or title else 0.0
    if title:
        painter.setFont(font(8, bold=True))
        painter.setPen(INK)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width() / 2, top),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(font(7))
    label_height = QFontMetricsF(painter.font(), painter.device()).height() + 4 * px
    return _frame(painter, rect, ticks, label, top, label_height, px)


def _bar_ticks(chart: BarChart) -> list[float]:
    """Ticks covering every stack (up and down), the limit and the limits per bar."""
    n = len(chart.categories)
    tops = [sum(max(0.0, s.values[i]) for s in chart.series) for i in range(n)]
    bottoms = [sum(min(0.0, s.values[i]) for s in chart.series) for i in range(n)]
    high = max(tops + [chart.limit or 0.0, 0.0] + [x or 0.0 for x in chart.limits or []])
    low = min(bottoms + [0.0])
    return nice_ticks(low, high if high > low else low + 1)


def _bar_legend(chart: BarChart) -> list[tuple[str, QColor, str]]:
    items = [(s.name, s.colour, "box") for s in chart.series if len(chart.series) > 1 or s.name]
    if chart.limit is not None or any(x is not None for x in chart.limits or []):
        items.append((chart.limit_label, LIMIT, "line"))
    return items


def _draw_stack(painter: QPainter, frame: _Frame, chart: BarChart, i: int, x: float, bar: float) -> None:
    """One category's bar: positive values stack upwards from zero, negative ones downwards."""
    up = down = 0.0
    for s in chart.series:
        value = s.values[i]
        if not value:
            continue
        start = up if value > 0 else down
        end = start + value
        if value > 0:
            up = end
        else:
            down = end
        y1, y2 = frame.y_of(start), frame.y_of(end)
        painter.fillRect(QRectF(x, min(y1, y2), bar, abs(y2 - y1)), s.colour)


def _draw_limits(painter: QPainter, frame: _Frame, chart: BarChart, slot: float, px: float) -> None:
    """The limit across the whole chart, and the limit in force under each bar."""
    plot = frame.plot
    painter.setPen(QPen(LIMIT, 1.5 * px, Qt.PenStyle.DashLine))
    if chart.limit is not None:
        y = frame.y_of(chart.limit)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    for i, limit in enumerate(chart.limits or []):
        if limit is not None:
            y = frame.y_of(limit)
            painter.drawLine(QPointF(plot.left() + slot * i, y), QPointF(plot.left() + slot * (i + 1), y))


def _draw_bars(painter: QPainter, rect: QRectF, chart: BarChart, px: float) -> None:
    n = len(chart.categories)
    ticks = _bar_ticks(chart)
    frame = _heading_and_frame(painter, rect, chart.title, _bar_legend(chart), ticks, chart.value_label, px)
    plot = frame.plot
    slot = plot.width() / max(n, 1)
    bar = min(max(slot * 0.7, 0.5 * px), 48 * px)
    painter.setPen(Qt.PenStyle.NoPen)
    for i in range(n):
        _draw_stack(painter, frame, chart, i, plot.left() + slot * i + (slot - bar) / 2, bar)
    if ticks[0] < 0:
        painter.setPen(QPen(AXIS, 1 * px))
        painter.drawLine(QPointF(plot.left(), frame.y_of(0)), QPointF(plot.right(), frame.y_of(0)))
    _draw_limits(painter, frame, chart, slot, px)
    _x_labels(painter, plot, [(plot.left() + slot * (i + 0.5), c) for i, c in enumerate(chart.categories)], px)


def _draw_lines(painter: QPainter, rect: QRectF, chart: LineChart, px: float) -> None:
    items = [(s.name, s.colour, "line") for s in chart.series]
    ticks = chart.y_ticks or nice_ticks(*chart.y_range)
    frame = _heading_and_frame(painter, rect, chart.title, items, ticks, chart.value_label, px)
    plot = frame.plot
    xs = [x for s in chart.series for x in s.xs] + [x for x, _ in chart.x_ticks]
    x_low, x_high = (min(xs), max(xs)) if xs else (0.0, 1.0)
    if x_high - x_low < 1e-9:
        x_low, x_high = x_low - 1, x_high + 1
    pad = (x_high - x_low) * 0.03

    def x_of(x: float) -> float:
        return plot.left() + (x - x_low + pad) / (x_high - x_low + 2 * pad) * plot.width()

    for s in chart.series:
        points = [QPointF(x_of(x), frame.y_of(y)) for x, y in zip(s.xs, s.values, strict=True)]
        if len(points) > 1:
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.setPen(QPen(s.colour, 1.6 * px))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(s.colour, 1 * px))
        painter.setBrush(s.colour)
        radius = 2.2 * px if len(points) < 60 else 1.2 * px
        for p in points:
            painter.drawEllipse(p, radius, radius)
    _x_labels(painter, plot, [(x_of(x), text) for x, text in chart.x_ticks], px)
