"""The financial support of the guide's section 4: 5 of the 10 selected cities.

Criterion i (2 cities by default): more developed structures, or systematic and institutional
measures for migrants in the last two years, needing funds to deepen them. Criterion ii (3 by
default): migration areas incipient or missing, facing situations that demand them. The guide
names the profiles, not a ranking: ours is in :mod:`migradesk.domain.selection`'s docstring.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import StrEnum

from migradesk.domain.application import Presence
from migradesk.domain.selection_candidates import Candidate
from migradesk.domain.selection_params import Parameters, format_points
from migradesk.domain.selection_scoring import Score
from migradesk.domain.selection_ties import (
    DECIDERS,
    Slot,
    Tie,
    TieDecision,
    TieKind,
    ranking,
    span,
    tie_id,
)

_INDEX = {Presence.NONE: 0, Presence.INCIPIENT: 1, Presence.ESTABLISHED: 2}


class SupportCriterion(StrEnum):
    DEVELOPED = "i"
    INCIPIENT = "ii"


CRITERION_LABELS = {
    SupportCriterion.DEVELOPED: "criterio i (estructuras desarrolladas o medidas sistemáticas)",
    SupportCriterion.INCIPIENT: "criterio ii (áreas incipientes o inexistentes con demanda)",
}


def development_index(candidate: Candidate) -> int:
    """0 (nothing) to 6 (all three structures consolidated); missing answers count 0."""
    return sum(_INDEX[level] for level in candidate.structures if level is not None)


@dataclasses.dataclass(frozen=True, slots=True)
class SupportOutcome:
    computed: bool  # False while the ten are not decided
    developed: tuple[str, ...]  # keys granted under criterion i, in ranking order
    incipient: tuple[str, ...]  # under criterion ii
    ties: tuple[Tie, ...]
    reasons: Mapping[str, str]  # per selected key: why it gets support, or not
    note: str = ""

    def criterion_of(self, key: str) -> SupportCriterion | None:
        if key in self.developed:
            return SupportCriterion.DEVELOPED
        if key in self.incipient:
            return SupportCriterion.INCIPIENT
        return None

    @property
    def pending(self) -> bool:
        return any(tie.pending for tie in self.ties)


def not_computed(note: str) -> SupportOutcome:
    return SupportOutcome(False, (), (), (), {}, note)


def _eligible_developed(candidate: Candidate, parameters: Parameters) -> str | None:
    """None if eligible under criterion i, else why not."""
    if candidate.systematic_measures is True:
        return None
    index = development_index(candidate)
    if index >= parameters.developed_min_index:
        return None
    if candidate.systematic_measures is None:
        return "sin respuesta sobre medidas sistemáticas en los últimos dos años"
    return (
        f"sin medidas sistemáticas y con índice de desarrollo {index} "
        f"(el criterio i pide {parameters.developed_min_index})"
    )


def _eligible_incipient(candidate: Candidate) -> str | None:
    """None if eligible under criterion ii, else why not."""
    if candidate.migration_body not in (Presence.NONE, Presence.INCIPIENT):
        return "su organismo de migraciones está consolidado"
    if candidate.emerging_demand is None:
        return "sin respuesta sobre situaciones que demanden crear o desarrollar el área"
    if not candidate.emerging_demand:
        return "no declara situaciones que demanden crear o desarrollar el área"
    return None


def _key(
    candidate: Candidate, score: Score, criterion: SupportCriterion
) -> tuple[Decimal | int, ...]:
    if criterion is SupportCriterion.DEVELOPED:
        return (
            int(candidate.systematic_measures is True),
            development_index(candidate),
            score.population,
        )
    return (score.institutional, score.population)


@dataclasses.dataclass
class _Pass:
    granted: list[str]
    ties: list[Tie]
    pending: bool


def _choose(
    criterion: SupportCriterion,
    pool: Sequence[Candidate],
    scores: Mapping[str, Score],
    places: int,
    decisions: Mapping[str, TieDecision],
    used: set[str],
) -> _Pass:
    """The ``places`` best of ``pool`` by the criterion's key; a tie across the line waits."""
    groups: dict[tuple[Decimal | int, ...], list[str]] = {}
    for candidate in pool:
        key = _key(candidate, scores[candidate.key], criterion)
        groups.setdefault(key, []).append(candidate.key)
    ordered = [groups[key] for key in sorted(groups, reverse=True)]
    slots, decided = ranking(ordered, TieKind.SUPPORT, criterion.value, decisions, used)
    ties = []
    for d in decided:
        first, last = span(slots, d.members)
        material = first <= places < last
        stake = places - first + 1 if material else 0
        ties.append(_tie(d.tie_id, criterion, d.members, stake, material, d.decision))
    granted: list[str] = []
    pending = False
    for slot in slots:
        if slot.position > places:
            break
        if slot.across(places):
            at_stake = places - slot.position + 1
            ties.append(_tie(_id(criterion, slot), criterion, slot.keys, at_stake, True, None))
            pending = True
            break
        if slot.tied:
            ties.append(_tie(_id(criterion, slot), criterion, slot.keys, 0, False, None))
        granted.extend(slot.keys)
    return _Pass(granted, ties, pending)


def _id(criterion: SupportCriterion, slot: Slot) -> str:
    return tie_id(TieKind.SUPPORT, criterion.value, slot.keys)


def _tie(
    identifier: str,
    criterion: SupportCriterion,
    members: Sequence[str],
    places: int,
    material: bool,
    decision: TieDecision | None,
) -> Tie:
    at_stake = f"{places} lugar(es) de apoyo" if material else "el orden, no quién recibe apoyo"
    return Tie(
        id=identifier,
        kind=TieKind.SUPPORT,
        choices=tuple(sorted(members)),
        candidates=tuple(sorted(members)),
        places=places,
        material=material,
        explanation=(
            f"Igualadas en el orden del apoyo financiero, {CRITERION_LABELS[criterion]}; "
            f"está en juego {at_stake}. Decide {DECIDERS}."
        ),
        criterion=criterion.value,
        decision=decision,
    )


def choose_support(
    selected: Sequence[Candidate],
    scores: Mapping[str, Score],
    parameters: Parameters,
    decisions: Mapping[str, TieDecision],
    used: set[str],
) -> SupportOutcome:
    """The cities of the support among ``selected``: criterion i first, then ii."""
    ordered = sorted(selected, key=lambda c: c.key)
    why_not_i = {c.key: _eligible_developed(c, parameters) for c in ordered}
    first = _choose(
        SupportCriterion.DEVELOPED,
        [c for c in ordered if why_not_i[c.key] is None],
        scores,
        parameters.support_developed,
        decisions,
        used,
    )
    if first.pending:
        return SupportOutcome(
            True,
            tuple(first.granted),
            (),
            tuple(first.ties),
            {},
            "El criterio ii se calcula cuando OIM y DNM decidan el empate del criterio i.",
        )
    rest = [c for c in ordered if c.key not in first.granted]
    why_not_ii = {c.key: _eligible_incipient(c) for c in rest}
    second = _choose(
        SupportCriterion.INCIPIENT,
        [c for c in rest if why_not_ii[c.key] is None],
        scores,
        parameters.support_incipient,
        decisions,
        used,
    )
    reasons: dict[str, str] = {}
    for candidate in ordered:
        key = candidate.key
        score = scores[key]
        if key in first.granted:
            reasons[key] = (
                f"Apoyo financiero por el {CRITERION_LABELS[SupportCriterion.DEVELOPED]}; "
                f"puntaje poblacional {format_points(score.population)}."
            )
            continue
        if key in second.granted:
            reasons[key] = (
                f"Apoyo financiero por el {CRITERION_LABELS[SupportCriterion.INCIPIENT]}; "
                f"puntaje institucional {format_points(score.institutional)}."
            )
            continue
        parts = []
        for label, why, pending in (
            ("i", why_not_i[key], False),
            ("ii", why_not_ii[key], second.pending),
        ):
            if why is not None:
                parts.append(f"No elegible por el criterio {label}: {why}.")
            elif pending:
                parts.append(f"Elegible por el criterio {label}: empate pendiente de decisión.")
            else:
                parts.append(
                    f"Elegible por el criterio {label}, pero sus lugares fueron para ciudades "
                    "mejor ubicadas."
                )
        reasons[key] = " ".join(parts)
    notes = []
    for criterion, wanted, got in (
        (SupportCriterion.DEVELOPED, parameters.support_developed, first.granted),
        (SupportCriterion.INCIPIENT, parameters.support_incipient, second.granted),
    ):
        if len(got) < wanted and not (criterion is SupportCriterion.INCIPIENT and second.pending):
            notes.append(
                f"Por el criterio {criterion.value} hay {len(got)} de {wanted}: no hay más "
                "ciudades seleccionadas con ese perfil (la guía permite ajustar la cantidad)."
            )
    return SupportOutcome(
        True,
        tuple(first.granted),
        tuple(second.granted),
        tuple(first.ties + second.ties),
        reasons,
        " ".join(notes),
    )
