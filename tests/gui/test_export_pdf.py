"""Export PDF from the window: ask where, write off the GUI thread, offer to open the file."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QFileDialog, QInputDialog

from talentdesk.reports.fmt import Formatter, paper_for
from talentdesk.views.dialogs import export_pdf
from tests import report_world


@pytest.fixture
def world(db):
    return report_world.build()


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    asked = []

    def fake(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "chosen"), filters  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def first_page(path) -> str:
    return re.sub(r"\s+", " ", PdfReader(path).pages[0].extract_text())


def _saved_box(qtbot):
    qtbot.waitUntil(lambda: getattr(export_pdf.offer_to_open, "last_box", None) is not None
                    and export_pdf.offer_to_open.last_box.isVisible(), timeout=20_000)
    return export_pdf.offer_to_open.last_box


def test_talent_export_writes_the_pdf_and_offers_to_open_it(qtbot, world, make_window, save_to, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(export_pdf.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    window = make_window()
    export_pdf.offer_to_open.last_box = None
    export_pdf.export_talent_pdf(window, window.ctx, world["talent"][report_world.ACCENTED])
    box = _saved_box(qtbot)
    today = dt.date.today().isoformat()
    assert save_to[0].endswith(f"/{report_world.ACCENTED} - Dossier - {today}.pdf")  # the suggested name
    target = tmp_path / "chosen.pdf"
    assert "chosen.pdf" in box.text()
    assert report_world.ACCENTED in first_page(target)
    box.buttons()[0].click()  # Open
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].toLocalFile() == str(target)


def test_file_menu_yearly_spend_asks_for_a_year(qtbot, world, make_window, save_to, tmp_path, monkeypatch):
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda parent, title, label, items, current, editable: (offered.extend(items) or
                                                                                            items[0], True)))
    window = make_window()
    action = window.action_spend_report
    assert action in window.menu_file.actions()
    assert window.menu_file.actions().index(action) < window.menu_file.actions().index(window.menu_backup_anchor)
    export_pdf.offer_to_open.last_box = None
    action.trigger()
    box = _saved_box(qtbot)
    assert offered == ["2025", "2024"]
    assert save_to[0].endswith(f"/Yearly spend 2025 - {dt.date.today().isoformat()}.pdf")
    assert "Spend in 2025" in first_page(tmp_path / "chosen.pdf")
    box.buttons()[1].click()


def test_review_export_without_sessions_says_so(qtbot, db, make_window, save_to, monkeypatch):
    shown = []
    monkeypatch.setattr("talentdesk.app.tasks.show_error", lambda parent, exc, details="": shown.append(str(exc)))
    window = make_window()
    export_pdf.export_review_pdf(window, window.ctx, None)
    qtbot.waitUntil(lambda: bool(shown))
    assert "no review sessions" in shown[0] and not save_to


def test_locale_formats_money_dates_and_paper():
    de = Formatter(QLocale("de_DE"))
    assert de.money(123450, "EUR") == "1.234,50\u00a0€"
    assert de.date(dt.date(2026, 3, 4)) == "04.03.2026"
    us = Formatter(QLocale("en_US"))
    assert us.money(123450, "EUR") == "€1,234.50" and us.money(1234, "JPY") == "¥1,234"
    assert us.money(8000, "CHF") == "CHF\u00a080.00"
    assert us.date(dt.date(2026, 3, 4)) == "3/4/2026"
    assert paper_for("", QLocale("en_US")) == QPageSize.PageSizeId.Letter
    assert paper_for("", QLocale("en_CA")) == QPageSize.PageSizeId.Letter
    assert paper_for("", QLocale("de_DE")) == QPageSize.PageSizeId.A4
    assert paper_for("Letter", QLocale("de_DE")) == QPageSize.PageSizeId.Letter


def test_the_contract_export_suggests_person_title_and_date(qtbot, world, make_window, save_to, tmp_path):
    window = make_window()
    export_pdf.offer_to_open.last_box = None
    export_pdf.export_contract_pdf(window, window.ctx, world["contract"]["Payments API rewrite"])
    _saved_box(qtbot).buttons()[1].click()
    today = dt.date.today().isoformat()
    assert save_to[0].endswith(f"/{report_world.JAPANESE} - Payments API rewrite - {today}.pdf")


def test_file_menu_tax_year_asks_for_a_tax_year_from_the_settings(qtbot, world, make_window, save_to, tmp_path,
                                                                  monkeypatch):
    from talentdesk.services import settings

    settings.set("tax_year_start_month", 4)
    settings.set("tax_year_start_day", 6)
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda parent, title, label, items, current, editable: (offered.extend(items) or
                                                                                            items[0], True)))
    window = make_window()
    action = window.action_tax_year_report
    assert window.menu_file.actions().index(action) < window.menu_file.actions().index(window.menu_backup_anchor)
    export_pdf.offer_to_open.last_box = None
    action.trigger()
    box = _saved_box(qtbot)
    assert offered[0] == "2025/26" and all("/" in year for year in offered)
    assert save_to[0].endswith(f"/Tax year 2025 - {dt.date.today().isoformat()}.pdf")
    assert "Tax year 2025/26" in first_page(tmp_path / "chosen.pdf")
    box.buttons()[1].click()
