"""A person's availability: the hours a week they offer (or "not set") and the days they are away.

Everything is saved together when the dialog is accepted, as one step that Edit ▸ Undo takes back.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import formatting
from ...app.context import AppContext
from ...app.errors import field_error_text
from ...services import availability
from ...services.errors import ServiceError


def tr(text: str) -> str:
    return QCoreApplication.translate("AvailabilityDialog", text)


class AvailabilityDialog(QDialog):
    def __init__(self, ctx: AppContext, talent_id: int, start: availability.Editing, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.talent_id = ctx, talent_id
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(tr("Availability of {name}").format(name=start.name))
        self.removed: list[int] = []
        intro = QLabel(tr("What {name} told you: the hours a week on offer, and the days away. The planner and the bench's "
                          "Free column take their running contracts off what they offer.").format(name=start.name))
        intro.setWordWrap(True)
        self.is_set = QCheckBox(tr("&Offers hours each week"))
        self.is_set.setToolTip(tr("Leave unticked while you do not know: they are shown as “not set”, never as a "
                                  "full week"))
        self.hours = QSpinBox(minimum=0, maximum=168, value=start.offered_hours or 20, suffix=tr(" h a week"))
        self.hours.setAccessibleName(tr("Hours a week"))
        self.is_set.setChecked(start.offered_hours is not None)
        self.hours.setEnabled(self.is_set.isChecked())
        self.is_set.toggled.connect(self.hours.setEnabled)
        self.away = QListWidget()
        self.away.setAccessibleName(tr("Away periods"))
        for period in start.away:
            self._add_item(period.starts_on, period.ends_on, period.note, period.id)
        today = dt.date.today()
        self.start = QDateEdit(QDate(today), calendarPopup=True)
        self.end = QDateEdit(QDate(today + dt.timedelta(days=6)), calendarPopup=True)
        self.note = QLineEdit(placeholderText=tr("e.g. Holiday"))
        add = QPushButton(tr("&Add"))
        add.setToolTip(tr("Add the days from and to (both included) as away"))
        add.clicked.connect(self._add)
        remove = QPushButton(tr("&Remove"))
        remove.setToolTip(tr("Remove the selected away period"))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        for widget in (self.start, self.end, self.note, add, remove):
            row.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.is_set, self.hours)
        self.error = QLabel(wordWrap=True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Away (from – to, note):")))
        layout.addWidget(self.away)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _add_item(self, start: dt.date, end: dt.date, note: str, away_id: int | None = None) -> None:
        text = f"{formatting.short_date(start)} – {formatting.short_date(end)}" + (f" · {note}" if note else "")
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.UserRole, (away_id, start, end, note))
        self.away.addItem(item)

    def _add(self) -> None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self.error.setText(tr("To: must be on or after From."))
            self.error.show()
            return
        self.error.hide()
        self._add_item(start, end, self.note.text().strip())
        self.note.clear()

    def _remove(self) -> None:
        item = self.away.currentItem()
        if item is None:
            return
        away_id = item.data(Qt.UserRole)[0]
        if away_id is not None:
            self.removed.append(away_id)
        self.away.takeItem(self.away.row(item))

    def save(self) -> None:
        added = [item.data(Qt.UserRole)[1:] for item in (self.away.item(i) for i in range(self.away.count()))
                 if item.data(Qt.UserRole)[0] is None]
        hours = self.hours.value() if self.is_set.isChecked() else None
        self.ctx.runner.write(availability.save, self.talent_id, hours, added, list(self.removed),
                              action=tr("Set availability"), on_done=lambda _r: self.accept(),
                              on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            raise exc
        self.error.setText(field_error_text(exc))
        self.error.show()


def open_availability_dialog(parent: QWidget, ctx: AppContext, talent_id: int) -> None:
    """Read the person's availability off the GUI thread, then open the dialog on it."""
    def show(start: availability.Editing) -> None:
        dialog = AvailabilityDialog(ctx, talent_id, start, parent)
        parent.availability_dialog = dialog  # tests find it here
        dialog.open()

    ctx.runner.read(availability.editing, talent_id, on_done=show)
