from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from migradesk.demo import demo_records
from migradesk.domain.base import DomainError, Role, from_wire, record_type, role_name, to_wire
from migradesk.domain.kinds import record_types
from migradesk.domain.plan import Action


def test_every_kind_round_trips_through_the_wire() -> None:
    records = demo_records(date(2026, 11, 25))
    kinds = {type(r) for r in records}
    assert kinds == set(record_types())  # the demo covers every kind
    for record in records:
        back = from_wire(record.KIND, record.id, record.city_id, to_wire(record))
        assert back == record


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"objective_id": "o", "title": "t", "start": "2026-02-30"}, "start"),
        ({"objective_id": "o", "title": "t", "start": "ayer"}, "start"),
        ({"objective_id": "o", "title": 5}, "title"),
        ({"title": "t"}, "objective_id"),
        ({"objective_id": "o", "title": "t", "colour": "red"}, "colour"),
        (
            {"objective_id": "o", "title": "t", "start": "2026-05-01", "end": "2026-04-01"},
            "end date is before the start",
        ),
    ],
)
def test_bad_fields_give_an_error_naming_the_problem(
    fields: dict[str, object], problem: str
) -> None:
    with pytest.raises(DomainError, match=problem):
        from_wire("action", "a1", "c1", fields)


def test_unknown_kind_is_named() -> None:
    with pytest.raises(DomainError, match="unknown record kind: 'receta'"):
        record_type("receta")


def test_wire_values_are_json_types() -> None:
    action = Action(city_id="c", objective_id="o", title="Mesa", start=date(2026, 1, 2))
    assert to_wire(action)["start"] == "2026-01-02"
    from migradesk.domain.review import Comment, Role

    comment = Comment(
        city_id="c",
        anchor_kind="action",
        anchor_id=action.id,
        author="R",
        author_role=Role.REVIEWER,
        body="¿Quién es responsable?",
        created_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC),
    )
    wire = to_wire(comment)
    assert wire["author_role"] == "reviewer"
    assert wire["created_at"].startswith("2026-01-02T03:04:00")


def test_every_role_has_a_spanish_name() -> None:
    assert role_name(Role.FOCAL_POINT) == "punto focal"
    assert all(role_name(role) != role.value for role in Role)
    assert role_name("desconocido") == "desconocido"
