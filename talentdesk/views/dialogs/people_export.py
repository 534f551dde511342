"""What an export of people holds: private notes and set-aside people stay out unless ticked here."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PeopleExportDialog(QDialog):
    """Two choices, both off by default; ``options()`` gives them as the exporters' keyword arguments."""

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The file leaves TalentDesk: choose what goes into it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notes = QCheckBox(self.tr("Include private &notes"))
        self.notes.setToolTip(self.tr("Your notes about each person; they are for your eyes only unless you tick this"))
        self.archived = QCheckBox(self.tr("Include &archived and do-not-rehire people"))
        self.archived.setToolTip(self.tr("People you have set aside are left out unless you tick this"))
        layout.addWidget(self.notes)
        layout.addWidget(self.archived)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> dict[str, bool]:
        return {"include_notes": self.notes.isChecked(), "include_archived": self.archived.isChecked()}


def ask_people_options(parent: QWidget | None, title: str) -> dict[str, bool] | None:
    """The choices, or None when the user cancelled."""
    dialog = PeopleExportDialog(parent, title)
    return dialog.options() if dialog.exec() == QDialog.Accepted else None
