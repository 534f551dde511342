"""One standard way to show an error: a readable sentence, details folded away."""
from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.errors import ServiceError, ValidationError

log = logging.getLogger("talentdesk")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def user_message(exc: BaseException) -> str:
    """What a person should read about an exception: what happened and what to do next."""
    if isinstance(exc, ValidationError):
        return tr("Please check {field}: {message}").format(field=exc.field, message=exc.message)
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return tr("The database is busy in another program. Wait a moment and try again.")
    if isinstance(exc, PermissionError):
        return tr("TalentDesk may not write to {path}. Check the folder's permissions.").format(
            path=getattr(exc, "filename", "") or tr("the data folder"))
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return tr("The disk is full. Free some space and try again; nothing was saved.")
    if isinstance(exc, OSError):
        return tr("A file could not be read or written: {error}").format(error=exc.strerror or exc)
    return tr("Something went wrong and the action was not completed. Nothing was changed.")


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    if not isinstance(exc, ServiceError):
        log.error("unexpected error: %s\n%s", exc, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(tr("TalentDesk"))
    box.setText(user_message(exc))
    if details and not isinstance(exc, ServiceError):
        box.setDetailedText(details)
    box.open()
