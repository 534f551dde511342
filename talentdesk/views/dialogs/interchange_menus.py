"""File → Import / Export / Back up to a file… / Restore from a backup file…: the menu entries and the file choosers behind them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

# The importers, exporters and their dialogs load when an entry is first chosen: the window adds these
# entries before its first paint, and they would cost every start a few tenths of a second.
if TYPE_CHECKING:
    from .import_preview import CsvImportDialog, RatesImportDialog, UpworkImportDialog, VCardImportDialog


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Interchange", text, "", n)


LIST_TITLES = {
    "talents": "Talents", "contracts": "Contracts", "payments": "Payments", "worklog": "Work log",
    "messages": "Messages", "interactions": "Calls, meetings and notes", "timeline": "Timeline",
    "review": "Review decisions",
}
# The lists of the Export menu (every one of ``interchange.exports.LISTS`` but the timeline, which its screen
# exports), in menu order, with a mnemonic each, unique within the menu (the menu audit test checks).
MENU_TITLES = {
    "talents": "&Talents", "contracts": "&Contracts", "payments": "&Payments", "worklog": "&Work log",
    "messages": "&Messages", "interactions": "&Interactions", "review": "&Review decisions",
}
CSV_FILTER = "CSV files (*.csv *.txt *.tsv);;All files (*)"


class InterchangeMenus:
    """Owns the actions; ``window`` is the main window (menus, runner, status bar)."""

    def __init__(self, window):
        self.window = window
        self.ctx = window.ctx
        self.last_folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
        add = self.ctx.navigator.add_menu_action
        # Every import adds rows: held off (the Import menu too) while data may not be changed.
        add("import", tr("Marketplace &transaction history (Upwork CSV)…"), self.import_upwork, None,
            tr("Import payments and people from an Upwork transaction history or weekly summary"), writes=True)
        add("import", tr("Talents from &CSV…"), lambda: self.import_csv("talents"), None,
            tr("Import people from any CSV file, choosing which column holds what"), writes=True)
        add("import", tr("&Payments from CSV…"), lambda: self.import_csv("payments"), None,
            tr("Import payments from any CSV file, choosing which column holds what"), writes=True)
        add("import", tr("Contacts (&vCard)…"), self.import_vcard, None, tr("Import people from a .vcf address book"),
            writes=True)
        add("import", tr("&Exchange rates…"), self.import_rates, None,
            tr("Import the European Central Bank's reference rates (eurofxref CSV or ZIP) or a date,currency,rate CSV"),
            writes=True)
        for name in MENU_TITLES:
            add("export", tr("{list} as CSV…").format(list=tr(MENU_TITLES[name])),
                lambda _=False, n=name: self.export_csv(n), None,
                tr("Save this list for a spreadsheet (UTF-8, formulas made harmless)"))
        add("export", tr("Everyone as &vCard…"), self.export_vcard, None, tr("Save the bench as a .vcf address book"))
        add("export", tr("&Dates as calendar (.ics)…"), self.export_ics, None,
            tr("Contract ends, milestones, feedback windows, check-ins and review reminders for your calendar"))
        # No shortcut: a rare action, and Ctrl+Shift+B is the workroom's Pay bonus.
        self.backup_action = add("file", tr("&Back up to a file…"), self.backup, None,
                                 tr("Save the database and every attachment into one zip file"))
        self.restore_action = add("file", tr("&Restore from a backup file…"), self.restore, None,
                                  tr("Replace the current data with a backup (a copy of it is kept)"), writes=True)
        self._move_to_backup_anchor()

    def _move_to_backup_anchor(self) -> None:
        """Back up / Restore sit above Quit, after the import and export menus."""
        window = self.window
        anchor = getattr(window, "menu_backup_anchor", None)
        if anchor is None:
            return
        menu = window.menu_file
        for action in (self.backup_action, self.restore_action):
            menu.removeAction(action)
            menu.insertAction(anchor, action)

    # -- choosers ---------------------------------------------------------------------
    def _open(self, title: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.window, title, self.last_folder, filters)
        if not path:
            return None
        self.last_folder = str(Path(path).parent)
        return Path(path)

    def _save(self, title: str, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(self.last_folder) / name), filters)
        if not path:
            return None
        self.last_folder = str(Path(path).parent)
        return Path(path)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- imports --------------------------------------------------------------------------
    def import_upwork(self, path: Path | None = None) -> UpworkImportDialog | None:
        path = path or self._open(tr("Import a marketplace transaction history"), tr(CSV_FILTER))
        if path:
            from .import_preview import UpworkImportDialog

            dialog = UpworkImportDialog(self.ctx, path, self.window)
            dialog.open()
            return dialog
        return None

    def import_csv(self, what: str, path: Path | None = None) -> CsvImportDialog | None:
        path = path or self._open(tr("Import {what} from CSV").format(what=tr(what)), tr(CSV_FILTER))
        if path:
            from .import_preview import CsvImportDialog

            dialog = CsvImportDialog(self.ctx, what, path, self.window)
            dialog.open()
            return dialog
        return None

    def import_vcard(self, path: Path | None = None) -> VCardImportDialog | None:
        path = path or self._open(tr("Import contacts"), tr("vCard files (*.vcf *.vcard);;All files (*)"))
        if path:
            from .import_preview import VCardImportDialog

            dialog = VCardImportDialog(self.ctx, path, self.window)
            dialog.open()
            return dialog
        return None

    def import_rates(self, path: Path | None = None) -> RatesImportDialog | None:
        path = path or self._open(tr("Import exchange rates"),
                                  tr("Rate files (*.csv *.zip *.txt);;All files (*)"))
        if path:
            from .import_preview import RatesImportDialog

            dialog = RatesImportDialog(self.ctx, path, self.window)
            dialog.open()
            return dialog
        return None

    # -- exports --------------------------------------------------------------------------
    def _people_options(self, title: str, options: dict | None) -> dict | None:
        if options is not None:
            return options
        from .people_export import ask_people_options

        return ask_people_options(self.window, title)

    def export_csv(self, name: str, path: Path | None = None, options: dict | None = None) -> None:
        title = tr("Export {list}").format(list=tr(LIST_TITLES[name]))
        if name == "talents":  # people: private notes and set-aside people only when asked
            options = self._people_options(title, options)
            if options is None:
                return
        path = path or self._save(title, f"{name}.csv", tr("CSV files (*.csv)"))
        if path:
            from ...interchange import exports

            self.ctx.runner.read(exports.export_csv, name, path, **(options or {}), progress=tr("Exporting {list}…").format(
                list=tr(LIST_TITLES[name])), on_done=lambda n: self._status(
                tr("Saved %Ln row(s) to {file}", n).format(file=path.name)))

    def export_vcard(self, path: Path | None = None, options: dict | None = None) -> None:
        options = self._people_options(tr("Export contacts"), options)
        if options is None:
            return
        path = path or self._save(tr("Export contacts"), "talentdesk.vcf", tr("vCard files (*.vcf)"))
        if path:
            from ...interchange import vcard

            self.ctx.runner.read(vcard.export_file, path, **options, progress=tr("Exporting contacts…"), on_done=lambda n: self._status(
                tr("Saved %Ln people to {file}", n).format(file=path.name)))

    def export_ics(self, path: Path | None = None) -> None:
        from ...interchange import ics  # the icalendar library costs a tenth of a second at start-up

        path = path or self._save(tr("Export calendar"), "talentdesk.ics", tr("iCalendar files (*.ics)"))
        if path:
            self.ctx.runner.read(ics.export_file, path, progress=tr("Exporting dates…"), on_done=lambda n: self._status(
                tr("Saved %Ln event(s) and to-dos to {file}", n).format(file=path.name)))

    # -- backup -----------------------------------------------------------------------
    def backup(self, path: Path | None = None) -> None:
        name = f"talentdesk-backup-{dt.date.today().isoformat()}.zip"
        path = path or self._save(tr("Back up"), name, tr("Zip files (*.zip)"))
        if path:
            from ...interchange import backup

            self.ctx.runner.read(backup.create, path, folder=self.ctx.data_dir, progress=tr("Backing up…"),
                                 on_done=lambda _m: self._status(tr("Backed up to {file}").format(file=path.name)))

    def restore(self, path: Path | None = None, confirm: bool = True) -> None:
        path = path or self._open(tr("Restore from a backup file"), tr("Zip files (*.zip)"))
        if not path:
            return
        if confirm:
            answer = QMessageBox.question(
                self.window, tr("Restore from a backup file"),
                tr("Replace the current data with the backup “{file}”?\n\nThe current database is kept in the "
                   "backups folder first, so this can be undone by restoring that copy.").format(file=path.name),
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Yes:
                return
        from ...interchange import backup

        self.ctx.runner.write(backup.restore, path, folder=self.ctx.data_dir, changes=("*",),
                              progress=tr("Restoring…"), on_done=lambda facts: self._status(
                                  tr("Restored {file}; the previous data is kept in the backups folder").format(
                                      file=path.name)))


def install_menus(window) -> InterchangeMenus:
    """Called once by the main window: adds the import, export, backup and restore entries."""
    window.interchange = InterchangeMenus(window)
    return window.interchange
