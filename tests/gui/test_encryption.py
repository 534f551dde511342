"""The passphrase in the window: asked at start_gui, a wrong one said beside the field, Tools → Encryption…."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from talentdesk.store import cipher
from talentdesk.store.db import database
from talentdesk.store.schema import DATABASE_FILE, open_database
from talentdesk.views.dialogs.passphrase import PassphraseDialog
from tests import factories
from tests.gui.conftest import settle

PASS = "correct horse battery staple"


def encrypted_folder(data_dir):
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
    from talentdesk.services import encryption

    open_database(data_dir)
    factories.talent("Secret Agent")
    encryption.set_passphrase(data_dir, PASS)
    database.close()
    cipher.lock()


def typing(attempts, seen):
    """PassphraseDialog.exec as a person: types each attempt and presses OK until it opens."""
    def run(self):
        for attempt in attempts:
            self.ui.passphraseEdit.setText(attempt)
            self.submit()
            seen.append(self.ui.passphraseError.text() if self.ui.passphraseError.isVisibleTo(self) else "")
            if self.result() == QDialog.Accepted:
                return QDialog.Accepted
        return QDialog.Rejected
    return run


def test_the_passphrase_is_asked_at_start_and_a_wrong_one_is_said_beside_it(data_dir, start_gui, monkeypatch, qtbot):
    encrypted_folder(data_dir)
    seen = []
    monkeypatch.setattr(PassphraseDialog, "exec", typing(["not the passphrase", PASS], seen))
    code, windows = start_gui(data_dir)
    assert code == 0 and len(windows) == 1
    assert seen == ["That passphrase does not open this data folder.", ""]
    settle(qtbot, windows[0])
    assert "1 person" in windows[0].status_facts.text()


def test_cancelling_the_passphrase_opens_nothing_and_changes_nothing(data_dir, start_gui, monkeypatch):
    encrypted_folder(data_dir)
    before = (data_dir / DATABASE_FILE).read_bytes()
    seen = []
    monkeypatch.setattr(PassphraseDialog, "exec", typing(["wrong once", "wrong twice"], seen))
    code, windows = start_gui(data_dir)
    assert code == 1 and windows == [] and len(seen) == 2
    assert (data_dir / DATABASE_FILE).read_bytes() == before and cipher.key() is None


def test_without_the_extra_the_option_says_how_to_get_it(db, make_window, monkeypatch):
    told = []
    monkeypatch.setattr(cipher, "available", lambda: False)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *r: told.append(text)))
    window = make_window()
    window.action_encryption.trigger()
    assert told and "pip install" in told[0] and "[encryption]" in told[0]  # run from a source checkout


def test_a_packaged_copy_is_not_told_to_run_pip(db, make_window, monkeypatch):
    told = []
    monkeypatch.setattr(cipher, "available", lambda: False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *r: told.append(text)))
    window = make_window()
    window.action_encryption.trigger()
    assert told and "pip" not in told[0] and "release package" in told[0]
    assert "pip" not in str(cipher.EncryptionUnavailable())


def test_turning_encryption_on_from_the_tools_menu(db, data_dir, make_window, qtbot):
    pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
    factories.talent("Kept Whole")
    window = make_window()
    window.action_encryption.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog) and w.isVisible())
    assert not dialog.ui.currentEdit.isVisible() and dialog.ui.repeatEdit.isVisible()
    dialog.ui.passphraseEdit.setText("short")
    dialog.ui.repeatEdit.setText("short")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible() and "at least 8 characters" in dialog.ui.passphraseError.text()
    dialog.ui.passphraseEdit.setText(PASS)
    dialog.ui.repeatEdit.setText(PASS)
    dialog.ui.buttonBox.accepted.emit()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "now encrypted" in window.statusBar().currentMessage())
    assert cipher.is_encrypted(data_dir) and not cipher.is_plain(data_dir / DATABASE_FILE)
    window.ctx.bus.publish(("talent",))
    settle(qtbot, window)
    assert "1 person" in window.status_facts.text()
