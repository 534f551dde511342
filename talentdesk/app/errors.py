"""One standard way to show an error: a readable sentence, details folded away."""
from __future__ import annotations

import logging
import sqlite3

import peewee
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.errors import ServiceError, ValidationError
from ..store.integrity import DamagedDatabase, trouble

log = logging.getLogger("talentdesk")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def user_message(exc: BaseException) -> str:
    """What a person should read about an exception: what happened and what to do next."""
    if isinstance(exc, ValidationError):
        return tr("Please check {field}: {message}").format(field=exc.field, message=exc.message)
    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, DamagedDatabase):
        return tr("The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; "
                  "Tools → Check database… says more.").format(detail=exc.detail)
    if isinstance(exc, sqlite3.Error | peewee.PeeweeException):
        said = database_trouble(str(exc).lower())
        if said:
            return said
    if isinstance(exc, PermissionError):
        return tr("TalentDesk may not write to {path}. Check the folder's permissions.").format(
            path=getattr(exc, "filename", "") or tr("the data folder"))
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return tr("The disk is full. Free some space and try again; nothing was saved.")
    if isinstance(exc, OSError):
        return tr("A file could not be read or written: {error}").format(error=exc.strerror or exc)
    return tr("Something went wrong and the action was not completed. Nothing was changed.")


def database_trouble(text: str) -> str:
    """A sentence for SQLite's own errors (they reach us wrapped by Peewee, or bare)."""
    sentences = {
        "busy": tr("The database is busy in another program. Wait a moment and try again."),
        "read-only": tr("TalentDesk may not write to the data folder; nothing was saved. Check that the folder and "
                        "its files may be written (and that the disk is not mounted read-only)."),
        "full": tr("The disk is full. Free some space and try again; nothing was saved."),
        "cannot-open": tr("The database file cannot be opened. Check that the data folder exists and that "
                          "TalentDesk may read and write it: a read-only folder or disk cannot be used."),
        "damaged": tr("The database is damaged. Restore a backup from File → Restore a daily copy…; "
                      "Tools → Check database… says more."),
        "io": tr("The disk reported an error while reading or writing the database; nothing was saved. "
                 "Check the disk, then try again."),
    }
    return sentences.get(trouble(text), "")


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    if not isinstance(exc, ServiceError):
        log.error("unexpected error: %s\n%s", exc, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(tr("TalentDesk"))
    box.setTextFormat(Qt.PlainText)  # messages quote names and file names from outside: never HTML
    box.setText(user_message(exc))
    if details and not isinstance(exc, ServiceError):
        box.setDetailedText(details)
    box.open()


def search_refusal(parent: QWidget | None, exc: BaseException) -> str | None:
    """The sentence for a search the services refused as too large, to show beside the search box
    (not in a dialog); any other error is shown the standard way and None is returned."""
    if isinstance(exc, ValidationError) and exc.field == "search":
        return tr("This search {reason}").format(reason=exc.message)
    show_error(parent, exc)
    return None
