"""What every screen is handed: the data folder, the runner, the bus, view state, navigation."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from .bus import ChangeBus
from .tasks import TaskRunner
from .team_link import TeamLink
from .writes import Writes


class Navigator(Protocol):
    def open_talent(self, talent_id: int) -> None: ...
    def open_contract(self, contract_id: int) -> None: ...
    def show_view(self, name: str) -> None: ...


@dataclass
class AppContext:
    data_dir: Path
    bus: ChangeBus
    runner: TaskRunner
    navigator: Navigator | None = None
    # The main window once the launcher has built it: the runner parents its dialogs to it.
    window: QWidget | None = None
    # The team database the window works on (a postgresql:// URL), or None for the folder's own file.
    team_url: str | None = None
    # Its link (other members' changes, a lost connection, a read-only role); None for a local folder.
    link: TeamLink | None = None
    # Whether data may be changed now, and the controls that change it (held off, saying why, when not).
    writes: Writes = field(default_factory=Writes)
    _view_state: QSettings | None = field(default=None, init=False, repr=False)

    def data_place(self) -> str:
        """Where the data is, for people to read: the team database (never its password), or the folder."""
        if self.team_url:
            from ..store.dialect import where

            return where(self.team_url)
        return str(self.data_dir)

    def view_state(self) -> QSettings:
        """Per-machine view state (geometry, column widths) kept beside the data, not in it. One object for
        the window and its screens: at quit they all set their state and one ``sync`` writes it (each write
        of the file is flushed to the disk), where an object each wrote the file once per screen."""
        if self._view_state is None:
            self._view_state = view_state(self.data_dir)
        return self._view_state


def view_state(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "view-state.ini"), QSettings.IniFormat)


TEAM_CHOICE = "connection/team_database"


def remembered_team_url(data_dir: Path) -> str | None:
    """The team database this computer chose last (File → Connect…), opened at start; None for the local data.
    Kept with the view state: the address without its password (the keyring keeps that)."""
    value = view_state(data_dir).value(TEAM_CHOICE)
    return str(value) if value else None


def remember_team_url(data_dir: Path, url: str | None) -> None:
    from ..store.dialect import without_password

    state = view_state(data_dir)
    if url:
        state.setValue(TEAM_CHOICE, without_password(url))
    else:
        state.remove(TEAM_CHOICE)
    state.sync()
