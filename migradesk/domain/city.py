"""The city (local government) taking part in the certification."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import ClassVar

from migradesk.domain.base import CITY_ROLES, Record, Role, derived_id, register


class Region(StrEnum):
    """The guide's six regions, the quota units of city selection."""

    NOROESTE = "noroeste"
    NORESTE = "noreste"
    PAMPEANA = "pampeana"
    CUYO = "cuyo"
    PATAGONIA = "patagonia"
    GRAN_BUENOS_AIRES = "gran_buenos_aires"

    @property
    def label(self) -> str:
        return REGION_LABELS[self]


REGION_LABELS = {
    Region.NOROESTE: "Noroeste",
    Region.NORESTE: "Noreste",
    Region.PAMPEANA: "Pampeana",
    Region.CUYO: "Cuyo",
    Region.PATAGONIA: "Patagonia",
    Region.GRAN_BUENOS_AIRES: "Gran Buenos Aires",
}


def city_id_for(province: str, indec_code: str, name: str) -> str:
    """Cities from the register get one id everywhere (no duplicate if two desktops add it)."""
    return derived_id("city", indec_code or f"{province}/{name}")


# The demo city (migradesk/demo.py): fictional, in a data dir of its own, never sent anywhere.
DEMO_CITY_ID = city_id_for("Jujuy", "", "Santa Rosa del Cerro")


@register
@dataclasses.dataclass(kw_only=True)
class City(Record):
    """A local government; the register fills these fields as defaults the user can correct."""

    KIND: ClassVar[str] = "city"
    WRITERS: ClassVar[frozenset[Role]] = CITY_ROLES | {Role.ADMIN}

    name: str
    province: str
    region: Region
    department: str = ""
    government_type: str = ""  # Municipio, Comuna, Comisión de fomento… as the register says
    indec_code: str = ""
    is_border: bool = False
    is_department_head: bool = False
    population_2010: int | None = None
    foreign_born_2010: int | None = None

    def __post_init__(self) -> None:
        if self.city_id != self.id:
            raise ValueError("a city's city_id is its own id")

    @property
    def foreign_born_share(self) -> float | None:
        if not self.population_2010 or self.foreign_born_2010 is None:
            return None
        return self.foreign_born_2010 / self.population_2010
