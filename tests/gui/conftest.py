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


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    """The small demo folder, built once per test module (the screens' busiest states are in it)."""
    from talentdesk.services import demo

    folder = tmp_path_factory.mktemp("layout-demo")
    demo.generate(folder, "small")
    return folder


def open_window(qtbot, folder):
    """The real window on a folder (built by the program's own builder), measured with the fonts the program
    ships and loads at start: the test's application would otherwise measure with the system's."""
    from talentdesk.app.application import _load_fonts
    from talentdesk.launcher import build_window

    _load_fonts()
    window = build_window(folder)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    return window


@pytest.fixture
def demo_window(qtbot, demo_folder):
    window = open_window(qtbot, demo_folder)
    yield window
    window.ctx.runner.wait()
