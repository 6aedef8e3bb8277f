"""Helpers for tests that run the real ``migradesk`` command in processes of its own."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterable

WAIT_S = 60


def wait_for(
    condition: Callable[[], object],
    what: str,
    timeout: float = WAIT_S,
    explain: Callable[[], str] | None = None,
) -> None:
    """Poll ``condition`` until it holds; on timeout fail with ``what`` (and ``explain()``)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            found = f" ({explain()})" if explain else ""
            raise AssertionError(f"timed out waiting for {what}{found}")
        time.sleep(0.05)


def stop(processes: Iterable[subprocess.Popen[str] | subprocess.Popen[bytes]]) -> None:
    """Terminate what still runs (killed if it does not end), and close its pipes."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
