"""Money as integer minor units plus an ISO 4217 code; never a float."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Literal, overload

from .errors import EMPTY, QT_TRANSLATE_NOOP, ValidationError

# Active ISO 4217 codes and their minor-unit exponents (the list changes rarely;
# codes not listed use 2). Kept as data here because no small, well-kept
# library without a large locale database carries the exponents.
_EXPONENTS = """
AED 2 AFN 2 ALL 2 AMD 2 ANG 2 AOA 2 ARS 2 AUD 2 AWG 2 AZN 2 BAM 2 BBD 2 BDT 2 BGN 2 BHD 3 BIF 0
BMD 2 BND 2 BOB 2 BRL 2 BSD 2 BTN 2 BWP 2 BYN 2 BZD 2 CAD 2 CDF 2 CHF 2 CLP 0 CNY 2 COP 2 CRC 2
CUP 2 CVE 2 CZK 2 DJF 0 DKK 2 DOP 2 DZD 2 EGP 2 ERN 2 ETB 2 EUR 2 FJD 2 FKP 2 GBP 2 GEL 2 GHS 2
GIP 2 GMD 2 GNF 0 GTQ 2 GYD 2 HKD 2 HNL 2 HTG 2 HUF 2 IDR 2 ILS 2 INR 2 IQD 3 IRR 2 ISK 0 JMD 2
JOD 3 JPY 0 KES 2 KGS 2 KHR 2 KMF 0 KPW 2 KRW 0 KWD 3 KYD 2 KZT 2 LAK 2 LBP 2 LKR 2 LRD 2 LSL 2
LYD 3 MAD 2 MDL 2 MGA 2 MKD 2 MMK 2 MNT 2 MOP 2 MRU 2 MUR 2 MVR 2 MWK 2 MXN 2 MYR 2 MZN 2 NAD 2
NGN 2 NIO 2 NOK 2 NPR 2 NZD 2 OMR 3 PAB 2 PEN 2 PGK 2 PHP 2 PKR 2 PLN 2 PYG 0 QAR 2 RON 2 RSD 2
RUB 2 RWF 0 SAR 2 SBD 2 SCR 2 SDG 2 SEK 2 SGD 2 SHP 2 SLE 2 SOS 2 SRD 2 SSP 2 STN 2 SYP 2 SZL 2
THB 2 TJS 2 TMT 2 TND 3 TOP 2 TRY 2 TTD 2 TWD 2 TZS 2 UAH 2 UGX 0 USD 2 UYU 2 UZS 2 VES 2 VND 0
VUV 0 WST 2 XAF 0 XCD 2 XOF 0 XPF 0 YER 2 ZAR 2 ZMW 2 ZWG 2
"""
EXPONENTS: dict[str, int] = dict(
    (code, int(exp)) for code, exp in zip(_EXPONENTS.split()[::2], _EXPONENTS.split()[1::2], strict=True)
)
CURRENCIES = tuple(sorted(EXPONENTS))


def check_currency(code: str, field: str = "currency") -> str:
    code = (code or "").strip().upper()
    if code not in EXPONENTS:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{code}” is not an ISO 4217 currency code (e.g. USD, "
                                                                 "EUR, "
                                                      "JPY)."), code=code or EMPTY)
    return code


def exponent(currency: str) -> int:
    return EXPONENTS.get(currency, 2)


_SPACES = str.maketrans("", "", " \u00a0\u202f'")  # spaces and the Swiss apostrophe group digits


def plain_amount(text: str, decimal_point: str = ".") -> str:
    """An amount as a person types it, in the plain form Decimal reads: "1.234,50" → "1234.50".

    Both "." and "," are read, so that a habit from another country does not multiply an amount by a
    hundred: where both appear, the last one is the decimal point; a single one followed by other than
    three digits is the decimal point ("150,5" and "150.50" are the same anywhere); a single one followed
    by three digits is the decimal point only when it is the locale's ("1.234" is 1234 in Germany, 1.234
    in the United States). Digits grouped otherwise than by threes are left as typed, for Decimal to refuse.
    """
    t = text.strip().translate(_SPACES)
    sign, body = (t[:1], t[1:]) if t[:1] in ("+", "-") else ("", t)
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal: str | None = "." if body.rfind(".") > body.rfind(",") else ","
    elif dots + commas == 1:
        separator = "." if dots else ","
        decimal = separator if len(body) - body.index(separator) - 1 != 3 or separator == decimal_point else None
    else:
        decimal = None
    whole, _, fraction = body.partition(decimal) if decimal else (body, "", "")
    groups = re.split(r"[.,]", whole)
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return t
    return sign + "".join(groups) + ("." + fraction if decimal else "")


def to_minor(amount: Decimal | int | str, currency: str, field: str = "amount", allow_negative: bool = False,
             decimal_point: str = ".") -> int:
    """Exact conversion of a decimal amount to minor units; refuses sub-minor precision.

    A typed amount is read with ``plain_amount`` (``decimal_point``: the locale's, from the screens)."""
    try:
        value = Decimal(plain_amount(str(amount), decimal_point)) if not isinstance(amount, Decimal) else amount
    except (InvalidOperation, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{amount}” is not an amount of money."),
                              amount=amount) from None
    if not value.is_finite():
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "must be a finite amount."))
    if value < 0 and not allow_negative:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "must not be negative."))
    scaled = value.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "has more decimals than {currency} allows ({digits})."),
                              currency=currency, digits=exponent(currency))
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-exponent(currency))


def format_plain(minor: int, currency: str) -> str:
    """Locale-free rendering for files and the command line: ``1234.50 USD``."""
    exp = exponent(currency)
    return f"{from_minor(minor, currency):.{exp}f} {currency}"


# A required amount is never None: the overloads tell the type checker so.
@overload
def check_minor(value: int | None, field: str, *, required: Literal[True] = ..., allow_negative: bool = ...) -> int: ...
@overload
def check_minor(value: int | None, field: str, *, required: bool, allow_negative: bool = ...) -> int | None: ...
def check_minor(value: int | None, field: str, *, required: bool = True, allow_negative: bool = False) -> int | None:
    if value is None:
        if required:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is required."))
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "must be a whole number of minor units (cents)."))
    if value < 0 and not allow_negative:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "must not be negative."))
    if abs(value) > 10**15:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is too large."))
    return value
