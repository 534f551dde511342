"""Starting the GUI: QApplication, the database, the main window; and the offscreen uses of it."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..paths import resource
from ..store.migrations import SchemaError
from ..store.schema import open_database
from . import theme
from .bus import ChangeBus
from .context import AppContext
from .tasks import TaskRunner

log = logging.getLogger("talentdesk")


def ensure_application(offscreen: bool = False, scheme: str = "system") -> QApplication:
    if offscreen and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("TalentDesk")
        QCoreApplication.setApplicationName("TalentDesk")
        QCoreApplication.setApplicationVersion(__version__)
        QGuiApplication.setDesktopFileName("org.talentdesk.TalentDesk")
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        _load_fonts()
        theme.apply(app, scheme)
    return app


def _load_fonts() -> None:
    """Fonts shipped in resources/fonts, so names in every script render the same everywhere."""
    fonts = resource("fonts")
    if fonts.is_dir():
        for path in sorted(fonts.glob("*.[ot]tf")):
            QFontDatabase.addApplicationFont(str(path))


def build_context(data_dir: Path) -> AppContext:
    open_database(data_dir)
    bus = ChangeBus()
    holder: dict = {}
    runner = TaskRunner(bus, parent_widget=lambda: holder.get("window"))
    ctx = AppContext(data_dir=data_dir, bus=bus, runner=runner)
    ctx._holder = holder  # lets the runner parent its dialogs to the window once it exists
    return ctx


def build_window(data_dir: Path):
    from ..views.main_window import MainWindow

    ctx = build_context(data_dir)
    window = MainWindow(ctx)
    ctx._holder["window"] = window
    return window


def run_gui(data_dir: Path, scheme: str = "system") -> int:
    app = ensure_application(scheme=scheme)
    QLocale.setDefault(QLocale.system())
    try:
        window = build_window(data_dir)
    except SchemaError as exc:
        QMessageBox.critical(None, "TalentDesk", str(exc))
        return 1
    except OSError as exc:
        QMessageBox.critical(
            None, "TalentDesk",
            QCoreApplication.translate("app", "The data folder {folder} cannot be used: {error}").format(
                folder=data_dir, error=exc.strerror or exc))
        return 1
    window.show()
    return app.exec()


def settle(app: QApplication, window, rounds: int = 20) -> None:
    """Let pending database work and painting finish (screenshots and the self-test)."""
    for _ in range(rounds):
        app.processEvents()
        window.ctx.runner.wait(30_000)
        app.processEvents()
        if not window.ctx.runner.busy():
            break
    QTimer.singleShot(0, lambda: None)
    app.processEvents()


def screenshot(data_dir: Path, view: str, out: Path, size: tuple[int, int], scheme: str = "system") -> Path:
    app = ensure_application(offscreen=True, scheme=scheme)
    window = build_window(data_dir)
    window.resize(*size)
    window.show()
    settle(app, window)
    window.show_view(view)
    settle(app, window)
    screen = window.screens.get(view)
    if screen is not None and hasattr(screen, "prepare_screenshot"):
        screen.prepare_screenshot()
        settle(app, window)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise OSError(f"could not write {out}")
    window.close()
    return out


def self_test(data_dir: Path) -> list[str]:
    """Open the database and build the main window offscreen; returns what failed."""
    problems: list[str] = []
    try:
        app = ensure_application(offscreen=True)
        window = build_window(data_dir)
        window.show()
        settle(app, window)
        for name in window.screens:
            window.show_view(name)
            settle(app, window)
        window.close()
    except Exception as exc:  # noqa: BLE001 - the self-test reports whatever broke
        log.exception("self-test failed")
        problems.append(f"{type(exc).__name__}: {exc}")
    return problems
