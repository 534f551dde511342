"""The bench's *Documents* tab: files kept with the person (insurance, tax form, ID, a framework
agreement) and the classification check of their contracts, with the kept result of each check."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...app.context import AppContext
from ...services import classification, files
from ..dialogs.classification import open_classification_dialog
from ..labels import DOCUMENT_KIND_LABELS, RISK_LEVEL_LABELS, day, label
from ..widgets.cells import cell
from ..widgets.flow import FlowLayout

if TYPE_CHECKING:
    from ..workroom.dialogs import FileDetailsDialog


def _load(talent_id: int):
    return (files.for_person(talent_id), classification.results_for_person(talent_id),
            classification.contract_to_check(talent_id))


class PersonDocuments(QWidget):
    """Shows one person at a time (``show_person``); reloads itself when files or checks change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.talent_id: int | None = None
        self.rows: list[files.FileRow] = []
        self.to_check: tuple[int, str] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)

        heading = QLabel(self.tr("Files kept with the person"))
        heading.setProperty("role", "section")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Their insurance, a tax form, an ID or a framework agreement: documents that belong to "
                              "them rather than one contract. An expiry date brings a review card before it runs out."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("personFiles")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Expires"), self.tr("Shared")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):  # a handful of rows: fitting the short columns costs nothing
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setMaximumHeight(220)
        self.table.doubleClicked.connect(lambda _i: self.open_file())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("No files kept with this person. Add files… stores one here."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        layout.addWidget(self.empty)
        buttons = FlowLayout(spacing=6)  # wraps in a narrow side panel rather than widening it
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setToolTip(self.tr("Store files with this person: kind, expiry and sensitivity are asked next"))
        self.add_button.clicked.connect(self.add_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open with the system's program"))
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_file)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        check_heading = QLabel(self.tr("Classification check"))
        check_heading.setProperty("role", "section")
        layout.addWidget(check_heading)
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)
        self.check_result.setTextFormat(Qt.PlainText)
        layout.addWidget(self.check_result)
        check_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Classification check…"))
        self.check_button.clicked.connect(self.check)
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout.addLayout(check_row)
        layout.addStretch(1)
        ctx.bus.changed.connect(self._on_changed)
        self.show_person(None)

    # -- loading -----------------------------------------------------------------------------------
    def show_person(self, talent_id: int | None) -> None:
        self.talent_id = talent_id
        if talent_id is None:
            self._show(([], [], None))
            return
        self.ctx.runner.read(_load, talent_id, on_done=lambda result, tid=talent_id: self._loaded(tid, result))

    def _on_changed(self, change) -> None:
        if self.talent_id is not None and change.touches("attachment", "classification_answer", "contract"):
            self.show_person(self.talent_id)

    def _loaded(self, talent_id: int, result) -> None:
        if talent_id == self.talent_id:
            self._show(result)

    def _show(self, result) -> None:
        self.rows, results, self.to_check = result
        today = dt.date.today()
        self.table.setRowCount(len(self.rows))
        for row, f in enumerate(self.rows):
            expired = bool(f.expires_on and f.expires_on < today)
            for column, item in enumerate((
                    cell(f.name, tip=f.note or f.name), cell(label(DOCUMENT_KIND_LABELS, f.document_kind)),
                    cell(day(f.expires_on) if f.expires_on else self.tr("—"), warn=expired,
                         tip=self.tr("Expired") if expired else ""),
                    cell(day(f.shared_on)))):
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self.add_button.setEnabled(self.talent_id is not None)
        if results:
            self.check_result.setText("\n".join(
                self.tr("{title}: {risk}, %n point(s) — checked on {day}", "", r.points).format(
                    title=r.contract_title, risk=label(RISK_LEVEL_LABELS, r.level), day=day(r.checked_on))
                for r in results))
        else:
            self.check_result.setText(self.tr("Never checked. The check asks who sets the hours, the place and the "
                                              "equipment, and reads the rest from your records."))
        self.check_button.setEnabled(self.to_check is not None)
        self.check_button.setToolTip(
            self.tr("Check “{title}” (their latest running contract)").format(title=self.to_check[1])
            if self.to_check else self.tr("The check is about a contract: this person has none yet"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def current(self) -> files.FileRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    # -- actions -----------------------------------------------------------------------------------
    def add_files(self) -> FileDetailsDialog | None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files kept with this person"))
        return self.store([Path(n) for n in names]) if names else None

    def store(self, paths: list[Path]) -> FileDetailsDialog | None:
        if self.talent_id is None or not paths:
            return None
        from ..workroom.dialogs import FileDetailsDialog  # the workroom's module loads when first needed

        dialog = FileDetailsDialog(self, self.ctx, None, [p for p in paths if p.is_file()], talent_id=self.talent_id)
        dialog.open()
        return dialog

    def open_file(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.ctx.runner.read(files.stored_path, self.ctx.data_dir, chosen.id,
                                 on_done=lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def remove_file(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove file"), self.tr("Remove “{name}” from this person? The stored copy is deleted when "
                                                  "no other record uses it.").format(name=chosen.name),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer == QMessageBox.Yes:
            self.ctx.runner.write(files.remove, self.ctx.data_dir, chosen.id, changes=("attachment",))

    def check(self) -> None:
        if self.to_check is not None:
            contract_id, title = self.to_check
            open_classification_dialog(self, self.ctx, contract_id, title)
