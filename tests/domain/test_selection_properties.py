"""Properties of the selection over generated candidates (Hypothesis).

Few distinct shares, flags and answers, so that ties are frequent: ten selected whenever the
candidates suffice, never more per region than the rounds allow, the same outcome for the same
input in any order, and a tie never broken beyond the guide's criteria.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selection_kit import ESTABLISHED, INCIPIENT, NONE, cand, params, run

from migradesk.domain.city import Region
from migradesk.domain.selection import Outcome, Status, TieDecision
from migradesk.domain.selection_candidates import Candidate
from migradesk.domain.selection_params import GUIDE_ROUNDS

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REPEATED = {Region.CUYO, Region.PATAGONIA, Region.GRAN_BUENOS_AIRES}


@st.composite
def candidates(draw: st.DrawFn, max_size: int = 40) -> list[Candidate]:
    count = draw(st.integers(min_value=0, max_value=max_size))
    out = []
    for index in range(count):
        out.append(
            cand(
                f"k{index:02d}",
                draw(st.sampled_from(list(Region))),
                foreign_born=draw(st.sampled_from([0, 300, 500, 900, None])),
                population=draw(st.sampled_from([10_000, 20_000])),
                levels=(
                    draw(st.sampled_from([NONE, INCIPIENT, ESTABLISHED])),
                    draw(st.sampled_from([NONE, ESTABLISHED])),
                    NONE,
                ),
                border=draw(st.booleans()),
                head=draw(st.booleans()),
                systematic=draw(st.booleans()),
                demand=draw(st.booleans()),
            )
        )
    return out


def decide_everything(found: list[Candidate]) -> Outcome:
    """Run, then record a decision on every pending tie (its members in key order), until none
    is left: what IOM and DNM would do, one way or another."""
    decisions: dict[str, TieDecision] = {}
    outcome = run(found)
    for _ in range(100):
        if not outcome.pending_ties:
            return outcome
        for tie in outcome.pending_ties:
            decisions[tie.id] = TieDecision(tie.id, tie.choices)
        outcome = run(found, decisions=decisions.values())
    raise AssertionError("decisions never settle the run")


def reachable(outcome: Outcome) -> int:
    """Places the guide's rounds can fill: round 1 one per region with candidates, the repeats
    of rounds 2 and 3 every candidate of Cuyo, Patagonia and Gran Buenos Aires."""
    counts = {info.region: info.candidates for info in outcome.regions}
    total = sum(
        counts[region] if region in REPEATED else min(counts[region], 1) for region in Region
    )
    return min(10, total)


@SETTINGS
@given(candidates())
def test_diez_seleccionadas_cuando_las_candidatas_alcanzan(found: list[Candidate]) -> None:
    outcome = decide_everything(found)
    assert len(outcome.selected) == reachable(outcome)
    assert outcome.unfilled == 10 - reachable(outcome)


@SETTINGS
@given(candidates())
def test_nunca_mas_ciudades_por_region_que_las_que_permiten_las_rondas(
    found: list[Candidate],
) -> None:
    for outcome in (run(found), decide_everything(found)):
        per_region = Counter(outcome.result(key).candidate.region for key in outcome.selected)
        for region in Region:
            rounds_with_region = sum(region in r.regions for r in outcome.rounds)
            assert per_region[region] <= rounds_with_region
            if region not in REPEATED:
                assert per_region[region] <= 1
        # Within the guide's three rounds, the quotas are exactly 1, 1, 1, 2, 2, 3 at most.
        if len(outcome.rounds) <= len(GUIDE_ROUNDS):
            quota = Counter(region for regions in GUIDE_ROUNDS for region in regions)
            assert all(per_region[region] <= quota[region] for region in Region)


@SETTINGS
@given(candidates(), st.randoms())
def test_mismas_entradas_mismo_resultado_en_cualquier_orden(
    found: list[Candidate], random: object
) -> None:
    shuffled = list(found)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert run(found) == run(shuffled)
    assert run(found) == run(list(found))


def merit(outcome: Outcome, key: str) -> tuple[Decimal, bool, bool]:
    result = outcome.result(key)
    assert result.score is not None
    return (result.score.total, result.candidate.is_border, result.candidate.is_department_head)


@SETTINGS
@given(candidates())
def test_un_empate_nunca_se_rompe_mas_alla_de_los_criterios_de_la_guia(
    found: list[Candidate],
) -> None:
    """Without decisions, a selected city always has strictly more merit (score, then border,
    then head) than a city of its region left out: equals are both in, or wait for IOM/DNM."""
    outcome = run(found)
    for region in Region:
        results = [r for r in outcome.results if r.candidate.region is region]
        chosen = [r.key for r in results if r.status is Status.SELECTED]
        left_out = [r.key for r in results if r.status is Status.NOT_SELECTED]
        for a in chosen:
            for b in left_out:
                assert merit(outcome, a) > merit(outcome, b)


@SETTINGS
@given(candidates())
def test_renombrar_las_candidatas_no_cambia_quien_queda(found: list[Candidate]) -> None:
    """Keys and names decide nothing: give every candidate another's key and name, and each
    candidate keeps its status and rank."""
    labels = [(c.key, c.name) for c in found]
    renamed = [
        dataclasses.replace(c, key=key, name=name)
        for c, (key, name) in zip(found, reversed(labels), strict=True)
    ]
    before, after = run(found), run(renamed)
    for original, relabelled in zip(found, renamed, strict=True):
        was, now = before.result(original.key), after.result(relabelled.key)
        assert (was.status, was.rank) == (now.status, now.rank)


@SETTINGS
@given(candidates(max_size=25))
def test_el_apoyo_son_a_lo_sumo_dos_y_tres_entre_las_seleccionadas(
    found: list[Candidate],
) -> None:
    outcome = decide_everything(found)
    support = outcome.support
    assert support.computed
    assert len(support.developed) <= 2
    assert len(support.incipient) <= 3
    assert not set(support.developed) & set(support.incipient)
    assert set(support.developed) | set(support.incipient) <= set(outcome.selected)


def test_params_helper_covers_every_region() -> None:
    assert {r.region for r in params().region_references} == set(Region)
