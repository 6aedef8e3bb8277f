"""The selection of the ten cities and of the five with financial support (the guide's
sections 3 and 4). Qt-free, SQL-free, pure: ``run_selection(RunInput) -> Outcome``, the same
outcome for the same input whatever its order.

What the guide says, and what we chose where it says nothing (*ours*; every number of ours is a
field of :class:`~migradesk.domain.selection_params.Parameters`, kept in each run, adjustable by
IOM; ``selection_params.describe`` writes them in the results):

Candidates and data
    Each candidate is in one of the six regions (the register's, from its province; Buenos
    Aires outside the 24 partidos is Pampeana). Population 2010, border city and department head
    come from the register of local governments; foreign-born 2010 too, but the register has it
    only for CABA and the 24 partidos of Gran Buenos Aires: elsewhere IOM enters or imports it per
    candidate. A candidate lacking a figure or an answer of section 2 is **not scored** and says
    what is missing; nothing is estimated. Each fact names its source; the run lists them all.

Population criterion, up to 5 points (Census 2010, "población total nacida en el extranjero")
    a) the city's foreign-born share against its region's (2.5 points);
    b) the city's share against the average share of the other candidates (2.5 points).
    *Ours*: "contrasted" is the ratio ``share / reference``; the points are
    ``2.5 × min(1, ratio / full_points_ratio)`` (default 2): a city at its reference earns half
    the points, at twice it or more all of them, with none 0. A zero reference gives 2.5 to a
    city with foreign-born population and 0 to one without. The region's share is the Census
    figure of the region (``RegionReference``: Gran Buenos Aires from the register's 25 local
    governments; IOM enters the others — a region without it leaves its candidates unscored).
    The average of b) is the plain mean of the shares of the *other* candidates with both census
    figures (``average_scope``: all of them, default, or those of the same region); with no
    other candidate the city is compared with itself (ratio 1).

Institutional criterion, up to 5 points, more points for cities without, or with incipient,
structures: a) an agency, department or person responsible for migration policy; b) programmes
designed for migrants; c) agreements or joint initiatives with other levels of government,
international organisations or NGOs.
    *Ours*: the 5 points split a) 2, b) 1.5, c) 1.5 (``institutional_weights``, summing to 5);
    each sub-criterion earns its weight times a factor of the city's answer: none 1, incipient
    0.5, consolidated 0 (``none_factor`` ≥ ``incipient_factor`` ≥ ``established_factor``, as
    the guide orders them).

Score
    *Ours*: each of the five parts is rounded half up to ``decimals`` (2) places, as published;
    the total (up to 10) is the sum of the rounded parts, and ties are equal totals.

Quotas by rounds
    Round 1: one place per region; round 2: one more for Cuyo, Patagonia and Gran Buenos Aires;
    round 3: one more for Gran Buenos Aires — ten in all. In each round a region takes its best
    remaining candidate; a region without candidates left gets nothing, and when the three
    rounds leave places empty, rounds 2 and 3 repeat until the ten are reached.
    *Ours*: when a round offers more places than remain, they go to the regions whose next
    candidate is best (score, then border city, then department head; still equal: IOM/DNM).
    If no round can offer a place any more (its regions have no candidates left), the rest stays
    empty and the results say so: the guide does not foresee it.

Ties (within a region)
    Equal score: the border city first; still equal, the department head first; still equal,
    the choice is IOM's and DNM's. The engine never breaks a tie any further (no name, no code,
    no input order): it names the tied cities (``Tie``) and, when the tie decides a place, the
    run waits for their decision (``TieDecision``, kept in the run). A tie that decides no place
    (all tied cities in, or all out) is shown but does not stop the run; it matters for the
    order of replacements, and is put to IOM/DNM when a replacement reaches it.

Financial support (section 4), among the ten
    i) two cities with more developed structures, or systematic and institutionalised measures
    for migrants in the last two years, needing funds to deepen them; ii) three cities whose
    migration areas are incipient or missing and face situations that demand them. Both numbers
    may change with the cities' profiles (``support_developed``, ``support_incipient``).
    *Ours*: eligible for i) a city that answered yes to systematic measures in the last two years
    or whose development index (none 0, incipient 1, consolidated 2, summed over a–c) reaches
    ``developed_min_index`` (4); ranked by systematic measures, then index, then population
    points. Eligible for ii) a city whose agency is missing or incipient and that declares
    situations demanding it; ranked by institutional points, then population points. Criterion i
    is filled first; a city gets support under one criterion only. Equal cities across the line
    are left to IOM/DNM. The support is computed once the ten are decided; each is subject to a
    needs assessment (the record on the server follows it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum

from migradesk.domain.base import DomainError
from migradesk.domain.city import REGION_LABELS, Region
from migradesk.domain.register import fold
from migradesk.domain.selection_candidates import NO_SOURCE, Candidate
from migradesk.domain.selection_params import Parameters, describe, format_points
from migradesk.domain.selection_scoring import Score, score_candidates
from migradesk.domain.selection_support import SupportOutcome, choose_support, not_computed
from migradesk.domain.selection_ties import (
    DECIDERS,
    Decided,
    Slot,
    Tie,
    TieDecision,
    TieKind,
    ranking,
    slot_at,
    span,
    tie_id,
)

__all__ = [
    "Candidate",
    "CandidateResult",
    "Outcome",
    "Parameters",
    "Pick",
    "RegionPlaces",
    "Round",
    "RunInput",
    "RunStatus",
    "Status",
    "Tie",
    "TieDecision",
    "run_selection",
]


class Status(StrEnum):
    SELECTED = "seleccionada"
    NOT_SELECTED = "no_seleccionada"
    PENDING = "empate_pendiente"  # in a tie that decides a place: IOM/DNM decide
    NOT_SCORED = "sin_puntaje"


STATUS_LABELS = {
    Status.SELECTED: "Seleccionada",
    Status.NOT_SELECTED: "No seleccionada",
    Status.PENDING: "Empate: decide OIM con DNM",
    Status.NOT_SCORED: "Sin puntaje",
}


class RunStatus(StrEnum):
    COMPLETE = "completa"
    AWAITING_DECISIONS = "pendiente_de_decision"


@dataclasses.dataclass(frozen=True, slots=True)
class RunInput:
    """Everything a run's outcome depends on."""

    candidates: tuple[Candidate, ...]
    parameters: Parameters
    decisions: tuple[TieDecision, ...] = ()
    # The cities that took part after confirmations and replacements: when given, the financial
    # support is chosen among them instead of among the selected.
    participants: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        keys = [candidate.key for candidate in self.candidates]
        if len(keys) != len(set(keys)):
            repeated = sorted({key for key in keys if keys.count(key) > 1})
            raise DomainError("códigos de candidata repetidos: " + ", ".join(repeated))
        unknown = sorted(set(self.participants) - set(keys))
        if unknown:
            raise DomainError("participantes que no son candidatas: " + ", ".join(unknown))
        ids = [decision.tie_id for decision in self.decisions]
        if len(ids) != len(set(ids)):
            raise DomainError("hay dos decisiones sobre el mismo empate")


@dataclasses.dataclass(frozen=True, slots=True)
class Pick:
    """A region's n-th place, given in a round: to one city, or to one of a tie's cities."""

    region: Region
    place: int
    keys: tuple[str, ...]
    pending: bool  # a tie decides who takes it


@dataclasses.dataclass(frozen=True, slots=True)
class Round:
    number: int  # 1, 2, 3, then 4, 5… for the repeats
    guide_round: int  # which of the guide's rounds it is (a repeat of 2 or 3)
    regions: tuple[Region, ...]  # the regions the round gives a place to
    picks: tuple[Pick, ...]
    note: str = ""
    tie: str | None = None  # a round tie on its last places, if any


@dataclasses.dataclass(frozen=True, slots=True)
class RegionPlaces:
    region: Region
    candidates: int  # scored candidates of the region
    places: int  # places the rounds gave it (a pending round tie not included)
    rounds: tuple[int, ...]  # the round of each place, in order
    slots: tuple[Slot, ...]  # its ranking


@dataclasses.dataclass(frozen=True, slots=True)
class CandidateResult:
    candidate: Candidate
    status: Status
    score: Score | None
    rank: int | None  # position in the region's ranking (shared by tied cities)
    tied_with: tuple[str, ...]  # the cities it is still tied with
    rounds: tuple[int, ...]  # the round of its place; several while a tie is undecided
    reasons: tuple[str, ...]  # why, in Spanish
    support: str | None = None  # the support criterion ("i", "ii") if it gets support

    @property
    def key(self) -> str:
        return self.candidate.key


@dataclasses.dataclass(frozen=True, slots=True)
class Outcome:
    status: RunStatus
    results: tuple[CandidateResult, ...]  # by region (the guide's order), rank, name
    regions: tuple[RegionPlaces, ...]
    rounds: tuple[Round, ...]
    ties: tuple[Tie, ...]
    selected: tuple[str, ...]  # keys, by region and rank
    unfilled: int  # places the rounds could not fill
    support: SupportOutcome
    unused_decisions: tuple[str, ...]  # decisions on ties this run does not have
    formulas: tuple[str, ...]
    sources: tuple[str, ...]
    notes: tuple[str, ...]

    def result(self, key: str) -> CandidateResult:
        for result in self.results:
            if result.key == key:
                return result
        raise KeyError(key)

    @property
    def pending_ties(self) -> tuple[Tie, ...]:
        return tuple(tie for tie in self.ties if tie.pending)


# --- ranking within a region -------------------------------------------------------------------


def _merit(candidate: Candidate, score: Score) -> tuple[Decimal, bool, bool]:
    """The guide's order: score, then border city, then department head (higher first)."""
    return (score.total, candidate.is_border, candidate.is_department_head)


def _region_slots(
    region: Region,
    candidates: Sequence[Candidate],
    scores: Mapping[str, Score],
    decisions: Mapping[str, TieDecision],
    used: set[str],
) -> tuple[list[Slot], list[Decided]]:
    groups: dict[tuple[Decimal, bool, bool], list[str]] = {}
    for candidate in candidates:
        groups.setdefault(_merit(candidate, scores[candidate.key]), []).append(candidate.key)
    ordered = [groups[merit] for merit in sorted(groups, reverse=True)]
    return ranking(ordered, TieKind.REGION, region.value, decisions, used)


# --- rounds ------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Allocation:
    rounds: list[Round]
    taken: dict[Region, list[int]]  # region → round of each of its places
    round_tie: Tie | None
    round_tie_regions: tuple[Region, ...]
    unfilled: int
    decided: list[Tie]


def _allocate(
    slots: Mapping[Region, Sequence[Slot]],
    by_key: Mapping[str, Candidate],
    scores: Mapping[str, Score],
    parameters: Parameters,
    decisions: Mapping[str, TieDecision],
    used: set[str],
) -> _Allocation:
    counts = {region: sum(len(s.keys) for s in slots[region]) for region in Region}
    taken: dict[Region, list[int]] = {region: [] for region in Region}
    rounds: list[Round] = []
    remaining = parameters.places
    number = 0
    idle = 0
    cycle = len(parameters.rounds) - parameters.repeat_from + 1
    round_tie: Tie | None = None
    tie_regions: tuple[Region, ...] = ()
    decided: list[Tie] = []
    while remaining > 0:
        number += 1
        regions = parameters.round_regions(number)
        offered = [r for r in regions if len(taken[r]) < counts[r]]
        repeat = number > len(parameters.rounds)
        if repeat and not offered:
            idle += 1
            if idle >= cycle:
                break
            continue
        idle = 0
        winners = offered
        note = ""
        if len(offered) > remaining:
            winners, round_tie, tie_regions, decided_here, note = _cut(
                number, offered, remaining, slots, taken, by_key, scores, decisions, used
            )
            decided.extend(decided_here)
        skipped = [r for r in regions if r not in offered]
        if skipped:
            missing = ", ".join(REGION_LABELS[r] for r in skipped)
            note = f"Sin candidatas restantes: {missing}. {note}".strip()
        picks = []
        for region in winners:
            taken[region].append(number)
            place = len(taken[region])
            slot = slot_at(slots[region], place)
            assert slot is not None
            picks.append(Pick(region, place, slot.keys, pending=False))  # see _final_picks
        remaining -= len(winners)
        if round_tie is not None:
            remaining -= round_tie.places
        rounds.append(
            Round(
                number=number,
                guide_round=parameters.guide_round(number),
                regions=regions,
                picks=tuple(picks),
                note=note,
                tie=round_tie.id if round_tie is not None else None,
            )
        )
        if round_tie is not None:
            break
    return _Allocation(rounds, taken, round_tie, tie_regions, max(remaining, 0), decided)


def _cut(
    number: int,
    offered: Sequence[Region],
    remaining: int,
    slots: Mapping[Region, Sequence[Slot]],
    taken: Mapping[Region, list[int]],
    by_key: Mapping[str, Candidate],
    scores: Mapping[str, Score],
    decisions: Mapping[str, TieDecision],
    used: set[str],
) -> tuple[list[Region], Tie | None, tuple[Region, ...], list[Tie], str]:
    """The last places of a round with more regions than places: to the best next candidates."""
    heads: dict[Region, Slot] = {}
    for region in offered:
        slot = slot_at(slots[region], len(taken[region]) + 1)
        assert slot is not None
        heads[region] = slot
    merits: dict[tuple[Decimal, bool, bool], list[str]] = {}
    for region, slot in heads.items():
        head = by_key[slot.keys[0]]
        merits.setdefault(_merit(head, scores[head.key]), []).append(region.value)
    ordered = [merits[m] for m in sorted(merits, reverse=True)]
    context = f"ronda {number}: " + ",".join(
        key for region in sorted(heads, key=lambda r: r.value) for key in heads[region].keys
    )
    region_slots, decided = ranking(ordered, TieKind.ROUND, context, decisions, used)
    winners: list[Region] = []
    tie: Tie | None = None
    tie_regions: tuple[Region, ...] = ()
    for slot in region_slots:
        if slot.position > remaining:
            break
        if slot.across(remaining):
            tie_regions = tuple(Region(value) for value in slot.keys)
            places = remaining - slot.position + 1
            tie = _round_tie(number, tie_regions, heads, places, None, tie_id_for=context)
            break
        winners.extend(Region(value) for value in slot.keys)
    decided_ties = []
    for d in decided:
        first, last = span(region_slots, d.members)
        decided_ties.append(
            _round_tie(
                number,
                tuple(Region(v) for v in d.members),
                heads,
                remaining - first + 1 if first <= remaining < last else 0,
                d.decision,
                tie_id_for=context,
                identifier=d.tie_id,
            )
        )
    note = (
        f"La ronda ofrece {len(offered)} cupos y faltan {remaining}: los toman las regiones "
        "cuya siguiente candidata tiene más puntaje."
    )
    order = [r for r in Region if r in winners]
    return order, tie, tie_regions, decided_ties, note


def _round_tie(
    number: int,
    regions: tuple[Region, ...],
    heads: Mapping[Region, Slot],
    places: int,
    decision: TieDecision | None,
    *,
    tie_id_for: str,
    identifier: str | None = None,
) -> Tie:
    names = ", ".join(REGION_LABELS[r] for r in sorted(regions, key=list(Region).index))
    cities = tuple(sorted(key for region in regions for key in heads[region].keys))
    return Tie(
        id=identifier or tie_id(TieKind.ROUND, tie_id_for, [r.value for r in regions]),
        kind=TieKind.ROUND,
        choices=tuple(sorted(r.value for r in regions)),
        candidates=cities,
        places=places,
        material=places > 0,
        explanation=(
            f"Ronda {number}: {places or 'los'} último(s) cupo(s) entre {names}, cuyas "
            "siguientes candidatas tienen el mismo puntaje y la misma condición de fronteriza y "
            f"de cabecera. Decide {DECIDERS}: la decisión elige la región."
        ),
        round=number,
        decision=decision,
    )


# --- ties and explanations ---------------------------------------------------------------------


def _describe_merit(candidate: Candidate, score: Score, decimals: int) -> str:
    border = "fronteriza" if candidate.is_border else "no fronteriza"
    head = "cabecera de departamento" if candidate.is_department_head else "no cabecera"
    return f"{format_points(score.total, decimals)} puntos, {border}, {head}"


def _region_tie(
    region: Region,
    members: Sequence[str],
    places: int,
    material: bool,
    decision: TieDecision | None,
    by_key: Mapping[str, Candidate],
    scores: Mapping[str, Score],
    decimals: int,
    identifier: str | None = None,
) -> Tie:
    first = by_key[members[0]]
    merit = _describe_merit(first, scores[first.key], decimals)
    if material:
        stake = f"{places} lugar(es) de la región para {len(members)} ciudades"
    else:
        stake = "no cambia quiénes quedan seleccionadas; ordena los reemplazos"
    return Tie(
        id=identifier or tie_id(TieKind.REGION, region.value, members),
        kind=TieKind.REGION,
        choices=tuple(sorted(members)),
        candidates=tuple(sorted(members)),
        places=places if material else 0,
        material=material,
        explanation=(
            f"{REGION_LABELS[region]}: empate con {merit} (los criterios de desempate de la guía "
            f"no lo resuelven); {stake}. Decide {DECIDERS}."
        ),
        region=region,
        decision=decision,
    )


def _why_not(
    candidate: Candidate,
    score: Score,
    region: RegionPlaces,
    by_key: Mapping[str, Candidate],
    scores: Mapping[str, Score],
    decided_against: Mapping[str, TieDecision],
    decimals: int,
) -> str:
    label = REGION_LABELS[candidate.region]
    if region.places == 0:
        return f"No seleccionada: {label} no obtuvo cupos en las rondas."
    last_slot = slot_at(region.slots, region.places)
    assert last_slot is not None
    last = by_key[last_slot.keys[-1]]
    last_score = scores[last.key]
    places = f"{region.places} cupo(s)"
    if candidate.key in decided_against:
        decision = decided_against[candidate.key]
        return (
            f"No seleccionada: empate en {label} decidido por {decision.decided_by}"
            + (f" ({decision.note})" if decision.note else "")
            + "."
        )
    if score.total < last_score.total:
        return (
            f"No seleccionada: {label} tuvo {places}; la última seleccionada, {last.name}, "
            f"tiene {format_points(last_score.total, decimals)} puntos y esta "
            f"{format_points(score.total, decimals)}."
        )
    if last.is_border and not candidate.is_border:
        return (
            f"No seleccionada: mismo puntaje que {last.name}, que es fronteriza y esta no "
            "(primer criterio de desempate)."
        )
    return (
        f"No seleccionada: mismo puntaje y condición de fronteriza que {last.name}, que es "
        "cabecera de departamento y esta no (segundo criterio de desempate)."
    )


# --- the run -----------------------------------------------------------------------------------


def run_selection(run: RunInput) -> Outcome:
    """Score, rank per region, fill the places by rounds, name the ties, choose the support."""
    parameters = run.parameters
    decisions = {decision.tie_id: decision for decision in run.decisions}
    used: set[str] = set()
    by_key = {candidate.key: candidate for candidate in run.candidates}
    scoring = score_candidates(run.candidates, parameters)
    scores = scoring.scores
    decimals = parameters.decimals

    region_slots: dict[Region, list[Slot]] = {}
    decided: dict[Region, list[Decided]] = {}
    for region in Region:
        members = sorted(
            (c for c in run.candidates if c.region is region and c.key in scores),
            key=lambda c: c.key,
        )
        region_slots[region], decided[region] = _region_slots(
            region, members, scores, decisions, used
        )

    allocation = _allocate(region_slots, by_key, scores, parameters, decisions, used)
    ties: list[Tie] = []
    regions: list[RegionPlaces] = []
    results: dict[str, CandidateResult] = {}
    selected: list[str] = []
    round_tie = allocation.round_tie
    round_tie_keys = set(round_tie.candidates) if round_tie is not None else set()
    round_lost = _round_losers(allocation, by_key)

    for region in Region:
        slots = region_slots[region]
        places = len(allocation.taken[region])
        place_rounds = tuple(allocation.taken[region])
        info = RegionPlaces(
            region, sum(len(s.keys) for s in slots), places, place_rounds, tuple(slots)
        )
        regions.append(info)
        decided_against: dict[str, TieDecision] = {}
        for d in decided[region]:
            first, last = span(slots, d.members)
            ties.append(
                _region_tie(
                    region,
                    d.members,
                    places - first + 1 if first <= places < last else 0,
                    first <= places < last,
                    d.decision,
                    by_key,
                    scores,
                    decimals,
                    identifier=d.tie_id,
                )
            )
            if first <= places < last:
                for key in d.members:
                    decided_against.setdefault(key, d.decision)
        for slot in slots:
            rounds = place_rounds[slot.position - 1 : min(slot.last, places)]
            if slot.tied:
                material = slot.across(places)
                stake = places - slot.position + 1 if material else 0
                tie = _region_tie(
                    region, slot.keys, stake, material, None, by_key, scores, decimals
                )
                ties.append(tie)
            for key in slot.keys:
                candidate = by_key[key]
                score = scores[key]
                partners = tuple(k for k in slot.keys if k != key)
                if key in round_tie_keys:
                    status = Status.PENDING
                    assert round_tie is not None
                    why = (
                        f"Empate por el último cupo de la ronda {round_tie.round} entre regiones "
                        f"({round_tie.id}): decide {DECIDERS}."
                    )
                elif slot.last <= places:
                    status = Status.SELECTED
                    selected.append(key)
                    if slot.tied:
                        why = (
                            f"Seleccionada: puesto {slot.position} de {REGION_LABELS[region]} "
                            f"({_describe_merit(candidate, score, decimals)}), empatada con "
                            f"{_names(partners, by_key)}; ocupa uno de los cupos de las rondas "
                            + ", ".join(str(r) for r in rounds)
                            + "."
                        )
                    else:
                        why = (
                            f"Seleccionada: puesto {slot.position} de {REGION_LABELS[region]} "
                            f"con {format_points(score.total, decimals)} puntos; cupo de la "
                            f"ronda {rounds[0]}."
                        )
                elif slot.across(places):
                    status = Status.PENDING
                    why = (
                        f"Empate con {_names(partners, by_key)} por "
                        f"{places - slot.position + 1} cupo(s) de {REGION_LABELS[region]} "
                        f"({_describe_merit(candidate, score, decimals)}): decide {DECIDERS}."
                    )
                else:
                    status = Status.NOT_SELECTED
                    why = round_lost.get(key) or _why_not(
                        candidate, score, info, by_key, scores, decided_against, decimals
                    )
                results[key] = CandidateResult(
                    candidate=candidate,
                    status=status,
                    score=score,
                    rank=slot.position,
                    tied_with=partners,
                    rounds=rounds if status is not Status.NOT_SELECTED else (),
                    reasons=(why,),
                )
    for key, reasons in scoring.refused.items():
        results[key] = CandidateResult(
            candidate=by_key[key],
            status=Status.NOT_SCORED,
            score=None,
            rank=None,
            tied_with=(),
            rounds=(),
            reasons=("Sin puntaje: falta " + "; ".join(reasons) + ". Ningún dato se estima.",),
        )
    ties.extend(allocation.decided)
    if round_tie is not None:
        ties.append(round_tie)

    pending = [tie for tie in ties if tie.pending]
    unscored = sorted(key for key in run.participants if key not in scores)
    if unscored:
        raise DomainError("participantes sin puntaje: " + ", ".join(unscored))
    if run.participants:
        support = choose_support(
            [by_key[key] for key in sorted(set(run.participants))],
            scores,
            parameters,
            decisions,
            used,
        )
    elif pending:
        support = not_computed(
            "El apoyo financiero se calcula cuando OIM y DNM decidan los empates pendientes."
        )
    else:
        support = choose_support(
            [by_key[key] for key in selected], scores, parameters, decisions, used
        )
    ties.extend(support.ties)
    run_status = (
        RunStatus.AWAITING_DECISIONS if any(t.pending for t in ties) else RunStatus.COMPLETE
    )

    final: list[CandidateResult] = []
    for result in sorted(results.values(), key=_result_order):
        criterion = support.criterion_of(result.key)
        extra = support.reasons.get(result.key)
        if extra is not None:
            result = dataclasses.replace(
                result,
                reasons=(*result.reasons, extra),
                support=criterion.value if criterion is not None else None,
            )
        final.append(result)

    notes = []
    if allocation.unfilled:
        notes.append(
            f"Las rondas no completan las {parameters.places} ciudades: quedan "
            f"{allocation.unfilled} lugar(es) sin cubrir porque las regiones de las rondas que se "
            "repiten no tienen más candidatas. La guía no prevé este caso: decide OIM con DNM."
        )
    if support.note:
        notes.append(support.note)
    unused = tuple(sorted(set(decisions) - used))
    if unused:
        notes.append(
            "Decisiones registradas sobre empates que esta corrida no tiene (no se aplican): "
            + ", ".join(unused)
            + "."
        )
    return Outcome(
        status=run_status,
        results=tuple(final),
        regions=tuple(regions),
        rounds=tuple(_final_picks(allocation.rounds, regions)),
        ties=tuple(ties),
        selected=tuple(r.key for r in final if r.status is Status.SELECTED),
        unfilled=allocation.unfilled,
        support=support,
        unused_decisions=unused,
        formulas=describe(parameters),
        sources=sources_of(run),
        notes=tuple(notes),
    )


def _round_losers(allocation: _Allocation, by_key: Mapping[str, Candidate]) -> dict[str, str]:
    """Why the next candidates of the regions that lost a round tie decided by IOM/DNM are out."""
    lost: dict[str, str] = {}
    for tie in allocation.decided:
        if not tie.material or tie.decision is None:
            continue
        [round_] = [r for r in allocation.rounds if r.number == tie.round]
        winners = {pick.region for pick in round_.picks}
        for key in tie.candidates:
            region = by_key[key].region
            if region in winners:
                continue
            taker = ", ".join(
                REGION_LABELS[r] for r in Region if r in winners and r.value in tie.choices
            )
            lost[key] = (
                f"No seleccionada: el último cupo de la ronda {tie.round} quedó para {taker} por "
                f"decisión de {tie.decision.decided_by} sobre el empate {tie.id}."
            )
    return lost


def _final_picks(rounds: Iterable[Round], regions: Sequence[RegionPlaces]) -> list[Round]:
    """Mark the picks whose place a tie across the region's line still decides."""
    places = {info.region: info for info in regions}
    out = []
    for round_ in rounds:
        picks = []
        for pick in round_.picks:
            info = places[pick.region]
            slot = slot_at(info.slots, pick.place)
            assert slot is not None
            picks.append(dataclasses.replace(pick, pending=slot.across(info.places)))
        out.append(dataclasses.replace(round_, picks=tuple(picks)))
    return out


def _names(keys: Iterable[str], by_key: Mapping[str, Candidate]) -> str:
    return ", ".join(sorted((by_key[key].name for key in keys), key=fold))


def _result_order(result: CandidateResult) -> tuple[int, int, str, str]:
    region = list(Region).index(result.candidate.region)
    rank = result.rank if result.rank is not None else 1_000_000
    return (region, rank, fold(result.candidate.name), result.key)


def sources_of(run: RunInput) -> tuple[str, ...]:
    """Every source the run's figures come from, sorted (the run names them)."""
    found = {source for candidate in run.candidates for source in candidate.sources.all()}
    found.update(reference.source for reference in run.parameters.region_references)
    found.discard(NO_SOURCE)
    return tuple(sorted(found, key=fold))
