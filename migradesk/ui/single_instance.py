"""One MigraDesk per data dir, as Anki and most desktop apps do.

The running app holds a lock file in its data dir (``QLockFile``: the owner's PID and host are in
it, so the lock of a crashed or killed app is recognised as stale and taken over) and, once its
window is on screen, listens on a local socket named after the data dir (``QLocalServer``). A
second launch on the same data dir finds the lock held, asks the running app to bring its window
to the front (``QLocalSocket``) and exits: two windows never edit one file. The second launch needs
no window of its own, so it does not start Qt's GUI at all.

A first app still starting (locked, not listening yet) is asked again for a few seconds; if the
lock is freed meanwhile (the first app closed), the launch goes on as the first.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger("migradesk.ui")

LOCK_NAME = "migradesk.lock"
SOCKET_NAME = "migradesk.sock"
MAX_SOCKET_PATH = 100  # bytes: sun_path holds 108 on Linux, 104 on macOS
RAISE = b"raise\n"
RAISED = b"ok\n"
ASK_FOR_S = 10.0  # a first app still starting gets this long to answer
RETRY_S = 0.1


def server_names(data_dir: Path) -> list[str]:
    """Where the running app listens, in order of preference: a socket in the data dir (found by
    any launch on the same data dir, whatever its TMPDIR), else a name in the temp folder, one
    per user and data dir (a folder that takes no socket, a path too long for one, Windows)."""
    key = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    names = [f"migradesk-{user}-{key}"]
    beside = str(data_dir.resolve() / SOCKET_NAME)
    if sys.platform != "win32" and len(beside.encode()) < MAX_SOCKET_PATH:
        names.insert(0, beside)
    return names


class Instance(QObject):
    """The running app's claim on its data dir: the lock, then the socket (``listen``)."""

    def __init__(self, data_dir: Path, lock: QLockFile | None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.lock = lock
        self.server: QLocalServer | None = None
        self._raise: Callable[[], None] | None = None

    def listen(self, bring_to_front: Callable[[], None]) -> bool:
        """Answer later launches by calling ``bring_to_front`` (call after the first paint)."""
        from PySide6.QtNetwork import QLocalServer

        self._raise = bring_to_front
        for name in server_names(self.data_dir):
            server = QLocalServer(self)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            QLocalServer.removeServer(name)  # left by a crashed app: ours now (we hold the lock)
            if server.listen(name):
                server.newConnection.connect(self._answer)
                self.server = server
                return True
            log.warning("single instance: cannot listen on %s: %s", name, server.errorString())
            server.deleteLater()
        return False

    def _answer(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return

            def read(socket: object = socket) -> None:
                from PySide6.QtNetwork import QLocalSocket

                assert isinstance(socket, QLocalSocket)
                if not socket.canReadLine():
                    return
                if bytes(socket.readLine().data()) == RAISE and self._raise is not None:
                    log.info("a later launch on this data dir: brought to the front")
                    self._raise()
                socket.write(RAISED)
                socket.flush()
                socket.disconnectFromServer()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            read()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()


def _lock(data_dir: Path) -> tuple[bool, QLockFile | None]:
    """Take the data dir's lock: (False, None) when another live process holds it. A stale lock
    (its process is gone) is taken over. Any other problem (a read-only folder) goes on
    unlocked, (True, None): opening the database explains it to the user."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        return True, None
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead owner makes it stale, never its age
    if lock.tryLock(0):
        return True, lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return False, None
    log.warning("single instance: cannot lock %s (%s)", data_dir, lock.error())
    return True, None


@contextmanager
def without_the_app(data_dir: Path) -> Iterator[bool]:
    """For a command that must not run while the app has ``data_dir`` open (a restore): holds
    the data dir's lock meanwhile, so the app cannot start either. Yields False when the app
    is running there."""
    free, lock = _lock(data_dir)
    try:
        yield free
    finally:
        if lock is not None:
            lock.unlock()


def owner(data_dir: Path) -> int | None:
    """The PID of the process holding the data dir's lock, if any."""
    info = QLockFile(str(data_dir / LOCK_NAME)).getLockInfo()  # PySide: (pid, host, app)
    pid = info[0] if isinstance(info, tuple) and info else 0
    return int(pid) if isinstance(pid, int) and pid > 0 else None


def ask_to_raise(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """Ask the app running on ``data_dir`` to bring its window to the front; True once it did."""
    from PySide6.QtNetwork import QLocalSocket

    unconnected = QLocalSocket.LocalSocketState.UnconnectedState
    for name in server_names(data_dir):
        socket = QLocalSocket()
        socket.connectToServer(name)
        if not socket.waitForConnected(timeout_ms):
            continue
        socket.write(RAISE)
        socket.waitForBytesWritten(timeout_ms)
        deadline = time.monotonic() + timeout_ms / 1000
        while not socket.canReadLine() and time.monotonic() < deadline:
            if not socket.waitForReadyRead(100) and socket.state() == unconnected:
                break
        answered = socket.canReadLine() and bytes(socket.readLine().data()) == RAISED
        socket.abort()
        if answered:
            return True
    return False


def claim(data_dir: Path, wait_s: float = ASK_FOR_S) -> Instance | None:
    """Become the data dir's app, or hand over to the one running: None means "exit now"
    (the running app was asked to come to the front, or said nothing: the user is told)."""
    deadline = time.monotonic() + wait_s
    while True:
        free, lock = _lock(data_dir)
        if free:
            return Instance(data_dir, lock)
        if ask_to_raise(data_dir):
            print(
                "MigraDesk ya está abierto con esta carpeta de datos: se muestra esa ventana.",
                file=sys.stderr,
            )
            return None
        if time.monotonic() >= deadline:
            pid = owner(data_dir)
            print(
                f"MigraDesk ya está abierto con la carpeta de datos {data_dir}"
                + (f" (proceso {pid})" if pid else "")
                + ", pero no responde. Espere a que termine de abrir, o ciérrelo y vuelva a "
                "intentar.",
                file=sys.stderr,
            )
            return None
        time.sleep(RETRY_S)


def bring_to_front(window: object) -> None:
    """Show a window over the others, restored if minimised (as far as the desktop allows)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where the desktop refuses focus, the taskbar entry flashes
