"""A service's sentence in the user's language: its template translated in the "errors" context, its values
in the user's locale. Beside the layers (like formatting.py): the window's messages and the PDFs both say them,
and ``reports/`` may not import ``app/``."""
from __future__ import annotations

import datetime as dt
import logging
import re
import string

from PySide6.QtCore import QCoreApplication, QLocale

from . import formatting
from .services import errors as service_errors
from .services.errors import Message

log = logging.getLogger("talentdesk")


class _Local(string.Formatter):
    """A message's values as the screens show them: dates and numbers in the user's locale."""

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, service_errors.Number):
            return QLocale().toString(float(value.value), "f", value.places)
        if isinstance(value, service_errors.Amount):
            return formatting.money(value.minor, value.currency)
        if isinstance(value, service_errors.Listing):
            return value.separator.join(self.format_field(item, "") for item in value)
        if isinstance(value, Message):
            return translated(value)
        if isinstance(value, dt.datetime):
            return formatting.dates().instant(value)
        if isinstance(value, dt.date):
            return formatting.short_date(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return QLocale().toString(value)
        if isinstance(value, float):
            digits = re.search(r"\.(\d+)f$", format_spec)
            return QLocale().toString(value, "f", int(digits.group(1)) if digits else 2)
        return super().format_field(value, format_spec)


_LOCAL = _Local()


def translated(message: str) -> str:
    """A service's sentence in the user's language: its template translated in the "errors" context,
    its values filled in the user's locale. A plain string (from outside the services) is shown as it is."""
    if not isinstance(message, Message):
        return str(message)
    if message.number is not None:
        return QCoreApplication.translate(service_errors.CONTEXT, message.template, None, message.number)
    template = QCoreApplication.translate(service_errors.CONTEXT, message.template)
    if not message.values:
        return template
    try:
        return _LOCAL.format(template, **message.values)
    except (KeyError, IndexError, ValueError):  # a translation that names a value the template has not
        log.warning("translation of %r does not fit its values", message.template)
        return str(message)
