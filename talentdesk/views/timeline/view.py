"""The timeline screen: every relationship's history on one line, with the trend chart."""
from __future__ import annotations

from ...app.context import AppContext
from .widget import TimelineWidget


class TimelineScreen(TimelineWidget):
    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.restore_state()  # (File ▸ Export ▸ Timeline events is the main window's: this screen is built late)

    def prepare_screenshot(self) -> None:
        """Select the newest event so the screenshot shows a selected row."""
        row = self.model.first_event_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))


def create(ctx: AppContext) -> TimelineScreen:
    return TimelineScreen(ctx)
