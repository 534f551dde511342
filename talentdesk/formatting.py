"""Money and dates for people to read, in the locale's way; one rule for every screen and report.

QtCore only (QLocale), so both reports/ and views/ use it. Stored amounts stay
exact integers; the float here is for display and holds every amount below 2^53.

Dates follow one policy (``DatePolicy``): the user's locale, and the "date_format" setting
(services/settings.py) which may force ISO or a common day-first or month-first form. Tables,
date pickers, charts and PDFs all ask it; only CSV files write ISO 8601 (``iso_date``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from .services.money import exponent, from_minor

# Symbols that read unambiguously in any locale; other currencies show their ISO code.
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩", "NGN": "₦", "UAH": "₴",
           "PHP": "₱", "ILS": "₪", "VND": "₫", "TRY": "₺"}


def money(minor: int | None, currency: str, locale: QLocale | None = None, *, whole_if_round: bool = False) -> str:
    """``$1,234.50``, ``€120``, ``CHF 80.00``: the locale's own currency with its symbol."""
    if minor is None or not currency:
        return ""
    locale = locale or QLocale()
    digits = exponent(currency)
    if whole_if_round and minor % (10**digits) == 0:
        digits = 0
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    else:
        symbol = SYMBOLS.get(currency, currency + "\u00a0")
    return locale.toCurrencyString(float(from_minor(minor, currency)), symbol, digits)


# -- dates ------------------------------------------------------------------------------------------

# The "date_format" setting's choices: (short pattern, long pattern) in QLocale's syntax; "system"
# takes both from the locale. The words for each are in views/dialogs/settings_dialog.py.
DATE_PATTERNS: dict[str, tuple[str, str] | None] = {
    "system": None,
    "iso": ("yyyy-MM-dd", "yyyy-MM-dd"),
    "dmy": ("dd/MM/yyyy", "d MMMM yyyy"),
    "mdy": ("MM/dd/yyyy", "MMMM d, yyyy"),
    "dmy_dots": ("dd.MM.yyyy", "d. MMMM yyyy"),
}
DATE_FORMATS = tuple(DATE_PATTERNS)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

_choice = "system"  # set at start and on each save of the settings (app/), read by every screen


def set_date_format(choice: str | None) -> None:
    global _choice
    _choice = choice if choice in DATE_PATTERNS else "system"


def date_format() -> str:
    return _choice


def _four_digit_year(pattern: str) -> str:
    # "11/30/26" is ambiguous and records outlive the century: always four digits.
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _without_weekday(pattern: str) -> str:
    # The locale's long form starts with the weekday ("dddd, MMMM d, yyyy"); a record's date needs none.
    return re.sub(r"d{4}[,.\s]*", "", pattern).strip(" ,") or pattern


@dataclass(frozen=True)
class DatePolicy:
    locale: QLocale
    choice: str = "system"

    @property
    def short_pattern(self) -> str:
        """Tables, date pickers, chart labels, PDF tables."""
        fixed = DATE_PATTERNS.get(self.choice)
        return fixed[0] if fixed else _four_digit_year(self.locale.dateFormat(QLocale.FormatType.ShortFormat))

    @property
    def long_pattern(self) -> str:
        """Headings and sentences ("Started November 30, 2026")."""
        fixed = DATE_PATTERNS.get(self.choice)
        return fixed[1] if fixed else _without_weekday(self.locale.dateFormat(QLocale.FormatType.LongFormat))

    @property
    def time_pattern(self) -> str:
        return self.locale.timeFormat(QLocale.FormatType.ShortFormat)

    @property
    def date_time_pattern(self) -> str:
        return f"{self.short_pattern} {self.time_pattern}"

    @property
    def compact_pattern(self) -> str:
        """A narrow chart axis under a dated title: the short form without its year ("11/30", "30.11")."""
        without = re.sub(r"[^dM]*y+[^dM]*", lambda m: "" if m.start() == 0 or m.end() == len(self.short_pattern)
                         else m.group(0)[0], self.short_pattern)
        return without or self.short_pattern

    @property
    def month_pattern(self) -> str:
        """A month on a chart's title or a heading: "Nov 2026", or "2026-11" under ISO."""
        return "yyyy-MM" if self.choice == "iso" else "MMM yyyy"

    def short(self, day: dt.date | QDate | None) -> str:
        return self.locale.toString(_qdate(day), self.short_pattern) if day else ""

    def long(self, day: dt.date | QDate | None) -> str:
        return self.locale.toString(_qdate(day), self.long_pattern) if day else ""

    def compact(self, day: dt.date | QDate | None) -> str:
        return self.locale.toString(_qdate(day), self.compact_pattern) if day else ""

    def month(self, day: dt.date | QDate | None) -> str:
        return self.locale.toString(_qdate(day), self.month_pattern) if day else ""

    def local(self, when: dt.datetime | None) -> str:
        """A wall-clock time of this machine (a backup's time): short date and time."""
        if when is None:
            return ""
        return f"{self.short(when.date())} {self.locale.toString(QTime(when.hour, when.minute), self.time_pattern)}"

    def recorded(self, value: str) -> str:
        """A value the program wrote down as text (a scope change's before and after): an ISO day in it
        reads as the policy writes days; anything else is returned as it is."""
        text = (value or "").strip()
        if _ISO_DAY.fullmatch(text):
            try:
                return self.short(dt.date.fromisoformat(text))
            except ValueError:
                return value
        return value

    def instant(self, when: dt.datetime | QDateTime | None) -> str:
        """A stored UTC instant (naive or aware), in this machine's local time: short date and time."""
        if when is None:
            return ""
        if isinstance(when, dt.datetime):
            utc = when.astimezone(dt.UTC) if when.tzinfo else when
            when = QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second),
                             QTimeZone.utc())
        return self.locale.toString(when.toLocalTime(), self.date_time_pattern)


def _qdate(day: dt.date | QDate) -> QDate:
    if isinstance(day, QDate):
        return day
    return QDate(day.year, day.month, day.day)


def dates(locale: QLocale | None = None, choice: str | None = None) -> DatePolicy:
    """The policy for this locale (default: the program's) and the chosen format (default: the setting's)."""
    return DatePolicy(locale or QLocale(), choice if choice in DATE_PATTERNS else _choice)


def short_date(day: dt.date | QDate | None) -> str:
    return dates().short(day)


def long_date(day: dt.date | QDate | None) -> str:
    return dates().long(day)


def iso_date(day: dt.date | None) -> str:
    """Dates in files meant for other programs (CSV): ISO 8601 whatever the policy says."""
    return day.isoformat() if day else ""
