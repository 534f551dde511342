"""Foundation figures: cold start to the painted main window, quitting, the peak memory of a session that
visits every screen, and opening the database."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.perf.bench import ROOT, Figure, plus_at_most, timed, within

# Both starts say when their window is painted: the figure ends there, not when the interpreter has torn
# every module and Qt object down afterwards (the program itself leaves at once: launcher.end_process).
APP_START = """
import sys, time
from talentdesk.app.application import ensure_application, settle
from talentdesk.launcher import build_window
app = ensure_application(offscreen=True)
window = build_window(__import__("pathlib").Path(sys.argv[1]))
window.resize(1440, 900)
window.show()
settle(app, window)
window.grab()
print("PAINTED", time.time(), flush=True)
"""

BARE_START = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1440, 900)
window.show()
app.processEvents()
window.grab()
print("PAINTED", time.time(), flush=True)
"""


# The program's own start (run_gui: the lock, the window, the work after the first paint) until the
# window is painted; then it closes the window and says when, and the parent times the process going.
APP_QUIT = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from talentdesk import launcher
real_build = launcher.build_window
def build(data_dir):
    window = real_build(data_dir)
    def close():
        print("CLOSING", time.time(), flush=True)
        window.close()
    window.first_painted.connect(lambda: QTimer.singleShot(50, close))  # the start's lane work is under way
    return window
launcher.build_window = build
launcher.end_process(launcher.run_gui(Path(sys.argv[1])))  # as the program's command does
"""

BARE_QUIT = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.show()
def close():
    print("CLOSING", time.time(), flush=True)
    window.close()
QTimer.singleShot(100, close)
app.exec()
"""

# Every screen shown in turn on the folder, then the process's own peak resident memory in MB.
APP_EVERY_SCREEN = """
import sys
from pathlib import Path
from talentdesk.app.application import ensure_application, settle
from talentdesk.launcher import build_window
app = ensure_application(offscreen=True)
window = build_window(Path(sys.argv[1]))
window.resize(1440, 900)
window.show()
settle(app, window)
for name in window.screens:
    window.show_view(name)
    settle(app, window)
    window.grab()
print("PEAK", peak(), flush=True)
"""

# The process's own high-water mark: /proc's VmHWM starts afresh at exec, where ru_maxrss keeps the peak of
# the parent it was forked from (this benchmark, with Qt loaded).
PEAK = """
def peak():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""
APP_EVERY_SCREEN = PEAK + APP_EVERY_SCREEN
BARE_PEAK = PEAK + BARE_START + """
print("PEAK", peak(), flush=True)
"""


def _env() -> dict[str, str]:
    # As installed: compiled bytecode is written once and reused (an install ships it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _said(code: str, word: str, *args: str) -> tuple[float, float]:
    """Run a child; (the number it printed after ``word``, the wall-clock time it ended)."""
    run = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=_env(), capture_output=True, text=True)
    ended = time.time()
    line = next((x for x in run.stdout.splitlines() if x.startswith(word + " ")), None)
    if line is None:
        raise RuntimeError(f"the child said no {word}: {run.stdout}{run.stderr}")
    return float(line.split()[1]), ended


def until_painted(code: str, *args: str) -> float:
    """From starting the child to its window painted (it says when)."""
    started = time.time()
    painted, _ended = _said(code, "PAINTED", *args)
    return painted - started


def quit_app(folder: Path) -> float:
    closing, ended = _said(APP_QUIT, "CLOSING", str(folder))
    return ended - closing


def quit_bare(folder: Path) -> float:
    closing, ended = _said(BARE_QUIT, "CLOSING")
    return ended - closing


def peak_every_screen(folder: Path) -> float:
    return _said(APP_EVERY_SCREEN, "PEAK", str(folder))[0]


def peak_bare(folder: Path) -> float:
    return _said(BARE_PEAK, "PEAK")[0]


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
    Figure("cold start to main window painted (process)", lambda f: until_painted(APP_START, str(f)),
           lambda f: until_painted(BARE_START), goal="≤ 2× a bare PySide6 window with one label",
           met=within(ratio=2)),
    Figure("quit: window closed to process gone", quit_app, quit_bare, goal="≤ 300 ms",
           met=within(under_ms=300.001)),
    Figure("peak memory, every screen visited (child process)", peak_every_screen, peak_bare,
           goal="≤ a bare window + 150 MB", met=plus_at_most(150), unit="MB"),
    Figure("open large database and count talent", open_database, bare_open, goal="a few ms over bare sqlite3"),
]
