"""PDF summaries drawn with QtGui (QPdfWriter, QTextDocument, QPainter): no widgets.

Each function gathers its data through talentdesk.services.report_data, lays it out and
writes the PDF at ``out``. They run on any thread (the window runs them on its database
lane; the command line on the main thread) once a QGuiApplication exists.
``report(fraction, text)``, when given, is told how far the work is.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from ..services import report_data
from .document import PdfOptions, Report
from .fmt import Formatter, paper_for, report_locale, tr
from .fonts import ensure_fonts

Progress = Callable[[float, str], None]


@dataclass
class Written:
    path: Path
    pages: int
    title: str


def options_from_settings(locale: QLocale | None = None, paper: str | None = None, pdf_a: bool = True) -> PdfOptions:
    """Paper from the argument, else the "paper_size" setting, else the locale; author from "user_name"."""
    setting = paper if paper is not None else report_data.paper_setting()
    return PdfOptions(paper=paper_for(setting, locale or QLocale()), pdf_a=pdf_a, author=report_data.author())


def _write(build: Callable[[Formatter], Report], out: Path | str, report: Progress | None,
           paper: str | None, pdf_a: bool) -> Written:
    ensure_fonts()
    if report:
        report(0.05, tr("Gathering the figures…"))
    fmt = Formatter(report_locale(), report_data.date_format())
    document = build(fmt)
    if report:
        report(0.3, tr("Laying out pages…"))
    path = document.save(out, options_from_settings(paper=paper, pdf_a=pdf_a), report)
    return Written(path, document.page_count, f"{document.title}: {document.subject}")


def talent_dossier(talent_id: int, out: Path | str, report: Progress | None = None, *,
                   paper: str | None = None, pdf_a: bool = True) -> Written:
    from . import dossier

    return _write(lambda fmt: dossier.build(report_data.dossier(talent_id), fmt), out, report, paper, pdf_a)


def contract_summary(contract_id: int, out: Path | str, report: Progress | None = None, *,
                     paper: str | None = None, pdf_a: bool = True) -> Written:
    from . import contract

    return _write(lambda fmt: contract.build(report_data.contract_summary(contract_id), fmt),
                  out, report, paper, pdf_a)


def review_session(session_id: int | None, out: Path | str, report: Progress | None = None, *,
                   paper: str | None = None, pdf_a: bool = True) -> Written:
    from . import review

    return _write(lambda fmt: review.build(report_data.review_session(session_id), fmt), out, report, paper, pdf_a)


def yearly_spend(year: int, out: Path | str, report: Progress | None = None, *,
                 paper: str | None = None, pdf_a: bool = True) -> Written:
    from . import spend

    return _write(lambda fmt: spend.build(report_data.yearly_spend(year), fmt), out, report, paper, pdf_a)


def tax_year_report(year: int, out: Path | str, report: Progress | None = None, *,
             paper: str | None = None, pdf_a: bool = True) -> Written:
    from ..services import tax_year as tax_service
    from . import tax_year as layout

    return _write(lambda fmt: layout.build(tax_service.tax_year(year), fmt), out, report, paper, pdf_a)


def working_with_me(months: int | None, out: Path | str, report: Progress | None = None, *,
                    paper: str | None = None, pdf_a: bool = True) -> Written:
    """The one-page "working with me" sheet over the last ``months`` (services/my_record.py)."""
    from ..services import my_record
    from . import client_page as page

    months = months or my_record.DEFAULT_MONTHS
    return _write(lambda fmt: page.build(my_record.working_with_me(months), fmt), out, report, paper, pdf_a)


def plan_summary(plan_id: int, out: Path | str, report: Progress | None = None, *,
                 paper: str | None = None, pdf_a: bool = True) -> Written:
    from ..services import planner
    from . import plan

    return _write(lambda fmt: plan.build(planner.plan_report(plan_id), fmt), out, report, paper, pdf_a)
