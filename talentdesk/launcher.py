"""The composition root: builds the main window from the app layer and the views.

It sits above every layer (views import app, never the other way round).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from .app.application import build_context, ensure_application, settle
from .store.migrations import SchemaError

log = logging.getLogger("talentdesk")


def build_window(data_dir: Path):
    from .views.main_window import MainWindow

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
        problems += _installation_problems()
    except Exception as exc:  # noqa: BLE001 - the self-test reports whatever broke
        log.exception("self-test failed")
        problems.append(f"{type(exc).__name__}: {exc}")
    return problems


def _installation_problems() -> list[str]:
    """What an installed (or frozen) copy may lack: the assets and the Qt image plugins for them."""
    from PySide6.QtGui import QImageReader

    from .paths import resource, resources_dir

    problems = [f"missing {'/'.join(parts)} in {resources_dir()}"
                for parts in (("icons", "talentdesk.svg"), ("styles", "app.qss")) if not resource(*parts).is_file()]
    formats = {bytes(name).decode() for name in QImageReader.supportedImageFormats()}
    problems += [f"Qt cannot read {name.upper()} images (its imageformats plugin is missing)"
                 for name in ("svg", "png", "jpeg") if name not in formats]
    return problems
