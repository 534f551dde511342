"""The bench's table model: ordered ids held once, rows fetched in blocks as they are painted.

Sorting is not done here: ``sort`` asks the view to fetch the ids again in the new SQL order.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from ...app.team_link import out_of_reach
from ...services import bench
from ...services.bench import BLOCK, COLUMNS, BenchRow
from ...services.labels import QT_TRANSLATE_NOOP
from .. import labels
from . import fmt

HEADERS = {
    "name": (QT_TRANSLATE_NOOP("BenchModel", "Name"), QT_TRANSLATE_NOOP("BenchModel", "Their name")),
    "headline": (QT_TRANSLATE_NOOP("BenchModel", "Headline"), QT_TRANSLATE_NOOP("BenchModel", "What they do, in a line")),
    "skills": (QT_TRANSLATE_NOOP("BenchModel", "Top skills"), QT_TRANSLATE_NOOP("BenchModel", "Their strongest skills (sorted by the best one)")),
    "rate": (QT_TRANSLATE_NOOP("BenchModel", "Rate"), QT_TRANSLATE_NOOP("BenchModel", "Their current rate (the newest effective-dated rate)")),
    "local_time": (QT_TRANSLATE_NOOP("BenchModel", "Local time"), QT_TRANSLATE_NOOP("BenchModel", "The time where they are, now")),
    "overlap": (QT_TRANSLATE_NOOP("BenchModel", "Overlap"), QT_TRANSLATE_NOOP("BenchModel", "Hours of their working day that fall inside mine, today")),
    "free": (QT_TRANSLATE_NOOP("BenchModel", "Free"),
             QT_TRANSLATE_NOOP("BenchModel", "Free hours this week · next week: the hours they offer, less their running "
                                             "contracts and away days (sorted by the hours they offer)")),
    "score": (QT_TRANSLATE_NOOP("BenchModel", "Score"), QT_TRANSLATE_NOOP("BenchModel", "Average of my private reviews (1–5)")),
    "spend": None,  # the money figure "total cost", named and explained by services/money_figures
    "last_worked": (QT_TRANSLATE_NOOP("BenchModel", "Last worked"), QT_TRANSLATE_NOOP("BenchModel", "When a contract with them last ran")),
    "status": (QT_TRANSLATE_NOOP("BenchModel", "Status"), QT_TRANSLATE_NOOP("BenchModel", "Bench status")),
    "favourite": (QT_TRANSLATE_NOOP("BenchModel", "★"), QT_TRANSLATE_NOOP("BenchModel", "Favourite")),
}
ID_ROLE = int(Qt.UserRole) + 1
CACHE_LIMIT = 20 * BLOCK
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
CENTER = int(Qt.AlignCenter)
LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)
ROOT = QModelIndex()
DISPLAY, TOOLTIP, ALIGN, FOREGROUND = (int(r) for r in (Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole,
                                                        Qt.ForegroundRole))
HANDLED_ROLES = frozenset((DISPLAY, TOOLTIP, ALIGN, FOREGROUND, int(ID_ROLE)))
ALIGNMENTS = [RIGHT if key in ("rate", "overlap", "free", "score", "spend") else CENTER if key == "favourite" else LEFT
              for key in COLUMNS]
FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren
NO_FLAGS = Qt.NoItemFlags
STAR = QBrush(QColor(212, 160, 23))
WARNING = QBrush(QColor(200, 70, 60))


class BenchModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, BenchRow] = {}
        self._cells: dict[int, tuple[list, list]] = {}  # display texts and colours per talent
        self._now = dt.datetime.now(dt.UTC)
        self._muted = QBrush()
        self._unreachable = False  # a fetch found the team database out of reach

    # -- what the view sets --------------------------------------------------------------------------
    def set_ids(self, ids: list[int], rows: dict[int, BenchRow] | None = None) -> None:
        """A new list; ``rows``: some of its rows already read (the first block, read with the list on the lane)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {talent_id: row for row, talent_id in enumerate(self._ids)}
        self._cache.clear()
        self._cells.clear()
        self._cache.update(rows or {})
        self._unreachable = False
        self._muted = QBrush(QApplication.palette().color(QPalette.PlaceholderText))  # follows the theme
        self.endResetModel()

    def invalidate(self, rows: dict[int, BenchRow] | None = None) -> None:
        """Forget cached rows (after an edit) and repaint what is visible; ``rows``: fresh rows already read."""
        self._unreachable = False
        self._cache.clear()
        self._cells.clear()
        self._cache.update(rows or {})
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def put_rows(self, found: dict[int, BenchRow]) -> list[int]:
        """A write changed these people and their rows were read again: put them in and repaint just those rows
        (no reset, the other rows keep their cache). Returns the rows repainted."""
        rows = sorted(self._row_of[i] for i in found if i in self._row_of)
        for row in rows:
            talent_id = self._ids[row]
            self._cache[talent_id] = found[talent_id]
            self._cells.pop(talent_id, None)
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        return rows

    def tick(self) -> None:
        """The clock moved: repaint the local-time column."""
        self._now = dt.datetime.now(dt.UTC)
        self._cells.clear()
        if self._ids:
            column = COLUMNS.index("local_time")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, talent_id: int) -> int:
        return self._row_of.get(talent_id, -1)

    def row_data(self, row: int) -> BenchRow | None:
        talent_id = self.id_at(row)
        if talent_id is None:
            return None
        found = self._cache.get(talent_id)
        if found is None:
            self._fetch_block(row)
            found = self._cache.get(talent_id)
        return found

    def _fetch_block(self, row: int) -> None:
        # The allowed exception to "through the runner": a few ms for the rows about to be painted.
        start = row - row % BLOCK
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
            self._cells.clear()
        self._fetch(self._ids[start:start + BLOCK])

    def _fetch(self, ids: list[int]) -> None:
        if self._unreachable:
            return
        try:
            self._cache.update(bench.rows(ids))
        except Exception as exc:
            if not out_of_reach(exc):
                raise
            # A team database out of reach (the window's banner says so): rows not yet loaded stay blank, and
            # are not asked again until the list is loaded anew (the window reloads it once the link is back).
            self._unreachable = True

    # -- Qt's model interface ------------------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index):
        return FLAGS if index.isValid() else NO_FLAGS

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if COLUMNS[section] == "spend":
            if role == Qt.DisplayRole:
                return labels.figure_label("total")
            if role == Qt.ToolTipRole:
                return labels.figure_tip("total") + "\n" + fmt.tr(
                    "In your home currency, each payment at the rate of its date (Tools → Settings…)")
        else:
            title, tip = HEADERS[COLUMNS[section]]
            if role == Qt.DisplayRole:
                return fmt.tr(title)
            if role == Qt.ToolTipRole:
                return fmt.tr(tip)
        if role == Qt.TextAlignmentRole and COLUMNS[section] in ("rate", "overlap", "free", "score", "spend"):
            return RIGHT
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column], order == Qt.DescendingOrder)

    def data(self, index, role=DISPLAY):
        # Called thousands of times a paint: plain ints and cached cells, no enum arithmetic.
        role = int(role)
        if role not in HANDLED_ROLES or not index.isValid():
            return None
        row_number, column = index.row(), index.column()
        if not (0 <= row_number < len(self._ids)) or not 0 <= column < len(COLUMNS):
            return None
        if role == ID_ROLE:
            return self._ids[row_number]
        if role == ALIGN:
            return ALIGNMENTS[column]
        cells = self._cells.get(self._ids[row_number])
        if cells is None:
            row = self.row_data(row_number)
            if row is None:
                return None
            cells = self._cells[row.id] = (
                [self._display(row, key) for key in COLUMNS], [self._foreground(row, key) for key in COLUMNS])
        if role == DISPLAY:
            return cells[0][column]
        if role == FOREGROUND:
            return cells[1][column]
        row = self.row_data(row_number)
        return self._tooltip(row, COLUMNS[column]) if row is not None else None

    def _display(self, row: BenchRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "headline":
            return row.headline
        if key == "skills":
            return ", ".join(row.skills[:3])
        if key == "rate":
            return fmt.rate(row.rate_minor, row.rate_currency)
        if key == "local_time":
            return fmt.local_now(row.timezone, self._now)[1]
        if key == "overlap":
            return fmt.hours(row.overlap_minutes)
        if key == "free":
            return fmt.free(row.free_minutes)
        if key == "score":
            return fmt.score(row.score)
        if key == "spend":
            return fmt.home_total(row.home) if row.spend else ""
        if key == "last_worked":
            return fmt.tr("Working now") if row.working_now else fmt.day(row.last_worked)
        if key == "status":
            return fmt.label(fmt.STATUS_LABELS, row.bench_status)
        if key == "favourite":
            return "★" if row.favourite else ""
        return ""

    def _tooltip(self, row: BenchRow, key: str) -> str | None:
        if key == "skills" and row.skills:
            return ", ".join(row.skills)
        if key == "local_time":
            local, _text = fmt.local_now(row.timezone, self._now)
            hours = fmt.working_hours(row.working_hours_start, row.working_hours_end)
            state = fmt.tr("working now") if fmt.at_work(local, row.working_hours_start, row.working_hours_end) \
                else fmt.tr("outside their hours")
            return fmt.tr("{zone}: works {hours}, {state}").format(zone=row.timezone, hours=hours, state=state)
        if key == "score" and row.reviews:
            return fmt.tr("Average of %n private review(s)", row.reviews)
        if key == "spend" and row.spend:
            return fmt.home_tip(row.home, row.spend)
        if key in ("name", "headline") and self._display(row, key):
            return self._display(row, key)
        return None

    def _foreground(self, row: BenchRow, key: str):
        muted = self._muted
        if key == "favourite":
            return STAR
        if row.bench_status in ("archived", "do_not_rehire") and key in ("name", "status"):
            return muted if row.bench_status == "archived" else WARNING
        if key == "local_time":
            local, _text = fmt.local_now(row.timezone, self._now)
            if not fmt.at_work(local, row.working_hours_start, row.working_hours_end):
                return muted
        if key == "overlap" and row.overlap_minutes == 0:
            return muted
        if key == "free" and not any(row.free_minutes):
            return muted
        return None
