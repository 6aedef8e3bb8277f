"""Phase 3: the workshops and the six-section evaluation report with its versions."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar

from migradesk.domain.base import Record, derived_id, register
from migradesk.domain.questionnaire import DIMENSION_CODES


class WorkshopKind(StrEnum):
    DIAGNOSTIC = "diagnostico"  # Phase 3: evaluation and diagnosis
    PLANNING = "planificacion"  # Phase 4: strategic planning


@dataclasses.dataclass
class Attendee:
    name: str
    organisation: str = ""
    role: str = ""


@register
@dataclasses.dataclass(kw_only=True)
class Workshop(Record):
    KIND: ClassVar[str] = "workshop"
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset({"notes"})

    kind: WorkshopKind
    held_on: date | None = None
    place: str = ""
    attendees: list[Attendee] = dataclasses.field(default_factory=list)
    notes: str = ""

    @staticmethod
    def id_for(city_id: str, kind: WorkshopKind) -> str:
        return derived_id("workshop", city_id, kind.value)


# The guide's six sections; section 2 has one part per dimension (a–h).
REPORT_SECTIONS = {
    1: "Breve descripción del contexto local y provincial",
    2: "Acciones llevadas a cabo o áreas de vacancia en cada dimensión",
    3: "Comentarios y reflexiones de las autoridades locales",
    4: "Buenas prácticas detectadas",
    5: "Áreas a fortalecer",
    6: "Conclusiones",
}

# Every part of the report in order: "1", "2a" … "2h", "3" … "6".
SECTION_KEYS: tuple[str, ...] = ("1", *(f"2{code}" for code in DIMENSION_CODES), "3", "4", "5", "6")


def split_key(key: str) -> tuple[int, str]:
    """ "2c" → (2, "c"); "4" → (4, "")."""
    return int(key[0]), key[1:]


@register
@dataclasses.dataclass(kw_only=True)
class ReportSection(Record):
    """The working text of one report section (Markdown); section 2 has one per dimension."""

    KIND: ClassVar[str] = "report_section"
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset({"text"})

    section: int
    dimension: str = ""
    text: str = ""

    def __post_init__(self) -> None:
        if self.section not in REPORT_SECTIONS:
            raise ValueError(f"report section must be 1–6, not {self.section}")
        if (self.section == 2) != bool(self.dimension):
            raise ValueError("only section 2 is split by dimension")

    @property
    def key(self) -> str:
        return f"{self.section}{self.dimension}"

    @staticmethod
    def id_for(city_id: str, section: int, dimension: str = "") -> str:
        return derived_id("report_section", city_id, f"{section}{dimension}")


class ReportStatus(StrEnum):
    DRAFT = "borrador"
    SENT = "enviado"
    COMMENTED = "comentado"
    FINAL = "final"


@register
@dataclasses.dataclass(kw_only=True)
class ReportVersion(Record):
    """A frozen copy of the report, numbered, as sent to IOM or marked final."""

    KIND: ClassVar[str] = "report_version"

    number: int
    status: ReportStatus = ReportStatus.DRAFT
    created_at: datetime
    sections: dict[str, str] = dataclasses.field(default_factory=dict)  # key "1", "2a"… → Markdown
    note: str = ""

    @staticmethod
    def id_for(city_id: str, number: int) -> str:
        """Version n of a city's report is one (sync G13): two desktops that freeze it offline
        meet as a conflict instead of leaving two versions with one number."""
        return derived_id("report_version", city_id, str(number))
