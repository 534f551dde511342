"""A hostile machine: a read-only folder, a full disk, a missing file, a locked database, a second
start, a damaged database. Each gives a clear message, the window stays up, nothing saved is lost."""
from __future__ import annotations

import errno
import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from talentdesk import launcher
from talentdesk.app.single_instance import SingleInstance
from talentdesk.services import files, maintenance, talents
from talentdesk.store import backups
from talentdesk.store.db import database
from talentdesk.store.models import Attachment, Talent
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories
from tests.gui.conftest import settle
from tests.hostile import fill, remount_read_only, small_disk

DISK_FULL = "The disk is full. Free some space and try again; nothing was saved."


def error_text(qtbot, window) -> str:
    boxes = []
    qtbot.waitUntil(lambda: bool(boxes.extend(b for b in window.findChildren(QMessageBox) if b.isVisible()) or boxes))
    box = boxes[-1]
    text = box.text()
    box.close()
    box.deleteLater()
    return text


@pytest.fixture
def boxes(monkeypatch):
    """Captures the static message boxes shown at start (critical, information, warning)."""
    shown = []
    for kind in ("critical", "information", "warning"):
        def show(parent, title, text, *rest, kind=kind):
            shown.append((kind, text))
            return QMessageBox.Yes if kind == "warning" else QMessageBox.Ok
        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return shown


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_talent(window, name: str):
    window.ctx.runner.write(talents.create_talent, talents.TalentInput(name=name), changes=("talent",))


def big_import():
    """Four megabytes in one transaction: more than the small disk holds."""
    with database.atomic():
        for n in range(45):
            talents.create_talent(talents.TalentInput(name=f"Imported {n}", notes="x" * 90_000))


# -- read-only data folder ----------------------------------------------------------------------------
def test_a_read_only_data_folder_is_refused_with_a_clear_message(tmp_path, start_gui, boxes):
    with small_disk(tmp_path, 4096) as disk:
        if disk is None:
            pytest.skip("needs a tmpfs mount (root on Linux) to make a folder truly read-only")
        folder = disk / "data"
        open_database(folder)
        factories.talent("Ines Kept")
        database.close()
        before = digest(folder / DATABASE_FILE)
        remount_read_only(disk)
        code, windows = start_gui(folder)
        assert code == 1 and windows == []
        assert boxes and boxes[0][0] == "critical" and "read-only" in boxes[0][1]
        # Past the lock, the database itself gives the same kind of sentence, never a traceback.
        assert launcher.open_window(folder) is None
        assert "read-only" in boxes[-1][1] and "cannot be used" in boxes[-1][1]
        assert digest(folder / DATABASE_FILE) == before


def test_a_folder_that_turns_read_only_while_open_keeps_the_window_up(db, make_window, qtbot, monkeypatch):
    factories.talent("Saved Earlier")
    window = make_window()
    real = database.obj.execute_sql

    def refuse(sql, *args, **kwargs):
        if sql.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", refuse)
    write_talent(window, "Never Saved")
    assert "may not write to the data folder" in error_text(qtbot, window)
    assert window.isVisible()
    monkeypatch.undo()
    assert [t.name for t in Talent.select()] == ["Saved Earlier"]


# -- full disk -----------------------------------------------------------------------------------------
def test_a_full_disk_while_saving(tmp_path, qtbot, monkeypatch):
    with small_disk(tmp_path, 3072) as disk:
        folder = (disk or tmp_path) / "data"
        open_database(folder)
        factories.talent("Saved Before")
        window = launcher.build_window(folder)
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        if disk is not None:
            filler = fill(disk)
        else:  # no mount here: inject the error SQLite gives on a full disk
            real_create = Talent.create

            def no_room(**fields):
                raise sqlite3.OperationalError("database or disk is full")

            monkeypatch.setattr(Talent, "create", no_room)
        window.ctx.runner.write(big_import, changes=("talent",))
        assert error_text(qtbot, window) == DISK_FULL
        assert window.isVisible()
        # The program goes on: once there is room again, saving works, and nothing was lost.
        if disk is not None:
            filler.unlink()
        else:
            monkeypatch.setattr(Talent, "create", real_create)
        write_talent(window, "After Room Was Made")
        settle(qtbot, window)
        assert sorted(t.name for t in Talent.select()) == ["After Room Was Made", "Saved Before"]
        assert maintenance.check_database(folder).sound
        window.close()
        window.ctx.runner.read(maintenance.close_connection)
        window.ctx.runner.wait()
        maintenance.close_connection()


def test_a_full_disk_while_storing_a_file(db, data_dir, tmp_path, monkeypatch):
    from talentdesk.app.errors import user_message

    contract_id = factories.contract()
    source = tmp_path / "contract.pdf"
    source.write_bytes(b"%PDF" * 50_000)

    def no_space(*_):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(OSError) as failure:
        files.add(data_dir, contract_id, files.FileInput(path=source))
    assert user_message(failure.value) == DISK_FULL
    assert Attachment.select().count() == 0
    assert [p.name for p in (data_dir / "attachments").rglob("*") if p.is_file()] == []  # no half file left


def test_a_full_disk_during_the_daily_backup_leaves_no_half_copy(db, data_dir, tmp_path):
    for n in range(30):
        factories.talent(f"Backed Up {n}", notes="n" * 5000)
    with small_disk(tmp_path, 64) as disk:
        if disk is None:
            pytest.skip("needs a tmpfs mount (root on Linux) for a really full disk")
        with pytest.raises((sqlite3.OperationalError, OSError)) as failure:
            backups.daily_backup(data_dir / DATABASE_FILE, disk / "backups")
        from talentdesk.app.errors import user_message

        assert user_message(failure.value) == DISK_FULL
        assert [p.name for p in disk.rglob("*") if p.is_file()] == []  # no half copy under any name
    assert backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups") is not None


# -- a missing attachment --------------------------------------------------------------------------------
def test_a_missing_stored_file_gives_a_clear_message(db, data_dir, make_window, qtbot, tmp_path, monkeypatch):
    contract_id = factories.contract(title="Audit")
    source = tmp_path / "report <final>.pdf"
    source.write_bytes(b"%PDF the report")
    attachment_id = files.add(data_dir, contract_id, files.FileInput(path=source))
    files.stored_path(data_dir, attachment_id).unlink()
    window = make_window()
    window.open_contract(contract_id)
    settle(qtbot, window)
    room = window.screens["workroom"]
    room.tabs.setCurrentWidget(room.files)
    qtbot.waitUntil(lambda: room.files.table.rowCount() == 1)
    room.files.table.selectRow(0)
    room.files.open_button.click()
    assert error_text(qtbot, window) == "The stored copy of “report _final_.pdf” is missing from the data folder."
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "copy.pdf"), "")))
    room.files.save_button.click()
    assert "is missing" in error_text(qtbot, window)
    assert window.isVisible() and not (tmp_path / "copy.pdf").exists()
    assert Attachment.select().count() == 1  # the record stays; the check lists it as missing


# -- a database locked by another program ------------------------------------------------------------------
def test_a_database_locked_by_another_program(db, data_dir, make_window, qtbot):
    factories.talent("Saved Before")
    window = make_window()
    window.ctx.runner.read(lambda: database.execute_sql("PRAGMA busy_timeout = 200"))  # the lane's connection
    other = sqlite3.connect(data_dir / DATABASE_FILE)
    other.execute("BEGIN EXCLUSIVE")
    try:
        write_talent(window, "While Locked")
        assert error_text(qtbot, window) == "The database is busy in another program. Wait a moment and try again."
        assert window.isVisible()
    finally:
        other.rollback()
        other.close()
    write_talent(window, "After Release")
    settle(qtbot, window)
    assert sorted(t.name for t in Talent.select()) == ["After Release", "Saved Before"]


# -- one program per data folder ------------------------------------------------------------------------------
def test_a_second_start_raises_the_first_window(data_dir, start_gui, boxes, qtbot):
    first = SingleInstance(data_dir)
    assert first.acquire()
    raised = []
    first.raise_requested.connect(lambda: raised.append(True))
    try:
        code, windows = start_gui(data_dir)
        assert code == 0 and windows == [] and boxes == []  # no second writer, no second window
        qtbot.waitUntil(lambda: raised == [True])
        first.server.close()  # the first cannot be reached: the second says the folder is in use
        code, windows = start_gui(data_dir)
        assert code == 1 and windows == []
        assert boxes[-1][0] == "information" and "already open" in boxes[-1][1]
    finally:
        first.release()


# -- a damaged database at start ---------------------------------------------------------------------------------
def test_a_damaged_database_at_start_offers_the_latest_good_backup(data_dir, start_gui, boxes, qtbot):
    import datetime as dt

    open_database(data_dir)
    factories.talent("From The Backup")
    backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 2, 3))
    database.close()
    (data_dir / DATABASE_FILE).write_bytes(b"scrambled " * 5000)
    code, windows = start_gui(data_dir)
    assert code == 0 and len(windows) == 1
    kind, text = boxes[0]
    assert kind == "warning" and "The database is damaged" in text and "Restore the latest good backup" in text
    settle(qtbot, windows[0])
    assert [t.name for t in Talent.select()] == ["From The Backup"]
    kept = [b for b in backups.list_backups(data_dir / "backups") if b.kind == "before-restore"]
    assert kept and kept[0].path.read_bytes().startswith(b"scrambled")


def test_a_damaged_database_with_no_backup_says_so_and_changes_nothing(data_dir, start_gui, boxes):
    (data_dir / DATABASE_FILE).write_bytes(b"scrambled " * 5000)
    code, windows = start_gui(data_dir)
    assert code == 1 and windows == []
    assert boxes[0][0] == "critical" and "no good backup" in boxes[0][1]
    assert (data_dir / DATABASE_FILE).read_bytes() == b"scrambled " * 5000
