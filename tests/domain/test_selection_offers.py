"""After the results: 10 business days to confirm, the next city of the region, the support."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from selection_kit import cand, one_per_region, params, run

from migradesk.domain.base import DomainError
from migradesk.domain.city import Region
from migradesk.domain.selection import RunInput, TieDecision, run_selection
from migradesk.domain.selection_offers import (
    Offer,
    OfferState,
    Support,
    SupportState,
    advance,
    confirmation_due,
    first_offers,
    next_in_region,
    participants,
    replacements,
    settle,
    settled,
)
from migradesk.domain.selection_record import decide, new_run

MONDAY = date(2026, 3, 2)
NOA = Region.NOROESTE


def test_diez_dias_habiles_para_confirmar_su_adhesion() -> None:
    """ "tendrá diez días hábiles para confirmar su adhesión": Saturdays, Sundays and national
    holidays (23 and 24 March 2026) do not count."""
    assert confirmation_due(MONDAY) == date(2026, 3, 16)
    assert confirmation_due(date(2026, 3, 16)) == date(2026, 4, 1)
    offer = Offer("x", NOA, MONDAY)
    assert offer.state_on(date(2026, 3, 16)) is OfferState.NOTIFIED
    assert offer.state_on(date(2026, 3, 17)) is OfferState.EXPIRED


def test_los_resultados_con_empates_pendientes_no_se_publican() -> None:
    with pytest.raises(DomainError, match="empates pendientes de decisión de OIM y DNM: E-"):
        first_offers(run([cand("a"), cand("b")]), MONDAY)


def test_una_oferta_por_ciudad_seleccionada() -> None:
    outcome = run(one_per_region())
    offers = first_offers(outcome, MONDAY)
    assert [o.key for o in offers] == list(outcome.selected)
    assert all(o.state is OfferState.NOTIFIED and o.due_on == date(2026, 3, 16) for o in offers)


def test_si_no_confirma_se_contacta_a_la_siguiente_de_la_misma_region_y_asi_sucesivamente() -> None:
    """ "se procederá a contactar a la ciudad que haya quedado en la posición inmediata siguiente
    en la misma región, y así sucesivamente hasta completar el cupo"."""
    outcome = run(one_per_region(3))
    offers = first_offers(outcome, MONDAY)
    later = date(2026, 3, 17)  # noroeste-0 let its 10 business days pass
    confirmed = [
        settle(o, OfferState.CONFIRMED, MONDAY) if o.key != "noroeste-0" else o for o in offers
    ]
    [next_one] = replacements(outcome, confirmed, later)
    assert (next_one.region, next_one.replaces, next_one.key) == (NOA, "noroeste-0", "noroeste-1")

    second = Offer("noroeste-1", NOA, later, replaces="noroeste-0")
    declined = settle(second, OfferState.DECLINED, date(2026, 3, 18))
    [then] = replacements(outcome, [*confirmed, declined], date(2026, 3, 18))
    assert then.key == "noroeste-2"
    third = settle(
        Offer("noroeste-2", NOA, later, replaces="noroeste-1"), OfferState.DECLINED, later
    )
    [none_left] = replacements(outcome, [*confirmed, declined, third], later)
    assert none_left.exhausted
    assert settled([*confirmed, declined, third], outcome, later)
    assert "noroeste-0" not in participants([*confirmed, declined, third], later)


def test_dos_lugares_abiertos_de_una_region_van_a_dos_ciudades_distintas() -> None:
    outcome = run(one_per_region(4))
    offers = first_offers(outcome, MONDAY)
    offers = [
        settle(o, OfferState.DECLINED, MONDAY) if o.region is Region.CUYO else o for o in offers
    ]
    found = replacements(outcome, offers, MONDAY)
    assert [(n.replaces, n.key) for n in found] == [("cuyo-0", "cuyo-2"), ("cuyo-1", "cuyo-3")]


def test_un_empate_entre_las_siguientes_lo_deciden_oim_y_dnm_y_queda_en_la_corrida() -> None:
    candidates = [
        cand("first", foreign_born=900),
        cand("b"),
        cand("a"),
        cand("last", foreign_born=100),
    ]
    selection = new_run(
        "r", "t", datetime(2026, 3, 2), "oim", RunInput(tuple(candidates), params())
    )
    assert selection.outcome.selected == ("first",)
    offers = [settle(Offer("first", NOA, MONDAY), OfferState.DECLINED, MONDAY)]
    found = next_in_region(selection.outcome, NOA, ["first"], "first")
    assert found.key is None and found.tie is not None
    assert found.tie.candidates == ("a", "b")
    # The same tie the results showed as "not deciding a place": its decision is the run's.
    assert found.tie.id in {tie.id for tie in selection.outcome.ties}
    decided = decide(selection, TieDecision(found.tie.id, ("b",), note="acta 9"))
    [then] = replacements(decided.outcome, offers, MONDAY)
    assert then.key == "b"
    assert decided.outcome.selected == ("first",)  # deciding the order changed no selection


def test_confirmar_desistir_y_vencer() -> None:
    offer = Offer("x", NOA, MONDAY)
    confirmed = settle(offer, OfferState.CONFIRMED, date(2026, 3, 10))
    assert confirmed.settled_on == date(2026, 3, 10)
    assert settle(confirmed, OfferState.CONFIRMED, date(2026, 3, 11)) == confirmed
    with pytest.raises(DomainError, match="ya está confirmada"):
        settle(confirmed, OfferState.DECLINED, date(2026, 3, 11))
    with pytest.raises(DomainError, match="el plazo para confirmar venció el 16/03/2026"):
        settle(offer, OfferState.CONFIRMED, date(2026, 3, 20))
    with pytest.raises(DomainError, match="no vuelve a quedar pendiente"):
        settle(offer, OfferState.NOTIFIED, MONDAY)


def test_el_apoyo_se_elige_entre_las_que_participan() -> None:
    """After a replacement, the five come from the cities that confirmed."""
    candidates = [
        dataclasses.replace(c, systematic_measures=c.key == "noroeste-1") for c in one_per_region(3)
    ]
    selected = run(candidates).selected
    taking_part = (*(k for k in selected if k != "noroeste-0"), "noroeste-1")
    outcome = run_selection(RunInput(tuple(candidates), params(), participants=taking_part))
    assert outcome.support.developed == ("noroeste-1",)
    assert "noroeste-0" not in outcome.support.reasons
    with pytest.raises(DomainError, match="participantes que no son candidatas: zz"):
        RunInput(tuple(candidates), params(), participants=("zz",))


def test_apoyo_coordinador_por_5_meses_y_equipamiento_tras_la_evaluacion_de_necesidades() -> None:
    support = Support("x", "ii")
    with pytest.raises(DomainError, match="necesita su fecha y lo que encontró"):
        advance(support, SupportState.ASSESSED)
    with pytest.raises(DomainError, match="no puede pasar a «Otorgada»"):
        advance(support, SupportState.GRANTED, coordinator="Ana", coordinator_from=MONDAY)
    assessed = advance(
        support, SupportState.ASSESSED, assessed_on=MONDAY, assessment="Oficina sin equipos"
    )
    with pytest.raises(DomainError, match="persona Coordinadora"):
        advance(assessed, SupportState.GRANTED)
    granted = advance(
        assessed,
        SupportState.GRANTED,
        coordinator="Ana Pérez",
        coordinator_from=date(2026, 8, 31),
        equipment="2 computadoras, 1 impresora",
    )
    assert granted.coordinator_until == date(2027, 1, 31)
    delivered = advance(granted, SupportState.DELIVERED, delivered_on=date(2026, 10, 1))
    assert delivered.state is SupportState.DELIVERED
    with pytest.raises(DomainError, match="no puede pasar"):
        advance(delivered, SupportState.WITHDRAWN)
