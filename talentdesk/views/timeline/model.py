"""The timeline's item model: events newest first, a month heading before each month.

The first page arrives from the task runner (``reset_with``); further pages are read with
keyset pagination in ``fetchMore`` as the list scrolls, a block of rows about to be painted.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from ... import formatting
from ...services import labels as words
from ...services import timeline
from ...services.timeline import Event, TimelineFilter
from ..labels import label

KIND_LABELS = words.TIMELINE_EVENT  # one table of words for the screen and the CSV (services/labels.py)
SCOPE_LABELS = {
    "end_date": QT_TRANSLATE_NOOP("Timeline", "end date"),
    "weekly_limit": QT_TRANSLATE_NOOP("Timeline", "weekly limit"),
    "milestone_added": QT_TRANSLATE_NOOP("Timeline", "milestone added"),
    "milestone_edited": QT_TRANSLATE_NOOP("Timeline", "milestone edited"),
    "bonus": QT_TRANSLATE_NOOP("Timeline", "bonus"),
    "rate": QT_TRANSLATE_NOOP("Timeline", "rate"),
    "weekly_payment": QT_TRANSLATE_NOOP("Timeline", "weekly payment"),
    "paused": QT_TRANSLATE_NOOP("Timeline", "paused"),
    "resumed": QT_TRANSLATE_NOOP("Timeline", "resumed"),
}
# A colour per family of events, for the dot beside the kind.
KIND_COLOURS = {
    "contract": "#5b8def", "feedback": "#e0a030", "private_review": "#9b6bd6", "checkin": "#9b6bd6",
    "appreciation": "#3fb37f", "bonus": "#3fb37f", "rate_change": "#d9713c", "scope_change": "#8a8f98",
    "message": "#2fa4b8", "call": "#2fa4b8", "meeting": "#2fa4b8", "note": "#8a8f98",
}

MONTH_FLAGS = Qt.ItemIsEnabled
EVENT_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable  # combined once: flags() is asked for every cell painted
EventRole = Qt.UserRole + 1
IsMonthRole = Qt.UserRole + 2
ExcerptRole = Qt.UserRole + 3
ColourRole = Qt.UserRole + 4

COL_DAY, COL_EVENT, COL_PERSON, COL_CONTRACT, COL_VALUE = range(5)
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def kind_label(kind: str) -> str:
    return label(KIND_LABELS, kind)


def kind_colour(kind: str) -> str:
    if kind.startswith("contract"):
        return KIND_COLOURS["contract"]
    if kind.startswith("feedback"):
        return KIND_COLOURS["feedback"]
    if kind in timeline.APPRECIATION_EVENT_KINDS:
        return KIND_COLOURS["appreciation"]
    return KIND_COLOURS.get(kind, "#8a8f98")


def money_text(minor: int, currency: str, locale: QLocale | None = None) -> str:
    return formatting.money(minor, currency, locale)


def stars(score: float) -> str:
    full = max(0, min(5, round(score)))
    return "★" * full + "☆" * (5 - full)


def event_title(event: Event) -> str:
    title = kind_label(event.kind)
    if event.kind == "scope_change" and event.detail:
        title += " · " + tr(SCOPE_LABELS.get(event.detail, event.detail))
    if event.kind in ("call", "meeting") and event.detail.isdigit():
        title += " · " + tr("{n} min").format(n=QLocale().toString(int(event.detail)))
    return title


def event_text(event: Event) -> str:
    """The excerpt line under the title: what changed, then the words written."""
    policy = formatting.dates()
    parts = [" → ".join(policy.recorded(side) for side in event.change.split(" → "))] if event.change else []
    if event.excerpt:
        parts.append(" ".join(event.excerpt.split()))
    return " — ".join(parts)


def value_text(event: Event, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if event.score is not None:
        if event.kind in ("feedback_given", "feedback_received"):
            return stars(event.score)
        return f"{stars(event.score)}  {locale.toString(float(event.score), 'f', 1)}"
    if event.amount_minor is None or not event.currency or event.kind == "contract_ended":
        return ""
    if (event.kind.startswith("contract") or event.kind == "scope_change") and not event.amount_minor:
        return ""
    text = money_text(event.amount_minor, event.currency, locale)
    if event.kind == "scope_change" and event.amount_minor > 0:
        return "+" + text
    if event.kind == "rate_change" or event.kind.startswith("contract") and event.detail != "fixed":
        return tr("{amount}/h").format(amount=text)
    return text


@dataclass(frozen=True)
class MonthRow:
    year: int
    month: int


class TimelineModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Timeline", "When"), QT_TRANSLATE_NOOP("Timeline", "Event"),
               QT_TRANSLATE_NOOP("Timeline", "Person"), QT_TRANSLATE_NOOP("Timeline", "Contract"),
               QT_TRANSLATE_NOOP("Timeline", "Score / amount"))

    def __init__(self, parent=None, fetch: Callable = timeline.page, page_size: int = timeline.PAGE_SIZE):
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.filter = TimelineFilter()
        self._rows: list[Event | MonthRow] = []
        self._events = 0
        self._exhausted = True
        self._locale = QLocale()
        self.on_rows_added: Callable[[int, int], None] | None = None  # month rows to span, for the view

    # -- loading -----------------------------------------------------------------
    def reset_with(self, flt: TimelineFilter, first_page: list[Event]) -> None:
        self.beginResetModel()
        self.filter = flt
        self._rows, self._events = [], 0
        self._exhausted = len(first_page) < self.page_size
        self._append(first_page)
        self.endResetModel()

    def _append(self, events: list[Event]) -> None:
        last = self._last_event()
        for event in events:
            if last is None or last.month != event.month:
                self._rows.append(MonthRow(*event.month))
            self._rows.append(event)
            last = event
        self._events += len(events)

    def _last_event(self) -> Event | None:
        for row in reversed(self._rows):
            if isinstance(row, Event):
                return row
        return None

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 - Qt's name
        if parent.isValid() or self._exhausted:
            return
        last = self._last_event()
        events = self._fetch(self.filter, last.cursor if last else None, self.page_size)
        self._exhausted = len(events) < self.page_size
        if not events:
            return
        first = len(self._rows)
        added = self._count_rows_for(events)
        self.beginInsertRows(QModelIndex(), first, first + added - 1)
        self._append(events)
        self.endInsertRows()
        if self.on_rows_added:
            self.on_rows_added(first, first + added)

    def _count_rows_for(self, events: list[Event]) -> int:
        last, months = self._last_event(), 0
        for event in events:
            if last is None or last.month != event.month:
                months += 1
            last = event
        return len(events) + months

    # -- reading -----------------------------------------------------------------
    def event_count(self) -> int:
        return self._events

    def events(self) -> list[Event]:
        return [row for row in self._rows if isinstance(row, Event)]

    def event_at(self, row: int) -> Event | None:
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item if isinstance(item, Event) else None
        return None

    def is_month(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], MonthRow)

    def first_event_row(self) -> int:
        return next((i for i, r in enumerate(self._rows) if isinstance(r, Event)), -1)

    def exhausted(self) -> bool:
        return self._exhausted

    # -- Qt's model API ------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        if self.is_month(index.row()):
            return MONTH_FLAGS
        return EVENT_FLAGS

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if isinstance(item, MonthRow):
            return self._month_data(item, index.column(), role)
        answer = EVENT_ROLES.get(role)
        return answer(self, item, index.column()) if answer is not None else None

    # -- an event row's answer for each role (EVENT_ROLES below) ----------------------------
    def _display(self, item: Event, column: int):
        if column == COL_DAY:
            return formatting.dates(self._locale).short(item.day)
        if column == COL_EVENT:
            return event_title(item)
        if column == COL_PERSON:
            return item.talent_name
        if column == COL_CONTRACT:
            return item.contract_title
        if column == COL_VALUE:
            return value_text(item, self._locale)
        return None

    def _tooltip(self, item: Event, column: int) -> str:
        if column == COL_PERSON:
            return tr("Open {name} on the bench").format(name=item.talent_name)
        if column == COL_CONTRACT and item.contract_id:
            return tr("Open the workroom of {title}").format(title=item.contract_title)
        lines = [event_title(item), event_text(item)]
        if item.made_by:
            lines.append(tr("Entered by {name}").format(name=item.made_by))
        return "\n".join(line for line in lines if line)

    def _foreground(self, _item: Event, column: int):
        return QGuiApplication.palette().brush(QPalette.Link) if column in (COL_PERSON, COL_CONTRACT) else None

    def _alignment(self, _item: Event, column: int) -> int:
        return int((Qt.AlignRight if column == COL_VALUE else Qt.AlignLeft) | Qt.AlignVCenter)

    def _month_data(self, item: MonthRow, column: int, role: int):
        if role == Qt.DisplayRole and column == 0:
            return self._locale.standaloneMonthName(item.month, QLocale.LongFormat) + f" {item.year}"
        if role == IsMonthRole:
            return True
        if role == Qt.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


EVENT_ROLES = {
    Qt.DisplayRole: TimelineModel._display,
    ExcerptRole: lambda _model, item, column: event_text(item) if column == COL_EVENT else None,
    Qt.ToolTipRole: TimelineModel._tooltip,
    Qt.ForegroundRole: TimelineModel._foreground,
    Qt.TextAlignmentRole: TimelineModel._alignment,
    EventRole: lambda _model, item, _column: item,
    IsMonthRole: lambda _model, _item, _column: False,
    ColourRole: lambda _model, item, _column: kind_colour(item.kind),
}
