"""GUI fixtures: the real main window on a fresh data folder."""
from __future__ import annotations

import pytest


@pytest.fixture
def make_window(qtbot, data_dir):
    """Build the main window on data_dir (after the test has put what it needs there)."""
    from talentdesk.launcher import build_window

    windows = []

    def make():
        window = build_window(data_dir)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.ctx.runner.busy())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.runner.wait()


def settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=20_000)
