"""IOM's workspace as a demonstration on this computer (``migradesk screenshots
--workspace-demo``): a real ``migradesk-server`` on loopback seeded as ``migradesk-server demo``
seeds it, and desktops that sign in to it and sync, as IOM's staff would — their replica comes
from the server through the same engine. Tokens go to an in-memory keyring meanwhile: the
computer's own keyring is never touched.

Needs the server's extras (``pip install -e '.[server]'``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import keyring.backend

from migradesk.sync import commands

if TYPE_CHECKING:
    from collections.abc import Callable

    # (connection, passwords, settings, now, today) → username → password
    Seed = Callable[[Any, Any, Any, datetime, date], dict[str, str]]


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in memory: the demo's (and the tests') tokens never reach the computer's own."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@contextlib.contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """``keyring``'s backend is a fresh MemoryKeyring meanwhile."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@dataclasses.dataclass(frozen=True)
class DemoServer:
    url: str
    passwords: dict[str, str]  # username → password

    def sign_in(self, data_dir: Path, username: str) -> Path:
        """A desktop signed in as ``username`` (the server notes when the account was seen)."""
        commands.login(data_dir, self.url, username, self.passwords[username])
        return data_dir

    def desktop(self, data_dir: Path, username: str) -> Path:
        """A desktop signed in as ``username`` and synced (its replica of every city)."""
        self.sign_in(data_dir, username)
        report = commands.sync(data_dir)
        if not report.ok:
            raise RuntimeError(f"the demo's first sync failed: {report.error}")
        return data_dir


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running(
    folder: Path, today: date | None = None, seed: Seed | None = None
) -> Iterator[DemoServer]:
    """The demo server, seeded in ``folder`` (by ``migradesk-server demo``'s seed, or ``seed``:
    it writes what it wants and returns its accounts' passwords), serving on a free loopback
    port meanwhile."""
    from migradesk.server import db, demo
    from migradesk.server.auth import Passwords
    from migradesk.server.settings import Argon2Params, Settings

    url = f"sqlite:///{folder / 'servidor.sqlite3'}"
    engine = db.create_engine(url)
    try:
        db.upgrade(engine)
        quick = Settings(argon2=Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1))
        with db.write(engine) as conn:
            now, day = datetime.now(UTC), today or date.today()
            passwords = Passwords(quick.argon2)
            if seed is None:
                credentials = demo.seed(conn, passwords, quick, now, day).credentials
            else:
                credentials = seed(conn, passwords, quick, now, day)
    finally:
        engine.dispose()
    port = _free_port()
    with (folder / "servidor.log").open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "migradesk.server.cli", "serve", "--db", url, "--port",
             str(port), "--log-level", "warning"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            server = DemoServer(f"http://127.0.0.1:{port}", credentials)
            _wait_ready(server.url, process)
            yield server
        finally:
            process.terminate()
            process.wait(timeout=20)


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    import requests

    from migradesk.wire.protocol import HEALTH_PATH

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the demo server exited (see servidor.log)")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url + HEALTH_PATH, timeout=1).ok:
                return
        time.sleep(0.1)
    raise RuntimeError("the demo server did not start in 30 s")
