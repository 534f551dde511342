"""A backup restored into an empty folder gives the very same CSV exports as the data it was taken of:
the backup archive (File → Back up…), the automatic daily copy, and a daily copy of an encrypted folder."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from talentdesk.interchange import backup as archive
from talentdesk.interchange.exports import LISTS, export_csv
from talentdesk.services import contracts, files, worklog
from talentdesk.store import backups, cipher
from talentdesk.store.db import database
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories


def a_world(data_dir, tmp_path) -> None:
    for n in range(6):
        talent_id = factories.talent(f"Person “{n}” =1+2", notes="notes, with \"quotes\"\nand lines",
                                     skills=[("Python", 4), (f"Skill {n}", 2)])
        contract_id = factories.contract(talent_id, title=f"Work {n}", weekly_limit_hours=10 + n)
        contracts.add_payment(contract_id, "hourly", 12_345 + n, "USD", dt.date(2026, 2, 1 + n), description="hours")
        contracts.add_message(contract_id, f"message {n} <b>bold</b>", sent_at=dt.datetime(2026, 2, 3, 9, n))
        worklog.add(contract_id, dt.date(2026, 2, 2 + n), 90 + n)
    factories.talent('=HYPERLINK("http://example.invalid","click")')
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF brief")
    files.add(data_dir, contract_id, files.FileInput(path=source))


def exports(out) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    found = {}
    for name in LISTS:
        export_csv(name, out / f"{name}.csv")
        found[name] = (out / f"{name}.csv").read_bytes()
    return found


def test_an_archive_restored_into_an_empty_folder_gives_the_same_exports(db, data_dir, tmp_path):
    a_world(data_dir, tmp_path)
    before = exports(tmp_path / "before")
    assert all(before.values())
    assert b"'=HYPERLINK" in before["talents"]  # inert in a spreadsheet
    archive.create(tmp_path / "backup.zip", folder=data_dir)
    database.close()

    empty = tmp_path / "elsewhere"
    open_database(empty)
    archive.restore(tmp_path / "backup.zip", folder=empty)
    assert exports(tmp_path / "after") == before
    assert (empty / "attachments").is_dir() and any((empty / "attachments").rglob("*"))
    database.close()


def test_the_daily_copy_restored_into_an_empty_folder_gives_the_same_exports(db, data_dir, tmp_path):
    a_world(data_dir, tmp_path)
    before = exports(tmp_path / "before")
    daily = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 3, 1))
    database.close()

    empty = tmp_path / "elsewhere"
    empty.mkdir()
    backups.restore(daily, empty / DATABASE_FILE, empty / "backups")
    open_database(empty)
    assert exports(tmp_path / "after") == before
    database.close()


def test_an_encrypted_daily_copy_restores_elsewhere_with_its_passphrase(db, data_dir, tmp_path):
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
    from talentdesk.services import encryption

    a_world(data_dir, tmp_path)
    before = exports(tmp_path / "before")
    encryption.set_passphrase(data_dir, "correct horse battery staple")
    daily = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 3, 1))
    assert not cipher.is_plain(daily)
    database.close()
    cipher.lock()

    empty = tmp_path / "elsewhere"
    empty.mkdir()
    shutil.copy(data_dir / cipher.MARKER, empty / cipher.MARKER)  # the folder's salt and check travel with it
    encryption.unlock(empty, "correct horse battery staple")
    backups.restore(daily, empty / DATABASE_FILE, empty / "backups")
    assert not cipher.is_plain(empty / DATABASE_FILE)
    open_database(empty)
    assert exports(tmp_path / "after") == before
    database.close()
