"""My record as a client: a page of the review screen with my figures for a period and their trend.

Each figure is a tile; clicking it (or Enter on it) lists the records it was counted from, and a record opens
its contract's workroom (or the person) as the rest of the program does. The figures and their words come
from services/my_record.py and reports/record_text.py, as the "working with me" PDF has them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.context import AppContext
from ...app.text_size import scaled
from ...reports import record_text as text
from ...reports.client_page import MAX_QUOTES
from ...reports.fmt import Formatter
from ...services import my_record
from ..shortcuts import local_shortcut
from ..widgets.scrolled import scrolled_content

COLUMNS = 3


def _label(value: str = "", role: str = "") -> QLabel:
    label = QLabel(value)
    label.setTextFormat(Qt.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    label.setAttribute(Qt.WA_TransparentForMouseEvents)
    return label


class FigureTile(QPushButton):
    """One figure: its name, value, trend and what it was counted from; a click lists its records."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("recordTile")
        self.setCheckable(False)
        self.setMinimumHeight(scaled(112))
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.setToolTip(text.explanation(key))
        self.title = _label(text.title(key), "muted")
        self.value = _label("", "title")
        self.trend = _label("")
        self.basis = _label("", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.trend, self.basis):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_figure(self, figure: my_record.Figure, fmt: Formatter) -> None:
        self.value.setText(text.figure_value(figure, fmt))
        self.trend.setText(text.trend(figure, fmt)[0])
        self.basis.setText(text.basis(figure, fmt))
        self.setAccessibleName(f"{text.title(self.key)}: {self.value.text()}")
        self.setEnabled(bool(figure.items))

    def sizeHint(self):  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), self.layout().sizeHint().height()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A button does not grow for its wrapped words by itself: a narrow tile asks for the height they need."""
        super().resizeEvent(event)
        needed = max(scaled(112), self.layout().totalHeightForWidth(self.width()))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class RecordsDialog(QDialog):
    """The records behind one figure; Enter or a double-click opens a record's contract (or person)."""

    def __init__(self, parent: QWidget, ctx: AppContext, figure: my_record.Figure, fmt: Formatter):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(text.title(figure.key))
        self.resize(scaled(760), scaled(440))
        heading = _label(f"{text.figure_value(figure, fmt)} — {text.basis(figure, fmt)}", "subheading")
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Records behind the figure"))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Person"), self.tr("Contract"), self.tr("What"),
                                   self.tr("Counts as")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setSectionResizeMode(QHeaderView.Interactive)
        for column, width in enumerate((100, 160, 180, 200)):
            self.list.header().resizeSection(column, scaled(width))
        self.list.header().setStretchLastSection(True)
        for item in figure.items:
            row = QTreeWidgetItem([fmt.date(item.on), item.talent_name, item.contract_title, item.what,
                                   text.item_value(figure, item, fmt)])
            row.setToolTip(3, item.what)
            row.setData(0, Qt.UserRole, (item.contract_id, item.talent_id))
            self.list.addTopLevelItem(row)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemActivated.connect(lambda row, _c: self.open_record(row))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ActionRole)
        self.open_button.setToolTip(self.tr("Open the contract's workroom, or the person (Enter)"))
        self.open_button.clicked.connect(lambda: self.open_record(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def open_record(self, row: QTreeWidgetItem | None) -> None:
        if row is None or self.ctx.navigator is None:
            return
        contract_id, talent_id = row.data(0, Qt.UserRole)
        self.accept()
        if contract_id is not None:
            self.ctx.navigator.open_contract(contract_id)
        elif talent_id is not None:
            self.ctx.navigator.open_talent(talent_id)


class QuotesDialog(QDialog):
    """Choose the received comments the "working with me" page quotes."""

    saved = Signal()

    def __init__(self, parent: QWidget, ctx: AppContext, received: list[my_record.Received], fmt: Formatter):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Comments to quote"))
        self.resize(scaled(900), scaled(480))
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Comments people gave you"))
        self.list.setHeaderLabels([self.tr("Comment"), self.tr("Score"), self.tr("Person"), self.tr("Date")])
        self.list.setRootIsDecorated(False)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.Stretch)
        for column, width in ((1, 60), (2, 180), (3, 100)):
            self.list.header().setSectionResizeMode(column, QHeaderView.Interactive)
            self.list.header().resizeSection(column, scaled(width))
        for r in received:
            row = QTreeWidgetItem([r.comment, f"{r.score}/5", r.talent_name, fmt.date(r.given_on)])
            row.setFlags(row.flags() | Qt.ItemIsUserCheckable)
            row.setCheckState(0, Qt.Checked if r.quoted else Qt.Unchecked)
            row.setToolTip(0, r.comment)
            row.setData(0, Qt.UserRole, r.id)
            self.list.addTopLevelItem(row)
        hint = _label(self.tr("Ticked comments appear in the “working with me” PDF, with the person's first name, "
                              "the score and the date; the newest {n} of them fit its one page.").format(n=MAX_QUOTES)
                      if received else
                      self.tr("Nobody has left you feedback with a comment yet. Record the feedback they give you "
                              "in a contract's workroom."), "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[int]:
        return [self.list.topLevelItem(i).data(0, Qt.UserRole) for i in range(self.list.topLevelItemCount())
                if self.list.topLevelItem(i).checkState(0) == Qt.Checked]

    def save(self) -> None:
        self.ctx.runner.write(my_record.set_quoted, self.chosen(), changes=("feedback",),
                              action=self.tr("Choose comments to quote"),
                              on_done=lambda _n: (self.saved.emit(), self.accept()))


class RecordPage(QWidget):
    """The page: a period chooser, the tiles, and the way back to the queue."""

    back = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.fmt = Formatter()
        self.record: my_record.ClientRecord | None = None
        self.dialog: QDialog | None = None  # the dialog last opened (tests reach it here)
        content = scrolled_content(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        top = QHBoxLayout()
        title = _label(self.tr("My record as a client"), "heading")
        title.setAttribute(Qt.WA_TransparentForMouseEvents, False)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setToolTip(self.tr("The figures over this period, compared with the period before it"))
        for months in my_record.PERIOD_MONTHS:
            self.period.addItem(self.tr("Last %n month(s)", "", months), months)
        self.period.setCurrentIndex(my_record.PERIOD_MONTHS.index(my_record.DEFAULT_MONTHS))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        layout.addLayout(top)
        self.summary = _label("", "muted")
        layout.addWidget(self.summary)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.tiles: dict[str, FigureTile] = {}
        for index, (key, _unit) in enumerate(my_record.FIGURES):
            tile = self.tiles[key] = FigureTile(key)
            tile.clicked.connect(lambda _=False, k=key: self.open_records(k))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the queue"))
        self.back_button.setToolTip(self.tr("Back to the review queue (Esc)"))
        self.back_button.clicked.connect(self.back.emit)
        self.quotes_button = QPushButton(self.tr("Comments to quote…"))
        self.quotes_button.setToolTip(self.tr("Choose which comments people gave you appear in the PDF"))
        self.quotes_button.clicked.connect(self.choose_quotes)
        ctx.writes.guard(self.quotes_button)  # the choice is kept with the feedback
        self.pdf_button = QPushButton(self.tr("Working with me PDF…"))
        self.pdf_button.setToolTip(self.tr("One page to share with a new hire: how you work, pay and what "
                                           "people said, over the chosen period"))
        self.pdf_button.clicked.connect(self.export_pdf)
        for button in (self.back_button, self.quotes_button, self.pdf_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        local_shortcut(Qt.Key_Escape, self, self.back.emit, self.tr("Back to the review queue"))

    def months(self) -> int:
        return int(self.period.currentData())

    def refresh(self) -> None:
        self.ctx.runner.read(my_record.record, self.months(), on_done=self.show_record)

    def show_record(self, found: my_record.ClientRecord) -> None:
        self.record = found
        self.summary.setText(self.tr("From {start} to {end}, compared with the %n day(s) before. Click a figure to "
                                     "see what it was counted from.", "", found.period.days).format(
            start=self.fmt.date(found.period.start), end=self.fmt.date(found.period.end)))
        for key, tile in self.tiles.items():
            tile.show_figure(found.figures[key], self.fmt)

    def open_records(self, key: str) -> None:
        if self.record is None:
            return
        dialog = self.dialog = RecordsDialog(self, self.ctx, self.record.figures[key], self.fmt)
        dialog.open()

    def choose_quotes(self) -> None:
        def show(received) -> None:
            dialog = self.dialog = QuotesDialog(self, self.ctx, received, self.fmt)
            dialog.open()

        self.ctx.runner.read(my_record.received_feedback, on_done=show)

    def export_pdf(self) -> None:
        from ..dialogs.export_pdf import export_working_with_me_pdf

        export_working_with_me_pdf(self, self.ctx, self.months())
