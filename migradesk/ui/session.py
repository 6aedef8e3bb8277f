"""The open city on the UI side: its latest CityFile, the DB worker, the change bus, undo.

Pages read ``session.file`` (a snapshot refreshed after every write, on the UI thread) and write
through ``session.save`` / ``session.delete`` / ``session.run``; each write commits on the worker
thread, reloads the file there, then emits one Change on the bus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the domain and storage load on the worker thread, after the window shows
    from datetime import date
    from pathlib import Path

    from migradesk.domain.base import Record
    from migradesk.domain.cityfile import CityFile
    from migradesk.storage import Store
    from migradesk.storage.edits import EditOutcome
    from migradesk.storage.status_values import Badge

from migradesk.errors import KnownError

from migradesk.ui.events import EVERYTHING, Change, ChangeBus
from migradesk.ui.worker import DbWorker, Failure

T = TypeVar("T")
R = TypeVar("R", bound="Record")
Edited = tuple["Record | None", "Record"]  # (as the editor showed it, as the user left it)


class _Loaded:
    """What the worker hands back after a load: the file, changes to send, sync badges, and the
    role this desktop writes as."""

    __slots__ = ("badges", "file", "pending", "role")

    def __init__(
        self, file: CityFile | None, pending: int, badges: dict[str, Badge], role: str
    ) -> None:
        self.file = file
        self.pending = pending
        self.badges = badges
        self.role = role


def _load(store: Store, city_id: str | None) -> _Loaded:
    """On the DB worker, after every write and every sync: the file and its sync badges."""
    from migradesk.storage.sync.sync_status import badges

    file = store.load_city_file(city_id) if city_id else None
    if file is not None:
        _warm_caches(file)
    found = badges(store, city_id) if city_id else {}
    return _Loaded(file, store.pending_count(city_id), found, store.role())


def first_load(data_dir: Path, wanted_city: str | None) -> tuple[str | None, _Loaded] | None:
    """On the DB worker, at start-up, before the Store exists: the city to show and its file,
    read without SQLAlchemy (storage/firstread.py); None when the Store must open it first."""
    from migradesk.storage.firstread import first_read

    found = first_read(data_dir, wanted_city)
    if found is None:
        return None
    if found.file is not None:
        _warm_caches(found.file)
    return found.city_id, _Loaded(found.file, found.pending, found.badges, found.role)


_warmed = False


def _warm_caches(file: CityFile) -> None:
    """Once, on the worker thread: the holiday tables and the questionnaire pages need."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    from datetime import date

    from migradesk.domain.process import deadlines
    from migradesk.domain.questionnaire import load_questionnaire

    load_questionnaire()
    deadlines(file, date.today())


def _system_today() -> date:
    from datetime import date  # (``datetime`` loads after the window's first paint)

    return date.today()


def _said(error: BaseException) -> str:
    """What the save state says of a failed write: a known error's message; of a bug, only that
    it happened (its text goes to the log and the crash dialog, errors.report)."""
    if isinstance(error, KnownError):
        return error.user_message
    return QCoreApplication.translate("CrashDialog", "Ocurrió un error inesperado en MigraDesk")


def _waits(exc: BaseException) -> bool:
    """A problem of the disk that may pass (space freed, the pendrive back, the other program
    done): the write waits for a retry instead of being dropped with a message."""
    from migradesk.storage.errors import StorageError, StorageProblem

    passing = (
        StorageProblem.DISK_FULL,
        StorageProblem.IO_ERROR,
        StorageProblem.READ_ONLY,
        StorageProblem.LOCKED,
        StorageProblem.NO_ACCESS,
    )
    return isinstance(exc, StorageError) and exc.problem in passing


class Session(QObject):
    """Everything a page needs. One per main window."""

    loaded = Signal()  # the first file arrived (or the city changed)
    save_state_changed = Signal()
    badges_changed = Signal()  # ``badges`` is a new map (emitted before the bus's Change)
    # An edit found values changed meanwhile (a sync landed…): kept beside them as conflicts.
    conflicts_opened = Signal(int)
    load_failed = Signal(object)  # the city could not be loaded (the window's recovery page)
    # A write met a problem of the disk (full, failing, read-only, in use): it waits, with the
    # writes after it, for ``retry_held`` (the window offers it); nothing the user did is lost.
    writes_held = Signal()

    def __init__(
        self,
        worker: DbWorker,
        city_id: str | None = None,
        today: Callable[[], date] | None = None,  # None: the system's date
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.bus = ChangeBus(self)
        self.undo_stack = QUndoStack(self)
        self.city_id = city_id
        self.file: CityFile | None = None
        self.pending = 0
        # The role of the signed-in account (the focal point's before a sign-in): what the
        # desktop may write (``domain.permissions``), e.g. the role a comment is signed with.
        self.role = "focal_point"
        # Record id → its sync badge ("por enviar", "sincronizado"…), computed with the file.
        self.badges: Mapping[str, Badge] = {}
        self.writes_in_flight = 0
        self.unsaved_editors = 0
        self.last_error: str | None = None
        self.held: list[Callable[[], None]] = []  # writes waiting for a retry, in order
        self._today = today or _system_today

    def today(self) -> date:
        return self._today()

    # Loading

    def open_city(self, city_id: str | None, on_done: Callable[[], None] | None = None) -> None:
        """Load (or switch to) a city; emits ``loaded`` and an EVERYTHING change."""
        self.city_id = city_id
        self.undo_stack.clear()

        def done(result: _Loaded) -> None:
            self.show_loaded(city_id, result)
            if on_done is not None:
                on_done()

        self.worker.submit(lambda store: _load(store, city_id), done, self.load_failed.emit)

    def show_loaded(self, city_id: str | None, result: _Loaded) -> None:
        """Show a city read on the worker (open_city, or the start-up's first_load)."""
        self.city_id = city_id
        self.file, self.pending, self.role = result.file, result.pending, result.role
        self._set_badges(result.badges)
        self.loaded.emit()
        self.bus.emit_change(Change(frozenset({EVERYTHING})))

    def reload(self, initiator: object | None = None) -> None:
        """Reload after changes made outside the session (sync pulled, another tool wrote)."""
        self.run(lambda store: None, kinds={EVERYTHING}, initiator=initiator)

    # Writing

    def save(
        self,
        records: Iterable[Record],
        initiator: object | None = None,
        on_saved: Callable[[], None] | None = None,
        on_error: Failure | None = None,
        before: Iterable[Record | None] | None = None,
    ) -> None:
        """Save records. An edit of records the page shows passes ``before``, the records as
        shown (None for a new one): only the fields that differ are written, and a value
        changed meanwhile is never overwritten blindly (``edit``). Without ``before`` the
        records are written as they are (new records, restores)."""
        batch = list(records)
        done = None if on_saved is None else (lambda _: on_saved())
        if before is not None:
            self.edit(list(zip(before, batch, strict=True)), initiator, done, on_error)
            return
        self.run(
            lambda store: store.save_all(batch),
            kinds={r.KIND for r in batch},
            initiator=initiator,
            on_success=done,
            on_error=on_error,
        )

    def edit(
        self,
        pairs: Sequence[Edited] | Callable[[Store], Sequence[Edited]],
        initiator: object | None = None,
        on_success: Callable[[EditOutcome], None] | None = None,
        on_error: Failure | None = None,
        *,
        kinds: Iterable[str] = (),
        new: bool | None = None,
        applied: Callable[[EditOutcome], None] | None = None,
    ) -> None:
        """Apply edits (before as the editor showed it, after as the user left it) with
        compare-on-write (``storage/edits.py``). ``pairs`` may be a function of the store,
        called on the DB worker (an undo that needs what its command's edit found there; it
        names the ``kinds`` it touches); ``applied`` runs on the worker right after. Conflicts
        opened are announced by ``conflicts_opened``."""

        def op(store: Store) -> EditOutcome:
            from migradesk.storage import edits

            found = pairs(store) if callable(pairs) else pairs
            outcome = edits.apply(store, [edits.Edit.between(b, a, new) for b, a in found])
            if applied is not None:
                applied(outcome)
            return outcome

        def done(outcome: EditOutcome) -> None:
            if outcome.conflicts:
                self.conflicts_opened.emit(outcome.conflicts)
            if on_success is not None:
                on_success(outcome)

        touched = set(kinds) if callable(pairs) else {after.KIND for _, after in pairs}
        self.run(op, touched, initiator, done, on_error)

    def update(
        self,
        kind: type[R],
        record_id: str,
        fn: Callable[[R], R],
        default: R | None = None,
        initiator: object | None = None,
        on_success: Callable[[R | None], None] | None = None,
        on_error: Failure | None = None,
    ) -> None:
        """Save ``fn(record)``, applied on the DB worker to the record *as stored* then (after
        every write queued before), not to the UI's snapshot: two edits of different fields of
        one record (a table and a form's autosave) never overwrite each other.

        ``default`` stands in for a record not stored yet (None: then nothing happens).
        ``fn`` runs on the worker thread: it must only compute the new record. ``on_success``
        gets the record saved (None when there was nothing to update).
        """

        city_id = self.city_id

        def op(store: Store) -> R | None:
            current = store.get(kind, record_id, city_id)
            base = current if current is not None else default
            if base is None:
                return None
            after = fn(base)
            if after != current:
                store.save(after)
            return after

        self.run(op, {kind.KIND}, initiator, on_success, on_error)

    def delete(self, record: Record, initiator: object | None = None) -> None:
        self.run(
            lambda store: store.delete(type(record), record.id, record.city_id),
            kinds={record.KIND},
            initiator=initiator,
        )

    def run(
        self,
        op: Callable[[Store], T],
        kinds: Iterable[str],
        initiator: object | None = None,
        on_success: Callable[[T], None] | None = None,
        on_error: Failure | None = None,
    ) -> None:
        """Run a write ``op`` on the worker, reload the file, then emit the change."""
        city_id = self.city_id
        change = Change(frozenset(kinds) | {"outbox"}, initiator)

        def write(store: Store) -> tuple[T, _Loaded]:
            return op(store), _load(store, city_id)

        def done(result: tuple[T, _Loaded]) -> None:
            value, loaded = result
            self._write_finished(None)
            if city_id == self.city_id:
                self.file, self.pending, self.role = loaded.file, loaded.pending, loaded.role
                self._set_badges(loaded.badges)
            self.bus.emit_change(change)
            if on_success is not None:
                on_success(value)

        def submit() -> None:
            self.worker.submit(write, done, failed)

        def failed(exc: BaseException) -> None:
            if on_error is None and _waits(exc):
                self.held.append(submit)  # still in flight: it waits for the retry
                self.last_error = _said(exc)
                self.save_state_changed.emit()
                self.writes_held.emit()
                return
            self._write_finished(exc)
            if on_error is not None:
                on_error(exc)
            else:
                self.worker.failed.emit(exc)

        self.writes_in_flight += 1
        self.save_state_changed.emit()
        if self.held:
            self.held.append(submit)  # behind the writes that wait: the order is kept
        else:
            submit()

    def retry_held(self) -> None:
        """Run again, in order, the writes that met a problem of the disk."""
        waiting, self.held = self.held, []
        self.last_error = None
        self.save_state_changed.emit()
        for submit in waiting:
            submit()

    def _set_badges(self, found: dict[str, Badge]) -> None:
        if found != self.badges:
            self.badges = found
            self.badges_changed.emit()

    def badge(self, *record_ids: str) -> Badge | None:
        """The badge of a record; of several (one form over a few records), the one that needs
        the user most: in conflict, rejected, then waiting to be sent, then synced."""
        found = [self.badges[r] for r in record_ids if r in self.badges]
        if not found:
            return None
        from migradesk.storage.status_values import Badge

        order = (Badge.CONFLICT, Badge.REJECTED, Badge.PENDING, Badge.LOCAL, Badge.SYNCED)
        return min(found, key=order.index)

    def _write_finished(self, error: BaseException | None) -> None:
        self.writes_in_flight -= 1
        self.last_error = None if error is None else _said(error)
        self.save_state_changed.emit()

    def editor_dirty(self, delta: int) -> None:
        """Autosave binders report edits not yet handed to the worker (+1 / -1)."""
        self.unsaved_editors += delta
        self.save_state_changed.emit()

    @property
    def saving(self) -> bool:
        return self.writes_in_flight > 0 or self.unsaved_editors > 0

    # Helpers for pages

    def record(self, getter: Callable[[CityFile], Any]) -> Any:
        return None if self.file is None else getter(self.file)
