"""Locale-aware formatting for the PDFs: money, dates, numbers, paper size."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QPageSize

from .. import formatting

# Territories that print on US Letter; the rest of the world uses A4.
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia,
    QLocale.Country.Venezuela, QLocale.Country.CostaRica, QLocale.Country.Guatemala,
    QLocale.Country.Panama, QLocale.Country.ElSalvador, QLocale.Country.Nicaragua,
    QLocale.Country.Honduras, QLocale.Country.DominicanRepublic, QLocale.Country.PuertoRico,
    QLocale.Country.Bolivia, QLocale.Country.Peru,
}

DASH = "—"


def tr(text: str, n: int = -1) -> str:
    """The PDFs' words; with ``n``, Qt's plural forms ("%n week(s)" → "1 week", "3 weeks")."""
    return QCoreApplication.translate("reports", text, "", n)


def report_locale() -> QLocale:
    """The default locale, or US English formats when the process has none (the C locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def paper_for(setting: str, locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """"A4" / "Letter" from the settings; "" follows the locale (Letter in the Americas' Letter countries)."""
    if setting == "Letter":
        return QPageSize.PageSizeId.Letter
    if setting == "A4":
        return QPageSize.PageSizeId.A4
    locale = locale or QLocale()
    return QPageSize.PageSizeId.Letter if locale.territory() in LETTER_TERRITORIES else QPageSize.PageSizeId.A4


class Formatter:
    def __init__(self, locale: QLocale | None = None, date_format: str | None = None):
        self.locale = locale or report_locale()
        # The one date policy of the screens (formatting.DatePolicy), with the setting the report was run with.
        self.dates = formatting.dates(self.locale, date_format)
        self._time_format = self.dates.time_pattern
        self._own_currency = self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)

    def money(self, minor: int | None, currency: str) -> str:
        if minor is None:
            return DASH
        return formatting.money(minor, currency, self.locale)

    def signed_money(self, minor: int, currency: str) -> str:
        text = self.money(abs(minor), currency)
        if minor > 0:
            return "+" + text
        if minor < 0:
            return "−" + text
        return text

    def totals(self, totals: dict[str, int]) -> str:
        if not totals:
            return DASH
        return " · ".join(self.money(minor, cur) for cur, minor in sorted(totals.items()))

    def home_facts(self, home) -> list[tuple[str, str]]:
        """A total in the home currency (services/exchange.HomeFigures), and what it could not count."""
        facts = [(tr("Total cost in {currency}").format(currency=home.home), self.money(home.total, home.home))]
        if not home.complete:
            facts.append((tr("Not counted: no exchange rate for the day"), self.totals(home.missing.total)))
        return facts

    def compact(self, value: float) -> str:
        """An axis label: whole numbers with the locale's grouping."""
        return self.locale.toString(int(round(value)))

    def number(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return DASH
        if decimals == 0:
            return self.locale.toString(int(round(value)))
        return self.locale.toString(float(value), "f", decimals)

    def percent(self, value: float | None) -> str:
        return DASH if value is None else self.number(value) + self.locale.percent()

    def hours(self, minutes: int | None) -> str:
        if minutes is None:
            return DASH
        return tr("{hours} h").format(hours=self.number(minutes / 60, 1))

    def date(self, day: dt.date | None) -> str:
        return self.dates.short(day) or DASH

    def long_date(self, day: dt.date | None) -> str:
        return self.dates.long(day) or DASH

    def instant(self, when: dt.datetime | None) -> str:
        """A UTC instant shown in this machine's local time."""
        if when is None:
            return DASH
        local = when.replace(tzinfo=dt.UTC).astimezone()
        return f"{self.date(local.date())} {self.locale.toString(QTime(local.hour, local.minute), self._time_format)}"

    def month(self, month: int) -> str:
        return self.locale.monthName(month, QLocale.FormatType.ShortFormat)

    def clock(self, minutes: int) -> str:
        hours, mins = divmod(minutes % 1440, 60)
        return self.locale.toString(QTime(hours, mins), self._time_format)

