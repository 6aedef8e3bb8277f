"""The selection's score: the population and institutional criteria (formulas in
:mod:`migradesk.domain.selection`), computed exactly in decimal and rounded as published.

A candidate without a figure the score needs is refused, with what is missing in Spanish.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from migradesk.domain.city import REGION_LABELS, Region
from migradesk.domain.selection_candidates import Candidate
from migradesk.domain.selection_params import (
    POPULATION_SUB_MAX,
    AverageScope,
    Parameters,
)

# Enough digits that no input of the register (populations up to 10^7) loses precision before
# the final rounding to a few decimals.
_CONTEXT = Context(prec=40)


@dataclasses.dataclass(frozen=True, slots=True)
class Score:
    """A candidate's points: each part rounded as published, the total their sum."""

    share: Decimal  # the city's foreign-born share (not rounded)
    region_share: Decimal  # its region's (reference of sub-criterion a)
    others_average: Decimal  # the average of the other candidates (reference of b)
    population_a: Decimal
    population_b: Decimal
    institutional_a: Decimal
    institutional_b: Decimal
    institutional_c: Decimal

    @property
    def population(self) -> Decimal:
        return self.population_a + self.population_b

    @property
    def institutional(self) -> Decimal:
        return self.institutional_a + self.institutional_b + self.institutional_c

    @property
    def total(self) -> Decimal:
        return self.population + self.institutional


@dataclasses.dataclass(frozen=True, slots=True)
class Scoring:
    """Scores of the candidates that could be scored; the reasons of those that could not."""

    scores: Mapping[str, Score]
    refused: Mapping[str, tuple[str, ...]]


def contrast(value: Decimal, reference: Decimal, ratio: Decimal) -> Decimal:
    """Sub-criterion points, unrounded: 2.5 × min(1, (value / reference) / ratio).

    A zero reference gives the full points to a positive value and none to zero."""
    if reference == 0:
        return POPULATION_SUB_MAX if value > 0 else Decimal(0)
    return POPULATION_SUB_MAX * min(Decimal(1), value / reference / ratio)


def _share(candidate: Candidate) -> Decimal | None:
    if candidate.population_2010 is None or candidate.foreign_born_2010 is None:
        return None
    return Decimal(candidate.foreign_born_2010) / Decimal(candidate.population_2010)


def _averages(
    shares: Mapping[str, Decimal], regions: Mapping[str, Region], scope: AverageScope
) -> dict[str, Decimal | None]:
    """Leave-one-out average share per candidate (None: no other candidate in scope).

    Sums run in key order, so the result does not depend on the order of the input."""
    groups: dict[object, list[str]] = {}
    for key in sorted(shares):
        group = regions[key] if scope is AverageScope.REGION else None
        groups.setdefault(group, []).append(key)
    averages: dict[str, Decimal | None] = {}
    for keys in groups.values():
        total = sum((shares[key] for key in keys), Decimal(0))
        others = len(keys) - 1
        for key in keys:
            averages[key] = (total - shares[key]) / others if others else None
    return averages


def score_candidates(candidates: Iterable[Candidate], parameters: Parameters) -> Scoring:
    """Score every candidate that has what the criteria need; refuse the others."""
    listed: Sequence[Candidate] = sorted(candidates, key=lambda c: c.key)
    step = Decimal(10) ** -parameters.decimals
    scores: dict[str, Score] = {}
    refused: dict[str, tuple[str, ...]] = {}
    with localcontext(_CONTEXT):
        shares = {c.key: s for c in listed if (s := _share(c)) is not None}
        averages = _averages(shares, {c.key: c.region for c in listed}, parameters.average_scope)
        for candidate in listed:
            reasons = list(candidate.missing())
            reference = parameters.reference(candidate.region)
            if reference is None:
                reasons.append(
                    "el porcentaje de población nacida en el extranjero de la región "
                    f"{REGION_LABELS[candidate.region]} (Censo 2010) en los parámetros"
                )
            if reasons:
                refused[candidate.key] = tuple(reasons)
                continue
            assert reference is not None
            share = shares[candidate.key]
            average = averages[candidate.key]
            if average is None:  # no other candidate: compared with itself
                average = share
            ratio = parameters.full_points_ratio
            institutional = [
                (weight * parameters.factor(level)).quantize(step, ROUND_HALF_UP)
                for weight, level in zip(
                    parameters.institutional_weights, candidate.structures, strict=True
                )
                if level is not None
            ]
            scores[candidate.key] = Score(
                share=share,
                region_share=reference.share,
                others_average=average,
                population_a=contrast(share, reference.share, ratio).quantize(step, ROUND_HALF_UP),
                population_b=contrast(share, average, ratio).quantize(step, ROUND_HALF_UP),
                institutional_a=institutional[0],
                institutional_b=institutional[1],
                institutional_c=institutional[2],
            )
    return Scoring(scores, refused)
