"""Settings → Appearance and documents: colour scheme, date format, paper size and the user's name, each
saved and used where it belongs (the scheme at once and at the next start; paper and author in the PDFs)."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from talentdesk import formatting, reports
from talentdesk.app import theme
from talentdesk.services import preferences, report_data, settings
from talentdesk.services.errors import ValidationError
from tests import factories
from tests.gui.conftest import settle


def open_dialog(qtbot, window):
    action = next(a for a in window.menu_tools.actions() if a.shortcut().toString() == "Ctrl+,")
    action.trigger()
    settle(qtbot, window)
    return next(w for w in QApplication.topLevelWidgets()
                if w.objectName() == "SettingsDialog" and w.isVisible() and w.parent() is window)


def choose(combo, key) -> None:
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def test_appearance_dates_paper_and_name_are_saved_and_used(qtbot, make_window, db, tmp_path):
    talent_id = factories.talent("Ana Souza")
    window = make_window()
    dialog = open_dialog(qtbot, window)
    # Each date format shows what it does to a date.
    texts = [dialog.ui.dateFormat.itemText(i) for i in range(dialog.ui.dateFormat.count())]
    assert any(t.endswith("2026-11-30") for t in texts) and any(t.endswith("30.11.2026") for t in texts)
    assert [dialog.ui.themeCombo.itemData(i) for i in range(dialog.ui.themeCombo.count())] == ["system", "light",
                                                                                             "dark"]
    app = QApplication.instance()
    try:
        dialog.ui.myName.setText("Avery Client")
        choose(dialog.ui.themeCombo, "dark")
        choose(dialog.ui.dateFormat, "iso")
        choose(dialog.ui.paperSize, "A4")
        dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
        # The save, then the whole program restyled in the new scheme: slow on a busy machine.
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120_000)
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=120_000)
        # The scheme: applied at once, and kept for the next start on this computer.
        assert theme.is_dark() and theme.saved_scheme() == "dark"
        assert (settings.get("user_name"), settings.get("date_format"), settings.get("paper_size")) == (
            "Avery Client", "iso", "A4")
        assert formatting.date_format() == "iso"  # the screens' dates follow at once
        out = reports.talent_dossier(talent_id, tmp_path / "dossier.pdf").path
        pdf = PdfReader(out)
        assert pdf.metadata.author == "Avery Client"
        width_pt = float(pdf.pages[0].mediabox.width)
        assert abs(width_pt - QPageSize(QPageSize.PageSizeId.A4).sizePoints().width()) < 1
        # Opened again, the dialog shows what was saved.
        again = open_dialog(qtbot, window)
        assert (again.ui.themeCombo.currentData(), again.ui.dateFormat.currentData(),
                again.ui.paperSize.currentData(), again.ui.myName.text()) == ("dark", "iso", "A4", "Avery Client")
        again.reject()
    finally:
        theme.choose(app, "system")
    assert not theme.is_dark()


def test_letter_paper_and_a_name_kept_under_the_former_key(db):
    settings.set("my_name", "Kept From Before")  # a folder saved before the setting was renamed
    assert report_data.author() == "Kept From Before"
    assert settings.all_settings()["user_name"] == "Kept From Before" and "my_name" not in settings.all_settings()
    preferences.save({"paper_size": "Letter", "user_name": "New Name"})
    assert report_data.paper_setting() == "Letter" and report_data.author() == "New Name"
    assert reports.options_from_settings().paper == QPageSize.PageSizeId.Letter


def test_unknown_choices_are_refused_beside_their_field(db):
    for key, value in (("date_format", "yy/dd"), ("paper_size", "A3")):
        try:
            preferences.save({key: value})
        except ValidationError as exc:
            assert exc.field == key
        else:
            raise AssertionError(f"{key}={value!r} was accepted")
