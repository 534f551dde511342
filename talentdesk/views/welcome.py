"""The first-run page on an empty database: try demo data, import, or start empty."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..app.context import AppContext
from ..forms.ui_welcome import Ui_WelcomePage
from ..services import settings


class WelcomePage(QWidget):
    finished = Signal()
    import_requested = Signal()

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        # The card is centred by alignment, which ignores height-for-width: give the
        # wrapped introduction the height it needs at the card's width.
        inner = self.ui.welcomeCard.maximumWidth() - 64
        self.ui.intro.setMinimumHeight(self.ui.intro.heightForWidth(inner))
        self.ui.demoButton.setDefault(True)
        self.ui.demoButton.clicked.connect(self.load_demo)
        self.ui.importButton.clicked.connect(self.import_requested)
        self.ui.emptyButton.clicked.connect(self.start_empty)

    def load_demo(self) -> None:
        from ..services import demo  # only needed here; keeps start-up light

        data_dir = self.ctx.data_dir

        def fill(report):
            return demo.generate(data_dir, "small", progress=lambda label, fraction: report(fraction, label))

        self._set_enabled(False)
        self.ctx.runner.write(fill, changes=("*",), journal=False, progress=self.tr("Creating demo data…"),
                              on_done=lambda _counts: self._done(), on_error=self._failed)

    def start_empty(self) -> None:
        self.ctx.runner.write(settings.set, "onboarded", True, journal=False, on_done=lambda _r: self._done())

    def _failed(self, exc: BaseException) -> None:
        from ..app.errors import show_error

        self._set_enabled(True)
        show_error(self, exc)

    def _done(self) -> None:
        self._set_enabled(True)
        self.finished.emit()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.ui.demoButton, self.ui.importButton, self.ui.emptyButton):
            button.setEnabled(enabled)
