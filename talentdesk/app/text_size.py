"""Sizes that follow the user's text size.

The screens were drawn for a 9-point text. A person who reads at 150 % or 200 % (a larger font in the
system's settings) gets columns, panels and headings that grow with the words in them, not the same
pixels with the words cut to "Ashley Riv…". Nothing shrinks below the drawn size.
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

DESIGN_POINTS = 9.0  # the text size the pixel sizes of the screens and app.qss were chosen for


def text_scale() -> float:
    app = QApplication.instance()
    points = app.font().pointSizeF() if app is not None else DESIGN_POINTS
    return max(1.0, points / DESIGN_POINTS) if points > 0 else 1.0


def scaled(pixels: int) -> int:
    """A width or height drawn for 9-point text, at the user's text size."""
    return round(pixels * text_scale())
