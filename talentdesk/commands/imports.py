"""``talentdesk import upwork|csv|vcard|rates FILE``: all or nothing, with a report of what was done."""
from __future__ import annotations

import argparse
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("import", help="import a marketplace export, a CSV file or vCards",
                       description="Import into the data folder in one transaction: on any error nothing changes.")
    kinds = p.add_subparsers(dest="import_kind", metavar="KIND", required=True)

    up = kinds.add_parser("upwork", help="an Upwork transaction history (either layout) or weekly summary CSV")
    up.add_argument("file", type=Path)
    up.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    up.add_argument("--create-missing", action="store_true", help="add people named in the file who are not on the bench")
    up.add_argument("--accept-close", action="store_true",
                    help="use the bench's closest name for a near match (e.g. a typo or swapped first/last name)")
    up.add_argument("--talent", metavar="NAME", help="the person a weekly summary's new contracts are with")
    up.add_argument("--encoding", help="the file's encoding (default: detected)")
    up.set_defaults(handler=run_upwork)

    cs = kinds.add_parser("csv", help="talents or payments from any CSV, with a column mapping")
    cs.add_argument("what", choices=("talents", "payments"))
    cs.add_argument("file", type=Path)
    cs.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                    help="which column holds a field (repeatable); talents: name, headline, location, timezone, "
                    "languages, email, phone, chat, url, skills, notes; payments: talent, date, amount, currency, "
                    "kind, contract, description, reference, hours")
    cs.add_argument("--encoding", help="the file's encoding (default: UTF-8 or UTF-16 by BOM, else Windows-1252)")
    cs.add_argument("--delimiter", help="the delimiter (default: sniffed from , ; TAB |); write \\t for TAB")
    cs.add_argument("--locale", help="the locale numbers and dates are written in, e.g. de_DE for 1.234,50 and 31.12.2026")
    cs.add_argument("--create-missing", action="store_true", help="add people named in the file who are not on the bench")
    cs.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    cs.set_defaults(handler=run_csv)

    vc = kinds.add_parser("vcard", help="people from a vCard file (2.1, 3.0, 4.0)")
    vc.add_argument("file", type=Path)
    vc.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    vc.set_defaults(handler=run_vcard)
    ra = kinds.add_parser("rates", help="exchange rates: the ECB's eurofxref(-hist) CSV or ZIP, or date,currency,rate",
                          description="Exchange rates per euro, as the European Central Bank publishes them (download "
                          "eurofxref-hist.zip or eurofxref.zip from its site), or a CSV with the columns date, "
                          "currency and rate (units of the currency one euro bought). A bad cell refuses the whole "
                          "file, naming its line.")
    ra.add_argument("file", type=Path)
    ra.add_argument("--dry-run", action="store_true", help="show what would be imported; change nothing")
    ra.set_defaults(handler=run_rates)


def _open(args):
    from ..cli import open_folder

    return open_folder(args, write=True)


def _print(result) -> int:
    for line in result.lines():
        print(line)
    return 0


def run_upwork(args) -> int:
    from ..interchange import upwork

    db = _open(args)
    try:
        return _print(upwork.import_file(args.file, dry_run=args.dry_run, create_missing=args.create_missing,
                                         accept_close=args.accept_close, talent=args.talent, encoding=args.encoding))
    finally:
        db.close()


def parse_map(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise argparse.ArgumentTypeError(f"--map takes FIELD=COLUMN, not {item!r}")
        mapping[field.strip().casefold()] = column.strip()
    return mapping


def run_csv(args) -> int:
    from ..cli import CommandError
    from ..interchange import csv_import

    try:
        mapping = parse_map(args.map)
    except argparse.ArgumentTypeError as exc:
        raise CommandError(str(exc)) from None
    delimiter = args.delimiter.replace("\\t", "\t").replace("TAB", "\t") if args.delimiter else None
    options = csv_import.Options(mapping=mapping, encoding=args.encoding, delimiter=delimiter, locale=args.locale,
                                 create_missing=args.create_missing)
    db = _open(args)
    try:
        return _print(csv_import.import_file(args.what, args.file, options, dry_run=args.dry_run))
    finally:
        db.close()


def _file_only(args, import_file) -> int:
    """An importer that takes just the file (and --dry-run)."""
    db = _open(args)
    try:
        return _print(import_file(args.file, dry_run=args.dry_run))
    finally:
        db.close()


def run_vcard(args) -> int:
    from ..interchange import vcard

    return _file_only(args, vcard.import_file)


def run_rates(args) -> int:
    from ..interchange import rates

    return _file_only(args, rates.import_file)
