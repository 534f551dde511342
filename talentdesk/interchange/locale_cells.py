"""Amounts and dates in a CSV cell, read the way a locale writes them (Babel's CLDR data), strictly.

``1'234.50`` in de_CH, ``1.234,50`` in de_DE, ``1 234,50`` in fr_FR, ``1,234.50`` in es_MX; dates in the
order of the locale's own short date pattern (``dd.MM.yy``, ``dd/MM/y``, ``y-MM-dd``, ``y/MM/dd``…), ISO
dates, and dates with a month name in the locale's language or English. A cell that could be read two
ways is an error, never a guess: without a locale, ``03/04/2026`` could be 3 April or March 4.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format, get_month_names
from babel.numbers import NumberFormatError, get_decimal_symbol, get_group_symbol, parse_decimal

_SPACES = "\u00a0\u202f\u2009 "
_SYMBOLS = re.compile(r"^([-+]?)\s*(?:[A-Z]{3}|[$€£¥₹]|CHF|Fr\.)\s*|\s*(?:[A-Z]{3}|[$€£¥₹]|CHF|Fr\.)$")
_ENGLISH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class LocaleCells:
    """Reads amounts and dates of one file written in ``locale`` (None: no locale given)."""

    def __init__(self, locale: str | None):
        self.name = (locale or "").strip().replace("-", "_")
        try:
            self.locale = Locale.parse(self.name) if self.name else Locale.parse("en_US")
        except (UnknownLocaleError, ValueError):
            raise ValueError(f"“{locale}” is not a locale TalentDesk knows (e.g. de_CH, fr_FR, en_CA)") from None
        self.group = get_group_symbol(self.locale)
        self.decimal_symbol = get_decimal_symbol(self.locale)
        pattern = get_date_format("short", self.locale).pattern
        # The order of day, month and year in the locale's numeric dates; None without a locale.
        self.order = _order(pattern) if self.name else None
        self.example = dt.date(2026, 3, 14).strftime(
            {"dmy": "%d.%m.%Y", "mdy": "%m/%d/%Y", "ymd": "%Y-%m-%d"}.get(self.order or "", "%Y-%m-%d"))
        months: dict[str, int] = {}
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=self.locale).items():
                months[name.casefold().rstrip(".")] = number
        for number, name in enumerate(_ENGLISH_MONTHS, start=1):
            months.setdefault(name, number)
        self.months = months

    # -- amounts -----------------------------------------------------------------------------------
    def amount(self, text: str) -> Decimal:
        raw = (text or "").strip()
        value, negative = raw, False
        if value.startswith("(") and value.endswith(")"):
            negative, value = True, value[1:-1].strip()
        if value.endswith("-") and len(value) > 1:
            negative, value = True, value[:-1].strip()
        value = _SYMBOLS.sub(lambda m: m.group(1) or "", value).strip()
        if self.group in _SPACES:  # files write the locale's thin or no-break space as a plain one
            value = re.sub(f"[{_SPACES}]", self.group, value)
        elif self.group in "'’":
            value = value.replace("’", self.group).replace("'", self.group)
        if not value or not re.fullmatch(r"[-+]?[\d.,'’\u00a0\u202f\u2009 ]+", value):
            raise ValueError(f"“{raw}” is not an amount")
        try:
            number = parse_decimal(value, locale=self.locale, strict=True)
        except NumberFormatError:
            raise ValueError(f"“{raw}” is not an amount as {self._who()} writes one "
                             f"(e.g. {self._amount_example()})") from None
        return -number if negative else number

    def _who(self) -> str:
        return self.name or "en_US (no --locale given)"

    def _amount_example(self) -> str:
        return f"1{self.group}234{self.decimal_symbol}50".replace("\u202f", " ")

    # -- dates -------------------------------------------------------------------------------------
    def date(self, text: str) -> dt.date:
        return _date(self, (text or "").strip())


def _order(pattern: str) -> str:
    letters = [c for c in re.sub(r"'[^']*'", "", pattern) if c in "dMy"]
    order = ""
    for letter in letters:
        key = {"d": "d", "M": "m", "y": "y"}[letter]
        if key not in order:
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "ymd"


@lru_cache(maxsize=8192)
def _date(cells: LocaleCells, raw: str) -> dt.date:
    value = raw.split("T")[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", raw) else raw
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        numeric = re.fullmatch(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?", value)
        if numeric:
            return _numeric(cells, raw, *numeric.groups())
        named = _named(cells, value)
        if named:
            return named
    except ValueError as exc:
        if "ambiguous" in str(exc) or "not written" in str(exc):
            raise
    raise ValueError(f"“{raw}” is not a date (e.g. {cells.example} or 2026-03-14)")


def _numeric(cells: LocaleCells, raw: str, a: str, b: str, c: str) -> dt.date:
    if len(a) == 4:  # year first: y-m-d, whatever the locale
        return dt.date(int(a), int(b), int(c))
    if len(c) not in (2, 4):
        raise ValueError(f"“{raw}” is not a date")
    year = int(c) + (2000 if len(c) == 2 else 0)
    if cells.order in ("dmy", "mdy"):
        day, month = (int(a), int(b)) if cells.order == "dmy" else (int(b), int(a))
        return dt.date(year, month, day)
    if cells.order == "ymd":
        raise ValueError(f"“{raw}” is not written the way {cells.name} writes dates ({cells.example}); "
                         "write it that way or as an ISO date, rather than have it guessed")
    # No locale: only a reading that cannot be the other way round is taken.
    first, second = int(a), int(b)
    if first > 12 >= second:
        return dt.date(year, second, first)
    if second > 12 >= first:
        return dt.date(year, first, second)
    if first == second:
        return dt.date(year, first, second)
    raise ValueError(f"“{raw}” is ambiguous: it could be day {first} of month {second} or month {first} day "
                     f"{second}; give the file's locale (--locale de_DE, en_US…) or write ISO dates (2026-03-14)")


def _named(cells: LocaleCells, value: str) -> dt.date | None:
    words = [w for w in re.split(r"[\s,]+", value.replace("de ", " ")) if w]
    day = month = year = None
    for word in words:
        bare = word.casefold().rstrip(".")
        if re.fullmatch(r"\d{4}", bare):
            year = int(bare)
        elif re.fullmatch(r"\d{1,2}", bare):
            day = int(bare)
        elif bare in cells.months:
            month = cells.months[bare]
        elif bare[:3] in _ENGLISH_MONTHS and bare.isalpha():
            month = _ENGLISH_MONTHS.index(bare[:3]) + 1
        else:
            return None
    if day is None or month is None or year is None:
        return None
    return dt.date(year, month, day)
