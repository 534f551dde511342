"""File → Restore a daily copy… and Tools → Check database…: keeping the data whole from the window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from ... import formatting
from ...app.context import AppContext
from ...forms.ui_check_database import Ui_CheckDatabaseDialog
from ...forms.ui_restore_backup import Ui_RestoreBackupDialog
from ...services import maintenance
from . import passphrase

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("maintenance", "Daily"),
    "monthly": QT_TRANSLATE_NOOP("maintenance", "Monthly"),
    "before-migration": QT_TRANSLATE_NOOP("maintenance", "Before an update of the program"),
    "before-restore": QT_TRANSLATE_NOOP("maintenance", "Before a restore"),
    "before-encryption": QT_TRANSLATE_NOOP("maintenance", "Before a change of passphrase"),
    "copy": QT_TRANSLATE_NOOP("maintenance", "Copy"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("maintenance", text)


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item


class RestoreBackupDialog(QDialog):
    """Lists the backups with dates, kinds and sizes; accepting restores the chosen one."""

    def __init__(self, parent: QWidget | None, ctx: AppContext):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.restore_button = self.ui.buttonBox.addButton(self.tr("&Restore…"), QDialogButtonBox.AcceptRole)
        self.restore_button.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.restore_chosen)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.backupTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.backupTable.itemDoubleClicked.connect(lambda _item: self.restore_chosen())
        self.backups: list = []
        self.ui.emptyLabel.hide()
        self.ui.folderLabel.setText(self.tr("Backups are kept in {folder}").format(
            folder=str(ctx.data_dir / "backups")))
        ctx.runner.read(maintenance.list_backups, ctx.data_dir, on_done=self.populate)

    def populate(self, found: list) -> None:
        self.backups = found
        table, locale = self.ui.backupTable, QLocale()
        table.setRowCount(len(found))
        for row, backup in enumerate(found):
            table.setItem(row, 0, _item(formatting.dates().local(backup.taken)))
            table.setItem(row, 1, _item(QCoreApplication.translate("maintenance", KIND_LABELS.get(backup.kind, backup.kind))))
            table.setItem(row, 2, _item(locale.formattedDataSize(backup.size), right=True))
        table.resizeColumnsToContents()  # a few dozen rows at most
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        table.setVisible(bool(found))
        self.ui.emptyLabel.setVisible(not found)
        if found:
            table.selectRow(0)
        self._update_buttons()

    def chosen(self):
        rows = self.ui.backupTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def restore_chosen(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        when = formatting.dates().local(backup.taken)
        answer = QMessageBox.question(
            self, self.tr("Restore a daily copy"),
            self.tr("Replace all your data with the backup taken {when}?\n\nEverything entered since then is "
                    "set aside: the data as it is now is kept as a backup first, so you can come back to it "
                    "from this list.").format(when=when),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        self.accept()
        restore(self.ctx, backup.path, when, self.parentWidget())


def restore(ctx: AppContext, backup_file: Path, when: str, window: QWidget | None = None) -> int:
    """Close the connections on both threads, restore on the lane, reopen, and tell every view."""
    maintenance.close_connection()  # the GUI thread's (table models fetch rows here)

    def done(kept) -> None:
        maintenance.close_connection()  # anything the GUI thread opened during the restore
        ctx.bus.publish(("*",))
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Restored the backup taken {when}. The data as it was is kept in "
                                              "the backups folder.").format(when=when), 15_000)

    return ctx.runner.write(maintenance.restore_backup, ctx.data_dir, backup_file, changes=(), journal=False,
                            on_done=done, progress=tr("Restoring the backup…"))


class CheckDatabaseDialog(QDialog):
    """Shows what the full check found: the database file, and every stored file against its SHA-256."""

    def __init__(self, parent: QWidget | None, result: maintenance.CheckReport):
        super().__init__(parent)
        self.ui = Ui_CheckDatabaseDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        tree = self.ui.problemTree
        for problem in result.database_problems:
            QTreeWidgetItem(tree, [self.tr("Database"), "", problem])
        for label, group in ((self.tr("Missing"), result.missing), (self.tr("Altered"), result.altered)):
            for item in group:
                QTreeWidgetItem(tree, [label, item.name, item.where]).setToolTip(1, f"SHA-256 {item.sha256}")
        tree.setVisible(not result.sound)
        if result.database_problems:
            first = self.tr("The database file has %Ln problem(s), listed below.", "", len(result.database_problems))
        else:
            first = self.tr("The database file is sound.")
        if result.missing or result.altered:
            second = self.tr("Of %Ln stored file(s), {missing} and {altered}.", "", result.files_checked).format(
                missing=self.tr("%Ln missing", "", len(result.missing)),
                altered=self.tr("%Ln altered", "", len(result.altered)))
        else:
            second = self.tr("%Ln stored file(s) match their fingerprints (SHA-256).", "", result.files_checked)
        if result.figures_rebuilt:  # put right already: said, not listed as a problem
            second += " " + self.tr("The kept figures of %Ln person(s) (last contact, score, last worked) did not "
                                    "match their records; they were worked out again.", "", result.figures_rebuilt)
        self.ui.summaryLabel.setText(f"{first} {second}")
        if result.sound:
            self.ui.adviceLabel.hide()
        else:
            self.ui.adviceLabel.setText(self.tr(
                "A missing or altered file can be added again from its contract's Files tab. A damaged database "
                "can be put back from File → Restore a daily copy…"))
            tree.resizeColumnToContents(0)
            tree.setColumnWidth(1, 240)


def check(ctx: AppContext, window: QWidget | None = None) -> int:
    def done(result) -> None:
        dialog = CheckDatabaseDialog(window, result)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        if window is not None:
            window.check_dialog = dialog  # tests and screenshots find it here

    # A write (not undoable): kept figures found out of step are put right, and every screen then reads them.
    return ctx.runner.write(maintenance.check_database, ctx.data_dir, on_done=done, journal=False,
                            progress=tr("Checking the database and every stored file…"))


def install(window) -> None:
    """Adds File → Restore a daily copy… and Tools → Check database… to the main window."""
    ctx = window.ctx

    def open_restore() -> None:
        dialog = RestoreBackupDialog(window, ctx)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        window.restore_dialog = dialog
        dialog.open()

    action = QAction(tr("Restore a &daily copy…"), window)
    action.setStatusTip(tr("Go back to a copy of your data taken on an earlier day"))
    action.triggered.connect(open_restore)
    if ctx.team_url:  # the daily copies are of this computer's file; a team database is backed up by its server
        action.setEnabled(False)
        action.setStatusTip(tr("A team database is backed up on its server (or with “talentdesk backup”); the daily "
                               "copies here are of your local data"))
    else:
        ctx.writes.guard(action)
    window.menu_file.insertAction(window.menu_backup_anchor, action)
    window.action_restore_backup = action
    window.action_check_database = window.add_menu_action(
        "tools", tr("&Check database…"), lambda: check(ctx, window), None,
        tr("Check the database file and every stored file against its fingerprint"))
    passphrase.install(window)
