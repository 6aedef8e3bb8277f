"""An application as sent to a campaign: the city's record, the form (sections 1 and 2, the
mayor's letter) and the focal point it names, frozen at sending time, as the server keeps it.

It travels as wire records (``to_wire``), so the desktop and the server read it the same way;
``candidate`` turns it into the selection engine's input, taking region, border city, department
head and population from the register when the city is in it (the authoritative source; a city's
own corrections are shown, not scored), and foreign-born 2010 from the register or from IOM.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from migradesk.domain.application import Application
from migradesk.domain.base import DomainError, from_wire, to_wire
from migradesk.domain.city import City
from migradesk.domain.people import FocalPoint
from migradesk.domain.register import by_code
from migradesk.domain.selection_candidates import Candidate, from_city, from_register

CITY_SOURCE = "Ficha de la ciudad enviada con su inscripción"


@dataclasses.dataclass(frozen=True)
class SentApplication:
    city: City
    application: Application
    focal_point: FocalPoint | None

    def snapshot(self) -> dict[str, Any]:
        return {
            "city_id": self.city.id,
            "city": to_wire(self.city),
            "application": {"id": self.application.id, **to_wire(self.application)},
            "focal_point": None
            if self.focal_point is None
            else {"id": self.focal_point.id, **to_wire(self.focal_point)},
        }

    def missing(self) -> list[str]:
        """What the guide asks of an application and this one lacks (Spanish)."""
        gaps = []
        a = self.application
        labels = (
            (a.migration_body, "sección 2: organismo o persona responsable"),
            (a.migrant_programmes, "sección 2: programas para migrantes"),
            (a.agreements, "sección 2: convenios"),
        )
        gaps += [label for value, label in labels if value is None]
        if not a.mayor_name.strip():
            gaps.append("carta de intención: nombre del/de la intendente/a")
        if self.focal_point is None or not self.focal_point.name.strip():
            gaps.append("carta de intención: el Punto Focal que designa")
        return gaps


def parse_snapshot(data: Any) -> SentApplication:
    """A snapshot back as records; DomainError (Spanish) when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("city"), dict):
        raise DomainError("la inscripción no trae los datos de la ciudad")
    city_id = data.get("city_id")
    if not isinstance(city_id, str) or not city_id:
        raise DomainError("la inscripción no trae el identificador de la ciudad")
    form = data.get("application")
    if not isinstance(form, dict):
        raise DomainError("la inscripción no trae el formulario")
    try:
        city = from_wire("city", city_id, city_id, data["city"])
        form_fields = {k: v for k, v in form.items() if k != "id"}
        application = from_wire("application", Application.id_for(city_id), city_id, form_fields)
        focal = data.get("focal_point")
        focal_point = None
        if isinstance(focal, dict):
            focal_id = str(focal.get("id") or "")
            if not focal_id:
                raise DomainError("el Punto Focal de la inscripción no tiene identificador")
            fields = {k: v for k, v in focal.items() if k != "id"}
            focal_point = from_wire("focal_point", focal_id, city_id, fields)
    except DomainError as exc:
        raise DomainError(f"la inscripción no es válida: {exc}") from None
    assert isinstance(city, City) and isinstance(application, Application)
    assert focal_point is None or isinstance(focal_point, FocalPoint)
    return SentApplication(city, application, focal_point)


def candidate(
    sent: SentApplication, foreign_born: int | None = None, foreign_born_source: str = ""
) -> Candidate:
    """The engine's candidate (keyed by the city's id), with IOM's figure if given."""
    try:
        entry = by_code(sent.city.indec_code) if sent.city.indec_code else None
    except DomainError:
        entry = None
    if entry is not None:
        return from_register(
            entry,
            sent.application,
            foreign_born_2010=foreign_born,
            foreign_born_source=foreign_born_source,
            key=sent.city.id,
        )
    city = dataclasses.replace(sent.city, foreign_born_2010=foreign_born)
    return from_city(
        city,
        sent.application,
        foreign_born_source=foreign_born_source or CITY_SOURCE,
        territory_source=CITY_SOURCE,
    )
