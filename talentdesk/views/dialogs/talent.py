"""The talent dialog: every field of a person, validated by the services, errors beside the field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from ...app import errors as app_errors
from ...app.context import AppContext
from ...app.errors import show_error
from ...forms.ui_talent_dialog import Ui_TalentDialog
from ...services import bench, talents
from ...services import validate as v
from ...services.authors import ChangedSince
from ...services.errors import ValidationError
from ...services.money import CURRENCIES
from ...store.models import BENCH_STATUSES, CHANNELS, CONTACT_KINDS
from ..bench import fmt
from ..labels import typed_minor
from .changed_since import offer_reload
from .unsaved import discard_ok

# Which label shows a service's ValidationError, by the field name the services use.
ERROR_LABELS = {
    "name": "nameError", "headline": "headlineError", "location": "locationError", "languages": "languagesError",
    "time zone": "timezoneError", "working hours start": "hoursError", "working hours end": "hoursError",
    "expected response time": "responseError", "stay-in-touch cadence": "cadenceError", "reason": "reasonError",
    "contact kind": "channelsError", "email": "channelsError", "phone": "channelsError", "chat": "channelsError",
    "other": "channelsError", "link": "linksError", "skill": "skillsError", "skills": "skillsError",
    "effective date": "ratesError", "rate": "ratesError", "currency": "ratesError", "note": "ratesError",
    "notes": "notesError",
}
WRITES = ("talent", "talent_skill", "skill", "contact_channel", "profile_link", "rate")


def error_text(exc: ValidationError) -> str:
    """A sentence for the label beside the field: "Name is required.", "“x” is not an e-mail…"."""
    message = app_errors.error_text(exc)
    if exc.message.split(" ", 1)[0] in ("is", "must", "has", "cannot"):  # the English says what the field is
        message = QCoreApplication.translate("errors", "{field} {message}").format(
            field=app_errors.field_name(exc.field), message=message)
    return message[:1].upper() + message[1:]


class SkillNameDelegate(QStyledItemDelegate):
    """Editing a skill's name in the table suggests the skills that already exist."""

    def __init__(self, names: QStringListModel, parent=None):
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QLineEdit(parent)
        completer = QCompleter(self.names, editor)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        editor.setCompleter(completer)
        return editor


def setup_timezone_combo(combo: QComboBox) -> None:
    """An editable list of every IANA zone; typing any part (a city, a region) narrows it."""
    combo.setInsertPolicy(QComboBox.NoInsert)
    combo.setMaxVisibleItems(16)
    combo.addItems(sorted(v.timezones()))
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setFilterMode(Qt.MatchContains)
    completer.setCompletionMode(QCompleter.PopupCompletion)
    combo.setCompleter(completer)


def _minutes(edit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()


class TalentDialog(QDialog):
    saved = Signal(int)  # the talent's id

    def __init__(self, ctx: AppContext, talent_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.talent_id = talent_id
        self.ui = Ui_TalentDialog()
        self.ui.setupUi(self)
        # The overlap is written after the dialog is sized: keep room for its longest wording.
        self.ui.overlapLabel.setMinimumWidth(self.ui.overlapLabel.fontMetrics().horizontalAdvance(
            self.tr("overlaps my day by {hours}").format(hours=fmt.hours(23 * 60 + 30))) + 4)
        self.setWindowTitle(self.tr("New talent") if talent_id is None else self.tr("Edit talent"))
        self.new_rates: list[bench.NewRate] = []
        self.version: int | None = None  # of the person as loaded (an edit)
        self.my_day = (9 * 60, 17 * 60, 0)
        self._skill_names = QStringListModel(self)
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.Save)
        self.save_button.setEnabled(False)  # until the form is loaded
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for label in self._error_labels():
            label.hide()  # shown, in the stylesheet's error colour, when a field needs fixing
        for key in CHANNELS:
            ui.channelCombo.addItem(fmt.label(fmt.CHANNEL_LABELS, key), key)
        for key in BENCH_STATUSES:
            ui.statusCombo.addItem(fmt.label(fmt.STATUS_LABELS, key), key)
        ui.statusCombo.setToolTip(self.tr("Active and On bench follow the contracts: the bench shows Active while a "
                                          "contract runs and On bench otherwise. Trial, Do not rehire and Archived "
                                          "stay as you set them."))
        setup_timezone_combo(ui.timezoneCombo)
        ui.timezoneCombo.currentTextChanged.connect(lambda _t: self._update_times())
        ui.startEdit.timeChanged.connect(lambda _t: self._update_times())
        ui.endEdit.timeChanged.connect(lambda _t: self._update_times())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self._status_changed())

        for table in (ui.channelsTable, ui.linksTable, ui.skillsTable, ui.ratesTable):
            table.verticalHeader().setDefaultSectionSize(28)
            table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        ui.channelsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        ui.channelsTable.horizontalHeader().setStretchLastSection(False)
        ui.channelsTable.setColumnWidth(0, 110)
        ui.linksTable.setColumnWidth(0, 150)
        ui.skillsTable.setColumnWidth(0, 280)
        ui.skillsTable.setItemDelegateForColumn(0, SkillNameDelegate(self._skill_names, ui.skillsTable))
        ui.ratesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        for column, width in enumerate((110, 100, 70, 160)):
            ui.ratesTable.setColumnWidth(column, width)
        ui.addChannelButton.clicked.connect(lambda: self.add_channel(edit=True))
        ui.removeChannelButton.clicked.connect(lambda: self._remove_row(ui.channelsTable))
        ui.addLinkButton.clicked.connect(lambda: self.add_link(edit=True))
        ui.removeLinkButton.clicked.connect(lambda: self._remove_row(ui.linksTable))
        skill_completer = QCompleter(self._skill_names, ui.skillEdit)
        skill_completer.setCaseSensitivity(Qt.CaseInsensitive)
        skill_completer.setFilterMode(Qt.MatchContains)
        ui.skillEdit.setCompleter(skill_completer)
        ui.skillEdit.returnPressed.connect(self.add_skill_from_edit)
        ui.skillLevelSpin.setValue(3)
        ui.addSkillButton.clicked.connect(self.add_skill_from_edit)
        ui.removeSkillButton.clicked.connect(lambda: self._remove_row(ui.skillsTable))
        ui.rateDateEdit.setDate(QDate.currentDate())
        ui.rateCurrencyCombo.addItems(CURRENCIES)
        ui.addRateButton.clicked.connect(self.add_rate)
        ui.removeRateButton.clicked.connect(self.remove_new_rate)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._update_times)
        self._clock.start(30_000)
        self.resize(720, 640)
        ctx.runner.read(bench.editing, talent_id, on_done=self._load, on_error=self._load_failed)

    # -- loading ---------------------------------------------------------------------------------------
    def _load_failed(self, exc: BaseException) -> None:
        show_error(self.parentWidget(), exc)
        self.reject()

    def _load(self, state: bench.Editing) -> None:
        if not isValid(self):
            return  # closed before its data arrived
        ui, d = self.ui, state.data
        self.version = d.version  # handed back on saving: a person changed since is refused, not written over
        self.my_day = state.my_day
        self._skill_names.setStringList(state.skill_names)
        ui.nameEdit.setText(d.name)
        ui.headlineEdit.setText(d.headline)
        ui.locationEdit.setText(d.location)
        ui.languagesEdit.setText(d.languages)
        ui.timezoneCombo.setCurrentText(d.timezone)
        ui.startEdit.setTime(QTime(d.working_hours_start // 60, d.working_hours_start % 60))
        ui.endEdit.setTime(QTime(d.working_hours_end // 60 % 24, d.working_hours_end % 60))
        ui.channelCombo.setCurrentIndex(max(0, ui.channelCombo.findData(d.preferred_channel)))
        ui.responseSpin.setValue(d.response_hours or 0)
        ui.cadenceSpin.setValue(d.stay_in_touch_days or 0)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(d.bench_status)))
        ui.reasonEdit.setText(d.status_reason)
        ui.favouriteCheck.setChecked(d.favourite)
        ui.availableCheck.setChecked(d.available)
        ui.notesEdit.setPlainText(d.notes)
        for channel in d.channels:
            self.add_channel(channel.kind, channel.value, channel.label, channel.preferred)
        for link in d.links:
            self.add_link(link.label, link.url)
        for name, level in d.skills:
            self.add_skill(name, level)
        ui.rateCurrencyCombo.setCurrentText(state.rates[0].currency if state.rates else state.default_currency)
        for rate in state.rates:
            self._rate_row(rate.effective_on, rate.amount_minor, rate.currency, rate.note, rate.contract_title, False)
        self._status_changed()
        self._update_times()
        self.save_button.setEnabled(True)
        ui.nameEdit.setFocus()
        self._as_loaded = self.talent_input()

    def unsaved(self) -> bool:
        loaded = getattr(self, "_as_loaded", None)
        return loaded is not None and (self.talent_input() != loaded or bool(self.new_rates)
                                       or bool(self.ui.skillEdit.text().strip()))

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask before throwing typed input away."""
        if self.unsaved() and not discard_ok(self, self.tr("Discard this new talent?") if self.talent_id is None
                                            else self.tr("Discard your changes to {name}?").format(
                                                name=self._as_loaded.name)):
            return
        super().reject()

    # -- live hints --------------------------------------------------------------------------------------
    def _update_times(self) -> None:
        zone_name = self.ui.timezoneCombo.currentText().strip()
        if zone_name not in v.timezones():
            self.ui.timezoneNow.setText(self.tr("choose a zone from the list"))
            self.ui.overlapLabel.setText("")
            return
        _local, text = fmt.local_now(zone_name)
        self.ui.timezoneNow.setText(self.tr("{time} there now").format(time=text))
        theirs = (_minutes(self.ui.startEdit), _minutes(self.ui.endEdit) or 1440, bench.offset_minutes(zone_name))
        overlap = bench.overlap_minutes(self.my_day, theirs)
        self.ui.overlapLabel.setText(self.tr("overlaps my day by {hours}").format(hours=fmt.hours(overlap)))

    def _status_changed(self) -> None:
        needs_reason = self.ui.statusCombo.currentData() == "do_not_rehire"
        self.ui.reasonEdit.setPlaceholderText(
            self.tr("Required: why they should not be rehired") if needs_reason else self.tr("Optional"))

    # -- tables ------------------------------------------------------------------------------------------
    def add_channel(self, kind: str = "email", value: str = "", label: str = "", preferred: bool = False,
                    edit: bool = False) -> None:
        table = self.ui.channelsTable
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        for key in CONTACT_KINDS:
            combo.addItem(fmt.label(fmt.CONTACT_KIND_LABELS, key), key)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 1, QTableWidgetItem(value))
        table.setItem(row, 2, QTableWidgetItem(label))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
        check.setCheckState(Qt.Checked if preferred else Qt.Unchecked)
        table.setItem(row, 3, check)
        if edit:
            self._edit_cell(table, row, 1)

    def add_link(self, label: str = "", url: str = "", edit: bool = False) -> None:
        table = self.ui.linksTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(label))
        table.setItem(row, 1, QTableWidgetItem(url))
        if edit:
            self._edit_cell(table, row, 1)

    def add_skill(self, name: str, level: int = 3) -> None:
        table = self.ui.skillsTable
        for row in range(table.rowCount()):
            if table.item(row, 0).text().casefold() == name.casefold():
                table.cellWidget(row, 1).setValue(level)
                return
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        spin = QSpinBox()
        spin.setRange(1, 5)
        spin.setValue(level)
        spin.setToolTip(self.tr("1 basic · 3 solid · 5 expert"))
        table.setCellWidget(row, 1, spin)

    def add_skill_from_edit(self) -> None:
        name = self.ui.skillEdit.text().strip()
        if not name:
            return
        known = {s.casefold(): s for s in self._skill_names.stringList()}
        self.add_skill(known.get(name.casefold(), name), self.ui.skillLevelSpin.value())
        self.ui.skillEdit.clear()

    def _edit_cell(self, table, row: int, column: int) -> None:
        table.setCurrentCell(row, column)
        table.setFocus()
        table.editItem(table.item(row, column))

    def _remove_row(self, table) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()} or {table.currentRow()}, reverse=True)
        for row in rows:
            if row >= 0:
                table.removeRow(row)

    def _rate_row(self, day: dt.date, minor: int, currency: str, note: str, contract: str, new: bool) -> None:
        table = self.ui.ratesTable
        row = 0 if new else table.rowCount()
        table.insertRow(row)
        cells = (fmt.day(day), fmt.money(minor, currency), currency, note, contract)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if new:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("New: saved with the person"))
            else:
                item.setForeground(QApplication.palette().color(QPalette.PlaceholderText))
            if column == 1:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(row, column, item)

    def add_rate(self) -> None:
        ui = self.ui
        self._show_error("ratesError", "")
        try:
            currency = ui.rateCurrencyCombo.currentText().strip().upper()
            amount = typed_minor(ui.rateAmountEdit.text(), currency, "rate")
            qdate = ui.rateDateEdit.date()
            rate = bench.NewRate(dt.date(qdate.year(), qdate.month(), qdate.day()), amount, currency,
                                 ui.rateNoteEdit.text().strip())
            bench.check_rates([rate])
        except ValidationError as exc:
            self._show_error("ratesError", error_text(exc))
            return
        self.new_rates.insert(0, rate)
        self._rate_row(rate.effective_on, rate.amount_minor, rate.currency, rate.note, "", True)
        ui.rateAmountEdit.clear()
        ui.rateNoteEdit.clear()

    def remove_new_rate(self) -> None:
        row = self.ui.ratesTable.currentRow()
        if 0 <= row < len(self.new_rates):
            del self.new_rates[row]
            self.ui.ratesTable.removeRow(row)
        else:
            self._show_error("ratesError", self.tr("Saved rates stay: add a newer rate instead."))

    # -- saving --------------------------------------------------------------------------------------------
    def talent_input(self) -> talents.TalentInput:
        ui = self.ui
        channels = []
        for row in range(ui.channelsTable.rowCount()):
            value = ui.channelsTable.item(row, 1).text().strip()
            label = ui.channelsTable.item(row, 2).text().strip()
            if value or label:
                channels.append(talents.Channel(ui.channelsTable.cellWidget(row, 0).currentData(), value, label,
                                                ui.channelsTable.item(row, 3).checkState() == Qt.Checked))
        links = [talents.Link(ui.linksTable.item(row, 1).text().strip(), ui.linksTable.item(row, 0).text().strip())
                 for row in range(ui.linksTable.rowCount())
                 if ui.linksTable.item(row, 1).text().strip() or ui.linksTable.item(row, 0).text().strip()]
        skills = [(ui.skillsTable.item(row, 0).text().strip(), ui.skillsTable.cellWidget(row, 1).value())
                  for row in range(ui.skillsTable.rowCount()) if ui.skillsTable.item(row, 0).text().strip()]
        end = _minutes(ui.endEdit)
        return talents.TalentInput(
            name=ui.nameEdit.text(), headline=ui.headlineEdit.text(), location=ui.locationEdit.text(),
            timezone=ui.timezoneCombo.currentText().strip(), languages=ui.languagesEdit.text(),
            working_hours_start=_minutes(ui.startEdit), working_hours_end=end or 1440,
            preferred_channel=ui.channelCombo.currentData(),
            response_hours=ui.responseSpin.value() or None, stay_in_touch_days=ui.cadenceSpin.value() or None,
            bench_status=ui.statusCombo.currentData(), status_reason=ui.reasonEdit.text(),
            favourite=ui.favouriteCheck.isChecked(), available=ui.availableCheck.isChecked(),
            notes=ui.notesEdit.toPlainText(), channels=channels, links=links, skills=skills,
        )

    def save(self) -> None:
        for label in self._error_labels():
            label.hide()
        if self.ui.skillEdit.text().strip():
            self.add_skill_from_edit()  # typed but not yet added: surely meant
        self.save_button.setEnabled(False)
        self.ctx.runner.write(bench.save_talent, self.talent_id, self.talent_input(), list(self.new_rates),
                              version=self.version, changes=WRITES, on_done=self._saved, on_error=self._failed,
                              action=self.tr("Add talent") if self.talent_id is None else self.tr("Edit talent"))

    def _saved(self, talent_id: int) -> None:
        self._as_loaded = None  # saved: nothing left to lose
        self.talent_id = talent_id
        self.saved.emit(talent_id)
        self.accept()

    def reload(self) -> None:
        """Fill the form again with what the person's record says now, dropping what was typed."""
        self.save_button.setEnabled(False)
        self.ctx.runner.read(bench.editing, self.talent_id, on_done=self._reloaded, on_error=self._load_failed)

    def _reloaded(self, state: bench.Editing) -> None:
        if not isValid(self):
            return
        for table in (self.ui.channelsTable, self.ui.linksTable, self.ui.skillsTable, self.ui.ratesTable):
            table.setRowCount(0)
        self.new_rates = []
        for label in self._error_labels():
            label.hide()
        self._load(state)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ChangedSince):
            self.conflict = offer_reload(self, exc, self.reload)
            return
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        name = ERROR_LABELS.get(exc.field, "skillsError" if exc.field.startswith("level of") else "formError")
        self._show_error(name, error_text(exc))
        if exc.field in ("email", "phone", "chat", "other"):
            self._select_bad_channel(exc)

    def _select_bad_channel(self, exc: ValidationError) -> None:
        table = self.ui.channelsTable
        for row in range(table.rowCount()):
            value = table.item(row, 1).text().strip()
            if value and f"“{value}”" in exc.message or not value:
                table.setCurrentCell(row, 1)
                return

    def _error_labels(self) -> list[QLabel]:
        return [label for label in self.findChildren(QLabel) if label.property("role") == "error"]

    def _show_error(self, name: str, text: str) -> None:
        label: QLabel = getattr(self.ui, name)
        label.setText(text)
        label.setVisible(bool(text))
        if not text:
            return
        page = label.parentWidget()
        while page is not None and page.parentWidget() is not None and page not in self._tab_pages():
            page = page.parentWidget()
        if page in self._tab_pages():
            self.ui.tabs.setCurrentWidget(page)

    def _tab_pages(self) -> list[QWidget]:
        return [self.ui.tabs.widget(i) for i in range(self.ui.tabs.count())]

    def error_shown(self, name: str) -> str:
        """The text of an error label when it is shown (for tests and accessibility)."""
        label: QLabel = getattr(self.ui, name)
        return label.text() if label.isVisible() else ""
