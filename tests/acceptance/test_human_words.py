"""What people read never shows the program's own codes: every enumeration has words, and the PDFs and
the review cards on the demo data contain no ``snake_case`` code and no raw JSON."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QPushButton

from talentdesk import reports
from talentdesk.services import demo, review_rules, review_session
from talentdesk.services import labels as words
from talentdesk.store import models
from talentdesk.store.schema import open_database

# A code looks like "revoke_access" or "on_bench"; words people read have no underscores. One-word codes
# ("fixed", "hourly") cannot be told from words, so each enumeration's values are looked for too.
CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
JSON = re.compile(r"[{\[]\s*\"")


ONE_WORD_CODES = {value for values, _table in words.TABLES.values() for value in values if "_" not in value}
LABELLED = re.compile(r": (" + "|".join(sorted(ONE_WORD_CODES)) + r")\b(?=$|\n| ·|,)")


def codes_in(text: str) -> list[str]:
    """Codes in what a person reads; a one-word code counts where it stands as a value (after a colon, or
    as the whole text of a label), since "paid" or "active" are also ordinary words in a sentence."""
    alone = [text] if text.strip() in ONE_WORD_CODES else []
    return CODE.findall(text) + JSON.findall(text) + LABELLED.findall(text) + alone


def test_the_checker_sees_a_code():
    assert codes_in("Acted on: revoke_access") == ["revoke_access"]
    assert codes_in("Kind: fixed") == ["fixed"] and codes_in("fixed") == ["fixed"]
    assert codes_in("Kind: Fixed price") == []
    assert codes_in('facts {"end_date": 1}') != []
    assert codes_in("Acted on: Mark access revoked, 2026-11-30") == []


def test_every_stored_value_has_words():
    enumerations = {name for name, value in vars(models).items()
                    if name.isupper() and isinstance(value, tuple) and all(isinstance(v, str) for v in value)}
    assert enumerations == set(words.TABLES), "an enumeration has no table of words in services/labels.py"
    missing = [f"{name}: {value}" for name, (values, table) in words.TABLES.items() for value in values
               if value not in table]
    assert missing == []
    assert [text for _n, (_v, table) in words.TABLES.items() for text in table.values() if codes_in(text)] == []


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("words-demo")
    demo.generate(folder, "small")
    return folder


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_no_pdf_shows_a_code(qapp, demo_folder, tmp_path):
    db = open_database(demo_folder)
    try:
        # One contract of each kind and status, and every one whose ledger records a pause or a resume.
        contract_ids = [row[0] for row in db.execute_sql(
            "SELECT min(id) FROM contract GROUP BY kind, status UNION "
            "SELECT * FROM (SELECT contract_id FROM scope_change WHERE kind IN ('paused', 'resumed') LIMIT 3) ORDER BY 1")]
        # What the user wrote (chat handles, marketplace ids, links) may look like a code and is shown as is.
        written = {token for table, columns in (("talent", "name, headline, notes"), ("contact_channel", "value"),
                                                 ("profile_link", "url"), ("contract", "title, external_id, scope"))
                   for row in db.execute_sql(f"SELECT {columns} FROM {table}") for cell in row
                   for token in CODE.findall(cell or "")}
        talent_ids = [row[0] for row in db.execute_sql(
            "SELECT talent_id FROM contract GROUP BY talent_id ORDER BY count(*) DESC LIMIT 4")]
        # A session decided through the program itself, whose decisions record the actions' codes.
        session_id, cards = review_session.start_session()
        for card in cards[:6]:
            review_session.act(session_id, card, review_rules.BY_NAME[card.rule].actions[0])
        review_session.end_session(session_id)
        sessions = [row[0] for row in db.execute_sql(
            "SELECT DISTINCT session_id FROM review_decision ORDER BY session_id")]
        found = []
        for kind, ids, write in (("contract", contract_ids, reports.contract_summary),
                                 ("dossier", talent_ids, reports.talent_dossier),
                                 ("review", sessions, reports.review_session)):
            for record in ids:
                out = tmp_path / f"{kind}-{record}.pdf"
                write(record, out)
                found += [f"{kind} {record}: {code}" for code in codes_in(pdf_text(out)) if code not in written]
        for year in (dt.date.today().year - 1, dt.date.today().year):
            reports.yearly_spend(year, tmp_path / f"spend-{year}.pdf")
            found += [f"spend {year}: {code}" for code in codes_in(pdf_text(tmp_path / f"spend-{year}.pdf"))]
    finally:
        db.close()
    assert contract_ids and talent_ids and sessions
    assert found == []


def test_no_review_card_shows_a_code(qtbot, demo_folder):
    from talentdesk.launcher import build_window

    from ..gui.conftest import settle

    window = build_window(demo_folder)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    window.show_view("review")
    view = window.screens["review"]
    settle(qtbot, window)
    view.prepare_screenshot()
    settle(qtbot, window)
    found, seen_rules = [], set()
    for index, card in enumerate(view.cards):
        view.index = index
        view.show_card()
        qtbot.wait(1)  # the facts' new labels are shown by the event loop
        seen_rules.add(card.rule)
        shown = [w.text() for w in view.card_frame.findChildren(QLabel) + view.card_frame.findChildren(QPushButton)
                 if w.isVisibleTo(view.card_frame)]
        found += [f"{card.rule}: {code}" for text in shown for code in codes_in(text)]
    window.ctx.runner.wait()
    assert len(seen_rules) >= 8  # the demo raises most rules
    assert found == []


ENUMERATION_COLUMNS = {"bench status", "kind", "status", "author", "channel", "rule"}


def test_no_csv_export_shows_a_code(qapp, demo_folder, tmp_path):
    """Every list's CSV: human headers, statuses and kinds in words, the review queue's facts as sentences."""
    import csv

    from talentdesk.interchange import exports, timeline_csv
    from talentdesk.services import timeline

    db = open_database(demo_folder)
    try:
        written = {token for table, columns in (("talent", "name, headline, notes, languages"),
                                                 ("contact_channel", "value"), ("profile_link", "url"),
                                                 ("contract", "title, external_id, scope"), ("message", "body"),
                                                 ("interaction", "body"), ("payment", "description, external_ref"),
                                                 ("skill", "name"), ("work_log", "note"))
                   for row in db.execute_sql(f"SELECT {columns} FROM {table}") for cell in row
                   for token in CODE.findall(str(cell or ""))}
        found, seen = [], {}
        for name in exports.LISTS:
            out = tmp_path / f"{name}.csv"
            exports.export_csv(name, out, include_notes=True, include_archived=True)
            with open(out, encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
            header, body = rows[0], rows[1:]
            seen[name] = len(body)
            found += [f"{name} header: {cell}" for cell in header if CODE.search(cell)]
            kept = [i for i, title in enumerate(header) if title not in ("uuid", "subject")]  # ids, not words
            found += [f"{name}: {code}" for row in body for i in kept
                      for code in CODE.findall(row[i]) + JSON.findall(row[i]) if code not in written]
            # An enumeration's column holds its words ("Hourly", "On the bench"), never the stored value.
            coded = [i for i, title in enumerate(header) if title in ENUMERATION_COLUMNS]
            found += [f"{name} {header[i]}: {row[i]}" for row in body for i in coded if codes_in(row[i])]
        out = tmp_path / "timeline-screen.csv"
        timeline_csv.export(out, timeline.TimelineFilter())
        with open(out, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        found += [f"timeline screen header: {cell}" for cell in rows[0] if CODE.search(cell)]
        found += [f"timeline screen: {row[1]}" for row in rows[1:] if codes_in(row[1])]
    finally:
        db.close()
    assert all(seen[name] for name in ("talents", "contracts", "payments", "timeline", "review")), seen
    assert found == []


def test_payment_kinds_in_words_are_read_back_by_the_importer():
    from talentdesk.interchange.csv_import import KIND_WORDS

    for code, text in words.PAYMENT_KIND.items():
        assert KIND_WORDS.get(" ".join(text.casefold().split()), code if code in KIND_WORDS.values() else None) == code


def test_every_choice_of_the_settings_has_words():
    """The settings dialog lists these choices by their words; a new choice with none would show blank."""
    from talentdesk import formatting
    from talentdesk.app import theme
    from talentdesk.services import settings

    assert list(words.DATE_FORMAT) == list(settings.DATE_FORMATS) == list(formatting.DATE_PATTERNS)
    assert list(words.PAPER_SIZE) == list(settings.PAPER_SIZES)
    assert list(words.COLOUR_SCHEME) == list(theme.SCHEMES)
