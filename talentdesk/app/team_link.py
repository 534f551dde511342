"""The window's link to a team database: other members' changes reach the change bus, a lost connection is
said and mended, and a role that may only read has its writes refused.

* What other sessions write arrives from ``store.team_live.Listener`` (its own connection and thread) and is
  published on the bus as one ``Change`` per short burst, with the rows each statement named: the screens
  refresh as they do after the window's own writes. The window's own sessions are left out there, so its
  writes are not applied twice.
* A lost connection (the listener's, or the lane's when a job fails for it) makes the link offline: the
  runner refuses writes saying so, reads that fail leave what is on screen as it is, and the lane is
  probed again and again (doubling waits) until the server answers; then every screen reloads, since
  what others wrote meanwhile was not announced.
* A read-only role is found at connect (``team_live.may_write``): every write is refused saying why.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..services.errors import QT_TRANSLATE_NOOP, Refused
from ..store import team_live
from ..store.db import database
from .bus import ChangeBus, TableRows

log = logging.getLogger("talentdesk")

READ_ONLY = QT_TRANSLATE_NOOP("errors", "This team database lets you read only: your role on the server may not "
                                        "change it. Ask whoever runs the server for write access.")
OFFLINE = QT_TRANSLATE_NOOP("errors", "The team database cannot be reached just now, so nothing can be saved. "
                                      "TalentDesk keeps trying to reconnect and says so when it is back.")
NOT_SAVED = QT_TRANSLATE_NOOP("errors", "The connection to the team database was lost, so this change was not "
                                        "saved: none of it was written. TalentDesk reconnects by itself; try again "
                                        "when the status bar says it is back.")
NOT_READ = QT_TRANSLATE_NOOP("errors", "The team database cannot be reached just now; what is on screen is what was "
                                       "loaded before.")


def out_of_reach(exc: BaseException) -> bool:
    """Did a query fail because the team database's server is out of reach (for a screen that reads on its
    own, outside the runner)?"""
    return team_live.connection_lost(exc)


class TeamUnavailable(Refused):
    """A write refused (or a job failed) because of the team database's link, not the data."""


GATHER_MS = 150  # notices closer together than this are one change on the bus
FIRST_RETRY_MS, MOST_RETRY_MS = 1000, 30_000


class TeamLink(QObject):
    changed = Signal()  # online or offline: the window's banner and write actions follow
    reconnected = Signal()
    _heard = Signal(object)  # a batch of notices, from the listener's thread
    _listener_link = Signal(bool, str)  # the listener's connection went (False) or came back (True)

    def __init__(self, db, bus: ChangeBus, runner, read_only: bool) -> None:
        super().__init__()
        self.db, self.bus, self.runner = db, bus, runner
        self.read_only = read_only
        self.online = True
        self.reason = ""  # the driver's words for the last loss, for the banner's tooltip
        self._retry_ms = FIRST_RETRY_MS
        self._probing = False
        self._listener_down = False
        self._images: dict[str, list[tuple[int, bool, bool]]] = {}
        self._unnamed: set[str] = set()  # tables changed by statements too large to name their rows
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS, timeout=self._publish)
        self._retry = QTimer(self, singleShot=True, timeout=self.try_now)
        self._heard.connect(self._take, Qt.QueuedConnection)
        self._listener_link.connect(self._listener_said, Qt.QueuedConnection)
        runner.link = self
        self.listener = team_live.Listener(db.database, db.connect_params, db.sessions.copy,
                                           self._heard.emit, self._listener_link.emit)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self._retry.stop()
        self.listener.stop()

    # -- what the runner asks ---------------------------------------------------------------------------
    def may_write(self) -> bool:
        return self.online and not self.read_only

    def refusal(self) -> TeamUnavailable | None:
        """Why a write may not start now, or None."""
        if self.read_only:
            return TeamUnavailable(READ_ONLY)
        if not self.online:
            return TeamUnavailable(OFFLINE)
        return None

    def explain(self, exc: BaseException, writing: bool) -> TeamUnavailable | None:
        """A job failed: when for the lost connection, the link goes offline and the sentence to show in place
        of the driver's error is returned (None for any other failure)."""
        if isinstance(exc, TeamUnavailable) or not out_of_reach(exc):
            return None
        log.warning("team database out of reach: %s", str(exc).strip().splitlines()[0] if str(exc).strip() else exc)
        self._lost(str(exc))
        return TeamUnavailable(NOT_SAVED if writing else NOT_READ)

    # -- losing and finding the server ----------------------------------------------------------------------
    def _lost(self, reason: str) -> None:
        self.reason = reason.strip()
        if not self.online:
            return
        self.online = False
        self._retry_ms = FIRST_RETRY_MS
        self.changed.emit()
        if not self._probing:
            self._retry.start(self._retry_ms)

    def try_now(self) -> None:
        """Ask the server on the lane whether it answers again (the probe opens a new session if the old
        one was ended)."""
        if self.online or self._probing:
            return
        self._retry.stop()
        self._probing = True
        self.runner.read(team_live.probe, database.obj, on_done=self._answered, on_error=self._not_answered)

    def _answered(self, answered: bool) -> None:
        if not answered:
            self._not_answered(None)
            return
        self._probing = False
        if self.online:
            return
        self.online = True
        self.changed.emit()
        self.reconnected.emit()
        # What others wrote while the link was down was never announced: every screen reloads.
        self.bus.publish({"*"})

    def _not_answered(self, _exc) -> None:
        self._probing = False
        self._retry_ms = min(self._retry_ms * 2, MOST_RETRY_MS)
        self._retry.start(self._retry_ms)

    def _listener_said(self, up: bool, reason: str) -> None:
        if not up:
            self._listener_down = True
            self._lost(reason)
            return
        if self._listener_down:  # back after a loss: notices of the gap are lost, screens reload
            self._listener_down = False
            if self.online:
                self.bus.publish({"*"})
            else:
                self.try_now()

    # -- other members' changes -------------------------------------------------------------------------
    def _take(self, notices: list[team_live.Notice]) -> None:
        for notice in notices:
            if notice.ids is None:
                self._unnamed.add(notice.table)
            else:
                self._images.setdefault(notice.table, []).extend(notice.images())
        if not self._gather.isActive():
            self._gather.start()

    def _publish(self) -> None:
        tables = set(self._images) | self._unnamed
        rows = {} if self._unnamed else {table: TableRows.of(images) for table, images in self._images.items()}
        self._images, self._unnamed = {}, set()
        if tables:
            self.bus.publish(tables, rows)
