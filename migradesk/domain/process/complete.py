"""What a deliverable still lacks before the city may send it, in the guide's terms.

- Inscripción: both sections of the form and the letter of intent (the mayor, the date it was
  signed, and the focal point it names, with a post).
- Autoevaluación: every indicator answered ("No sabe" and "No aplica" are answers).
- Reporte de evaluación: text in each of the six sections (section 2 per dimension).
- Plan de acción: at least one prioritised area, each with objectives, each objective with
  actions, each action with dates and a responsible area.
"""

from __future__ import annotations

from datetime import date

from migradesk.domain.application import Application
from migradesk.domain.base import field_names
from migradesk.domain.cityfile import CityFile
from migradesk.domain.phrases import Phrase, T, phrase
from migradesk.domain.plan import ranked
from migradesk.domain.questionnaire import CURRENT_VERSION, load_questionnaire
from migradesk.domain.report import SECTION_KEYS, WorkshopKind
from migradesk.domain.review import Deliverable

# The form's fields that must be filled (others, like the website, are optional).
APPLICATION_FIELDS: dict[str, str] = {
    "current_population": T("Sección 1: falta la población actual estimada."),
    "migrant_population_estimate": T("Sección 1: falta la población migrante estimada."),
    "main_origin_countries": T("Sección 1: faltan los principales países de origen."),
    "main_economic_activities": T("Sección 1: faltan las principales actividades económicas."),
    "municipal_email": T("Sección 1: falta el correo electrónico del municipio."),
    "migration_context": T("Sección 1: falta el contexto migratorio."),
    "migration_body": T("Sección 2: falta responder si hay un área o persona responsable."),
    "migrant_programmes": T("Sección 2: falta responder si hay programas para personas migrantes."),
    "agreements": T("Sección 2: falta responder si hay convenios."),
    "systematic_measures_last_two_years": T(
        "Sección 2: falta responder si hubo medidas sistemáticas en los últimos dos años."
    ),
    "emerging_demand": T("Sección 2: falta responder si hay situaciones que demandan un área."),
    "mayor_name": T("Carta de intención: falta el nombre del/de la intendente/a."),
    "letter_signed_on": T("Carta de intención: falta la fecha de firma."),
}
NO_FOCAL_POINT = T("Carta de intención: falta el Punto Focal que designa.")
NO_FOCAL_POST = T("Carta de intención: falta el cargo del Punto Focal.")

UNANSWERED = T(
    "Faltan {missing} de {total} indicadores por responder (No sabe y No aplica también son "
    "respuestas)."
)
EMPTY_SECTION = T("La sección {section} del reporte no tiene texto.")
NO_PRIORITY = T("Marque al menos un área como prioritaria.")
AREA_WITHOUT_OBJECTIVES = T("El área «{area}» no tiene objetivos.")
OBJECTIVE_WITHOUT_ACTIONS = T("El objetivo «{objective}» no tiene acciones.")
ACTION_WITHOUT_DATES = T("La acción «{action}» no tiene fechas de inicio y fin.")
ACTION_WITHOUT_RESPONSIBLE = T("La acción «{action}» no tiene área responsable.")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def application_missing(file: CityFile) -> list[Phrase]:
    application = file.application or Application(city_id=file.city.id)
    found = [
        phrase(text)
        for name, text in APPLICATION_FIELDS.items()
        if _blank(getattr(application, name))
    ]
    focal = file.focal_point
    if focal is None or not focal.name.strip():
        found.append(phrase(NO_FOCAL_POINT))
    elif not focal.post.strip():
        found.append(phrase(NO_FOCAL_POST))
    return found


def answered(file: CityFile, version: str = CURRENT_VERSION) -> tuple[int, int]:
    """(answered, total) indicators of the questionnaire version."""
    questionnaire = load_questionnaire(version)
    answers = file.answers(version)
    ids = [i.id for i in questionnaire.indicators()]
    done = sum(1 for i in ids if i in answers and answers[i].answer)
    return done, len(ids)


def self_assessment_missing(file: CityFile) -> list[Phrase]:
    done, total = answered(file)
    if done >= total:
        return []
    return [phrase(UNANSWERED, missing=total - done, total=total)]


def sections_with_text(file: CityFile) -> int:
    sections = file.report_sections
    return sum(1 for key in SECTION_KEYS if key in sections and sections[key].text.strip())


def report_missing(file: CityFile) -> list[Phrase]:
    sections = file.report_sections
    return [
        phrase(EMPTY_SECTION, section=key)
        for key in SECTION_KEYS
        if key not in sections or not sections[key].text.strip()
    ]


def plan_missing(file: CityFile) -> list[Phrase]:
    """Problems in the order the user would fix them; empty when the plan can be sent."""
    areas = [a for a in ranked(file.priority_areas) if a.selected]
    if not areas:
        return [phrase(NO_PRIORITY)]
    found: list[Phrase] = []
    for area in areas:
        objectives = file.objectives_of(area.id)
        if not objectives:
            found.append(phrase(AREA_WITHOUT_OBJECTIVES, area=area.title))
        for objective in objectives:
            actions = file.actions_of(objective.id)
            if not actions:
                found.append(phrase(OBJECTIVE_WITHOUT_ACTIONS, objective=objective.title))
            for action in actions:
                if action.start is None or action.end is None:
                    found.append(phrase(ACTION_WITHOUT_DATES, action=action.title))
                if not action.responsible_area.strip():
                    found.append(phrase(ACTION_WITHOUT_RESPONSIBLE, action=action.title))
    return found


def missing(file: CityFile, deliverable: Deliverable) -> list[Phrase]:
    """What the deliverable's own content lacks (not the steps before it: see gates)."""
    check = {
        Deliverable.APPLICATION: application_missing,
        Deliverable.SELF_ASSESSMENT: self_assessment_missing,
        Deliverable.REPORT: report_missing,
        Deliverable.ACTION_PLAN: plan_missing,
    }[deliverable]
    return check(file)


def workshop_held(file: CityFile, kind: WorkshopKind, today: date) -> bool:
    """Held: a date that has come; the diagnostic workshop also with its participants (the
    guide's state table: "held, with date and participants")."""
    workshop = file.workshop(kind)
    return (
        workshop is not None
        and workshop.held_on is not None
        and workshop.held_on <= today
        and (bool(workshop.attendees) or kind is WorkshopKind.PLANNING)
    )


def application_started(file: CityFile) -> bool:
    """Any field of the form or the letter filled in."""
    application = file.application
    if application is None:
        return False
    blank = Application(city_id=application.city_id, id=application.id)
    return any(getattr(application, n) != getattr(blank, n) for n in field_names(Application))
