"""What IOM's workspace shows, computed in one go on the DB worker (Qt-free): a row per city of
the replica — where it stands by the process model, what waits to be sent and when the city last
reached the server — the queue of what waits for this account, and each city's deadlines.

Widgets never open the database: they get a ``WorkspaceSnapshot`` and redraw from it.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from migradesk.domain.actors import Actor, actors_of
from migradesk.domain.base import Role
from migradesk.domain.calendar import Deadline
from migradesk.domain.city import Region
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process import CityOverview, deadlines, overview
from migradesk.domain.process.queue import Waiting, queue
from migradesk.storage.workspace_read import Replica, WorkspaceUnreadable, read

if TYPE_CHECKING:
    from migradesk.storage import Store


@dataclasses.dataclass(frozen=True)
class CityRow:
    """One city at a glance."""

    overview: CityOverview
    region: Region
    pending: int  # this desktop's changes of the city not sent yet
    conflicts: int
    rejected: int
    last_seen: datetime | None  # when a desktop of the city last reached the server
    deadlines: tuple[Deadline, ...]  # the city's calendar (the timeline)
    waiting: tuple[Waiting, ...]  # what the city waits for from this account

    @property
    def city_id(self) -> str:
        return self.overview.city_id

    @property
    def name(self) -> str:
        return self.overview.name

    @property
    def province(self) -> str:
        return self.overview.province

    def overdue(self, today: date) -> bool:
        due = self.overview.next_due
        return due is not None and due < today


@dataclasses.dataclass(frozen=True)
class WorkspaceSnapshot:
    today: date
    role: str
    rows: tuple[CityRow, ...]  # by city name
    queue: tuple[Waiting, ...]  # what waits for this account, by its deadlines
    files: dict[str, CityFile]
    last_sync: datetime | None  # this desktop's last successful sync
    username: str = ""  # the account signed in here

    @property
    def pending(self) -> int:
        return sum(row.pending for row in self.rows)

    @property
    def conflicts(self) -> int:
        return sum(row.conflicts for row in self.rows)

    def row(self, city_id: str) -> CityRow | None:
        return next((r for r in self.rows if r.city_id == city_id), None)


def watched_by(role: str) -> frozenset[Actor]:
    """Whose "Por revisar" queue the workspace of ``role`` shows, in its header and its tab
    alike: the actors the account acts for; an administrator, who acts for nobody, sees IOM's
    (what IOM has to review), acting on it only as the server's rules let it."""
    return actors_of(role) or (frozenset({Actor.IOM}) if role == Role.ADMIN else frozenset())


def compute(replica: Replica, role: str, today: date) -> WorkspaceSnapshot:
    """The snapshot of a replica for an account of ``role``."""
    files = list(replica.files.values())
    waiting = queue(files, watched_by(role), today)
    rows = []
    for file in files:
        city_id = file.city.id
        server = replica.server.get(city_id)
        rows.append(
            CityRow(
                overview=overview(file, today),
                region=file.city.region,
                pending=replica.pending.get(city_id, 0),
                conflicts=replica.conflicts.get(city_id, 0),
                rejected=replica.rejected.get(city_id, 0),
                last_seen=server.last_seen_at if server else None,
                deadlines=tuple(deadlines(file, today)),
                waiting=tuple(w for w in waiting if w.city_id == city_id),
            )
        )
    return WorkspaceSnapshot(
        today=today,
        role=role,
        rows=tuple(rows),
        queue=tuple(waiting),
        files=replica.files,
        last_sync=replica.last_sync,
        username=replica.username,
    )


def load(store: Store, today: date) -> WorkspaceSnapshot:
    """On the DB worker: the replica of ``store`` as the workspace shows it."""
    return load_path(store.path, store.role(), today, store)


def load_path(path: Path, role: str, today: date, store: Store | None = None) -> WorkspaceSnapshot:
    """The same from the database file (the start-up reads it before the Store opens); a
    replica the fast reader cannot read is read through ``store``."""
    try:
        replica = read(path)
    except WorkspaceUnreadable:
        if store is None:
            raise
        replica = _through_store(store)
    return compute(replica, role, today)


def _through_store(store: Store) -> Replica:
    """The replica read through the Store (slower: SQLAlchemy, a query per kind and city)."""
    from collections import Counter

    from migradesk.storage import meta_values
    from migradesk.storage.sync import sync_settings, sync_status
    from migradesk.storage.workspace_read import SERVER_CITIES_KEY, ServerCity

    files = {c.id: store.load_city_file(c.id) for c in store.cities()}
    statuses = [sync_status.city_status(store, c) for c in files]
    listed = meta_values.read_json(store, SERVER_CITIES_KEY) or []
    account = sync_settings.load(store)
    return Replica(
        files=files,
        pending={c: n for c in files if (n := store.pending_count(c))},
        conflicts=dict(Counter(c.city_id for c in sync_status.open_conflicts(store))),
        rejected=dict(Counter(e.city_id for e in sync_status.rejected_entries(store))),
        server={c.city_id: c for c in map(ServerCity.from_json, listed)},
        last_sync=max((s.last_success_at for s in statuses if s.last_success_at), default=None),
        username=account.username if account else "",
    )
