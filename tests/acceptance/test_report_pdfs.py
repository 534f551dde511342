"""The PDF summaries from the command line, read back with pypdf as a recipient would."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from talentdesk import cli
from talentdesk.services import report_data, settings
from talentdesk.store.db import database
from talentdesk.store.models import Contract, Payment
from tests import factories, report_world

CONTRACTS_HEADER = "Contract Kind Status Start End Rate Paid to them Total cost"


# Fixed formats so the totals below can be written down; the locale is covered in test_locale.
pytestmark = pytest.mark.usefixtures("us_english")


@pytest.fixture
def world(db):
    return report_world.build()


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pages_text(path) -> list[str]:
    return [normalised(page.extract_text()) for page in PdfReader(path).pages]


def run(data_dir, *args) -> int:
    return cli.main(["--data-dir", str(data_dir), "report", *args])


def check_with_qpdf(path) -> None:
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_dossier_shows_name_contracts_totals_and_is_a_sound_pdf_a(world, data_dir, tmp_path, capsys):
    settings.set("user_name", "Avery Client")
    out = tmp_path / "dossier.pdf"
    assert run(data_dir, "talent", report_world.JAPANESE, "--out", str(out)) == 0
    assert "Wrote" in capsys.readouterr().out
    text = " ".join(pages_text(out))
    assert report_world.JAPANESE in text
    assert "Payments API rewrite" in text and "Database audit" in text
    assert "$25,050.00" in text and "$2,500.00" in text and "$27,550.00" in text  # per contract and total
    assert "Backend engineer (Go, PostgreSQL)" in text and "Asia/Tokyo" in text
    assert "GitHub org (payments)" in text and "liability-insurance-2025.pdf" in text
    reader = PdfReader(out)
    assert reader.metadata.title == f"Person dossier: {report_world.JAPANESE}"
    assert reader.metadata.author == "Avery Client"
    assert b"pdfaid:part" in out.read_bytes()  # PDF/A-1b identification in the XMP metadata
    check_with_qpdf(out)


def test_accented_greek_and_cyrillic_names_extract_as_typed(world, data_dir, tmp_path):
    out = tmp_path / "jose.pdf"
    assert run(data_dir, "talent", str(world["talent"][report_world.ACCENTED]), "--out", str(out)) == 0
    assert report_world.ACCENTED in " ".join(pages_text(out))
    spend = tmp_path / "spend.pdf"
    assert run(data_dir, "spend", "--year", "2025", "--out", str(spend)) == 0
    text = " ".join(pages_text(spend))
    assert report_world.GREEK in text and report_world.JAPANESE in text and report_world.ACCENTED in text
    assert "$53,850.00" in text  # the year's USD total: hourly, bonus, retainer, fee, less the refund
    check_with_qpdf(spend)


def test_contract_summary_shows_terms_ledger_and_money(world, data_dir, tmp_path):
    out = tmp_path / "contract.pdf"
    assert run(data_dir, "contract", str(world["contract"]["Payments API rewrite"]), "--out", str(out)) == 0
    text = " ".join(pages_text(out))
    for expected in ("Payments API rewrite", f"with {report_world.JAPANESE}", "Keep the public endpoints",
                     "Launch date moved earlier", "+$2,800.00", "+$5,600.00", "Idempotency keys",
                     "payments-spec-v2.pdf", "Recover the YubiKey", "Great client, clear specs.", "$25,050.00"):
        assert expected in text, expected
    assert report_world.sha("spec")[:24] in text.replace(" ", "")
    # Every section survives the chart placed among them (headings once vanished under a chart).
    for heading in ("Scope of work", "Scope changes and budget", "Milestones", "Hours per week",
                    "Payments by kind", "Files shared", "Feedback", "Offboarding"):
        assert heading in unicodedata.normalize("NFKC", text), heading  # NFKC: "ﬀ" ligatures back to "ff"
    check_with_qpdf(out)


def test_days_that_no_longer_read_leave_their_points_out_and_the_pdfs_whole(world, data_dir, tmp_path):
    """A damaged page can garble a stored day (services/stored.py); the summaries leave that point out."""
    api = world["contract"]["Payments API rewrite"]
    garble = database.obj.execute_sql
    garble("UPDATE private_review SET reviewed_on = '202>-07-01' WHERE reviewed_on = '2025-07-01'")
    garble("UPDATE feedback SET given_on = '2025-0>-01' WHERE direction = 'given'")
    garble("UPDATE work_log SET day = '2025-1>-03' WHERE id = (SELECT min(id) FROM work_log WHERE contract_id = ?)",
           (api,))
    garble("UPDATE contract_term SET effective_on = 'soon' WHERE id = "
           "(SELECT max(id) FROM contract_term WHERE contract_id = ?)", (api,))
    garble("UPDATE payment_correction SET changed_at = 'then'")
    assert run(data_dir, "talent", report_world.JAPANESE, "--out", str(tmp_path / "dossier.pdf")) == 0
    assert run(data_dir, "contract", str(api), "--out", str(tmp_path / "contract.pdf")) == 0
    assert "Payments API rewrite" in " ".join(pages_text(tmp_path / "contract.pdf"))
    dossier = report_data.dossier(world["talent"][report_world.JAPANESE])
    assert [p.day for p in dossier.reviews] == [dt.date(2024, 3, 16), dt.date(2025, 4, 20)]
    assert dossier.feedback_given == []
    weekly = report_data.contract_summary(api).weekly_hours
    assert len(weekly) == 16 and weekly[0] == (dt.date(2025, 3, 3), 3 * 300)  # the garbled day's hours are out


def test_review_session_summary_and_no_session_error(db, data_dir, tmp_path, capsys):
    out = tmp_path / "review.pdf"
    assert run(data_dir, "review", "--out", str(out)) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("talentdesk:") and "no review sessions" in err and "\n" not in err
    assert not out.exists()
    ids = report_world.build()
    assert run(data_dir, "review", str(ids["session"]), "--out", str(out)) == 0
    text = " ".join(pages_text(out))
    assert "Access open after end" in text and "Acted on: Revoked access" in text
    assert report_world.CYRILLIC in text and "After the handover call" in text


def test_ambiguous_name_lists_the_matches_and_exits_1(db, data_dir, tmp_path, capsys):
    factories.talent("Anna Berg")
    factories.talent("Anna Lindqvist")
    out = tmp_path / "x.pdf"
    assert run(data_dir, "talent", "Anna", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "Anna Berg" in err and "Anna Lindqvist" in err and "matches 2 people" in err
    assert not out.exists()


def test_two_hundred_contracts_break_across_pages_with_the_header_repeated(db, data_dir, tmp_path):
    tid = factories.talent("Priya Raman")
    start = dt.date(2010, 1, 4)
    with database.atomic():
        Contract.insert_many([
            {"talent": tid, "title": f"Engagement {n:03d}", "kind": "hourly", "status": "ended", "rate_minor": 5000,
             "currency": "USD", "start_date": start + dt.timedelta(weeks=n), "end_date": start + dt.timedelta(weeks=n, days=5),
             "uuid": f"00000000-0000-4000-8000-{n:012d}"} for n in range(200)]).execute()
        ids = [c.id for c in Contract.select(Contract.id).where(Contract.talent == tid)]
        Payment.insert_many([{"contract": cid, "kind": "hourly", "amount_minor": 10000, "currency": "USD",
                              "paid_on": dt.date(2024, 1, 1), "uuid": f"10000000-0000-4000-8000-{cid:012d}"}
                             for cid in ids]).execute()
    out = tmp_path / "priya.pdf"
    assert run(data_dir, "talent", "Priya Raman", "--out", str(out), "--paper", "Letter") == 0
    pages = pages_text(out)
    with_table = [p for p in pages if "Engagement" in p]
    assert len(with_table) >= 3
    assert all(CONTRACTS_HEADER in p for p in with_table)  # the header row repeats on every page
    text = " ".join(pages)
    assert all(f"Engagement {n:03d}" in text for n in range(200))  # no row lost at a page break
    assert "$20,000.00" in text
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    check_with_qpdf(out)


def test_paper_follows_the_setting_and_charts_are_vectors(world, data_dir, tmp_path):
    settings.set("paper_size", "A4")
    out = tmp_path / "c.pdf"
    assert run(data_dir, "contract", str(world["contract"]["Payments API rewrite"]), "--out", str(out)) == 0
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


def test_a_bad_output_place_is_one_clear_line(world, data_dir, tmp_path, capsys):
    assert run(data_dir, "talent", "1", "--out", str(tmp_path / "missing" / "x.pdf")) == 1
    assert run(data_dir, "talent", "1", "--out", str(tmp_path / "x.txt")) == 1
    assert run(data_dir, "contract", "999", "--out", str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("talentdesk:") for line in err)


def test_writing_reports_leaves_none_alive(world, tmp_path):
    """Thousands of void Qt calls per report must not wear down None (the pinned PySide6 keeps it alive)."""
    import sys

    from talentdesk import reports

    before = sys.getrefcount(None)
    for n in range(3):
        reports.contract_summary(world["contract"]["Payments API rewrite"], tmp_path / f"c{n}.pdf")
    assert sys.getrefcount(None) >= before - 16
