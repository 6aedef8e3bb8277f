"""IOM's side: comments, review states per deliverable, phase dates and certification."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar

from migradesk.domain.base import (
    CITY_ROLES,
    IOM_ROLES,
    PARTNER_ROLES,
    Record,
    Role,
    derived_id,
    register,
)
from migradesk.domain.report import Attendee

# Who answers what a city sends: IOM, and on the report its technical partner (CIPPEC).
REVIEWER_ROLES = IOM_ROLES | PARTNER_ROLES


@register
@dataclasses.dataclass(kw_only=True)
class Comment(Record):
    """A comment anchored to a record (an answer, a report section, an action…), and within a
    text to the passage it quotes, if any. Append-only. ``author_role`` says whose it is: the
    city's, IOM's (reviewer) or CIPPEC's (partner)."""

    KIND: ClassVar[str] = "comment"
    WRITERS: ClassVar[frozenset[Role]] = CITY_ROLES | REVIEWER_ROLES
    APPEND_ONLY: ClassVar[bool] = True

    anchor_kind: str
    anchor_id: str
    author: str
    author_role: Role
    body: str
    created_at: datetime
    reply_to: str | None = None
    passage: str = ""  # the words of the anchor's text it is about (a report section's)


class Deliverable(StrEnum):
    APPLICATION = "inscripcion"
    SELF_ASSESSMENT = "autoevaluacion"
    REPORT = "reporte"
    ACTION_PLAN = "plan_de_accion"


class ReviewState(StrEnum):
    """What one review event says; ``migradesk.domain.process.reviews`` reads the events as the
    deliverable's state (ordered by the server's sequence, never by the clocks in ``at``)."""

    SENT = "enviado"  # by the city: locks the deliverable until IOM answers
    RECEIVED = "recibido"
    HAS_ISSUES = "con_observaciones"  # IOM's (and, for the report, CIPPEC's) comments: unlocks
    VALIDATED = "validado"  # the report: the comments validated by CIPPEC with the city
    APPROVED = "aprobado"


@register
@dataclasses.dataclass(kw_only=True)
class ReviewEvent(Record):
    """One step of a deliverable's review history. Append-only; the latest in the server's
    order is the state. ``at`` is the writer's clock: shown, never used to order."""

    KIND: ClassVar[str] = "review_event"
    WRITERS: ClassVar[frozenset[Role]] = CITY_ROLES | REVIEWER_ROLES
    APPEND_ONLY: ClassVar[bool] = True

    deliverable: Deliverable
    state: ReviewState
    at: datetime
    by: str = ""
    note: str = ""

    def allowed_for(self, role: Role) -> bool:
        """Cities only send; IOM and its partner only answer (the process model says which
        answer is whose)."""
        if role in CITY_ROLES:
            return self.state is ReviewState.SENT
        return role in REVIEWER_ROLES and self.state is not ReviewState.SENT


class Milestone(StrEnum):
    """Dates that start a step of the process, set by IOM (the calendar computes from them)."""

    CAMPAIGN_LAUNCH = "lanzamiento_campania"
    RESULTS_NOTIFIED = "resultados_notificados"
    PHASE_1_START = "inicio_fase_1"
    PHASE_2_START = "inicio_fase_2"
    PHASE_4_START = "inicio_fase_4"
    # Not a date anyone sets any more: the plan's validation is its review state (IOM approves
    # the plan), recorded once. Kept so that files and servers that stored it still load; the
    # model ignores it and the server refuses new ones.
    ACTION_PLAN_VALIDATED = "plan_validado"
    PHASE_6_START = "inicio_fase_6"


@register
@dataclasses.dataclass(kw_only=True)
class PhaseDate(Record):
    KIND: ClassVar[str] = "phase_date"
    WRITERS: ClassVar[frozenset[Role]] = IOM_ROLES

    milestone: Milestone
    on: date

    @staticmethod
    def id_for(city_id: str, milestone: Milestone) -> str:
        return derived_id("phase_date", city_id, milestone.value)


@register
@dataclasses.dataclass(kw_only=True)
class Certification(Record):
    """IOM's certification seal, one per city, granted at a public ceremony: its date
    (``certified_on``, set only once the requirements hold), its place and its invitees."""

    KIND: ClassVar[str] = "certification"
    WRITERS: ClassVar[frozenset[Role]] = IOM_ROLES

    certified_on: date | None = None
    ceremony_place: str = ""
    note: str = ""
    invitees: list[Attendee] = dataclasses.field(default_factory=list)

    @staticmethod
    def id_for(city_id: str) -> str:
        return derived_id("certification", city_id)
