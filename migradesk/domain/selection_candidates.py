"""The candidates of a city selection: what the engine reads about each applying city.

Qt-free and SQL-free. A candidate's facts come from the register of local governments
(region, border, department head, population 2010 and, for Gran Buenos Aires only, foreign-born
2010), from IOM's own entry or import of the Census 2010 foreign-born figure elsewhere, and from
the city's application (section 2: structures, programmes, agreements; the two questions of the
financial support). Every fact names its source (``CandidateSources``); a missing fact stays
missing (``None``) and the engine refuses to score on it — nothing here guesses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

from migradesk.domain.application import Application, Presence
from migradesk.domain.base import DomainError
from migradesk.domain.city import City, Region
from migradesk.domain.register import LocalGovernment

REGISTER_SOURCE = (
    "Registro Federal de Gobiernos Locales (Ministerio del Interior, datos.gob.ar, 2023-09-25) "
    "e INDEC, Censo 2010"
)
CENSUS_SOURCE = "INDEC, Censo 2010"
APPLICATION_SOURCE = "Formulario de inscripción de la ciudad, sección 2"
NO_SOURCE = "sin dato"

# How each level of a structure reads in Spanish (results, CSV).
PRESENCE_LABELS: Mapping[Presence, str] = MappingProxyType(
    {
        Presence.NONE: "no existe",
        Presence.INCIPIENT: "incipiente",
        Presence.ESTABLISHED: "consolidada",
    }
)


@dataclasses.dataclass(frozen=True, slots=True)
class CandidateSources:
    """Where each group of a candidate's facts comes from (named in the run's results)."""

    territory: str = REGISTER_SOURCE  # region, border city, department head
    population: str = REGISTER_SOURCE  # population 2010
    foreign_born: str = NO_SOURCE  # foreign-born 2010
    institutional: str = APPLICATION_SOURCE  # structures, programmes, agreements, support

    def all(self) -> tuple[str, ...]:
        return (self.territory, self.population, self.foreign_born, self.institutional)


@dataclasses.dataclass(frozen=True, slots=True)
class Candidate:
    """One applying city, as the selection reads it.

    ``key`` identifies the candidate in a run (the city's id on the server, the INDEC code or
    the ``codigo`` column of a CSV): unique within a run, stable across runs.
    """

    key: str
    name: str
    province: str
    region: Region
    is_border: bool
    is_department_head: bool
    population_2010: int | None
    foreign_born_2010: int | None
    # Section 2 of the application: the institutional criterion's three sub-criteria.
    migration_body: Presence | None
    migrant_programmes: Presence | None
    agreements: Presence | None
    # Section 2: the questions behind the financial support's criteria i and ii.
    systematic_measures: bool | None = None
    emerging_demand: bool | None = None
    sources: CandidateSources = CandidateSources()

    def __post_init__(self) -> None:
        if not self.key.strip():
            raise DomainError("una candidata necesita un código")
        if not self.name.strip():
            raise DomainError(f"la candidata «{self.key}» necesita un nombre")
        if self.population_2010 is not None and self.population_2010 <= 0:
            raise DomainError(
                f"{self.name}: la población 2010 debe ser mayor que 0 (dice {self.population_2010})"
            )
        if self.foreign_born_2010 is not None:
            if self.foreign_born_2010 < 0:
                raise DomainError(
                    f"{self.name}: la población nacida en el extranjero no puede ser negativa"
                )
            if self.population_2010 is not None and self.foreign_born_2010 > self.population_2010:
                raise DomainError(
                    f"{self.name}: la población nacida en el extranjero "
                    f"({self.foreign_born_2010}) supera la población total "
                    f"({self.population_2010})"
                )

    @property
    def structures(self) -> tuple[Presence | None, Presence | None, Presence | None]:
        """Sub-criteria a), b), c) of the institutional criterion, in the guide's order."""
        return (self.migration_body, self.migrant_programmes, self.agreements)

    def missing(self) -> tuple[str, ...]:
        """What the engine needs and this candidate lacks, in Spanish (empty: it can be scored)."""
        gaps: list[str] = []
        if self.population_2010 is None:
            gaps.append("población 2010 (Censo 2010)")
        if self.foreign_born_2010 is None:
            gaps.append("población nacida en el extranjero 2010 (Censo 2010)")
        labels = ("organismo o persona responsable", "programas para migrantes", "convenios")
        for label, value in zip(labels, self.structures, strict=True):
            if value is None:
                gaps.append(f"{label} (sección 2 del formulario)")
        return tuple(gaps)


def from_register(
    entry: LocalGovernment,
    application: Application | None = None,
    *,
    foreign_born_2010: int | None = None,
    foreign_born_source: str = "",
    key: str | None = None,
) -> Candidate:
    """A candidate from the register's facts and, when given, the city's application.

    ``foreign_born_2010`` is IOM's figure for a city the register has none for (Census 2010;
    ``foreign_born_source`` names where IOM took it from). A register figure is never replaced
    silently: giving another one is an error.
    """
    figure = entry.foreign_born_2010
    source = CENSUS_SOURCE + " (registro de gobiernos locales)" if figure is not None else NO_SOURCE
    if foreign_born_2010 is not None:
        if figure is not None and figure != foreign_born_2010:
            raise DomainError(
                f"{entry.name}: el registro ya tiene la población nacida en el extranjero 2010 "
                f"({figure}); no se reemplaza por {foreign_born_2010}"
            )
        if figure is None:
            if not foreign_born_source.strip():
                raise DomainError(
                    f"{entry.name}: indique la fuente de la población nacida en el extranjero"
                )
            figure, source = foreign_born_2010, foreign_born_source.strip()
    city = entry.to_city()
    city.foreign_born_2010 = figure
    candidate = from_city(city, application, foreign_born_source=source)
    return dataclasses.replace(candidate, key=key or entry.code)


def from_city(
    city: City,
    application: Application | None,
    *,
    foreign_born_source: str = CENSUS_SOURCE,
    territory_source: str = REGISTER_SOURCE,
) -> Candidate:
    """A candidate from a city's own record (the register's defaults, as corrected) and its
    application; the key is the city's id."""
    candidate = Candidate(
        key=city.id,
        name=city.name,
        province=city.province,
        region=city.region,
        is_border=city.is_border,
        is_department_head=city.is_department_head,
        population_2010=city.population_2010,
        foreign_born_2010=city.foreign_born_2010,
        migration_body=None,
        migrant_programmes=None,
        agreements=None,
        sources=CandidateSources(
            territory=territory_source,
            population=territory_source if city.population_2010 is not None else NO_SOURCE,
            foreign_born=foreign_born_source if city.foreign_born_2010 is not None else NO_SOURCE,
            institutional=APPLICATION_SOURCE if application is not None else NO_SOURCE,
        ),
    )
    return _with_answers(candidate, application)


def _with_answers(candidate: Candidate, application: Application | None) -> Candidate:
    """The candidate with the answers of the application's section 2."""
    if application is None:
        return candidate
    return dataclasses.replace(
        candidate,
        migration_body=application.migration_body,
        migrant_programmes=application.migrant_programmes,
        agreements=application.agreements,
        systematic_measures=application.systematic_measures_last_two_years,
        emerging_demand=application.emerging_demand,
    )
