"""Errors the services raise for a person to read (never a traceback).

Every message is an English template marked where it is written (``QT_TRANSLATE_NOOP("errors", …)``,
which ``pyside6-lupdate`` finds; this layer has no Qt) plus its named values. ``str()`` gives the
English text the command line, the logs, the import reports and files read; the window translates the
template and formats the values (dates, numbers) in the user's locale (``app.errors.error_text``).
"""
from __future__ import annotations

import datetime as dt
import re
import string
from typing import NamedTuple

CONTEXT = "errors"
FIELD_CONTEXT = "fields"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Listing(tuple):
    """Several sentences given as one value ("Python 4 (needs 3), dbt 2 (needs 2)"): each is translated on its
    own and they are joined with ``separator``, so no English is glued into a translated sentence."""

    separator: str

    def __new__(cls, items, separator: str = ", ") -> Listing:
        self = super().__new__(cls, items)
        self.separator = separator
        return self


class Amount(NamedTuple):
    """An amount of money given to a sentence: the English text writes it plainly ("6800.00 USD"), a screen or
    a PDF in the user's locale ("$6,800.00")."""

    minor: int
    currency: str


class Number(NamedTuple):
    """A number with a fixed count of decimals given to a sentence: "9.4" in English, "9,4" in German."""

    value: float
    places: int


class _English(string.Formatter):
    """Values as the English text always showed them: dates as ISO dates, numbers as Python writes them."""

    def format_field(self, value, format_spec: str) -> str:
        if isinstance(value, Amount):
            from .money import format_plain

            return format_plain(value.minor, value.currency)
        if isinstance(value, Number):
            return f"{value.value:.{value.places}f}"
        if isinstance(value, Listing):
            return value.separator.join(self.format_field(item, "") for item in value)
        if isinstance(value, Message):
            return str(value)
        if isinstance(value, dt.date) and not format_spec:
            return value.isoformat()
        return super().format_field(value, format_spec)


ENGLISH = _English()


class Message(str):
    """An English sentence that keeps its template and values, so a screen can show it translated.

    It *is* the English text (a ``str``): comparing, joining and printing it work as before.
    A template without values is used as it is (braces in it are not fields).
    """

    template: str
    values: dict
    number: int | None = None  # a count said with Qt's plural forms (``counted``); str has its own count()

    def __new__(cls, template: str, **values) -> Message:
        if isinstance(template, Message) and not values:
            return template
        text = ENGLISH.format(template, **values) if values else template
        self = super().__new__(cls, text)
        self.template = str(template) if not isinstance(template, Message) else template.template
        self.values = values if not isinstance(template, Message) else {**template.values, **values}
        return self


def counted(n: int, template: str) -> Message:
    """A count with its noun, marked as Qt's plural forms are ("%n day(s)"): the screens translate it with
    the count (Qt picks the form; resources/i18n/talentdesk_en.ts holds the English ones), ``str()`` is
    "1 day" / "3 days" (``%Ln`` writes 1,234)."""
    english = re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", template)
    message = Message(english.replace("%Ln", f"{n:,}").replace("%n", str(n)))
    message.template, message.number = template, n
    return message


# What a message quotes when the input was empty.
EMPTY = Message(QT_TRANSLATE_NOOP("errors", "(empty)"))


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""


class _Sentence(ServiceError):
    """An error that is one sentence: ``message`` keeps it translatable, ``str()`` is its English."""

    def __init__(self, message: str = "", **values):
        self.message = Message(message, **values)
        super().__init__(self.message)


class ValidationError(ServiceError):
    """Input that cannot be saved. ``field`` names the input so a form can show it beside it; it is one
    of ``FIELDS`` (marked for translation in the "fields" context)."""

    def __init__(self, field: str, message: str, **values):
        message = Message(message, **values)
        Exception.__init__(self, f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(_Sentence):
    pass


class Refused(_Sentence):
    """A valid request the domain does not allow (e.g. deleting a person with contracts)."""


class Ambiguous(ServiceError):
    """A name that fits more than one record; ``matches`` lists them as the user can tell them apart."""

    def __init__(self, message: str, matches: list[str], **values):
        message = Message(message, **values)
        Exception.__init__(self, "\n  ".join([message, *matches]))
        self.message = message
        self.matches = matches
