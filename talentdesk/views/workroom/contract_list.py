"""The contract list beside the room: ordered ids fetched once, rows fetched in blocks as painted."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...app.context import AppContext
from ...app.errors import search_refusal
from ...services import workroom
from ...services.validate import MAX_SEARCH_CHARS
from ...store.models import CONTRACT_KINDS
from ..labels import CONTRACT_KIND_LABELS, STATUS_LABELS, day, label

BLOCK = 200
ROW_HEIGHT = 48
IdRole = Qt.UserRole + 1
RowRole = Qt.UserRole + 2

STATUS_COLOURS = {
    "active": QColor(46, 160, 90), "paused": QColor(220, 150, 30), "offered": QColor(70, 130, 220),
    "draft": QColor(140, 140, 150), "ended": QColor(120, 120, 120),
}


class ContractListModel(QAbstractListModel):
    """Ids in list order; rows loaded a block at a time when first painted, then cached.

    A block is asked for on the task runner (``fetch(ids, on_done, on_error)``), never on the GUI thread: on a
    team database each is a round trip to the server. Its rows paint blank until it arrives (and are asked
    again when next painted if it failed)."""

    def __init__(self, fetch, parent=None):
        super().__init__(parent)
        self.fetch = fetch
        self.ids: list[int] = []
        self._rows: dict[int, int] = {}  # id -> row
        self.cache: dict[int, workroom.ListRow] = {}
        self._before: dict[int, workroom.ListRow] = {}  # rows of the last listing, shown until theirs arrive
        self._asked: set[int] = set()  # ids of blocks on their way
        self._generation = 0

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self._rows = {contract_id: row for row, contract_id in enumerate(self.ids)}
        self._before = {**self._before, **self.cache}  # a refresh repaints what it had, not blank rows
        self.cache = {}
        self._asked = set()
        self._generation += 1
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt's name
        return 0 if parent is not None and parent.isValid() else len(self.ids)

    def row_at(self, row: int) -> workroom.ListRow | None:
        contract_id = self.ids[row]
        if contract_id not in self.cache and contract_id not in self._asked:
            start = max(0, row - BLOCK // 4)
            block = [i for i in self.ids[start:start + BLOCK] if i not in self.cache and i not in self._asked]
            self._asked.update(block)  # the block about to be painted
            generation = self._generation
            self.fetch(block, lambda rows: self._arrived(generation, block, rows),
                       lambda _exc: self._asked.difference_update(block) if generation == self._generation else None)
        return self.cache.get(contract_id) or self._before.get(contract_id)

    def _arrived(self, generation: int, block: list[int], rows: dict[int, workroom.ListRow]) -> None:
        if generation != self._generation:
            return  # the list was filled anew meanwhile
        self._asked.difference_update(block)
        self.cache.update(rows)
        for contract_id in block:
            self._before.pop(contract_id, None)
        shown = sorted(r for r in (self.row_of(i) for i in rows) if r >= 0)
        if shown:
            self.dataChanged.emit(self.index(shown[0]), self.index(shown[-1]))

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == IdRole:
            return self.ids[index.row()]
        if role not in (Qt.DisplayRole, RowRole, Qt.AccessibleTextRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        return f"{row.title} — {row.talent}"

    def row_of(self, contract_id: int) -> int:
        return self._rows.get(contract_id, -1)


class ContractDelegate(QStyledItemDelegate):
    """Two lines: the title, then person · status · kind · dates (all plain text)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        return QSize(200, ROW_HEIGHT)

    def paint(self, painter, option, index) -> None:
        row: workroom.ListRow | None = index.data(RowRole)
        style = option.widget.style() if option.widget else None
        painter.save()
        selected = bool(option.state & QStyle.State_Selected)
        if style:
            style.drawPrimitive(QStyle.PE_PanelItemViewItem, option, painter, option.widget)
        if row is not None:
            palette = option.palette
            text_colour = palette.color(QPalette.HighlightedText if selected else QPalette.Text)
            muted = palette.color(QPalette.HighlightedText if selected else QPalette.PlaceholderText)
            r = option.rect.adjusted(14, 5, -8, -5)
            dot = STATUS_COLOURS.get(row.status, QColor(128, 128, 128))
            painter.setRenderHint(painter.RenderHint.Antialiasing)
            painter.setBrush(dot)
            painter.setPen(Qt.NoPen)
            painter.drawEllipse(option.rect.left() + 4, option.rect.top() + 12, 6, 6)
            title_font = QFont(option.font)
            title_font.setWeight(QFont.DemiBold)
            painter.setFont(title_font)
            painter.setPen(text_colour)
            top = QRect(r.left(), r.top(), r.width(), r.height() // 2)
            painter.drawText(top, Qt.AlignLeft | Qt.AlignVCenter | Qt.TextSingleLine,
                             painter.fontMetrics().elidedText(row.title, Qt.ElideRight, top.width()))
            painter.setFont(option.font)
            painter.setPen(muted)
            dates = " – ".join(d for d in (day(row.start_date), day(row.end_date)) if d)
            line = " · ".join(p for p in (row.talent, label(STATUS_LABELS, row.status),
                                          label(CONTRACT_KIND_LABELS, row.kind), dates) if p)
            bottom = QRect(r.left(), r.top() + r.height() // 2, r.width(), r.height() - r.height() // 2)
            painter.drawText(bottom, Qt.AlignLeft | Qt.AlignVCenter | Qt.TextSingleLine,
                             painter.fontMetrics().elidedText(line, Qt.ElideRight, bottom.width()))
        painter.restore()


class ContractListPanel(QWidget):
    """Search, filters and the list; emits ``chosen(contract_id)``."""

    chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._wanted: int | None = None
        self._quiet = False
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search contract titles"))
        self.search.setMaxLength(MAX_SEARCH_CHARS)  # the services' limit: past it, typing stops
        self.search.setPlaceholderText(self.tr("Search titles…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Search contract titles (Ctrl+Shift+F)"))
        self.find_messages = QPushButton(self.tr("Find in all messages…"))
        self.find_messages.setObjectName("findInMessages")
        self.find_messages.setToolTip(self.tr("Search what was said in every contract's room (Ctrl+Shift+M)"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in workroom.STATUS_ORDER:
            self.status.addItem(label(STATUS_LABELS, status), status)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), None)
        for kind in CONTRACT_KINDS:
            self.kind.addItem(label(CONTRACT_KIND_LABELS, kind), kind)
        self.person = QComboBox()
        self.person.addItem(self.tr("Anyone"), None)
        self.person.setToolTip(self.tr("Only this person's contracts"))
        self.person.setMinimumContentsLength(10)
        self.person.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.model = ContractListModel(
            lambda ids, on_done, on_error: ctx.runner.read(workroom.list_rows, ids, on_done=on_done, on_error=on_error),
            self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Contracts"))
        self.view.setObjectName("contractList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContractDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.count = QLabel()
        self.count.setProperty("role", "muted")

        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.status)
        filters.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.find_messages)
        layout.addLayout(filters)
        layout.addWidget(self.person)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.status, self.kind, self.person):
            combo.currentIndexChanged.connect(self.reload)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._people_loaded = False

    def current_filter(self) -> workroom.ListFilter:
        return workroom.ListFilter(status=self.status.currentData(), kind=self.kind.currentData(),
                                   talent_id=self.person.currentData(), text=self.search.text())

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ctx.runner.read(workroom.list_ids, self.current_filter(),
                             on_done=lambda ids: self._ids_loaded(generation, ids),
                             on_error=lambda exc: self._refused(generation, exc))
        if not self._people_loaded:
            self._people_loaded = True
            self.ctx.runner.read(workroom.people_with_contracts, on_done=self._fill_people)

    def reload_people(self) -> None:
        self._people_loaded = False

    def _fill_people(self, people: list[tuple[int, str]]) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), None)
        for talent_id, name in people:
            self.person.addItem(name, talent_id)
        index = self.person.findData(current)
        self.person.setCurrentIndex(max(0, index))
        self.person.blockSignals(False)

    def _ids_loaded(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # an older search finished late: drop it
        current = self._wanted or self.current_id()
        self.model.set_ids(ids)
        self.count.setText(self.tr("%Ln contract(s)", "", len(ids)))
        if current is not None:
            self.select(current, emit=False)

    def _refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        said = search_refusal(self, exc)
        if said:
            self.model.set_ids([])
            self.count.setText(said)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select(self, contract_id: int, emit: bool = False) -> None:
        self._wanted = contract_id
        row = self.model.row_of(contract_id)
        if row < 0:
            return
        self._wanted = None
        index = self.model.index(row)
        self._quiet = not emit
        self.view.setCurrentIndex(index)
        self._quiet = False
        self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.chosen.emit(current.data(IdRole))
