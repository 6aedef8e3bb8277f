"""One sync of a desktop: push the outbox, pull every city's changes, check both sides agree.

Qt-free: the desktop runs it on its network pool and ``migradesk sync`` runs it in the terminal.
Every step is resumable: acknowledged batches leave the outbox, pulled pages move the cursor, so
an interrupted sync continues where it stopped (sync G6).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from migradesk.domain.base import DomainError
from migradesk.storage import meta_values
from migradesk.storage.database import StorageError
from migradesk.storage.store import Store
from migradesk.storage.sync import replica, sync_status
from migradesk.storage.workspace_read import SERVER_CITIES_KEY, ServerCity
from migradesk.sync.api import Api
from migradesk.sync.errors import (
    RETRYABLE,
    ErrorKind,
    NetworkError,
    ProtocolMismatch,
    RequestRejected,
    ServerBusy,
    SyncError,
    error_kind,
)
from migradesk.sync.lock import SyncBusy, SyncLock
from migradesk.sync.synclog import SyncLog
from migradesk.wire import protocol

BATCH_BYTES = 256 * 1024  # of JSON before gzip (sync.md: ≈100 changes or ≈256 KB)
# Progress shares of the phases: pushing, pulling, checking.
PUSH_SHARE, PULL_SHARE = 0.3, 0.65
# The sanity check runs when others' changes arrived, and at least this often anyway.
CHECK_AT_LEAST_EVERY = timedelta(hours=24)


@dataclasses.dataclass(frozen=True)
class Progress:
    phase: str  # "enviando" | "recibiendo" | "verificando" | "listo"
    fraction: float  # 0..1, never goes down within a sync
    detail: str = ""


@dataclasses.dataclass
class CityReport:
    city_id: str
    pulled: int = 0
    pages: int = 0
    replaced: int = 0  # local values moved to history by pulls
    check: str = "no"  # ok | reparado | diferente | pendiente | omitido | no
    foreign: int = 0  # pulled records that were not the echo of this sync's own pushes
    # Pulled records whose id this desktop also holds under another city: kept apart under
    # this city, the other city's record untouched (sync G10).
    other_city: int = 0


@dataclasses.dataclass
class SyncReport:
    ok: bool = False
    error: str | None = None  # the message for the user (Spanish)
    error_kind: ErrorKind | None = None  # what callers decide on; set whenever ``error`` is
    retry_at: datetime | None = None  # the server asked not to come back before then (UTC)
    server_reason: str | None = None  # the server's own sentence for refusing (Spanish)
    pushed: int = 0
    conflicts: int = 0  # opened by this sync (edited fields, or edits of records deleted)
    rejected: int = 0
    pending_after: int = 0
    cities: list[CityReport] = dataclasses.field(default_factory=list)
    seconds: float = 0.0
    log: list[str] = dataclasses.field(default_factory=list)

    @property
    def pulled(self) -> int:
        return sum(city.pulled for city in self.cities)

    @property
    def other_city(self) -> int:
        return sum(city.other_city for city in self.cities)

    @classmethod
    def failure(
        cls, exc: BaseException, pending_after: int = 0, log: list[str] | None = None
    ) -> SyncReport:
        """The report of a sync that could not start."""
        report = cls(pending_after=pending_after, log=list(log or ()))
        report.fail(exc)
        return report

    def fail(self, exc: BaseException) -> None:
        self.ok = False
        self.error_kind = error_kind(exc)
        if isinstance(exc, SyncError | StorageError | DomainError):
            self.error = str(exc) or type(exc).__name__
        else:  # a bug: its own words (English, technical) go to the log, not to the user
            self.error = (
                f"Error inesperado durante la sincronización ({type(exc).__name__}). Sus "
                "cambios siguen guardados en este equipo. Intente de nuevo; si se repite, "
                "envíe a soporte el registro de sincronización."
            )
        if isinstance(exc, ServerBusy):
            self.retry_at = exc.retry_at
            self.server_reason = exc.reason

    @property
    def needs_sign_in(self) -> bool:
        """The user must sign in (again) before syncing: offer it, do not just retry."""
        return self.error_kind in (ErrorKind.AUTH_REQUIRED, ErrorKind.NOT_CONFIGURED)


def _status_message(exc: BaseException) -> str:
    """What the status keeps until the next sync: the technical detail of a network failure
    (an English library message) stays in the sync log only."""
    if error_kind(exc) is ErrorKind.NETWORK:
        return "No hubo conexión con el servidor; sus cambios siguen guardados en este equipo."
    return str(exc)


class _Progress:
    """Clamps reported fractions so that the bar never moves back (e.g. when a retry shrinks a
    batch or the user queues new changes during the sync)."""

    def __init__(self, callback: Callable[[Progress], None] | None) -> None:
        self.callback = callback
        self.fraction = 0.0

    def __call__(self, phase: str, fraction: float, detail: str = "") -> None:
        self.fraction = max(self.fraction, min(1.0, fraction))
        if self.callback is not None:
            self.callback(Progress(phase, self.fraction, detail))


class SyncEngine:
    def __init__(
        self,
        store: Store,
        api: Api,
        city_ids: Sequence[str],
        *,
        data_dir: Path | None = None,
        progress: Callable[[Progress], None] | None = None,
        max_batch: int = protocol.MAX_BATCH,
        batch_bytes: int = BATCH_BYTES,
        page_size: int = protocol.DEFAULT_PAGE,
        check: bool = True,
        discover: bool = False,
    ) -> None:
        """``discover``: ask the server which cities the account may read and sync them all
        (IOM's workspace keeps a replica of every city; ``city_ids`` is then ignored)."""
        self.store = store
        self.api = api
        self.log: SyncLog = api.log
        self.city_ids = list(dict.fromkeys(city_ids))
        self.data_dir = data_dir or store.path.parent
        self.progress = _Progress(progress)
        self.max_batch = max_batch
        self.batch_bytes = batch_bytes
        self.page_size = page_size
        self.check_enabled = check
        self.discover = discover
        # City id → the server's latest sequence number when it listed its cities (discover):
        # a city whose cursor is there already needs no pull.
        self._listed_seq: dict[str, int] = {}
        self.report = SyncReport()
        self._echoes: set[int] = set()  # versions the server gave our own pushes in this sync
        # Cities whose changes came with their last pushed batch (PushResponse.pull): whether
        # that page said more followed. Their pull then goes on from the saved cursor, if at all.
        self._pulled_with_push: dict[str, bool] = {}

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    def run(self) -> SyncReport:
        started = time.monotonic()
        lock = SyncLock(self.data_dir)
        try:
            lock.acquire()
        except SyncBusy as exc:
            self.report.fail(exc)
            return self.report
        try:
            self._run_locked()
        finally:
            lock.release()
        self.report.seconds = round(time.monotonic() - started, 3)
        if self.report.ok:
            self.progress("listo", 1.0)
        self.report.log = list(self.log.lines)
        return self.report

    def _run_locked(self) -> None:
        pending = sync_status.pending_count(self.store)
        self.log(
            "sync-start", client=self.store.client_id, cities=len(self.city_ids), pending=pending
        )
        try:
            if self.discover:
                self._discover()
            self._push(pending)
            for index, city_id in enumerate(self.city_ids):
                self._sync_city(city_id, index)
            self.report.ok = True
        # Storage and data errors too: the user must see them, and the sync must stop cleanly.
        except (SyncError, DomainError, StorageError) as exc:
            self.report.fail(exc)
            detail = exc.detail if isinstance(exc, SyncError) else str(exc)
            self.log("sync-error", error=type(exc).__name__, detail=detail[:300])
            shown = _status_message(exc)
            for city_id in self.city_ids:
                replica.mark_error(self.store, city_id, shown)
        self.report.pending_after = sync_status.pending_count(self.store)
        self.log(
            "sync-end",
            ok=self.report.ok,
            pushed=self.report.pushed,
            pulled=self.report.pulled,
            conflicts=self.report.conflicts,
            rejected=self.report.rejected,
            pending=self.report.pending_after,
        )

    # Push

    def _push(self, total: int) -> None:
        done = 0
        limit = self.max_batch
        failures = 0
        retried_alone = False
        while True:
            self.api.cancel.check()
            batch = replica.take_batch(self.store, max_entries=limit, max_bytes=self.batch_bytes)
            if batch is None:
                return
            size = len(batch.entries)
            request = protocol.PushRequest(
                client_id=self.store.client_id, city_id=batch.city_id, mutations=batch.mutations()
            )
            pull_since = self._pull_with(batch)
            try:
                response = self.api.push(request, pull_since=pull_since, pull_limit=self.page_size)
            except RequestRejected as exc:
                if exc.status in (400, 413, 422) and size > 1:
                    limit = max(1, size // 2)  # find the change the server refuses
                    self.log("push-shrink", status=exc.status, entries=size, next=limit)
                    continue
                if exc.status == 400 and not retried_alone:
                    retried_alone = True  # maybe garbled on the way: once more before rejecting
                    continue
                reason = f"El servidor rechazó el envío (HTTP {exc.status}): {exc}"
                replica.reject(self.store, batch.entries, reason)
                self.report.rejected += size
                done += size
                self.log("push-rejected", status=exc.status, entries=size, detail=str(exc)[:200])
                continue
            except RETRYABLE as exc:
                failures += 1
                if isinstance(exc, NetworkError):
                    limit = max(1, size // 2)  # a timeout may mean the batch is too big
                self.api.retry_wait(exc, failures, "push-retry", entries=size)
                continue
            if response.protocol != protocol.PROTOCOL_VERSION:
                raise ProtocolMismatch(
                    f"El servidor respondió con la versión {response.protocol} del protocolo; "
                    "actualice MigraDesk. Sus cambios siguen guardados en este equipo."
                )
            outcome = replica.apply_push(self.store, batch, response.results, self.now())
            self._echoes.update(  # a DELETED answer carries someone else's version
                r.version
                for r in response.results
                if r.version is not None and r.status is not protocol.ResultStatus.DELETED
            )
            self.log(
                "push",
                city=batch.city_id,
                entries=size,
                applied=outcome.applied,
                conflicts=outcome.conflicts,
                deleted=outcome.deleted,
                rejected=outcome.rejected,
                unanswered=outcome.unanswered,
            )
            if outcome.unanswered == size:
                raise SyncError(
                    "El servidor no respondió por ninguno de los cambios enviados. Siguen "
                    "guardados en este equipo; intente de nuevo y, si se repite, avise a soporte."
                )
            self.report.pushed += outcome.applied
            self.report.conflicts += outcome.conflicts
            self.report.rejected += outcome.rejected
            if pull_since is not None and response.pull is not None:
                # After the push results are recorded, as a pulled page (sync G6, G7).
                city = self._city(batch.city_id)
                page = self._apply_page(city, pull_since, response.pull)
                self._pulled_with_push[city.city_id] = page.has_more
            else:  # an older server, or more of this city to push: its pull runs on its own
                self._pulled_with_push.pop(batch.city_id, None)
            failures = 0
            retried_alone = False
            limit = min(self.max_batch, limit * 2)
            done += size - outcome.unanswered
            total = max(total, done + sync_status.pending_count(self.store))
            self.progress("enviando", PUSH_SHARE * done / max(total, 1), f"{done}/{total}")

    def _pull_with(self, batch: replica.Batch) -> int | None:
        """The cursor to pull from along with this batch, if it is its city's last (the
        changes of others, and our own new versions, then come in the same answer); None for
        a first download, which pulls on its own with a real progress bar."""
        if batch.city_id not in self.city_ids:
            return None
        if sync_status.pending_count(self.store, batch.city_id) > len(batch.entries):
            return None
        since = replica.cursor(self.store, batch.city_id)
        return since or None

    # The cities of a workspace

    def _discover(self) -> None:
        """The cities the account may read, and what the server says of each (kept for the
        workspace: when each city last synced)."""
        listing = self.api.cities()
        self.city_ids = [c.id for c in listing]
        self._listed_seq = {c.id: c.seq for c in listing}
        server = [ServerCity(c.id, c.seq, c.last_seen_at).to_json() for c in listing]
        meta_values.write_json(self.store, SERVER_CITIES_KEY, server)
        self.log("cities", count=len(listing))

    def _up_to_date(self, city_id: str) -> bool:
        listed = self._listed_seq.get(city_id)
        return listed is not None and replica.cursor(self.store, city_id) >= listed

    # Pull and check

    def _city(self, city_id: str) -> CityReport:
        for city in self.report.cities:
            if city.city_id == city_id:
                return city
        city = CityReport(city_id)
        self.report.cities.append(city)
        self.report.cities.sort(key=lambda c: self.city_ids.index(c.city_id))
        return city

    def _sync_city(self, city_id: str, index: int) -> None:
        self.api.cancel.check()
        share = PULL_SHARE / max(1, len(self.city_ids))
        start = PUSH_SHARE + share * index
        city = self._city(city_id)
        with_push = self._pulled_with_push.pop(city_id, None)
        if with_push is None and self._up_to_date(city_id):
            self.log("pull-skip", city=city_id)  # nothing new since the listing
        elif with_push is not False:
            self._pull(city, start, share)
        if self.check_enabled:
            self._check(city, start, share)
        replica.mark_success(self.store, city_id, self.now())

    def _pull(self, city: CityReport, start: float, share: float) -> None:
        since = replica.cursor(self.store, city.city_id)
        expected = None
        if since == 0 and not self.discover:
            # A city's first download: the server's count gives a real progress bar. The
            # workspace's progress goes by cities: no round trip per city for it.
            expected = self.api.summary(city.city_id).count
        received = 0
        while True:
            self.api.cancel.check()
            left = None if expected is None else max(0, expected - received)
            answer = self.api.pull(city.city_id, since, self.page_size, expected=left)
            page = self._apply_page(city, since, answer)
            since = page.cursor
            received += len(page.changes)
            # Unknown total: approach the end of this phase, never reach it early.
            fraction = min(1.0, received / expected) if expected else 1 - 0.5**city.pages
            self.progress("recibiendo", start + share * 0.9 * fraction, f"{received}")
            if not page.has_more:
                return

    def _apply_page(
        self, city: CityReport, since: int, page: protocol.PullResponse
    ) -> protocol.PullResponse:
        """Apply a page pulled from ``since`` with its cursor, in one local transaction (sync
        G6); the page as applied (its cursor never below ``since``)."""
        if page.protocol != protocol.PROTOCOL_VERSION:
            raise ProtocolMismatch(
                f"El servidor usa la versión {page.protocol} del protocolo: actualice MigraDesk."
            )
        if page.has_more and page.cursor <= since:
            raise SyncError(
                "El servidor no avanzó la sincronización (cursor repetido). Sus cambios siguen "
                "guardados en este equipo; avise a soporte."
            )
        page = page.model_copy(update={"cursor": max(page.cursor, since)})
        outcome = replica.apply_page(self.store, city.city_id, page, self.now())
        city.foreign += sum(1 for state in page.changes if state.version not in self._echoes)
        city.pulled += outcome.records
        city.pages += 1
        city.replaced += outcome.replaced
        city.other_city += len(outcome.other_city)
        self.report.conflicts += outcome.conflicts
        for kind, record_id, other in outcome.other_city:
            self.log("pull-other-city", city=city.city_id, kind=kind, id=record_id, other=other)
        self.log(
            "pull",
            city=city.city_id,
            records=outcome.records,
            cursor=page.cursor,
            replaced=outcome.replaced,
            kept_local=outcome.kept_local,
            conflicts=outcome.conflicts,
            more=page.has_more,
        )
        return page

    def _check(self, city: CityReport, start: float, share: float) -> None:
        """Anki's sanity check: counts and a hash of (id, version) on both sides."""
        self.progress("verificando", start + share * 0.9)
        if sync_status.pending_count(self.store, city.city_id):
            city.check = "pendiente"  # changes made during the sync: the next one checks
            return
        checked = replica.last_check(self.store, city.city_id)
        if (
            not city.foreign
            and self.report.conflicts == 0
            and checked is not None
            and self.now() - checked < CHECK_AT_LEAST_EVERY
        ):
            # Only versions the server itself just gave us moved: the digest cannot have
            # drifted, and skipping the check keeps a no-op sync under 1 KB on the wire.
            city.check = "omitido"
            return
        for attempt in ("catch-up", "redownload", "final"):
            local = replica.local_summary(self.store, city.city_id)
            remote = self.api.summary(city.city_id)
            if (local.count, local.digest) == (remote.count, remote.digest):
                city.check = "ok" if attempt == "catch-up" else "reparado"
                replica.save_check(self.store, city.city_id, self.now())
                self.log("check", city=city.city_id, result=city.check, count=local.count)
                return
            self.log(
                "check-mismatch",
                city=city.city_id,
                local=local.count,
                server=remote.count,
                next=attempt,
            )
            if attempt == "catch-up":  # someone may have synced meanwhile: pull what is new
                self._pull(city, start, share)
            elif attempt == "redownload":
                aside = replica.prepare_redownload(
                    self.store, city.city_id, self.data_dir / "copias", self.now()
                )
                self.log("redownload", city=city.city_id, outbox_copy=aside.name)
                self._pull(city, start, share)
        city.check = "diferente"
        replica.save_check(self.store, city.city_id, None)
