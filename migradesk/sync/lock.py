"""One sync at a time per desktop: a lock file in the data dir, held by the running sync.

An OS lock (flock / msvcrt) rather than a marker file: it is released when the process dies, so a
killed sync never blocks the next one.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from migradesk.sync.errors import ErrorKind, SyncError

LOCK_NAME = "sync.lock"

# flock locks belong to the open file, so two threads of one process would not exclude each
# other through it: a process-wide lock per data dir goes first.
_THREAD_LOCKS: dict[Path, threading.Lock] = {}
_GUARD = threading.Lock()


class SyncBusy(SyncError):
    kind = ErrorKind.ALREADY_RUNNING

    def __init__(self) -> None:
        super().__init__("Ya hay una sincronización en curso en este equipo.")


class SyncLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir.resolve() / LOCK_NAME
        with _GUARD:
            self._thread_lock = _THREAD_LOCKS.setdefault(self.path, threading.Lock())
        self._fd: int | None = None

    def acquire(self) -> None:
        if not self._thread_lock.acquire(blocking=False):
            raise SyncBusy()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock(fd)
            except OSError:
                os.close(fd)
                raise SyncBusy() from None
            self._fd = fd
        except BaseException:
            self._thread_lock.release()
            raise

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the OS lock
            self._fd = None
            self._thread_lock.release()

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
