"""Counts in the words of English: the plural forms of every ``tr(text, "", n)`` of the program.

The catalogue is resources/i18n/talentdesk_en.ts (compiled to .qm by packaging/compile_forms.py), with
one context, "plural": PySide's ``self.tr`` passes the class of the object at run time as the context
(a subclass's name, not the one where the call is written), so the forms are looked up by their source
text alone. Calls without a count are not this catalogue's business and keep their source text.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..paths import resource

CONTEXT = "plural"


class PluralForms(QTranslator):
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


def install(app: QCoreApplication) -> PluralForms:
    forms = getattr(app, "_plural_forms", None)
    if forms is None:
        forms = PluralForms(app)
        app._plural_forms = forms  # kept alive with the application
        app.installTranslator(forms)
    return forms
