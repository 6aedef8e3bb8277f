"""The financial support of the guide's section 4: five of the ten, under criteria i and ii."""

from __future__ import annotations

import dataclasses

from selection_kit import ESTABLISHED, INCIPIENT, NONE, cand, params, run

from migradesk.domain.city import Region
from migradesk.domain.selection import RunStatus, TieDecision
from migradesk.domain.selection_candidates import Candidate
from migradesk.domain.selection_ties import TieKind

QUOTAS = {
    Region.NOROESTE: 1,
    Region.NORESTE: 1,
    Region.PAMPEANA: 1,
    Region.CUYO: 2,
    Region.PATAGONIA: 2,
    Region.GRAN_BUENOS_AIRES: 3,
}


def ten(**changes: dict[str, object]) -> list[Candidate]:
    """Exactly the guide's quotas, so all ten are selected whatever their profile. Keys c0…c9,
    foreign-born 1 % (c0) to 10 % (c9): a higher number has more population points."""
    out = []
    number = 0
    for region, quota in QUOTAS.items():
        for _ in range(quota):
            key = f"c{number}"
            candidate = cand(key, region, foreign_born=100 * (number + 1))
            out.append(dataclasses.replace(candidate, **changes.get(key, {})))  # type: ignore[arg-type]
            number += 1
    return out


SYSTEMATIC = {"systematic_measures": True}
DEMAND = {"emerging_demand": True}


def test_dos_ciudades_por_el_criterio_i_y_tres_por_el_criterio_ii() -> None:
    """ "Serán elegidos dos ciudades bajo este criterio" (i) … "Serán elegidas tres ciudades bajo
    este criterio" (ii): i ranks by systematic measures, index, population points; ii by
    institutional points, then population points."""
    outcome = run(
        ten(
            c1=SYSTEMATIC,
            c5=SYSTEMATIC,
            c8=SYSTEMATIC,
            c0=DEMAND,
            c2=DEMAND,
            c4={**DEMAND, "migrant_programmes": INCIPIENT},
            c6=DEMAND,
            c9=DEMAND,
        )
    )
    assert len(outcome.selected) == 10
    assert outcome.support.developed == ("c8", "c5")
    assert outcome.support.incipient == ("c9", "c6", "c2")  # c4 has fewer institutional points
    assert outcome.result("c8").support == "i"
    assert outcome.result("c2").support == "ii"
    assert outcome.result("c4").support is None
    assert outcome.result("c4").reasons[-1] == (
        "No elegible por el criterio i: sin medidas sistemáticas y con índice de desarrollo 1 "
        "(el criterio i pide 4). Elegible por el criterio ii, pero sus lugares fueron para "
        "ciudades mejor ubicadas."
    )


def test_esta_cantidad_podra_ser_modificada() -> None:
    candidates = ten(c1=SYSTEMATIC, c5=SYSTEMATIC, c0=DEMAND, c2=DEMAND, c3=DEMAND, c6=DEMAND)
    outcome = run(candidates, params(support_developed=1, support_incipient=4))
    assert outcome.support.developed == ("c5",)
    assert outcome.support.incipient == ("c6", "c3", "c2", "c0")


def test_criterio_i_estructuras_mas_solidas_o_desarrolladas_aun_sin_medidas_sistematicas() -> None:
    developed = {"migration_body": ESTABLISHED, "migrant_programmes": ESTABLISHED}  # index 4
    almost = {"migration_body": ESTABLISHED, "migrant_programmes": INCIPIENT}  # index 3
    outcome = run(ten(c3=developed, c4=almost))
    assert outcome.support.developed == ("c3",)
    assert "índice de desarrollo 3 (el criterio i pide 4)" in outcome.result("c4").reasons[-1]
    assert "Por el criterio i hay 1 de 2" in outcome.notes[-1]


def test_criterio_ii_areas_incipientes_o_no_existentes_que_atraviesan_situaciones() -> None:
    outcome = run(
        ten(
            c1={**DEMAND, "migration_body": ESTABLISHED},
            c2={"emerging_demand": False},
            c3={**DEMAND, "migration_body": INCIPIENT},
            c4={"emerging_demand": None},
        )
    )
    assert outcome.support.incipient == ("c3",)
    assert "su organismo de migraciones está consolidado" in outcome.result("c1").reasons[-1]
    assert "no declara situaciones" in outcome.result("c2").reasons[-1]
    assert "sin respuesta sobre situaciones" in outcome.result("c4").reasons[-1]


def test_una_ciudad_recibe_apoyo_por_un_solo_criterio_primero_el_i() -> None:
    outcome = run(ten(c7={**SYSTEMATIC, **DEMAND}, c1=DEMAND))
    assert outcome.support.developed == ("c7",)
    assert outcome.support.incipient == ("c1",)


def test_un_empate_en_el_apoyo_queda_a_criterio_de_oim_y_dnm() -> None:
    """c2 and c3 in Cuyo share their profile and population: one place of criterion i left."""
    same = {**SYSTEMATIC, "foreign_born_2010": 500}
    candidates = ten(c9=SYSTEMATIC, c3=same, c4=same)
    outcome = run(candidates)
    assert outcome.status is RunStatus.AWAITING_DECISIONS
    [tie] = outcome.pending_ties
    assert tie.kind is TieKind.SUPPORT
    assert tie.criterion == "i"
    assert tie.candidates == ("c3", "c4")
    assert tie.places == 1
    assert outcome.support.developed == ("c9",)
    assert "el criterio ii se calcula" in outcome.support.note.lower()

    decided = run(candidates, decisions=[TieDecision(tie.id, ("c4",))])
    assert decided.status is RunStatus.COMPLETE
    assert decided.support.developed == ("c9", "c4")


def test_el_apoyo_se_calcula_cuando_las_diez_estan_decididas() -> None:
    outcome = run([cand("a", systematic=True), cand("b", systematic=True)])
    assert outcome.status is RunStatus.AWAITING_DECISIONS
    assert not outcome.support.computed
    assert outcome.support.developed == ()
    assert "empates pendientes" in outcome.support.note


def test_indice_de_desarrollo() -> None:
    from migradesk.domain.selection_support import development_index

    assert development_index(cand("x", levels=(ESTABLISHED, INCIPIENT, NONE))) == 3
    assert development_index(cand("y", levels=(None, ESTABLISHED, ESTABLISHED))) == 4
