"""``talentdesk report …``: the PDF summaries, written headless.

    talentdesk report talent NAME_OR_ID --out FILE.pdf
    talentdesk report contract ID --out FILE.pdf
    talentdesk report review [SESSION_ID] --out FILE.pdf
    talentdesk report spend --year YYYY --out FILE.pdf
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

PAPERS = ("A4", "Letter")


def register(sub) -> None:
    p = sub.add_parser("report", help="write a PDF summary (person, contract, review session, yearly spend)",
                       description="Write a PDF summary of the data folder. Paper follows the paper_size setting, "
                       "else the locale (Letter in the US and Canada, A4 elsewhere).")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    def common(q) -> None:
        q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")
        q.add_argument("--paper", choices=PAPERS, help="override the paper size")
        q.add_argument("--no-pdfa", action="store_true", help="write plain PDF instead of PDF/A-1b")
        q.set_defaults(handler=run)

    q = kinds.add_parser("talent", help="a person's dossier", description="A person's dossier.")
    q.add_argument("who", metavar="NAME_OR_ID", help="an id, a UUID, a full name or part of one")
    common(q)
    q = kinds.add_parser("contract", help="a contract's summary", description="A contract's summary.")
    q.add_argument("contract_id", type=int, metavar="ID")
    common(q)
    q = kinds.add_parser("review", help="what a review session decided",
                         description="What a review session decided (the latest session without SESSION_ID).")
    q.add_argument("session_id", type=int, nargs="?", metavar="SESSION_ID")
    common(q)
    q = kinds.add_parser("spend", help="spend in one year, per person and month",
                         description="Spend in one year, per person and per month, by payment kind.")
    q.add_argument("--year", type=int, default=dt.date.today().year, metavar="YYYY",
                   help="the calendar year (default: this year)")
    common(q)


def _gui_application():
    """Reports draw with QtGui: they need a QGuiApplication, offscreen when there is no display."""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtGui import QGuiApplication

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName("TalentDesk")
        app = QGuiApplication(sys.argv[:1])
        QLocale.setDefault(QLocale.system())
    return app


def run(args) -> int:
    from .. import reports
    from ..cli import CommandError, data_dir_of, open_folder
    from ..services import talents
    from ..store.schema import DATABASE_FILE

    data_dir = data_dir_of(args)
    if not (data_dir / DATABASE_FILE).exists():
        raise CommandError(f"{data_dir} holds no TalentDesk database.")
    if args.out.suffix.lower() != ".pdf":
        raise CommandError(f"{args.out}: the output file should end in .pdf.")
    if not args.out.parent.is_dir():
        raise CommandError(f"{args.out.parent} is not a folder.")
    open_folder(args, write=False)
    _gui_application()
    options = {"paper": args.paper, "pdf_a": not args.no_pdfa}
    if args.report == "talent":
        found = talents.find_by_name_or_id(args.who)
        if not found:
            raise CommandError(f"no talent matches “{args.who}”.")
        if len(found) > 1:
            print(f"talentdesk: “{args.who}” matches {len(found)} people; give an id:", file=sys.stderr)
            for t in found:
                print(f"  {t.id:>6}  {t.name}", file=sys.stderr)
            return 1
        written = reports.talent_dossier(found[0].id, args.out, **options)
    elif args.report == "contract":
        written = reports.contract_summary(args.contract_id, args.out, **options)
    elif args.report == "review":
        written = reports.review_session(args.session_id, args.out, **options)
    else:
        written = reports.yearly_spend(args.year, args.out, **options)
    page_word = "page" if written.pages == 1 else "pages"
    print(f"Wrote {written.path} ({written.pages} {page_word}): {written.title}")
    return 0
