"""One program per data folder: a second start on the same folder raises the first window.

A lock file in the data folder says the folder is taken; a local socket named
after the folder lets the second start ask the first to come to the front.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE = "talentdesk.lock"
RAISE = b"raise\n"


def socket_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"talentdesk-{digest}"


class FolderInUse(Exception):
    """Another TalentDesk holds the folder and could not be asked to show itself."""


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_dir: Path):
        super().__init__()
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / LOCK_FILE))
        self.lock.setStaleLockTime(0)  # a lock of a dead process is found by its PID, not its age
        self.server: QLocalServer | None = None
        # The lock file of a process that is gone: the last session did not end cleanly (a crash, a kill,
        # a power cut), so the start runs the whole integrity check rather than the quick one.
        self.unclean = False

    def acquire(self) -> bool:
        """True when this process now owns the folder; False when another one does."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        left_behind = (self.data_dir / LOCK_FILE).exists()
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockFailedError:
                return False
            raise FolderInUse(f"The data folder {self.data_dir} cannot be locked (is it read-only?).")
        name = socket_name(self.data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crashed run
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(name)
        self.unclean = left_behind
        return True

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.waitForReadyRead(500)
            if connection.readAll().data().startswith(RAISE.strip()):
                self.raise_requested.emit()
            connection.disconnectFromServer()

    def ask_owner_to_raise(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(socket_name(self.data_dir))
        if not socket.waitForConnected(1000):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
