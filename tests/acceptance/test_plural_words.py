"""Counts read as English: "1 person", "3 days" — never "1 days", "1 person(s)" or "1 talents".

Every count the screens and PDFs say goes through Qt's plural forms (``tr("%n day(s)", "", n)``) with the
English catalogue resources/i18n/talentdesk_en.ts; the layers without Qt use ``services.labels.plural``.
The source is checked for counts written any other way, the catalogue for a form of every count, and the
rendered screens and PDFs of the demo data for a slip that got through."""
from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabBar

from talentdesk import reports
from talentdesk.services import demo
from talentdesk.services.labels import plural
from talentdesk.store.schema import open_database

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "talentdesk_en.ts"
# A count followed by a plural noun, or a "(s)" left for the reader: what people must never read.
NOT_A_NOUN = r"(?:is|was|has|holds|does|plus|this|its|us|yes|less|across|as|allows|matches|unpacks)"  # and verbs
SLIP = re.compile(r"\((?:s|es)\)|(?<![\d.,:/\-])\b1\s+(?!" + NOT_A_NOUN + r"\b)([a-z]{2,}s)\b")
# In the source: a placeholder followed by a plural noun ("{n} days") is a count that bypasses the forms.
COUNT_IN_SOURCE = re.compile(r"\{[a-z_]+\}\s+(?!" + NOT_A_NOUN + r"\b|of\b)[a-z]{2,}s\b")
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def slips(text: str) -> list[str]:
    return [m.group(0) for m in SLIP.finditer(text)]


def test_the_checker_sees_a_slip():
    assert slips("1 days") == ["1 days"] and slips("Saved report.pdf (1 pages).") == ["1 pages"]
    assert slips("1 week(s) over the limit") == ["(s)"] and slips("1 talents · 3 contracts") == ["1 talents"]
    assert slips("1 person · 11 contracts · 21 days · 1 is new") == []


def translated_texts() -> list[tuple[str, int, str]]:
    """(file, line, text) of every literal handed to tr()/translate() in the program."""
    found = []
    for path in sorted((ROOT / "talentdesk").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call):
                continue
            name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if name in TRANSLATING:
                found += [(str(path.relative_to(ROOT)), call.lineno, arg.value) for arg in call.args
                          if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    return found


def catalogue() -> dict[str, list[str]]:
    root = ET.parse(CATALOGUE).getroot()
    return {m.findtext("source"): [f.text or "" for f in m.iter("numerusform")] for m in root.iter("message")}


def test_no_count_in_the_source_bypasses_the_plural_forms():
    texts = translated_texts()
    assert len(texts) > 500
    bypass = [f"{f}:{line}: {text!r}" for f, line, text in texts
              if COUNT_IN_SOURCE.search(text) or (re.search(r"\((?:s|es)\)", text) and not re.search(r"%L?n", text))]
    assert bypass == []


def test_every_count_has_its_english_forms():
    forms = catalogue()
    counts = {text for _f, _l, text in translated_texts() if re.search(r"%L?n", text)}
    assert counts, "no count found in the source"
    assert sorted(counts - set(forms)) == [], "add them to resources/i18n/talentdesk_en.ts"
    bad = {source: pair for source, pair in forms.items()
           if len(pair) != 2 or not all(pair) or any(re.search(r"\((?:s|es)\)", f) for f in pair)}
    assert bad == {}


def test_the_installed_forms_say_one_and_many(qapp):
    def say(text, n):
        return QCoreApplication.translate("AnyContext", text, "", n)

    assert say("%Ln people", 1) == "1 person" and say("%Ln people", 3) == "3 people"
    assert say("every %n day(s)", 1) == "every 1 day" and say("every %n day(s)", 0) == "every 0 days"
    assert say("%n week(s) over the limit, {h} in all: pay them as a bonus from Scope change.", 1).startswith(
        "1 week over")
    assert plural(1, "page", "pages") == "1 page" and plural(2, "page", "pages") == "2 pages"


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plural-demo")
    demo.generate(folder, "small")
    return folder


def shown_texts(widget) -> list[str]:
    """What a person can read in a widget: labels, buttons, tabs and the cells (and tips) of its views."""
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
             if w.isVisible()]
    for bar in widget.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())] if bar.isVisible() else []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        root = view.rootIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model (its columnCount is not callable from Python)
            columns = 1
        for row in range(min(model.rowCount(root), 60)):
            for column in range(columns):
                index = model.index(row, column, root)
                texts += [str(model.data(index, role) or "") for role in (Qt.DisplayRole, Qt.ToolTipRole)]
    return texts


def test_no_screen_and_no_pdf_of_the_demo_says_1_days(qtbot, demo_folder, tmp_path):
    from talentdesk.launcher import build_window

    from ..gui.conftest import settle

    window = build_window(demo_folder)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    found = []
    for name in ("bench", "workroom", "timeline", "review"):
        window.show_view(name)
        settle(qtbot, window)
        screen = window.screens[name]
        if hasattr(screen, "prepare_screenshot"):
            screen.prepare_screenshot()
            settle(qtbot, window)
        if name == "workroom":  # every tab of the contract shown
            for tabs in screen.findChildren(type(screen.tabs)) if hasattr(screen, "tabs") else []:
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    settle(qtbot, window)
                    found += [f"{name} tab {i}: {s}" for text in shown_texts(screen) for s in slips(text)]
        found += [f"{name}: {s} in {text!r}" for text in shown_texts(window) for s in slips(text)]
    found += [f"status: {s}" for s in slips(window.status_facts.text())]
    window.ctx.runner.wait()
    db = open_database(demo_folder)
    try:
        talent_ids = [r[0] for r in db.execute_sql("SELECT id FROM talent ORDER BY id LIMIT 3")]
        contract_ids = [r[0] for r in db.execute_sql("SELECT min(id) FROM contract GROUP BY kind")]
        for kind, ids, write in (("dossier", talent_ids, reports.talent_dossier),
                                 ("contract", contract_ids, reports.contract_summary)):
            for record in ids:
                out = write(record, tmp_path / f"{kind}-{record}.pdf").path
                text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
                found += [f"{kind} {record}: {s}" for s in slips(text)]
        out = reports.yearly_spend(dt.date.today().year, tmp_path / "spend.pdf").path
        found += [f"spend: {s}" for s in slips("\n".join(p.extract_text() for p in PdfReader(out).pages))]
    finally:
        db.close()
    assert found == []

