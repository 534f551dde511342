"""``talentdesk report …``: the PDF summaries, written headless.

    talentdesk report talent PERSON [--out FILE.pdf | --out FOLDER]
    talentdesk report contract CONTRACT [--out …]
    talentdesk report review [SESSION] [--out …]
    talentdesk report spend --year YYYY [--out …]
    talentdesk report tax-year --year YYYY [--out …]
    talentdesk report me [--months N] [--out …]

A record is named as the program shows it (services/resolve.py): a UUID, a marketplace id, a name or title.
Without a file name the PDF is named as the window names it (reports/file_names.py: person, title, date),
in the current folder or the folder given.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from .words import tr

PAPERS = ("A4", "Letter")


def register(sub) -> None:
    p = sub.add_parser("report", help="write a PDF summary (person, contract, review session, yearly spend, tax year)",
                       description="Write a PDF summary of the data folder. Paper follows the paper_size setting, "
                       "else the locale (Letter in the US and Canada, A4 elsewhere).")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    def common(q) -> None:
        q.add_argument("--out", type=Path, metavar="FILE.pdf",
                       help="where to write the PDF: a file, or a folder for the usual name (person - title - date.pdf); "
                            "default: that name in the current folder")
        q.add_argument("--paper", choices=PAPERS, help="override the paper size")
        q.add_argument("--no-pdfa", action="store_true", help="write plain PDF instead of PDF/A-1b")
        q.set_defaults(handler=run)

    q = kinds.add_parser("talent", help="a person's dossier", description="A person's dossier.")
    q.add_argument("who", metavar="PERSON", help="their UUID (talents export), their name or an unambiguous part of it")
    common(q)
    q = kinds.add_parser("contract", help="a contract's summary", description="A contract's summary.")
    q.add_argument("contract", metavar="CONTRACT",
                   help="its UUID (contracts export), its marketplace id, its title or an unambiguous part of it")
    common(q)
    q = kinds.add_parser("review", help="what a review session decided",
                         description="What a review session decided (the latest session without SESSION_ID).")
    q.add_argument("session", nargs="?", metavar="SESSION", help="its UUID or the day it started (YYYY-MM-DD)")
    common(q)
    q = kinds.add_parser("spend", help="spend in one year, per person and month",
                         description="Spend in one year, per person and per month, by payment kind.")
    q.add_argument("--year", type=int, default=dt.date.today().year, metavar="YYYY",
                   help="the calendar year (default: this year)")
    common(q)
    q = kinds.add_parser("tax-year", help="every payment of a tax year per person, in the home currency",
                         description="Every payment of a tax year to each person: date, kind, original and converted "
                         "amount, totals, and who lacks a legal name, a country or a tax form. The year starts on "
                         "the tax_year_start setting (1 January: the calendar year).")
    q.add_argument("--year", type=int, default=dt.date.today().year, metavar="YYYY",
                   help="the tax year that starts in YYYY (default: this year)")
    common(q)
    q = kinds.add_parser("me", help="one page on working with me, to share with a new hire",
                         description="One page on working with me as a client: my hours and channels, how fast I "
                         "answer, approve and pay, how long people stay, and the received comments chosen to quote "
                         "(on the review screen's My record page).")
    q.add_argument("--months", type=int, choices=(1, 3, 6, 12, 24), default=12,
                   help="the figures over this many months up to today (default: 12)")
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
    from ..app import translation

    translation.install(app)  # "1 week", not "1 week(s)", in the PDFs written from the command line too
    return app


def _subject(args):
    """The record the report is about: an unknown or ambiguous name raises NotFound / Ambiguous (listing
    the matches), and the command exits 1."""
    from ..services import resolve

    if args.report == "talent":
        return resolve.talent(args.who)
    if args.report == "contract":
        return resolve.contract(args.contract)
    if args.report == "review":
        return resolve.review_session(args.session) if args.session else None
    if args.report == "me":
        return args.months
    return args.year


def _out_folder(args) -> Path | None:
    """The folder to name the file in, or None when --out names the file itself."""
    if args.out is None:
        return Path.cwd()
    return args.out if args.out.is_dir() else None


def run(args) -> int:
    from .. import reports
    from ..cli import CommandError, data_dir_of, open_folder, team_url_of
    from ..reports.file_names import default_file_name
    from ..store.schema import DATABASE_FILE

    data_dir = data_dir_of(args)
    if not team_url_of(args) and not (data_dir / DATABASE_FILE).exists():
        raise CommandError(tr("{folder} holds no TalentDesk database.").format(folder=data_dir))
    folder = _out_folder(args)
    if folder is None and args.out.suffix.lower() != ".pdf":
        raise CommandError(tr("{file}: the output file should end in .pdf.").format(file=args.out))
    if folder is None and not args.out.parent.is_dir():
        raise CommandError(tr("{folder} is not a folder.").format(folder=args.out.parent))
    open_folder(args, write=False)
    _gui_application()
    subject = _subject(args)
    out = folder / default_file_name(args.report, subject) if folder is not None else args.out
    write = {"talent": reports.talent_dossier, "contract": reports.contract_summary,
             "review": reports.review_session, "spend": reports.yearly_spend,
             "tax-year": reports.tax_year_report, "me": reports.working_with_me}[args.report]
    written = write(subject, out, paper=args.paper, pdf_a=not args.no_pdfa)
    print(tr("Wrote {file} (%n page(s)): {title}", written.pages).format(file=written.path, title=written.title))
    return 0
