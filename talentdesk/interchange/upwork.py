"""Upwork exports, client side: the Transaction History CSV (two header layouts) and the weekly summary.

The layout is detected from the header. This module parses the file into rows; which contract
each payment belongs to is the domain's rule (services/payment_contracts.py: the invoice period
first, then the payment date). Re-importing the same or an overlapping file adds nothing twice:
every payment keeps the marketplace's transaction id.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from ..services import contracts as contract_service
from ..services import import_store, resolve
from ..services import talents as talent_service
from ..services.errors import ServiceError, ValidationError
from ..services.money import check_currency, exponent, to_minor
from ..services.payment_contracts import ContractMatcher
from . import csv_in
from .people import NameMatches, match_names
from .report import Entry, ImportReport, InterchangeError, UnmatchedNames, all_or_nothing

PLATFORM = "upwork"
CURRENCY = "USD"  # the account's currency: "Amount" ("Amount $") is always in it

# Each layout: per position, the header names accepted (compared without case, spaces, BOM).
_N = csv_in.normal_header
LAYOUTS: dict[str, list[tuple[str, ...]]] = {
    "transactions-13": [
        ("Date",), ("Ref ID",), ("Type",), ("Description",), ("Agency",), ("Freelancer",), ("Team",),
        ("Account Name",), ("PO",), ("Amount",), ("Amount in local currency",), ("Currency",), ("Balance",),
    ],
    "transactions-19": [
        ("Date",), ("Transaction ID",), ("Transaction type",), ("Transaction summary",),
        ("Transaction summary details",), ("Description 1",), ("Description 2",), ("Description 3",),
        ("Agency team", "Agency"), ("Freelancer",), ("Client team", "Team"), ("Account name",), ("PO",),
        ("Ref ID",), ("Amount $", "Amount"), ("Amount in local currency",), ("Currency",),
        ("Current balance $", "Current balance", "Balance"), ("Payment method",),
    ],
    "weekly-summary": [("Date",), ("Contract",), ("Hours",), ("Amount",), ("Payment type",)],
}
EXPECTED = {
    "transactions-13": "Date, Ref ID, Type, Description, Agency, Freelancer, Team, Account Name, PO, Amount, "
                       "Amount in local currency, Currency, Balance",
    "transactions-19": "Date, Transaction ID, Transaction type, Transaction summary, Transaction summary details, "
                       "Description 1, Description 2, Description 3, Agency team, Freelancer, Client team, "
                       "Account name, PO, Ref ID, Amount $, Amount in local currency, Currency, "
                       "Current balance $, Payment method",
    "weekly-summary": "Date, Contract, Hours, Amount, Payment type",
}

# Transaction types -> payment kind. Money out on a client account: hourly, fixed price, bonus, fees.
TYPES = {
    "hourly": "hourly", "fixedprice": "milestone", "bonus": "bonus",
    "servicefee": "fee", "processingfee": "fee", "gst": "fee", "vat": "fee", "connects": "fee",
    "subscription": "fee", "membershipfee": "fee", "refund": "refund",
    "payment": "other", "withdrawal": "other", "miscellaneous": "other", "expense": "other", "salary": "other",
}
MONEY_OUT = {"hourly", "milestone", "bonus", "fee"}

_PERIOD = re.compile(r"(\d{1,2}/\d{1,2}/\d{4})\s*-\s*(\d{1,2}/\d{1,2}/\d{4})")
_HOURS = re.compile(r"(\d+)(?::(\d{1,2})|\.(\d+))?\s*hrs?\b", re.IGNORECASE)
_RATE = re.compile(r"@\s*\$?\s*([\d,]+(?:\.\d+)?)\s*/\s*hr", re.IGNORECASE)
_PARENT = re.compile(r"Ref\.?\s*ID\s*#?\s*:?\s*(\d+)", re.IGNORECASE)
_CONTRACT = re.compile(r"^(.*?)\s*\((\d+)\)\s*$")


def detect_layout(header: list[str]) -> str:
    cells = [_N(h) for h in header]
    while cells and not cells[-1]:
        cells.pop()
    for name, columns in LAYOUTS.items():
        if len(cells) == len(columns) and all(c in {_N(a) for a in accepted} for c, accepted in zip(cells, columns, strict=True)):
            return name
    raise InterchangeError(
        "this is not an Upwork transaction history or weekly summary. Expected the header "
        f"“{EXPECTED['transactions-13']}” (older), “{EXPECTED['transactions-19']}” (newer) or "
        f"“{EXPECTED['weekly-summary']}”; found “{', '.join(header)}”.", line=1)


@dataclass(slots=True)  # a file holds hundreds of thousands of them
class Row:
    line: int
    date: dt.date
    ref: str
    type: str
    kind: str
    description: str
    freelancer: str
    amount: Decimal  # signed, as in the file
    parent_ref: str | None = None
    period: tuple[dt.date, dt.date] | None = None
    minutes: int | None = None
    rate_minor: int | None = None
    contract_title: str = ""
    contract_ref: str = ""
    currency: str = CURRENCY  # the file's Currency column, when it names one
    local_amount: Decimal | None = None  # "Amount in local currency", when in another currency than USD


@dataclass
class Parsed:
    layout: str
    rows: list[Row]
    table: csv_in.Table
    warnings: list[tuple[int | None, str]] = field(default_factory=list)  # None: the file as a whole
    skipped: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return sorted({r.freelancer for r in self.rows if r.freelancer}, key=str.casefold)


# More hours than one invoice or week can hold: a garbled cell, said with its line (a number this
# large does not even fit the database).
MAX_HOURS = 10_000


def _checked_minutes(minutes: int, said: str) -> int:
    if minutes > MAX_HOURS * 60:
        raise ValueError(f"the hours “{said[:40]}” are more than {MAX_HOURS:,} hours")
    return minutes


def parse_hourly(description: str) -> tuple[tuple[dt.date, dt.date] | None, int | None, int | None]:
    """Period, minutes and rate (cents) from ``Invoice for 05/27/2024-06/02/2024 - 14:20 hrs @ $18.00/hr``."""
    period = minutes = rate = None
    match = _PERIOD.search(description)
    if match:
        try:
            start, end = _us_date(match.group(1)), _us_date(match.group(2))
            if end >= start:
                period = (start, end)
        except ValueError:
            pass
    rest = description[match.end():] if match else description
    match = _HOURS.search(rest)
    if match:
        whole, clock, fraction = match.groups()
        hours = int(whole)
        if clock is not None:
            minutes = hours * 60 + min(int(clock), 59)
        elif fraction is not None:
            minutes = int(round(Decimal(f"{hours}.{fraction}") * 60))
        else:
            minutes = hours * 60
        minutes = _checked_minutes(minutes, match.group(0))
    match = _RATE.search(rest)
    if match:
        rate = _rate_minor(match.group(1))
    return period, minutes, rate


@lru_cache(maxsize=1024)  # a file bills a few rates many times
def _rate_minor(text: str) -> int | None:
    try:
        return to_minor(Decimal(text.replace(",", "")).quantize(Decimal("0.01")), CURRENCY)
    except (ValidationError, ArithmeticError):
        return None


@lru_cache(maxsize=4096)
def _us_date(text: str) -> dt.date:
    month, day, year = text.split("/")
    return dt.date(int(year), int(month), int(day))


def parse(path: Path, *, encoding: str | None = None) -> Parsed:
    table = csv_in.read_table(path, encoding=encoding)
    try:
        layout = detect_layout(table.header)
    except InterchangeError as exc:
        raise InterchangeError(exc.message, line=table.header_line, path=str(path)) from None
    parsed = Parsed(layout, [], table)
    for note in table.notes:
        parsed.warnings.append((None, note))
    width, least = len(table.header), len(LAYOUTS[layout])
    read_row = _weekly_row if layout == "weekly-summary" else _transaction_row
    seen: set[str] = set()
    occurrences: Counter = Counter()
    for line, cells in table.rows:
        count = len(cells)
        if count < least or (count > width and any(c.strip() for c in cells[width:])):
            parsed.skipped.append((line, f"row with {count} cells", f"the header has {width}"))
            continue
        try:
            row = read_row(layout, line, cells, parsed, occurrences)
        except ValueError as exc:
            raise InterchangeError(str(exc), line=line, path=str(path)) from None
        if row is None:
            continue
        if row.ref in seen:
            parsed.skipped.append((line, f"transaction {row.ref}", "listed twice in this file"))
            continue
        seen.add(row.ref)
        parsed.rows.append(row)
    return parsed


_TOO_LARGE = Decimal(10) ** 12
_SEPARATORS = re.compile(r"[\s\-_]+")
_FOLLOWERS = ("fee", "refund", "other")  # kinds that may name the transaction they belong to


def _amount(text: str, what: str) -> Decimal:
    if not text.strip():
        raise ValueError(f"the {what} is empty")
    number = csv_in.parse_decimal(text)
    if abs(number) >= _TOO_LARGE:
        raise ValueError(f"the {what} “{text}” is too large")
    return number


@lru_cache(maxsize=256)  # a file has a handful of transaction types
def _kind_of(type_: str) -> str | None:
    return TYPES.get(_SEPARATORS.sub("", type_.casefold()))


def _transaction_row(layout: str, line: int, cells: list[str], parsed: Parsed, _occ) -> Row | None:
    # parse() passes only rows with at least the layout's cells: every index below is there.
    if layout == "transactions-13":
        date, ref, type_, description = cells[0], cells[1].strip(), cells[2].strip(), cells[3]
        freelancer, amount, local, currency = cells[5], cells[9].strip(), cells[10].strip(), cells[11].strip()
        parent_cell = ""
    else:
        date, type_ = cells[0], cells[2].strip()
        description = " – ".join(dict.fromkeys(filter(None, map(str.strip, cells[3:8]))))  # each part once, in order
        freelancer, amount, local, currency = cells[9], cells[14].strip(), cells[15].strip(), cells[16].strip()
        parent_cell = cells[13].strip()
        ref = cells[1].strip() or parent_cell
    if not ref:
        raise ValueError("the transaction has no Ref ID / Transaction ID")
    day = csv_in.parse_date(date)
    number = _amount(amount, "amount")
    kind = _kind_of(type_)
    if kind is None:
        parsed.warnings.append((line, f"unknown transaction type “{type_}”; imported as other"))
        kind = "other"
    row = Row(line, day, ref, type_, kind, description.strip(), " ".join(freelancer.split()), number)
    currency = currency.upper()
    if currency and currency != CURRENCY:
        try:
            row.currency = check_currency(currency)
        except ValidationError:
            raise ValueError(f"“{currency}” is not a currency code (e.g. USD, EUR)") from None
        if local:
            row.local_amount = _amount(local, "amount in local currency")
    if kind in _FOLLOWERS:
        parent = _PARENT.search(description)
        if parent and parent.group(1) != ref:
            row.parent_ref = parent.group(1)
        elif parent_cell not in ("", ref):
            row.parent_ref = parent_cell
    elif kind == "hourly":
        row.period, row.minutes, row.rate_minor = parse_hourly(description)
    return row


def _weekly_row(_layout: str, line: int, cells: list[str], parsed: Parsed, occurrences: Counter) -> Row | None:
    date, contract, hours, amount, payment_type = (c.strip() for c in cells[:5])
    day = csv_in.parse_date(date)
    number = _amount(amount, "amount")
    match = _CONTRACT.match(contract)
    if not contract:
        raise ValueError("the contract is empty")
    title, contract_ref = (match.group(1), match.group(2)) if match else (contract, "")
    kind = {"": "hourly", "bonus": "bonus", "fixedpricepayment": "milestone", "fixedprice": "milestone",
            "refund": "refund"}.get(re.sub(r"[\s\-_]+", "", payment_type.casefold()))
    if kind is None:
        parsed.warnings.append((line, f"unknown payment type “{payment_type}”; imported as other"))
        kind = "other"
    minutes = None
    if hours:
        minutes = _checked_minutes(int(round(csv_in.parse_decimal(hours) * 60)), hours)
        if minutes < 0:
            raise ValueError(f"the hours “{hours}” are negative")
    key = f"{contract_ref or title}|{day}|{hours}|{amount}|{payment_type}"
    occurrences[key] += 1
    ref = "weekly:" + hashlib.sha1(f"{key}|{occurrences[key]}".encode()).hexdigest()
    # The weekly summary lists money paid as positive amounts: on a client account it went out.
    row = Row(line, day, ref, payment_type or "Hourly", kind, contract, "", -abs(number) if kind != "refund" else number,
              minutes=minutes, contract_title=title, contract_ref=contract_ref)
    if kind == "hourly" and minutes:
        row.rate_minor = int(round(abs(number) * 100 * 60 / minutes))
    return row


# -- planning (what the preview shows) ------------------------------------------------


@dataclass
class Plan:
    parsed: Parsed
    matches: NameMatches
    unknown_contracts: list[str]  # weekly summary: contracts not yet in the database


def plan(path: Path, *, encoding: str | None = None) -> Plan:
    parsed = parse(Path(path), encoding=encoding)
    matches = match_names(parsed.names)
    unknown = []
    if parsed.layout == "weekly-summary":
        known = _known_external_ids()
        unknown = sorted({f"{r.contract_title} ({r.contract_ref})" if r.contract_ref else r.contract_title
                          for r in parsed.rows if (r.contract_ref or r.contract_title) not in known})
    return Plan(parsed, matches, unknown)


def _known_external_ids() -> set[str]:
    return import_store.external_ids(PLATFORM)


# -- import ----------------------------------------------------------------------------


def import_file(path: Path, *, mapping: dict[str, int | None] | None = None, create_missing: bool = False,
                accept_close: bool = False, talent: int | str | None = None, dry_run: bool = False,
                encoding: str | None = None, report: Callable[[float, str], None] | None = None) -> ImportReport:
    """Import an Upwork export in one transaction; nothing changes on error or in a dry run.

    ``mapping`` settles names from the file: a talent id, or None to create the person.
    Names not in it: exact matches are used; close matches only with ``accept_close``;
    missing ones are created with ``create_missing``; otherwise UnmatchedNames is raised.
    ``talent`` (id or exact name) is the person for weekly-summary contracts not yet known.
    ``report(fraction, text)`` receives progress.
    """
    progress = report or (lambda _f, _t: None)
    progress(0.0, "Reading the file…")
    path = Path(path)
    the_plan = plan(path, encoding=encoding)
    parsed = the_plan.parsed
    result = ImportReport(source=path.name, kind=f"upwork {parsed.layout}", dry_run=dry_run, rows=len(parsed.table.rows))
    result.details.update(layout=parsed.layout, encoding=parsed.table.encoding)
    for line, text in parsed.warnings:
        result.warn(text, line)
    for line, what, why in parsed.skipped:
        result.skip(what, why, line)
    progress(0.3, "Matching people…")
    people = _resolve_people(the_plan, mapping or {}, create_missing, accept_close, str(path))
    with all_or_nothing(dry_run):
        ids = _create_people(people, result)
        if parsed.layout == "weekly-summary":
            _import_weekly(parsed, result, talent, str(path))
        else:
            _import_transactions(parsed, ids, result, str(path), progress)
    if not dry_run:
        import_store.refresh_statistics(result.counts["payment"])
    progress(1.0, "Done")
    return result


def _resolve_people(the_plan: Plan, mapping: dict[str, int | None], create_missing: bool, accept_close: bool,
                    path: str) -> dict[str, int | None]:
    """name -> talent id, or None for "create this person"."""
    matches = the_plan.matches
    resolved: dict[str, int | None] = {}
    unmatched: list[str] = []
    for name in the_plan.parsed.names:
        if name in mapping:
            resolved[name] = mapping[name]
        elif name in matches.exact:
            resolved[name] = matches.exact[name]
        elif name in matches.close and accept_close:
            resolved[name] = matches.close[name][0]
        elif name in matches.missing and create_missing:
            resolved[name] = None
        else:
            unmatched.append(name)
    if unmatched:
        raise UnmatchedNames(unmatched, {n: matches.close[n][1] for n in unmatched if n in matches.close}, path=path)
    return resolved


def _create_people(people: dict[str, int | None], result: ImportReport) -> dict[str, int]:
    ids: dict[str, int] = {}
    for name, talent_id in people.items():
        if talent_id is None:
            talent_id = talent_service.create_talent(talent_service.TalentInput(
                name=name, notes="Added by an Upwork import."))
            result.add(f"person {name}", table="talent")
        ids[name] = talent_id
    return ids


def _existing_refs(refs: list[str]) -> dict[str, tuple[int | None, int]]:
    """external_ref -> (payment id, contract id) for refs already in the database, and for payments removed
    by hand (payment id None): a removed transaction is not brought back by importing the same file again."""
    return import_store.existing_payment_refs(refs)


def _key(ref: str) -> str:
    return f"{PLATFORM}:{ref}"


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}  # RFC 9562's variant bits


def sequential_uuids(count: int) -> list[str]:
    """Version 7 UUIDs (time first, then random): unique like uuid4, but a bulk insert appends to the index."""
    millis = time.time_ns() // 1_000_000
    noise = os.urandom(10 * count).hex()
    out = []
    for first in range(0, count, 4096):  # 4,096 to a millisecond, so they stay in order
        stamp = (millis + first // 4096).to_bytes(6, "big").hex()
        head = f"{stamp[:8]}-{stamp[8:12]}-7"
        for index in range(first, min(count, first + 4096)):
            n = noise[20 * index:20 * index + 20]
            out.append(f"{head}{n[1:4]}-{_VARIANT[n[4]]}{n[5:8]}-{n[8:20]}")
    return out


class _Rows:
    """Payment rows with their ids given in advance, so a fee names its parent in the same insert."""

    def __init__(self, result: ImportReport, known_currency: Callable[[int], str | None] = lambda _cid: None):
        self.result = result
        self.known_currency = known_currency  # a contract's currency when the caller has it at hand
        self.next_id = self.first_id = import_store.next_payment_id()
        self.values: list[list] = []
        self.rows: list[Row] = []  # the row of the file each of values came from
        self.conversions: list[tuple[int, int]] = []  # (payment id, amount in the contract's currency)
        self.id_of_ref: dict[str, int | None] = {}  # None: a payment removed by hand
        self.currency_of: dict[int, str] = {}

    def add(self, row: Row, contract_id: int, parent_id: int | None = None) -> None:
        currency = self.currency_of.get(contract_id)
        if currency is None:
            currency = self.known_currency(contract_id) or contract_service.get(contract_id).currency
            self.currency_of[contract_id] = currency
        values, converted = _payment_values(row, contract_id, currency, self.result)
        payment_id = values[0] = self.next_id
        if converted is not None:
            self.conversions.append((payment_id, converted))
        self.id_of_ref[row.ref] = payment_id
        self.next_id += 1
        values.append(parent_id)
        self.values.append(values)
        self.rows.append(row)

    def insert(self) -> int:
        for values, uuid in zip(self.values, sequential_uuids(len(self.values)), strict=True):
            values[1] = uuid
        with import_store.payments_in_bulk(len(self.values), present=self.first_id - 1):
            import_store.insert_payments(import_store.PAYMENT_WITH_IDS, self.values)
        import_store.insert_conversions(self.conversions)
        return len(self.values)


@lru_cache(maxsize=64)
def _in_cents(currency: str) -> bool:
    return exponent(currency) == 2


def _minor(amount: Decimal, currency: str, row: Row, result: ImportReport) -> int:
    try:
        amount = abs(amount)
        if _in_cents(currency):  # the common case, fast: at most two decimals is a whole number of cents
            numerator, denominator = amount.as_integer_ratio()
            if 100 % denominator == 0:
                return numerator * (100 // denominator)
        return to_minor(amount, currency, field="amount")
    except ValidationError as exc:
        raise InterchangeError(f"the amount {amount} {exc.message}", line=row.line, path=result.source) from None


def _payment_values(row: Row, contract_id: int, contract_currency: str, result: ImportReport) -> tuple[list, int | None]:
    """The payment's columns (id and uuid still to fill) and, when it is in another currency than its
    contract's, its amount there."""
    kind = row.kind
    if kind in MONEY_OUT and row.amount > 0:
        result.warn(f"{row.type} {row.ref} is money in (+{row.amount}); recorded as a refund", row.line)
        kind = "refund"
    currency, amount = CURRENCY, row.amount
    if row.currency != CURRENCY and row.local_amount is not None:
        currency, amount = row.currency, row.local_amount
    minor = _minor(amount, currency, row, result)
    converted = None
    if currency != contract_currency:
        if contract_currency != CURRENCY:
            raise InterchangeError(
                f"{row.type} {row.ref} is in {currency} but its contract is in {contract_currency}, and the file "
                f"gives no {contract_currency} amount", line=row.line, path=result.source)
        converted = _minor(row.amount, CURRENCY, row, result)
    start, end = row.period or (None, None)
    description, type_ = row.description, row.type
    if type_ and type_.casefold() not in description.casefold():
        description = f"{type_}: {description}" if description else type_
    return [None, None, contract_id, kind, minor, currency, _iso(row.date),
            _iso(start) if start else None, _iso(end) if end else None, row.minutes,
            description[:2000], _key(row.ref), PLATFORM], converted


@lru_cache(maxsize=8192)  # a file repeats its days
def _iso(day: dt.date) -> str:
    return day.isoformat()


def _import_transactions(parsed: Parsed, ids: dict[str, int], result: ImportReport, path: str, progress) -> None:
    rows = parsed.rows
    keys = [_key(r.ref) for r in rows]
    existing = _existing_refs(keys)
    fresh = []
    for row, key in zip(rows, keys, strict=True):
        if key in existing:
            result.skip(f"transaction {row.ref}", "already imported", row.line)
        else:
            fresh.append(row)
    contracts = ContractMatcher(PLATFORM, "Upwork")
    contracts.load(ids.values())
    known = dict(existing)
    # Parents named by fees may be in the database from an earlier import.
    known.update(_existing_refs([_key(r.parent_ref) for r in fresh if r.parent_ref and _key(r.parent_ref) not in known]))
    contract_of_ref = {ref.split(":", 1)[1]: cid for ref, (_pid, cid) in known.items()}
    out = _Rows(result, contracts.currency)
    out.id_of_ref.update({ref.split(":", 1)[1]: pid for ref, (pid, _cid) in known.items()})
    pending: list[Row] = []
    cid: int | None  # below, a parent's contract may not be known yet
    total = max(1, len(fresh))
    for index, row in enumerate(fresh):
        if index % 5000 == 0:
            progress(0.4 + 0.4 * index / total, "Matching contracts…")
        if row.parent_ref:
            pending.append(row)  # a fee or refund follows its parent's contract
        elif row.freelancer:
            cid = contracts.find(ids[row.freelancer], row.date, row.kind, row.rate_minor, row.currency, row.period)
            contract_of_ref[row.ref] = cid
            out.add(row, cid)
        else:
            result.skip(f"{row.type or 'transaction'} {row.ref}",
                        "names no freelancer and no parent transaction (an account-level entry)", row.line)
    while pending:  # a fee may hang on a fee (VAT on a service fee): settle parents first
        waiting: list[Row] = []
        for row in pending:
            assert row.parent_ref  # only rows that name a parent wait here
            cid = contract_of_ref.get(row.parent_ref)
            if cid is None:
                waiting.append(row)
                continue
            contract_of_ref[row.ref] = cid
            out.add(row, cid, out.id_of_ref.get(row.parent_ref))
        if len(waiting) == len(pending):
            for row in waiting:
                if row.freelancer:  # the parent is unknown: the person's contract will do
                    out.add(row, contracts.find(ids[row.freelancer], row.date, row.kind, row.rate_minor,
                                                row.currency, row.period))
                    continue
                result.skip(f"{row.type} {row.ref}", f"its parent Ref ID {row.parent_ref} is neither in this file "
                            "nor imported, and it names no freelancer", row.line)
            break
        pending = waiting
    progress(0.8, "Saving payments…")
    result.counts["payment"] += out.insert()
    result.added.extend(Entry(f"{v[3]} payment {row.ref}", "", row.line) for v, row in zip(out.values, out.rows, strict=True))
    for made in contracts.created:
        result.add(f"contract “{made.title}” with {made.talent_name}", table="contract")
    contracts.finish()


def _import_weekly(parsed: Parsed, result: ImportReport, talent: int | str | None, path: str) -> None:
    known = import_store.contract_ids_by_external_id(PLATFORM)
    person = None
    contract_of: dict[str, int] = {}
    rows = parsed.rows
    existing = _existing_refs([_key(r.ref) for r in rows])
    for row in rows:
        external = row.contract_ref or row.contract_title[:120]
        if external in known:
            contract_of[external] = known[external]
            continue
        if external in contract_of:
            continue
        if person is None:
            person = _talent_for_weekly(talent, parsed, known, path)
        group = [r for r in rows if (r.contract_ref or r.contract_title[:120]) == external]
        kind = "hourly" if any(r.kind == "hourly" for r in group) else "fixed"
        rates = [r.rate_minor for r in group if r.rate_minor]
        start, end = min(r.date for r in group), max(r.date for r in group)
        cid = contract_service.create_contract(contract_service.ContractInput(
            talent_id=person, title=row.contract_title or external, kind=kind, rate_minor=rates[-1] if rates else 0,
            currency=CURRENCY, start_date=start, end_date=end, platform=PLATFORM, external_id=external,
            original_budget_minor=0), status="active")
        if end < dt.date.today() - dt.timedelta(days=30):
            import_store.set_contract_fields(cid, status="ended")
        contract_of[external] = cid
        result.add(f"contract “{row.contract_title}”", row.line, table="contract")
    out = _Rows(result)
    for row in rows:
        if _key(row.ref) in existing:
            result.skip(f"{row.type} on {row.date} for {row.contract_title}", "already imported", row.line)
            continue
        out.add(row, contract_of[row.contract_ref or row.contract_title[:120]])
        result.add(f"{row.kind} payment on {row.date} ({row.contract_title})", row.line)
    result.counts["payment"] += out.insert()


def _talent_for_weekly(talent: int | str | None, parsed: Parsed, known: dict, path: str) -> int:
    if talent is None or talent == "":
        contracts = sorted({r.contract_title for r in parsed.rows
                            if (r.contract_ref or r.contract_title[:120]) not in known})
        raise InterchangeError(
            "a weekly summary does not name the person; choose who these contracts are with (--talent NAME): "
            + "; ".join(contracts[:5]) + (" …" if len(contracts) > 5 else ""), path=path)
    if isinstance(talent, int):
        return talent_service.get(talent).id
    try:
        return resolve.talent(str(talent))
    except ServiceError as exc:
        raise InterchangeError(str(exc), path=path) from None

