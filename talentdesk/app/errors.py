"""One standard way to show an error: a readable sentence, details folded away."""
from __future__ import annotations

import logging
import sqlite3

import peewee
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..interchange.report import InterchangeError
from ..sentences import translated
from ..services import errors as service_errors
from ..services.errors import Ambiguous, Message, ServiceError, ValidationError
from ..store.integrity import DamagedDatabase, trouble

log = logging.getLogger("talentdesk")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def field_name(field: str) -> str:
    """The name of a form's input as the services call it ("granted on"), in the user's language."""
    return QCoreApplication.translate(service_errors.FIELD_CONTEXT, field)


def error_text(exc: BaseException) -> str:
    """The translated sentence of a service error, without the field it is about: what a form shows
    beside that field. Any other exception reads as ``user_message`` says."""
    if isinstance(exc, Ambiguous):
        return "\n  ".join([translated(exc.message), *exc.matches])
    if isinstance(exc, InterchangeError) and isinstance(exc.message, Message):  # a file: where in it, then why
        where = [str(exc.path)] if exc.path else []
        if exc.line is not None:
            where.append(tr("line {number}").format(number=QLocale().toString(exc.line)))
        text = translated(exc.message)
        return tr("{where}: {message}").format(where=", ".join(where), message=text) if where else text
    if isinstance(exc, ServiceError) and isinstance(getattr(exc, "message", None), Message):
        return translated(exc.message)
    if isinstance(exc, ServiceError):
        return str(exc)
    return user_message(exc)


def field_error_text(exc: BaseException) -> str:
    """A service error where no input of the form is named by it: "field: sentence", translated."""
    if isinstance(exc, ValidationError):
        return tr("{field}: {message}").format(field=field_name(exc.field), message=error_text(exc))
    return error_text(exc)


def user_message(exc: BaseException) -> str:
    """What a person should read about an exception: what happened and what to do next."""
    if isinstance(exc, ValidationError):
        return tr("Please check {field}: {message}").format(field=field_name(exc.field), message=error_text(exc))
    if isinstance(exc, ServiceError):
        return error_text(exc)
    if isinstance(exc, DamagedDatabase):
        return tr("The database is damaged ({detail}). Restore a backup from File → Restore a daily copy…; "
                  "Tools → Check database… says more.").format(detail=exc.detail)
    if isinstance(exc, sqlite3.Error | peewee.PeeweeException):
        said = database_trouble(str(exc).lower())
        if said:
            return said
        # A full disk (or an I/O error) in the middle of a transaction makes SQLite undo the transaction by itself;
        # the rollback to its savepoint that follows then fails ("no such savepoint") and hides the reason: the
        # error it was raised while handling.
        if isinstance(exc.__context__, sqlite3.Error | peewee.PeeweeException):
            return user_message(exc.__context__)
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
        return tr("This search {reason}").format(reason=error_text(exc))
    show_error(parent, exc)
    return None
