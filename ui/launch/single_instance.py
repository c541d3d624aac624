"""One Cuentas per user: a second start hands its book to the one already running.

Double-clicking a `.cuentas` file (the file association of every installer, see
packaging/) starts `cuentas FILE`. When Cuentas is already running for this user, the
new process connects to the running one over a local socket (`QLocalServer`, a Unix
socket or a Windows named pipe that only this user may open), sends the book's full
path, waits for the answer and exits; the running app opens that book in its window
(`ui.application.open_requested`) and comes to the front. `cuentas` with no book just
brings the running window to the front. On macOS the system sends the file as a
`QFileOpenEvent` to the running app instead; `FileOpenFilter` turns that into the same
request.

The conversation is one line each way: `{"open": "/abs/path.cuentas"}` (or
`{"open": ""}`), answered `ok`. The server's name is per user and per data folder
(`CUENTAS_HOME`), so tests and portable installs never talk to each other.
"""

from __future__ import annotations

import argparse
import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import paths

#: How long the second process waits for the first (ms): connect, then the answer.
TIMEOUT_MS = 3000
ANSWER = b"ok\n"


def server_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    folder = str(paths.data_dir())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    return f"cuentas-{digest}"


def absolute(location: str) -> str:
    """A file path made absolute in the sender's folder; a URL (a shared PostgreSQL
    book) unchanged."""
    if not location or "://" in location:
        return location
    return str(Path(location).expanduser().resolve())


def requested(args: argparse.Namespace) -> str | None:
    """The book a start asks for, when it is known before anything is opened: `--db`
    (`cuentas FILE`), the demo book once it exists, "" for none; None while unknown."""
    if getattr(args, "db", None):
        return str(args.db)
    if getattr(args, "demo", False):
        demo = paths.demo_book_path()
        return str(demo) if demo.exists() else None
    return ""


def hand_over(location: str | None, name: str | None = None) -> bool:
    """Give `location` (or nothing: "come to the front") to the running Cuentas.
    True when one took it; False when none is running (this process goes on)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = json.dumps({"open": absolute(location or "")}) + "\n"
    socket.write(QByteArray(message.encode()))
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == ANSWER


def _answers(name: str) -> bool:
    probe = QLocalSocket()
    probe.connectToServer(name)
    alive = probe.waitForConnected(500)
    probe.abort()
    return alive


class InstanceServer(QObject):
    """Listens for later starts; `open_requested(location)` for each ("" = to the front)."""

    open_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        if not self.server.listen(self.name) and not _answers(self.name):
            # A socket left by a Cuentas that crashed (a live one that was too busy to
            # answer hand_over() in time keeps its socket; this process then serves none).
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" not in buffer:
                    return
                line = bytes(buffer).split(b"\n", 1)[0]
                socket.readyRead.disconnect()
                socket.write(QByteArray(ANSWER))
                socket.flush()
                socket.disconnectFromServer()
                socket.deleteLater()
                try:
                    location = str(json.loads(line.decode()).get("open") or "")
                except (ValueError, AttributeError):
                    return
                self.open_requested.emit(location)

            socket.readyRead.connect(read)
            if socket.bytesAvailable():
                read()


class FileOpenFilter(QObject):
    """macOS hands a double-clicked file to the running app as a QFileOpenEvent."""

    open_requested = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            from PySide6.QtGui import QFileOpenEvent

            if isinstance(event, QFileOpenEvent):
                self.open_requested.emit(event.file())
                return True
        return super().eventFilter(watched, event)
