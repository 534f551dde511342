"""No dialog can be made smaller than its contents need.

Qt lets a window whose layout has wrapped text (height for width) be shrunk to nothing, squeezing its fields
and buttons over each other. When a dialog is first shown, this rule fixes its smallest size at the width its
contents need and the height they then need at that width: every larger size holds too.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QMessageBox


def floor_of(dialog: QDialog) -> tuple[int, int]:
    layout = dialog.layout()
    width = max(dialog.minimumSizeHint().width(), dialog.minimumWidth())
    if layout is None:
        return width, max(dialog.minimumSizeHint().height(), dialog.minimumHeight())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
    return width, max(height, dialog.minimumSizeHint().height(), dialog.minimumHeight())


def set_floor(dialog: QDialog) -> None:
    width, height = floor_of(dialog)
    dialog.setMinimumSize(width, height)
    if dialog.width() < width or dialog.height() < height:
        dialog.resize(max(dialog.width(), width), max(dialog.height(), height))


class DialogFloor(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Show and isinstance(watched, QDialog) and not isinstance(watched, QMessageBox):
            set_floor(watched)
        return False

