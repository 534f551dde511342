"""Choosing the program's language (app/translation.py): which language, which locale, and a catalogue that
finds a translation whatever context PySide asks it in."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt

from talentdesk.app import translation

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
<context><name>BenchView</name>
  <message><source>Archive</source><translation>Archivieren</translation></message>
  <message><source>Not yet</source><translation type="unfinished"></translation></message>
  <message numerus="yes"><source>%n people</source>
    <translation><numerusform>%n Person</numerusform><numerusform>%n Personen</numerusform></translation></message>
</context>
<context><name>MainWindow</name>
  <message><source>Archive</source><translation>Ins Archiv</translation></message>
</context>
</TS>
"""


def _compile_forms():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "packaging" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_system_language_is_the_first_preferred_one_shipped():
    assert translation.system_language(["de-CH", "en-US"]) == "de"
    assert translation.system_language(["ja-JP", "fr-CA", "de"]) == "fr"
    assert translation.system_language(["pt-BR"]) == "pt_BR"
    assert translation.system_language(["pt-PT"]) == "pt_BR"  # closer than English
    assert translation.system_language(["ja-JP", "zh"]) == "en"
    assert translation.system_language([]) == "en"


def test_a_forced_language_wins_over_the_saved_one_and_the_saved_one_over_the_system(monkeypatch, qapp):
    monkeypatch.delenv(translation.ENV, raising=False)
    monkeypatch.setattr(translation, "system_language", lambda preferred=None: "es")
    try:
        translation.choose("")
        assert translation.chosen_language() == "es"
        translation.choose("fr")
        assert translation.saved_language() == "fr" and translation.chosen_language() == "fr"
        monkeypatch.setenv(translation.ENV, "de")
        assert translation.chosen_language() == "de"
        monkeypatch.setenv(translation.ENV, "pseudo")  # not a shipped language: the saved one stands
        assert translation.chosen_language() == "fr"
        translation.choose("klingon")
        assert translation.saved_language() == ""
    finally:
        QSettings().remove("appearance/language")


def test_dates_and_numbers_follow_the_language_in_the_systems_country_where_it_exists():
    assert translation.locale_for("de", QLocale("de_AT")) is None  # the system's own language: its locale
    assert translation.locale_for("en", QLocale.c()) is None  # no locale counts as English
    assert translation.locale_for("de", QLocale("fr_CH")).name() == "de_CH"
    assert translation.locale_for("de", QLocale("en_US")).name() == "de_DE"
    assert translation.locale_for("pt_BR", QLocale("en_US")).name() == "pt_BR"
    assert translation.locale_for("fr", QLocale("de_DE")).name() == "fr_FR"
    assert translation.locale_for("en", QLocale("de_DE")).name().startswith("en_")


def test_a_catalogue_answers_in_any_context_and_with_plural_forms(tmp_path):
    forms = _compile_forms()
    source = tmp_path / "talentdesk_de.ts"
    source.write_text(SAMPLE, encoding="utf-8")
    flat = forms.with_any_context(source, tmp_path / "flat.ts")
    qm = tmp_path / "talentdesk_de.qm"
    import subprocess

    subprocess.run([*forms.lrelease_command(), "-silent", str(flat), "-qm", str(qm)], check=True)
    catalogue = translation.Catalogue(str(qm))
    assert catalogue.loaded
    assert catalogue.translate("MainWindow", "Archive") == "Ins Archiv"  # its own context first
    assert catalogue.translate("BenchView", "Archive") == "Archivieren"
    # PySide asks in the run-time class's name (a subclass, a dialog built by a helper), or in none at all.
    assert catalogue.translate("ArchiveDialog", "Archive") == "Archivieren"
    assert catalogue.translate("", "Archive") == "Archivieren"
    assert catalogue.translate("reports", "%n people", None, 1) == "%n Person"
    assert catalogue.translate("reports", "%n people", None, 4) == "%n Personen"
    assert catalogue.translate("BenchView", "Not yet") is None  # unfinished: the English text stays
    assert catalogue.translate("BenchView", "Never heard of") is None


def _installed(qapp, language: str):
    """The catalogue and Qt's own words of a shipped language, installed as the program's start does."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from talentdesk.paths import resource

    qt_words = QTranslator(qapp)
    qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = translation.Catalogue(str(resource("i18n", f"talentdesk_{language}.qm")), qapp)
    assert ours.loaded, f"talentdesk_{language}.qm is missing: run packaging/compile_forms.py"
    for translator in (qt_words, ours):
        qapp.installTranslator(translator)
    return qt_words, ours


def test_the_window_and_a_dialog_speak_german(qtbot, qapp, demo_folder):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from talentdesk.views.dialogs.settings_dialog import SettingsDialog

    from .conftest import open_window

    translators = _installed(qapp, "de")
    try:
        window = open_window(qtbot, demo_folder)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Datei", "&Bearbeiten"]
        bench = window.screens["bench"]
        model = bench.table.model()
        headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
        assert "Headline" not in headers and "Last worked" not in headers
        assert QCoreApplication.translate("BenchModel", "Last worked") in headers
        # A Designer form (its texts are read from ui/*.ui) and Qt's own buttons (qtbase_de).
        dialog = SettingsDialog(window.ctx, {}, window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() != "Settings" and dialog.ui.languageLabel.text() != "&Language:"
        assert dialog.ui.buttonBox.button(QDialogButtonBox.Cancel).text().replace("&", "") == "Abbrechen"
        window.ctx.runner.wait()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_command_line_speaks_the_chosen_language(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "TALENTDESK_LANGUAGE": "de", "QT_QPA_PLATFORM": "offscreen"}
    folder = tmp_path / "data"
    demo = subprocess.run([sys.executable, "-m", "talentdesk", "demo", "--out", str(folder), "--scale", "small"],
                          env=env, capture_output=True, text=True)
    assert demo.returncode == 0, demo.stderr
    again = subprocess.run([sys.executable, "-m", "talentdesk", "demo", "--out", str(folder)],
                           env=env, capture_output=True, text=True)
    assert again.returncode == 1
    assert "already holds a TalentDesk database" not in again.stderr
    assert str(folder) in again.stderr and "TalentDesk" in again.stderr
    listed = subprocess.run([sys.executable, "-m", "talentdesk", "--data-dir", str(folder), "review", "--list"],
                            env=env, capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    assert "in the queue." not in listed.stdout
