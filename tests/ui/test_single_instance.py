"""One MigraDesk per data dir: a second launch brings the running window to the front and exits;
the lock of a killed app is taken over. Real ``migradesk`` processes, offscreen (the same on a
real X server: tests/ui/test_xvfb.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from migradesk import logs

from migradesk.ui import single_instance

from .processes import WAIT_S, stop, wait_for


class Apps:
    """``migradesk`` processes on one data dir, offscreen, with settings of their own."""

    def __init__(self, tmp_path: Path) -> None:
        self.data_dir = tmp_path / "data"
        clean = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        self.env = {
            **clean,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        self.started: list[subprocess.Popen[str]] = []

    def command(self) -> list[str]:
        return [sys.executable, "-m", "migradesk.cli", "--data-dir", str(self.data_dir)]

    def start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            self.command(),
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.started.append(process)
        return process

    def run(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(), env=self.env, capture_output=True, text=True, timeout=WAIT_S
        )

    def log(self) -> str:
        path = logs.log_file(self.data_dir)
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def wait_listening(self, process: subprocess.Popen[str]) -> None:
        """Until the app answers later launches (and writes its log)."""
        socket = Path(single_instance.server_names(self.data_dir)[0])
        log = logs.log_file(self.data_dir)
        wait_for(
            lambda: process.poll() is not None or (socket.exists() and log.exists()),
            "the app to listen",
        )
        assert process.poll() is None, process.stderr.read() if process.stderr else ""

    def stop(self) -> None:
        stop(self.started)


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[Apps]:
    running = Apps(tmp_path)
    yield running
    running.stop()


def test_a_second_launch_brings_the_first_to_the_front_and_exits(apps: Apps) -> None:
    first = apps.start()
    apps.wait_listening(first)

    second = apps.run()  # before: a second window on the same file, running until closed
    assert second.returncode == 0
    assert "MigraDesk ya está abierto con esta carpeta de datos" in second.stderr
    assert first.poll() is None
    wait_for(lambda: "brought to the front" in apps.log(), "the first app to come forward")


def test_the_lock_of_a_killed_app_is_taken_over(apps: Apps) -> None:
    first = apps.start()
    apps.wait_listening(first)
    lock = apps.data_dir / single_instance.LOCK_NAME
    assert lock.exists()
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert lock.exists()  # left behind by the crash

    again = apps.start()  # not refused: the lock's process is gone
    wait_for(lambda: single_instance.owner(apps.data_dir) == again.pid, "the lock taken over")
    wait_for(lambda: single_instance.ask_to_raise(apps.data_dir), "an answer on the socket")
    assert again.poll() is None


def test_an_app_that_never_answers_gets_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The lock is held (here: by this very process) and nobody listens: after the wait, the
    launch gives up with a Spanish message instead of opening a second window."""
    data_dir = tmp_path / "data"
    holder = single_instance.claim(data_dir)
    assert holder is not None
    try:
        assert single_instance.claim(data_dir, wait_s=0.3) is None
        message = capsys.readouterr().err
        assert "MigraDesk ya está abierto con la carpeta de datos" in message
        assert f"(proceso {os.getpid()})" in message
    finally:
        holder.release()
    again = single_instance.claim(data_dir, wait_s=0)  # released: free again
    assert again is not None
    again.release()
