"""``can``: may this actor do this now, and if not, what is missing (in Spanish).

One function answers for the desktop's buttons, the server's review API and its push (which
check again), and ``migradesk status``. The gates, from the guide (``process.md``):

- send the application: the form and the letter complete;
- send the self-assessment: the application received by IOM, the mayor's confirmation note
  sent, the course finished by the focal point and every official added, every indicator
  answered;
- send the report (preliminary version): the self-assessment reviewed by IOM, the diagnostic
  workshop held, text in every section; its final version: the comments validated;
- send the action plan: the report final, the plan complete;
- IOM answers what was sent; CIPPEC validates the report's comments once the city answered
  every comment; IOM approves the report only in its final version;
- certify: every requirement of Phase 5 met.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from migradesk.domain.actors import OR, Actor, actor_names, actors_of
from migradesk.domain.base import Role
from migradesk.domain.cityfile import CityFile
from migradesk.domain.phrases import Phrase, T, phrase
from migradesk.domain.process import complete
from migradesk.domain.process.course import course
from migradesk.domain.process.requirements import TITLES, unmet
from migradesk.domain.process.reviews import (
    LOCKED,
    WAITING_FOR_IOM,
    Stage,
    final_version_sent,
    review,
    waiting_comments,
)
from migradesk.domain.report import ReportSection, WorkshopKind
from migradesk.domain.review import Comment, Deliverable, ReviewEvent, ReviewState


class Act(StrEnum):
    SEND = "enviar"  # the city: a deliverable to IOM (the report: a preliminary version)
    SEND_FINAL = "enviar_final"  # the city: the report's final version
    WITHDRAW = "retirar"  # the city: a send that has not left this PC
    EDIT = "editar"  # the city: change the deliverable
    RECEIVE = "recibir"  # IOM
    COMMENT = "observar"  # IOM (the report: IOM or CIPPEC): answer with comments
    VALIDATE = "validar"  # CIPPEC, with the city: the report's comments validated
    APPROVE = "aprobar"  # IOM: received, reviewed, final, validated
    CERTIFY = "certificar"  # IOM


WHO: dict[Act, frozenset[Actor]] = {
    Act.SEND: frozenset({Actor.CITY}),
    Act.SEND_FINAL: frozenset({Actor.CITY}),
    Act.WITHDRAW: frozenset({Actor.CITY}),
    Act.EDIT: frozenset({Actor.CITY}),
    Act.RECEIVE: frozenset({Actor.IOM}),
    Act.COMMENT: frozenset({Actor.IOM, Actor.CIPPEC}),
    Act.VALIDATE: frozenset({Actor.CIPPEC}),
    Act.APPROVE: frozenset({Actor.IOM}),
    Act.CERTIFY: frozenset({Actor.IOM}),
}

_ACT_OF_STATE = {
    ReviewState.SENT: Act.SEND,
    ReviewState.RECEIVED: Act.RECEIVE,
    ReviewState.HAS_ISSUES: Act.COMMENT,
    ReviewState.VALIDATED: Act.VALIDATE,
    ReviewState.APPROVED: Act.APPROVE,
}

NOT_YOURS = T("Esto le corresponde a {actor}.")
ONLY_REPORT = T("Solo el reporte de evaluación tiene comentarios para validar.")
ALREADY_TO_SEND = T("Ya está por enviar: sale de este equipo cuando haya conexión.")
ALREADY_SENT = T("Ya fue enviado: OIM lo está revisando.")
ALREADY_DONE = T("OIM ya lo aprobó: el paso está cumplido.")
VALIDATED_SEND_FINAL = T("Los comentarios ya están validados: envíe la versión final.")
NOT_VALIDATED = T("Antes de la versión final, CIPPEC y la ciudad validan los comentarios de OIM.")
NOTHING_TO_WITHDRAW = T("No hay un envío pendiente que se pueda retirar.")
LOCKED_TEXT = T("No se edita mientras está enviado a OIM o ya aprobado.")
NOT_WAITING = T("No hay nada enviado esperando la respuesta de OIM.")
NOT_FINAL = T("La versión en revisión no es la final: coméntela o espere la versión final.")
NOT_COMMENTED = T("El reporte no tiene comentarios de OIM por validar.")
UNANSWERED_COMMENTS = T("Falta que la ciudad responda {count} comentarios sobre el reporte.")
APPLICATION_NOT_RECEIVED = T("La inscripción todavía no fue recibida por OIM.")
NO_CONFIRMATION = T("Falta la nota de confirmación del/de la intendente/a.")
SELF_ASSESSMENT_NOT_REVIEWED = T("OIM todavía no revisó la autoevaluación.")
NO_DIAGNOSTIC_WORKSHOP = T(
    "Falta registrar el workshop de evaluación y diagnóstico (fecha y participantes)."
)
REPORT_NOT_FINAL = T("El reporte de evaluación todavía no está en su versión final.")
REQUIREMENT_MISSING = T("Falta: {requirement}.")


@dataclasses.dataclass(frozen=True)
class Verdict:
    missing: tuple[Phrase, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.missing

    def __bool__(self) -> bool:
        return self.allowed

    def __str__(self) -> str:
        return " ".join(str(m) for m in self.missing)


def _verdict(found: Iterable[Phrase]) -> Verdict:
    return Verdict(tuple(found))


def act_of(event: ReviewEvent, file: CityFile) -> Act:
    """What writing ``event`` does (a send of the report's final version is SEND_FINAL)."""
    act = _ACT_OF_STATE[event.state]
    if act is Act.SEND and event.deliverable is Deliverable.REPORT and final_version_sent(file):
        return Act.SEND_FINAL
    return act


def can(
    actor: Actor,
    act: Act,
    deliverable: Deliverable | None = None,
    *,
    file: CityFile,
    today: date,
) -> Verdict:
    """Whether ``actor`` may ``act`` (on ``deliverable``) now; else what is missing."""
    if actor not in WHO[act]:
        return _verdict([phrase(NOT_YOURS, actor=actor_names(sorted(WHO[act]), OR))])
    if act is Act.CERTIFY:
        return _verdict(
            phrase(REQUIREMENT_MISSING, requirement=phrase(TITLES[i.requirement]))
            for i in unmet(file, today)
        )
    if deliverable is None:
        raise ValueError(f"{act} needs a deliverable")
    if act is Act.COMMENT and actor is Actor.CIPPEC and deliverable is not Deliverable.REPORT:
        return _verdict([phrase(NOT_YOURS, actor=actor_names([Actor.IOM]))])
    stage = review(file, deliverable).stage
    if act in (Act.SEND, Act.SEND_FINAL):
        return _verdict(_send(file, deliverable, stage, act, today))
    if act is Act.WITHDRAW:
        return _verdict([] if stage is Stage.TO_SEND else [phrase(NOTHING_TO_WITHDRAW)])
    if act is Act.EDIT:
        return _verdict([phrase(LOCKED_TEXT)] if stage in LOCKED else [])
    if act is Act.VALIDATE:
        return _verdict(_validate(file, deliverable, stage))
    return _verdict(_answer(file, deliverable, stage, act))


def can_any(
    actors: Iterable[Actor],
    act: Act,
    deliverable: Deliverable | None = None,
    *,
    file: CityFile,
    today: date,
) -> Verdict:
    """``can`` for an account that acts for several actors (IOM's accounts record CIPPEC's)."""
    actors = list(actors)
    verdicts = [can(a, act, deliverable, file=file, today=today) for a in actors]
    allowed = [v for v in verdicts if v]
    if allowed:
        return allowed[0]
    mine = [v for v, a in zip(verdicts, actors, strict=False) if a in WHO[act]]
    nobody = Verdict((phrase(NOT_YOURS, actor=actor_names(sorted(WHO[act]), OR)),))
    return (mine or [nobody])[0]


def can_role(
    role: Role | str, act: Act, deliverable: Deliverable | None, *, file: CityFile, today: date
) -> Verdict:
    """``can`` for an account's role (the server's check of what an account writes)."""
    return can_any(sorted(actors_of(role)), act, deliverable, file=file, today=today)


def _send(
    file: CityFile, deliverable: Deliverable, stage: Stage, act: Act, today: date
) -> list[Phrase]:
    if stage is Stage.TO_SEND:
        return [phrase(ALREADY_TO_SEND)]
    if stage in WAITING_FOR_IOM:
        return [phrase(ALREADY_SENT)]
    if stage is Stage.DONE:
        return [phrase(ALREADY_DONE)]
    if act is Act.SEND_FINAL and stage is not Stage.VALIDATED:
        return [phrase(NOT_VALIDATED)]
    if act is Act.SEND and stage is Stage.VALIDATED:
        return [phrase(VALIDATED_SEND_FINAL)]
    return [*_before(file, deliverable, today), *complete.missing(file, deliverable)]


def _before(file: CityFile, deliverable: Deliverable, today: date) -> list[Phrase]:
    """The steps that must be over before the city sends ``deliverable``."""
    found: list[Phrase] = []
    if deliverable is Deliverable.SELF_ASSESSMENT:
        if review(file, Deliverable.APPLICATION).stage is not Stage.DONE:
            found.append(phrase(APPLICATION_NOT_RECEIVED))
        application = file.application
        if application is None or application.confirmation_sent_on is None:
            found.append(phrase(NO_CONFIRMATION))
        found += course(file, today).missing()
    elif deliverable is Deliverable.REPORT:
        if review(file, Deliverable.SELF_ASSESSMENT).stage is not Stage.DONE:
            found.append(phrase(SELF_ASSESSMENT_NOT_REVIEWED))
        if not complete.workshop_held(file, WorkshopKind.DIAGNOSTIC, today):
            found.append(phrase(NO_DIAGNOSTIC_WORKSHOP))
    elif (
        deliverable is Deliverable.ACTION_PLAN
        and review(file, Deliverable.REPORT).stage is not Stage.DONE
    ):
        found.append(phrase(REPORT_NOT_FINAL))
    return found


def unanswered_report_comments(file: CityFile) -> list[Comment]:
    """IOM's and CIPPEC's comments on the report's sections the city has not answered."""
    return [c for c in waiting_comments(file) if c.anchor_kind == ReportSection.KIND]


def _validate(file: CityFile, deliverable: Deliverable, stage: Stage) -> list[Phrase]:
    if deliverable is not Deliverable.REPORT:
        return [phrase(ONLY_REPORT)]
    if stage is not Stage.COMMENTED:
        return [phrase(NOT_COMMENTED)]
    waiting = unanswered_report_comments(file)
    return [phrase(UNANSWERED_COMMENTS, count=len(waiting))] if waiting else []


def _answer(file: CityFile, deliverable: Deliverable, stage: Stage, act: Act) -> list[Phrase]:
    """IOM's answers (received, comments, approval) to what the city sent."""
    outside = deliverable is Deliverable.APPLICATION and stage is Stage.DRAFT
    if stage not in WAITING_FOR_IOM and not (outside and act is not Act.COMMENT):
        # An application sent outside MigraDesk (by e-mail, as the guide allows) may be
        # received or accepted without a send in the file *(ours)*.
        return [phrase(NOT_WAITING)]
    if act is Act.APPROVE and deliverable is Deliverable.REPORT and not final_version_sent(file):
        return [phrase(NOT_FINAL)]
    return []
