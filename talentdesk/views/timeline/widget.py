"""The timeline as a reusable widget: filters, the "say thanks" prompts, the trend chart, the events.

    TimelineWidget(ctx, talent_ids=None, parent=None, show_chart=True)

With ``talent_ids`` it is fixed to those people (the bench's detail pane embeds it for one
person and calls ``set_talents((id,))`` as the selection moves); without, it is the full
screen with a person filter.
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)
from shiboken6 import isValid

from ... import formatting
from ...app.context import AppContext
from ...app.errors import search_refusal
from ...app.text_size import scaled
from ...interchange import timeline_csv
from ...services import appreciation, records, timeline
from ...services.labels import QT_TRANSLATE_NOOP
from ...services.timeline import TimelineFilter
from ...services.validate import MAX_SEARCH_CHARS
from ..base import View
from ..dialogs.appreciation import open_appreciation_dialog
from ..dialogs.checkin import open_checkin_dialog
from ..dialogs.record_edits import EDITORS, open_record_editor
from ..labels import in_sentence
from ..widgets.flow import FlowLayout
from .chart import TrendChart
from .model import (
    COL_CONTRACT,
    COL_EVENT,
    COL_PERSON,
    ColourRole,
    ExcerptRole,
    IsMonthRole,
    TimelineModel,
    kind_label,
)

# Records a person entered that the timeline can remove (its source table -> the service that removes one).
REMOVABLE = {
    "feedback": records.remove_feedback,
    "private_review": records.remove_private_review,
    "appreciation": records.remove_appreciation,
    "rate": records.remove_rate,
}

TABLES = ("contract", "feedback", "private_review", "appreciation", "payment", "rate", "scope_change", "talent",
          "interaction")
SCORE_CHOICES = (  # (label, min, max)
    (QT_TRANSLATE_NOOP("TimelineWidget", "Any score"), None, None),
    (QT_TRANSLATE_NOOP("TimelineWidget", "Reviews of 1"), None, 1.0),
    (QT_TRANSLATE_NOOP("TimelineWidget", "Reviews of 2 or less"), None, 2.0),
    (QT_TRANSLATE_NOOP("TimelineWidget", "Reviews of 3 or less"), None, 3.0),
    (QT_TRANSLATE_NOOP("TimelineWidget", "Reviews of 4 or more"), 4.0, None),
    (QT_TRANSLATE_NOOP("TimelineWidget", "Reviews of 5"), 5.0, None),
)
DATE_CHOICES = (
    QT_TRANSLATE_NOOP("TimelineWidget", "Any time"),
    QT_TRANSLATE_NOOP("TimelineWidget", "Last 30 days"),
    QT_TRANSLATE_NOOP("TimelineWidget", "Last 90 days"),
    QT_TRANSLATE_NOOP("TimelineWidget", "Last 12 months"),
    QT_TRANSLATE_NOOP("TimelineWidget", "This year"),
    QT_TRANSLATE_NOOP("TimelineWidget", "Custom range"),
)


# Flags combined once: a paint draws dozens of rows, and combining Qt's enums costs more than drawing the text.
ONE_LINE = Qt.AlignLeft | Qt.AlignVCenter | Qt.TextSingleLine
MONTH_LINE = Qt.AlignLeft | Qt.AlignBottom | Qt.TextSingleLine


class EventDelegate(QStyledItemDelegate):
    """Month headings across the row; the event column in two lines: what happened, then its words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        metrics = QFontMetrics(QApplication.font())
        self.row_height = metrics.height() * 2 + 14

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.row_height)

    def paint(self, painter, option, index) -> None:
        if index.data(IsMonthRole):
            self._paint_month(painter, option, index)
            return
        if index.column() != COL_EVENT:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.State_Selected)
        palette = option.palette
        rect = option.rect.adjusted(6, 5, -6, -5)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(index.data(ColourRole) or "#888"))
        dot = option.fontMetrics.height() // 2
        painter.drawEllipse(rect.left(), rect.top() + (option.fontMetrics.height() - dot) // 2, dot, dot)
        text_left = rect.left() + dot + 8
        title_font = option.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        line = QRect(text_left, rect.top(), rect.right() - text_left, option.fontMetrics.height())
        title = QFontMetrics(title_font).elidedText(index.data(Qt.DisplayRole) or "", Qt.ElideRight, line.width())
        painter.drawText(line, ONE_LINE, title)
        title_font.setBold(False)
        painter.setFont(title_font)
        muted = palette.color(QPalette.HighlightedText if selected else QPalette.PlaceholderText)
        painter.setPen(muted)
        excerpt = option.fontMetrics.elidedText(index.data(ExcerptRole) or "", Qt.ElideRight, line.width())
        painter.drawText(line.translated(0, option.fontMetrics.height() + 3), ONE_LINE, excerpt)
        painter.restore()

    def _paint_month(self, painter, option, index) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect
        painter.fillRect(rect, palette.color(QPalette.Window))
        font = option.font
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.Text))
        painter.drawText(rect.adjusted(10, 0, -10, -4), MONTH_LINE, index.data(Qt.DisplayRole) or "")
        painter.setPen(palette.color(QPalette.Mid))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


class PeoplePicker(QPushButton):
    """"People ▾": a pop-up with a search box and check boxes; several people may be chosen."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: dict[int, str] = {}
        self._generation = 0
        self.setToolTip(self.tr("Show the events of the people you tick"))
        menu = QMenu(self)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setMaxLength(MAX_SEARCH_CHARS)  # the services' limit: past it, typing stops
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumSize(280, 300)
        self.clear_button = QPushButton(self.tr("Everyone"))
        self.clear_button.setToolTip(self.tr("Show everyone's events"))
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.clear_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        menu.aboutToShow.connect(self._about_to_show)
        self.setMenu(menu)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(self._debounce.start)
        self.list.itemChanged.connect(self._item_changed)
        self.clear_button.clicked.connect(self.clear)
        self._update_text()

    def ids(self) -> tuple[int, ...] | None:
        return tuple(sorted(self.chosen)) or None

    def set_people(self, people: list[timeline.Person]) -> None:
        self.chosen = {p.id: p.name for p in people}
        self._update_text()
        self.changed.emit()

    def clear(self) -> None:
        if self.chosen:
            self.chosen = {}
            self._update_text()
            self._fill([])
            self.changed.emit()
        self.menu().hide()

    def _update_text(self) -> None:
        if not self.chosen:
            self.setText(self.tr("Everyone"))
        elif len(self.chosen) == 1:
            self.setText(next(iter(self.chosen.values())))
        else:
            self.setText(self.tr("%Ln people", "", len(self.chosen)))

    def _about_to_show(self) -> None:
        self.search.setFocus()
        self._search()

    def _search(self) -> None:
        self._generation += 1
        generation = self._generation
        self.ctx.runner.read(timeline.find_people, self.search.text(), 60,
                             on_done=lambda people: isValid(self) and generation == self._generation
                             and self._fill(people),
                             on_error=lambda exc: isValid(self) and generation == self._generation
                             and self._refused(exc))

    def _refused(self, exc: BaseException) -> None:
        said = search_refusal(self, exc)
        if said:
            self.list.clear()
            item = QListWidgetItem(said)
            item.setFlags(Qt.NoItemFlags)
            self.list.addItem(item)

    def _fill(self, people: list[timeline.Person]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        shown = [timeline.Person(i, n) for i, n in sorted(self.chosen.items(), key=lambda p: p[1])]
        shown += [p for p in people if p.id not in self.chosen]
        for person in shown:
            item = QListWidgetItem(person.name)
            item.setData(Qt.UserRole, person.id)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if person.id in self.chosen else Qt.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        talent_id = item.data(Qt.UserRole)
        if item.checkState() == Qt.Checked:
            self.chosen[talent_id] = item.text()
        else:
            self.chosen.pop(talent_id, None)
        self._update_text()
        self.changed.emit()


class TimelineWidget(View):
    tables = TABLES
    filter_changed = Signal()

    def __init__(self, ctx: AppContext, talent_ids: tuple[int, ...] | list[int] | None = None,
                 parent: QWidget | None = None, show_chart: bool = True):
        super().__init__(ctx, parent)
        self._fixed_people = tuple(talent_ids) if talent_ids is not None else None
        self._generation = 0
        self.total = 0
        self.model = TimelineModel(self)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self._build(show_chart)
        self.model.on_rows_added = self._span_months
        self.model.modelReset.connect(lambda: self._span_months(0, self.model.rowCount()))

    # -- building -------------------------------------------------------------------
    def _build(self, show_chart: bool) -> None:
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self.search.setMaxLength(MAX_SEARCH_CHARS)  # the services' limit: past it, typing stops
        self.search.setPlaceholderText(self.tr("Search the events' text…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._filters_edited)
        self.people = PeoplePicker(self.ctx)
        self.people.changed.connect(self._filters_edited)
        self.people.setVisible(self._fixed_people is None)
        self.kinds_button = QPushButton()
        self.kinds_button.setToolTip(self.tr("Show only some kinds of event"))
        kinds_menu = QMenu(self.kinds_button)
        self.kind_actions: dict[str, QAction] = {}
        everything = kinds_menu.addAction(self.tr("All kinds"))
        everything.triggered.connect(lambda: self.set_kinds(None))
        kinds_menu.addSeparator()
        for kind in timeline.KINDS:
            action = kinds_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.toggled.connect(self._kinds_toggled)
            self.kind_actions[kind] = action
        self.kinds_button.setMenu(kinds_menu)
        self.date_combo = QComboBox()
        for label in DATE_CHOICES:
            self.date_combo.addItem(self.tr(label))
        self.date_combo.setToolTip(self.tr("Show events in a period"))
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setVisible(False)
            edit.dateChanged.connect(self._filters_edited)
        self.since_edit.setDate(QDate.currentDate().addMonths(-3))
        self.until_edit.setDate(QDate.currentDate())
        self.date_combo.currentIndexChanged.connect(self._date_choice)
        self.score_combo = QComboBox()
        for label, _low, _high in SCORE_CHOICES:
            self.score_combo.addItem(self.tr(label))
        self.score_combo.setToolTip(self.tr("Only reviews and feedback with these scores"))
        self.score_combo.currentIndexChanged.connect(self._filters_edited)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.thanks_button = QPushButton(self.tr("Say thanks…"))
        self.thanks_button.setToolTip(self.tr("Record praise, a testimonial, a referral or a thank-you bonus (Ctrl+Shift+T)"))
        self.thanks_button.clicked.connect(lambda: self.say_thanks())
        self.checkin_button = QPushButton(self.tr("Check-in…"))
        self.checkin_button.setToolTip(self.tr("A private mid-contract review of the selected person (Ctrl+Shift+K)"))
        self.checkin_button.clicked.connect(lambda: self.check_in())
        self.ctx.writes.guard(self.thanks_button, self.checkin_button)  # both record something
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save the events the filters show as a CSV file"))
        self.export_button.clicked.connect(self.choose_export_file)
        for shortcut, slot, what in (("Ctrl+Shift+T", lambda: self.say_thanks(), self.tr("Say thanks")),
                                     ("Ctrl+Shift+K", lambda: self.check_in(), self.tr("Check-in")),
                                     (QKeySequence.Find, self.search.setFocus, self.tr("Search the timeline"))):
            action = QAction(what, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            if slot != self.search.setFocus:
                self.ctx.writes.guard(action)

        # The filters wrap onto a second line on a narrow window (on one line they were drawn over the
        # search box); the search box takes the room left on its line.
        filters = FlowLayout(spacing=6)
        self.search.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        filters.addWidget(self.search)
        filters.addWidget(self.people)
        filters.addWidget(self.kinds_button)
        filters.addWidget(self.date_combo)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.until_edit)
        filters.addWidget(self.score_combo)
        filters.addWidget(self.clear_button)
        # The actions sit on the count's line: on one line with the filters they pushed the search box
        # under its neighbours at 1024 px.
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.thanks_button)
        actions.addWidget(self.checkin_button)
        actions.addWidget(self.export_button)

        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.thanks_strip = QFrame()
        self.thanks_strip.setObjectName("thanksStrip")
        strip = QHBoxLayout(self.thanks_strip)
        strip.setContentsMargins(10, 6, 10, 6)
        self.thanks_label = QLabel()
        self.thanks_label.setTextFormat(Qt.RichText)
        self.thanks_label.setWordWrap(True)
        self.thanks_label.linkActivated.connect(self._thanks_link)
        strip.addWidget(self.thanks_label, 1)
        self.thanks_strip.hide()
        self._suggestions: list[appreciation.Suggestion] = []

        # A table, not a tree: QTreeView's layout calls fetchMore on every pass and would read
        # the whole timeline; the table fetches only when scrolled to the end.
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Events"))
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.view.setMouseTracking(True)
        delegate = EventDelegate(self.view)
        self.view.setItemDelegate(delegate)
        self.view.verticalHeader().setDefaultSectionSize(delegate.row_height)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._activated)
        self.view.entered.connect(self._hovered)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(COL_EVENT, QHeaderView.Stretch)
        for column, width in ((0, 110), (COL_PERSON, 190), (COL_CONTRACT, 220), (4, 130)):
            header.resizeSection(column, scaled(width))

        self.empty_label = QLabel()
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.chart = TrendChart() if show_chart else None
        self.splitter = QSplitter(Qt.Vertical)
        if self.chart is not None:
            self.splitter.addWidget(self.chart)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view)
        list_layout.addWidget(self.empty_label)
        self.splitter.addWidget(list_box)
        # On a short window the events keep a few rows in sight: the list never goes below a header
        # and two events, and the chart gives way first (down to a small but readable height).
        list_box.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + 2 * delegate.row_height)
        if self.chart is not None:
            self.chart.setMinimumHeight(130)
            self.splitter.setStretchFactor(0, 2)
            self.splitter.setStretchFactor(1, 3)
            self.splitter.setSizes([300, 500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(filters)
        layout.addWidget(self.thanks_strip)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addLayout(actions)
        layout.addLayout(count_row)
        layout.addWidget(self.splitter, 1)
        self._update_kinds_text()
        self._update_buttons()
        self._show_person_column()

    # -- filters ----------------------------------------------------------------------
    def current_filter(self) -> TimelineFilter:
        chosen = {k for k, a in self.kind_actions.items() if a.isChecked()}
        _label, low, high = SCORE_CHOICES[self.score_combo.currentIndex()]
        since, until = self._date_range()
        people = self._fixed_people if self._fixed_people is not None else self.people.ids()
        return TimelineFilter(talent_ids=people, kinds=frozenset(chosen) if chosen else None, since=since,
                              until=until, min_score=low, max_score=high, text=self.search.text().strip())

    def _date_range(self) -> tuple[dt.date | None, dt.date | None]:
        today = dt.date.today()
        choice = self.date_combo.currentIndex()
        if choice == 1:
            return today - dt.timedelta(days=30), None
        if choice == 2:
            return today - dt.timedelta(days=90), None
        if choice == 3:
            return today - dt.timedelta(days=365), None
        if choice == 4:
            return dt.date(today.year, 1, 1), None
        if choice == 5:
            return self.since_edit.date().toPython(), self.until_edit.date().toPython()
        return None, None

    def _date_choice(self) -> None:
        custom = self.date_combo.currentIndex() == len(DATE_CHOICES) - 1
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)
        self._filters_edited()

    def _kinds_toggled(self) -> None:
        self._update_kinds_text()
        self._filters_edited()

    def _update_kinds_text(self) -> None:
        chosen = [k for k, a in self.kind_actions.items() if a.isChecked()]
        if not chosen:
            self.kinds_button.setText(self.tr("All kinds"))
        elif len(chosen) == 1:
            self.kinds_button.setText(kind_label(chosen[0]))
        else:
            self.kinds_button.setText(self.tr("%n kind(s)", "", len(chosen)))

    def set_kinds(self, kinds) -> None:
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(kinds is not None and kind in kinds)
            action.blockSignals(False)
        self._update_kinds_text()
        self._filters_edited()

    def set_talents(self, talent_ids) -> None:
        """Fix the widget to these people (the bench calls this as its selection moves)."""
        self._fixed_people = tuple(talent_ids) if talent_ids is not None else None
        self.people.setVisible(self._fixed_people is None)
        self._show_person_column()
        self.refresh()

    def _show_person_column(self) -> None:
        one = self._fixed_people is not None and len(self._fixed_people) == 1
        self.view.setColumnHidden(COL_PERSON, one)

    def clear_filters(self) -> None:
        for widget in (self.search, self.people, self.date_combo, self.score_combo):
            widget.blockSignals(True)
        self.search.clear()
        self.people.chosen = {}
        self.people._update_text()
        self.date_combo.setCurrentIndex(0)
        self.since_edit.setVisible(False)
        self.until_edit.setVisible(False)
        self.score_combo.setCurrentIndex(0)
        for widget in (self.search, self.people, self.date_combo, self.score_combo):
            widget.blockSignals(False)
        self.set_kinds(None)

    def _filters_edited(self) -> None:
        self._debounce.start()

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._debounce.stop()
        if not self.isVisible():
            self._stale = True  # a hidden timeline (another screen is showing) loads when it is shown
            return
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()

        def fresh(fn):
            # Drop results of an older refresh, and any that arrive after the widget is gone.
            return lambda result: isValid(self) and generation == self._generation and fn(result)

        self.ctx.runner.read(timeline.page, flt, None, self.model.page_size,
                             on_done=fresh(lambda rows: self._show_page(flt, rows)),
                             on_error=fresh(lambda exc: self._refused(flt, exc)))
        self.ctx.runner.read(timeline.count, flt, on_done=fresh(self._show_count),
                             on_error=fresh(lambda _exc: None))  # same filter as the page: its error is said there
        suggestion_people = flt.talent_ids
        self.ctx.runner.read(appreciation.thanks_suggestions, suggestion_people, on_done=fresh(self._show_suggestions))
        if self.chart is not None:
            people = flt.talent_ids or ()
            if len(people) == 1:
                self.ctx.runner.read(timeline.person_trend, people[0], on_done=fresh(self.chart.show_person))
            else:
                title = (self.tr("Everyone: average review score and reviews per month") if not people
                         else self.tr("%Ln people: average review score and reviews per month", "", len(people)))
                self.ctx.runner.read(timeline.monthly_scores, people or None,
                                     min_score=flt.min_score, max_score=flt.max_score, on_done=fresh(lambda months: self.chart.show_months(months, title)))
        self.filter_changed.emit()

    def _show_page(self, flt: TimelineFilter, rows) -> None:
        selected = self.selected_event()
        self.model.reset_with(flt, rows)
        if selected is not None:
            for row in range(self.model.rowCount()):
                event = self.model.event_at(row)
                if event is not None and event.kind == selected.kind and event.sid == selected.sid:
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    break
        self._update_empty()
        self._update_buttons()

    def _refused(self, flt: TimelineFilter, exc: BaseException) -> None:
        said = search_refusal(self, exc)
        if said:
            self.model.reset_with(flt, [])
            self.count_label.setText("")
            self.empty_label.setText(said)
            self.empty_label.setVisible(True)
            self.view.setVisible(False)

    def _show_count(self, total: int) -> None:
        self.total = total
        self.count_label.setText(self.tr("%Ln event(s), newest first", "", total))
        self._update_empty()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            flt = self.current_filter()
            filtered = flt != TimelineFilter(talent_ids=flt.talent_ids) or (
                flt.talent_ids and self._fixed_people is None)
            self.empty_label.setText(
                self.tr("No events match these filters. Clear a filter to see more.") if filtered else
                self.tr("Nothing on the timeline yet. Start a contract, write a review or say thanks, "
                        "and it appears here."))
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)

    def _span_months(self, first: int, last: int) -> None:
        for row in range(first, last):
            if self.model.is_month(row):
                self.view.setSpan(row, 0, 1, self.model.columnCount())

    # -- "say thanks" prompts --------------------------------------------------------------
    def _show_suggestions(self, suggestions: list[appreciation.Suggestion]) -> None:
        self._suggestions = suggestions[:3]
        if not self._suggestions:
            self.thanks_strip.hide()
            return
        lines = []
        for index, s in enumerate(self._suggestions):
            why = (self.tr("a review of 5") if s.reason == "review"
                   else self.tr("milestone “{title}” approved").format(title=html.escape(s.text)))
            lines.append(self.tr("<b>{name}</b>: {why} on {day} ({contract}), no thanks since. "
                                 "<a href='{index}'>Say thanks</a>").format(
                name=html.escape(s.talent_name), why=why, contract=html.escape(s.contract_title),
                day=formatting.short_date(s.day), index=index))
        self.thanks_label.setText("<br>".join(lines))
        self.thanks_strip.show()

    def _thanks_link(self, link: str) -> None:
        s = self._suggestions[int(link)]
        self.say_thanks(s.talent_id, s.contract_id)

    # -- actions -------------------------------------------------------------------------
    def selected_event(self) -> timeline.Event | None:
        index = self.view.currentIndex()
        return self.model.event_at(index.row()) if index.isValid() else None

    def _subject(self) -> tuple[int | None, int | None]:
        """The person (and contract) an action is about: the selected event's, else the one person shown."""
        event = self.selected_event()
        if event is not None:
            return event.talent_id, event.contract_id
        people = self.current_filter().talent_ids or ()
        return (people[0], None) if len(people) == 1 else (None, None)

    def _update_buttons(self) -> None:
        talent_id, _contract = self._subject()
        self.checkin_button.setEnabled(talent_id is not None)

    def say_thanks(self, talent_id: int | None = None, contract_id: int | None = None):
        if talent_id is None:
            talent_id, contract_id = self._subject()
        return open_appreciation_dialog(self, self.ctx, talent_id, contract_id)

    def check_in(self, talent_id: int | None = None, contract_id: int | None = None):
        if talent_id is None:
            talent_id, contract_id = self._subject()
        if talent_id is None:
            return None
        return open_checkin_dialog(self, self.ctx, talent_id, contract_id)

    def _clicked(self, index) -> None:
        event = self.model.event_at(index.row())
        navigator = self.ctx.navigator
        if event is None or navigator is None:
            return
        if index.column() == COL_PERSON:
            navigator.open_talent(event.talent_id)
        elif index.column() == COL_CONTRACT and event.contract_id:
            navigator.open_contract(event.contract_id)

    def _activated(self, index) -> None:
        event = self.model.event_at(index.row())
        navigator = self.ctx.navigator
        if event is None or navigator is None or index.column() in (COL_PERSON, COL_CONTRACT):
            return
        if event.contract_id:
            navigator.open_contract(event.contract_id)
        else:
            navigator.open_talent(event.talent_id)

    def _hovered(self, index) -> None:
        link = index.column() in (COL_PERSON, COL_CONTRACT) and self.model.event_at(index.row()) is not None
        self.view.viewport().setCursor(Qt.PointingHandCursor if link else Qt.ArrowCursor)

    def _context_menu(self, pos) -> QMenu | None:
        index = self.view.indexAt(pos)
        event = self.model.event_at(index.row()) if index.isValid() else None
        if event is None:
            return None
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WA_DeleteOnClose)  # a menu per click: gone once closed
        navigator = self.ctx.navigator
        if navigator is not None:
            menu.addAction(self.tr("Open {name}").format(name=event.talent_name),
                           lambda: navigator.open_talent(event.talent_id))
            if event.contract_id:
                menu.addAction(self.tr("Open contract “{title}”").format(title=event.contract_title),
                               lambda: navigator.open_contract(event.contract_id))
            menu.addSeparator()
        if self._fixed_people is None:
            menu.addAction(self.tr("Show only {name}").format(name=event.talent_name),
                           lambda: self.people.set_people([timeline.Person(event.talent_id, event.talent_name)]))
        writes = [menu.addAction(self.tr("Say thanks to {name}…").format(name=event.talent_name),
                                 lambda: self.say_thanks(event.talent_id, event.contract_id)),
                  menu.addAction(self.tr("Check-in…"), lambda: self.check_in(event.talent_id, event.contract_id))]
        if event.source in EDITORS:
            writes.append(menu.addAction(self.tr("Edit this {kind}…").format(kind=in_sentence(kind_label(event.kind))),
                                         lambda: self.edit_event(event)))
        if event.source in REMOVABLE:
            writes.append(menu.addAction(self.tr("Remove this {kind}…").format(kind=in_sentence(kind_label(event.kind))),
                                         lambda: self.remove_event(event)))
        self.ctx.writes.guard(*writes)
        menu.addSeparator()
        menu.addAction(self.tr("Copy text"), lambda: QApplication.clipboard().setText(
            "\t".join(str(self.model.index(index.row(), c).data() or "") for c in range(self.model.columnCount()))
            + ("\n" + event.excerpt if event.excerpt else "")))
        menu.popup(self.view.viewport().mapToGlobal(pos))
        return menu

    def edit_event(self, event: timeline.Event, on_open=None) -> None:
        """Correct a record entered with a mistake in the form that added it; Edit ▸ Undo takes the edit back."""
        if event.source in EDITORS:
            open_record_editor(self, self.ctx, event.source, event.sid, on_open)

    def remove_event(self, event: timeline.Event) -> None:
        """Remove a record entered by mistake (feedback, a review, appreciation, a rate); Edit ▸ Undo brings it back."""
        what = self.tr("the {kind} of {day} for {name}").format(
            kind=in_sentence(kind_label(event.kind)), day=formatting.long_date(event.day),
            name=event.talent_name)
        box = QMessageBox(QMessageBox.Question, self.tr("Remove"), self.tr("Remove {what}?").format(what=what),
                          QMessageBox.NoButton, self)
        yes = box.addButton(self.tr("Remove"), QMessageBox.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.Cancel))
        box.exec()
        if box.clickedButton() is yes:
            self.ctx.runner.write(REMOVABLE[event.source], event.sid, changes=(event.source,),
                                  action=self.tr("Remove {kind}").format(kind=in_sentence(kind_label(event.kind))),
                                  announce=self.tr("Removed {what}").format(what=what))

    # -- export ----------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        name = f"timeline-{dt.date.today().isoformat()}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the timeline"), name,
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str, on_done=None) -> None:
        """Write every event the filters show (not only the rows loaded so far) to ``path``."""
        def done(written: int) -> None:
            self.count_label.setText(self.tr("%Ln event(s) exported to {path}", "", written).format(path=path))
            if on_done:
                on_done(written)

        self.ctx.runner.read(timeline_csv.export, path, self.current_filter(), on_done=done,
                             progress=self.tr("Exporting the timeline…"))

    # -- state -----------------------------------------------------------------------------
    def save_state(self, prefix: str = "timeline") -> None:
        state = self.ctx.view_state()
        state.setValue(f"{prefix}/splitter", self.splitter.saveState())
        state.setValue(f"{prefix}/header", self.view.horizontalHeader().saveState())

    def restore_state(self, prefix: str = "timeline") -> None:
        state = self.ctx.view_state()
        if (value := state.value(f"{prefix}/splitter")) is not None:
            self.splitter.restoreState(value)
        if (value := state.value(f"{prefix}/header")) is not None:
            self.view.horizontalHeader().restoreState(value)
