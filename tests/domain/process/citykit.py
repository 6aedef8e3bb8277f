"""A city file built step by step, as the process would fill it (for the process model's tests
and the pages' tests).

``Builder`` writes records the way the desktop and IOM would; ``ack=True`` gives a record a
server sequence number (the next one), as if the server had acknowledged it. ``store_city``
writes a builder's city into a real data dir: the city's records saved and acknowledged by a
push, IOM's arriving by a pull, in the builder's order.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from migradesk.domain.application import Application, Presence
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record, Role, to_wire
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import COURSE_STEPS, FocalPoint, Official
from migradesk.domain.plan import Action, Objective, PriorityArea
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.domain.register import search
from migradesk.domain.report import (
    SECTION_KEYS,
    Attendee,
    ReportSection,
    ReportStatus,
    ReportVersion,
    Workshop,
    WorkshopKind,
    split_key,
)
from migradesk.domain.review import (
    Certification,
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
)

if TYPE_CHECKING:
    from migradesk.storage import Store

TODAY = date(2026, 11, 25)
START = date(2025, 10, 20)  # Phase 1


class Builder:
    """One city's file; each method adds what a step of the process writes."""

    def __init__(self, city: City | None = None) -> None:
        self.city = city or search("Humahuaca")[0].to_city()
        self.records: dict[str, Record] = {}
        self.versions: dict[str, int] = {}
        self.seq = itertools.count(1)
        self.clock = datetime(2026, 1, 5, 12, tzinfo=UTC)

    def file(self) -> CityFile:
        return CityFile.from_records(self.city, self.records.values(), self.versions)

    def add(self, *records: Record, ack: bool = True) -> Builder:
        for record in records:
            self.records[record.id] = record
            if ack:
                self.versions[record.id] = next(self.seq)
        return self

    def tick(self) -> datetime:
        self.clock += timedelta(hours=1)
        return self.clock

    # The city's part

    def application(self, **changes: object) -> Builder:
        application = Application(
            id=Application.id_for(self.city.id),
            city_id=self.city.id,
            current_population=23_500,
            migrant_population_estimate=1_200,
            main_origin_countries="Bolivia",
            main_economic_activities="Turismo",
            municipal_email="intendencia@humahuaca.gob.ar",
            migration_context="Familias bolivianas.",
            migration_body=Presence.INCIPIENT,
            migrant_programmes=Presence.NONE,
            agreements=Presence.NONE,
            systematic_measures_last_two_years=False,
            emerging_demand=True,
            mayor_name="Ana Pérez",
            letter_signed_on=date(2025, 9, 1),
        )
        self.add(dataclasses.replace(application, **changes))  # type: ignore[arg-type]
        if not any(isinstance(r, FocalPoint) for r in self.records.values()):
            self.add(
                FocalPoint(
                    id=FocalPoint.id_for(self.city.id),
                    city_id=self.city.id,
                    name="Luz Mamani",
                    post="Secretaria",
                    since=date(2025, 9, 1),
                )
            )
        return self

    def confirmed(self, on: date = date(2025, 10, 13)) -> Builder:
        if Application.id_for(self.city.id) not in self.records:
            self.application()
        found = self.records[Application.id_for(self.city.id)]
        assert isinstance(found, Application)
        return self.add(dataclasses.replace(found, confirmation_sent_on=on))

    def official(
        self, name: str, *, done: bool = True, focal: bool = False, enrolled: date = START
    ) -> Official:
        official = Official(
            city_id=self.city.id, name=name, is_focal_point=focal, enrolled_on=enrolled
        )
        if done:
            for step in COURSE_STEPS:
                setattr(official, step, enrolled + timedelta(weeks=3))
        self.add(official)
        return official

    def course_done(self) -> Builder:
        self.official("Luz Mamani", focal=True)
        self.official("Raúl Cruz")
        return self

    def answers(self, count: int | None = None) -> Builder:
        questionnaire = load_questionnaire()
        indicators = questionnaire.indicators()[: count if count is not None else None]
        for indicator in indicators:
            answer = IndicatorAnswer.blank(self.city.id, questionnaire.version, indicator.id)
            answer.answer = indicator.scale.options[0].code
            self.add(answer)
        return self

    def workshop(
        self, kind: WorkshopKind, on: date = date(2026, 3, 25), people: int = 1
    ) -> Builder:
        return self.add(
            Workshop(
                id=Workshop.id_for(self.city.id, kind),
                city_id=self.city.id,
                kind=kind,
                held_on=on,
                attendees=[Attendee(f"Persona {n}") for n in range(people)],
            )
        )

    def sections(self, skip: tuple[str, ...] = ()) -> Builder:
        for key in SECTION_KEYS:
            if key in skip:
                continue
            section, dimension = split_key(key)
            self.add(
                ReportSection(
                    id=ReportSection.id_for(self.city.id, section, dimension),
                    city_id=self.city.id,
                    section=section,
                    dimension=dimension,
                    text=f"Texto {key}",
                )
            )
        return self

    def plan(self, *, responsible: str = "Salud") -> Builder:
        area = PriorityArea(city_id=self.city.id, title="Salud", selected=True)
        objective = Objective(city_id=self.city.id, priority_area_id=area.id, title="CAPS")
        action = Action(
            city_id=self.city.id,
            objective_id=objective.id,
            title="Protocolo",
            start=date(2026, 9, 1),
            end=date(2027, 3, 31),
            responsible_area=responsible,
        )
        return self.add(area, objective, action)

    def send(
        self, deliverable: Deliverable, *, ack: bool = True, final: bool = False
    ) -> ReviewEvent:
        at = self.tick()
        if deliverable is Deliverable.REPORT:
            number = 1 + sum(isinstance(r, ReportVersion) for r in self.records.values())
            status = ReportStatus.FINAL if final else ReportStatus.SENT
            self.add(
                ReportVersion(
                    id=ReportVersion.id_for(self.city.id, number),
                    city_id=self.city.id,
                    number=number,
                    status=status,
                    created_at=at,
                ),
                ack=ack,
            )
        event = ReviewEvent(
            city_id=self.city.id, deliverable=deliverable, state=ReviewState.SENT, at=at
        )
        self.add(event, ack=ack)
        return event

    def reply(self, comment: Comment) -> Builder:
        return self.add(
            Comment(
                city_id=self.city.id,
                anchor_kind=comment.anchor_kind,
                anchor_id=comment.anchor_id,
                author="Luz Mamani",
                author_role=Role.FOCAL_POINT,
                body="Respondido.",
                created_at=self.tick(),
                reply_to=comment.id,
            )
        )

    # IOM's part

    def iom(self, deliverable: Deliverable, state: ReviewState) -> ReviewEvent:
        event = ReviewEvent(
            city_id=self.city.id, deliverable=deliverable, state=state, at=self.tick()
        )
        self.add(event)
        return event

    def comment_report(self, key: str = "5", role: Role = Role.REVIEWER) -> Comment:
        section, dimension = split_key(key)
        comment = Comment(
            city_id=self.city.id,
            anchor_kind=ReportSection.KIND,
            anchor_id=ReportSection.id_for(self.city.id, section, dimension),
            author="OIM" if role is Role.REVIEWER else "CIPPEC",
            author_role=role,
            body="Sumar un apartado.",
            created_at=self.tick(),
        )
        self.add(comment)
        return comment

    def milestone(self, milestone: Milestone, on: date) -> Builder:
        return self.add(
            PhaseDate(
                id=PhaseDate.id_for(self.city.id, milestone),
                city_id=self.city.id,
                milestone=milestone,
                on=on,
            )
        )

    def certify(self, on: date = date(2026, 10, 26)) -> Builder:
        return self.add(
            Certification(
                id=Certification.id_for(self.city.id), city_id=self.city.id, certified_on=on
            )
        )

    # Whole stages

    def selected(self) -> Builder:
        self.application()
        self.send(Deliverable.APPLICATION)
        self.iom(Deliverable.APPLICATION, ReviewState.RECEIVED)
        self.milestone(Milestone.RESULTS_NOTIFIED, date(2025, 10, 1))
        return self.confirmed()

    def assessed(self) -> Builder:
        self.selected().course_done().answers()
        self.send(Deliverable.SELF_ASSESSMENT)
        self.iom(Deliverable.SELF_ASSESSMENT, ReviewState.APPROVED)
        return self

    def reported(self) -> Builder:
        self.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
        self.send(Deliverable.REPORT)
        comment = self.comment_report()
        self.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
        self.reply(comment)
        self.iom(Deliverable.REPORT, ReviewState.VALIDATED)
        self.send(Deliverable.REPORT, final=True)
        self.iom(Deliverable.REPORT, ReviewState.APPROVED)
        return self

    def planned(self) -> Builder:
        self.reported().plan().workshop(WorkshopKind.PLANNING, date(2026, 8, 7))
        self.send(Deliverable.ACTION_PLAN)
        self.iom(Deliverable.ACTION_PLAN, ReviewState.APPROVED)
        return self


IOM_KINDS = (PhaseDate, Certification)


def written_by_iom(record: Record) -> bool:
    if isinstance(record, ReviewEvent):
        return record.state is not ReviewState.SENT
    if isinstance(record, Comment):
        return record.author_role in (Role.REVIEWER, Role.PARTNER)
    return isinstance(record, IOM_KINDS)


SEQ = itertools.count(1000)  # the server's sequence numbers these helpers hand out


def push_all(store: Store) -> None:
    """The server acknowledges everything in the outbox (as a push would)."""
    from migradesk.storage.sync.replica import apply_push, take_batch
    from migradesk.wire import protocol

    while (batch := take_batch(store, max_entries=500, max_bytes=10**8)) is not None:
        results = [
            protocol.MutationResult(
                mutation_id=e.mutation_id, status=protocol.ResultStatus.APPLIED, version=next(SEQ)
            )
            for e in batch.entries
        ]
        apply_push(store, batch, results, datetime.now(UTC))


def pull(store: Store, city_id: str, records: list[Record]) -> None:
    """Records written elsewhere (IOM's answers) arrive as a pull would bring them."""
    from migradesk.storage.sync.replica import apply_page, cursor
    from migradesk.wire import protocol

    changes = [
        protocol.RecordState(
            kind=r.KIND, id=r.id, city_id=r.city_id, version=next(SEQ), fields=to_wire(r)
        )
        for r in records
    ]
    page = protocol.PullResponse(
        changes=changes, cursor=max(cursor(store, city_id), changes[-1].version), has_more=False
    )
    apply_page(store, city_id, page, datetime.now(UTC))


def store_city(data_dir: Path, builder: Builder) -> str:
    """The builder's city in a data dir, as sync would have left it; returns the city's id."""
    from migradesk.storage import Store

    with Store.open(data_dir) as store:
        store.save(builder.city)
        push_all(store)
        group: list[Record] = []
        for record in builder.records.values():
            if written_by_iom(record):
                if group:
                    store.save_all(group)
                    push_all(store)
                    group = []
                pull(store, builder.city.id, [record])
            else:
                group.append(record)
        if group:
            store.save_all(group)
            push_all(store)
    return builder.city.id
