"""Stopping a sync from outside (the panel's «Cancelar», Ctrl+C in the terminal): a flag that
the engine checks between steps, that interrupts the waits between retries, and that aborts the
exchange in flight (the transport registers its abort). The sync then ends as any failed sync
does: the lock released, the outbox holding what the server never acknowledged (sync G12)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from migradesk.sync.errors import SyncCancelled


class Cancel:
    def __init__(self) -> None:
        self._event = threading.Event()
        self._guard = threading.RLock()  # re-entrant: a signal handler may cancel
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        """Ask the sync to stop (any thread, or a signal handler). Idempotent."""
        with self._guard:
            if self._event.is_set():
                return
            self._event.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise SyncCancelled()

    def sleep(self, seconds: float) -> None:
        """Wait ``seconds``, or less if cancelled (then SyncCancelled)."""
        if self._event.wait(max(0.0, seconds)):
            raise SyncCancelled()

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Run ``callback`` when cancelled (at once if already); returns the unregister."""
        with self._guard:
            already = self._event.is_set()
            if not already:
                self._callbacks.append(callback)
        if already:
            callback()

        def forget() -> None:
            with self._guard:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return forget
