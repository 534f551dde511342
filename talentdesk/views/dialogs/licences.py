"""Help → About → Licences: the licences of everything the installed program carries.

The installer build (packaging/build.py) collects them into one file in talentdesk.resources: Qt's
LGPL notice and text, the fonts' licences, Python's, and every bundled Python package's own licence
files. This dialog only reads that file.
"""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

from ...paths import resource

LICENCES_FILE = "LICENCES.txt"   # the name packaging/release.py writes


def licences_text() -> str | None:
    """The collected licences, or None when this copy was not built by the installer build."""
    path = resource(LICENCES_FILE)
    return path.read_text(encoding="utf-8") if path.is_file() else None


class LicencesDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.resize(720, 640)
        text = licences_text()
        self.intro = QLabel(self.tr(
            "TalentDesk is free software under the MIT licence. It includes the components below, each "
            "under its own licence."))
        self.intro.setWordWrap(True)
        self.view = QPlainTextEdit()
        self.view.setAccessibleName(self.tr("Licence text"))
        self.view.setReadOnly(True)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.view.setLineWrapMode(QPlainTextEdit.NoWrap)
        if text is None:
            self.view.setPlainText(self.tr(
                "This copy of TalentDesk runs from its source code, so the licence file of the installed "
                "program is not here.\n\nIt is written when the installers are built "
                "(python packaging/build.py). Until then, the licences of the Python packages are in their "
                "installed metadata (pip show --files NAME) and those of the fonts in resources/fonts."))
        else:
            self.view.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        layout.addWidget(buttons)


def about_box(parent, title: str, text: str) -> QMessageBox:
    """The About box with a Licences… button beside Close (the button opens LicencesDialog)."""
    box = QMessageBox(QMessageBox.NoIcon, title, text, QMessageBox.Close, parent)
    icon = parent.windowIcon() if parent is not None else None
    if icon is not None and not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.licences_button = box.addButton(box.tr("&Licences…"), QMessageBox.ActionRole)
    box.licences_button.setToolTip(box.tr("The licences of TalentDesk and of everything it includes"))

    def clicked(button) -> None:
        if button is box.licences_button:
            box.licences_dialog = LicencesDialog(parent)
            box.licences_dialog.open()

    box.buttonClicked.connect(clicked)
    return box
