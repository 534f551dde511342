"""Every date field in the program shows dates the way the tables do (formatting.DatePolicy).

The forms are drawn in Designer with a fixed display format; rather than each dialog remembering to
change it, one application-wide filter sets it as a date field is shown, so a new dialog cannot miss it
and a change of the "date format" setting reaches the next field opened.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QTimeEdit

from .. import formatting


def display_format(field: QDateTimeEdit) -> str | None:
    """The policy's pattern for a date field, a date-and-time field; None for a time-only field."""
    if isinstance(field, QTimeEdit):
        return None
    policy = formatting.dates()
    return policy.short_pattern if isinstance(field, QDateEdit) else policy.date_time_pattern


def follow_policy(field: QDateTimeEdit) -> None:
    pattern = display_format(field)
    if pattern and field.displayFormat() != pattern:
        field.setDisplayFormat(pattern)


SHOW = QEvent.Type.Show  # looked up once: the filter sees every event of the application


class _DateFieldFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The widget's class first: every event of every object passes here, and asking an event its type
        # makes a Python enum each time (several times the cost of the isinstance).
        if isinstance(watched, QDateTimeEdit) and event.type() == SHOW:
            follow_policy(watched)
        return False


def install(app: QApplication) -> None:
    if getattr(app, "_date_field_filter", None) is None:
        app._date_field_filter = _DateFieldFilter(app)
        app.installEventFilter(app._date_field_filter)
