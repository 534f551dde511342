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


@pytest.fixture
def start_gui(monkeypatch, qtbot):
    """The program's start (run_gui) with an event loop that returns at once: ``start_gui(folder)`` gives
    (exit code, the windows it built)."""
    from types import SimpleNamespace

    from talentdesk import launcher

    built = []
    real_build = launcher.build_window

    def build(data_dir):
        window = real_build(data_dir)
        qtbot.addWidget(window)
        built.append(window)
        return window

    monkeypatch.setattr(launcher, "build_window", build)
    monkeypatch.setattr(launcher, "ensure_application", lambda **_: SimpleNamespace(exec=lambda: 0))
    yield lambda folder: (launcher.run_gui(folder), built)
    for window in built:
        window.ctx.runner.wait()
        window.close()
