"""Foundation figures: cold start to the painted main window, and opening the database."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.perf.bench import ROOT, Figure, timed

APP_START = """
import sys
from talentdesk.app.application import ensure_application, settle
from talentdesk.launcher import build_window
app = ensure_application(offscreen=True)
window = build_window(__import__("pathlib").Path(sys.argv[1]))
window.resize(1440, 900)
window.show()
settle(app, window)
window.grab()
"""

BARE_START = """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1440, 900)
window.show()
app.processEvents()
window.grab()
"""


def _python(code: str, *args: str) -> float:
    # As installed: compiled bytecode is written once and reused (an install ships it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return timed(lambda: subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, check=True, env=env))


def open_database(folder: Path) -> float:
    from talentdesk.store.models import Talent
    from talentdesk.store.schema import open_database as open_db

    def work():
        db = open_db(folder)
        Talent.select().count()
        db.close()

    return timed(work)


def bare_open(folder: Path) -> float:
    def work():
        con = sqlite3.connect(folder / "talentdesk.sqlite3")
        con.execute("SELECT count(*) FROM talent").fetchone()
        con.close()

    return timed(work)


FIGURES = [
    Figure("cold start to main window painted (process)", lambda f: _python(APP_START, str(f)),
           lambda f: _python(BARE_START), goal="within 3× of a bare PySide6 window"),
    Figure("open large database and count talent", open_database, bare_open, goal="a few ms over bare sqlite3"),
]
