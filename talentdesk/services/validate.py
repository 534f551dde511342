"""Small checks shared by the services; each raises ValidationError naming the field."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Literal, overload
from zoneinfo import available_timezones

from .errors import EMPTY, QT_TRANSLATE_NOOP, ValidationError, counted

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?|mailto|ftp)://?\S+$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(value: str | None, field: str, *, required: bool = False, max_length: int = 10_000) -> str:
    value = (value or "").strip()
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value)
    if required and not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is required."))
    if len(value) > max_length:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is too long ({length}; at most "
                                                                 "{max_length})."),
                              length=counted(len(value), QT_TRANSLATE_NOOP("errors", "%n character(s)")),
                              max_length=max_length)
    return value


# Characters that reorder the text around them (explicit embeddings, overrides and isolates): in a
# name they make "Ana\u202eexe.pdf" show as something it is not. Implicit bidi (Arabic, Hebrew)
# needs none of them.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def name(value: str | None, field: str = "name", *, required: bool = True, max_length: int = 200) -> str:
    """A name a person can see and read: bidi override and embedding characters are removed, and
    what is left must hold a visible character (zero-width spaces alone are not a name)."""
    value = _BIDI_CONTROLS.sub("", value or "")
    value = text(value, field, required=required, max_length=max_length)
    if value and not any(unicodedata.category(char)[0] in "LNPS" for char in value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "must contain a visible character (a letter, digit or "
                                                                 "sign)."))
    return value


# What one search may ask for: far above what a person types, far below what blocks the database
# (a pasted 50,000-word search held the lane for a minute; 100,000 characters broke the timeline's).
MAX_SEARCH_CHARS = 500
MAX_SEARCH_TERMS = 30
_TERM = re.compile(r"\w+")


def search(value: str | None, field: str = "search") -> str:
    value = value or ""
    if len(value) > MAX_SEARCH_CHARS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is too long ({length}); search for at "
                                                                 "most {most}."),
                              length=counted(len(value), QT_TRANSLATE_NOOP("errors", "%Ln character(s)")),
                              most=counted(MAX_SEARCH_CHARS, QT_TRANSLATE_NOOP("errors", "%n character(s)")))
    terms = len(_TERM.findall(value))
    if terms > MAX_SEARCH_TERMS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "has {terms}; search for at most "
                                                                 "{most} at once."),
                              terms=counted(terms, QT_TRANSLATE_NOOP("errors", "%n word(s)")),
                              most=counted(MAX_SEARCH_TERMS, QT_TRANSLATE_NOOP("errors", "%n word(s)")))
    return value


def email(value: str, field: str = "email") -> str:
    value = text(value, field, required=True, max_length=300)
    if not _EMAIL.match(value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not an e-mail address "
                                                                 "(name@example.com)."), value=value)
    return value


def url(value: str, field: str = "link") -> str:
    value = text(value, field, required=True, max_length=1000)
    if not _URL.match(value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not a web address (it should start with "
                                                                 "https://)."), value=value)
    return value


@lru_cache(maxsize=1)
def timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def timezone(value: str, field: str = "time zone") -> str:
    value = (value or "").strip()
    if value not in timezones():
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not an IANA time zone (e.g. "
                                                                 "Europe/Berlin)."),
                              value=value or EMPTY)
    return value


def choice(value: str | None, options: tuple[str, ...], field: str) -> str:
    if value not in options:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not one of: {options}."), value=value,
                              options=", ".join(options))
    return value


# A required value is never None: the overloads tell the type checker so.
@overload
def integer(value, field: str, *, low: int | None = ..., high: int | None = ...,
            required: Literal[True] = ...) -> int: ...
@overload
def integer(value, field: str, *, low: int | None = ..., high: int | None = ..., required: bool) -> int | None: ...
def integer(value, field: str, *, low: int | None = None, high: int | None = None, required: bool = True) -> int | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is required."))
        return None
    if isinstance(value, bool):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "must be a whole number."))
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not a whole number."),
                              value=value) from None
    if number != value and not isinstance(value, str):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not a whole number."), value=value)
    if low is not None and number < low or high is not None and number > high:
        bounds = QT_TRANSLATE_NOOP("errors", "must be from {low} to {high} (got {number}).") if (
            low is not None and high is not None) else QT_TRANSLATE_NOOP("errors", "must be at least {low} (got "
                                                                                   "{number}).") if (
            low is not None) else QT_TRANSLATE_NOOP("errors", "must be at most {high} (got {number}).")
        raise ValidationError(field, bounds, low=low, high=high, number=number)
    return number


def score(value, field: str) -> int:
    return integer(value, field, low=1, high=5)


@overload
def day(value, field: str, *, required: Literal[True] = ...) -> dt.date: ...
@overload
def day(value, field: str, *, required: bool) -> dt.date | None: ...
def day(value, field: str, *, required: bool = True) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is required."))
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not a date (YYYY-MM-DD)."),
                              value=value) from None


def date_order(start: dt.date | None, end: dt.date | None, field: str = "end date") -> None:
    if start and end and end < start:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{end} is before the start {start}."),
                              end=end, start=start)


LAST_YEAR = 9998  # a year ends where the next begins, which must still be a date


def year(value, field: str = "year") -> int:
    """A calendar year one can ask figures for (a whole number from 1900 to ``LAST_YEAR``; not True or 2026.0)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= LAST_YEAR:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{year}” is not a year."), year=value)
    return value
