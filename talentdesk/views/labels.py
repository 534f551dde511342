"""Words for the domain's enumerations and locale-aware formatting of money, dates and hours."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from .. import formatting
from ..services import labels as words
from ..services import money_figures
from ..services.money import from_minor, to_minor

# The words live in one table per enumeration in services/labels.py (shared with the PDFs and CSVs).
STATUS_LABELS = words.CONTRACT_STATUS
CONTRACT_KIND_LABELS = words.CONTRACT_KIND
CHANNEL_LABELS = words.CHANNEL
PAYMENT_KIND_LABELS = words.PAYMENT_KIND
SCOPE_KIND_LABELS = words.SCOPE_CHANGE_KIND
MILESTONE_STATUS_LABELS = words.MILESTONE_STATUS
DIRECTION_LABELS = words.DIRECTION
SENSITIVITY_LABELS = words.SENSITIVITY
TIER_LABELS = words.ACCESS_TIER
REQUESTER_LABELS = words.REQUESTER
AUTHOR_LABELS = words.AUTHOR
BENCH_STATUS_LABELS = words.BENCH_STATUS
CONTACT_KIND_LABELS = words.CONTACT_KIND
DOCUMENT_KIND_LABELS = words.DOCUMENT_KIND
RISK_LEVEL_LABELS = words.RISK_LEVEL


def label(table: dict[str, str], key: str | None) -> str:
    """The translated word for an enumeration value (the raw value when unknown)."""
    if key is None:
        return ""
    if key in table:
        return QCoreApplication.translate(words.CONTEXT, table[key])
    return words.english(table, key)  # a value with no words yet is made readable, never shown raw


def in_sentence(word: str) -> str:
    """A label set inside a sentence ("Contract set to active"): lower case in English and the languages
    that write nouns that way; German writes every noun with a capital, so its words stay as they are."""
    if QLocale().language() == QLocale.Language.German or not word:
        return word
    return word[:1].lower() + word[1:]


def typed_minor(text: str, currency: str, field: str, allow_negative: bool = False) -> int:
    """An amount typed in a field, read with the locale's decimal point (services/money.py plain_amount)."""
    return to_minor(text, currency, field, allow_negative=allow_negative, decimal_point=QLocale().decimalPoint())


def editable_amount(minor: int, currency: str) -> str:
    """An amount put in a field to edit: plain digits with the locale's decimal point ("1234,50")."""
    return str(from_minor(minor, currency)).replace(".", QLocale().decimalPoint())


def money(minor: int | None, currency: str) -> str:
    """An amount in the user's locale: ``$1,234.50`` or ``CHF 1,234.50``."""
    return formatting.money(minor, currency)


def figure_label(figure: str) -> str:
    """The one name of a money figure (paid to them, fees, refunds, total cost), as services/money_figures names it."""
    return QCoreApplication.translate("money", money_figures.LABELS[figure])


def figure_tip(figure: str) -> str:
    return QCoreApplication.translate("money", money_figures.EXPLANATIONS[figure])


def totals(amounts: dict[str, int], currency: str = "") -> str:
    """Per-currency amounts, ``$1,200.00 · €80.00``; nothing in ``currency`` reads as zero in it."""
    if not amounts:
        return money(0, currency) if currency else "—"
    return " · ".join(money(minor, cur) for cur, minor in sorted(amounts.items()))


def day(value: dt.date | QDate | None) -> str:
    """A date in tables and labels: the short form of the one date policy (formatting.DatePolicy)."""
    return formatting.short_date(value)


def long_day(value: dt.date | QDate | None) -> str:
    return formatting.long_date(value)


def instant(value: dt.datetime | None) -> str:
    """A UTC instant in local time."""
    return formatting.dates().instant(value)


def hours(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return QCoreApplication.translate("labels", "{h} h").format(h=QLocale().toString(minutes / 60, "f", 1))


def number(value: int) -> str:
    return QLocale().toString(value)

