"""Each deliverable's state, read from its review events in the SERVER's order (sync G8).

The events a copy knows come in two groups: those the server acknowledged, ordered by the
server's sequence number (``CityFile.versions``), then this desktop's own events the server has
not acknowledged yet, in the order they were made (they are all made on this desktop, after
everything it has pulled). ``at`` — the writer's clock — is only shown: a city PC three days
ahead or two days behind cannot put its send before or after IOM's answer.

States as the guide names them (``Stage``)::

    borrador → por enviar → enviado → recibido → con observaciones ─┐
                   ▲                                                 │ (the city corrects)
                   └─────────────────────────────────────────────────┘
    report:  … con observaciones → comentarios validados → (final version) enviado → final
    done:    inscripción recibida · autoevaluación revisada · reporte final · plan validado

"Por enviar": the city sent it on this desktop and the server has not acknowledged the send
yet; such a send can be withdrawn. "Enviado" is said only after the acknowledgement.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum

from migradesk.domain.cityfile import CityFile
from migradesk.domain.phrases import Phrase, T, phrase
from migradesk.domain.report import ReportStatus, ReportVersion
from migradesk.domain.review import (
    REVIEWER_ROLES,
    Comment,
    Deliverable,
    ReviewEvent,
    ReviewState,
)


class Stage(StrEnum):
    DRAFT = "borrador"
    TO_SEND = "por_enviar"  # sent here, not acknowledged by the server yet
    SENT = "enviado"  # acknowledged: waiting for IOM
    RECEIVED = "recibido"  # IOM has it (and is reviewing it)
    COMMENTED = "con_observaciones"  # IOM (and CIPPEC) answered with comments: the city works
    VALIDATED = "validado"  # the report's comments validated by CIPPEC and the city
    DONE = "aprobado"  # the step is over (see DONE_NAMES)


# Stages in which the city cannot edit the deliverable.
LOCKED = frozenset({Stage.TO_SEND, Stage.SENT, Stage.RECEIVED, Stage.DONE})
# Stages in which IOM (or CIPPEC) has to answer.
WAITING_FOR_IOM = frozenset({Stage.SENT, Stage.RECEIVED})

DELIVERABLE_NAMES: dict[Deliverable, str] = {
    Deliverable.APPLICATION: T("Inscripción"),
    Deliverable.SELF_ASSESSMENT: T("Autoevaluación"),
    Deliverable.REPORT: T("Reporte de evaluación"),
    Deliverable.ACTION_PLAN: T("Plan de acción"),
}

_DRAFT, _TO_SEND = T("borrador"), T("por enviar")
# How each deliverable's stages read (the guide's words, with Spanish agreement).
STAGE_NAMES: dict[Deliverable, dict[Stage, str]] = {
    Deliverable.APPLICATION: {
        Stage.DRAFT: _DRAFT,
        Stage.TO_SEND: _TO_SEND,
        Stage.SENT: T("enviada a OIM"),
        Stage.RECEIVED: T("recibida por OIM"),
        Stage.COMMENTED: T("con observaciones de OIM"),
        Stage.VALIDATED: T("con observaciones de OIM"),
        Stage.DONE: T("recibida por OIM"),
    },
    Deliverable.SELF_ASSESSMENT: {
        Stage.DRAFT: _DRAFT,
        Stage.TO_SEND: _TO_SEND,
        Stage.SENT: T("enviada a OIM"),
        Stage.RECEIVED: T("en revisión por OIM"),
        Stage.COMMENTED: T("con observaciones de OIM"),
        Stage.VALIDATED: T("con observaciones de OIM"),
        Stage.DONE: T("revisada por OIM"),
    },
    Deliverable.REPORT: {
        Stage.DRAFT: _DRAFT,
        Stage.TO_SEND: _TO_SEND,
        Stage.SENT: T("enviado a OIM"),
        Stage.RECEIVED: T("en revisión por OIM y CIPPEC"),
        Stage.COMMENTED: T("comentado por OIM y CIPPEC"),
        Stage.VALIDATED: T("comentarios validados con CIPPEC"),
        Stage.DONE: T("versión final"),
    },
    Deliverable.ACTION_PLAN: {
        Stage.DRAFT: _DRAFT,
        Stage.TO_SEND: _TO_SEND,
        Stage.SENT: T("enviado a OIM"),
        Stage.RECEIVED: T("en revisión por OIM"),
        Stage.COMMENTED: T("con observaciones de OIM"),
        Stage.VALIDATED: T("con observaciones de OIM"),
        Stage.DONE: T("validado por OIM"),
    },
}

_STAGE_OF_EVENT = {
    ReviewState.SENT: Stage.SENT,
    ReviewState.RECEIVED: Stage.RECEIVED,
    ReviewState.HAS_ISSUES: Stage.COMMENTED,
    ReviewState.VALIDATED: Stage.VALIDATED,
    ReviewState.APPROVED: Stage.DONE,
}


def order_key(file: CityFile, event: ReviewEvent) -> tuple[int, int, float, str]:
    """Acknowledged events by the server's sequence; this desktop's unsent ones after them."""
    seq = file.server_seq(event.id)
    if seq > 0:
        return (0, seq, 0.0, event.id)
    return (1, 0, event.at.timestamp(), event.id)  # made here, one after another, one clock


def events_of(file: CityFile, deliverable: Deliverable) -> list[ReviewEvent]:
    """The deliverable's review events in the server's order (unacknowledged ones last)."""
    mine = [e for e in file.all(ReviewEvent) if e.deliverable is deliverable]
    return sorted(mine, key=lambda e: order_key(file, e))


@dataclasses.dataclass(frozen=True)
class Review:
    """A deliverable's review as the process reads it."""

    deliverable: Deliverable
    events: tuple[ReviewEvent, ...]  # in the server's order
    stage: Stage
    acknowledged: tuple[bool, ...]  # per event: the server has it

    @property
    def latest(self) -> ReviewEvent | None:
        return self.events[-1] if self.events else None

    @property
    def since(self) -> date | None:
        """When the current stage began, on its writer's clock (for display only)."""
        return self.events[-1].at.date() if self.events else None

    @property
    def unsent(self) -> ReviewEvent | None:
        """The city's send that has not reached the server (it can be withdrawn)."""
        if self.stage is Stage.TO_SEND:
            return self.events[-1]
        return None

    def first_on(self, *states: ReviewState) -> date | None:
        """The first acknowledged event in one of ``states`` (a date for the calendar)."""
        for event, known in zip(self.events, self.acknowledged, strict=True):
            if known and event.state in states:
                return event.at.date()
        return None

    def last_on(self, *states: ReviewState) -> date | None:
        found = [
            e.at.date()
            for e, known in zip(self.events, self.acknowledged, strict=True)
            if known and e.state in states
        ]
        return found[-1] if found else None

    @property
    def name(self) -> Phrase:
        """The current stage in the guide's words ("revisada por OIM")."""
        return phrase(STAGE_NAMES[self.deliverable][self.stage])

    @property
    def sent_on(self) -> date | None:
        """The latest acknowledged send ("Enviado a OIM el …")."""
        return self.last_on(ReviewState.SENT)


def _acknowledged(file: CityFile, events: tuple[ReviewEvent, ...]) -> tuple[bool, ...]:
    """Per event: it reached the server. IOM's answers come from the server by definition (the
    city's desktop never writes them), and a send IOM answered had reached it."""
    found: list[bool] = []
    answered_later = False
    for event in reversed(events):
        answer = event.state is not ReviewState.SENT
        found.append(answer or answered_later or file.server_seq(event.id) > 0)
        answered_later = answered_later or answer
    return tuple(reversed(found))


def review(file: CityFile, deliverable: Deliverable) -> Review:
    return file.memo(("review", deliverable), lambda: _review(file, deliverable))


def _review(file: CityFile, deliverable: Deliverable) -> Review:
    events = tuple(events_of(file, deliverable))
    acknowledged = _acknowledged(file, events)
    if not events:
        stage = Stage.DRAFT
    elif not acknowledged[-1] and events[-1].state is ReviewState.SENT:
        stage = Stage.TO_SEND
    else:
        stage = _STAGE_OF_EVENT[events[-1].state]
        if deliverable is Deliverable.APPLICATION and stage is Stage.RECEIVED:
            stage = Stage.DONE  # the application's last state is "recibida"
    return Review(deliverable, events, stage, acknowledged)


def stage(file: CityFile, deliverable: Deliverable) -> Stage:
    return review(file, deliverable).stage


def is_locked(file: CityFile, deliverable: Deliverable) -> bool:
    """Sent (or about to be) and not answered with comments: the city cannot edit it."""
    return stage(file, deliverable) in LOCKED


def latest_report_version(file: CityFile) -> ReportVersion | None:
    versions = file.report_versions
    return versions[-1] if versions else None


def final_version_sent(file: CityFile) -> bool:
    """Whether the report version under review is the city's final (definitive) one."""
    latest = latest_report_version(file)
    return latest is not None and latest.status is ReportStatus.FINAL


def by_reviewers(comment: Comment) -> bool:
    """Written by IOM or by CIPPEC (not by the city)."""
    return comment.author_role in REVIEWER_ROLES


def waiting_comments(file: CityFile) -> list[Comment]:
    """IOM's and CIPPEC's comments the city has not answered yet, newest first."""
    replied = {c.reply_to for c in file.all(Comment) if c.reply_to}
    waiting = [
        c
        for c in file.all(Comment)
        if by_reviewers(c) and c.reply_to is None and c.id not in replied
    ]
    return sorted(waiting, key=lambda c: c.created_at, reverse=True)
