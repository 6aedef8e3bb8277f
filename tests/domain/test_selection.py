"""The guide's selection of ten cities (section 3): quotas by rounds, ties, the run's record.

Test names quote the guide; scores come from selection_kit (every region's reference 5 %).
"""

from __future__ import annotations

import dataclasses

import pytest
from selection_kit import cand, one_per_region, params, run, selected_by_region

from migradesk.domain.base import DomainError
from migradesk.domain.city import Region
from migradesk.domain.selection import RunInput, RunStatus, Status, TieDecision
from migradesk.domain.selection_ties import TieKind

NOA, NEA, PAM = Region.NOROESTE, Region.NORESTE, Region.PAMPEANA
CUYO, PAT, GBA = Region.CUYO, Region.PATAGONIA, Region.GRAN_BUENOS_AIRES


def test_primera_ronda_un_cupo_por_region() -> None:
    """ "En la primera ronda, se estableció el cupo de una ciudad por región"."""
    outcome = run(one_per_region())
    first = outcome.rounds[0]
    assert first.number == 1
    assert [pick.region for pick in first.picks] == list(Region)
    assert [pick.keys for pick in first.picks] == [(f"{r.value}-0",) for r in Region]


def test_segunda_ronda_un_cupo_extra_para_cuyo_patagonia_y_gran_buenos_aires() -> None:
    outcome = run(one_per_region())
    second = outcome.rounds[1]
    assert [pick.region for pick in second.picks] == [CUYO, PAT, GBA]
    assert [pick.place for pick in second.picks] == [2, 2, 2]


def test_tercera_ronda_otro_cupo_para_gran_buenos_aires_asi_se_completan_las_diez() -> None:
    outcome = run(one_per_region())
    assert [pick.region for pick in outcome.rounds[2].picks] == [GBA]
    assert len(outcome.rounds) == 3
    counts = {region: len(keys) for region, keys in selected_by_region(outcome).items()}
    assert counts == {NOA: 1, NEA: 1, PAM: 1, CUYO: 2, PAT: 2, GBA: 3}
    assert len(outcome.selected) == 10
    assert outcome.status is RunStatus.COMPLETE


def test_las_ciudades_que_reciban_mayor_puntaje_seran_las_incluidas() -> None:
    outcome = run(one_per_region())
    for region, keys in selected_by_region(outcome).items():
        assert keys == [f"{region.value}-{i}" for i in range(len(keys))]
    result = outcome.result("cuyo-1")
    assert result.status is Status.SELECTED
    assert result.rank == 2
    assert result.rounds == (2,)
    assert result.reasons[0].startswith("Seleccionada: puesto 2 de Cuyo con ")
    assert result.reasons[0].endswith("cupo de la ronda 2.")


def test_se_repiten_las_rondas_dos_y_tres_hasta_completar_las_diez() -> None:
    """ "En caso de no completar los diez gobiernos locales ... al finalizar las tres rondas, se
    repiten las rondas número dos y tres hasta completarlos": without Noreste, round 4 (a
    repeat of round 2) gives the last place to the best next candidate of Cuyo or Patagonia."""
    candidates = [c for c in one_per_region(4) if c.region is not NEA]
    candidates = [dataclasses.replace(c, is_border=c.key == "patagonia-2") for c in candidates]
    outcome = run(candidates)
    assert "Sin candidatas restantes: Noreste." in outcome.rounds[0].note
    fourth = outcome.rounds[3]
    assert (fourth.number, fourth.guide_round) == (4, 2)
    assert [(pick.region, pick.keys) for pick in fourth.picks] == [(PAT, ("patagonia-2",))]
    assert len(outcome.selected) == 10
    assert outcome.result("patagonia-2").rounds == (4,)


def test_repeticion_de_la_tercera_ronda_para_gran_buenos_aires() -> None:
    """Without Noreste, Pampeana and Cuyo, the repeats of rounds 2 and 3 go to Patagonia and
    Gran Buenos Aires until the ten are reached."""
    candidates = [c for c in one_per_region(6) if c.region in (NOA, PAT, GBA)]
    outcome = run(candidates)
    counts = {region: len(keys) for region, keys in selected_by_region(outcome).items()}
    assert (counts[NOA], counts[PAT], counts[GBA]) == (1, 4, 5)
    # Round 6 (a repeat of round 2) has one place left for Patagonia and Gran Buenos Aires:
    # Patagonia's fourth candidate has more points than Gran Buenos Aires' sixth.
    assert [r.guide_round for r in outcome.rounds] == [1, 2, 3, 2, 3, 2]
    assert outcome.rounds[-1].picks[0].keys == ("patagonia-3",)


def test_cuando_las_rondas_no_alcanzan_quedan_lugares_sin_cubrir_y_se_dice() -> None:
    outcome = run(one_per_region(5)[:5])  # five candidates, all in Noroeste
    assert outcome.selected == ("noroeste-0",)
    assert outcome.unfilled == 9
    assert "quedan 9 lugar(es) sin cubrir" in outcome.notes[0]
    assert (
        outcome.result("noroeste-1")
        .reasons[0]
        .startswith(
            "No seleccionada: Noroeste tuvo 1 cupo(s); la última seleccionada, Ciudad noroeste-0"
        )
    )


def test_empate_se_valora_la_ciudad_fronteriza() -> None:
    """ "se procederá a aplicar como criterio si la ciudad es o no fronteriza, valorando a
    aquellos que lo sean"."""
    outcome = run([cand("inland", head=True), cand("border", border=True)])
    assert outcome.result("border").status is Status.SELECTED
    assert outcome.result("inland").status is Status.NOT_SELECTED
    assert outcome.result("inland").reasons[0] == (
        "No seleccionada: mismo puntaje que Ciudad border, que es fronteriza y esta no "
        "(primer criterio de desempate)."
    )
    assert outcome.ties == ()


def test_empate_continua_se_valora_la_cabecera_de_departamento() -> None:
    outcome = run([cand("plain", border=True), cand("head", border=True, head=True)])
    assert outcome.selected == ("head",)
    assert "segundo criterio de desempate" in outcome.result("plain").reasons[0]


def test_empate_sin_resolver_queda_a_criterio_de_oim_y_dnm_sin_decidirlo_la_herramienta() -> None:
    """ "Si en esta instancia aún no se resolvió el empate, queda reservada la elección a criterio
    de OIM-ONU Migración y la Dirección Nacional de Migraciones": the run names the tied cities
    and waits; it picks none of them."""
    outcome = run([cand("b"), cand("a"), cand("worse", foreign_born=100)])
    assert outcome.status is RunStatus.AWAITING_DECISIONS
    [tie] = outcome.pending_ties
    assert tie.kind is TieKind.REGION
    assert tie.candidates == ("a", "b")
    assert tie.places == 1
    assert "Decide OIM – ONU Migración y Dirección Nacional de Migraciones" in tie.explanation
    assert outcome.selected == ()
    for key in ("a", "b"):
        result = outcome.result(key)
        assert result.status is Status.PENDING
        assert result.rank == 1
    assert outcome.result("a").tied_with == ("b",)
    assert outcome.rounds[0].picks[0].pending
    assert not outcome.support.computed


def test_la_decision_de_oim_y_dnm_se_aplica_y_queda_en_la_corrida() -> None:
    candidates = [cand("a"), cand("b"), cand("worse", foreign_born=100)]
    [tie] = run(candidates).pending_ties
    decision = TieDecision(tie.id, ("b",), note="acta 3/2026")
    outcome = run(candidates, decisions=[decision])
    assert outcome.status is RunStatus.COMPLETE
    assert outcome.selected == ("b",)
    assert outcome.result("a").status is Status.NOT_SELECTED
    assert outcome.result("a").reasons[0] == (
        "No seleccionada: empate en Noroeste decidido por OIM – ONU Migración y Dirección "
        "Nacional de Migraciones (acta 3/2026)."
    )
    [recorded] = outcome.ties
    assert recorded.id == tie.id
    assert recorded.decision == decision
    assert recorded.material and not recorded.pending


def test_una_decision_que_nombra_a_quien_no_esta_empatado_es_un_error() -> None:
    candidates = [cand("a"), cand("b")]
    [tie] = run(candidates).pending_ties
    with pytest.raises(DomainError, match="nombra a quien no está empatado: c"):
        run(candidates, decisions=[TieDecision(tie.id, ("c",))])


def test_una_decision_sobre_un_empate_que_la_corrida_no_tiene_se_informa() -> None:
    outcome = run(one_per_region(), decisions=[TieDecision("E-00000000", ("x",))])
    assert outcome.unused_decisions == ("E-00000000",)
    assert "E-00000000" in outcome.notes[-1]


def test_un_empate_que_no_cambia_la_seleccion_se_muestra_pero_no_detiene_la_corrida() -> None:
    """Gran Buenos Aires has three places; its two tied best are both in."""
    candidates = one_per_region()
    candidates.append(cand("gba-twin", GBA, foreign_born=900))
    outcome = run(candidates)
    assert outcome.status is RunStatus.COMPLETE
    [tie] = outcome.ties
    assert tie.candidates == ("gba-twin", "gran_buenos_aires-0")
    assert not tie.material and tie.places == 0
    assert "no cambia quiénes quedan seleccionadas" in tie.explanation
    for key in tie.candidates:
        assert outcome.result(key).status is Status.SELECTED
        assert outcome.result(key).rounds == (1, 2)


def test_ultimo_cupo_de_una_ronda_repetida_empatado_entre_regiones_lo_deciden_oim_y_dnm() -> None:
    candidates = [c for c in one_per_region(4) if c.region is not NEA]
    outcome = run(candidates)
    assert outcome.status is RunStatus.AWAITING_DECISIONS
    [tie] = outcome.pending_ties
    assert tie.kind is TieKind.ROUND
    assert tie.round == 4
    assert tie.choices == ("cuyo", "patagonia")
    assert tie.candidates == ("cuyo-2", "patagonia-2")
    assert outcome.result("cuyo-2").status is Status.PENDING
    assert len(outcome.selected) == 9

    decided = run(candidates, decisions=[TieDecision(tie.id, ("cuyo",))])
    assert decided.status is RunStatus.COMPLETE
    assert "cuyo-2" in decided.selected
    assert (
        decided.result("patagonia-2")
        .reasons[0]
        .startswith(
            "No seleccionada: el último cupo de la ronda 4 quedó para Cuyo por decisión de OIM"
        )
    )


def test_sin_puntaje_no_se_selecciona_y_se_explica() -> None:
    outcome = run([cand("ok"), cand("gap", foreign_born=None)])
    result = outcome.result("gap")
    assert result.status is Status.NOT_SCORED
    assert result.score is None
    assert result.reasons[0] == (
        "Sin puntaje: falta población nacida en el extranjero 2010 (Censo 2010). "
        "Ningún dato se estima."
    )


def test_cada_candidata_explica_su_resultado() -> None:
    outcome = run(one_per_region(4))
    assert all(result.reasons for result in outcome.results)
    assert [r.candidate.region for r in outcome.results] == sorted(
        (r.candidate.region for r in outcome.results), key=list(Region).index
    )


def test_la_corrida_nombra_sus_fuentes_y_sus_formulas_con_los_valores_usados() -> None:
    from decimal import Decimal

    outcome = run(one_per_region(), params(full_points_ratio=Decimal(3)))
    assert "Prueba: Censo 2010" in outcome.sources
    assert "Prueba: Censo 2010 cargado por OIM" in outcome.sources
    assert (
        "a) 2,5 × mín(1, (porcentaje de la ciudad ÷ porcentaje de su región) ÷ 3,00)"
        in (outcome.formulas[0])
    )


def test_la_cantidad_de_ciudades_es_un_parametro() -> None:
    outcome = run(one_per_region(), params(places=6))
    assert len(outcome.rounds) == 1
    assert len(outcome.selected) == 6


def test_codigos_repetidos_son_un_error() -> None:
    with pytest.raises(DomainError, match="códigos de candidata repetidos: a"):
        RunInput((cand("a"), cand("a")), params())


def test_dos_decisiones_sobre_el_mismo_empate_son_un_error() -> None:
    with pytest.raises(DomainError, match="dos decisiones"):
        RunInput((), params(), (TieDecision("E-1", ("a",)), TieDecision("E-1", ("b",))))
