"""The fonts shipped in resources/fonts, registered once per process for the PDFs.

The window loads them at start too; a headless report has no window, so reports
load them themselves. Noto Sans covers Latin, Greek and Cyrillic; Droid Sans
Fallback covers Chinese, Japanese and Korean names; Noto Sans Symbols2 and Noto Sans
Math cover the signs the reports print (★ ☆ ☑ ☐ → −), which Noto Sans lacks: without
them Qt borrows a system font (DejaVu on Linux) and embeds it. Qt embeds only the glyphs used.
"""
from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QFontDatabase

from ..paths import resource

FAMILIES = ["Noto Sans", "Droid Sans Fallback", "Noto Sans Symbols2", "Noto Sans Math"]
FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DroidSansFallbackFull.ttf", "NotoSansSymbols2-Regular.ttf",
         "NotoSansMath-Regular.ttf")

_lock = threading.Lock()
_loaded: list[str] | None = None


def ensure_fonts() -> list[str]:
    """Register the shipped fonts (once) and return the families they provide."""
    global _loaded
    with _lock:
        if _loaded is None:
            families: list[str] = []
            for name in FILES:
                path = resource("fonts", name)
                font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
                if font_id >= 0:
                    families.extend(QFontDatabase.applicationFontFamilies(font_id))
            _loaded = families
        return list(_loaded)


def font(point_size: float, bold: bool = False) -> QFont:
    ensure_fonts()
    f = QFont()
    f.setFamilies(FAMILIES)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    # Names must come out as typed: never a synthesized bold for a script whose font has no bold face.
    f.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
    return f
