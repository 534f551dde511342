"""Find in every room's messages: type, see where it was said, open the room at that message."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.context import AppContext
from ...services import workroom
from ...store.models import CHANNELS
from ..labels import AUTHOR_LABELS, CHANNEL_LABELS, instant, label

LIMIT = 200
HitRole = Qt.UserRole + 1


class FindMessagesDialog(QDialog):
    """Not modal: the room opens behind it and the next hit is one click away."""

    chosen = Signal(int, int)  # contract id, message id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("findMessages")
        self.setWindowTitle(self.tr("Find in all messages"))
        self._generation = 0
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Words to find"))
        self.search.setObjectName("findMessagesText")
        self.search.setPlaceholderText(self.tr("Words to find in every contract's messages…"))
        self.search.setClearButtonEnabled(True)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for channel in CHANNELS:
            self.channel.addItem(label(CHANNEL_LABELS, channel), channel)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Messages found"))
        self.results.setObjectName("findMessagesResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setToolTip(self.tr("Double-click or press Enter to open the room at this message"))
        self.status = QLabel(self.tr("Type a word: every room is searched."))
        self.status.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.channel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(620, 460)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run)
        self.search.textChanged.connect(self._debounce.start)
        self.channel.currentIndexChanged.connect(lambda _i: self.run())
        self.results.itemActivated.connect(self._activated)
        self.results.itemDoubleClicked.connect(self._activated)

    def run(self) -> None:
        text = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.results.clear()
            self.status.setText(self.tr("Type a word: every room is searched."))
            return
        self.status.setText(self.tr("Searching…"))
        self.ctx.runner.read(workroom.search_messages, text, LIMIT, self.channel.currentData(),
                             on_done=lambda hits: self._show(generation, hits))

    def _show(self, generation: int, hits: list[workroom.MessageHit]) -> None:
        if generation != self._generation:
            return  # an older search finished after a newer one started
        self.results.clear()
        for hit in hits:
            head = " · ".join((hit.contract_title, hit.talent_name, label(AUTHOR_LABELS, hit.author),
                               label(CHANNEL_LABELS, hit.channel), instant(hit.sent_at)))
            item = QListWidgetItem(f"{head}\n{hit.snippet}")
            item.setData(HitRole, (hit.contract_id, hit.id))
            self.results.addItem(item)
        if not hits:
            self.status.setText(self.tr("Nothing found. Try fewer or shorter words, or all channels."))
        elif len(hits) >= LIMIT:
            self.status.setText(self.tr("The newest %n match(es); add a word to narrow them.", "", LIMIT))
        else:
            self.status.setText(self.tr("{n} found").format(n=len(hits)))

    def _activated(self, item: QListWidgetItem) -> None:
        contract_id, message_id = item.data(HitRole)
        self.chosen.emit(contract_id, message_id)
