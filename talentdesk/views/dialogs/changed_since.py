"""An edit refused because someone changed the record after its form was opened: say who and when, and
offer to reload the form with what the record says now. Nothing typed is lost unless Reload is chosen."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...app.errors import error_text
from ...services.authors import ChangedSince


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangedSince", text)


def offer_reload(parent: QWidget, exc: ChangedSince, reload: Callable[[], None]) -> QMessageBox:
    """Show the refusal over the form (window-modal, not blocking): Reload calls ``reload``; Cancel (or Esc)
    leaves the form as typed, so what was typed can be copied before reloading."""
    box = QMessageBox(QMessageBox.Warning, tr("Changed meanwhile"), error_text(exc), QMessageBox.NoButton, parent)
    box.setObjectName("changedSince")
    box.setTextFormat(Qt.PlainText)  # a member's name comes from outside: never markup
    box.setInformativeText(tr("Reload shows what it says now, and what you typed here is lost. Cancel keeps "
                              "your typing, to copy it before reloading."))
    reload_button = box.addButton(tr("&Reload"), QMessageBox.AcceptRole)
    reload_button.setObjectName("reload")
    box.setEscapeButton(box.addButton(QMessageBox.Cancel))
    box.setDefaultButton(reload_button)
    box.setWindowModality(Qt.WindowModal)
    box.buttonClicked.connect(lambda button: reload() if button is reload_button else None)
    box.open()
    return box
