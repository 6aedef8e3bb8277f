"""What the action plan still lacks before it can be sent to IOM (no Qt widgets here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import ranked

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def missing(file: CityFile) -> list[str]:
    """Problems in the order the user would fix them; empty when the plan can be sent."""
    areas = [a for a in ranked(file.priority_areas) if a.selected]
    if not areas:
        return [translate("plan_checks", "Marque al menos un área como prioritaria.")]
    found: list[str] = []
    for area in areas:
        objectives = file.objectives_of(area.id)
        if not objectives:
            found.append(
                translate("plan_checks", "El área «%1» no tiene objetivos.").replace(
                    "%1", area.title
                )
            )
        for objective in objectives:
            actions = file.actions_of(objective.id)
            if not actions:
                text = translate("plan_checks", "El objetivo «%1» no tiene acciones.")
                found.append(text.replace("%1", objective.title))
            for action in actions:
                if action.start is None or action.end is None:
                    text = translate(
                        "plan_checks", "La acción «%1» no tiene fechas de inicio y fin."
                    )
                    found.append(text.replace("%1", action.title))
                if not action.responsible_area.strip():
                    text = translate("plan_checks", "La acción «%1» no tiene área responsable.")
                    found.append(text.replace("%1", action.title))
    return found
