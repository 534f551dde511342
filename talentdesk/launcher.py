"""The composition root: builds the main window from the app layer and the views.

It sits above every layer (views import app, never the other way round).
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import peewee
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from . import formatting
from .app.application import build_context, ensure_application, settle
from .app.errors import user_message
from .app.single_instance import FolderInUse, SingleInstance
from .paths import attachments_dir, backups_dir
from .services import files, settings, terms
from .services.errors import ServiceError
from .store import backups, cipher, rekey
from .store.db import database
from .store.integrity import DamagedDatabase, check_after_start
from .store.migrations import SchemaError
from .store.schema import DATABASE_FILE, refresh_statistics

log = logging.getLogger("talentdesk")


def build_window(data_dir: Path, team_url: str | None = None):
    from .views.main_window import MainWindow

    ctx = build_context(data_dir, team_url)
    window = MainWindow(ctx)
    ctx.window = window
    window.switch_database = lambda url: switch_database(window, url)
    return window


def switch_database(window, team_url: str | None):
    """Reopen the window's data on another database (a team database's URL, or None for the folder's own
    file), in place: File → Connect to a team database… / Use my local data.

    Every screen holds rows of the open database and the models are bound once per process, so the window
    is built anew on the new database (like a start) and the old one closed once its writes are done; if
    the new database cannot be opened, the old window stays as it was. The choice is remembered for the
    next start. Returns the new window, or None."""
    from .app.context import remember_team_url
    from .store.dialect import where

    ctx = window.ctx
    ctx.runner.wait()  # the old window's writes are finished before the models change database
    before = database.obj
    try:
        new = build_window(ctx.data_dir, team_url)
    except Exception as exc:  # noqa: BLE001 - said in words; the old window (and its database) stays open
        if database.obj is not before:
            database.initialize(before)
        reason = user_message(exc) if not isinstance(exc, SchemaError | peewee.PeeweeException) else (
            str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__)
        QMessageBox.critical(window, tr("TalentDesk"), tr("{where} cannot be opened: {why}").format(
            where=where(team_url) if team_url else ctx.data_dir, why=reason))
        return None
    remember_team_url(ctx.data_dir, team_url)
    new.restoreGeometry(window.saveGeometry())
    window.replaced_by = new
    new.show()
    bring_terms_in_force(new)
    window.close()
    if before is not database.obj:
        try:
            before.close()
        except Exception:  # noqa: BLE001 - the old connection may already be gone; nothing is lost
            log.debug("previous database not closed", exc_info=True)
    return new


def tr(text: str) -> str:
    return QCoreApplication.translate("launcher", text)


def offer_backup_for_damaged(data_dir: Path, damage: DamagedDatabase, window=None) -> bool:
    """Ask to put the latest good backup in place of a damaged database; True when restored.

    Without ``window`` (the file would not open) the copy replaces the file before the window is built;
    with it (the check after the first paint found the damage) it is restored into the open database."""
    good = backups.latest_good_backup(backups_dir(data_dir))
    if good is None:
        QMessageBox.critical(window, tr("TalentDesk"), tr(
            "The database in {folder} is damaged and there is no good backup to restore.\n\n"
            "The file has been left as it is. Open a backup archive with “talentdesk restore FILE.zip”, "
            "or move the damaged file away to start afresh.").format(folder=data_dir))
        return False
    when = formatting.dates().local(good.taken)
    answer = QMessageBox.warning(
        window, tr("TalentDesk"),
        tr("The database is damaged ({detail}).\n\nRestore the latest good backup, taken {when}? "
           "The damaged file is kept in the backups folder.").format(detail=damage.detail, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if window is None:
        backups.restore(good.path, data_dir / DATABASE_FILE, backups_dir(data_dir))
    else:
        from .views.dialogs.maintenance import restore

        restore(window.ctx, good.path, when, window)
    return True


def take_daily_backup(window) -> None:
    """First start of the day: a copy of the still file in steps (backups.copy_still_file), beside the database
    lane (its own connection; the lane stays free for the screens), stopped if the window closes first."""
    data_dir = window.ctx.data_dir
    keep = (settings.get("backup_keep_daily"), settings.get("backup_keep_monthly"))
    window.ctx.runner.aside(backups.daily_backup, data_dir / DATABASE_FILE, backups_dir(data_dir),
                           keep_daily=keep[0], keep_monthly=keep[1],
                           on_error=lambda exc: log.warning("daily backup failed: %s", exc))


def bring_terms_in_force(window) -> None:
    """A change of terms scheduled for a day that has come since the last start is put in force, on the lane
    behind the first screen's rows; the screens hear of it only when a contract's terms did change. Not where
    this role may not write (a read-only team database).

    It goes on the lane as work that can be dropped (the runner's ``read``), so quitting never waits for it:
    it only brings the contracts' cached columns up to the terms already stored, a statement cut off by the
    process's end is rolled back whole, and the next start runs it again."""
    ctx = window.ctx
    if not window.may_write():
        return

    def done(changed: int) -> None:
        if changed:
            ctx.bus.publish({"contract"})

    ctx.runner.read(terms.refresh_today, on_done=done,
                    on_error=lambda exc: log.warning("terms in force not refreshed: %s", exc))


def after_first_paint(window, full_check: bool = False, team: bool = False) -> None:
    """What the start leaves until the window is on screen: the terms that came into force since the last
    start, on the lane; the database check (said only when something is wrong) and the daily backup beside
    the lane, on connections of their own; the planner's statistics and the sweep of removed files on the
    lane, behind the first screen's rows. Each read is dropped or stopped if the window closes first. A team
    database has only the first of them: its server checks, analyses and backs it up, and the folder's files
    are not its alone."""
    bring_terms_in_force(window)
    if team:
        return
    ctx = window.ctx
    path = ctx.data_dir / DATABASE_FILE

    def checked(problems: list[str] | None) -> None:
        if problems:
            log.error("database check at start: %s", "; ".join(problems[:3]))
            offer_backup_for_damaged(ctx.data_dir, DamagedDatabase(path, "; ".join(problems[:3])), window)

    ctx.runner.aside(check_after_start, path, full_check, on_done=checked,
                    on_error=lambda exc: log.warning("database check at start failed: %s", exc))
    ctx.runner.read(lambda: refresh_statistics(database.obj),
                    on_error=lambda exc: log.warning("statistics not refreshed: %s", exc))
    take_daily_backup(window)
    # Files removed in an earlier session can no longer be brought back by Undo: their bytes go now.
    ctx.runner.read(files.sweep_unreferenced, ctx.data_dir,
                    on_error=lambda exc: log.warning("removed files not swept: %s", exc))


def open_team_window(data_dir: Path, team_url: str, then: str = ""):
    """The window on a team database; None (after a clear message, and ``then``) when it cannot be reached
    or used."""
    from .store.dialect import where

    try:
        return build_window(data_dir, team_url)
    except (SchemaError, peewee.PeeweeException) as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        said = tr("The team database {where} cannot be used: {why}").format(where=where(team_url), why=reason)
        QMessageBox.critical(None, tr("TalentDesk"), f"{said}\n\n{then}" if then else said)
    return None


def start_window(data_dir: Path, team_url: str | None):
    """The window at start: on the team database named (--database, $TALENTDESK_DATABASE), else on the one
    this computer chose last in File → Connect…, else on the folder's own data. A remembered team database
    that cannot be used is said, and the local data opens instead (Connect… tries again)."""
    from .app.context import remembered_team_url

    if team_url:
        return open_team_window(data_dir, team_url)
    remembered = remembered_team_url(data_dir)
    if remembered:
        window = open_team_window(data_dir, remembered, then=tr("Your local data opens instead; File → Connect to "
                                                                  "a team database… tries again."))
        if window is not None:
            return window
    return open_window(data_dir)


def open_window(data_dir: Path):
    """The window, once the file opens (a damaged layout is caught here; the page check runs after the
    first paint); None (after a clear message) when the folder cannot be used."""
    try:
        rekey.recover(data_dir)  # a passphrase change a crash interrupted: finished or undone first
        if cipher.is_encrypted(data_dir):
            from .views.dialogs.passphrase import ask_at_start

            if not ask_at_start(data_dir):
                return None
        try:
            return build_window(data_dir)
        except DamagedDatabase as damage:  # found by the layout check on opening
            if not offer_backup_for_damaged(data_dir, damage):
                return None
            return build_window(data_dir)
    except ServiceError as exc:
        QMessageBox.critical(None, tr("TalentDesk"), user_message(exc))
    except (SchemaError, FolderInUse, rekey.RekeyInProgress, rekey.RekeyNotFinished) as exc:
        QMessageBox.critical(None, tr("TalentDesk"), str(exc))
    except DamagedDatabase as exc:  # the restored copy would not open either
        QMessageBox.critical(None, tr("TalentDesk"), user_message(exc))
    except (sqlite3.Error, peewee.PeeweeException) as exc:
        QMessageBox.critical(None, tr("TalentDesk"), tr("The data folder {folder} cannot be used. {why}").format(
            folder=data_dir, why=user_message(exc)))
    except OSError as exc:
        QMessageBox.critical(None, tr("TalentDesk"), tr("The data folder {folder} cannot be used: {error}").format(
            folder=data_dir, error=exc.strerror or exc))
    return None


def run_gui(data_dir: Path, scheme: str | None = None, team_url: str | None = None) -> int:
    app = ensure_application(scheme=scheme)
    instance = SingleInstance(data_dir)
    try:
        try:
            if not instance.acquire():
                if instance.ask_owner_to_raise():
                    return 0
                QMessageBox.information(None, tr("TalentDesk"), tr(
                    "TalentDesk is already open on {folder}. Switch to that window, or close it first.").format(
                        folder=data_dir))
                return 1
        except FolderInUse as exc:
            QMessageBox.critical(None, tr("TalentDesk"), str(exc))
            return 1
        except OSError as exc:
            QMessageBox.critical(None, tr("TalentDesk"), tr("The data folder {folder} cannot be used: {error}").format(
                folder=data_dir, error=exc.strerror or exc))
            return 1
        window = start_window(data_dir, team_url)
        if window is None:
            return 1
        instance.raise_requested.connect(lambda: _bring_forward(window))
        window.first_painted.connect(lambda: after_first_paint(window, full_check=instance.unclean,
                                                               team=bool(window.ctx.team_url)))
        window.show()
        return app.exec()
    finally:
        instance.release()


def _bring_forward(window) -> None:
    """A second start asked for the window: the one open now (File → Connect… may have replaced it)."""
    while getattr(window, "replaced_by", None) is not None:
        window = window.replaced_by
    window.showNormal()
    window.raise_()
    window.activateWindow()


def end_process(code: int) -> NoReturn:
    """Leave as soon as the window has closed and its writes are done: the interpreter's own teardown
    (every module, widget and Qt object freed one by one) took half a second after the window was gone
    and saved nothing. The data is safe by then: every write has committed (WAL, synchronous=NORMAL),
    the view state is synced and the folder's lock released; a read still running is only dropped."""
    try:
        database.close()
    except Exception:  # noqa: BLE001 - closing is a courtesy here; the commits are already on disk
        log.debug("database not closed at exit", exc_info=True)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed or absent (a windowed build has none)
            pass
    os._exit(code)


def screenshot(data_dir: Path, view: str, out: Path, size: tuple[int, int], scheme: str = "system",
               team_url: str | None = None) -> Path:
    """Save what a person would see of ``view``, without changing the data folder in any way (a team
    database is shown as it is: the window there is one more member's)."""
    if team_url:
        return _screenshot_of(data_dir, view, out, size, scheme, team_url)
    # (ignore_cleanup_errors: on Windows the lane may still hold the copy open while the folder goes.)
    with tempfile.TemporaryDirectory(prefix="talentdesk-screenshot-", ignore_cleanup_errors=True) as scratch:
        return _screenshot_of(_snapshot_folder(data_dir, Path(scratch)), view, out, size, scheme)


def _snapshot_folder(data_dir: Path, scratch: Path) -> Path:
    """A throwaway copy of the folder to show: the window starts review sessions and saves its geometry,
    and a screenshot must do neither to the user's own data. The database is copied through the backup
    API (consistent while another TalentDesk has it open); stored files are only read, so they are linked."""
    database_file = data_dir / DATABASE_FILE
    if database_file.exists():  # opening a missing file would create one in the user's folder
        backups.copy_database(database_file, scratch / DATABASE_FILE)
    if data_dir.is_dir():
        for item in data_dir.iterdir():  # view-state.ini, the encryption marker: small files beside the database
            if item.is_file() and not item.name.startswith(DATABASE_FILE):
                shutil.copy2(item, scratch / item.name)
    if attachments_dir(data_dir).is_dir():
        attachments_dir(scratch).symlink_to(attachments_dir(data_dir).resolve(), target_is_directory=True)
    return scratch


def _screenshot_of(data_dir: Path, view: str, out: Path, size: tuple[int, int], scheme: str,
                   team_url: str | None = None) -> Path:
    app = ensure_application(offscreen=True, scheme=scheme)
    window = build_window(data_dir, team_url)
    bring_terms_in_force(window)  # (on the snapshot: the user's folder is not written)
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
        problems = check_after_start(data_dir / DATABASE_FILE)
        if problems:
            raise DamagedDatabase(data_dir / DATABASE_FILE, "; ".join(problems[:3]))
        window = build_window(data_dir)
        window.show()
        settle(app, window)
        for name in window.screens:  # each screen is built (its module imported) as it is first shown
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
