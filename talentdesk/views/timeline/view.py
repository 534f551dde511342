"""The timeline screen: every relationship's history on one line, with the trend chart."""
from __future__ import annotations

from PySide6.QtCore import QTimer

from ...app.context import AppContext
from .widget import TimelineWidget


class TimelineScreen(TimelineWidget):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.restore_state()
        # The main window builds its menus after the screens: add ours once it has.
        QTimer.singleShot(0, self, self._add_menu_actions)

    def _add_menu_actions(self) -> None:
        navigator = self.ctx.navigator
        if navigator is not None and hasattr(navigator, "add_menu_action"):
            navigator.add_menu_action("export", self.tr("Time&line events as CSV…"), self._export_from_menu,
                                      tip=self.tr("Save the events the timeline's filters show as a CSV file"))

    def _export_from_menu(self) -> None:
        if self.ctx.navigator is not None:
            self.ctx.navigator.show_view("timeline")
        self.choose_export_file()

    def prepare_screenshot(self) -> None:
        """Select the newest event so the screenshot shows a selected row."""
        row = self.model.first_event_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))


def create(ctx: AppContext) -> TimelineScreen:
    return TimelineScreen(ctx)
