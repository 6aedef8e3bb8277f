"""The application: registration form (sections 1 and 2) and the letter of intent."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import StrEnum
from typing import ClassVar

from migradesk.domain.base import Record, derived_id, register


class Presence(StrEnum):
    """How far a migration-policy structure exists; selection favours 'none' and 'incipient'."""

    NONE = "no"
    INCIPIENT = "incipiente"
    ESTABLISHED = "consolidada"


@register
@dataclasses.dataclass(kw_only=True)
class Application(Record):
    """One per city: the registration form and the letter-of-intent data."""

    KIND: ClassVar[str] = "application"
    LONG_TEXT: ClassVar[frozenset[str]] = frozenset(
        {
            "migration_context",
            "migration_body_description",
            "migrant_programmes_description",
            "agreements_description",
            "systematic_measures_description",
            "emerging_demand_description",
        }
    )

    # Section 1: general characteristics of the city.
    current_population: int | None = None
    area_km2: float | None = None
    main_economic_activities: str = ""
    main_origin_countries: str = ""
    migrant_population_estimate: int | None = None
    municipal_address: str = ""
    municipal_phone: str = ""
    municipal_email: str = ""
    municipal_website: str = ""
    migration_context: str = ""

    # Section 2: past and present decisions on migration policy (what selection scores).
    migration_body: Presence | None = None
    migration_body_description: str = ""
    migrant_programmes: Presence | None = None
    migrant_programmes_description: str = ""
    agreements: Presence | None = None
    agreements_description: str = ""
    systematic_measures_last_two_years: bool | None = None
    systematic_measures_description: str = ""
    emerging_demand: bool | None = None
    emerging_demand_description: str = ""

    # Letter of intent, signed by the mayor; it names the focal point (see FocalPoint).
    mayor_name: str = ""
    mayor_title: str = "Intendente/a"
    letter_signed_on: date | None = None
    submitted_on: date | None = None
    # The confirmation note after selection (ratifies the focal point, commits to six phases).
    confirmation_sent_on: date | None = None

    @staticmethod
    def id_for(city_id: str) -> str:
        return derived_id("application", city_id)
