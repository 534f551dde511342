"""The import preview, the CSV column mapping, exports and backup/restore, driven from the window."""
from __future__ import annotations

from PySide6.QtCore import Qt

from talentdesk.store.models import Payment, Talent
from tests import factories
from tests.gui.conftest import settle
from tests.interchange_helpers import FIXTURES


def menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if a.text()]


def test_menus_offer_every_import_export_and_backup(make_window):
    window = make_window()
    assert any("Upwork" in t for t in menu_texts(window.menu_import))
    exports = menu_texts(window.menu_export)
    assert sum(t.endswith("as CSV…") for t in exports) == 8  # seven lists here, the timeline from its screen
    assert "Everyone as &vCard…" in exports and "&Dates as calendar (.ics)…" in exports
    texts = menu_texts(window.menu_file)
    assert texts.index("&Back up to a file…") < texts.index("&Quit") and "&Restore from a backup file…" in texts
    assert window.menu_import.menuAction().isVisible()


def test_the_export_menu_names_every_list_the_exporter_writes():
    from talentdesk.interchange import exports
    from talentdesk.views.dialogs import interchange_menus

    # The menu is built without importing the exporter (a start pays for neither): its own list must follow.
    assert list(interchange_menus.MENU_TITLES) == [name for name in exports.LISTS if name != "timeline"]
    assert set(interchange_menus.LIST_TITLES) == set(exports.LISTS)


def test_upwork_preview_settles_names_then_imports(qtbot, make_window, db):
    kahn = factories.talent("Bilal Kahn")
    window = make_window()
    dialog = window.interchange.import_upwork(FIXTURES / "upwork" / "transactions_13col.csv")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    names = {dialog.names.item(r, 0).text(): dialog.names.cellWidget(r, 1) for r in range(dialog.names.rowCount())}
    assert set(names) == {"Ana Souza", "Bilal Khan", "Chen Wei"}
    assert names["Bilal Khan"].currentData() == kahn  # the close match is proposed
    assert names["Chen Wei"].currentText() == "Add as a new person"
    assert "Would add" in dialog.status.text() and Payment.select().count() == 0
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.result_report is not None)
    assert Payment.select().count() == 8 and Talent.select().count() == 3
    assert "Done: Added" in dialog.status.text()
    dialog.close()


def test_upwork_preview_shows_why_a_file_is_refused(qtbot, make_window):
    window = make_window()
    dialog = window.interchange.import_upwork(FIXTURES / "csv" / "csvkit" / "bad.csv")
    qtbot.waitUntil(lambda: "Cannot import" in dialog.status.text(), timeout=10_000)
    assert "Expected the header" in dialog.status.text() and not dialog.import_button.isEnabled()
    dialog.close()


def test_csv_mapping_shows_first_rows_and_imports(qtbot, make_window, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("sep=;\nWho;Mail;Tags\nAna Souza;ana@example.com;Python\nBilal;b@example.com;Design\n",
                    encoding="utf-8")
    window = make_window()
    dialog = window.interchange.import_csv("talents", path)
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 2, timeout=10_000)
    assert dialog.rows.item(0, 0).text() == "Ana Souza"
    assert dialog.field_combos["email"].currentText() == "Mail"  # guessed
    dialog.field_combos["name"].setCurrentIndex(dialog.field_combos["name"].findText("Who"))
    dialog.field_combos["skills"].setCurrentIndex(dialog.field_combos["skills"].findText("Tags"))
    qtbot.mouseClick(dialog.preview_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_report is not None, timeout=10_000)
    assert sorted(t.name for t in Talent.select()) == ["Ana Souza", "Bilal"]
    dialog.close()


def test_exports_backup_and_restore_from_the_window(qtbot, make_window, db, tmp_path):
    factories.talent("Kept")
    window = make_window()
    window.interchange.export_csv("talents", tmp_path / "t.csv", options={})
    window.interchange.export_vcard(tmp_path / "t.vcf", options={})
    window.interchange.export_ics(tmp_path / "t.ics")
    window.interchange.backup(tmp_path / "b.zip")
    settle(qtbot, window)
    assert b"Kept" in (tmp_path / "t.csv").read_bytes() and (tmp_path / "b.zip").exists()
    factories.talent("Added later")
    with qtbot.waitSignal(window.ctx.bus.changed, timeout=10_000) as changed:
        window.interchange.restore(tmp_path / "b.zip", confirm=False)
    settle(qtbot, window)
    assert changed.args[0].touches("talent")
    assert [t.name for t in Talent.select()] == ["Kept"]


def test_the_people_export_dialog_keeps_notes_and_set_aside_people_out_unless_ticked(qtbot, make_window, db, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from talentdesk.views.dialogs.people_export import PeopleExportDialog

    factories.talent("Ana Open", notes="PRIVATE-ANA")
    factories.talent("Bo Aside", bench_status="archived")
    window = make_window()
    seen = []

    def answer(tick: bool):
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PeopleExportDialog)
        seen.append((dialog.notes.isChecked(), dialog.archived.isChecked()))
        if tick:
            dialog.notes.setChecked(True)
            dialog.archived.setChecked(True)
        dialog.accept()

    for name, tick in (("plain.vcf", False), ("full.vcf", True)):
        QTimer.singleShot(0, lambda tick=tick: answer(tick))
        window.interchange.export_vcard(tmp_path / name)
        settle(qtbot, window)
    assert seen == [(False, False), (False, False)]  # both off each time the dialog opens
    plain, full = (tmp_path / "plain.vcf").read_bytes(), (tmp_path / "full.vcf").read_bytes()
    assert b"PRIVATE-ANA" not in plain and b"Bo Aside" not in plain
    assert b"NOTE:PRIVATE-ANA" in full and b"FN:Bo Aside" in full
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    window.interchange.export_csv("talents", tmp_path / "cancelled.csv")
    settle(qtbot, window)
    assert not (tmp_path / "cancelled.csv").exists()


def test_the_vcard_preview_lists_the_conflicts_and_the_import_keeps_the_users_values(qtbot, make_window, db, tmp_path):
    from talentdesk.services import talents

    tid = factories.talent("Tim Howes", headline="Directory expert", notes="PRIVATE: met in 2019",
                           channels=[talents.Channel("email", "howes@netscape.com")])
    window = make_window()
    dialog = window.interchange.import_vcard(FIXTURES / "vcard" / "rfc2426-example.vcf")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    preview = dialog.report_view.toPlainText()
    assert "1 conflict (your values kept)" in preview
    assert "conflict: line 13: Tim Howes — headline: kept “Directory expert”; the file has" in preview
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.result_report is not None)
    data = talents.load_input(tid)
    assert (data.headline, data.notes) == ("Directory expert", "PRIVATE: met in 2019")
    dialog.close()
