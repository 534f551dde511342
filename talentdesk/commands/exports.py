"""``talentdesk export csv|vcard|ics --out FILE``: every list and every person, in files others read."""
from __future__ import annotations

from pathlib import Path

LISTS = ("talents", "contracts", "payments", "worklog", "messages", "timeline", "review")


def register(sub) -> None:
    p = sub.add_parser("export", help="export a list as CSV, people as vCard, dates as iCalendar",
                       description="Write a file other programs read; the file appears whole or not at all.")
    kinds = p.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    cs = kinds.add_parser("csv", help="one list as CSV (UTF-8 with BOM, CRLF, ISO dates, formulas made inert)")
    cs.add_argument("list", choices=LISTS)
    cs.add_argument("--out", required=True, type=Path, metavar="FILE")
    cs.set_defaults(handler=run_csv)
    vc = kinds.add_parser("vcard", help="everyone on the bench as vCards")
    vc.add_argument("--out", required=True, type=Path, metavar="FILE")
    vc.add_argument("--version", choices=("3.0", "4.0"), default="3.0", dest="vcard_version",
                    help="vCard version (default 3.0)")
    vc.set_defaults(handler=run_vcard)
    ic = kinds.add_parser("ics", help="contract ends, milestones, feedback windows, check-ins and review reminders")
    ic.add_argument("--out", required=True, type=Path, metavar="FILE")
    ic.set_defaults(handler=run_ics)


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

    return _run(args, exports.export_csv, args.list, args.out, what="rows")


def run_vcard(args) -> int:
    from ..interchange import vcard

    return _run(args, vcard.export_file, args.out, version=args.vcard_version, what="people")


def run_ics(args) -> int:
    from ..interchange import ics

    return _run(args, ics.export_file, args.out, what="events and to-dos")
