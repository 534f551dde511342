"""iCalendar export, CSV exports of every list, backup and restore."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from icalendar import Calendar

from talentdesk.interchange import backup, exports, ics, upwork, vcard
from talentdesk.interchange.report import InterchangeError
from talentdesk.services import contracts, interactions, talents
from talentdesk.store.db import database
from talentdesk.store.migrations import latest_version
from talentdesk.store.models import CardState, Milestone, ReviewDecision, ReviewSession
from talentdesk.store.schema import open_database
from tests import factories
from tests.interchange_helpers import FIXTURES, csv_exports, snapshot

# Exports taken before and after are compared: the queue's clock is held still between them.
pytestmark = pytest.mark.usefixtures("held_clock")

ICS = FIXTURES / "ics"


def small_world():
    ana = factories.talent("Ana Souza", stay_in_touch_days=30, notes="=cmd|' /C calc'!A0",
                           channels=[talents.Channel("email", "ana@example.com")], skills=[("Python", 4)])
    bilal = factories.talent("Bilal Khan")
    running = factories.contract(ana, title="Data pipeline", end_date=dt.date(2026, 12, 31))
    ended = factories.contract(bilal, title="-Logo", start_date=dt.date(2026, 10, 1))
    contracts.move(ended, "ended", on=dt.date(2026, 11, 20))
    Milestone.create(contract=running, title="Schema", due_on=dt.date(2026, 12, 1), amount_minor=50000)
    contracts.add_payment(running, "bonus", 12345, "USD", dt.date(2026, 11, 2), "+thanks")
    contracts.add_message(running, "Hello, “world”", sent_at=dt.datetime(2026, 11, 3, 9, 30))
    contracts.add_feedback(running, "received", 5, "great")
    interactions.log(bilal, interactions.InteractionInput("call", dt.datetime(2026, 11, 21, 14, 0), 25, "Catch-up"))
    session = ReviewSession.create()
    ReviewDecision.create(session=session, rule="contract_ending", subject=f"contract:{running}", decision="snoozed",
                          decided_at=dt.datetime(2026, 11, 20, 8, 0))
    CardState.create(rule="contract_ending", subject=f"contract:{running}", state="snoozed", until=dt.date(2026, 12, 7))
    upwork.import_file(FIXTURES / "upwork" / "transactions_19col.csv")
    return ana, running, ended


@pytest.mark.parametrize("name", sorted(p.name for p in ICS.glob("*.ics")))
def test_calendar_samples_read(name):
    found = ics.read_summary(ICS / name)
    assert isinstance(found, dict)
    if name == "issue_1050_calendar_with_events_and_todos.ics":
        assert len(found["VEVENT"]) == 2 and len(found["VTODO"]) == 1


def test_ics_export_has_stable_uids_utc_stamps_and_no_unknown_tzid(db, tmp_path):
    small_world()
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    today = dt.date(2026, 11, 23)
    count = ics.export_file(first, today=today)
    assert count == 5  # contract end, milestone, feedback window, check-in, snoozed review
    ics.export_file(second, today=today)
    cal = Calendar.from_ical(first.read_bytes())
    uids = [str(c["uid"]) for c in cal.walk() if c.name in ("VEVENT", "VTODO")]
    assert uids == [str(c["uid"]) for c in Calendar.from_ical(second.read_bytes()).walk()
                    if c.name in ("VEVENT", "VTODO")]
    assert len(set(uids)) == count
    text = first.read_bytes().decode("utf-8")
    assert "TZID" not in text and "\r\n" in text
    for component in cal.walk():
        if component.name in ("VEVENT", "VTODO"):
            assert component.decoded("dtstamp").tzinfo is not None and str(component["dtstamp"].to_ical()).endswith("Z'")
    summaries = sorted(str(c["summary"]) for c in cal.walk() if c.name in ("VEVENT", "VTODO"))
    assert "Leave feedback for Bilal Khan" in summaries and "Check in with Ana Souza" in summaries
    assert ics.read_summary(first)["VTODO"]


def test_ics_export_leaves_out_a_date_that_no_longer_reads(db, tmp_path):
    """A damaged page can garble a stored date; the calendar leaves that item out instead of failing."""
    _ana, running, _ended = small_world()
    database.obj.execute_sql("UPDATE contract SET end_date = '202>-12-31' WHERE id = ?", (running,))
    database.obj.execute_sql("UPDATE milestone SET due_on = '2026-1>-01'")
    database.obj.execute_sql("UPDATE card_state SET until = 'soon'")
    today = dt.date(2026, 11, 23)
    assert ics.export_file(tmp_path / "a.ics", today=today) == 2
    summaries = [str(c["summary"]) for c in Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk()
                 if c.name in ("VEVENT", "VTODO")]
    assert summaries == ["Leave feedback for Bilal Khan", "Check in with Ana Souza"]  # the rest were garbled


@pytest.mark.parametrize("name", exports.LISTS)
def test_every_list_exports(db, tmp_path, name):
    small_world()
    out = tmp_path / f"{name}.csv"
    count = exports.export_csv(name, out, include_notes=True)  # the notes hold a formula to disarm
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") >= count + 1
    if name == "talents":
        assert "'=cmd|" in data.decode("utf-8-sig")
    if name == "payments":
        text = data.decode("utf-8-sig")
        assert ",123.45,USD," in text and ",'+thanks," in text and "2026-11-02" in text
    if name == "contracts":
        assert ",'-Logo," in data.decode("utf-8-sig")
    if name == "interactions":
        assert "Bilal Khan,Call,25,Catch-up" in data.decode("utf-8-sig")  # the kind in words


def test_unknown_list_is_refused(db, tmp_path):
    with pytest.raises(InterchangeError, match="no list called"):
        exports.export_csv("everything", tmp_path / "x.csv")


def exports_of(_folder, tmp_path, tag):
    return csv_exports(tmp_path, f"{tag}-")


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # a local folder's archive; a team database's backup is not built yet
def test_backup_then_restore_into_an_empty_folder_gives_the_same_exports(db, data_dir, tmp_path):
    small_world()
    vcard.import_file(FIXTURES / "vcard" / "John_Doe_IPHONE.vcf")  # a photo in attachments
    before = exports_of(data_dir, tmp_path, "before")
    archive = tmp_path / "backup.zip"
    manifest = backup.create(archive, folder=data_dir)
    with zipfile.ZipFile(archive) as z:
        stored = json.loads(z.read("manifest.json"))
        assert set(stored["members"]) == set(z.namelist()) - {"manifest.json"}
        assert any(n.startswith("attachments/") for n in z.namelist())
    assert manifest["schema_version"] == latest_version()
    db.close()
    empty = tmp_path / "elsewhere"
    open_database(empty)
    backup.restore(archive, folder=empty)
    assert exports_of(empty, tmp_path, "after") == before
    assert len(list((empty / "attachments").rglob("*"))) == len(list((data_dir / "attachments").rglob("*")))
    assert list((empty / "backups").glob("before-restore-*.sqlite3"))


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # a local folder's archive; a team database's backup is not built yet
def test_restore_keeps_a_copy_of_the_current_data(db, data_dir, tmp_path):
    factories.talent("Before")
    archive = tmp_path / "b.zip"
    backup.create(archive, folder=data_dir)
    factories.talent("After the backup")
    backup.restore(archive, folder=data_dir)
    assert [r[0] for r in database.obj.execute_sql("SELECT name FROM talent")] == ["Before"]
    kept = next((data_dir / "backups").glob("before-restore-*.sqlite3"))
    import sqlite3

    names = [r[0] for r in sqlite3.connect(kept).execute("SELECT name FROM talent ORDER BY id")]
    assert names == ["Before", "After the backup"]


def _rewrite(archive, target, change):
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = change(item.filename, source.read(item.filename))
            if data is not None:
                out.writestr(item, data)


@pytest.mark.parametrize(("case", "message"), [
    ("newer", "newer TalentDesk"),
    ("tampered", "does not match its checksum"),
    ("no-manifest", "no manifest"),
    ("not-zip", "not a readable zip"),
    ("unsafe", "leaves its folder"),
])
@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # a local folder's archive; a team database's backup is not built yet
def test_restore_refuses_damaged_or_newer_archives_and_changes_nothing(db, data_dir, tmp_path, case, message):
    factories.talent("Keep me")
    archive = tmp_path / "b.zip"
    backup.create(archive, folder=data_dir)
    bad = tmp_path / "bad.zip"

    def change(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            if case == "newer":
                manifest["schema_version"] = 99
            if case == "unsafe":
                manifest["members"]["../evil"] = {"sha256": "0" * 64, "size": 1}
            return None if case == "no-manifest" else json.dumps(manifest).encode()
        if case == "tampered" and name.startswith("database/"):
            return data[:-10] + b"0123456789"
        return data

    if case == "not-zip":
        bad.write_bytes(b"PK\x03\x04 not really a zip")
    else:
        _rewrite(archive, bad, change)
    before = snapshot(db)
    with pytest.raises(InterchangeError, match=message):
        backup.restore(bad, folder=data_dir)
    assert snapshot(db) == before
    assert not list((data_dir / "backups").glob("before-restore-*")) if (data_dir / "backups").exists() else True
