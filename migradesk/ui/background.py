"""Work off the UI thread that is not the database's: one small helper for all of it.

The DB worker (``worker.py``) stays the only queue of database work. Anything else that may
block the window (a sync and its probes, a sign-in, an access request, the keyring, a PDF
export, the sync stack's imports at start-up) runs through ``Background.call`` on a thread of
its own. Its result, its error and its progress come back on the UI thread through one queued
signal (Anki's TaskManager): callbacks never run on the worker's thread, and no Qt object is
made there. A failure nobody takes (no ``on_error``) goes to ``errors.report``: a known error's
message, anything else the log and the crash dialog.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("migradesk.ui")

T = TypeVar("T")
A = TypeVar("A")


class _Relay(QObject):
    """Lives on the UI thread; a worker posts callables through it (queued to the UI thread)."""

    posted = Signal(object)  # Callable[[], None]

    def run(self, job: Callable[[], None]) -> None:
        job()


class Background(QObject):
    """Runs each callable on a thread of its own; everything it hands back runs on the UI
    thread. Belongs to the widget or controller that waits for the results: once that is gone
    (its window closed), what the threads still post is dropped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._connected = False  # on the first call: Qt's enums load after the first paint
        self._threads: list[threading.Thread] = []

    def call(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        name: str = "migradesk-task",
    ) -> threading.Thread:
        """Run ``fn`` now on a new thread; then ``on_success(result)`` or ``on_error(exc)`` on
        the UI thread (without ``on_error``: ``errors.report``)."""
        self._connect()

        def run() -> None:
            try:
                result = fn()
            except BaseException as exc:  # handed to the UI thread, which decides what to show
                error = exc
                self._post(lambda: self._failed(error, on_error))
            else:
                if on_success is not None:
                    self._post(lambda: on_success(result))

        thread = threading.Thread(target=run, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return thread

    def on_ui_thread(self, fn: Callable[[A], None]) -> Callable[[A], None]:
        """``fn`` made safe to call from any thread: each call runs later on the UI thread
        (progress reports)."""
        self._connect()

        def forward(value: A) -> None:
            self._post(lambda: fn(value))

        return forward

    def wait(self, timeout: float = 30.0) -> None:
        """Join the threads (tests, quitting); their callbacks run with the next event loop."""
        for thread in list(self._threads):
            thread.join(timeout)

    @property
    def busy(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def _connect(self) -> None:
        if not self._connected:
            from PySide6.QtCore import Qt

            self._relay.posted.connect(self._relay.run, Qt.ConnectionType.QueuedConnection)
            self._connected = True

    def _post(self, job: Callable[[], None]) -> None:
        with contextlib.suppress(RuntimeError):  # the owner was deleted (its window closed)
            self._relay.posted.emit(job)

    def _failed(self, exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        from PySide6.QtWidgets import QWidget

        from migradesk.ui import errors

        parent = self.parent()
        errors.report(exc, parent if isinstance(parent, QWidget) else None)
