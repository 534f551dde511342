"""Money for people to read, in the locale's way; one rule for every screen and report.

QtCore only (QLocale), so both reports/ and views/ use it. Stored amounts stay
exact integers; the float here is for display and holds every amount below 2^53.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale

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
