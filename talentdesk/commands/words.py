"""The command line's words, in the program's language (app/translation.py chooses it, as for the window).

Qt looks translations up through an application object, and a process has one of one kind: the window and
the PDFs need a GUI application, made by the command that draws. So a sentence said before there is one (a
passphrase prompt before the window opens) is looked up in the catalogues directly, and an application is
made here only for the last words of a command (its error), when nothing will draw any more.
"""
from __future__ import annotations

import sys
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "cli"


@cache
def _catalogues() -> tuple[QTranslator, ...]:
    from ..app import translation
    from ..paths import resource

    _names()
    language = translation.chosen_language()
    locale = translation.locale_for(language)
    if locale is not None:
        QLocale.setDefault(locale)
    english = translation.PluralForms()
    if language == "en":
        return (english,)
    return (translation.Catalogue(str(resource("i18n", f"talentdesk_{language}.qm"))), english)


def _names() -> None:
    """Where the language chosen in the window is kept (QSettings reads these names)."""
    QCoreApplication.setOrganizationName("TalentDesk")
    QCoreApplication.setApplicationName("TalentDesk")


def tr(text: str, n: int = -1) -> str:
    """A sentence of the command line, translated; with ``n``, Qt's plural forms ("%n card(s)")."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(CONTEXT, text, "", n)
    found = next((t for c in _catalogues() if (t := c.translate(CONTEXT, text, None, n))), text)
    if n >= 0:
        found = found.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    return found


def _core_application() -> None:
    """An application to translate through, for a command that will not draw (see the module's note)."""
    from ..app import translation

    app = QCoreApplication.instance()
    if app is None:
        _names()
        app = QCoreApplication(sys.argv[:1])
        translation.choose_system_locale()  # as the window does: US English formats where LANG=C
    translation.install(app)


def field_error_text(exc: BaseException) -> str:
    """A service's message (a template and its values, "field: sentence") in the program's language; for a
    command's last words."""
    _core_application()
    from ..app.errors import field_error_text as translated

    return translated(exc)


def sentence(message: str) -> str:
    """A service's sentence (services.errors.Message) in the program's language, for the output of a command
    that does not draw."""
    _core_application()
    from ..sentences import translated

    return translated(message)
