"""The selection's parameters: the guide's numbers, our adjustable formulas, their description."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import TypeAdapter

from migradesk.domain.base import DomainError
from migradesk.domain.city import Region
from migradesk.domain.selection_params import (
    GUIDE_ROUNDS,
    Parameters,
    RegionReference,
    default_parameters,
    describe,
    register_references,
    with_references,
)


def test_gran_buenos_aires_reference_comes_from_the_register() -> None:
    """CABA and the 24 partidos: 1,124,637 foreign-born of 12,806,866 (8.78 %)."""
    [gba] = register_references()
    assert gba.region is Region.GRAN_BUENOS_AIRES
    assert (gba.foreign_born, gba.population) == (381_778 + 742_859, 2_890_151 + 9_916_715)
    assert default_parameters().region_references == (gba,)
    assert "Gran Buenos Aires 8,78 % (1.124.637 de 12.806.866" in describe(default_parameters())[1]


def test_guide_rounds_and_repeats() -> None:
    parameters = Parameters()
    assert parameters.rounds == GUIDE_ROUNDS
    assert [parameters.guide_round(n) for n in range(1, 9)] == [1, 2, 3, 2, 3, 2, 3, 2]
    assert parameters.round_regions(5) == (Region.GRAN_BUENOS_AIRES,)


def test_with_references_adds_and_replaces_in_region_order() -> None:
    cuyo = RegionReference(Region.CUYO, 10, 100, "OIM")
    noa = RegionReference(Region.NOROESTE, 1, 100, "OIM")
    parameters = with_references(default_parameters(), cuyo, noa)
    assert [r.region for r in parameters.region_references] == [
        Region.NOROESTE,
        Region.CUYO,
        Region.GRAN_BUENOS_AIRES,
    ]
    newer = RegionReference(Region.CUYO, 20, 100, "OIM, revisado")
    assert with_references(parameters, newer).reference(Region.CUYO) == newer


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"institutional_weights": (Decimal(2), Decimal(2), Decimal(2))}, "deben sumar 5"),
        ({"incipient_factor": Decimal("1.5")}, "entre 0 y 1"),
        ({"established_factor": Decimal("0.8")}, "«no existe» debe ser ≥"),
        ({"full_points_ratio": Decimal(0)}, "mayor que 0"),
        ({"places": 0}, "al menos una ciudad"),
        ({"rounds": ((Region.CUYO, Region.CUYO),)}, "a lo sumo un cupo por región"),
        ({"repeat_from": 4}, "entre 1 y 3"),
        ({"support_developed": 8}, "no puede superar las 10"),
        ({"decimals": 9}, "entre 0 y 6"),
    ],
)
def test_parameters_refuse_what_the_guide_or_arithmetic_forbids(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(DomainError, match=message):
        Parameters(**changes)  # type: ignore[arg-type]


def test_region_reference_needs_census_figures_and_a_source() -> None:
    with pytest.raises(DomainError, match="indique la fuente"):
        RegionReference(Region.CUYO, 1, 10, " ")
    with pytest.raises(DomainError, match="debe estar entre 0 y la población"):
        RegionReference(Region.CUYO, 11, 10, "x")


def test_parameters_round_trip_through_json() -> None:
    """A run keeps the values it used: they survive JSON unchanged."""
    adapter = TypeAdapter(Parameters)
    parameters = default_parameters(full_points_ratio=Decimal("1.5"), support_incipient=4)
    assert adapter.validate_json(adapter.dump_json(parameters)) == parameters


def test_describe_names_every_adjustable_value() -> None:
    text = " ".join(
        describe(
            default_parameters(
                institutional_weights=(Decimal(1), Decimal(2), Decimal(2)),
                incipient_factor=Decimal("0.75"),
                support_developed=1,
            )
        )
    )
    assert "a) organismo o persona responsable 1,00" in text
    assert "0,75 si es incipiente" in text
    assert "Apoyo financiero: 1 ciudades por el criterio i" in text
    assert "se repiten las rondas 2, 3" in text


def test_parameters_from_json_add_regions_to_the_registers() -> None:
    from migradesk.domain.selection_params import parameters_from

    given = {
        "full_points_ratio": "3",
        "region_references": [
            {"region": "cuyo", "foreign_born": 5, "population": 100, "source": "OIM"}
        ],
    }
    parameters = parameters_from(given)
    assert parameters.full_points_ratio == Decimal(3)
    assert [r.region for r in parameters.region_references] == [
        Region.CUYO,
        Region.GRAN_BUENOS_AIRES,
    ]
    with pytest.raises(DomainError, match="«cupos» no es un parámetro"):
        parameters_from({"cupos": 3})
