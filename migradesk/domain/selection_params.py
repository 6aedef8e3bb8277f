"""The parameters of a city selection: the guide's fixed numbers and our adjustable formulas.

The guide fixes the maxima (population 2.5 + 2.5, institutional 5), the ten places, the rounds
and the 2 + 3 cities of the financial support (both adjustable "according to the profiles").
It gives no formula for how a share "is contrasted" with a reference, nor for how structures turn
into points: those are ours, documented in :mod:`migradesk.domain.selection`, with every number
here adjustable by IOM and kept in each run. ``describe`` says them in Spanish for the results.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from enum import StrEnum
from functools import cache

from migradesk.domain.application import Presence
from migradesk.domain.base import DomainError
from migradesk.domain.city import REGION_LABELS, Region
from migradesk.domain.register import load_register

# The guide's maxima (section 3): not parameters.
POPULATION_SUB_MAX = Decimal("2.5")  # each of sub-criteria a) and b)
INSTITUTIONAL_MAX = Decimal(5)

# The guide's rounds: one city per region; one more for Cuyo, Patagonia and Gran Buenos Aires;
# one more for Gran Buenos Aires. Rounds 2 and 3 repeat until the ten are reached.
GUIDE_ROUNDS: tuple[tuple[Region, ...], ...] = (
    tuple(Region),
    (Region.CUYO, Region.PATAGONIA, Region.GRAN_BUENOS_AIRES),
    (Region.GRAN_BUENOS_AIRES,),
)

REGISTER_REFERENCE_SOURCE = (
    "INDEC, Censo 2010: Ciudad Autónoma de Buenos Aires y los 24 partidos del conurbano "
    "(registro de gobiernos locales de MigraDesk)"
)


class AverageScope(StrEnum):
    """Which other candidates sub-criterion b) averages over."""

    ALL = "todas"  # every other candidate of the run with both census figures
    REGION = "region"  # the other candidates of the same region with both census figures


@dataclasses.dataclass(frozen=True, slots=True)
class RegionReference:
    """A region's Census 2010 population and foreign-born population: sub-criterion a)'s
    reference. IOM enters it for regions the shipped data does not cover."""

    region: Region
    foreign_born: int
    population: int
    source: str

    def __post_init__(self) -> None:
        label = REGION_LABELS[self.region]
        if self.population <= 0:
            raise DomainError(f"región {label}: la población debe ser mayor que 0")
        if not 0 <= self.foreign_born <= self.population:
            raise DomainError(
                f"región {label}: la población nacida en el extranjero ({self.foreign_born}) "
                f"debe estar entre 0 y la población ({self.population})"
            )
        if not self.source.strip():
            raise DomainError(f"región {label}: indique la fuente del dato (Censo 2010)")

    @property
    def share(self) -> Decimal:
        return Decimal(self.foreign_born) / Decimal(self.population)


@dataclasses.dataclass(frozen=True, slots=True)
class Parameters:
    """Everything a run's outcome depends on besides its candidates and IOM/DNM's decisions."""

    # Population criterion (ours): a share at ``full_points_ratio`` times its reference or more
    # earns the sub-criterion's 2.5 points; below, proportionally (at the reference: half).
    full_points_ratio: Decimal = Decimal(2)
    average_scope: AverageScope = AverageScope.ALL
    region_references: tuple[RegionReference, ...] = ()
    # Institutional criterion (ours): the 5 points split over sub-criteria a), b), c), and the
    # share of a sub-criterion's points each level earns (more for none and incipient).
    institutional_weights: tuple[Decimal, Decimal, Decimal] = (
        Decimal(2),
        Decimal("1.5"),
        Decimal("1.5"),
    )
    none_factor: Decimal = Decimal(1)
    incipient_factor: Decimal = Decimal("0.5")
    established_factor: Decimal = Decimal(0)
    # Scores are compared as published: each part rounded (half up) to this many decimals.
    decimals: int = 2
    # Quotas by rounds (the guide's; adjustable). Rounds from ``repeat_from`` on repeat.
    places: int = 10
    rounds: tuple[tuple[Region, ...], ...] = GUIDE_ROUNDS
    repeat_from: int = 2
    # Financial support: how many cities under criterion i and under criterion ii (the guide's
    # 2 and 3, adjustable), and the development index from which a city counts as "more
    # developed" for criterion i (ours: 0 none, 1 incipient, 2 consolidated, summed over a–c).
    support_developed: int = 2
    support_incipient: int = 3
    developed_min_index: int = 4

    def __post_init__(self) -> None:
        self._check_population()
        self._check_institutional()
        self._check_rounds()
        if not 0 <= self.decimals <= 6:
            raise DomainError("los decimales del puntaje deben estar entre 0 y 6")
        if self.support_developed < 0 or self.support_incipient < 0:
            raise DomainError("las ciudades con apoyo financiero no pueden ser negativas")
        if self.support_developed + self.support_incipient > self.places:
            raise DomainError(
                f"el apoyo financiero ({self.support_developed} + {self.support_incipient}) "
                f"no puede superar las {self.places} ciudades seleccionadas"
            )
        if not 0 <= self.developed_min_index <= 6:
            raise DomainError("el índice de desarrollo mínimo debe estar entre 0 y 6")

    def _check_population(self) -> None:
        if not self.full_points_ratio > 0:
            raise DomainError("el cociente para el puntaje completo debe ser mayor que 0")
        regions = [reference.region for reference in self.region_references]
        if len(regions) != len(set(regions)):
            raise DomainError("cada región puede tener un solo dato de referencia")

    def _check_institutional(self) -> None:
        if any(weight < 0 for weight in self.institutional_weights):
            raise DomainError("los puntos de los subcriterios institucionales no pueden ser < 0")
        if sum(self.institutional_weights) != INSTITUTIONAL_MAX:
            total = format_points(sum(self.institutional_weights, Decimal(0)))
            raise DomainError(
                f"los puntos de los subcriterios institucionales deben sumar 5 (suman {total})"
            )
        factors = (self.none_factor, self.incipient_factor, self.established_factor)
        if any(not 0 <= factor <= 1 for factor in factors):
            raise DomainError("las proporciones por nivel deben estar entre 0 y 1")
        if not self.none_factor >= self.incipient_factor >= self.established_factor:
            raise DomainError(
                "la guía da más puntos a las ciudades sin estructuras o con estructuras "
                "incipientes: la proporción de «no existe» debe ser ≥ la de «incipiente», "
                "y esta ≥ la de «consolidada»"
            )

    def _check_rounds(self) -> None:
        if self.places < 1:
            raise DomainError("debe haber al menos una ciudad a seleccionar")
        if not self.rounds or any(not regions for regions in self.rounds):
            raise DomainError("cada ronda debe dar cupo al menos a una región")
        if any(len(regions) != len(set(regions)) for regions in self.rounds):
            raise DomainError("una ronda da a lo sumo un cupo por región")
        if not 1 <= self.repeat_from <= len(self.rounds):
            raise DomainError(f"la ronda que se repite debe estar entre 1 y {len(self.rounds)}")

    def factor(self, level: Presence) -> Decimal:
        return {
            Presence.NONE: self.none_factor,
            Presence.INCIPIENT: self.incipient_factor,
            Presence.ESTABLISHED: self.established_factor,
        }[level]

    def reference(self, region: Region) -> RegionReference | None:
        for reference in self.region_references:
            if reference.region is region:
                return reference
        return None

    def round_regions(self, number: int) -> tuple[Region, ...]:
        """The regions that round ``number`` (1-based, repeats included) gives a place to."""
        return self.rounds[self.guide_round(number) - 1]

    def guide_round(self, number: int) -> int:
        """Which of the defined rounds round ``number`` is (a repeat maps back)."""
        if number <= len(self.rounds):
            return number
        cycle = len(self.rounds) - self.repeat_from + 1
        return self.repeat_from + (number - len(self.rounds) - 1) % cycle


@cache
def register_references() -> tuple[RegionReference, ...]:
    """The regions whose every local government has its foreign-born 2010 figure in the
    shipped register (Gran Buenos Aires: CABA and the 24 partidos), summed."""
    totals: dict[Region, list[int]] = {}
    complete: dict[Region, bool] = {}
    for entry in load_register():
        sums = totals.setdefault(entry.region, [0, 0])
        ok = entry.population_2010 is not None and entry.foreign_born_2010 is not None
        complete[entry.region] = complete.get(entry.region, True) and ok
        if ok:
            assert entry.population_2010 is not None and entry.foreign_born_2010 is not None
            sums[0] += entry.foreign_born_2010
            sums[1] += entry.population_2010
    return tuple(
        RegionReference(region, totals[region][0], totals[region][1], REGISTER_REFERENCE_SOURCE)
        for region in Region
        if complete.get(region)
    )


def default_parameters(**changes: object) -> Parameters:
    """The defaults, with the register's regional references (Gran Buenos Aires)."""
    values: dict[str, object] = {"region_references": register_references()}
    values.update(changes)
    return Parameters(**values)  # type: ignore[arg-type]


def parameters_from(given: object, name: str = "parámetros") -> Parameters:
    """Parameters from JSON data: the fields it names replace the defaults, and the regional
    references it gives are added to the register's (replacing a region's). Spanish errors."""
    import pydantic

    if not isinstance(given, dict):
        raise DomainError(f"{name}: se espera un objeto JSON {{…}} de parámetros")
    names = [f.name for f in dataclasses.fields(Parameters)]
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise DomainError(
            f"{name}: «{unknown[0]}» no es un parámetro; los parámetros son: " + ", ".join(names)
        )
    adapter = pydantic.TypeAdapter(Parameters)
    base = adapter.dump_python(default_parameters(), mode="json")
    try:
        chosen = adapter.validate_python({**base, **given})
        # The regions given are added to the register's (Gran Buenos Aires), or replace them.
        return with_references(default_parameters(**_fields(chosen)), *chosen.region_references)
    except pydantic.ValidationError as exc:
        error = exc.errors()[0]
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, DomainError):  # a rule of Parameters itself, already in Spanish
            raise DomainError(f"{name}: {cause}") from None
        where = ".".join(str(part) for part in error["loc"])
        value = json.dumps(error.get("input"), ensure_ascii=False)
        raise DomainError(f"{name}: el valor {value} de «{where}» no es válido") from None


def _fields(parameters: Parameters) -> dict[str, object]:
    """The parameters' fields but the regional references."""
    return {
        f.name: getattr(parameters, f.name)
        for f in dataclasses.fields(Parameters)
        if f.name != "region_references"
    }


def with_references(parameters: Parameters, *references: RegionReference) -> Parameters:
    """``parameters`` with these regions' references added or replaced."""
    given = {reference.region for reference in references}
    kept = tuple(r for r in parameters.region_references if r.region not in given)
    ordered = sorted(kept + references, key=lambda r: list(Region).index(r.region))
    return dataclasses.replace(parameters, region_references=tuple(ordered))


def format_points(value: Decimal, decimals: int = 2) -> str:
    """A score the Spanish way: "7,25"."""
    return f"{value:.{decimals}f}".replace(".", ",")


def format_int(value: int) -> str:
    """A count the Spanish way: "1.124.637"."""
    return f"{value:,}".replace(",", ".")


def format_share(value: Decimal) -> str:
    """A share as a percentage with two decimals: "8,78 %"."""
    return f"{value * 100:.2f} %".replace(".", ",")


def describe(parameters: Parameters) -> tuple[str, ...]:
    """The formulas and the values used, in Spanish (results, PDF, CSV header)."""
    p = parameters
    ratio = format_points(p.full_points_ratio, 2)
    scope = (
        "todas las demás candidatas con datos del Censo 2010"
        if p.average_scope is AverageScope.ALL
        else "las demás candidatas de la misma región con datos del Censo 2010"
    )
    weights = [format_points(w) for w in p.institutional_weights]
    factors = [format_points(f) for f in (p.none_factor, p.incipient_factor, p.established_factor)]
    references = (
        "; ".join(
            f"{REGION_LABELS[r.region]} {format_share(r.share)} "
            f"({format_int(r.foreign_born)} de {format_int(r.population)}; fuente: {r.source})"
            for r in p.region_references
        )
        or "ninguna cargada"
    )
    rounds = "; ".join(
        f"ronda {n}: " + ", ".join(REGION_LABELS[r] for r in regions)
        for n, regions in enumerate(p.rounds, start=1)
    )
    repeated = ", ".join(str(n) for n in range(p.repeat_from, len(p.rounds) + 1))
    return (
        "Criterio poblacional (hasta 5 puntos; Censo 2010, población nacida en el extranjero). "
        f"a) 2,5 × mín(1, (porcentaje de la ciudad ÷ porcentaje de su región) ÷ {ratio}); "
        f"b) 2,5 × mín(1, (porcentaje de la ciudad ÷ promedio de {scope}) ÷ {ratio}). "
        "Con el mismo porcentaje que la referencia, la mitad de los puntos; con "
        f"{ratio} veces o más, los 2,5. Referencia 0: 2,5 si la ciudad tiene población nacida "
        "en el extranjero, 0 si no. Sin otras candidatas para el promedio, la ciudad se compara "
        "consigo misma (cociente 1).",
        f"Porcentaje de cada región (subcriterio a): {references}.",
        f"Criterio institucional (hasta 5 puntos): a) organismo o persona responsable "
        f"{weights[0]}, b) programas para migrantes {weights[1]}, c) convenios {weights[2]} "
        f"puntos, multiplicados por {factors[0]} si no existe, {factors[1]} si es incipiente "
        f"y {factors[2]} si está consolidada (más puntos a quien no tiene estructuras o las "
        "tiene incipientes).",
        f"Puntajes redondeados a {p.decimals} decimales (cada parte, mitad hacia arriba); el "
        "total es la suma de las partes y los empates se comparan sobre ese total.",
        f"Cupos por rondas para {p.places} ciudades: {rounds}. Si no se completan, se repiten "
        f"las rondas {repeated}. Cuando una ronda ofrece más cupos que los que faltan, los "
        "toman las regiones cuya siguiente candidata tiene más puntaje (con los mismos "
        "criterios de desempate).",
        "Desempate dentro de una región: primero la ciudad fronteriza, luego la cabecera de "
        "departamento; si sigue el empate, decide OIM – ONU Migración con la Dirección "
        "Nacional de Migraciones (la herramienta no lo resuelve).",
        f"Apoyo financiero: {p.support_developed} ciudades por el criterio i (medidas "
        "sistemáticas en los últimos dos años, o estructuras desarrolladas: índice de "
        f"desarrollo ≥ {p.developed_min_index}, con 0 no existe, 1 incipiente, 2 consolidada "
        "sumado en a, b y c; orden: medidas sistemáticas, índice, puntaje poblacional) y "
        f"{p.support_incipient} por el criterio ii (organismo inexistente o incipiente y "
        "situaciones que lo demandan; orden: puntaje institucional, puntaje poblacional), "
        "entre las seleccionadas; primero el criterio i. Los empates los decide OIM con DNM.",
    )
