"""The program's language: its catalogue, Qt's own words, and the locale of its dates, numbers and money.

The language is ``TALENTDESK_LANGUAGE`` when it names a shipped language (screenshots, tests), else the
one chosen in Settings → Appearance (kept per computer in QSettings, like the colour scheme), else the
system's first
preferred language that TalentDesk ships, else English. The choice takes effect at the next start:
the screens are built once, in the language of that moment.

Catalogues are resources/i18n/talentdesk_<language>.qm, compiled from the .ts sources by
packaging/compile_forms.py. PySide's ``self.tr`` passes the class of the object at run time as the context
(a subclass's name, not the one where the call is written, and lupdate names module-level calls'
context after nothing at all), so a look-up that misses its context is asked again by source text alone:
the compiler adds every message a second time in the context ``ANY_CONTEXT``.

English has no catalogue of its own words, only one of the plural forms of its counts (talentdesk_en.ts,
one context "plural"); it stays installed under every language, so an untranslated count still reads
"1 week", not "1 week(s)".
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..paths import resource

CONTEXT = "plural"
ANY_CONTEXT = "@any"  # not a class name: the compiler's copy of every message, by source text alone
ENV = "TALENTDESK_LANGUAGE"
_KEY = "appearance/language"
# The shipped languages, each named in its own words (a menu of languages is read by someone who may not
# read the current one).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
}


def saved_language() -> str:
    """The language chosen in the settings, or "" to follow the system."""
    value = QSettings().value(_KEY, "")
    return value if value in LANGUAGES else ""


def choose(language: str) -> None:
    """Keep a language ("" follows the system) for the next start."""
    QSettings().setValue(_KEY, language if language in LANGUAGES else "")


def system_language(preferred: list[str] | None = None) -> str:
    """The first of the system's preferred languages that TalentDesk ships; English when none is."""
    for name in preferred if preferred is not None else QLocale.system().uiLanguages():
        tag = name.replace("-", "_")
        if tag in LANGUAGES:
            return tag
        base = tag.split("_")[0]
        if base in LANGUAGES:
            return base
        if base == "pt":  # Portuguese of Portugal, Angola…: Brazilian reads better than English
            return "pt_BR"
    return "en"


def chosen_language() -> str:
    forced = os.environ.get(ENV, "")
    if forced in LANGUAGES:
        return forced
    return saved_language() or system_language()


def choose_system_locale() -> None:
    """The system's locale for dates, numbers and money; plain English where none is set (LANG=C)."""
    system = QLocale.system()
    if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(system)


def locale_for(language: str, system: QLocale | None = None) -> QLocale | None:
    """The locale of dates, numbers and money for a language, or None where the system's own serves it.

    The system's locale serves its own language (German in Switzerland keeps de_CH; no locale at all,
    LANG=C, counts as English: the program's start makes that US English). Another language is taken in
    the system's country where that pairing exists (German chosen in Austria: de_AT), else in the
    language's main country (de_DE)."""
    system = system or QLocale.system()
    wanted = QLocale(language)
    own = (QLocale.Language.English if system.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)
           else system.language())
    if wanted.language() == own:
        return None
    paired = QLocale(wanted.language(), system.territory())
    if language != "pt_BR" and paired.language() == wanted.language() and paired.territory() == system.territory():
        return paired
    return wanted


class Catalogue(QTranslator):
    """One .qm catalogue, asked by context first and then by source text alone (see the module's note)."""

    def __init__(self, path: str, parent=None):
        super().__init__(parent)
        self._catalogue = QTranslator(self)
        self.loaded = self._catalogue.load(path)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not self.loaded:
            return None
        return (self._catalogue.translate(context or "", source_text, disambiguation, n)
                or self._catalogue.translate(ANY_CONTEXT, source_text, disambiguation, n) or None)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.loaded


class PluralForms(QTranslator):
    """English counts: the plural forms of every ``tr(text, "", n)``, looked up by source text alone."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._catalogue = QTranslator(self)
        self.loaded = self._catalogue.load(str(resource("i18n", "talentdesk_en.qm")))

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        if n < 0 or not self.loaded:
            return None
        return self._catalogue.translate(CONTEXT, source_text, disambiguation, n) or None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.loaded


def install(app: QCoreApplication, language: str | None = None) -> PluralForms:
    """The English plural forms, then (for another language) its catalogue and Qt's own words, and the
    locale of that language. Once per application: a second call changes nothing."""
    forms = getattr(app, "_plural_forms", None)
    if forms is not None:
        return forms
    forms = PluralForms(app)
    app._plural_forms = forms  # kept alive with the application
    app.installTranslator(forms)
    language = language or chosen_language()
    locale = locale_for(language)
    if locale is not None:
        QLocale.setDefault(locale)
    if language != "en":
        # Qt asks the translator installed last first: the language's words before the English counts.
        qt_words = QTranslator(app)
        if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_words)
        ours = Catalogue(str(resource("i18n", f"talentdesk_{language}.qm")), app)
        if ours.loaded:
            app.installTranslator(ours)
        app._language_catalogues = (qt_words, ours)
    pseudo_language(app)
    return forms


def pseudo_language(app: QCoreApplication) -> None:
    """TALENTDESK_LANGUAGE=pseudo (or pseudo-rtl, right to left as well): every catalogued string lengthened
    and marked, in the window and the PDFs alike (app/pseudo.py)."""
    language = os.environ.get(ENV, "")
    if language in ("pseudo", "pseudo-rtl") and getattr(app, "_pseudo_translator", None) is None:
        from PySide6.QtGui import QGuiApplication

        from . import pseudo

        pseudo.install(app, right_to_left=language == "pseudo-rtl" and isinstance(app, QGuiApplication))

