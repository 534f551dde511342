"""File → Restore a daily copy… and Tools → Check database…, driven as a person would."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from talentdesk.services import files
from talentdesk.store import backups
from talentdesk.store.schema import DATABASE_FILE
from tests import factories
from tests.gui.conftest import settle


def test_restore_from_backup_lists_copies_and_puts_one_back(db, data_dir, make_window, qtbot, monkeypatch):
    factories.talent("Ada Early")
    backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 4, 2))
    factories.talent("Ben Later")
    window = make_window()
    assert "2 people" in window.status_facts.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *rest: asked.append(text) or QMessageBox.Yes))

    assert window.action_restore_backup in window.menu_file.actions()
    window.action_restore_backup.trigger()
    dialog = window.restore_dialog
    table = dialog.ui.backupTable
    qtbot.waitUntil(lambda: table.rowCount() == 2)  # the daily and the monthly copy
    kinds = {table.item(r, 1).text() for r in range(2)}
    assert kinds == {"Daily", "Monthly"}
    assert str(dt.date.today().year) in table.item(0, 0).text() and table.item(0, 2).text().endswith("KiB")
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert asked and "kept as a backup first" in asked[0]
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "1 person" in window.status_facts.text())
    assert "Restored the backup" in window.statusBar().currentMessage()
    assert any(b.kind == "before-restore" for b in backups.list_backups(data_dir / "backups"))


def test_restore_dialog_says_when_there_is_nothing_to_restore(db, make_window, qtbot):
    window = make_window()
    window.action_restore_backup.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog.ui.emptyLabel.isVisible())
    assert not dialog.ui.backupTable.isVisible()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_check_database_lists_missing_and_altered_files(db, data_dir, make_window, qtbot, tmp_path):
    contract_id = factories.contract(title="Site <b>redesign</b>")
    ids = []
    for name, content in (("logo.svg", b"<svg/>"), ("brief.pdf", b"%PDF"), ("notes.txt", b"v1")):
        source = tmp_path / name
        source.write_bytes(content)
        ids.append(files.add(data_dir, contract_id, files.FileInput(path=source)))
    files.stored_path(data_dir, ids[1]).unlink()
    files.stored_path(data_dir, ids[2]).write_bytes(b"v2")
    window = make_window()
    assert window.action_check_database in window.menu_tools.actions() and window.menu_tools.menuAction().isVisible()
    window.action_check_database.trigger()
    qtbot.waitUntil(lambda: getattr(window, "check_dialog", None) is not None)
    dialog = window.check_dialog
    assert dialog.ui.summaryLabel.text() == "The database file is sound. Of 3 stored files, 1 missing and 1 altered."
    tree = dialog.ui.problemTree
    rows = [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]
    assert rows == [["Missing", "brief.pdf", "Site <b>redesign</b>"], ["Altered", "notes.txt", "Site <b>redesign</b>"]]
    dialog.reject()


def test_check_database_on_sound_data(db, make_window, qtbot):
    window = make_window()
    window.action_check_database.trigger()
    qtbot.waitUntil(lambda: getattr(window, "check_dialog", None) is not None)
    assert window.check_dialog.ui.summaryLabel.text().startswith("The database file is sound. All 0 stored")
    assert not window.check_dialog.ui.problemTree.isVisible()
    window.check_dialog.reject()
