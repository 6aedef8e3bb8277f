"""What certification needs (Phase 5), each item's state computed from the city file."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication

from migradesk.domain.calendar import Step
from migradesk.domain.cityfile import CityFile
from migradesk.domain.progress import anchors_and_done, cohort
from migradesk.domain.report import ReportStatus, WorkshopKind
from migradesk.domain.review import Deliverable, ReviewState

from migradesk.ui.formats import fmt_date


class ItemState(Enum):
    DONE = "done"
    WAITING = "waiting"  # the city did its part; IOM has to answer
    PENDING = "pending"


@dataclasses.dataclass(frozen=True)
class ChecklistItem:
    key: str
    title: str
    detail: str
    state: ItemState
    page_id: str  # the step that fixes it


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _review(
    file: CityFile,
    deliverable: Deliverable,
    key: str,
    title: str,
    page_id: str,
    sent_text: str,
    sent_on: date | None = None,
) -> ChecklistItem:
    """``sent_on``: the date the city says it sent it (the application's own field), for a
    deliverable sent outside MigraDesk that IOM has not logged yet."""
    state = file.review_state(deliverable)
    history = file.review_history(deliverable)
    when = fmt_date(history[-1].at.date()) if history else ""
    if state is ReviewState.APPROVED:
        detail, item_state = (
            translate("checklist", "Aprobado por OIM el %1.").replace("%1", when),
            ItemState.DONE,
        )
    elif state in (ReviewState.SENT, ReviewState.RECEIVED) or (
        state is None and sent_on is not None
    ):
        when = when or (fmt_date(sent_on) if sent_on else "")
        detail = sent_text.replace("%1", when)
        item_state = ItemState.WAITING
    elif state is ReviewState.HAS_ISSUES:
        detail = translate("checklist", "OIM lo devolvió con observaciones el %1.").replace(
            "%1", when
        )
        item_state = ItemState.PENDING
    else:
        detail, item_state = translate("checklist", "Todavía no se envió a OIM."), ItemState.PENDING
    return ChecklistItem(key, title, detail, item_state, page_id)


def _workshop(
    file: CityFile, kind: WorkshopKind, key: str, title: str, page_id: str, today: date
) -> ChecklistItem:
    workshop = file.workshop(kind)
    held = workshop.held_on if workshop else None
    if held is not None and held <= today:
        detail = translate("checklist", "Realizado el %1.").replace("%1", fmt_date(held))
        return ChecklistItem(key, title, detail, ItemState.DONE, page_id)
    if held is not None:
        detail = translate("checklist", "Previsto para el %1.").replace("%1", fmt_date(held))
        return ChecklistItem(key, title, detail, ItemState.WAITING, page_id)
    return ChecklistItem(
        key, title, translate("checklist", "Sin fecha registrada."), ItemState.PENDING, page_id
    )


def checklist(file: CityFile, today: date) -> list[ChecklistItem]:
    items = [
        _review(
            file,
            Deliverable.APPLICATION,
            "application",
            translate("checklist", "Inscripción enviada y aprobada"),
            "inscripcion",
            translate("checklist", "Enviada el %1; OIM todavía no respondió."),
            file.application.submitted_on if file.application else None,
        ),
    ]
    focal = file.focal_point
    if focal is not None and focal.name.strip():
        detail = translate("checklist", "%1 es el Punto Focal.").replace("%1", focal.name)
        items.append(
            ChecklistItem(
                "focal_point",
                translate("checklist", "Punto Focal designado"),
                detail,
                ItemState.DONE,
                "punto_focal",
            )
        )
    else:
        items.append(
            ChecklistItem(
                "focal_point",
                translate("checklist", "Punto Focal designado"),
                translate("checklist", "Falta designar al Punto Focal."),
                ItemState.PENDING,
                "punto_focal",
            )
        )
    anchors, done = anchors_and_done(file)
    officials = cohort(file, anchors.phase_1_start or done.get(Step.CONFIRMATION))
    later = len(file.officials) - len(officials)
    completed = sum(o.course_completed for o in officials)
    if not officials:
        detail, state = (
            translate("checklist", "No hay personas inscriptas en el curso."),
            ItemState.PENDING,
        )
    else:
        detail = translate("checklist", "%1 de %2 personas completaron el curso.")
        detail = detail.replace("%1", str(completed)).replace("%2", str(len(officials)))
        if later:
            more = translate("checklist", "%1 incorporadas después lo cursan aparte.").replace(
                "%1", str(later)
            )
            detail = f"{detail} {more}"
        state = ItemState.DONE if completed == len(officials) else ItemState.PENDING
    items.append(
        ChecklistItem(
            "course",
            translate("checklist", "Todas las personas inscriptas completaron el curso"),
            detail,
            state,
            "fase1",
        )
    )
    items.append(
        _review(
            file,
            Deliverable.SELF_ASSESSMENT,
            "self_assessment",
            translate("checklist", "Autoevaluación enviada y revisada por OIM"),
            "fase2",
            translate("checklist", "Enviada el %1; OIM la está revisando."),
        )
    )
    items.append(
        _workshop(
            file,
            WorkshopKind.DIAGNOSTIC,
            "diagnostic_workshop",
            translate("checklist", "Taller de evaluación y diagnóstico realizado"),
            "fase3",
            today,
        )
    )
    report = _review(
        file,
        Deliverable.REPORT,
        "report",
        translate("checklist", "Reporte de evaluación final aprobado"),
        "fase3",
        translate("checklist", "Enviado el %1; OIM y CIPPEC lo están revisando."),
    )
    versions = file.report_versions
    if (
        report.state is not ItemState.DONE
        and versions
        and versions[-1].status is ReportStatus.FINAL
    ):
        detail = translate("checklist", "La versión %1 es la final.").replace(
            "%1", str(versions[-1].number)
        )
        report = dataclasses.replace(report, detail=detail, state=ItemState.DONE)
    items.append(report)
    items.append(
        _review(
            file,
            Deliverable.ACTION_PLAN,
            "action_plan",
            translate("checklist", "Plan de acción validado por OIM"),
            "fase4",
            translate("checklist", "Enviado el %1; OIM lo está revisando."),
        )
    )
    items.append(
        _workshop(
            file,
            WorkshopKind.PLANNING,
            "planning_workshop",
            translate("checklist", "Taller de planificación estratégica realizado"),
            "fase4",
            today,
        )
    )
    return items
