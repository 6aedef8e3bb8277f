"""One of what the city has one of (sync G13): the ONE list of the kinds the guide makes unique
per city, each with the identity its records take from the city and their natural key.

Two desktops that create such a record offline (the application, the focal point, a phase's
deliverable…) give it the same id, so both creations reach the server as one record: the
second is merged into the first, and a field both set differently becomes a conflict the user
resolves (``migradesk.server.push``), never a second record. The server refuses to create one
under any other id, whoever sends it; records created before these identities keep theirs.

Kinds not listed (officials, priority areas, objectives, actions, monitoring updates, comments,
review events) are lists: each creation is a record of its own, with a random id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Final

from migradesk.domain.application import Application
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Record
from migradesk.domain.city import City
from migradesk.domain.people import FocalPoint
from migradesk.domain.report import ReportSection, ReportVersion, Workshop
from migradesk.domain.review import Certification, PhaseDate


@dataclasses.dataclass(frozen=True)
class Unique:
    cls: type[Record]
    what: str  # in Spanish, for a reason: "la postulación de la ciudad"
    identity: Callable[[Any], str]  # the id a record of this kind must have
    # Fields that only stamp a creation (its clock time): when two creations meet, the later
    # arrival's stamp stays, instead of a conflict nobody needs to resolve.
    stamps: frozenset[str] = frozenset()


UNIQUE_PER_CITY: Final[tuple[Unique, ...]] = (
    Unique(City, "los datos de la ciudad", lambda r: r.city_id),
    Unique(
        Application,
        "la postulación de la ciudad (formulario y datos de la carta)",
        lambda r: Application.id_for(r.city_id),
    ),
    Unique(
        FocalPoint,
        "el punto focal de cada período (el primero, y quien sucede a cada uno)",
        lambda r: FocalPoint.id_for(r.city_id, r.follows),
    ),
    Unique(
        IndicatorAnswer,
        "la respuesta a cada indicador de la autoevaluación",
        lambda r: IndicatorAnswer.id_for(r.city_id, r.questionnaire_version, r.indicator_id),
    ),
    Unique(
        Workshop,
        "cada taller (de diagnóstico y de planificación)",
        lambda r: Workshop.id_for(r.city_id, r.kind),
    ),
    Unique(
        ReportSection,
        "cada sección del reporte de evaluación",
        lambda r: ReportSection.id_for(r.city_id, r.section, r.dimension),
    ),
    Unique(
        ReportVersion,
        "cada versión numerada del reporte",
        lambda r: ReportVersion.id_for(r.city_id, r.number),
        stamps=frozenset({"created_at"}),
    ),
    Unique(
        PhaseDate,
        "cada fecha de inicio de fase",
        lambda r: PhaseDate.id_for(r.city_id, r.milestone),
    ),
    Unique(
        Certification, "la certificación de la ciudad", lambda r: Certification.id_for(r.city_id)
    ),
)

_BY_KIND: Final = {unique.cls.KIND: unique for unique in UNIQUE_PER_CITY}


def unique_kind(cls: type[Record]) -> Unique | None:
    """The entry of a kind the city has one of (per natural key), or None for a list kind."""
    return _BY_KIND.get(cls.KIND)


def identity(record: Record) -> str | None:
    """The id ``record`` must have, derived from its city and natural key; None for a list."""
    found = unique_kind(type(record))
    return None if found is None else found.identity(record)


def identity_refusal(record: Record) -> str | None:
    """Why a record of a unique kind cannot be created under its id (a Spanish reason)."""
    found = unique_kind(type(record))
    if found is None or found.identity(record) == record.id:
        return None
    return (
        f"Una ciudad tiene una sola vez {found.what}: este registro debe llevar el "
        "identificador que corresponde a su ciudad y no se aplicó. Actualice MigraDesk y "
        "vuelva a cargarlo."
    )
