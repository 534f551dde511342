"""A pseudo-translation: every string that goes through Qt's translation comes back longer and marked.

"Save" becomes "[Šàvé·····]": 40 % longer (German and Finnish run that much longer than English), with
accents (a font without them shows boxes) and in brackets (a cut word loses its bracket). Run the program
with ``TALENTDESK_LANGUAGE=pseudo`` and any English word left on a screen is a string that never reached
``tr()``; a cut bracket is a label too narrow for a longer language.

What the program fills in must survive: ``{name}`` and ``%n``/``%1`` placeholders, mnemonics (``&``),
HTML tags and entities, and line breaks stay as they are; only the words around them change.

Only what the shipped catalogues hold is pseudo-translated, as a real language would be: a string that
reaches ``tr()`` but was never extracted by packaging/update_translations.py stays English too, so the
screens under the pseudo-translation show every string a translator cannot reach.
"""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from ..paths import resource

# What a translation must keep: format fields, Qt's %-arguments, tags and entities, line breaks.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d+|%n|%Ln|<[^<>]+>|&[a-zA-Z]+;|&#\d+;|\n")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž")
OPEN, CLOSE, PAD = "[", "]", "·"
LONGER = 0.4


def pseudo(text: str) -> str:
    if not text or not text.strip():
        return text
    parts, last, words = [], 0, 0
    for match in _KEEP.finditer(text):
        piece = text[last:match.start()]
        parts.append(piece.translate(_ACCENTS))
        words += len(piece)
        parts.append(match.group())
        last = match.end()
    tail = text[last:]
    parts.append(tail.translate(_ACCENTS))
    words += len(tail)
    return OPEN + "".join(parts) + PAD * math.ceil(words * LONGER) + CLOSE


@cache
def catalogue_sources() -> frozenset[str] | None:
    """The source texts the translators are given (any shipped catalogue: they all hold the same texts);
    None when there is none, and then everything is pseudo-translated."""
    for path in sorted(resource("i18n").glob("talentdesk_*.ts")):
        if path.stem != "talentdesk_en":
            return frozenset(m.findtext("source") or "" for m in ET.parse(path).getroot().iter("message"))
    return None


class PseudoTranslator(QTranslator):
    """Translates every catalogued text, in every context (PySide's ``self.tr`` passes the run-time class)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        # Qt asks for its own layout direction by this key: keep the program's.
        if context == "QGuiApplication" and source_text == "QT_LAYOUT_DIRECTION":
            return None
        sources = catalogue_sources()
        if sources is not None and source_text not in sources:
            return None
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install(app: QCoreApplication, right_to_left: bool = False) -> PseudoTranslator:
    translator = PseudoTranslator(app)
    app._pseudo_translator = translator  # kept alive with the application
    app.installTranslator(translator)
    if right_to_left:
        QGuiApplication.setLayoutDirection(Qt.RightToLeft)
    return translator
