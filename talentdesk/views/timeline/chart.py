"""The trend chart (Qt Charts): one person's review scores over time, or everyone's monthly average.

One person: the six criteria (thin) and the overall score (thick) of each private review and
check-in, public feedback given as dots, and dashed lines where contracts started and ended.
Several people or all: the monthly average overall score (line) over the count of reviews (bars).
Hovering a point shows the review.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QMargins, QPointF, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip

from ... import formatting
from ...services import labels as words
from ...services.contracts import REVIEW_CRITERIA
from ...services.timeline import MonthScore, PersonTrend, ReviewPoint
from ..labels import label

CRITERIA_LABELS = {
    "skills": QT_TRANSLATE_NOOP("TrendChart", "Skills"),
    "quality": QT_TRANSLATE_NOOP("TrendChart", "Quality"),
    "availability": QT_TRANSLATE_NOOP("TrendChart", "Availability"),
    "deadlines": QT_TRANSLATE_NOOP("TrendChart", "Deadlines"),
    "communication": QT_TRANSLATE_NOOP("TrendChart", "Communication"),
    "cooperation": QT_TRANSLATE_NOOP("TrendChart", "Cooperation"),
}
CRITERIA_COLOURS = ("#7fb3e6", "#e6a97f", "#9ccf8f", "#d99ad4", "#e6d17f", "#8fd0cf")
OVERALL_COLOUR = "#3a6ec8"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TrendChart", text, "", n)


def _msecs(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def count_ticks(most: int, at_most: int = 6) -> tuple[int, int]:
    """A count axis of whole, evenly spaced ticks (0, 2, 4… or 0, 5, 10…) reaching at least ``most``:
    the axis's top and its number of ticks. A range of most × 1.15 ticked 0, 3, 7, 11, 14."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        top = -(-max(1, most) // step) * step
        if top // step + 1 <= at_most:
            return top, top // step + 1
    step = 10 ** len(str(most))
    return step, 2


SHORT_CHART = 220  # px: below this the legend gives its room to the plot


class TrendChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(200)
        self.overall: QLineSeries | None = None
        self.criteria: dict[str, QLineSeries] = {}
        self.average: QLineSeries | None = None
        self.counts: QBarSet | None = None
        self._reviews: list[ReviewPoint] = []
        self._months: list[MonthScore] = []
        self._month_axis: QBarCategoryAxis | None = None
        self._month_days: list[dt.date] = []
        self.setChart(self._new_chart(""))

    def _new_chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        palette = self.palette()
        chart.setBackgroundBrush(palette.brush(QPalette.Base))
        chart.setTitleBrush(palette.brush(QPalette.Text))
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().setLabelColor(palette.color(QPalette.Text))
        chart.legend().setAlignment(Qt.AlignRight)
        chart.setAnimationOptions(QChart.NoAnimation)
        return chart

    def _style_axis(self, axis) -> None:
        palette = self.palette()
        axis.setLabelsBrush(palette.brush(QPalette.Text))
        axis.setTitleBrush(palette.brush(QPalette.Text))
        axis.setGridLineColor(palette.color(QPalette.Mid))
        axis.setLinePenColor(palette.color(QPalette.Mid))

    # -- one person ------------------------------------------------------------------
    def show_person(self, trend: PersonTrend) -> None:
        chart = self._new_chart(tr("{name}: review scores over time").format(name=trend.name))
        chart.legend().setAlignment(Qt.AlignBottom)  # nine entries: a row under the plot, never clipped
        self._reviews, self._months = trend.reviews, []
        self.average, self.counts = None, None
        self._month_axis, self._month_days = None, []
        days = [r.day for r in trend.reviews] + [d for d, _s, _t in trend.feedback]
        days += [d for c in trend.contracts for d in (c.start, c.end) if d]
        axis_x = QDateTimeAxis()
        axis_x.setFormat(formatting.dates().month_pattern)
        axis_y = QValueAxis()
        axis_y.setRange(0.6, 5.4)
        axis_y.setTickType(QValueAxis.TicksDynamic)
        axis_y.setTickAnchor(1)
        axis_y.setTickInterval(1)
        axis_y.setLabelFormat("%.0f")
        axis_y.setTitleText(tr("Score"))
        for axis in (axis_x, axis_y):
            self._style_axis(axis)
        chart.addAxis(axis_x, Qt.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignLeft)
        if days:
            first, last = min(days), max(days)
            pad = max(7, (last - first).days // 30)
            axis_x.setRange(QDateTime(first - dt.timedelta(days=pad), QTime(0, 0)),
                            QDateTime(last + dt.timedelta(days=pad), QTime(0, 0)))
            axis_x.setTickCount(min(8, max(2, (last - first).days // 30 + 2)))

        def attach(series):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)

        self._contract_lines(trend, attach, chart)
        self.criteria = {}
        for name, colour in zip(REVIEW_CRITERIA, CRITERIA_COLOURS, strict=True):
            series = QLineSeries()
            series.setName(tr(CRITERIA_LABELS[name]))
            series.setPen(QPen(QColor(colour), 1.4))
            series.setPointsVisible(True)
            for review in trend.reviews:
                series.append(_msecs(review.day), review.scores[name])
            series.hovered.connect(self._hover_review)
            attach(series)
            self.criteria[name] = series
        self.overall = QLineSeries()
        self.overall.setName(tr("Overall"))
        self.overall.setPen(QPen(QColor(OVERALL_COLOUR), 3.2))
        self.overall.setPointsVisible(True)
        for review in trend.reviews:
            self.overall.append(_msecs(review.day), review.overall)
        self.overall.hovered.connect(self._hover_review)
        attach(self.overall)
        if trend.feedback:
            public = QScatterSeries()
            public.setName(tr("Public feedback"))
            public.setMarkerSize(11)
            public.setColor(QColor("#e0a030"))
            public.setBorderColor(QColor("#e0a030"))
            for day, score, _comment in trend.feedback:
                public.append(_msecs(day), score)
            feedback = list(trend.feedback)
            public.hovered.connect(lambda point, state: self._hover_feedback(point, state, feedback))
            attach(public)
        if not trend.reviews and not trend.feedback:
            chart.setTitle(tr("{name}: no reviews yet. Add a check-in to start the trend.").format(name=trend.name))
        self.setChart(chart)

    def _contract_lines(self, trend: PersonTrend, attach, chart: QChart) -> None:
        pen = QPen(self.palette().color(QPalette.PlaceholderText), 1, Qt.DashLine)
        first = True
        for contract in trend.contracts:
            for day in (contract.start, contract.end if contract.status == "ended" else None):
                if day is None:
                    continue
                line = QLineSeries()
                line.setPen(pen)
                line.append(_msecs(day), 0.6)
                line.append(_msecs(day), 5.4)
                line.setName(tr("Contract start / end"))
                title = contract.title
                line.hovered.connect(lambda _p, state, t=title, d=day: self._hover_text(
                    state, tr("{title}\n{day}").format(title=t, day=formatting.short_date(d))))
                attach(line)
                if not first:
                    for marker in chart.legend().markers(line):
                        marker.setVisible(False)
                first = False

    # -- several people ------------------------------------------------------------------
    def show_months(self, months: list[MonthScore], title: str) -> None:
        chart = self._new_chart(title)
        self._reviews, self._months = [], months
        self.overall, self.criteria = None, {}
        days = [dt.date(int(m.month[:4]), int(m.month[5:]), 1) for m in months]
        # Short month names fit under each bar; the title gives the years.
        policy = formatting.dates()
        if days:
            chart.setTitle(f"{title}  ({policy.month(days[0])} – {policy.month(days[-1])})")
        axis_x = QBarCategoryAxis()
        self._month_axis, self._month_days = axis_x, days
        axis_x.append(self._month_labels(self._month_format()))
        axis_avg = QValueAxis()
        axis_avg.setRange(0, 5)
        axis_avg.setTickCount(6)
        axis_avg.setLabelFormat("%.0f")
        # "Score", not "Average score": a vertical title has the chart's height only, and the legend
        # already says the line is the average.
        axis_avg.setTitleText(tr("Score"))
        axis_count = QValueAxis()
        top, ticks = count_ticks(max([m.reviews for m in months] + [1]))
        axis_count.setRange(0, top)
        axis_count.setTickCount(ticks)
        axis_count.setLabelFormat("%d")
        axis_count.setTitleText(tr("Reviews"))
        for axis in (axis_x, axis_avg, axis_count):
            self._style_axis(axis)
        chart.addAxis(axis_x, Qt.AlignBottom)
        chart.addAxis(axis_avg, Qt.AlignLeft)
        chart.addAxis(axis_count, Qt.AlignRight)
        self.counts = QBarSet(tr("Reviews and check-ins"))
        self.counts.setColor(QColor(OVERALL_COLOUR).lighter(170))
        self.counts.setBorderColor(QColor(OVERALL_COLOUR).lighter(150))
        for m in months:
            self.counts.append(m.reviews)
        bars = QBarSeries()
        bars.append(self.counts)
        bars.setBarWidth(0.6)
        chart.addSeries(bars)
        bars.attachAxis(axis_x)
        bars.attachAxis(axis_count)
        self.counts.hovered.connect(self._hover_month)
        self.average = QLineSeries()
        self.average.setName(tr("Average overall score"))
        self.average.setPen(QPen(QColor(OVERALL_COLOUR), 3))
        self.average.setPointsVisible(True)
        for index, m in enumerate(months):
            if m.reviews:
                self.average.append(index, m.average)
        chart.addSeries(self.average)
        self.average.attachAxis(axis_x)
        self.average.attachAxis(axis_avg)
        self.average.hovered.connect(lambda point, state: self._hover_month(state, round(point.x())))
        chart.legend().setAlignment(Qt.AlignTop)
        self.setChart(chart)
        self._fit_legend()
        QTimer.singleShot(0, self._relabel_months)  # the plot area is known once the chart is laid out

    def _month_format(self) -> QLocale.FormatType:
        """Short month names ("Dec") when each fits under its bar, else the narrow ones ("D"): Qt Charts
        cuts a label to its own bar's width, and "D…" says less than "D" beside its neighbours."""
        if not self._month_days:
            return QLocale.ShortFormat
        chart = self.chart()
        width = chart.plotArea().width() if chart is not None and chart.plotArea().width() > 0 else self.width() * 0.8
        metrics = QFontMetrics(self._month_axis.labelsFont()) if self._month_axis is not None else self.fontMetrics()
        widest = max(metrics.horizontalAdvance(QLocale().standaloneMonthName(d.month, QLocale.ShortFormat))
                     for d in self._month_days)
        return QLocale.ShortFormat if width / len(self._month_days) >= widest + 10 else QLocale.NarrowFormat

    def _month_labels(self, form: QLocale.FormatType) -> list[str]:
        # Categories must differ: zero-width spaces keep equal names (two Decembers, two "J"s) apart.
        return [QLocale().standaloneMonthName(d.month, form) + "\u200b" * i for i, d in enumerate(self._month_days)]

    def _relabel_months(self) -> None:
        if self._month_axis is None or not self._month_days:
            return
        labels = self._month_labels(self._month_format())
        if labels != self._month_axis.categories():
            self._month_axis.setCategories(labels)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_legend()
        self._relabel_months()

    def _fit_legend(self) -> None:
        """A short chart (a small window) keeps its plot and drops the legend: hovering a point or a bar
        still says what it is, and a plot squeezed under a legend shows nothing."""
        chart = self.chart()
        if chart is None:
            return
        tall = self.height() >= SHORT_CHART
        chart.legend().setVisible(tall)
        for axis in chart.axes(Qt.Vertical):
            if isinstance(axis, QValueAxis):
                # Only the ends are labelled on a short axis: six labels there are cut to "…".
                full = axis.property("full_ticks") or axis.tickCount()
                axis.setProperty("full_ticks", full)
                axis.setTickCount(full if tall else 2)

    # -- hovering --------------------------------------------------------------------------
    def review_near(self, point: QPointF) -> ReviewPoint | None:
        if not self._reviews:
            return None
        return min(self._reviews, key=lambda r: abs(_msecs(r.day) - point.x()))

    def review_text(self, review: ReviewPoint) -> str:
        locale = QLocale()
        kind = tr("Check-in") if review.is_checkin else tr("Private review")
        lines = [f"{kind} · {formatting.short_date(review.day)}", review.contract_title,
                 tr("Overall {score}").format(score=locale.toString(review.overall, "f", 2))]
        lines.append(" · ".join(f"{tr(CRITERIA_LABELS[n])} {review.scores[n]}" for n in REVIEW_CRITERIA))
        lines.append(tr("Would rehire: {answer} · recommend {n}/10").format(
            answer=label(words.REHIRE_ANSWER, review.would_rehire), n=review.recommend))
        if review.notes:
            notes = " ".join(review.notes.split())
            lines.append(notes if len(notes) < 200 else notes[:199] + "…")
        return "\n".join(lines)

    def _hover_review(self, point: QPointF, state: bool) -> None:
        review = self.review_near(point)
        self._hover_text(state, self.review_text(review) if review else "")

    def _hover_feedback(self, point: QPointF, state: bool, feedback) -> None:
        day, score, comment = min(feedback, key=lambda f: abs(_msecs(f[0]) - point.x()))
        text = tr("Public feedback given · {day}\n{stars} {score}/5").format(
            day=formatting.short_date(day), stars="★" * score, score=score)
        self._hover_text(state, text + (f"\n{comment}" if comment else ""))

    def _hover_month(self, state: bool, index: int) -> None:
        if not (0 <= index < len(self._months)):
            return
        m = self._months[index]
        text = tr("{month}: %n review(s)", m.reviews).format(month=m.month)
        if m.reviews:
            text += "\n" + tr("average overall {avg}").format(avg=QLocale().toString(m.average, "f", 2))
        self._hover_text(state, text)

    def _hover_text(self, state: bool, text: str) -> None:
        if state and text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()
