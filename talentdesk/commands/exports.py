"""``talentdesk export csv|vcard|ics --out FILE``: every list and every person, in files others read."""
from __future__ import annotations

from pathlib import Path

LISTS = ("talents", "contracts", "payments", "worklog", "messages", "interactions", "timeline", "review", "tax-year")


def register(sub) -> None:
    p = sub.add_parser("export", help="export a list as CSV, people as vCard, dates as iCalendar",
                       description="Write a file other programs read; the file appears whole or not at all.")
    kinds = p.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    cs = kinds.add_parser("csv", help="one list as CSV (UTF-8 with BOM, CRLF, ISO dates, formulas made inert)")
    cs.add_argument("list", choices=LISTS)
    cs.add_argument("--out", required=True, type=Path, metavar="FILE")
    _people_options(cs, "talents: ")
    cs.add_argument("--year", type=int, metavar="YYYY",
                    help="tax-year: the tax year that starts in YYYY (default: this year)")
    cs.set_defaults(handler=run_csv)
    vc = kinds.add_parser("vcard", help="everyone on the bench as vCards")
    vc.add_argument("--out", required=True, type=Path, metavar="FILE")
    vc.add_argument("--version", choices=("3.0", "4.0"), default="3.0", dest="vcard_version",
                    help="vCard version (default 3.0)")
    _people_options(vc)
    vc.set_defaults(handler=run_vcard)
    ic = kinds.add_parser("ics", help="contract ends, milestones, feedback windows, check-ins and review reminders")
    ic.add_argument("--out", required=True, type=Path, metavar="FILE")
    ic.set_defaults(handler=run_ics)


def _people_options(parser, prefix: str = "") -> None:
    parser.add_argument("--include-notes", action="store_true",
                        help=prefix + "also write each person's private notes (left out by default)")
    parser.add_argument("--include-archived", action="store_true",
                        help=prefix + "also write archived and do-not-rehire people (left out by default)")


def _run(args, fn, *fn_args, what: str, **kwargs) -> int:
    from ..cli import open_folder

    db = open_folder(args, write=False)
    try:
        count = fn(*fn_args, **kwargs)
    finally:
        db.close()
    print(f"Wrote {count:,} {what} to {args.out}")
    return 0


def run_csv(args) -> int:
    from ..interchange import exports

    if args.list == "tax-year":
        import datetime as dt

        from ..interchange import tax_year_csv

        return _run(args, tax_year_csv.export_csv, args.year or dt.date.today().year, args.out, what="payments")

    return _run(args, exports.export_csv, args.list, args.out, what="rows",
                include_notes=args.include_notes, include_archived=args.include_archived)


def run_vcard(args) -> int:
    from ..interchange import vcard

    return _run(args, vcard.export_file, args.out, version=args.vcard_version, what="people",
                include_notes=args.include_notes, include_archived=args.include_archived)


def run_ics(args) -> int:
    from ..interchange import ics

    return _run(args, ics.export_file, args.out, what="events and to-dos")
