"""A start pays for the window and its first screen only: the other screens' modules load when first
shown, and the database check runs after the first paint, telling the user only when something is wrong."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from talentdesk import launcher
from talentdesk.store.db import database
from talentdesk.store.integrity import check_after_start
from talentdesk.store.models import Talent
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]
OTHER_SCREENS = ("review", "workroom", "timeline", "planner")
# Libraries and modules a start has no use for before its first paint, each worth a tenth of a second or more:
# the team database's driver, the metadata reader, the PDF reports, the importers and exporters and their dialogs,
# the review rules and the settings' preferences.
NOT_BEFORE_THE_FIRST_PAINT = ("psycopg", "importlib.metadata", "keyring", "icalendar", "talentdesk.reports",
                              "talentdesk.services.report_data", "talentdesk.interchange.exports",
                              "talentdesk.interchange.vcard", "talentdesk.interchange.backup",
                              "talentdesk.views.dialogs.import_preview", "talentdesk.services.review_rules",
                              "talentdesk.services.preferences")

# Runs the program's own start (run_gui) and, at the first paint of any widget of the main window, writes
# down which of TalentDesk's view modules are loaded, then closes the window.
PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from talentdesk import launcher

    seen = {}
    real_build = launcher.build_window

    class FirstPaint(QObject):
        def __init__(self, window):
            super().__init__()
            self.window = window

        def eventFilter(self, obj, event):
            if (event.type() == QEvent.Paint and "modules" not in seen and isinstance(obj, QWidget)
                    and (obj is self.window or self.window.isAncestorOf(obj))):
                seen["modules"] = sorted(m for m in sys.modules if m.startswith("talentdesk.views."))
                seen["loaded"] = sorted(sys.modules)
                QTimer.singleShot(0, self.window.close)
            return False

    def build(data_dir):
        window = real_build(data_dir)
        window._probe = FirstPaint(window)
        QApplication.instance().installEventFilter(window._probe)
        return window

    launcher.build_window = build
    code = launcher.run_gui(Path(sys.argv[1]))
    print("MODULES " + json.dumps(seen.get("modules")))
    print("LOADED " + json.dumps(seen.get("loaded")))
""")


def _first_paint(data_dir: Path) -> dict[str, list[str]]:
    """What the program's own start had imported when the main window was first painted: "MODULES", the view
    modules; "LOADED", every module."""
    open_database(data_dir)
    factories.talent("Ada Painted")
    database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], capture_output=True, text=True,
                         timeout=120, env=env, cwd=ROOT)
    said = {line.split(" ", 1)[0]: json.loads(line.split(" ", 1)[1]) for line in run.stdout.splitlines()
            if line.startswith(("MODULES ", "LOADED "))}
    assert set(said) == {"MODULES", "LOADED"}, run.stdout + run.stderr
    return said


def test_no_other_screen_is_imported_before_the_first_paint(data_dir):
    modules = _first_paint(data_dir)["MODULES"]
    assert modules, "the main window was never painted"
    assert "talentdesk.views.bench.view" in modules  # the first screen is there…
    early = [m for m in modules if m.split(".")[2] in OTHER_SCREENS]
    assert early == []  # …and no other screen's module


def test_no_heavy_library_is_imported_before_the_first_paint(data_dir):
    loaded = set(_first_paint(data_dir)["LOADED"])
    assert "talentdesk.views.main_window" in loaded and "peewee" in loaded  # the probe saw the start
    assert sorted(loaded.intersection(NOT_BEFORE_THE_FIRST_PAINT)) == []


def test_a_screen_is_built_when_first_shown(make_window):
    window = make_window()
    assert set(window.screens.built()) == {"bench"}
    window.show_view("timeline")
    assert set(window.screens.built()) == {"bench", "timeline"}
    assert window.stack.currentWidget() is window.screens["timeline"]


def damage_an_index(data_dir: Path) -> None:
    """Scribble over one index page of the talent table: the file opens, the quick check finds it."""
    path = data_dir / DATABASE_FILE
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'talent_name'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)


def test_the_check_after_start_finds_a_damaged_page_and_stops_when_cancelled(data_dir):
    open_database(data_dir)
    for n in range(300):
        factories.talent(f"Person {n}")
    database.close()
    path = data_dir / DATABASE_FILE
    assert check_after_start(path) == []
    asked = []
    assert check_after_start(path, cancelled=lambda: asked.append(1) or len(asked) > 2) is None  # stops mid-way
    assert 3 <= len(asked) < 10  # asked while it ran, and stopped soon after being told
    damage_an_index(data_dir)
    assert check_after_start(path) and check_after_start(path, full=True)


def boxes(monkeypatch) -> list[tuple[str, str]]:
    shown = []
    for kind in ("critical", "information", "warning"):
        def show(parent, title, text, *rest, kind=kind):
            shown.append((kind, text))
            return QMessageBox.Close
        monkeypatch.setattr(QMessageBox, kind, staticmethod(show))
    return shown


def test_the_database_check_and_backup_run_beside_the_lane_after_the_first_paint(data_dir, start_gui, monkeypatch,
                                                                                 qtbot):
    from talentdesk.app.tasks import TaskRunner
    from talentdesk.store import backups

    open_database(data_dir)
    factories.talent("Sound Start")
    database.close()
    shown = boxes(monkeypatch)
    aside = []
    real_aside = TaskRunner.aside
    monkeypatch.setattr(TaskRunner, "aside", lambda self, fn, *a, **k: aside.append(fn) or real_aside(self, fn, *a, **k))
    calls = []
    real = launcher.check_after_start

    def spy(path, full=False, cancelled=lambda: False):
        window = built[0]
        calls.append((threading.current_thread() is threading.main_thread(), window._painted, full))
        return real(path, full, cancelled)

    monkeypatch.setattr(launcher, "check_after_start", spy)
    code, built = start_gui(data_dir)
    assert code == 0 and calls == []  # not before the window is up
    qtbot.waitUntil(lambda: bool(calls), timeout=20_000)
    settle(qtbot, built[0])
    assert calls == [(False, True, False)]  # off the GUI thread, after the paint, the quick check
    assert shown == []  # a sound database: nothing said
    # Both on connections of their own, beside the lane: the screens' queries never wait behind them.
    assert aside == [spy, backups.daily_backup]
    assert list((data_dir / "backups" / "daily").glob("*.sqlite3"))


def test_terms_that_came_into_force_are_put_in_force_after_the_first_paint(data_dir, start_gui, monkeypatch,
                                                                          qtbot):
    """A start no longer pays for the statement over every contract before its window shows."""
    import datetime as dt

    from talentdesk.services import scope, terms
    from talentdesk.store.models import Contract, ContractTerm

    open_database(data_dir)
    today = dt.date.today()
    cid = factories.contract(kind="hourly", rate_minor=5000, start_date=today - dt.timedelta(days=30))
    scope.change_rate(cid, 6000, scope.Request("a raise", "me", True), effective_on=today + dt.timedelta(days=1))
    # The day came while the program was closed: the change is in force, the contract's cached rate is not yet.
    ContractTerm.update(effective_on=today).where(ContractTerm.effective_on == today + dt.timedelta(days=1)).execute()
    assert Contract.get_by_id(cid).rate_minor == 5000
    database.close()
    from PySide6.QtWidgets import QApplication

    from talentdesk.views.main_window import MainWindow

    calls, real = [], terms.refresh_today

    def spy(*args, **kwargs):
        painted = any(isinstance(w, MainWindow) and w._painted for w in QApplication.topLevelWidgets())
        calls.append((threading.current_thread() is threading.main_thread(), painted))
        return real(*args, **kwargs)

    monkeypatch.setattr(terms, "refresh_today", spy)
    changes = []
    code, built = start_gui(data_dir)
    built[0].ctx.bus.changed.connect(changes.append)
    assert code == 0 and calls == []  # not before the window is up
    qtbot.waitUntil(lambda: bool(changes), timeout=20_000)
    assert calls == [(False, True)]  # on the lane, after the paint
    assert changes[0].touches("contract")  # the screens hear that a contract's terms changed
    assert Contract.get_by_id(cid).rate_minor == 6000


def test_damage_found_after_the_start_offers_the_latest_good_backup(data_dir, start_gui, monkeypatch, qtbot):
    import datetime as dt

    from talentdesk.store import backups

    open_database(data_dir)
    for n in range(300):
        factories.talent(f"Person {n}")
    backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 2, 3))
    database.close()
    damage_an_index(data_dir)
    shown = boxes(monkeypatch)
    code, built = start_gui(data_dir)
    assert code == 0 and len(built) == 1  # the file opens: the window shows first
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    kind, text = shown[0]
    assert kind == "warning" and "The database is damaged" in text and "Restore the latest good backup" in text
    assert Talent.select().count() == 300


def test_an_unclean_end_runs_the_whole_integrity_check(data_dir, start_gui, monkeypatch, qtbot):
    open_database(data_dir)
    database.close()
    from PySide6.QtCore import QSysInfo

    # The lock file a process that is gone left behind (its number, its program, this machine).
    (data_dir / "talentdesk.lock").write_text(f"999999\ntalentdesk\n{QSysInfo.machineHostName()}\n")
    calls = []
    monkeypatch.setattr(launcher, "check_after_start",
                        lambda path, full=False, cancelled=None: calls.append(full) or [])
    code, built = start_gui(data_dir)
    qtbot.waitUntil(lambda: bool(calls), timeout=20_000)
    assert calls == [True]
