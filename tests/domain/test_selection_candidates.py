"""Candidates from the register, IOM's figures and the application; never a guessed figure."""

from __future__ import annotations

import pytest
from selection_kit import cand

from migradesk.domain.application import Application, Presence
from migradesk.domain.base import DomainError
from migradesk.domain.city import Region
from migradesk.domain.register import by_code, search
from migradesk.domain.selection_candidates import (
    APPLICATION_SOURCE,
    NO_SOURCE,
    REGISTER_SOURCE,
    from_city,
    from_register,
)


def application() -> Application:
    return Application(
        city_id="x",
        migration_body=Presence.INCIPIENT,
        migrant_programmes=Presence.NONE,
        agreements=Presence.ESTABLISHED,
        systematic_measures_last_two_years=False,
        emerging_demand=True,
    )


def test_a_gba_partido_has_every_figure_from_the_register() -> None:
    candidate = from_register(by_code("060427"), application())  # La Matanza
    assert candidate.region is Region.GRAN_BUENOS_AIRES
    assert candidate.foreign_born_2010 == by_code("060427").foreign_born_2010
    assert candidate.missing() == ()
    assert candidate.sources.population == REGISTER_SOURCE
    assert candidate.sources.institutional == APPLICATION_SOURCE
    assert candidate.structures == (Presence.INCIPIENT, Presence.NONE, Presence.ESTABLISHED)
    assert candidate.emerging_demand is True


def test_elsewhere_foreign_born_stays_missing_until_iom_enters_it() -> None:
    [entry] = [e for e in search("Humahuaca") if e.province == "Jujuy"]
    candidate = from_register(entry, application())
    assert candidate.foreign_born_2010 is None
    assert candidate.sources.foreign_born == NO_SOURCE
    assert candidate.missing() == ("población nacida en el extranjero 2010 (Censo 2010)",)

    entered = from_register(
        entry, application(), foreign_born_2010=1_234, foreign_born_source="OIM: Censo 2010"
    )
    assert entered.foreign_born_2010 == 1_234
    assert entered.sources.foreign_born == "OIM: Censo 2010"
    assert entered.missing() == ()


def test_iom_figure_needs_a_source_and_never_replaces_the_registers() -> None:
    [entry] = [e for e in search("Humahuaca") if e.province == "Jujuy"]
    with pytest.raises(DomainError, match="indique la fuente"):
        from_register(entry, foreign_born_2010=10)
    with pytest.raises(DomainError, match="no se reemplaza"):
        from_register(by_code("060427"), foreign_born_2010=10, foreign_born_source="x")


def test_without_application_the_answers_are_missing() -> None:
    candidate = from_register(by_code("020000"))
    assert candidate.sources.institutional == NO_SOURCE
    assert len(candidate.missing()) == 3


def test_from_city_uses_the_citys_corrected_facts(city: object) -> None:
    from migradesk.domain.city import City

    assert isinstance(city, City)
    city.population_2010 = 10_000
    city.foreign_born_2010 = 700
    city.is_border = True
    candidate = from_city(city, application())
    assert (candidate.key, candidate.is_border, candidate.foreign_born_2010) == (
        city.id,
        True,
        700,
    )
    assert candidate.missing() == ()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"population": 0}, "debe ser mayor que 0"),
        ({"foreign_born": -1}, "no puede ser negativa"),
        ({"foreign_born": 20_000}, "supera la población total"),
    ],
)
def test_impossible_figures_are_refused(changes: dict[str, int], message: str) -> None:
    with pytest.raises(DomainError, match=message):
        cand("x", **changes)  # type: ignore[arg-type]
