"""Generic CSV import of talents or payments with a column mapping (field -> column of the file)."""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..services import contracts as contract_service
from ..services import import_store, people_merge, settings
from ..services import talents as talent_service
from ..services import validate as v
from ..services.errors import ValidationError
from ..services.import_store import new_uuid
from ..services.money import check_currency, to_minor
from ..services.payment_contracts import ContractMatcher
from ..store.models import PAYMENT_KINDS
from . import csv_in
from .locale_cells import LocaleCells
from .people import match_names, name_key
from .report import ImportReport, InterchangeError, UnmatchedNames, all_or_nothing

TALENT_FIELDS = ("name", "headline", "location", "timezone", "languages", "email", "phone", "chat", "url",
                 "skills", "notes")
PAYMENT_FIELDS = ("talent", "date", "amount", "currency", "kind", "contract", "description", "reference", "hours",
                  "contract_amount")
REQUIRED = {"talents": ("name",), "payments": ("talent", "date", "amount")}
FIELDS = {"talents": TALENT_FIELDS, "payments": PAYMENT_FIELDS}
# Header names that map themselves when no mapping is given.
ALIASES = {
    "name": ("name", "full name", "fullname", "display name", "freelancer", "contact"),
    "email": ("email", "e-mail", "email address", "mail"),
    "phone": ("phone", "telephone", "mobile", "tel"),
    "skills": ("skills", "skill", "tags", "categories"),
    "notes": ("notes", "note", "comment", "comments", "remarks"),
    "url": ("url", "website", "profile", "link"),
    "timezone": ("timezone", "time zone", "tz"),
    "talent": ("talent", "person", "freelancer", "name", "payee"),
    "date": ("date", "paid on", "day", "paid"),
    "amount": ("amount", "sum", "total", "value"),
    "reference": ("reference", "ref", "ref id", "transaction id", "id"),
}
KIND_WORDS = {"hourly": "hourly", "hours": "hourly", "fixed": "milestone", "fixed price": "milestone",
              "milestone": "milestone", "bonus": "bonus", "weekly": "weekly_payment", "weekly payment": "weekly_payment",
              "retainer": "weekly_payment", "fee": "fee", "refund": "refund", "other": "other", "": "other"}


@dataclass
class Options:
    mapping: dict[str, str]  # field -> column (header text, or a 1-based number)
    encoding: str | None = None
    delimiter: str | None = None
    locale: str | None = None  # e.g. de_CH: amounts and dates as that locale writes them (Babel's CLDR data)
    create_missing: bool = False
    skill_separator: str = ";"


def resolve_columns(table: csv_in.Table, what: str, mapping: dict[str, str]) -> dict[str, int]:
    """field -> column index; unknown fields or columns raise a message naming what exists."""
    fields = FIELDS[what]
    headers = [csv_in.normal_header(h) for h in table.header]
    columns: dict[str, int] = {}
    for field_name, column in mapping.items():
        if field_name not in fields:
            raise InterchangeError(f"“{field_name}” is not a {what[:-1]} field; the fields are {', '.join(fields)}")
        column = str(column).strip()
        if column.isdigit() and 1 <= int(column) <= len(headers) and csv_in.normal_header(column) not in headers:
            columns[field_name] = int(column) - 1
        elif csv_in.normal_header(column) in headers:
            columns[field_name] = headers.index(csv_in.normal_header(column))
        else:
            raise InterchangeError(f"the file has no column “{column}” (for {field_name}); its columns are: "
                                   + ", ".join(table.header), line=table.header_line)
    for field_name, index in guess_columns(table, what).items():
        if field_name not in columns and index not in columns.values():
            columns[field_name] = index
    missing = [f for f in REQUIRED[what] if f not in columns]
    if missing:
        raise InterchangeError(
            f"choose the column that holds {', '.join(missing)} (on the command line: --map {missing[0]}=COLUMN); "
            "the columns are: "
            + ", ".join(table.header), line=table.header_line)
    return columns


def guess_columns(table: csv_in.Table, what: str) -> dict[str, int]:
    """Fields whose column is named like them (``E-mail`` for email…): what a mapping starts from."""
    headers = [csv_in.normal_header(h) for h in table.header]
    guessed: dict[str, int] = {}
    for field_name in FIELDS[what]:
        for alias in ALIASES.get(field_name, (field_name,)):
            key = csv_in.normal_header(alias)
            if key in headers and headers.index(key) not in guessed.values():
                guessed[field_name] = headers.index(key)
                break
    return guessed


def read(path: Path, options: Options) -> csv_in.Table:
    return csv_in.read_table(Path(path), encoding=options.encoding, delimiter=options.delimiter)


def import_file(what: str, path: Path, options: Options, *, dry_run: bool = False,
                report: Callable[[float, str], None] | None = None) -> ImportReport:
    if what not in FIELDS:
        raise InterchangeError(f"import talents or payments, not “{what}”")
    progress = report or (lambda _f, _t: None)
    path = Path(path)
    table = read(path, options)
    try:
        columns = resolve_columns(table, what, options.mapping)
    except InterchangeError as exc:
        raise InterchangeError(exc.message, line=exc.line, path=str(path)) from None
    result = ImportReport(source=path.name, kind=f"csv {what}", dry_run=dry_run, rows=len(table.rows))
    result.details.update(encoding=table.encoding, delimiter=table.delimiter)
    for note in table.notes:
        result.warn(note)
    records = list(csv_in.iter_records(table, columns, result))
    try:
        with all_or_nothing(dry_run):
            if what == "talents":
                _talents(records, options, result, progress)
            else:
                _payments(records, options, result, progress, str(path))
    except InterchangeError as exc:
        if exc.path is None and not isinstance(exc, UnmatchedNames):
            raise InterchangeError(exc.message, line=exc.line, path=str(path)) from None
        raise
    return result


# -- talents --------------------------------------------------------------------------


def _split(text: str, separator: str) -> list[str]:
    parts = text.split(separator) if separator in text else text.split(",")
    return [p.strip() for p in parts if p.strip()]


def _talents(records, options: Options, result: ImportReport, progress) -> None:
    by_email = import_store.talent_ids_by_email()
    by_name: dict[str, int] = {}
    for tid, name in import_store.talent_names_by_id():
        by_name.setdefault(name_key(name), tid)
    for index, (line, rec) in enumerate(records):
        if index % 200 == 0:
            progress(index / max(1, len(records)), "Importing people…")
        name = rec.get("name", "")
        if not name:
            result.skip("row with no name", "the name is empty", line)
            continue
        email = rec.get("email", "")
        existing = by_email.get(email.casefold()) if email else None
        existing = existing or by_name.get(name_key(name))
        incoming = people_merge.Incoming(
            name=name, **{f: rec.get(f, "") for f in ("headline", "location", "timezone", "languages", "notes")},
            channels=[talent_service.Channel(kind, value) for kind in ("email", "phone", "chat")
                      for value in (_split(rec[kind], options.skill_separator) if rec.get(kind) else [])],
            links=[talent_service.Link(rec["url"])] if rec.get("url") else [],
            skills=_split(rec.get("skills", ""), options.skill_separator))
        try:
            if existing:
                # The merge policy of every import of people: fill what is empty, add what is new,
                # report what differs and keep the user's value; private notes are never touched.
                merged = people_merge.merge(talent_service.load_input(existing), incoming)
                for conflict in merged.conflicts:
                    result.conflict(name, conflict.field, conflict.ours, conflict.theirs, line)
                if not (merged.filled or merged.added):
                    result.skip(name, "nothing new" if merged.conflicts else "already up to date", line)
                    continue
                talent_service.update_talent(existing, merged.data)
                result.update(name, line, reason=", ".join([*(f"{f} filled" for f in merged.filled),
                                                            *(f"{a} added" for a in merged.added)]))
            else:
                tid = talent_service.create_talent(people_merge.new_person(incoming))
                by_name[name_key(name)] = tid
                if email:
                    by_email[email.casefold()] = tid
                result.add(name, line, table="talent")
        except ValidationError as exc:
            raise InterchangeError(f"{exc.field}: {exc.message}", line=line) from None


# -- payments -------------------------------------------------------------------------



def _payments(records, options: Options, result: ImportReport, progress, path: str) -> None:
    try:
        cells = LocaleCells(options.locale)
    except ValueError as exc:
        raise InterchangeError(str(exc)) from None
    default_currency = settings.get("default_currency") or "USD"
    names = sorted({rec["talent"] for _line, rec in records if rec.get("talent")}, key=str.casefold)
    matches = match_names(names)
    people: dict[str, int] = dict(matches.exact)
    unmatched = [n for n in names if n not in people]
    if unmatched and not options.create_missing:
        raise UnmatchedNames(unmatched, {n: matches.close[n][1] for n in unmatched if n in matches.close}, path=path)
    for name in unmatched:
        people[name] = talent_service.create_talent(talent_service.TalentInput(name=name, notes="Added by a CSV import."))
        result.add(f"person {name}", table="talent")
    matcher = ContractMatcher("csv", "CSV")
    currency_of: dict[int, str] = {}
    occurrences: Counter = Counter()
    keyed: list[tuple[str, int, tuple, int | None]] = []  # (key, line, row, amount in the contract currency)
    for index, (line, rec) in enumerate(records):
        if index % 5000 == 0:
            progress(0.2 + 0.6 * index / max(1, len(records)), "Reading payments…")
        if not rec.get("talent"):
            result.skip("payment with no person", "the talent column is empty", line)
            continue
        try:
            day = cells.date(rec["date"])
            amount = cells.amount(rec["amount"])
            currency = check_currency(rec.get("currency") or default_currency)
            kind_word = " ".join(rec.get("kind", "").casefold().replace("-", " ").split())
            kind = KIND_WORDS.get(kind_word, kind_word if kind_word in PAYMENT_KINDS else None)
            if kind is None:
                result.warn(f"unknown payment kind “{rec['kind']}”; imported as other", line)
                kind = "other"
            amount = abs(amount)  # money out written with its sign, or a refund written as money back
            minor = to_minor(amount, currency, allow_negative=False)
            minutes = None
            if rec.get("hours"):
                minutes = int(round(cells.amount(rec["hours"]) * 60))
                v.integer(minutes, "hours", low=0, high=10**7)
            description = v.text(rec.get("description", ""), "description", max_length=2000)
        except ValueError as exc:
            raise InterchangeError(str(exc), line=line) from None
        except ValidationError as exc:
            raise InterchangeError(f"{exc.field}: {exc.message}", line=line) from None
        if minor < 0 or minor > 10**15:
            raise InterchangeError(f"the amount {amount} is out of range", line=line)
        talent_id = people[rec["talent"]]
        if rec.get("reference"):
            key = f"csv:{rec['reference'][:70]}"
        else:
            basis = f"{talent_id}|{day}|{minor}|{currency}|{kind}|{description}"
            occurrences[basis] += 1
            key = "csv:" + hashlib.sha1(f"{basis}|{occurrences[basis]}".encode()).hexdigest()
        contract_id = _contract_by_title(talent_id, rec.get("contract", "")) or matcher.find(
            talent_id, day, kind, None, currency)
        if contract_id not in currency_of:
            currency_of[contract_id] = contract_service.get(contract_id).currency
        try:
            converted = contract_service.check_payment_currency(
                currency_of[contract_id], currency,
                to_minor(abs(cells.amount(rec["contract_amount"])), currency_of[contract_id])
                if rec.get("contract_amount") else None)
        except ValueError as exc:
            raise InterchangeError(str(exc), line=line) from None
        except ValidationError as exc:
            raise InterchangeError(f"{exc.field}: {exc.message} (map that column as contract_amount)",
                                   line=line) from None
        keyed.append((key, line, (new_uuid(), contract_id, kind, minor, currency, day.isoformat(), minutes,
                                  description, key, "csv"), converted))
    existing = set(import_store.existing_payment_refs([k for k, _l, _v, _c in keyed]))
    values, conversions, seen = [], [], set()
    for key, line, row, converted in keyed:
        if key in existing or key in seen:
            result.skip(f"payment {row[5]} {row[3]} {row[4]}", "already imported", line)
            continue
        seen.add(key)
        values.append(row)
        if converted is not None:
            conversions.append((row[0], converted))
        result.add(f"{row[2]} payment on {row[5]}", line)
    import_store.insert_payments(import_store.PAYMENT_PLAIN, values)
    import_store.insert_conversions_by_uuid(conversions)
    result.counts["payment"] += len(values)
    for made in matcher.created:
        result.add(f"contract “{made.title}” with {made.talent_name}", table="contract")
    matcher.finish()


def _contract_by_title(talent_id: int, title: str) -> int | None:
    """The person's contract the file names, as the program shows it: title, UUID or marketplace id."""
    if not title:
        return None
    found = import_store.contract_named(talent_id, title)
    return found.id if found else None
