"""No dialog can be made smaller than its contents need, and none cuts or floats its fields' words.

Qt lets a window whose layout has wrapped text (height for width) be shrunk to nothing, squeezing its fields
and buttons over each other. When a dialog is first shown, this rule fixes its smallest size at the width its
contents need and the height they then need at that width: every larger size holds too.

Two more rules of every dialog's form, put on when it is first shown:
- a choice box sizes itself to its choices, also when they arrive after the dialog opened (the thanks
  dialog's boxes, sized while still empty, read "iep Kaya" and "Backenc");
- a field's name sits at the top of its row, beside the first line of a tall box (centred, a name beside a
  tall text box floated half-way down it).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QMessageBox, QSizePolicy

# A size policy and the one like it that keeps the widget at least as wide as its size hint (its choices).
NEVER_NARROWER = {QSizePolicy.Preferred: QSizePolicy.Minimum, QSizePolicy.Expanding: QSizePolicy.MinimumExpanding}


def floor_of(dialog: QDialog) -> tuple[int, int]:
    layout = dialog.layout()
    width = max(dialog.minimumSizeHint().width(), dialog.minimumWidth())
    if layout is None:
        return width, max(dialog.minimumSizeHint().height(), dialog.minimumHeight())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
    return width, max(height, dialog.minimumSizeHint().height(), dialog.minimumHeight())


def set_floor(dialog: QDialog) -> None:
    width, height = floor_of(dialog)
    if (width, height) == (dialog.minimumWidth(), dialog.minimumHeight()):
        return
    dialog.setMinimumSize(width, height)
    if dialog.width() < width or dialog.height() < height:
        dialog.resize(max(dialog.width(), width), max(dialog.height(), height))


def tidy_form(dialog: QDialog) -> None:
    for combo in dialog.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() != QComboBox.AdjustToContents:
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            policy = combo.sizePolicy()  # grows as the form allows, never narrower than its choices
            policy.setHorizontalPolicy(NEVER_NARROWER.get(policy.horizontalPolicy(), policy.horizontalPolicy()))
            combo.setSizePolicy(policy)
    for form in dialog.findChildren(QFormLayout):
        form.setLabelAlignment(Qt.AlignLeft | Qt.AlignTop)


class DialogFloor(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(watched, QDialog) or isinstance(watched, QMessageBox):
            return False
        if event.type() == QEvent.Show:
            tidy_form(watched)
            set_floor(watched)
        elif event.type() == QEvent.LayoutRequest and watched.isVisible():
            set_floor(watched)  # choices or messages that arrived after it opened may need more room
        return False

