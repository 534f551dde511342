"""The record tabs of a room: files, milestones, hours, payments, scope changes, access (and offboarding).

Each shows one contract's small lists in a table of plain-text cells and offers its actions.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...app.context import AppContext
from ...services import (
    access,
    authors,
    corrections,
    files,
    milestones,
    money_figures,
    offboarding,
    room,
    scope,
    worklog,
)
from ...services import labels as words
from ..labels import (
    DIRECTION_LABELS,
    DOCUMENT_KIND_LABELS,
    MILESTONE_STATUS_LABELS,
    PAYMENT_KIND_LABELS,
    REQUESTER_LABELS,
    SCOPE_KIND_LABELS,
    SENSITIVITY_LABELS,
    TIER_LABELS,
    day,
    figure_label,
    figure_tip,
    hours,
    in_sentence,
    instant,
    label,
    money,
)
from ..labels import totals as money_totals
from ..shortcuts import local_shortcut
from ..widgets.cells import WARN, cell
from . import dialogs

IdRole = Qt.UserRole + 1


def make_table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    header.setDefaultSectionSize(110)
    return table


def fill(table: QTableWidget, rows: list[tuple[int, list[QTableWidgetItem]]]) -> None:
    selected = selected_id(table)
    table.setRowCount(len(rows))
    for r, (row_id, items) in enumerate(rows):
        for c, item in enumerate(items):
            if c == 0:
                item.setData(IdRole, row_id)
            table.setItem(r, c, item)
        if row_id == selected:
            table.selectRow(r)


def selected_id(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(IdRole) if item else None


class RecordTab(QWidget):
    """A row of buttons over a table, and a line of totals or hints under it."""

    edit_text = ""  # the context menu's word for editing a row, when not "Edit…"

    def __init__(self, ctx: AppContext, headers: list[str], stretch: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.room: room.Room | None = None
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.table = make_table(headers, stretch)
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.note)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        # Each row offers what can be done to it: Enter or a double-click edits, Delete removes,
        # and a context menu offers both (tabs without an edit or a remove leave them out).
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.context_menu)
        self.table.installEventFilter(self)

    def row_actions(self) -> list[tuple[str, object, str]]:
        """(text, slot, shortcut) offered for the selected row; tabs add theirs."""
        found = []
        if callable(getattr(self, "edit", None)):
            found.append((self.tr(self.edit_text) if self.edit_text else self.tr("Edit…"), self.edit, "Return"))
        if callable(getattr(self, "remove", None)):
            found.append((self.tr("Remove…"), self.remove, "Del"))
        return found

    def context_menu(self, pos) -> QMenu | None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return None
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setAttribute(Qt.WA_DeleteOnClose)
        for text, slot, shortcut in self.row_actions():
            action = menu.addAction(text, slot)
            action.setShortcut(QKeySequence(shortcut))
            self.ctx.writes.guard(action)  # every row action edits or removes
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.KeyPress and self.current() is not None:
            # Delete usually arrives through the tab's shortcut; this catches it when no window is active.
            slot = {Qt.Key_Return: "edit", Qt.Key_Enter: "edit", Qt.Key_Delete: "remove"}.get(event.key())
            if slot and callable(getattr(self, slot, None)):
                if self.ctx.writes.allowed():
                    getattr(self, slot)()
                return True
        return super().eventFilter(watched, event)

    def button(self, text: str, slot, tip: str = "", shortcut: str | None = None, *, writes: bool) -> QPushButton:
        """A button over the table (and its shortcut); ``writes``: it changes the record, so it is held off,
        saying why, while data may not be changed (every button says which it is)."""
        widget = QPushButton(text)
        widget.clicked.connect(slot)
        if tip:
            widget.setToolTip(tip)
        if shortcut:
            key = local_shortcut(shortcut, self, slot, text)
            if writes:
                self.ctx.writes.guard(key)
        if writes:
            self.ctx.writes.guard(widget)
        self.buttons.addWidget(widget)
        return widget

    def edit_row(self) -> None:
        """A double-click on a row: edit it, when data may be changed."""
        if self.ctx.writes.allowed():
            self.edit()

    def end_buttons(self) -> None:
        self.buttons.addStretch(1)

    def show_room(self, data: room.Room) -> None:
        self.room = data
        self.populate(data)
        self.update_buttons()

    def populate(self, data: room.Room) -> None:
        raise NotImplementedError

    def update_buttons(self) -> None:
        pass

    def current(self) -> int | None:
        return selected_id(self.table)

    def write(self, fn, *args, changes: tuple[str, ...], action: str | None = None, announce: str | None = None) -> None:
        self.ctx.runner.write(fn, *args, changes=changes, action=action, announce=announce)

    def confirm(self, question: str, verb: str | None = None) -> bool:
        """Ask before destroying something: the question names the item, the button names the action."""
        box = QMessageBox(QMessageBox.Question, self.tr("TalentDesk"), question, QMessageBox.NoButton, self)
        yes = box.addButton(verb or self.tr("Remove"), QMessageBox.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.Cancel))
        box.exec()
        return box.clickedButton() is yes

    def ask_reason(self, title: str, question: str, verb: str) -> str | None:
        """A confirmation that also takes an optional reason (kept on the money audit trail); None: cancelled."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(question + "\n\n" + self.tr("Why (optional, kept with the record of what it was):"))
        dialog.setOkButtonText(verb)
        dialog.setCancelButtonText(self.tr("Cancel"))
        return dialog.textValue() if dialog.exec() else None


# -- files ------------------------------------------------------------------------------------
class FilesTab(RecordTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, [self.tr("Name"), self.tr("Size"), self.tr("Kind"), self.tr("Direction"),
                               self.tr("Sensitivity"), self.tr("Shared"), self.tr("Expires"), self.tr("Note")], 7,
                         parent)
        self.add_button = self.button(self.tr("Add files…"), self.add_files, self.tr("Store files in this room (or drop them here)"), writes=True)
        self.open_button = self.button(self.tr("Open"), self.open_file, self.tr("Open with the system's program"), writes=False)
        self.save_button = self.button(self.tr("Save a copy…"), self.save_copy, writes=False)
        self.details_button = self.button(self.tr("Details…"), self.edit,
                                          self.tr("Correct the direction, sensitivity, date or note (Enter)"), writes=True)
        self.remove_button = self.button(self.tr("Remove…"), self.remove, shortcut="Delete", writes=True)
        self.end_buttons()
        self.table.setColumnWidth(0, 240)
        self.table.doubleClicked.connect(lambda _i: self.open_file())
        self.setAcceptDrops(True)
        self.note.setText(self.tr("Drop files here to store them. Each file is kept once in the data folder, "
                                  "under its SHA-256."))

    def populate(self, data: room.Room) -> None:
        locale = QLocale()
        fill(self.table, [(f.id, [
            cell(f.name, tip=f"SHA-256 {f.sha256}"), cell(locale.formattedDataSize(f.size), right=True),
            cell(label(DOCUMENT_KIND_LABELS, f.document_kind), tip=f.mime), cell(label(DIRECTION_LABELS, f.direction)),
            cell(label(SENSITIVITY_LABELS, f.sensitivity), warn=f.sensitivity != "normal"),
            cell(day(f.shared_on)), cell(day(f.expires_on), warn=bool(f.expires_on and f.expires_on < dt.date.today())),
            cell(f.note.replace("\n", " "))]) for f in data.files])

    def update_buttons(self) -> None:
        chosen = self.current() is not None
        for widget in (self.open_button, self.save_button, self.details_button, self.remove_button):
            widget.setEnabled(chosen)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and self.room is not None and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.store(paths)

    def add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to this contract"))
        if names:
            self.store([Path(n) for n in names])

    def store(self, paths: list[Path]) -> dialogs.FileDetailsDialog | None:
        if self.room is None:
            return None
        dialog = dialogs.FileDetailsDialog(self, self.ctx, self.room.facts.id, [p for p in paths if p.is_file()])
        dialog.open()
        return dialog

    def open_file(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.ctx.runner.read(files.stored_path, self.ctx.data_dir, chosen,
                                 on_done=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def save_copy(self) -> None:
        chosen = self.current()
        row = next((f for f in self.room.files if f.id == chosen), None) if self.room else None
        if row is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path.home() / row.name))
        if target:
            self.ctx.runner.read(files.save_copy, self.ctx.data_dir, chosen, Path(target))

    def _row(self) -> files.FileRow | None:
        chosen = self.current()
        return next((f for f in self.room.files if f.id == chosen), None) if self.room else None

    def edit(self) -> None:
        row = self._row()
        if row is not None:
            dialogs.FileDetailsDialog(self, self.ctx, self.room.facts.id, [], row=row).open()

    def remove(self) -> None:
        row = self._row()
        if row is not None and self.confirm(self.tr("Remove the file “{name}” from this contract?").format(name=row.name)):
            select_neighbour(self.table)
            # The bytes stay until the next start, so Edit ▸ Undo can bring the file back whole.
            self.write(lambda: files.remove(self.ctx.data_dir, row.id, keep_bytes=True), changes=("attachment",),
                       action=self.tr("Remove file"), announce=self.tr("Removed {name}").format(name=row.name))


# -- milestones ---------------------------------------------------------------------------------
class MilestonesTab(RecordTab):
    add_scoped = Signal()  # a running contract adds milestones through the scope action
    change_scoped = Signal(int, bool)  # (milestone id, remove): a running contract's go through the scope action

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, ["#", self.tr("Title"), self.tr("Amount"), self.tr("Due"), self.tr("Status"),
                               self.tr("Approved"), self.tr("Paid")], 1, parent)
        self.add_button = self.button(self.tr("Add…"), self.add, self.tr("Add a milestone"), writes=True)
        self.edit_button = self.button(self.tr("Edit…"), self.edit, writes=True)
        self.up_button = self.button(self.tr("Move up"), lambda: self.move(-1), shortcut="Alt+Up", writes=True)
        self.down_button = self.button(self.tr("Move down"), lambda: self.move(1), shortcut="Alt+Down", writes=True)
        self.advance_button = self.button(self.tr("Advance"), self.advance,
                                          self.tr("pending → submitted → approved → paid"), writes=True)
        self.remove_button = self.button(self.tr("Remove"), self.remove, shortcut="Delete", writes=True)
        self.end_buttons()
        self.table.setColumnWidth(0, 36)
        self.table.doubleClicked.connect(lambda _i: self.edit_row())

    def populate(self, data: room.Room) -> None:
        rows = []
        for m in data.milestones:
            late = m.overdue()
            rows.append((m.id, [
                cell(str(m.position), right=True), cell(m.title, warn=late, tip=m.description),
                cell(money(m.amount_minor, m.currency), right=True),
                cell(day(m.due_on) + (self.tr(" (overdue)") if late else ""), warn=late),
                cell(label(MILESTONE_STATUS_LABELS, m.status)), cell(day(m.approved_on)), cell(day(m.paid_on))]))
        fill(self.table, rows)
        overdue = sum(1 for m in data.milestones if m.overdue())
        total = sum(m.amount_minor for m in data.milestones)
        self.note.setText(self.tr("%n milestone(s), {total} in all{late}", "", len(data.milestones)).format(
            total=money(total, data.facts.currency),
            late=self.tr("; {n} overdue").format(n=overdue) if overdue else "") if data.milestones
            else self.tr("No milestones yet. Add one with Add…"))

    def _row(self) -> milestones.MilestoneRow | None:
        chosen = self.current()
        return next((m for m in self.room.milestones if m.id == chosen), None) if self.room else None

    def update_buttons(self) -> None:
        row = self._row()
        for widget in (self.edit_button, self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(row is not None)
        self.advance_button.setEnabled(row is not None and row.status != "paid")
        if row is not None and row.status != "paid":
            self.advance_button.setText(self.tr("Mark {status}").format(
                status=in_sentence(label(MILESTONE_STATUS_LABELS, milestones.NEXT[row.status]))))
        else:
            self.advance_button.setText(self.tr("Advance"))
        self.add_button.setEnabled(self.room is not None and self.room.facts.status != "ended")

    def add(self) -> None:
        if self.room is None:
            return
        if self.room.facts.status in ("active", "paused"):
            self.add_scoped.emit()
            return
        dialogs.MilestoneDialog(self, self.ctx, self.room.facts.id, self.room.facts.currency).open()

    def edit(self) -> None:
        row = self._row()
        if row is not None:
            dialogs.MilestoneDialog(self, self.ctx, self.room.facts.id, self.room.facts.currency, row).open()

    def move(self, offset: int) -> None:
        chosen = self.current()
        if chosen is not None:
            self.write(milestones.move, chosen, offset, changes=("milestone",), action=self.tr("Move milestone"))

    def advance(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.write(milestones.advance, chosen, changes=("milestone",), action=self.tr("Advance milestone"))

    def remove(self) -> None:
        row = self._row()
        if row is not None and self.room.facts.status in ("active", "paused"):
            self.change_scoped.emit(row.id, True)  # the scope dialog asks why, and the ledger keeps it
        elif row is not None and self.confirm(self.tr("Remove the milestone “{title}”?").format(title=row.title)):
            select_neighbour(self.table)
            self.write(milestones.remove, row.id, changes=("milestone",), action=self.tr("Remove milestone"),
                       announce=self.tr("Removed the milestone “{title}”").format(title=row.title))


# -- hours ----------------------------------------------------------------------------------------
class WeekChart(QWidget):
    """Bars of hours per week, newest on the right, with the weekly limit drawn across; over-limit in red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.weeks: list[worklog.Week] = []
        # Small enough that the room's header keeps its height at 1024x640; taller windows give it more.
        self.setMinimumHeight(84)

    def set_weeks(self, weeks: list[worklog.Week]) -> None:
        self.weeks = list(reversed(weeks[:16]))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        palette = self.palette()
        r = self.rect().adjusted(36, 10, -10, -22)
        if not self.weeks:
            painter.setPen(palette.color(QPalette.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignCenter, self.tr("No hours logged yet."))
            return
        # Each week is drawn against the limit in force that week: a limit changed mid-way steps.
        top = max(max(w.minutes for w in self.weeks), max(w.limit_minutes or 0 for w in self.weeks), 60) * 1.1
        step = r.width() / len(self.weeks)
        painter.setPen(palette.color(QPalette.PlaceholderText))
        painter.drawText(0, r.bottom() - 7, 32, 14, Qt.AlignRight, "0")
        for index, week in enumerate(self.weeks):
            x = r.left() + index * step + step * 0.15
            width = step * 0.7
            within = min(week.minutes, week.limit_minutes) if week.limit_minutes else week.minutes
            h_within = r.height() * within / top
            painter.fillRect(int(x), int(r.bottom() - h_within), int(width), int(h_within), QColor(79, 157, 105))
            if week.over_minutes:
                h_over = r.height() * week.over_minutes / top
                painter.fillRect(int(x), int(r.bottom() - h_within - h_over), int(width), int(h_over), WARN)
            painter.setPen(palette.color(QPalette.PlaceholderText))
            painter.drawText(int(x - 10), r.bottom() + 4, int(width + 20), 16, Qt.AlignCenter,
                             formatting.dates().compact(week.monday))
        pen = painter.pen()
        pen.setColor(WARN)
        pen.setStyle(Qt.DashLine)
        pen.setWidth(2)
        painter.setPen(pen)
        labelled = set()
        for index, week in enumerate(self.weeks):
            if not week.limit_minutes:
                continue
            y = int(r.bottom() - r.height() * week.limit_minutes / top)
            painter.drawLine(int(r.left() + index * step), y, int(r.left() + (index + 1) * step), y)
            if week.limit_minutes not in labelled:  # each limit's value once, on the axis
                labelled.add(week.limit_minutes)
                painter.drawText(2, y - 7, 32, 14, Qt.AlignRight, hours(week.limit_minutes).replace(" h", ""))


def _qdate(value):
    return dialogs.qdate(value)


class HoursTab(RecordTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, [self.tr("Day"), self.tr("Hours"), self.tr("Note")], 2, parent)
        self.log_button = self.button(self.tr("Log hours…"), self.log_hours, self.tr("Log hours worked (Ctrl+H)"),
                                      shortcut="Ctrl+H", writes=True)
        self.edit_button = self.button(self.tr("Edit…"), self.edit, self.tr("Correct the day, time or note (Enter)"), writes=True)
        self.remove_button = self.button(self.tr("Remove…"), self.remove, shortcut="Delete", writes=True)
        self.end_buttons()
        self.table.doubleClicked.connect(lambda _i: self.edit_row())
        self.weeks_table = make_table([self.tr("Week of"), self.tr("Hours"), self.tr("Limit"), self.tr("Over limit")], 3)
        self.weeks_table.setObjectName("weeksTable")
        self.chart = WeekChart()
        splitter = QSplitter(Qt.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chart)
        left_layout.addWidget(self.weeks_table, 1)
        self.layout_.removeWidget(self.table)
        splitter.addWidget(left)
        splitter.addWidget(self.table)
        splitter.setSizes([520, 380])
        self.layout_.insertWidget(1, splitter, 1)

    def populate(self, data: room.Room) -> None:
        fill(self.table, [(e.id, [cell(day(e.day)), cell(hours(e.minutes), right=True), cell(e.note)])
                          for e in data.entries])
        fill(self.weeks_table, [(i, [
            cell(day(w.monday)), cell(hours(w.minutes), right=True, warn=bool(w.over_minutes)),
            cell(hours(w.limit_minutes) if w.limit_minutes else self.tr("unlimited"), right=True),
            cell(self.tr("{h} over — usually paid as a bonus").format(h=hours(w.over_minutes)) if w.over_minutes else "",
                 warn=bool(w.over_minutes))]) for i, w in enumerate(data.weeks)])
        self.chart.set_weeks(data.weeks)
        over = [w for w in data.weeks if w.over_minutes]
        self.note.setText(self.tr("%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.", "",
                                  len(over)).format(h=hours(sum(w.over_minutes for w in over))) if over else "")

    def update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current() is not None)
        self.edit_button.setEnabled(self.current() is not None)
        self.log_button.setEnabled(self.room is not None and self.room.facts.status in ("active", "paused", "ended"))

    def log_hours(self) -> None:
        if self.room is not None:
            dialogs.HoursDialog(self, self.ctx, self.room.facts.id).open()

    def _row(self) -> worklog.Entry | None:
        chosen = self.current()
        return next((e for e in self.room.entries if e.id == chosen), None) if self.room else None

    def edit(self) -> None:
        row = self._row()
        if row is not None:
            dialogs.HoursDialog(self, self.ctx, self.room.facts.id, row).open()

    def remove(self) -> None:
        row = self._row()
        if row is not None and self.confirm(self.tr("Remove the {hours} logged on {day}?").format(
                hours=hours(row.minutes), day=short_day(row.day))):
            select_neighbour(self.table)
            self.write(worklog.remove, row.id, changes=("work_log",), action=self.tr("Remove hours"),
                       announce=self.tr("Removed {hours} on {day}").format(hours=hours(row.minutes),
                                                                          day=short_day(row.day)))


# -- payments --------------------------------------------------------------------------------------
def short_day(value) -> str:
    """A day in a sentence: the long form of the date policy."""
    return formatting.long_date(value)


class PaymentsTab(RecordTab):
    edit_text = QT_TRANSLATE_NOOP("PaymentsTab", "Correct…")

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, [self.tr("Paid on"), self.tr("Kind"), self.tr("Amount"), self.tr("Hours"),
                               self.tr("Description"), self.tr("By")], 4, parent)
        self.table.setObjectName("payments")
        self.add_button = self.button(self.tr("Record payment…"), self.add, writes=True)
        self.edit_button = self.button(self.tr("Correct…"), self.edit,
                                       self.tr("Correct the selected payment; what it said before is kept (Enter)"), writes=True)
        self.remove_button = self.button(self.tr("Remove…"), self.remove,
                                         self.tr("Remove a payment recorded by mistake; it stays on the audit trail (Del)"),
                                         shortcut="Delete", writes=True)
        self.end_buttons()
        self.table.doubleClicked.connect(lambda _i: self.edit_row())
        self.totals = make_table([self.tr("Totals"), self.tr("Amount")], 0)
        self.totals.setObjectName("paymentTotals")
        self.totals.setMaximumWidth(320)
        self.layout_.removeWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addWidget(self.totals)
        self.layout_.insertLayout(1, row, 1)
        self.history_label = QLabel(self.tr("Corrections (what each payment said before)"))
        self.history_label.setProperty("role", "section")
        self.history = make_table([self.tr("When"), self.tr("Change"), self.tr("It said"), self.tr("Now"),
                                   self.tr("Why"), self.tr("By")], 4)
        self.history.setObjectName("paymentCorrections")
        self.history.setMaximumHeight(160)
        for column, width in enumerate((130, 90, 200, 200)):
            self.history.setColumnWidth(column, width)
        self.layout_.insertWidget(2, self.history_label)
        self.layout_.insertWidget(3, self.history)

    def populate(self, data: room.Room) -> None:
        s = data.payments
        contract_currency = data.facts.currency

        def amount(p) -> str:
            text = ("− " if money_figures.figure_of(p.kind) == "refunds" else "") + money(p.amount_minor, p.currency)
            if p.contract_amount_minor is not None and p.currency != contract_currency:
                text += f" ({money(p.contract_amount_minor, contract_currency)})"
            return text

        fill(self.table, [(p.id, self.signed([
            cell(day(p.paid_on)), cell(label(PAYMENT_KIND_LABELS, p.kind)), cell(amount(p), right=True),
            cell(hours(p.minutes) if p.minutes else "", right=True), cell(p.description), cell(p.made_by)],
            self.entered_by(p))) for p in s.rows])
        # The contract's figures first, named as everywhere else; then each kind, then each year's total cost.
        totals = [(i, [cell(figure_label(figure), tip=figure_tip(figure)),
                       cell(money_totals(s.figures.get(figure), contract_currency), right=True)])
                  for i, figure in enumerate(("paid", "fees", "refunds", "total"))]
        base = len(totals)
        totals += [(base + i, [cell(label(PAYMENT_KIND_LABELS, kind)), cell(money(amount, currency), right=True)])
                   for i, ((kind, currency), amount) in enumerate(sorted(s.by_kind.items()))]
        base = len(totals)
        totals += [(base + i, [cell(self.tr("{figure} in {year}").format(figure=figure_label("total"), year=year),
                                    tip=figure_tip("total")),
                               cell(money_totals(figures.total), right=True)])
                   for i, (year, figures) in enumerate(s.by_year.items())]
        fill(self.totals, totals)
        fill(self.history, [(c.id, self.signed([
            cell(instant(c.changed_at)),
            cell(self.tr("Corrected") if c.action == "corrected" else self.tr("Removed"), warn=c.action == "removed"),
            cell(self.describe(c.was_kind, c.was_amount_minor, c.currency, c.was_paid_on)),
            cell(self.describe(c.now_kind, c.now_amount_minor, c.currency, c.now_paid_on) if c.now_kind else "—"),
            cell(c.reason.replace("\n", " ")), cell(c.made_by)],
            self.changed_by(c))) for c in data.corrections])
        # Who wrote each row is a column once more than one person has written in this contract's money (always
        # in the tooltips); the ledger and its corrections show it together.
        several = authors.several([*(p.made_by for p in s.rows), *(p.changed_by for p in s.rows),
                                   *(c.made_by for c in data.corrections)])
        self.table.setColumnHidden(5, not several)
        self.history.setColumnHidden(5, not several)
        self.history_label.setVisible(bool(data.corrections))
        self.history.setVisible(bool(data.corrections))
        self.note.setText("" if s.rows else self.tr("No payments recorded yet."))

    @staticmethod
    def signed(items: list, tip: str) -> list:
        """A row's cells, each saying who wrote the row in its tooltip (the cells' own tips kept)."""
        for item in items:
            if tip and not item.toolTip():
                item.setToolTip(tip)
        return items

    def entered_by(self, p) -> str:
        if not p.made_by:
            return ""
        if p.changed_by and p.changed_by != p.made_by:
            return self.tr("Entered by {name}; last corrected by {other}").format(name=p.made_by, other=p.changed_by)
        return self.tr("Entered by {name}").format(name=p.made_by)

    def changed_by(self, c) -> str:
        if not c.made_by:
            return ""
        if c.action == "removed":
            return self.tr("Removed by {name}").format(name=c.made_by)
        return self.tr("Corrected by {name}").format(name=c.made_by)

    def describe(self, kind: str, amount_minor: int, currency: str, paid_on) -> str:
        return self.tr("{kind} {amount} on {day}").format(kind=label(PAYMENT_KIND_LABELS, kind),
                                                          amount=money(amount_minor, currency), day=short_day(paid_on))

    def _row(self):
        chosen = self.current()
        return next((p for p in self.room.payments.rows if p.id == chosen), None) if self.room else None

    def update_buttons(self) -> None:
        chosen = self._row() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add(self) -> None:
        if self.room is not None:
            dialogs.PaymentDialog(self, self.ctx, self.room.facts.id, self.room.facts.currency).open()

    def edit(self) -> dialogs.PaymentDialog | None:
        row = self._row()
        if row is None:
            return None
        dialog = dialogs.PaymentDialog(self, self.ctx, self.room.facts.id, row.currency, row)
        dialog.open()
        return dialog

    def remove(self) -> None:
        row = self._row()
        if row is None:
            return
        what = money(row.amount_minor, row.currency)
        reason = self.ask_reason(self.tr("Remove payment"), self.tr("Remove the payment of {amount} on {day}?").format(
            amount=what, day=short_day(row.paid_on)), self.tr("Remove"))
        if reason is not None:
            self.select_neighbour()
            self.write(corrections.remove_payment, row.id, reason, row.version, changes=("payment", "payment_correction"),
                       action=self.tr("Remove payment"),
                       announce=self.tr("Removed the payment of {amount}").format(amount=what))

    def select_neighbour(self) -> None:
        select_neighbour(self.table)


def select_neighbour(table: QTableWidget) -> None:
    """Before a row goes, move the selection to the next row (or the one before), as a list should."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return
    row = rows[0].row()
    target = row + 1 if row + 1 < table.rowCount() else row - 1
    if target >= 0:
        table.selectRow(target)


# -- scope changes -------------------------------------------------------------------------------
def ledger_value(kind: str, value: str) -> str:
    table = words.ledger_values(kind)
    return label(table, value) if table is not None and value else formatting.dates().recorded(value)


class ScopeTab(RecordTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, [self.tr("When"), self.tr("Change"), self.tr("Before"), self.tr("After"),
                               self.tr("Cost delta"), self.tr("Asked by"), self.tr("Agreed"), self.tr("Why")], 7, parent)
        self.table.setObjectName("ledger")
        self.reverse_button = self.button(
            self.tr("Reverse…"), self.remove,
            self.tr("Correct a change by a reversing row: the terms go back, the history stays (Del)"), shortcut="Delete", writes=True)
        self.end_buttons()

    def row_actions(self):
        return [(self.tr("Reverse…"), self.remove, "Del")]

    def _row(self) -> scope.LedgerRow | None:
        chosen = self.current()
        return next((c for c in self.room.ledger if c.id == chosen), None) if self.room else None

    def update_buttons(self) -> None:
        self.reverse_button.setEnabled(self._row() is not None)

    def remove(self) -> None:
        """A scope change is never deleted: a reversing row puts the terms back and cancels its cost."""
        row = self._row()
        if row is None:
            return
        reason = self.ask_reason(self.tr("Reverse scope change"), self.tr(
            "Reverse “{change}” of {day} ({before} → {after})? A reversing row is added to the ledger.").format(
                change=label(SCOPE_KIND_LABELS, row.kind), day=short_day(row.happened_at.date()),
                before=row.before or "—", after=row.after or "—"), self.tr("Reverse"))
        if reason is not None:
            request = scope.Request(reason.strip() or self.tr("Recorded by mistake"))
            self.write(scope.reverse, row.id, request, changes=("scope_change", "contract", "rate"),
                       action=self.tr("Reverse scope change"))

    def populate(self, data: room.Room) -> None:
        fill(self.table, [(c.id, [
            cell(instant(c.happened_at)), cell(label(SCOPE_KIND_LABELS, c.kind)),
            cell(ledger_value(c.kind, c.before)),
            cell(ledger_value(c.kind, c.after)
                 + (self.tr(" from {day}").format(day=day(c.effective_on)) if c.effective_on else "")),
            cell(("+" if c.cost_delta_minor > 0 else "") + money(c.cost_delta_minor, c.currency), right=True,
                 warn=c.cost_delta_minor > 0),
            cell(label(REQUESTER_LABELS, c.requested_by)), cell(self.tr("yes") if c.agreed else self.tr("no")),
            cell(c.reason.replace("\n", " "))]) for c in data.ledger])
        b = data.facts.budget
        if b.original_minor:
            self.note.setText(self.tr("Original budget {o}; with these changes {c}; over it by {p} %.").format(
                o=money(b.original_minor, data.facts.currency), c=money(b.current_minor, data.facts.currency),
                p=b.overrun_percent))
        else:
            self.note.setText(self.tr("Every change to a running agreement is recorded here: use Scope change ▾."))


# -- access and offboarding ----------------------------------------------------------------------
class AccessTab(RecordTab):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(ctx, [self.tr("System"), self.tr("Kind"), self.tr("Tier"), self.tr("Granted"),
                               self.tr("Revoke by"), self.tr("Revoked"), self.tr("Note")], 6, parent)
        self.grant_button = self.button(self.tr("Grant…"), self.grant, self.tr("Record access or equipment given"), writes=True)
        self.revoke_button = self.button(self.tr("Revoke"), self.revoke, self.tr("Record that it was taken back today"), writes=True)
        self.edit_button = self.button(self.tr("Edit…"), self.edit, self.tr("Correct what was recorded (Enter)"), writes=True)
        self.remove_button = self.button(self.tr("Remove…"), self.remove,
                                         self.tr("Remove a grant recorded by mistake (Del)"), shortcut="Delete", writes=True)
        self.end_buttons()
        self.table.doubleClicked.connect(lambda _i: self.edit_row())
        self.table.setColumnWidth(0, 200)
        self.checklist = make_table([self.tr("Offboarding"), self.tr("Done")], 0)
        self.checklist.setObjectName("offboarding")
        self.checklist.setMaximumHeight(190)
        self.tick_button = QPushButton(self.tr("Tick / untick"))
        self.tick_button.clicked.connect(self.toggle_item)
        ctx.writes.guard(self.tick_button)
        self.checklist.doubleClicked.connect(lambda _i: self.tick_button.isEnabled() and self.toggle_item())
        self.layout_.addWidget(self.checklist)
        self.layout_.addWidget(self.tick_button, 0, Qt.AlignLeft)

    def populate(self, data: room.Room) -> None:
        fill(self.table, [(g.id, [
            cell(g.system), cell(self.tr("Equipment") if g.kind == "equipment" else self.tr("Access")),
            cell(label(TIER_LABELS, g.tier)), cell(day(g.granted_on)),
            cell(day(g.revoke_by), warn=bool(g.open and g.revoke_by and data.facts.status == "ended")),
            cell(day(g.revoked_on) if g.revoked_on else self.tr("open"), warn=g.open and data.facts.status == "ended"),
            cell(g.note)]) for g in data.grants])
        fill(self.checklist, [(i.id, [cell(i.label, warn=i.done_on is None),
                                      cell(day(i.done_on) if i.done_on else self.tr("open"))]) for i in data.checklist])
        self.checklist.setVisible(bool(data.checklist))
        self.tick_button.setVisible(bool(data.checklist))
        still_open = sum(1 for g in data.grants if g.open)
        self.note.setText(self.tr("{n} still open.").format(n=still_open) if data.grants
                          else self.tr("No access granted. Record code hosts, chat workspaces, drives and equipment "
                                       "here so that ending the contract can list what to take back."))

    def _row(self) -> access.GrantRow | None:
        chosen = self.current()
        return next((g for g in self.room.grants if g.id == chosen), None) if self.room else None

    def update_buttons(self) -> None:
        row = self._row()
        self.revoke_button.setEnabled(row is not None and row.open)
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)

    def edit(self) -> None:
        row = self._row()
        if row is not None:
            dialogs.GrantDialog(self, self.ctx, self.room.facts.id, row).open()

    def remove(self) -> None:
        row = self._row()
        if row is not None and self.confirm(self.tr("Remove the record of “{system}”, granted on {day}? To record "
                                                    "that it was taken back, use Revoke instead.").format(
                                                        system=row.system, day=short_day(row.granted_on))):
            select_neighbour(self.table)
            self.write(access.remove, row.id, changes=("access_grant", "offboarding_item"),
                       action=self.tr("Remove access grant"),
                       announce=self.tr("Removed “{system}”").format(system=row.system))

    def grant(self) -> None:
        if self.room is not None:
            dialogs.GrantDialog(self, self.ctx, self.room.facts.id).open()

    def revoke(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.write(access.revoke, chosen, changes=("access_grant", "offboarding_item"), action=self.tr("Revoke access"))

    def toggle_item(self) -> None:
        chosen = selected_id(self.checklist)
        item = next((i for i in self.room.checklist if i.id == chosen), None) if self.room else None
        if item is not None:
            self.write(offboarding.set_done, item.id, item.done_on is None,
                       changes=("offboarding_item", "access_grant"), action=self.tr("Tick offboarding item"))
