"""Upwork transaction history (both layouts) and weekly summary imports."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from talentdesk.interchange import upwork
from talentdesk.interchange.report import InterchangeError, UnmatchedNames
from talentdesk.store.models import Contract, Payment, Talent
from tests import factories
from tests.interchange_helpers import FIXTURES, snapshot

UPWORK = FIXTURES / "upwork"
OLD = UPWORK / "transactions_13col.csv"
NEW = UPWORK / "transactions_19col.csv"
WEEKLY = UPWORK / "upwork_weekly_summary_sample-data.csv"


def payment(ref: str) -> Payment:
    return Payment.get(Payment.external_ref == f"upwork:{ref}")


def test_layouts_are_detected_whatever_the_spelling():
    assert upwork.detect_layout(["\ufeffDate", "Ref ID", "Type", "Description", "Agency", "Freelancer", "Team",
                                 "Account Name", "PO", "Amount", "Amount in local currency", "Currency",
                                 "Balance"]) == "transactions-13"
    newer = ["date", "TRANSACTION ID", "Transaction Type", "Transaction Summary", "Transaction summary details",
             "Description 1", "Description 2", "Description 3", "Agency", "Freelancer", "Team", "Account Name", "PO",
             "Ref ID", "Amount $", "Amount in local currency", "Currency", "Current Balance $", "Payment Method"]
    assert upwork.detect_layout(newer) == "transactions-19"
    assert upwork.detect_layout(["Date", "Contract", "Hours", "Amount", "Payment type"]) == "weekly-summary"


def test_another_header_is_refused_naming_what_was_expected(db, tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("When,What,How much\n2026-01-01,x,1\n", encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        upwork.import_file(path)
    assert caught.value.line == 1
    assert "Date, Ref ID, Type" in str(caught.value) and "Transaction ID" in str(caught.value)


def test_hourly_description_gives_period_hours_and_rate():
    period, minutes, rate = upwork.parse_hourly("Invoice for 05/27/2024-06/02/2024 - 14:20 hrs @ $18.00/hr")
    assert period == (dt.date(2024, 5, 27), dt.date(2024, 6, 2))
    assert minutes == 14 * 60 + 20
    assert rate == 1800
    assert upwork.parse_hourly("Bonus for a job well done") == (None, None, None)


def test_older_layout_with_bom_quotes_fees_refund_and_unknown_type(db):
    ana = factories.talent("Ana Souza")
    result = upwork.import_file(OLD, create_missing=True)
    assert {Talent.get_by_id(ana).name, "Bilal Khan", "Chen Wei"} <= {t.name for t in Talent.select()}
    hourly = payment("500100")
    assert (hourly.kind, hourly.amount_minor, hourly.currency) == ("hourly", 25800, "USD")
    assert hourly.paid_on == dt.date(2024, 6, 3) and hourly.minutes == 860
    assert (hourly.period_start, hourly.period_end) == (dt.date(2024, 5, 27), dt.date(2024, 6, 2))
    assert hourly.contract.talent_id == ana
    fee = payment("500101")
    assert fee.kind == "fee" and fee.parent_id == hourly.id and fee.contract_id == hourly.contract_id
    fixed = payment("500102")
    assert fixed.kind == "milestone" and fixed.amount_minor == 120000
    assert '"Landing page", design, copy' in fixed.description
    assert payment("500103").parent_id == fixed.id
    assert "\n" in payment("500104").description  # a newline inside a quoted description
    refund = payment("500105")
    assert refund.kind == "refund" and refund.parent_id == fixed.id and refund.contract_id == fixed.contract_id
    assert payment("500107").kind == "other"
    assert any("Loyalty Credit" in str(w) and w.line == 10 for w in result.warnings)
    assert any(s.line == 9 and "account-level" in s.reason for s in result.skipped)  # a top-up names nobody
    assert result.counts["payment"] == 8


def test_newer_layout_links_fees_through_ref_id_and_fees_on_fees(db):
    factories.talent("Ana Souza")
    result = upwork.import_file(NEW)
    hourly = payment("700200")
    assert hourly.minutes == 630 and hourly.period_start == dt.date(2026, 8, 31)
    assert payment("700201").parent_id == hourly.id
    assert payment("700202").parent_id == payment("700201").id
    assert payment("700204").kind == "refund"
    assert payment("700205").kind == "other"
    assert [w.line for w in result.warnings] == [8]
    assert not result.skipped


def test_reimporting_the_same_or_an_overlapping_file_adds_nothing_twice(db):
    upwork.import_file(OLD, create_missing=True)
    before = Payment.select().count()
    again = upwork.import_file(OLD, create_missing=True)
    assert Payment.select().count() == before and again.counts["payment"] == 0
    assert sum(1 for s in again.skipped if s.reason == "already imported") == 8
    overlap = upwork.import_file(UPWORK / "transactions_13col_overlap.csv")
    assert overlap.counts["payment"] == 1 and Payment.select().count() == before + 1


def test_payments_attach_to_the_contract_covering_the_date(db):
    ana = factories.talent("Ana Souza")
    covering = factories.contract(ana, title="Data pipeline", kind="hourly", start_date=dt.date(2026, 8, 1),
                                  end_date=dt.date(2026, 12, 31))
    upwork.import_file(NEW)
    assert payment("700200").contract_id == covering
    assert Contract.select().count() == 1


def test_imported_contracts_are_one_per_person_and_kind(db):
    upwork.import_file(OLD, create_missing=True)
    titles = sorted((c.talent.name, c.title, c.kind) for c in Contract.select())
    assert ("Ana Souza", "Imported from Upwork (hourly)", "hourly") in titles
    assert ("Bilal Khan", "Imported from Upwork (fixed price)", "fixed") in titles
    ana = Contract.get(Contract.title == "Imported from Upwork (hourly)")
    # It spans the work it paid for: from the first invoice's week (05/27) to the last payment.
    assert ana.start_date == dt.date(2024, 5, 27) and ana.end_date == dt.date(2024, 6, 16)
    assert ana.rate_minor == 1800


def test_unmatched_names_fail_listing_them_and_close_ones_suggest(db):
    factories.talent("Ana Souza")
    factories.talent("Bilal Kahn")
    before = snapshot(db)
    with pytest.raises(UnmatchedNames) as caught:
        upwork.import_file(OLD)
    assert caught.value.names == ["Bilal Khan", "Chen Wei"]
    assert "did you mean Bilal Kahn?" in str(caught.value)
    assert snapshot(db) == before
    upwork.import_file(OLD, create_missing=True, accept_close=True)
    assert Talent.select().count() == 3  # Chen Wei added; Bilal Khan is Bilal Kahn


def test_a_mapping_from_the_preview_settles_names(db):
    kahn = factories.talent("Bilal Kahn")
    plan = upwork.plan(OLD)
    assert set(plan.matches.close) == {"Bilal Khan"} and set(plan.matches.missing) == {"Ana Souza", "Chen Wei"}
    upwork.import_file(OLD, mapping={"Bilal Khan": kahn, "Ana Souza": None, "Chen Wei": None})
    assert payment("500102").contract.talent_id == kahn


def test_dry_run_reports_and_changes_nothing(db):
    before = snapshot(db)
    result = upwork.import_file(OLD, create_missing=True, dry_run=True)
    assert result.dry_run and result.counts["payment"] == 8 and result.summary().startswith("Would add")
    assert snapshot(db) == before


def test_a_bad_amount_stops_everything_with_its_line(db, tmp_path):
    text = OLD.read_text(encoding="utf-8-sig").replace("-36.00,-36.00", "lots,-36.00")
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    factories.talent("Ana Souza")
    before = snapshot(db)
    with pytest.raises(InterchangeError) as caught:
        upwork.import_file(path, create_missing=True)
    assert caught.value.line == 5 and "lots" in str(caught.value)
    assert snapshot(db) == before


def test_weekly_summary_sample_imports_for_a_chosen_person(db, tmp_path):
    ana = factories.talent("Ana Souza")
    with pytest.raises(InterchangeError, match="--talent"):
        upwork.import_file(WEEKLY)
    result = upwork.import_file(WEEKLY, talent="Ana Souza")
    assert result.counts["payment"] == 252
    bootstrap = Contract.get(Contract.external_id == "34848691")
    assert bootstrap.title == "Bootstrap5 Expert" and bootstrap.talent_id == ana and bootstrap.platform == "upwork"
    first = Payment.select().where(Payment.contract == bootstrap).order_by(Payment.paid_on, Payment.id).first()
    assert (first.paid_on, first.minutes, first.amount_minor, first.kind) == (dt.date(2023, 9, 16), 330, 1650, "hourly")
    assert Payment.select().where(Payment.kind == "milestone").count() > 0
    assert Payment.select().where(Payment.kind == "bonus").count() > 0
    again = upwork.import_file(WEEKLY)  # contracts are known now: no person needed
    assert again.counts["payment"] == 0 and Payment.select().count() == 252
    # An overlapping file (the first half again plus nothing new) adds nothing either.
    lines = WEEKLY.read_text(encoding="utf-8").splitlines()
    half = tmp_path / "half.csv"
    half.write_text("\n".join(lines[:120]) + "\n", encoding="utf-8")
    assert upwork.import_file(half).counts["payment"] == 0


def test_a_copy_in_utf16_imports_the_same(db, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes(OLD.read_text(encoding="utf-8-sig").encode("utf-16"))
    shutil.copy(OLD, tmp_path / "same.csv")
    result = upwork.import_file(path, create_missing=True)
    assert result.counts["payment"] == 8 and result.details["encoding"] == "utf-16"


@pytest.mark.parametrize("hours", ["99999999999999999999999", "10001"])
def test_huge_hours_stop_the_import_with_their_line(db, tmp_path, hours):
    """Hours no week holds (a number too large for the database once) are said with their line."""
    lines = WEEKLY.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace('"4"', f'"{hours}"')
    weekly = tmp_path / "weekly.csv"
    weekly.write_text("\n".join(lines) + "\n", encoding="utf-8")
    factories.talent("Ana Souza")
    before = snapshot(db)
    with pytest.raises(InterchangeError) as caught:
        upwork.import_file(weekly, talent="Ana Souza")
    assert caught.value.line == 3 and "more than 10,000 hours" in str(caught.value)
    text = OLD.read_text(encoding="utf-8-sig")
    hourly = tmp_path / "hourly.csv"
    hourly.write_text(text.replace(" - 14:20 hrs", f" - {hours}:20 hrs"), encoding="utf-8")
    assert hourly.read_text(encoding="utf-8") != text
    with pytest.raises(InterchangeError, match="more than 10,000 hours"):
        upwork.import_file(hourly, create_missing=True)
    assert snapshot(db) == before


def _history(path, rows: int, people: list[str]) -> None:
    """A newer-layout history of ``rows`` rows: weekly hourly invoices and their service fees."""
    import csv

    header = ["Date", "Transaction ID", "Transaction type", "Transaction summary", "Transaction summary details",
              "Description 1", "Description 2", "Description 3", "Agency team", "Freelancer", "Client team",
              "Account name", "PO", "Ref ID", "Amount $", "Amount in local currency", "Currency",
              "Current balance $", "Payment method"]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        day = dt.date(2024, 1, 8)
        for index in range(rows // 2):
            day += dt.timedelta(days=1 if index % 10 == 0 else 0)
            ref, hours = 9_000_000 + 2 * index, 1 + index % 30
            start, end = day - dt.timedelta(days=7), day - dt.timedelta(days=1)
            summary = f"Invoice for {start:%m/%d/%Y}-{end:%m/%d/%Y} - {hours}:30 hrs @ $20.00/hr"
            writer.writerow([f"{day:%b} {day.day}, {day.year}", ref, "Hourly", summary, "", "", "", "", "",
                             people[index % len(people)], "", "", "", "", f"-{hours * 20 + 10}.00", "", "USD", "", ""])
            writer.writerow([f"{day:%b} {day.day}, {day.year}", ref + 1, "Service Fee",
                             f"Service Fee for Ref ID {ref}", "", "", "", "", "", "", "", "", "", ref,
                             f"-{hours + 0.5:.2f}", "", "USD", "", ""])


def _payment_indexes(db) -> list[str]:
    from talentdesk.store import dialect

    if dialect.is_postgres(db):
        query = "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'payment'"
    else:
        query = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'payment' AND sql IS NOT NULL"
    return sorted(r[0] for r in db.execute_sql(query).fetchall())


def test_a_large_history_goes_in_whole_with_every_index_back_and_the_planner_told(db, tmp_path, monkeypatch):
    """A file larger than the table (here: past a lowered threshold) is inserted without the payment table's
    secondary indexes, which are built again after it; the planner's statistics are refreshed after."""
    from talentdesk.store import dialect

    monkeypatch.setattr(dialect, "BULK_ROWS", 1000)
    people = [factories.talent(name) for name in ("Ana Souza", "Bilal Khan", "Chen Wei")]
    path = tmp_path / "large.csv"
    _history(path, 1200, ["Ana Souza", "Bilal Khan", "Chen Wei"])
    indexes = _payment_indexes(db)
    assert len(indexes) >= 6
    result = upwork.import_file(path)
    assert result.counts["payment"] == 1200 and result.counts["contract"] == 3
    assert _payment_indexes(db) == indexes
    for name, person in zip(("Ana Souza", "Bilal Khan", "Chen Wei"), people, strict=True):
        contract = Contract.get(Contract.talent == person)
        assert contract.title == "Imported from Upwork (hourly)" and contract.rate_minor == 2000
        assert Payment.select().where(Payment.contract == contract).count() == 400, name
    fee = payment("9000001")
    assert fee.parent_id == payment("9000000").id and fee.contract_id == payment("9000000").contract_id
    if not dialect.is_postgres(db):  # the local file's planner reads the statistics taken after the import
        assert db.execute_sql("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'payment'").fetchone()[0] > 0


def test_a_large_import_broken_at_its_insert_leaves_the_table_and_its_indexes_as_they_were(db, tmp_path,
                                                                                          monkeypatch):
    from talentdesk.store import dialect
    from talentdesk.store.db import InjectedFault, write_faults

    monkeypatch.setattr(dialect, "BULK_ROWS", 1000)
    for name in ("Ana Souza", "Bilal Khan"):
        factories.talent(name)
    path = tmp_path / "large.csv"
    _history(path, 1200, ["Ana Souza", "Bilal Khan"])
    before, indexes = snapshot(db), _payment_indexes(db)
    with write_faults() as counted:
        upwork.import_file(path, dry_run=True)
    insert = next(i for i, sql in enumerate(counted.statements) if sql.startswith("INSERT INTO payment ("))
    with write_faults(fail_after=insert) as faults, pytest.raises(InjectedFault):
        upwork.import_file(path)
    assert faults.fired
    assert _payment_indexes(db) == indexes and snapshot(db) == before


def test_amounts_in_whole_cents_are_taken_and_fractions_of_a_cent_refused_with_their_line(db, tmp_path):
    factories.talent("Ana Souza")
    text = OLD.read_text(encoding="utf-8-sig")
    exact = tmp_path / "exact.csv"
    exact.write_text(text.replace("-36.00,-36.00", "-36.000,-36.000"), encoding="utf-8")
    upwork.import_file(exact, create_missing=True, dry_run=True)
    before = snapshot(db)
    odd = tmp_path / "odd.csv"
    odd.write_text(text.replace("-36.00,-36.00", "-36.005,-36.005"), encoding="utf-8")
    with pytest.raises(InterchangeError) as caught:
        upwork.import_file(odd, create_missing=True)
    assert caught.value.line == 5 and "36.005" in str(caught.value)
    assert snapshot(db) == before
    upwork.import_file(exact, create_missing=True)
    assert Payment.select().where(Payment.amount_minor == 3600).count() == 1


def test_imported_payments_get_version_7_uuids_in_time_order():
    import uuid

    made = upwork.sequential_uuids(10_000)  # more than one millisecond's worth (4,096)
    assert len(set(made)) == 10_000
    for text in made[:20] + made[4090:4100] + made[-20:]:
        parsed = uuid.UUID(text)
        assert (str(parsed), parsed.version, parsed.variant) == (text, 7, uuid.RFC_4122)
    stamps = [text[:13] for text in made]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3  # the time part grows block by block
