"""Restoring a backup from the window's menu, and the full database check."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import files, maintenance
from talentdesk.services.errors import Refused
from talentdesk.store import backups
from talentdesk.store.models import Talent
from talentdesk.store.schema import DATABASE_FILE
from tests import factories


def test_restore_brings_the_backup_back_and_keeps_the_current_data(db, data_dir):
    factories.talent("Kept Before")
    taken = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 6, 1))
    factories.talent("Added After")
    listed = maintenance.list_backups(data_dir)
    assert [b.kind for b in listed].count("daily") == 1
    kept = maintenance.restore_backup(data_dir, taken)
    assert [t.name for t in Talent.select().order_by(Talent.name)] == ["Kept Before"]
    assert kept is not None and kept.exists()
    # The copy kept first can itself be restored: the restore can be undone.
    maintenance.restore_backup(data_dir, kept)
    assert sorted(t.name for t in Talent.select()) == ["Added After", "Kept Before"]


def test_a_damaged_backup_is_refused_and_nothing_changes(db, data_dir, tmp_path):
    factories.talent("Still Here")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    with pytest.raises(Refused, match="damaged"):
        maintenance.restore_backup(data_dir, broken)
    assert [t.name for t in Talent.select()] == ["Still Here"]


def _stored(data_dir, tmp_path, contract_id, name, content):
    source = tmp_path / name
    source.write_bytes(content)
    return files.add(data_dir, contract_id, files.FileInput(path=source))


def test_the_full_check_lists_missing_and_altered_files(db, data_dir, tmp_path):
    contract_id = factories.contract(title="Brand refresh")
    _stored(data_dir, tmp_path, contract_id, "logo.svg", b"<svg/>")
    gone = _stored(data_dir, tmp_path, contract_id, "brief.pdf", b"%PDF brief")
    changed = _stored(data_dir, tmp_path, contract_id, "notes.txt", b"original notes")
    clean = maintenance.check_database(data_dir)
    assert clean.sound and clean.files_checked == 3
    files.stored_path(data_dir, gone).unlink()
    files.stored_path(data_dir, changed).write_bytes(b"edited behind our back")
    seen = []
    # A report as the signature declares it, (fraction, text): the check must give both.
    result = maintenance.check_database(data_dir, report=lambda fraction, text: seen.append(fraction))
    assert not result.sound and result.database_problems == []
    assert [(p.name, p.where) for p in result.missing] == [("brief.pdf", "Brand refresh")]
    assert [(p.name, p.where) for p in result.altered] == [("notes.txt", "Brand refresh")]
    assert seen[0] == 0.0 and seen[-1] == 1.0


def test_the_full_check_reports_a_broken_reference(db, data_dir):
    factories.contract(title="Orphaned")
    db.execute_sql("PRAGMA foreign_keys = OFF")
    db.execute_sql("UPDATE contract SET talent_id = 9999")
    db.execute_sql("PRAGMA foreign_keys = ON")
    result = maintenance.check_database(data_dir)
    assert any("contract" in p and "talent" in p for p in result.database_problems)
