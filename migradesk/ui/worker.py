"""One background thread for all database work; results come back on the UI thread.

Anki's ``CollectionOp``: a single-thread executor runs ``Callable[[Store], T]`` so that SQLite never
sees two writers from this process, and widgets are only touched on the UI thread. The result (or
the exception) travels back through a queued signal. ``SyncDbWorker`` runs every operation at once
in the caller's thread (Picard's fake thread pool) for tests and headless rendering.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal

if TYPE_CHECKING:  # the storage stack (SQLAlchemy, alembic) loads on the worker thread
    from concurrent.futures import Future, ThreadPoolExecutor

    from migradesk.storage import Store

log = logging.getLogger("migradesk.ui")

T = TypeVar("T")
Op = Callable[["Store"], T]
Success = Callable[[T], None]
Failure = Callable[[BaseException], None]


class _Job(Generic[T]):
    """One operation and, once run, its result or error (a plain class: ``dataclasses`` and
    ``concurrent.futures`` load after the window's first paint)."""

    __slots__ = ("error", "fn", "on_error", "on_success", "op", "result")

    def __init__(
        self,
        op: Op[T] | None,
        on_success: Success[T] | None,
        on_error: Failure | None,
        fn: Callable[[], T] | None = None,  # instead of ``op``: runs without the Store
    ):
        self.op = op
        self.fn = fn
        self.on_success = on_success
        self.on_error = on_error
        self.result: Any = None
        self.error: BaseException | None = None


class DbWorker(QObject):
    """Runs database operations one at a time on a dedicated thread.

    ``failed`` carries exceptions that no ``on_error`` callback took; the application shows them
    (a plain message for a StorageError, the crash dialog for a bug).
    """

    failed = Signal(object)  # BaseException
    busy_changed = Signal(bool)
    _finished = Signal(object)  # _Job, emitted from the worker thread

    def __init__(self, store: Store | Callable[[], Store], parent: QObject | None = None) -> None:
        super().__init__(parent)
        opener = store if callable(store) and not hasattr(store, "engine") else None
        self._store: Store | None = None if opener else store  # type: ignore[assignment]
        self._opener = opener
        self._executor: ThreadPoolExecutor | None = None
        self._futures: list[Future[None]] = []
        self._in_flight = 0
        self._connected = False  # _finished → _deliver, with the first job (see _start)

    # Running work

    def submit(
        self,
        op: Op[T],
        on_success: Success[T] | None = None,
        on_error: Failure | None = None,
    ) -> None:
        """Queue ``op``; its callback runs later on the UI thread. Never blocks the caller."""
        self._queue(_Job(op, on_success, on_error))

    def submit_without_store(
        self,
        fn: Callable[[], T],
        on_success: Success[T] | None = None,
        on_error: Failure | None = None,
    ) -> None:
        """Queue ``fn`` on the same thread, in order, without opening the Store for it (the
        start-up's first read, which the Store's imports would delay: storage/firstread.py)."""
        self._queue(_Job(None, on_success, on_error, fn=fn))

    def _queue(self, job: _Job[Any]) -> None:
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)
        self._start(job)

    def _start(self, job: _Job[Any]) -> None:
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            if not self._connected:  # here, not in __init__: Qt's enums after the first paint
                from PySide6.QtCore import Qt

                self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
                self._connected = True
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="migradesk-db")
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(self._executor.submit(self._run, job))

    def _run(self, job: _Job[Any]) -> None:
        self._execute(job)
        self._finished.emit(job)

    def _execute(self, job: _Job[Any]) -> None:
        try:
            if job.fn is not None:
                job.result = job.fn()
            else:
                assert job.op is not None
                if self._store is None:
                    assert self._opener is not None
                    self._store = self._opener()
                job.result = job.op(self._store)
        except BaseException as exc:  # handed to the UI thread, which decides what to show
            job.error = exc

    def _deliver(self, job: _Job[Any]) -> None:
        self._in_flight -= 1
        try:
            if job.error is None:
                if job.on_success is not None:
                    job.on_success(job.result)
            elif job.on_error is not None:
                job.on_error(job.error)
            else:
                log.error("database operation failed", exc_info=job.error)
                self.failed.emit(job.error)
        finally:
            if self._in_flight == 0:
                self.busy_changed.emit(False)

    # State and shutdown

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until every queued operation ran, then deliver the callbacks (close, tests)."""
        while self._futures:
            futures, self._futures = self._futures, []
            for future in futures:
                future.result(timeout=timeout)
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)

    def shutdown(self) -> None:
        """Run what is queued, close the store on its own thread and stop the thread."""
        self.wait_idle()
        if self._executor is not None:
            self._executor.submit(self._close_store).result()
            self._executor.shutdown(wait=True)
            self._executor = None
        else:
            self._close_store()

    def _close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class SyncDbWorker(DbWorker):
    """Runs each operation immediately in the calling thread (tests, screenshots)."""

    def _start(self, job: _Job[Any]) -> None:
        self._execute(job)
        self._deliver(job)
