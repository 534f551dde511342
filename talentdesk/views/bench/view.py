"""The bench: everyone I have worked with or want to, searchable, filterable, and where a rehire starts."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...app.bus import Change
from ...app.context import AppContext
from ...app.errors import search_refusal
from ...app.text_size import scaled
from ...services import bench, talents
from ...services.errors import Refused
from ..base import View
from ..dialogs.appreciation import open_appreciation_dialog
from ..dialogs.contract_dialog import open_contract_dialog
from ..dialogs.export_pdf import export_talent_pdf
from ..dialogs.interaction import open_interaction_dialog
from ..dialogs.talent import TalentDialog
from ..shortcuts import local_shortcut
from . import fmt
from .detail import DetailPane
from .documents import PersonDocuments
from .filterbar import FilterBar
from .model import ID_ROLE, BenchModel

if TYPE_CHECKING:
    from ..timeline.widget import TimelineWidget

ROW_HEIGHT = 30
DEFAULT_WIDTHS = {"name": 140, "headline": 140, "skills": 118, "rate": 66, "local_time": 84, "overlap": 58,
                  "free": 84, "score": 52, "spend": 76, "last_worked": 84, "status": 84, "favourite": 28}
STATE_KEY = "bench"
# When the table is too narrow for every column, these give way first to last; the rest always stay.
GIVE_WAY = ("overlap", "local_time", "free", "spend", "rate", "skills", "score", "headline")


class ColumnsGiveWay(QObject):
    """Hides the least needed columns of a table while they do not fit its width, and brings them back as
    the table widens: name, status, last worked and the column sorted by stay in sight instead of behind a
    scrollbar."""

    def __init__(self, table: QTableView, keys: tuple[str, ...], give_way: tuple[str, ...]):
        super().__init__(table)
        self.table, self.keys, self.give_way = table, keys, give_way
        self.widths: dict[str, int] = {}  # each column's width when last shown
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(lambda *_: self.fit())
        table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.fit())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def _room(self) -> int:
        """The viewport's width as if the vertical scrollbar were showing. Measured with the scrollbar as it
        happens to be, hiding a column could drop the horizontal scrollbar, the taller view drop the
        vertical one, the wider view bring the column back, and so on without end."""
        bar = self.table.verticalScrollBar()
        shown = bar.width() if bar.isVisible() else 0
        return self.table.viewport().width() + shown - bar.sizeHint().width()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        room = self._room()
        if room <= 0:
            return
        hidden: list[str] = []
        # A hidden section measures 0 px: it is counted at the width it had when last shown, or the
        # hidden column would always seem to fit, come back, and be hidden again without end.
        for column, key in enumerate(self.keys):
            if not header.isSectionHidden(column) and header.sectionSize(column) > 0:
                self.widths[key] = header.sectionSize(column)
        widths = {key: self.widths.get(key, header.defaultSectionSize()) for key in self.keys}
        # The column the table is sorted by stays in sight: it is what the order is about.
        sorted_by = header.sortIndicatorSection()
        for key in self.give_way:
            if sum(widths[k] for k in self.keys if k not in hidden) <= room:
                break
            if 0 <= sorted_by < len(self.keys) and self.keys[sorted_by] == key:
                continue
            hidden.append(key)
        with QSignalBlocker(header):
            for column, key in enumerate(self.keys):
                if header.isSectionHidden(column) != (key in hidden):
                    header.setSectionHidden(column, key in hidden)
        header.viewport().update()


def create(ctx: AppContext) -> BenchView:
    return BenchView(ctx)


class BenchView(View):
    tables = ("talent", "talent_skill", "skill", "rate", "contract", "payment", "private_review", "message",
              "appreciation", "contact_channel", "profile_link", "feedback", "setting", "interaction",
              "exchange_rate")

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.setObjectName("benchView")
        self._generation = 0
        self._sort = ("name", False)
        self._total = 0
        self._select_after: int | None = None
        self._select_first = False  # after a first import: the first of the new people, once the rows arrive
        # The listing number when a selection was asked for: a listing of the same people asked for before it
        # (the answer to a favourite just toggled, arriving late) must not drop it; the new people carry it out.
        self._pending_since = 0
        self._detail_generation = 0
        self.dialog = None

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.refresh)

        self.model = BenchModel(self)
        self.model.sort_requested.connect(self._sort_requested)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People on the bench"))
        self.table.setObjectName("benchTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.clicked.connect(self._clicked)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(scaled(ROW_HEIGHT))
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for column, key in enumerate(bench.COLUMNS):
            header.resizeSection(column, scaled(DEFAULT_WIDTHS[key]))
        header.moveSection(bench.COLUMNS.index("favourite"), 0)  # the star first, where the eye starts
        header.setSortIndicator(0, Qt.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        self.detail = DetailPane()
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.rehire_requested.connect(self.rehire_selected)
        self.detail.contract_opened.connect(self._open_contract)
        self.detail.log_requested.connect(self.log_interaction)
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(60)
        self._detail_timer.timeout.connect(self._load_detail)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.empty_page = self._empty_page()
        self.no_match_page = self._no_match_page()
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.no_match_page)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("benchSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.pages)
        self.side = QTabWidget()
        self.side.setObjectName("benchSide")
        self.side.setDocumentMode(True)
        self.side.addTab(self.detail, self.tr("Profile"))
        # The person's own timeline: built on first view, so browsing the bench costs nothing extra.
        self.history: TimelineWidget | None = None
        self.history_holder = QWidget()
        history_layout = QVBoxLayout(self.history_holder)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_bar = QHBoxLayout()
        history_bar.setContentsMargins(8, 6, 8, 0)
        self.history_log_button = QPushButton(self.tr("Log a message, call or meeting…"))
        self.history_log_button.setObjectName("historyLogInteraction")
        self.history_log_button.setToolTip(self.tr("Contract or not: calls and messages count as contact (Ctrl+L)"))
        self.history_log_button.clicked.connect(self.log_interaction)
        history_bar.addWidget(self.history_log_button)
        history_bar.addStretch(1)
        history_layout.addLayout(history_bar)
        self.side.addTab(self.history_holder, self.tr("History"))
        self.side.setTabToolTip(1, self.tr("Feedback, reviews, praise, bonuses and rate changes of this person"))
        self.documents = PersonDocuments(self.ctx)
        self.side.addTab(self.documents, self.tr("Documents"))
        self.side.setTabToolTip(2, self.tr("Files kept with this person and the classification check"))
        self.side.currentChanged.connect(lambda _index: (self._sync_history(), self._sync_documents()))
        self.splitter.addWidget(self.side)
        self.side.setMinimumWidth(scaled(232))  # its pages scroll or wrap, except an e-mail beside its label; the tab bar asked for 300 px
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([980, 320])

        self.toolbar = self._build_actions()
        top = QVBoxLayout()
        top.setContentsMargins(12, 10, 12, 6)
        top.setSpacing(6)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Bench"))
        title.setProperty("role", "heading")
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.toolbar, 1)
        top.addLayout(heading)
        top.addWidget(self.filter_bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        local_shortcut(QKeySequence.Find, self, self.focus_search, self.tr("Search the bench"))
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.model.tick)
        self._clock.start(30_000)
        self._restore_state()
        self.columns_fit = ColumnsGiveWay(self.table, bench.COLUMNS, GIVE_WAY)
        # The table never narrows below the columns that always stay, so they need no scrollbar.
        # (A section is never narrower than the header's minimum, which follows its font: the star column's
        # 28 px is 38 in some styles.)
        header = self.table.horizontalHeader()
        self.pages.setMinimumWidth(sum(max(scaled(w), header.minimumSectionSize())
                                       for key, w in DEFAULT_WIDTHS.items() if key not in GIVE_WAY)
                                   + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth() + 4)
        self._update_actions()

    # -- building ------------------------------------------------------------------------------------
    def _action(self, text: str, slot, tip: str, shortcut=None, table_only: bool = False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetShortcut if table_only else Qt.WidgetWithChildrenShortcut)
            (self.table if table_only else self).addAction(action)
        return action

    def _build_actions(self) -> QToolBar:
        self.act_new = self._action(self.tr("New talent…"), self.new_talent,
                                    self.tr("Add a person to the bench (Ctrl+N)"))
        self.act_edit = self._action(self.tr("Edit…"), self.edit_selected, self.tr("Edit the selected person (Enter)"))
        self.act_open = self._action(self.tr("Open"), self.edit_selected, "", Qt.Key_Return, table_only=True)
        self.act_open_enter = self._action(self.tr("Open"), self.edit_selected, "", Qt.Key_Enter, table_only=True)
        self.act_rehire = self._action(self.tr("Rehire…"), self.rehire_selected,
                                       self.tr("Start a new contract prefilled from their last one"))
        self.act_favourite = self._action(self.tr("★ Favourite"), self.toggle_favourite,
                                          self.tr("Mark or unmark the selected people as favourites"))
        self.act_thanks = self._action(self.tr("Say thanks…"), self.say_thanks,
                                       self.tr("Record specific praise, a testimonial, a referral or a thank-you bonus"))
        self.act_log = self._action(self.tr("Log…"), self.log_interaction,
                                    self.tr("Log a message, call, meeting or note with the selected person (Ctrl+L)"),
                                    "Ctrl+L")
        self.act_availability = self._action(self.tr("Availability…"), self.set_availability,
                                             self.tr("The hours a week the selected person offers, and when they "
                                                     "are away (the planner and the Free column use them)"))
        self.act_pdf = self._action(self.tr("Export PDF…"), self.export_pdf,
                                    self.tr("A dossier of the selected person to print or send"))
        self.act_dnr = self._action(self.tr("Do not rehire…"), self.mark_do_not_rehire,
                                    self.tr("Mark the selected people as not to be rehired, with a reason"))
        self.act_archive = self._action(self.tr("Archive"), self.archive_selected,
                                        self.tr("Hide the selected people from the bench (Delete); nothing is lost"),
                                        Qt.Key_Delete, table_only=True)
        self.act_unarchive = self._action(self.tr("Unarchive"), self.unarchive_selected,
                                          self.tr("Bring the selected people back onto the bench"))
        self.act_delete = self._action(self.tr("Delete…"), self.delete_selected,
                                       self.tr("Delete a person with no contracts, for good"), "Shift+Delete",
                                       table_only=True)
        self.status_menu = QMenu(self.tr("Set status"), self)
        # Active and On bench follow the contracts (services/relationship.py): one choice stands for both.
        follow = self.status_menu.addAction(self.tr("Active or on bench, from their contracts"))
        follow.setToolTip(self.tr("Shown Active while a contract runs, On bench otherwise"))
        follow.triggered.connect(lambda _=False: self.set_status("on_bench"))
        trial = self.status_menu.addAction(fmt.label(fmt.STATUS_LABELS, "trial"))
        trial.triggered.connect(lambda _=False: self.set_status("trial"))
        bar = QToolBar()
        bar.setObjectName("benchToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for action in (self.act_new, self.act_edit, self.act_rehire, self.act_favourite, self.act_log,
                       self.act_thanks, self.act_pdf):
            bar.addAction(action)
        bar.addSeparator()
        more = QPushButton(self.tr("More"))
        more.setFlat(True)
        more.setToolTip(self.tr("Availability, status, do-not-rehire, archive and delete"))
        more_menu = QMenu(more)
        more_menu.addMenu(self.status_menu)
        for action in (self.act_availability, self.act_dnr, self.act_archive, self.act_unarchive, self.act_delete):
            more_menu.addAction(action)
        more.setMenu(more_menu)
        bar.addWidget(more)
        return bar

    def _state_page(self, name: str, title: str, text: str, button_name: str, button_text: str, slot):
        """An empty-state page: a heading, what to do, and the button that does it."""
        page = QWidget()
        page.setObjectName(name)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        heading.setVisible(bool(title))
        body = QLabel(text)
        body.setWordWrap(True)
        body.setProperty("role", "empty")
        body.setMaximumWidth(520)
        body.setAlignment(Qt.AlignCenter)
        button = QPushButton(button_text)
        button.setObjectName(button_name)
        button.clicked.connect(slot)
        layout.addWidget(heading, 0, Qt.AlignHCenter)
        # The wrapped text goes in a row between stretches, not with an alignment flag: an aligned
        # label is given the height of its text at another width than its own, and loses lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
        page.body = body
        return page

    def _empty_page(self) -> QWidget:
        return self._state_page(
            "benchEmpty", self.tr("Your bench is empty"),
            self.tr("The bench keeps everyone you have worked with or would like to: their skills, rates, time zone, "
                    "contracts and reviews, so the next hire starts from people you already trust.\n\n"
                    "Add the first person by hand, or import a marketplace history from the File menu."),
            "emptyNewTalent", self.tr("Add someone to the bench…"), self.new_talent)

    def _no_match_page(self) -> QWidget:
        page = self._state_page("benchNoMatch", "", "", "noMatchClear", self.tr("Clear search and filters"),
                                self.filter_bar.clear)
        self.no_match_text = page.body
        return page

    # -- loading ---------------------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        """A write that changed people in place (a favourite, a status) repaints just their rows first;
        the order and the filters are then asked again, and the table is reset only if the ids differ."""
        people = change.rows_of("talent")
        in_place = (people is not None and not people.added and not people.removed
                    and all(not change.rows_of(t) or t == "talent" for t in self.tables))
        if not in_place or not change.touches(*self.tables) or not self.isVisible():
            super()._on_changed(change)
            return
        # Their rows read again on the lane (before the list below), then repainted alone.
        self.ctx.runner.read(bench.rows, sorted(people.changed), on_done=self.model.put_rows)
        self._detail_timer.start()  # the pane shows the same figures
        self.refresh(rows_current=True)

    def refresh(self, rows_current: bool = False) -> None:
        """Fetch the ordered ids again; results of an older request are dropped. ``rows_current``: the rows
        shown are up to date (only the order or the filters' answer may have moved)."""
        self._generation += 1
        generation = self._generation
        filters = self.filter_bar.filters()
        column, descending = self._sort
        # The first block's rows come with the list: the table paints them without a query on the GUI thread.
        self.ctx.runner.read(bench.listing, filters, column, "desc" if descending else "asc", True,
                             on_done=lambda result: self._apply(generation, result, rows_current),
                             on_error=lambda exc: self._refused(generation, exc))

    def _refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or not isValid(self.table):
            return
        said = search_refusal(self, exc)
        if said:
            self.model.set_ids([])
            self.filter_bar.set_count(0, self._total)
            self.no_match_text.setText(said)
            self.pages.setCurrentWidget(self.no_match_page)

    def _apply(self, generation: int, result: bench.Listing, rows_current: bool = False) -> None:
        if generation != self._generation or not isValid(self.table):
            return  # an older search (a newer one is on its way), or the window has closed
        if result.ids == self.model.ids() and result.ids and result.total == self._total:
            # The same people in the same order: no reset (the selection and scroll stay where they are).
            if not rows_current:
                self.model.invalidate(result.first_rows)
            if generation > self._pending_since:
                self._select_after, self._select_first = None, False
            self.filter_bar.set_skill_names(result.skill_names)
            self._update_actions()
            self._detail_timer.start()  # the pane shows the person's figures: they may have changed too
            return
        keep = self._select_after if self._select_after is not None else self.current_id()
        if keep is None and self._select_first and result.ids:
            keep = result.ids[0]
        selected = set(self.selected_ids())
        self._select_after, self._select_first = None, False
        self._total = result.total
        self.model.set_ids(result.ids, result.first_rows)
        self.filter_bar.set_count(len(result.ids), result.total)
        self.filter_bar.set_skill_names(result.skill_names)
        if result.total == 0:
            self.pages.setCurrentWidget(self.empty_page)
        elif not result.ids:
            self.no_match_text.setText(self.tr("No one on the bench matches this search and these filters."))
            self.pages.setCurrentWidget(self.no_match_page)
        else:
            self.pages.setCurrentWidget(self.table)
        # An empty bench has no one to select: the side panel would only say "Select someone".
        self.side.setVisible(result.total > 0)
        self._reselect(keep, selected)
        self._update_actions()

    def _reselect(self, current: int | None, selected: set[int]) -> None:
        selection = self.table.selectionModel()
        row = self.model.row_of(current) if current is not None else -1
        if row < 0:
            self._selection_changed()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        for other in selected - {current}:
            other_row = self.model.row_of(other)
            if other_row >= 0:
                selection.select(self.model.index(other_row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _sort_requested(self, column: str, descending: bool) -> None:
        if (column, descending) != self._sort:
            self._sort = (column, descending)
            self.refresh()

    # -- selection and detail ------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows if self.model.id_at(row) is not None]

    def _selection_changed(self) -> None:
        self._update_actions()
        self._detail_timer.start()

    def _load_detail(self) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        ids = self.selected_ids()
        talent_id = self.current_id() if self.current_id() in ids else (ids[0] if ids else None)
        if talent_id is None:
            self.detail.clear()
            self._sync_documents()
            return
        self.ctx.runner.read(bench.detail, talent_id, on_done=lambda info: self._show_detail(generation, info),
                             on_error=lambda _exc: self.detail.clear())

    def _show_detail(self, generation: int, info: bench.TalentDetail) -> None:
        if generation == self._detail_generation and isValid(self.detail):
            self.detail.show_detail(info)
            self._sync_history()
            self._sync_documents()

    def _sync_history(self) -> None:
        if self.side.currentWidget() is not self.history_holder:
            return
        talent_id = self._one_selected()
        if self.history is None:
            from ..timeline.widget import TimelineWidget  # the timeline's module loads when the tab is first seen

            self.history = TimelineWidget(self.ctx, talent_ids=(talent_id,) if talent_id else ())
            self.history_holder.layout().addWidget(self.history)
        else:
            self.history.set_talents((talent_id,) if talent_id else ())

    def _sync_documents(self) -> None:
        # Loaded when the tab is in view, like the history.
        if self.side.currentWidget() is self.documents and self.documents.talent_id != self._one_selected():
            self.documents.show_person(self._one_selected())

    def _one_selected(self) -> int | None:
        ids = self.selected_ids()
        return self.current_id() if self.current_id() in ids else (ids[0] if ids else None)

    def export_pdf(self) -> None:
        talent_id = self._one_selected()
        if talent_id is not None:
            export_talent_pdf(self, self.ctx, talent_id)

    def set_availability(self) -> None:
        talent_id = self._one_selected()
        if talent_id is not None:
            from ..dialogs.availability import open_availability_dialog

            open_availability_dialog(self, self.ctx, talent_id)

    def log_interaction(self) -> None:
        talent_id = self._one_selected()
        if talent_id is None:
            return
        name = self.detail.detail.data.name if self.detail.detail and self.detail.detail.id == talent_id else ""
        self.dialog = open_interaction_dialog(self, self.ctx, talent_id, name)

    def say_thanks(self) -> None:
        talent_id = self._one_selected()
        if talent_id is not None:
            open_appreciation_dialog(self, self.ctx, talent_id)

    def set_writable(self, writable: bool) -> None:
        """The window says whether data may be changed now (not on a team database out of reach or opened by
        a role that may only read): the actions that change people follow."""
        self._writable = writable
        self._update_actions()

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        may = getattr(self, "_writable", True)
        self.act_new.setEnabled(may)
        for action in (self.act_favourite, self.act_dnr, self.act_archive, self.act_unarchive):
            action.setEnabled(bool(ids) and may)
        self.status_menu.setEnabled(bool(ids) and may)
        for action in (self.act_edit, self.act_rehire, self.act_delete, self.act_thanks, self.act_log,
                       self.act_availability):
            action.setEnabled(len(ids) == 1 and may)
        self.act_pdf.setEnabled(len(ids) == 1)
        self.history_log_button.setEnabled(len(ids) == 1 and may)

    def _clicked(self, index) -> None:
        if bench.COLUMNS[index.column()] == "favourite" and len(self.selected_ids()) <= 1:
            self.toggle_favourite([self.model.id_at(index.row())])

    def _context_menu(self, pos) -> None:
        if not self.table.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.act_new)
            menu.exec(self.table.viewport().mapToGlobal(pos))
            return
        menu = QMenu(self)
        for action in (self.act_edit, self.act_rehire, self.act_favourite, self.act_availability):
            menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.status_menu)
        for action in (self.act_dnr, self.act_archive, self.act_unarchive, self.act_delete):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- what the main window calls ----------------------------------------------------------------------
    def initial_focus(self):
        return self.table

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def select_talent(self, talent_id: int) -> None:
        row = self.model.row_of(talent_id)
        if row >= 0:
            self._reselect(talent_id, set())
        else:
            # Perhaps filtered out: show everyone, then select them when the ids arrive.
            self._expect_selection(talent_id)
            if self.filter_bar.filters().is_narrowed():
                self.filter_bar.clear()
            else:
                self.refresh()

    def select_first(self) -> None:
        """Show everyone and select the first person (the bench just filled, e.g. by a first import)."""
        self._expect_selection(first=True)
        if self.filter_bar.filters().is_narrowed():
            self.filter_bar.clear()
        else:
            self.refresh()

    def new_talent(self) -> None:
        self._open_dialog(None)

    def prepare_screenshot(self) -> None:
        if self.model.rowCount() and not self.selected_ids():
            self._reselect(self.model.id_at(0), set())
            self._load_detail()

    def save_state(self) -> None:
        state = self.ctx.view_state()
        state.setValue(f"{STATE_KEY}/header", self.table.horizontalHeader().saveState())
        state.setValue(f"{STATE_KEY}/splitter", self.splitter.saveState())
        state.sync()

    def _restore_state(self) -> None:
        state = self.ctx.view_state()
        header = state.value(f"{STATE_KEY}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.verticalHeader().setDefaultSectionSize(scaled(ROW_HEIGHT))
        splitter = state.value(f"{STATE_KEY}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if 0 <= column < len(bench.COLUMNS):
            self._sort = (bench.COLUMNS[column], header.sortIndicatorOrder() == Qt.DescendingOrder)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_state()
        super().hideEvent(event)

    # -- actions -------------------------------------------------------------------------------------------
    def _open_dialog(self, talent_id: int | None) -> None:
        self.dialog = TalentDialog(self.ctx, talent_id, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, talent_id: int) -> None:
        self._expect_selection(talent_id)
        self.model.invalidate()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._open_dialog(ids[0])

    def rehire_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self.ctx.runner.read(bench.rehire_template, ids[0], on_done=self._rehire)

    def _rehire(self, template) -> None:
        """The workroom's contract form, prefilled; saving opens the new contract's workroom."""
        navigator = self.ctx.navigator
        if navigator is not None and hasattr(navigator, "new_contract_from"):
            navigator.new_contract_from(template)
        else:
            self.dialog = open_contract_dialog(self, self.ctx, template)

    def _open_contract(self, contract_id: int) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.open_contract(contract_id)

    def _write(self, fn, *args, action: str | None = None, announce: str | None = None) -> None:
        self.ctx.runner.write(fn, *args, changes=("talent",), action=action, announce=announce)

    def _names(self, ids: list[int]) -> str:
        """The people acted on, for the status line: one name, or how many."""
        if len(ids) == 1:
            row = self.model.row_data(self.model.row_of(ids[0]))
            if row is not None:
                return row.name
        return self.tr("%Ln people", "", len(ids))

    def _expect_selection(self, talent_id: int | None = None, first: bool = False) -> None:
        """Select this person (or the first one) when the next listing arrives."""
        self._select_after, self._select_first = talent_id, first
        self._pending_since = self._generation

    def _select_neighbour(self, ids: list[int]) -> None:
        """The rows about to leave the list hand the selection to the next one (or the one before)."""
        rows = sorted(self.model.row_of(i) for i in ids)
        keep = [self.model.id_at(r) for r in (rows[-1] + 1, rows[0] - 1) if 0 <= r < self.model.rowCount()]
        self._expect_selection(next((i for i in keep if i is not None and i not in ids), None))

    def toggle_favourite(self, ids: list[int] | None = None) -> None:
        ids = ids or self.selected_ids()
        if not ids:
            return
        rows = [self.model.row_data(self.model.row_of(i)) for i in ids]
        on = not all(row.favourite for row in rows if row)
        self._write(talents.set_favourite, ids, on,
                    action=self.tr("Mark favourite") if on else self.tr("Unmark favourite"))

    def set_status(self, status: str) -> None:
        ids = self.selected_ids()
        if ids:
            word = fmt.label(fmt.STATUS_LABELS, status)
            self._write(talents.set_status, ids, status, action=self.tr("Set status to {status}").format(status=word),
                        announce=self.tr("{who} set to {status}").format(who=self._names(ids), status=word))

    def mark_do_not_rehire(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Do not rehire"),
            self.tr("Why should %n person(s) not be rehired? The reason is shown whenever they come up.", "",
                    len(ids)))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.information(self, self.tr("Do not rehire"),
                                    self.tr("Nothing was changed: a reason is needed to mark someone do-not-rehire."))
            return
        self._write(talents.set_status, ids, "do_not_rehire", reason, action=self.tr("Mark do not rehire"),
                    announce=self.tr("{who} marked do not rehire").format(who=self._names(ids)))

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            who = self._names(ids)
            self._select_neighbour(ids)
            self._write(talents.archive, ids, action=self.tr("Archive"),
                        announce=self.tr("Archived {who}").format(who=who))

    def unarchive_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._write(talents.unarchive, ids, action=self.tr("Bring back from the archive"),
                        announce=self.tr("Brought back {who}").format(who=self._names(ids)))

    def delete_selected(self) -> None:
        """Say at once when a person cannot be deleted (they have contracts); ask only when they can."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self.ctx.runner.read(talents.why_not_deletable, ids[0],
                             on_done=lambda why: self._confirm_delete(ids[0], why))

    def _confirm_delete(self, talent_id: int, why: str | None) -> None:
        if why:
            self._delete_refused(talent_id, Refused(why))
            return
        row = self.model.row_data(self.model.row_of(talent_id))
        if row is None:
            return
        ids = [talent_id]
        box = QMessageBox(QMessageBox.Warning, self.tr("Delete {name}?").format(name=row.name),
                          self.tr("Delete {name} and their contact details, skills and rates? Edit ▸ Undo brings "
                                  "them back during this session. Archiving hides them and keeps everything.").format(name=row.name),
                          QMessageBox.NoButton, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self._select_neighbour(ids)
            self.ctx.runner.write(talents.delete_talent, ids[0], changes=("talent",), action=self.tr("Delete person"),
                                  announce=self.tr("Deleted {name}").format(name=row.name),
                                  on_error=lambda exc: self._delete_refused(ids[0], exc))

    def _delete_refused(self, talent_id: int, exc: BaseException) -> None:
        from ...app.errors import error_text, show_error

        if not isinstance(exc, Refused):
            show_error(self, exc)
            return
        box = QMessageBox(QMessageBox.Information, self.tr("Cannot delete"), error_text(exc), QMessageBox.NoButton, self)
        archive = box.addButton(self.tr("Archive instead"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(archive)
        box.exec()
        if box.clickedButton() is archive:
            self._select_neighbour([talent_id])
            self._write(talents.archive, [talent_id], action=self.tr("Archive"),
                        announce=self.tr("Archived {who}").format(who=self._names([talent_id])))
