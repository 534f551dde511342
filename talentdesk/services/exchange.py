"""Money across currencies: the home currency, exchange rates by day, and every payment in the home currency.

Rates are kept the way the European Central Bank publishes them: how many units of a currency one euro
bought on a day (the euro itself is 1). A payment is converted at the rate of its date — the nearest
earlier day that has one (weekends and bank holidays have none), but no older than the "rate_max_age_days"
setting. Older or absent: the payment has *no rate*, and says so; nothing is guessed.

The rule, in one place (``convert``): the original amount and currency of the payment (what actually moved)

    home amount = amount × (home per EUR ÷ currency per EUR)

computed in Decimal from the rates as written, and rounded ONCE to the home currency's minor unit, half up
(half away from zero: amounts are never negative). Half up because it is how SQLite's and PostgreSQL's
round() round, so the bench's sort in SQL (``HOME_COST_SQL``) orders by the very figures the screens show.

A payment in the home currency is its own amount, with or without rates. Totals in the home currency are
the sum of the converted payments (each rounded on its own), the payments without a rate kept apart in their
own currencies (``HomeFigures.missing``), so a total never hides what it could not count.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..store.db import database
from ..store.models import ExchangeRate
from . import money_figures, settings
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .money import EXPONENTS, check_currency, exponent

BASE = "EUR"  # the currency every stored rate is quoted against (the ECB's)
SOURCES = ("ecb", "csv", "manual", "demo")


def locale_currency() -> str | None:
    """The currency of this computer's locale (its territory's tender), if Babel can tell."""
    try:
        from babel import Locale, default_locale
        from babel.numbers import get_territory_currencies

        name = default_locale("LC_MONETARY")
        territory = Locale.parse(name).territory if name else None
        if not territory:
            return None
        found = [c for c in get_territory_currencies(territory, tender=True) if c in EXPONENTS]
        return found[0] if found else None
    except (ValueError, ImportError, LookupError):
        return None


def home_currency() -> str:
    """The one currency totals across currencies are given in: the setting, else the locale's currency,
    else the default currency of new contracts."""
    chosen = (settings.get("home_currency") or "").strip().upper()
    if chosen in EXPONENTS:
        return chosen
    return locale_currency() or settings.get("default_currency") or "USD"


def max_age_days() -> int:
    return int(settings.get("rate_max_age_days") or 7)


# -- rates ------------------------------------------------------------------------------------------------

def parse_rate(text, field: str = "rate") -> Decimal:
    """A rate as written ("1.0856"): a positive, finite decimal."""
    try:
        value = Decimal(str(text).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}” is not a rate (write it like 1.0856)."),
                              value=text) from None
    if not value.is_finite() or value <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "a rate must be a number above zero."))
    return value


class RateBook:
    """The stored rates of some currencies, loaded once, asked many times (a report converts thousands)."""

    def __init__(self, currencies: Iterable[str] | None = None, max_age: int | None = None,
                 between: tuple[dt.date, dt.date] | None = None):
        """The rates of ``currencies`` (None: all), only those a day from ``between`` (first, last) may use."""
        self.max_age = max_age_days() if max_age is None else max_age
        self._days: dict[str, list[dt.date]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        where, params = ["1 = 1"], []
        if currencies is not None:
            wanted = sorted({c for c in currencies if c != BASE})
            if not wanted:
                return
            where.append(f"currency IN ({', '.join('?' for _ in wanted)})")
            params += wanted
        if between is not None:
            where.append("day >= ? AND day <= ?")
            params += [(between[0] - dt.timedelta(days=self.max_age)).isoformat(), between[1].isoformat()]
        # Plain rows, not model objects: a report may need years of daily rates.
        for currency, day, per_eur in database.obj.execute_sql(
                f"SELECT currency, day, per_eur FROM exchange_rate WHERE {' AND '.join(where)} "  # noqa: S608
                "ORDER BY currency, day", params):
            self._days.setdefault(currency, []).append(_day(day))
            self._rates.setdefault(currency, []).append(Decimal(per_eur))

    def per_eur(self, currency: str, day: dt.date) -> tuple[Decimal, dt.date] | None:
        """The rate in force on ``day``: the latest on or before it, within the allowed age; and its day."""
        if currency == BASE:
            return Decimal(1), day
        days = self._days.get(currency)
        if not days:
            return None
        at = bisect.bisect_right(days, day) - 1
        if at < 0 or not in_force(days[at], day, self.max_age):
            return None
        return self._rates[currency][at], days[at]


def in_force(rate_day: dt.date, day: dt.date, max_age: int) -> bool:
    """The latest rate on or before ``day`` may be used for it: it is at most ``max_age`` days older."""
    return (day - rate_day).days <= max_age


class SoughtRates:
    """The rates of the payments of a few people, each looked up beside its payment (the bench's block):
    the same rule as ``RateBook``, without reading years of daily rates to convert a few hundred payments."""

    def __init__(self, max_age: int | None = None):
        self.max_age = max_age_days() if max_age is None else max_age
        self._latest: dict[tuple[str, dt.date], tuple[Decimal, dt.date] | None] = {}

    def note(self, currency: str, day: dt.date, rate_day, per_eur) -> None:
        """The latest stored rate of ``currency`` on or before ``day`` (None, None: there is none)."""
        self._latest[(currency, day)] = None if rate_day is None else (Decimal(per_eur), _day(rate_day))

    def per_eur(self, currency: str, day: dt.date) -> tuple[Decimal, dt.date] | None:
        if currency == BASE:
            return Decimal(1), day
        found = self._latest.get((currency, day))
        if found is None or not in_force(found[1], day, self.max_age):
            return None
        return found


def rate_on(currency: str, day: dt.date) -> Decimal | None:
    """How many units of ``currency`` one euro bought on ``day`` (the nearest earlier rate), or None."""
    found = RateBook([currency]).per_eur(currency, day)
    return found[0] if found else None


# -- converting --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Converted:
    """An amount in its own currency on its day, and in the home currency (None: no rate for that day)."""

    amount_minor: int
    currency: str
    day: dt.date
    home: str
    home_minor: int | None
    rate: Decimal | None = None  # home units for one unit of ``currency``, unrounded (1 for the home currency)
    rate_day: dt.date | None = None  # the day of the rate used (a Friday for a Sunday payment)
    as_recorded: bool = False  # the amount the payment came to in the home currency, as written down with it

    @property
    def has_rate(self) -> bool:
        return self.home_minor is not None


def convert(amount_minor: int, currency: str, day: dt.date, home: str | None = None,
            book: RateBook | SoughtRates | None = None, recorded: tuple[int, str] | None = None) -> Converted:
    """The amount in the home currency at the rate of its day; ``home_minor`` None when there is no rate.

    ``recorded``: what the payment came to in its contract's currency, as the user or the marketplace wrote it
    down (services/money_figures.py). When that currency is the home currency, it is the amount in the home
    currency — what the money really came to beats any reference rate.
    """
    home = home or home_currency()
    if currency == home:
        return Converted(amount_minor, currency, day, home, amount_minor, Decimal(1), day)
    if recorded is not None and recorded[1] == home:
        rate = (Decimal(recorded[0]) / Decimal(amount_minor)).scaleb(exponent(currency) - exponent(home)) \
            if amount_minor else None
        return Converted(amount_minor, currency, day, home, recorded[0], rate, day, as_recorded=True)
    book = book or RateBook([currency, home])
    theirs, mine = book.per_eur(currency, day), book.per_eur(home, day)
    if theirs is None or mine is None:
        return Converted(amount_minor, currency, day, home, None)
    # home minor = amount minor × home/EUR ÷ currency/EUR × 10^(home exponent − currency exponent):
    # multiplied out first, divided last, rounded once.
    scaled = (Decimal(amount_minor) * mine[0]).scaleb(exponent(home) - exponent(currency)) / theirs[0]
    home_minor = int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return Converted(amount_minor, currency, day, home, home_minor, mine[0] / theirs[0], min(theirs[1], mine[1]))


@dataclass
class HomeFigures:
    """The money figures (paid to them, fees, refunds, total cost) in the home currency."""

    home: str
    paid: int = 0
    fees: int = 0
    refunds: int = 0
    missing: money_figures.Figures = field(default_factory=money_figures.Figures)  # payments with no rate
    missing_count: int = 0
    count: int = 0  # payments converted

    @property
    def total(self) -> int:
        return self.paid + self.fees - self.refunds

    @property
    def complete(self) -> bool:
        return self.missing_count == 0

    def get(self, figure: str) -> int:
        return getattr(self, figure)  # "total" is a property like the others

    def add(self, kind: str, c: Converted) -> None:
        if c.home_minor is None:
            self.missing.add(c.currency, kind, c.amount_minor)
            self.missing_count += 1
            return
        self.add_home(kind, c.home_minor)

    def add_home(self, kind: str, home_minor: int, count: int = 1) -> None:
        """Payments already in the home currency (summed in SQL: they are their own amount)."""
        name = money_figures.figure_of(kind)
        setattr(self, name, getattr(self, name) + int(home_minor))
        self.count += count


@dataclass(frozen=True)
class PaymentLine:
    """One payment with its conversion: what the tax year lists and every home total sums."""

    id: int
    talent_id: int
    contract_id: int
    contract_title: str
    kind: str
    paid_on: dt.date
    description: str
    converted: Converted

    @property
    def signed_home(self) -> int | None:
        h = self.converted.home_minor
        return None if h is None else money_figures.signed(self.kind, h)


# Up to this many people, their payments' rates are looked up beside each payment (``payment_lines(few=True)``).
FEW_PEOPLE = 200
_LATEST = ("(SELECT {0} FROM exchange_rate r WHERE r.currency = {1} AND r.day <= p.paid_on "
           "ORDER BY r.day DESC LIMIT 1)")


def payment_lines(where: str = "1 = 1", params: tuple | list = (), home: str | None = None,
                  few: bool = False) -> list[PaymentLine]:
    """Every payment matching ``where`` (over ``p`` payment and ``c`` contract), oldest first, converted.

    ``few``: a few hundred payments at most (a block of the bench): each one's rates are looked up beside it
    instead of reading every rate of the years they span."""
    home = home or home_currency()
    sought = "".join(f", {_LATEST.format(column, currency)}" for currency in ("p.currency", "?")
                     for column in ("r.day", "r.per_eur")) if few else ""
    rows = database.obj.execute_sql(
        "SELECT p.id, c.talent_id, c.id, c.title, p.kind, p.amount_minor, p.currency, p.paid_on, p.description, "
        f"x.contract_amount_minor, c.currency{sought} FROM payment p {money_figures.JOIN_SQL} "
        f"WHERE {where} ORDER BY p.paid_on, p.id",  # noqa: S608
        ([home, home] if few else []) + list(params)).fetchall()
    days = [_day(r[7]) for r in rows]
    book: RateBook | SoughtRates
    if few:
        book = SoughtRates()
        for row, day in zip(rows, days, strict=True):
            book.note(row[6], day, row[11], row[12])
            book.note(home, day, row[13], row[14])
    else:
        book = RateBook({r[6] for r in rows} | {home}, between=(min(days), max(days)) if days else None)
    out = []
    for (pid, tid, cid, title, kind, amount, currency, _paid, description, recorded, contract_currency, *_), day in zip(
            rows, days, strict=True):
        out.append(PaymentLine(pid, tid, cid, title, kind, day, description or "", convert(
            amount, currency, day, home, book, None if recorded is None else (recorded, contract_currency))))
    return out


def convert_payment(payment_id: int, home: str | None = None) -> Converted:
    """One payment (its original amount, on its date) in the home currency."""
    lines = payment_lines("p.id = ?", (payment_id,), home)
    if not lines:
        raise ValidationError("payment", QT_TRANSLATE_NOOP("errors", "No payment with id {payment_id}."),
                              payment_id=payment_id)
    return lines[0].converted


def figures_of(lines: Iterable[PaymentLine], home: str) -> HomeFigures:
    out = HomeFigures(home)
    for line in lines:
        out.add(line.kind, line.converted)
    return out


def _grouped(column: str, ids, home: str | None) -> dict[int, HomeFigures]:
    """Payments in the home currency, or recorded in it, are summed in SQL (``convert`` takes them as they
    are); only the others are converted one by one, so a block of the bench stays a few milliseconds however many payments it holds."""
    home = home or home_currency()
    ids = [int(i) for i in ids]
    out = {i: HomeFigures(home) for i in ids}
    if not ids:
        return out
    among = f"{column} IN ({', '.join('?' for _ in ids)})"
    in_home = "(p.currency = ? OR (x.contract_amount_minor IS NOT NULL AND c.currency = ?))"
    for owner, kind, amount, count in database.obj.execute_sql(
            f"SELECT {column}, p.kind, sum(CASE WHEN p.currency = ? THEN p.amount_minor "  # noqa: S608
            f"ELSE x.contract_amount_minor END), count(*) FROM payment p {money_figures.JOIN_SQL} "
            f"WHERE {among} AND {in_home} GROUP BY 1, 2", [home, *ids, home, home]):
        out[owner].add_home(kind, amount, count)
    for line in payment_lines(f"{among} AND NOT {in_home}", [*ids, home, home], home, few=len(ids) <= FEW_PEOPLE):
        out[line.talent_id if column == "c.talent_id" else line.contract_id].add(line.kind, line.converted)
    return out


def for_talents(ids, home: str | None = None) -> dict[int, HomeFigures]:
    """Each person's money figures in the home currency: the bench, the dossier and the reports ask this."""
    return _grouped("c.talent_id", ids, home)


def for_talent(talent_id: int, home: str | None = None) -> HomeFigures:
    return for_talents([talent_id], home)[int(talent_id)]


def between(start: dt.date, end: dt.date, home: str | None = None) -> list[PaymentLine]:
    """The payments dated from ``start`` up to (not including) ``end``, converted."""
    return payment_lines("p.paid_on >= ? AND p.paid_on < ?", (start.isoformat(), end.isoformat()), home)


# -- the same rule in SQL, for sorting the bench -------------------------------------------------------------

def _scale_sql(column: str, home: str) -> str:
    """10^(home exponent − the currency's exponent), as a literal per currency (no power() needed)."""
    def factor(e: int) -> str:
        return repr(float(Decimal(1).scaleb(exponent(home) - e)))

    odd = sorted((code, e) for code, e in EXPONENTS.items() if e != 2)
    return (f"(CASE {column} " + " ".join(f"WHEN '{code}' THEN {factor(e)}" for code, e in odd)
            + f" ELSE {factor(2)} END)")


def _per_eur_sql(currency_sql: str, max_age: int) -> str:
    return (f"(CASE WHEN {currency_sql} = '{BASE}' THEN 1.0 ELSE (SELECT CAST(r.per_eur AS DOUBLE PRECISION) "
            f"FROM exchange_rate r WHERE r.currency = {currency_sql} AND r.day <= p.paid_on "
            f"AND r.day >= date(p.paid_on, '-{int(max_age)} days') ORDER BY r.day DESC LIMIT 1) END)")


def home_cost_sql(home: str, max_age: int | None = None) -> str:
    """A payment ``p``'s share of the total cost in the home currency, NULL without a rate: ``convert`` in
    SQL (the rates as doubles, rounded once, half away from zero), for the bench's sort over everyone.
    Written over ``payment p`` joined by money_figures.JOIN_SQL (contract c, conversion x)."""
    home = check_currency(home)  # three letters A–Z: safe to write into the statement
    age = max_age_days() if max_age is None else max_age
    amount = (f"round(p.amount_minor * {_per_eur_sql(repr(home), age)} / {_per_eur_sql('p.currency', age)}"
              f" * {_scale_sql('p.currency', home)})")
    converted = (f"(CASE WHEN p.currency = '{home}' THEN p.amount_minor WHEN x.contract_amount_minor IS NOT NULL "
                 f"AND c.currency = '{home}' THEN x.contract_amount_minor ELSE {amount} END)")
    refunds = ", ".join(f"'{k}'" for k in money_figures.REFUND_KINDS)
    return f"(CASE WHEN p.kind IN ({refunds}) THEN -{converted} ELSE {converted} END)"


# -- keeping rates -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RateRow:
    day: dt.date
    currency: str
    per_eur: Decimal
    line: int | None = None  # where it was read, for messages


@dataclass
class SaveResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def save_rates(rows: Iterable[RateRow], source: str = "manual") -> SaveResult:
    """Add or replace rates (one per currency and day), all or none."""
    with database.atomic():
        return _save_rates(rows, source)


def _save_rates(rows: Iterable[RateRow], source: str) -> SaveResult:
    if source not in SOURCES:
        raise ValidationError("source", QT_TRANSLATE_NOOP("errors", "“{source}” is not a source of rates."),
                              source=source)
    result = SaveResult()
    existing = {(c, d if isinstance(d, dt.date) else dt.date.fromisoformat(d)): v for c, d, v in
                ExchangeRate.select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur).tuples()}
    fresh: list[dict] = []
    for row in rows:
        currency = check_currency(row.currency)
        if currency == BASE:
            continue  # the euro is 1 by definition
        text = _plain(row.per_eur)
        before = existing.get((currency, row.day))
        if before is None:
            fresh.append({"day": row.day, "currency": currency, "per_eur": text, "source": source})
            existing[(currency, row.day)] = text
            result.added += 1
        elif Decimal(before) == row.per_eur:
            result.unchanged += 1
        else:
            ExchangeRate.update(per_eur=text, source=source).where(
                (ExchangeRate.currency == currency) & (ExchangeRate.day == row.day)).execute()
            existing[(currency, row.day)] = text
            result.updated += 1
    for start in range(0, len(fresh), 200):
        ExchangeRate.insert_many(fresh[start:start + 200]).execute()
    return result


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".") or "0"


@dataclass(frozen=True)
class StoredRate:
    id: int
    day: dt.date
    currency: str
    per_eur: Decimal
    source: str


def rates(currency: str | None = None, limit: int = 500) -> list[StoredRate]:
    """The newest stored rates first (of one currency, or all)."""
    query = ExchangeRate.select()
    if currency:
        query = query.where(ExchangeRate.currency == currency)
    return [StoredRate(r.id, r.day, r.currency, Decimal(r.per_eur), r.source)
            for r in query.order_by(ExchangeRate.day.desc(), ExchangeRate.currency).limit(limit)]


def rate_summary() -> list[tuple[str, dt.date, dt.date, int]]:
    """Per currency: first day, last day, number of rates."""
    return [(c, _day(a), _day(b), n) for c, a, b, n in database.obj.execute_sql(
        "SELECT currency, min(day), max(day), count(*) FROM exchange_rate GROUP BY currency ORDER BY currency")]


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def set_rate(day: dt.date, currency: str, per_eur) -> None:
    """One rate typed by the user (replacing that currency's rate of that day)."""
    from . import validate as v

    day = v.day(day, "day")
    currency = check_currency(currency)
    if currency == BASE:
        raise ValidationError("currency", QT_TRANSLATE_NOOP("errors", "the euro is the base of every rate (always 1)."))
    with database.atomic():
        save_rates([RateRow(day, currency, parse_rate(per_eur))], "manual")


def remove_rates(rate_ids) -> int:
    """Remove the rates with these ids; returns how many went."""
    ids = [int(i) for i in rate_ids]
    return ExchangeRate.delete().where(ExchangeRate.id.in_(ids)).execute() if ids else 0
