"""A screen not built yet: says what it will hold and what is in the database now."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ..app.context import AppContext
from ..services import overview
from .base import View


class PlaceholderView(View):
    def __init__(self, ctx: AppContext, title: str, promise: str):
        super().__init__(ctx)
        self.title = QLabel(f"<h2>{title}</h2>")
        self.promise = QLabel(promise)
        self.promise.setWordWrap(True)
        self.facts = QLabel()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.promise, self.facts):
            label.setAlignment(Qt.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)

    def refresh(self) -> None:
        self.ctx.runner.read(overview.counts, on_done=self._show)

    def _show(self, counts: dict[str, int]) -> None:
        self.facts.setText(
            self.tr("{talent} talents · {contract} contracts · {message} messages").format(**counts)
        )
