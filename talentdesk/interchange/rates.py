"""Exchange rates from files the user downloaded (the program never goes on the network).

Two layouts, told apart by the header:

- the European Central Bank's reference rates, daily (``eurofxref.csv``) or the whole history
  (``eurofxref-hist.csv``), as CSV or the ZIP they come in: ``Date,USD,JPY,…`` then one row per business
  day, each cell how many units of that currency one euro bought; "N/A" where there was no rate (a currency
  that did not exist yet, or had stopped); a trailing comma on every line; the daily file writes its date
  "28 November 2025" and puts a space after each comma;
- a simple ``date,currency,rate`` CSV (any column order), the rate in the same sense: units of the currency
  per one euro.

A file with any bad cell is refused whole, naming its line; nothing is changed. Currencies that are no longer
ISO 4217 codes (the ECB's history keeps some that the euro replaced) are skipped, and the report says which.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..services import exchange
from ..services.errors import ValidationError
from ..services.labels import plural
from ..services.money import EXPONENTS
from .csv_in import decode
from .report import ImportReport, InterchangeError, all_or_nothing

LARGEST_FILE = 64 * 1024 * 1024  # the whole ECB history is about 2 MB unpacked
MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
MISSING = ("", "N/A", "NA", "-")


@dataclass
class Parsed:
    layout: str  # "ecb" or "simple"
    rows: list[exchange.RateRow] = field(default_factory=list)
    skipped_currencies: list[str] = field(default_factory=list)
    lines: int = 0


def _text(path: Path) -> str:
    try:
        if path.stat().st_size > LARGEST_FILE:
            raise InterchangeError("the file is larger than any rate file should be", path=path.name)
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"cannot read the file: {exc.strerror or exc}", path=path.name) from None
    if raw[:4] == b"PK\x03\x04":
        raw = _from_zip(raw, path.name)
    return decode(raw, None, path.name)[0]


def _from_zip(raw: bytes, name: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = [m for m in archive.infolist() if m.filename.lower().endswith(".csv") and not m.is_dir()]
            if len(members) != 1:
                raise InterchangeError("the ZIP file should hold one CSV file of rates (as the ECB's does)", path=name)
            if members[0].file_size > LARGEST_FILE:
                raise InterchangeError("the CSV inside the ZIP is larger than any rate file should be", path=name)
            with archive.open(members[0]) as member:
                data = member.read(LARGEST_FILE + 1)
            if len(data) > LARGEST_FILE:
                raise InterchangeError("the CSV inside the ZIP is larger than any rate file should be", path=name)
            return data
    except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError) as exc:
        raise InterchangeError(f"the ZIP file cannot be read: {exc}", path=name) from None


def parse_day(text: str) -> dt.date:
    """2025-11-28 (the history), or 28 November 2025 (the daily file)."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.split()
    if len(parts) == 3 and parts[1].lower() in MONTHS and parts[0].isdigit() and parts[2].isdigit():
        return dt.date(int(parts[2]), MONTHS[parts[1].lower()], int(parts[0]))
    raise ValueError(text)


def _day(text: str, line: int, name: str) -> dt.date:
    try:
        return parse_day(text)
    except ValueError:
        raise InterchangeError(f"“{text.strip()}” is not a date (write it as YYYY-MM-DD)", line=line, path=name) \
            from None


def _rate(text: str, line: int, name: str, currency: str) -> Decimal:
    try:
        return exchange.parse_rate(text.strip())
    except ValidationError:
        raise InterchangeError(f"{currency}: “{text.strip()}” is not a rate (a number above zero, like 1.0856)",
                               line=line, path=name) from None


def parse(text: str, name: str = "") -> Parsed:
    records = list(csv.reader(io.StringIO(text)))
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)  # blank lines before the header
    if not records:
        raise InterchangeError("the file is empty", path=name)
    header = [cell.strip() for cell in records[0]]
    lowered = [cell.lower() for cell in header]
    if lowered and lowered[0] == "date" and "currency" not in lowered:
        return _ecb(header, records, name)
    if {"date", "currency", "rate"} <= set(lowered):
        return _simple(lowered, records, name)
    raise InterchangeError("this is not a file of exchange rates: the header should be the ECB's "
                           "(Date,USD,JPY,…) or date,currency,rate", line=1, path=name)


def _ecb(header: list[str], records: list[list[str]], name: str) -> Parsed:
    parsed = Parsed("ecb", lines=len(records))
    columns: list[tuple[int, str]] = []
    for index, code in enumerate(header[1:], start=1):
        if not code:
            continue  # the trailing comma
        code = code.upper()
        if code in EXPONENTS:
            columns.append((index, code))
        else:
            parsed.skipped_currencies.append(code)
    if not columns:
        raise InterchangeError("the header names no currency TalentDesk knows", line=1, path=name)
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        day = _day(cells[0], number, name)
        if any(cell.strip() for index, cell in enumerate(cells[1:], start=1)
               if index >= len(header) or not header[index]):
            raise InterchangeError("the line has more cells than the header has currencies (a decimal comma?)",
                                   line=number, path=name)
        for index, code in columns:
            cell = cells[index].strip() if index < len(cells) else ""
            if cell.upper() in MISSING:
                continue
            parsed.rows.append(exchange.RateRow(day, code, _rate(cell, number, name, code), number))
    return parsed


def _simple(lowered: list[str], records: list[list[str]], name: str) -> Parsed:
    parsed = Parsed("simple", lines=len(records))
    at = {key: lowered.index(key) for key in ("date", "currency", "rate")}
    seen: dict[tuple[str, dt.date], tuple[Decimal, int]] = {}
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) <= max(at.values()):
            raise InterchangeError("the line has fewer cells than the header", line=number, path=name)
        day = _day(cells[at["date"]], number, name)
        code = cells[at["currency"]].strip().upper()
        if code not in EXPONENTS:
            raise InterchangeError(f"“{code}” is not an ISO 4217 currency code", line=number, path=name)
        rate = _rate(cells[at["rate"]], number, name, code)
        before = seen.get((code, day))
        if before is not None and before[0] != rate:
            raise InterchangeError(f"{code} on {day.isoformat()} has two different rates (the other is on line "
                                   f"{before[1]})", line=number, path=name)
        seen[(code, day)] = (rate, number)
        if code != exchange.BASE:
            parsed.rows.append(exchange.RateRow(day, code, rate, number))
    return parsed


def read(path: Path) -> Parsed:
    path = Path(path)
    return parse(_text(path), path.name)


def import_file(path: Path, *, dry_run: bool = False, report: Callable[[float, str], None] | None = None) -> ImportReport:
    """Read the file whole (refusing it, naming the line, at the first bad cell), then store its rates in one
    transaction: a rate for a currency and day already kept is replaced when the file says otherwise."""
    path = Path(path)
    parsed = read(path)
    result = ImportReport(source=path.name, kind=f"rates ({parsed.layout})", dry_run=dry_run, rows=parsed.lines - 1)
    result.details["layout"] = parsed.layout
    if parsed.skipped_currencies:
        result.skip(", ".join(parsed.skipped_currencies), "not current ISO 4217 currencies (replaced by the euro)")
    per_currency: dict[str, list[exchange.RateRow]] = defaultdict(list)
    for row in parsed.rows:
        per_currency[row.currency].append(row)
    with all_or_nothing(dry_run):
        for currency in sorted(per_currency):
            rows = per_currency[currency]
            saved = exchange.save_rates(rows, "ecb" if parsed.layout == "ecb" else "csv")
            days = sorted(r.day for r in rows)
            what = f"{currency}: {plural(len(rows), 'rate', 'rates')}, {days[0].isoformat()} to {days[-1].isoformat()}"
            if saved.added:
                result.add(what + (f" ({saved.added:,} new)" if saved.updated or saved.unchanged else ""),
                           table="exchange_rate")
                result.counts["exchange_rate"] += saved.added - 1
            elif saved.updated:
                result.update(what + f" ({saved.updated:,} changed)")
            else:
                result.skip(what, "already kept, the same")
            if report:
                report(len(result.added) / max(1, len(per_currency)), currency)
    return result
