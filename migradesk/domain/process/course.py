"""Phase 1: who must finish the course, each person's deadline and state, and the gate.

The guide: the focal point takes the course ("obligatorio"), and its completion by the focal
point and by every official added is "requisito indispensable" for the next phases. Officials
added after the self-assessment went to IOM (a new focal point's team, say) take it too, but
they no longer hold the city back *(ours)*. The course closes 8 weeks after the enrolment
window (or after a later enrolment): a course not finished by then has expired ("venció") and is
never "completado"; a final questionnaire dated after the close does not count either.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from enum import StrEnum

from migradesk.domain.calendar import COURSE_WEEKS, ENROLMENT_WEEKS
from migradesk.domain.cityfile import CityFile
from migradesk.domain.people import COURSE_STEPS, Official
from migradesk.domain.phrases import Phrase, T, phrase
from migradesk.domain.process.reviews import review
from migradesk.domain.register import fold
from migradesk.domain.review import Deliverable, Milestone, ReviewState


class CourseState(StrEnum):
    NOT_STARTED = "sin_iniciar"
    IN_PROGRESS = "en_curso"
    COMPLETED = "completo"
    EXPIRED = "vencido"


STATE_NAMES: dict[CourseState, str] = {
    CourseState.NOT_STARTED: T("sin iniciar"),
    CourseState.IN_PROGRESS: T("en curso"),
    CourseState.COMPLETED: T("completo"),
    CourseState.EXPIRED: T("venció"),
}
FOCAL_NOT_ENROLLED = T("El Punto Focal no está inscripto en el curso.")
FOCAL_NAMED_NOT_ENROLLED = T("El Punto Focal, {name}, no está inscripto en el curso.")
PERSON_EXPIRED = T("El curso de {name} venció el {due} sin completarse.")
PERSON_PENDING = T("{name} no completó el curso ({done} de {total} partes).")
PERSON_PENDING_DUE = T("{name} no completó el curso ({done} de {total} partes; vence el {due}).")
NOBODY = T("No hay personas inscriptas en el curso.")


def phase_1_start(file: CityFile) -> date | None:
    """IOM's date for the start of Phase 1, else the confirmation note's date."""
    found = file.phase_date(Milestone.PHASE_1_START)
    if found is not None:
        return found.on
    application = file.application
    return application.confirmation_sent_on if application else None


def cohort_due(start: date | None) -> date | None:
    """The course's close for those enrolled in the 2-week window."""
    if start is None:
        return None
    return start + timedelta(weeks=ENROLMENT_WEEKS + COURSE_WEEKS)


def course_due(official: Official, cohort: date | None) -> date | None:
    """8 weeks from the end of the enrolment window, or from a later enrolment."""
    if official.enrolled_on is None:
        return cohort
    own = official.enrolled_on + timedelta(weeks=COURSE_WEEKS)
    return own if cohort is None or own > cohort else cohort


def person_state(official: Official, due: date | None, today: date) -> CourseState:
    final = official.final_questionnaire
    if official.course_completed and (due is None or final is None or final <= due):
        return CourseState.COMPLETED
    if due is not None and due < today:
        return CourseState.EXPIRED
    if official.steps_done:
        return CourseState.IN_PROGRESS
    return CourseState.NOT_STARTED


@dataclasses.dataclass(frozen=True)
class Participant:
    official: Official
    due: date | None
    state: CourseState
    required: bool  # the city cannot go on before this person finishes


@dataclasses.dataclass(frozen=True)
class Course:
    participants: tuple[Participant, ...]  # in the file's order of officials
    focal: Participant | None  # the focal point's enrolment
    focal_name: str  # the current focal point's name ("" if none is designated)
    cohort_due: date | None

    def of(self, official_id: str) -> Participant | None:
        return next((p for p in self.participants if p.official.id == official_id), None)

    @property
    def required(self) -> list[Participant]:
        return [p for p in self.participants if p.required]

    @property
    def done(self) -> bool:
        """The focal point and everyone required finished the course in time."""
        return (
            self.focal is not None
            and self.focal.state is CourseState.COMPLETED
            and all(p.state is CourseState.COMPLETED for p in self.required)
        )

    def missing(self) -> list[Phrase]:
        found: list[Phrase] = []
        if self.focal is None:
            found.append(
                phrase(FOCAL_NAMED_NOT_ENROLLED, name=self.focal_name)
                if self.focal_name
                else phrase(FOCAL_NOT_ENROLLED)
            )
        for person in self.required:
            if person.state is not CourseState.COMPLETED:
                found.append(_pending(person))
        return found


def _pending(person: Participant) -> Phrase:
    name = person.official.name or "—"
    if person.state is CourseState.EXPIRED and person.due is not None:
        return phrase(PERSON_EXPIRED, name=name, due=person.due)
    done, total = person.official.steps_done, len(COURSE_STEPS)
    if person.due is not None:
        return phrase(PERSON_PENDING_DUE, name=name, done=done, total=total, due=person.due)
    return phrase(PERSON_PENDING, name=name, done=done, total=total)


def _focal_official(file: CityFile, officials: list[Official]) -> Official | None:
    flagged = [o for o in officials if o.is_focal_point]
    current = file.focal_point
    if current is not None:
        named = [o for o in flagged if fold(o.name) == fold(current.name)]
        flagged = named or flagged
    return max(flagged, key=lambda o: o.enrolled_on or date.min, default=None)


def course(file: CityFile, today: date) -> Course:
    return file.memo(("course", today), lambda: _course(file, today))


def _course(file: CityFile, today: date) -> Course:
    officials = file.officials
    cohort = cohort_due(phase_1_start(file))
    sent = review(file, Deliverable.SELF_ASSESSMENT).first_on(ReviewState.SENT)
    focal = _focal_official(file, officials)
    participants = []
    for official in officials:
        due = course_due(official, cohort)
        required = (
            official is focal
            or sent is None
            or official.enrolled_on is None
            or official.enrolled_on <= sent
        )
        participants.append(
            Participant(official, due, person_state(official, due, today), required)
        )
    focal_part = next((p for p in participants if p.official is focal), None)
    current = file.focal_point
    return Course(tuple(participants), focal_part, current.name if current else "", cohort)
