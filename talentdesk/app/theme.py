"""Follow the system's light or dark scheme (or a forced one) with the Fusion style.

The choice (Settings → Appearance) belongs to this computer, not to the data folder: it is kept in the
user's QSettings and applied before any folder is opened.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..paths import resource

_following = False
SCHEMES = ("system", "light", "dark")
_KEY = "appearance/theme"


def saved_scheme() -> str:
    value = QSettings().value(_KEY, "system")
    return value if value in SCHEMES else "system"


def choose(app: QApplication, scheme: str) -> None:
    """Apply a scheme now and keep it for the next start."""
    scheme = scheme if scheme in SCHEMES else "system"
    QSettings().setValue(_KEY, scheme)
    apply(app, scheme)


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 32, 36), QColor(40, 43, 48), QColor(226, 228, 232)
    p.setColor(QPalette.Window, window)
    p.setColor(QPalette.WindowText, text)
    p.setColor(QPalette.Base, base)
    p.setColor(QPalette.AlternateBase, QColor(36, 38, 43))
    p.setColor(QPalette.ToolTipBase, window)
    p.setColor(QPalette.ToolTipText, text)
    p.setColor(QPalette.Text, text)
    p.setColor(QPalette.PlaceholderText, QColor(150, 156, 163))  # muted words at 5:1 on the window
    p.setColor(QPalette.Button, window)
    p.setColor(QPalette.ButtonText, text)
    p.setColor(QPalette.BrightText, QColor(255, 110, 110))
    p.setColor(QPalette.Link, QColor(110, 168, 255))
    p.setColor(QPalette.Highlight, QColor(58, 110, 200))
    p.setColor(QPalette.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.Mid, QColor(70, 74, 80))
    p.setColor(QPalette.Dark, QColor(22, 24, 27))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(120, 124, 130))
    return p


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.Window).lightness() < 128


def apply(app: QApplication, scheme: str = "system") -> None:
    """scheme: "system", "light" or "dark"."""
    app.setStyle("Fusion")
    hints = app.styleHints()
    if scheme == "system":
        wanted = hints.colorScheme()
        dark = wanted == Qt.ColorScheme.Dark
    else:
        dark = scheme == "dark"
        try:
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        except AttributeError:  # Qt < 6.8
            pass
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    sheet = resource("styles", "app.qss")
    if sheet.exists():
        app.setStyleSheet(_at_text_size(sheet.read_text(encoding="utf-8")))
    global _following
    if scheme == "system" and not _following:
        _following = True
        hints.colorSchemeChanged.connect(lambda _scheme: apply(app, "system"))


def _at_text_size(sheet: str) -> str:
    """The style sheet's font sizes were chosen beside 9-point text; a person who reads larger text gets
    headings larger in the same proportion (a heading in fixed points would end up smaller than the body)."""
    from .text_size import text_scale

    scale = text_scale()
    if scale == 1.0:
        return sheet
    return re.sub(r"font-size:\s*([\d.]+)pt", lambda m: f"font-size: {float(m.group(1)) * scale:.1f}pt", sheet)
