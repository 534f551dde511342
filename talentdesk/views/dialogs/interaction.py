"""Log an interaction with a person, contract or not: a message, a call, a meeting or a note.

The time defaults to now (local); a duration is offered only for a call or a meeting.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...app.context import AppContext
from ...app.errors import field_error_text
from ...forms.ui_interaction_dialog import Ui_InteractionDialog
from ...services import interactions
from ...services.errors import ServiceError, ValidationError
from ...store.models import INTERACTION_KINDS
from .appreciation import alive

KIND_LABELS = {
    "message": QT_TRANSLATE_NOOP("InteractionDialog", "Message"),
    "call": QT_TRANSLATE_NOOP("InteractionDialog", "Call"),
    "meeting": QT_TRANSLATE_NOOP("InteractionDialog", "Meeting"),
    "note": QT_TRANSLATE_NOOP("InteractionDialog", "Note (for yourself; not contact)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("InteractionDialog", text)


def utc_naive(when: QDateTime):
    """A local date and time from a widget as the naive UTC instant the services store."""
    return when.toUTC().toPython().replace(tzinfo=None, microsecond=0)


class InteractionDialog(QDialog):
    saved = Signal(int)  # the new entry's id

    def __init__(self, ctx: AppContext, talent_id: int, talent_name: str = "", kind: str = "call",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.talent_id = talent_id
        self.ui = Ui_InteractionDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.ui.intro.setText(tr("Log what happened with {name}, with or without a contract. Messages, calls and "
                                 "meetings count as contact for staying in touch.").format(name=talent_name or "—"))
        for key in INTERACTION_KINDS:
            self.ui.kindCombo.addItem(tr(KIND_LABELS[key]), key)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        now = QDateTime.currentDateTime()
        self.ui.whenEdit.setDateTime(now)
        self.ui.whenEdit.setMaximumDateTime(now.addSecs(300))
        self.ui.formError.hide()
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._save_button = self.ui.buttons.button(QDialogButtonBox.Save)
        self._kind_changed()
        self.ui.bodyEdit.setFocus()

    def _kind_changed(self) -> None:
        timed = self.ui.kindCombo.currentData() in interactions.TIMED_KINDS
        self.ui.durationSpin.setEnabled(timed)
        self.ui.durationLabel.setEnabled(timed)
        if not timed:
            self.ui.durationSpin.setValue(0)

    def collect(self) -> interactions.InteractionInput:
        kind = self.ui.kindCombo.currentData()
        duration = self.ui.durationSpin.value() if kind in interactions.TIMED_KINDS else 0
        return interactions.InteractionInput(kind=kind, happened_at=utc_naive(self.ui.whenEdit.dateTime()),
                                             duration_minutes=duration or None,
                                             body=self.ui.bodyEdit.toPlainText())

    def save(self) -> None:
        try:
            data = self.collect()
            interactions.validated(data)  # plain checks, no database: a clear message before the write
        except ValidationError as exc:
            self._show_error(exc)
            return
        self._save_button.setEnabled(False)
        self.ctx.runner.write(interactions.log, self.talent_id, data, changes=("interaction",),
                              on_done=alive(self, self._saved), on_error=alive(self, self._failed))

    def _saved(self, new_id: int) -> None:
        self.saved.emit(new_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._save_button.setEnabled(True)
        if isinstance(exc, ServiceError):
            self._show_error(exc)
        else:
            from ...app.errors import show_error

            show_error(self, exc)

    def _show_error(self, exc: ServiceError) -> None:
        text = field_error_text(exc)
        self.ui.formError.setText(text[:1].upper() + text[1:])
        self.ui.formError.setVisible(bool(text))
        widget = {"when": self.ui.whenEdit, "duration": self.ui.durationSpin, "text": self.ui.bodyEdit}.get(
            getattr(exc, "field", ""))
        if widget is not None:
            widget.setFocus()


def open_interaction_dialog(parent: QWidget | None, ctx: AppContext, talent_id: int, talent_name: str = "",
                            kind: str = "call") -> InteractionDialog:
    """Open (window-modal, not blocking) and return the dialog; ``saved`` fires after a save."""
    dialog = InteractionDialog(ctx, talent_id, talent_name, kind, parent)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.open()
    return dialog
