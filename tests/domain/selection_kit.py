"""Builders for selection tests: candidates whose score is set by a few numbers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from migradesk.domain.application import Presence
from migradesk.domain.city import Region
from migradesk.domain.selection import Outcome, RunInput, TieDecision, run_selection
from migradesk.domain.selection_candidates import Candidate, CandidateSources
from migradesk.domain.selection_params import Parameters, RegionReference

NONE, INCIPIENT, ESTABLISHED = Presence.NONE, Presence.INCIPIENT, Presence.ESTABLISHED
PROVINCES = {
    Region.NOROESTE: "Salta",
    Region.NORESTE: "Misiones",
    Region.PAMPEANA: "Córdoba",
    Region.CUYO: "Mendoza",
    Region.PATAGONIA: "Neuquén",
    Region.GRAN_BUENOS_AIRES: "Buenos Aires",
}
SOURCES = CandidateSources(foreign_born="Prueba: Censo 2010 cargado por OIM")


def references(percent: int = 5) -> tuple[RegionReference, ...]:
    """Every region at ``percent`` % foreign-born."""
    return tuple(
        RegionReference(region, percent * 10_000, 1_000_000, "Prueba: Censo 2010")
        for region in Region
    )


def params(**changes: object) -> Parameters:
    values: dict[str, object] = {"region_references": references()}
    values.update(changes)
    return Parameters(**values)  # type: ignore[arg-type]


def cand(
    key: str,
    region: Region = Region.NOROESTE,
    *,
    foreign_born: int | None = 500,
    population: int | None = 10_000,
    levels: tuple[Presence | None, Presence | None, Presence | None] = (NONE, NONE, NONE),
    border: bool = False,
    head: bool = False,
    systematic: bool | None = False,
    demand: bool | None = False,
    name: str | None = None,
) -> Candidate:
    return Candidate(
        key=key,
        name=name or f"Ciudad {key}",
        province=PROVINCES[region],
        region=region,
        is_border=border,
        is_department_head=head,
        population_2010=population,
        foreign_born_2010=foreign_born,
        migration_body=levels[0],
        migrant_programmes=levels[1],
        agreements=levels[2],
        systematic_measures=systematic,
        emerging_demand=demand,
        sources=SOURCES,
    )


def run(
    candidates: Iterable[Candidate],
    parameters: Parameters | None = None,
    decisions: Iterable[TieDecision] = (),
) -> Outcome:
    return run_selection(RunInput(tuple(candidates), parameters or params(), tuple(decisions)))


def one_per_region(count: int = 3, **overrides: object) -> list[Candidate]:
    """``count`` candidates per region with distinct scores (key r-i: i=0 the best)."""
    out = []
    for region in Region:
        for i in range(count):
            candidate = cand(f"{region.value}-{i}", region, foreign_born=900 - 100 * i)
            out.append(dataclasses.replace(candidate, **overrides))  # type: ignore[arg-type]
    return out


def selected_by_region(outcome: Outcome) -> dict[Region, list[str]]:
    found: dict[Region, list[str]] = {region: [] for region in Region}
    for result in outcome.results:
        if result.key in outcome.selected:
            found[result.candidate.region].append(result.key)
    return found
