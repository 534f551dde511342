"""Dialogs with unsaved input ask before throwing it away (Esc, Cancel or the close button)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def form_state(form: QWidget) -> tuple:
    """What a person has typed or chosen in a form's inputs, to compare with how it started."""
    values = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            values.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText())
        elif isinstance(widget, QDateEdit):
            values.append(widget.date().toString())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


def discard_ok(parent: QWidget, question: str) -> bool:
    """Ask whether to throw typed input away; the buttons say what each does."""
    box = QMessageBox(QMessageBox.Question, parent.tr("Discard changes?"), question, QMessageBox.NoButton, parent)
    discard = box.addButton(parent.tr("Discard"), QMessageBox.DestructiveRole)
    box.setDefaultButton(box.addButton(parent.tr("Keep editing"), QMessageBox.RejectRole))
    box.exec()
    return box.clickedButton() is discard
