"""A city's whole certification file: every record of one city, with the questions the app asks.

``versions`` holds, per record id, the server's sequence number of the record's last change as
this copy knows it (``RecordState.version``); a record missing from it (or at 0) has not been
acknowledged by the server yet. The process model orders review states by it (sync G8) and says
"por enviar" until a send is acknowledged.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from migradesk.domain.application import Application
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record
from migradesk.domain.city import City
from migradesk.domain.people import FocalPoint, Official, current_focal_point
from migradesk.domain.plan import Action, MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.report import ReportSection, ReportVersion, Workshop, WorkshopKind
from migradesk.domain.review import Certification, Comment, Milestone, PhaseDate

R = TypeVar("R", bound=Record)
T = TypeVar("T")


@dataclasses.dataclass
class CityFile:
    city: City
    records: dict[type[Record], list[Record]] = dataclasses.field(
        default_factory=lambda: defaultdict(list)
    )
    versions: Mapping[str, int] = dataclasses.field(default_factory=dict)
    # What the process model computed from this snapshot (a file is not changed once loaded:
    # every write brings a new one), so that a page or a table of cities asks cheaply.
    _memo: dict[Hashable, Any] = dataclasses.field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def from_records(
        cls, city: City, records: Iterable[Record], versions: Mapping[str, int] | None = None
    ) -> CityFile:
        file = cls(city, versions=dict(versions or {}))
        for record in records:
            if not isinstance(record, City):
                file.records[type(record)].append(record)
        return file

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per snapshot and ``key``."""
        if key not in self._memo:
            self._memo[key] = compute()
        result: T = self._memo[key]
        return result

    def server_seq(self, record_id: str) -> int:
        """The server's sequence number of the record's last change; 0: not acknowledged yet."""
        return self.versions.get(record_id, 0)

    def all(self, kind: type[R]) -> list[R]:
        return self.records.get(kind, [])  # type: ignore[return-value]

    def __iter__(self) -> Iterator[Record]:
        yield self.city
        for records in self.records.values():
            yield from records

    def one(self, kind: type[R]) -> R | None:
        found = self.all(kind)
        return found[0] if found else None

    @property
    def application(self) -> Application | None:
        return self.one(Application)

    @property
    def focal_point(self) -> FocalPoint | None:
        return current_focal_point(self.all(FocalPoint))

    @property
    def focal_point_history(self) -> list[FocalPoint]:
        return sorted(self.all(FocalPoint), key=lambda fp: (fp.since is None, fp.since))

    @property
    def officials(self) -> list[Official]:
        return sorted(self.all(Official), key=lambda o: (not o.is_focal_point, o.name.casefold()))

    def answers(self, questionnaire_version: str) -> dict[str, IndicatorAnswer]:
        return {
            a.indicator_id: a
            for a in self.all(IndicatorAnswer)
            if a.questionnaire_version == questionnaire_version
        }

    def workshop(self, kind: WorkshopKind) -> Workshop | None:
        return next((w for w in self.all(Workshop) if w.kind is kind), None)

    @property
    def report_sections(self) -> dict[str, ReportSection]:
        return {s.key: s for s in self.all(ReportSection)}

    @property
    def report_versions(self) -> list[ReportVersion]:
        return sorted(self.all(ReportVersion), key=lambda v: v.number)

    @property
    def priority_areas(self) -> list[PriorityArea]:
        return self.all(PriorityArea)

    def objectives_of(self, area_id: str) -> list[Objective]:
        found = [o for o in self.all(Objective) if o.priority_area_id == area_id]
        return sorted(found, key=lambda o: (o.position, o.title))

    def actions_of(self, objective_id: str) -> list[Action]:
        found = [a for a in self.all(Action) if a.objective_id == objective_id]
        return sorted(found, key=lambda a: (a.position, a.title))

    def updates_of(self, action_id: str) -> list[MonitoringUpdate]:
        found = [u for u in self.all(MonitoringUpdate) if u.action_id == action_id]
        return sorted(found, key=lambda u: u.reported_on)

    def comments_on(self, anchor_id: str) -> list[Comment]:
        found = [c for c in self.all(Comment) if c.anchor_id == anchor_id]
        return sorted(found, key=lambda c: c.created_at)

    def phase_date(self, milestone: Milestone) -> PhaseDate | None:
        return next((p for p in self.all(PhaseDate) if p.milestone is milestone), None)

    @property
    def certification(self) -> Certification | None:
        return self.one(Certification)
