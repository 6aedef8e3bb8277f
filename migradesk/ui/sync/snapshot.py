"""What the sync UI shows, read in one go on the DB worker (widgets never open the database)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import datetime
from pathlib import Path

from migradesk.domain.base import DomainError, Record, from_wire, record_type
from migradesk.domain.report import REPORT_SECTIONS
from migradesk.storage.outbox import OutboxEntry
from migradesk.storage.store import Store
from migradesk.storage.sync import sync_settings, sync_status
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.storage.sync.sync_status import Badge, Conflict
from migradesk.sync.commands import LOG_FILE

from migradesk.ui.workspace import is_workspace_role

LOG_LINES = 400  # the tail of the sync log shown (and copied) in the panel


@dataclasses.dataclass(frozen=True)
class ConflictItem:
    conflict: Conflict
    what: str  # the record in the city's own words (a title, a section…): data, not interface


@dataclasses.dataclass(frozen=True)
class RejectedItem:
    entry: OutboxEntry
    what: str


@dataclasses.dataclass(frozen=True)
class SyncSnapshot:
    data_dir: Path
    settings: SyncSettings | None
    pending: int = 0
    last_success_at: datetime | None = None
    last_error: str | None = None
    conflicts: tuple[ConflictItem, ...] = ()
    rejected: tuple[RejectedItem, ...] = ()
    other_city: int = 0  # the open city's records whose id another city also has (sync G10)
    badges: dict[str, Counter[Badge]] = dataclasses.field(default_factory=dict)  # kind → counts
    log_text: str = ""
    detailed: bool = False

    @property
    def signed_in(self) -> bool:
        return self.settings is not None


def read(store: Store, city_id: str | None, detailed: bool) -> SyncSnapshot:
    """Runs on the DB worker. ``detailed`` adds what only the open panel needs."""
    data_dir = store.path.parent
    settings = sync_settings.load(store)
    cities = list(settings.city_ids) if settings and settings.city_ids else []
    if city_id and city_id not in cities:
        cities.insert(0, city_id)
    statuses = [sync_status.city_status(store, c) for c in cities]
    successes = [s.last_success_at for s in statuses if s.last_success_at is not None]
    oldest = min(successes) if len(successes) == len(statuses) and successes else None
    if settings is not None and is_workspace_role(settings.role):  # every city it holds
        oldest = sync_status.oldest_success(store)
    errors = [s.last_error for s in statuses if s.last_error]
    conflicts = sync_status.open_conflicts(store)
    rejected = sync_status.rejected_entries(store)
    snapshot = SyncSnapshot(
        data_dir=data_dir,
        settings=settings,
        pending=sync_status.pending_count(store),
        # The oldest city decides: "last sync" must be true of everything this desktop holds.
        last_success_at=oldest,
        last_error=errors[0] if errors else None,
        other_city=sum(s.other_city for s in statuses if s.city_id == city_id),
        conflicts=tuple(ConflictItem(c, _describe_conflict(store, c)) for c in conflicts),
        rejected=tuple(
            RejectedItem(e, _describe(store, e.kind, e.city_id, e.record_id)) for e in rejected
        ),
    )
    if not detailed:
        return snapshot
    return dataclasses.replace(
        snapshot,
        badges=sync_status.badge_counts(store, city_id) if city_id else {},
        log_text=read_log(data_dir),
        detailed=True,
    )


def read_log(data_dir: Path, lines: int = LOG_LINES) -> str:
    path = data_dir / LOG_FILE
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _describe(store: Store, kind: str, city_id: str, record_id: str) -> str:
    try:
        cls = record_type(kind)
    except (LookupError, ValueError):
        return record_id
    record = store.get(cls, record_id, city_id)
    return describe(record) if record is not None else ""


def _describe_conflict(store: Store, conflict: Conflict) -> str:
    if not conflict.deleted or not isinstance(conflict.mine, dict):
        return _describe(store, conflict.kind, conflict.city_id, conflict.record_id)
    try:  # deleted here: described by the values the user would restore
        record = from_wire(conflict.kind, conflict.record_id, conflict.city_id, conflict.mine)
    except (DomainError, LookupError, ValueError):
        return ""
    return describe(record)


def describe(record: Record) -> str:
    """A short name of a record in the city's own data (shown as data, not translated)."""
    section = getattr(record, "section", None)
    if isinstance(section, int) and section in REPORT_SECTIONS:
        dimension = getattr(record, "dimension", "")
        return f"{section}{dimension}. {REPORT_SECTIONS[section]}"
    for name in ("title", "name", "indicator_id", "milestone", "deliverable", "kind"):
        value = getattr(record, name, None)
        if value:
            return str(value)
    return ""
