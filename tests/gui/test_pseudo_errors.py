"""The services' messages reach the user's language: every form dialog, saved empty and saved with input it
cannot take under the pseudo-translation (app/pseudo.py), shows its errors beside the fields translated —
no English sentence of the services' (a ValidationError's or a Refused's) and no English field name left."""
from __future__ import annotations

import re
import shutil

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from talentdesk.app import pseudo

from .conftest import open_window
from .test_layout_sizes import _dialog_openers, _opened_dialogs, _settle_long
from .test_pseudo_language import english_left

WORD = re.compile(r"[^\W\d_]{2,}")

# Dialogs without a form to save: they show, explain or act on a file (restoring a copy is not a form).
NOT_FORMS = {"keyboard shortcuts", "user guide", "about", "licences", "restore a daily copy", "check database",
             "export people", "find in messages"}
BAD_TEXT = "¤¤"  # no letters: never one of the program's phrases, never a name, an amount, a date or an address


def _save_button(dialog: QDialog) -> QPushButton | None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.AcceptRole, QDialogButtonBox.YesRole) \
                    and button.isVisible():
                return button
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    return defaults[0] if defaults else None


def outside_brackets(text: str) -> str:
    """What is left of a text without its translated pieces, which nest when a translated sentence holds
    a translated value: "[[ratings]: [choose [Skills], [Quality]]]"."""
    kept, depth = [], 0
    for char in text:
        depth += char == pseudo.OPEN
        if depth == 0:
            kept.append(char)
        depth -= char == pseudo.CLOSE and depth > 0
    return "".join(kept)


def _label_texts(dialog: QDialog) -> dict[QLabel, str]:
    return {label: label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}


def english_words(before: dict[QLabel, str], dialog: QDialog) -> list[str]:
    """Words outside the translated pieces of the texts the save put up: the input has no letters, so any
    word there is the program's (short sentences such as "is required." escape ``english_left``, which
    looks for phrases of two longer words)."""
    found = []
    for label, text in _label_texts(dialog).items():
        if text == before.get(label) or label.buddy() is not None:
            continue
        words = WORD.findall(outside_brackets(re.sub(r"<[^<>]+>", " ", text)))
        if words:
            found.append(f"{label.objectName() or 'label'} “{text[:60]}”: untranslated “{' '.join(words)}”")
    return found


def _fill(dialog: QDialog, text: str) -> None:
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly():
            edit.setText(text)
    for edit in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly():
            edit.setPlainText(text)


@pytest.fixture
def pseudo_window(qtbot, demo_folder, tmp_path):
    folder = tmp_path / "folder"
    shutil.copytree(demo_folder, folder)
    app = QApplication.instance()
    translator = pseudo.install(app)
    window = open_window(qtbot, folder)
    yield window
    window.ctx.runner.wait()
    app.removeTranslator(translator)


def test_every_form_says_what_is_wrong_in_the_users_language(qtbot, pseudo_window, tmp_path):
    window = pseudo_window
    found: list[str] = []
    boxes: list[str] = []

    def answer_boxes():
        """A question or an error box a save opens (some wait in exec()): read it, then close it."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                boxes.extend(english_left(widget))
                widget.reject()
    watcher = QTimer()
    watcher.timeout.connect(answer_boxes)
    watcher.start(50)
    forms = 0
    try:
        for name, open_dialog in _dialog_openers(qtbot, window, tmp_path).items():
            if name in NOT_FORMS:
                continue
            for how, text in (("saved empty", ""), ("saved with bad input", BAD_TEXT)):
                before = set(QApplication.topLevelWidgets())
                open_dialog()
                _settle_long(qtbot, window)
                qtbot.wait(30)
                dialogs = [d for d in _opened_dialogs(before) if not isinstance(d, QMessageBox)]
                for dialog in dialogs:
                    save = _save_button(dialog)
                    if save is None:
                        found.append(f"{name}: no button saves it")
                        continue
                    forms += 1
                    _fill(dialog, text)
                    boxes.clear()
                    shown = _label_texts(dialog)
                    save.click()
                    _settle_long(qtbot, window)
                    qtbot.wait(80)  # the error boxes and labels the failed save posted
                    answer_boxes()
                    found += [f"{name}, {how}: {problem}" for problem in boxes]
                    if shiboken6.isValid(dialog):  # a save that went through closes (and deletes) it
                        found += [f"{name}, {how}: {problem}"
                                  for problem in english_left(dialog) + english_words(shown, dialog)]
                        dialog.reject()
                        dialog.close()
                _settle_long(qtbot, window)
    finally:
        watcher.stop()
    assert forms >= 40, f"only {forms} forms were saved"
    assert not found, f"{len(found)} English messages left:\n" + "\n".join(sorted(set(found)))
