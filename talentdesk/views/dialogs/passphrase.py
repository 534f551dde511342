"""The passphrase of an encrypted data folder: asked at start, set, changed or removed from Tools."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from ...app.context import AppContext
from ...app.errors import error_text
from ...forms.ui_passphrase import Ui_PassphraseDialog
from ...services import encryption, maintenance
from ...services.errors import ServiceError, ValidationError
from ...store import cipher

UNLOCK, TURN_ON, CHANGE, TURN_OFF = "unlock", "on", "change", "off"


def tr(text: str) -> str:
    return QCoreApplication.translate("passphrase", text)


class PassphraseDialog(QDialog):
    """Asks for what ``mode`` needs; ``check(current, new, repeat)`` raises ValidationError (shown beside
    its field) or an exception whose message is shown under the passphrase; the dialog then stays open."""

    def __init__(self, parent: QWidget | None, mode: str, check: Callable[[str, str, str], None], folder: str = ""):
        super().__init__(parent)
        self.mode, self.check = mode, check
        self.ui = ui = Ui_PassphraseDialog()
        ui.setupUi(self)
        self.errors = {"current passphrase": ui.currentError, "passphrase": ui.passphraseError, "repeat": ui.repeatError}
        for label in self.errors.values():
            label.setProperty("role", "error")
        wants_current, wants_new = mode in (CHANGE, TURN_OFF), mode in (UNLOCK, TURN_ON, CHANGE)
        for widget in (ui.currentLabel, ui.currentEdit):
            widget.setVisible(wants_current)
        for widget in (ui.passphraseLabel, ui.passphraseEdit):
            widget.setVisible(wants_new)
        for widget in (ui.repeatLabel, ui.repeatEdit):
            widget.setVisible(mode in (TURN_ON, CHANGE))
        titles = {UNLOCK: self.tr("Open encrypted data"), TURN_ON: self.tr("Encrypt your data"),
                  CHANGE: self.tr("Change the passphrase"), TURN_OFF: self.tr("Turn encryption off")}
        self.setWindowTitle(titles[mode])
        if mode == UNLOCK:
            ui.introLabel.setText(self.tr("The data in {folder} is encrypted. Enter its passphrase to open it.").format(
                folder=folder))
        elif mode == TURN_OFF:
            ui.introLabel.setText(self.tr("Your data, its backups and sensitive files will be stored unencrypted "
                                          "again. Enter the current passphrase to confirm."))
        else:
            ui.passphraseLabel.setText(self.tr("&New passphrase") if mode == CHANGE else self.tr("&Passphrase"))
            ui.introLabel.setText(self.tr(
                "The database, its backups and files marked confidential or secret will be encrypted with this "
                "passphrase. Nobody can open them without it, not even you: write it down somewhere safe. "
                "A backup is taken first."))
        self.clear_errors()
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.currentEdit if wants_current else ui.passphraseEdit).setFocus()
        self.resize(self.width(), self.sizeHint().height())  # no empty band where hidden rows would be

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def values(self) -> tuple[str, str, str]:
        return self.ui.currentEdit.text(), self.ui.passphraseEdit.text(), self.ui.repeatEdit.text()

    def submit(self) -> None:
        self.clear_errors()
        try:
            self.check(*self.values())
        except ValidationError as exc:
            label = self.errors.get(exc.field, self.ui.passphraseError)
            text = error_text(exc)
            label.setText(text[:1].upper() + text[1:])
            label.show()
            return
        except Exception as exc:  # noqa: BLE001 - e.g. a wrong passphrase: said beside the field
            label = self.ui.currentError if self.mode == TURN_OFF else self.ui.passphraseError
            label.setText(error_text(exc) if isinstance(exc, ServiceError) else str(exc))
            label.show()
            (self.ui.currentEdit if self.mode == TURN_OFF else self.ui.passphraseEdit).selectAll()
            return
        self.accept()


def unavailable_text() -> str:
    if cipher.is_packaged():
        return tr("This copy of TalentDesk was built without encryption. Install a TalentDesk release package "
                  "(they include it) in place of this copy, then start TalentDesk again; your data folder stays "
                  "as it is.")
    return tr("Encryption needs the optional SQLCipher driver, which is not installed with this copy of "
              "TalentDesk. To add it, {command}\n\nthen start TalentDesk again.").format(command=cipher.install_hint())


def ask_at_start(data_dir, parent: QWidget | None = None) -> bool:
    """An encrypted folder: ask until the passphrase opens it (True) or the person cancels (False)."""
    if not encryption.status(data_dir)["available"]:
        QMessageBox.critical(parent, tr("TalentDesk"), unavailable_text())
        return False
    dialog = PassphraseDialog(parent, UNLOCK, lambda _c, new, _r: encryption.unlock(data_dir, new), str(data_dir))
    return dialog.exec() == QDialog.Accepted


def _run(ctx: AppContext, window, new: str | None, current: str | None, done_text: str) -> int:
    maintenance.close_connection()  # the GUI thread's; the lane closes its own

    def done(_backup) -> None:
        maintenance.close_connection()
        ctx.bus.publish(("*",))
        window.statusBar().showMessage(done_text, 15_000)

    return ctx.runner.write(encryption.set_passphrase, ctx.data_dir, new, current, changes=(), journal=False, on_done=done,
                            progress=tr("Re-encrypting your data and its backups…"))


def open_settings(ctx: AppContext, window) -> PassphraseDialog | None:
    """Tools → Encryption…: turn on, change the passphrase, or turn off."""
    state = encryption.status(ctx.data_dir)
    if not state["available"]:
        QMessageBox.information(window, tr("Encryption"), unavailable_text())
        return None
    if not state["encrypted"]:
        mode = TURN_ON
    else:
        box = QMessageBox(QMessageBox.Question, tr("Encryption"),
                          tr("Your data is encrypted. Change its passphrase, or turn encryption off?"),
                          QMessageBox.Cancel, window)
        change = box.addButton(tr("Change passphrase…"), QMessageBox.AcceptRole)
        off = box.addButton(tr("Turn off…"), QMessageBox.DestructiveRole)
        box.exec()
        clicked: QPushButton = box.clickedButton()
        if clicked not in (change, off):
            return None
        mode = CHANGE if clicked is change else TURN_OFF

    def check(current: str, new: str, repeat: str) -> None:
        if mode in (CHANGE, TURN_OFF):
            encryption.check_current(current)
        if mode in (TURN_ON, CHANGE):
            encryption.check_new_passphrase(new, repeat)

    dialog = PassphraseDialog(window, mode, check)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    words = {TURN_ON: tr("Your data is now encrypted."), CHANGE: tr("The passphrase has been changed."),
             TURN_OFF: tr("Encryption is off; your data is stored unencrypted.")}

    def accepted() -> None:
        current, new, _repeat = dialog.values()
        _run(ctx, window, None if mode == TURN_OFF else new, current or None, words[mode])

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def install(window) -> QAction:
    action = window.add_menu_action("tools", tr("&Encryption…"), lambda: open_settings(window.ctx, window), None,
                                    tr("Encrypt the database, its backups and sensitive files with a passphrase"),
                                    writes=True)
    window.action_encryption = action
    return action
