"""Starting the GUI: the QApplication, fonts, theme and the context every screen is handed."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import __version__, formatting
from ..paths import resource
from ..services import settings
from ..store import team_live
from ..store.schema import open_database, open_team_database
from . import date_fields, theme, translation
from .bus import ChangeBus
from .context import AppContext
from .tasks import TaskRunner
from .team_link import TeamLink

log = logging.getLogger("talentdesk")


def ensure_application(offscreen: bool = False, scheme: str | None = None) -> QApplication:
    """scheme: "system", "light", "dark", or None for the one chosen in the settings."""
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
        translation.choose_system_locale()
        _load_fonts()
        theme.apply(app, scheme or theme.saved_scheme())
    date_fields.install(app)  # both are kept once per application, whoever created it
    translation.install(app)  # the language, and the pseudo-language when asked for
    translation.pseudo_language(app)
    return app


def _load_fonts() -> None:
    """Fonts shipped in resources/fonts, so names in every script render the same everywhere."""
    fonts = resource("fonts")
    if fonts.is_dir():
        for path in sorted(fonts.glob("*.[ot]tf")):
            QFontDatabase.addApplicationFont(str(path))


def build_context(data_dir: Path, team_url: str | None = None) -> AppContext:
    team = open_team_database(team_url, folder=data_dir) if team_url else None
    if team is None:
        open_database(data_dir)
    # A role that may only read is known before anything is written, so nothing is tried that would fail.
    read_only = team is not None and not team_live.may_write(team)
    formatting.set_date_format(settings.get("date_format"))  # every screen's dates follow the folder's choice
    # (The terms that came into force since the last start are put in force after the first paint, on the lane:
    # a statement over every contract, a few tenths of a second on a large folder; launcher.after_first_paint.)
    bus = ChangeBus()
    # The runner parents its dialogs to the window, which the launcher sets on the context once built.
    runner = TaskRunner(bus, parent_widget=lambda: ctx.window)
    ctx = AppContext(data_dir=data_dir, bus=bus, runner=runner, team_url=team_url)
    if team is not None:
        ctx.link = TeamLink(team, bus, runner, read_only)
        ctx.writes.follow(ctx.link)
        ctx.link.start()
    return ctx


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
