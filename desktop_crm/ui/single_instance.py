"""One app per database file: a second start brings the first window forward instead.

The first instance listens on a local socket (a named pipe on Windows) whose name is derived from
the database path and the user; a second start on the same file connects, says "activate" and exits.
``desktop-crm --new-window`` skips the check (two windows on one file are safe: the database is
shared through SQLite's locking, and a save from a stale copy is refused).
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1000


def server_name(db_path: Path) -> str:
    """A short, stable name for ``db_path`` (case-folded on Windows, where paths are case-insensitive)."""
    try:
        resolved = str(Path(db_path).expanduser().resolve())
    except OSError:
        resolved = str(Path(db_path).expanduser().absolute())
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    key = f"{user}\0{os.path.normcase(resolved)}".encode("utf-8", "surrogatepass")
    return "desktop-crm-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """``claim()`` is True for the first instance (which then listens); ``activated`` fires when
    another start asks this one to come forward."""

    activated = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """Ask a running instance to come forward; True when one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(TIMEOUT_MS)
        return True

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is removed first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if self.notify_running():  # lost a race with another start
                return False
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def claim(self) -> bool:
        """True when this is the only instance on the file (now listening), False when another came forward."""
        if self.notify_running():
            return False
        return self.listen() or not self.notify_running()

    def close(self) -> None:
        if self.server is not None:
            self.server.newConnection.disconnect(self._on_connection)
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _on_connection(self) -> None:
        """Read the short message of each new connection right away, then let the connection go."""
        if self.server is None:
            return
        wanted = False
        while (socket := self.server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(TIMEOUT_MS):
                wanted = wanted or ACTIVATE.strip() in bytes(socket.readAll().data())
            socket.abort()
            socket.deleteLater()
        if wanted:
            self.activated.emit()


def bring_forward(window) -> None:  # noqa: ANN001 - a QWidget
    """Show ``window`` un-minimised and on top (as far as the window manager allows)."""
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()
