"""Help → About → Licences shows the licences file the installer build puts in the bundle."""
from __future__ import annotations

from talentdesk.views.dialogs import licences
from tests.packaging_helpers import load_release


def test_about_has_a_licences_button_that_shows_the_bundled_file(qtbot, make_window, tmp_path, monkeypatch):
    bundled = tmp_path / "LICENCES.txt"
    bundled.write_text("Qt and Qt for Python  (LGPL-3.0-only)\npeewee 3.17  (MIT)\n", encoding="utf-8")
    monkeypatch.setattr(licences, "resource", lambda name: tmp_path / name)
    window = make_window()
    window.about()
    box = window.about_dialog
    qtbot.waitUntil(box.isVisible)
    assert "TalentDesk" in box.text()
    box.licences_button.click()
    dialog = box.licences_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.view.toPlainText() == bundled.read_text(encoding="utf-8")
    assert dialog.view.isReadOnly()
    dialog.close()


def test_without_the_file_the_dialog_says_where_licences_come_from(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(licences, "resource", lambda name: tmp_path / name)
    dialog = licences.LicencesDialog()
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "packaging/build.py" in text and "resources/fonts" in text


def test_the_dialog_reads_the_file_the_build_writes():
    assert licences.LICENCES_FILE == load_release().LICENCES_FILE
