"""Sync G11, no poison: no value a client can send, once accepted, can make the server fail to
serve its city. Hostile text is refused at the push (that mutation, with a Spanish reason; the
rest of the batch goes on); reading stored data never fails a page; the upgrade repairs what an
older server stored. Fuzzed with Hypothesis over every field of every kind."""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serverkit import World, mutation, push_body, record_id_for, sample_fields, store_unchecked

from migradesk.domain import text
from migradesk.domain.base import CITY_ROLES, Role, field_names, record_types
from migradesk.domain.report import Workshop, WorkshopKind
from migradesk.domain.review import ReviewState
from migradesk.server import db, reasons
from migradesk.wire.protocol import PULL_PATH, PUSH_PATH, SUMMARY_PATH, PullResponse

LONE = "Medida \ud800 en marcha"


def _post(world: World, headers: dict[str, str], body: dict[str, Any]) -> Any:
    """A push as raw JSON: ``\\ud800`` escapes travel as any client may send them."""
    return world.client.post(
        PUSH_PATH,
        content=json.dumps(body).encode("ascii"),
        headers={**headers, "Content-Type": "application/json"},
    )


def _serves(world: World, headers: dict[str, str], city: str) -> PullResponse:
    """The city still syncs: its whole pull and its summary answer."""
    pulled = world.client.get(
        PULL_PATH, params={"city_id": city, "since": 0, "limit": 1000}, headers=headers
    )
    assert pulled.status_code == 200, pulled.text
    page = PullResponse.model_validate_json(pulled.content)
    for state in page.changes:
        assert text.value_problem(state.fields) is None, state
    summary = world.client.get(SUMMARY_PATH, params={"city_id": city}, headers=headers)
    assert summary.status_code == 200, summary.text
    return page


@pytest.fixture
def city(world: World) -> str:
    return world.city("Humahuaca")


@pytest.fixture
def focal(world: World, city: str) -> dict[str, str]:
    return world.account("ana", Role.FOCAL_POINT, [city])


@pytest.fixture
def reviewer(world: World) -> dict[str, str]:
    return world.account("rita", Role.REVIEWER)


def _workshop(city: str, **fields: Any) -> Workshop:
    kind = WorkshopKind.DIAGNOSTIC
    return Workshop(id=Workshop.id_for(city, kind), city_id=city, kind=kind, **fields)


def test_a_lone_surrogate_is_refused_and_the_rest_of_the_batch_goes_on(
    world: World, city: str, focal: dict[str, str]
) -> None:
    """The issue's repro: one mutation carries "\\ud800"; it is refused with the reason, the
    other is applied, and every later pull of the city answers."""
    poisoned = mutation(_workshop(city, notes=LONE))
    fine = mutation(
        kind="report_section",
        record_id=record_id_for("report_section", city, {"section": 1}, "x"),
        changes={"section": [None, 1], "text": [None, "Contexto"]},
    )
    response = _post(world, focal, push_body(city, [poisoned, fine]))
    assert response.status_code == 200, response.text
    refused, applied = response.json()["results"]
    assert refused == {
        "mutation_id": poisoned["mutation_id"],
        "status": "rejected",
        "version": None,
        "conflicts": [],
        "error": text.LONE_SURROGATE,
    }
    assert applied["status"] == "applied"
    assert [s.kind for s in _serves(world, focal, city).changes] == ["city", "report_section"]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("con \x00 nulo", text.NUL_TEXT),
        ("x" * (text.MAX_TEXT + 1), text.TOO_LONG),
        ({"clave \udc80": "valor"}, text.LONE_SURROGATE),  # a key of a JSON value
    ],
)
def test_text_no_file_can_hold_is_refused_with_its_reason(
    world: World, city: str, focal: dict[str, str], value: Any, reason: str
) -> None:
    field = "attendees" if isinstance(value, dict) else "notes"
    shaped = [value] if isinstance(value, dict) else value
    body = push_body(city, [mutation(_workshop(city)) | {"changes": {field: [None, shaped]}}])
    response = _post(world, focal, body)
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert (result["status"], result["error"]) == ("rejected", reason)
    _serves(world, focal, city)


@pytest.mark.parametrize("number", ["nan", "-Infinity", 1e400])
def test_a_number_json_cannot_hold_is_refused(
    world: World, city: str, focal: dict[str, str], number: Any
) -> None:
    """ "nan" is a float for pydantic and no number for JSON (PostgreSQL refuses it)."""
    form = mutation(
        kind="application",
        record_id=record_id_for("application", city, {}, "x"),
        changes={"area_km2": [None, number]},
    )
    response = _post(world, focal, push_body(city, [form]))  # 1e400: Infinity on the wire
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert (result["status"], result["error"]) == ("rejected", reasons.NOT_FINITE)
    _serves(world, focal, city)


def test_hostile_ids_and_kinds_get_a_spanish_answer_never_a_500(
    world: World, city: str, focal: dict[str, str]
) -> None:
    """Ids and kinds are plain strings of the protocol: such a request is refused whole (the
    desktop halves its batch down to the one change and keeps it, refused)."""
    bodies = [
        push_body(city, [mutation(kind="taller\ud800", record_id="r", changes={})]),
        push_body(city, [mutation(kind="workshop", record_id="w\udfff", changes={})]),
        push_body(city, [mutation(_workshop(city), mutation_id="m\ud800")]),
        push_body(city, [mutation(kind="workshop", record_id="w", changes={"n\ud800": [1, 2]})]),
        push_body("ciudad\ud800", []),
    ]
    for body in bodies:
        response = _post(world, focal, body)
        if response.status_code == 200:  # a field name: that mutation alone, with the reason
            (result,) = response.json()["results"]
            assert result["error"] == text.LONE_SURROGATE
            continue
        assert response.status_code == 422, response.text
        detail = response.json()["detail"]
        assert detail.startswith("Solicitud no válida") and "\ud800" not in detail, detail
    _serves(world, focal, city)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_reading_stored_poison_never_fails_a_page(
    world: World, city: str, focal: dict[str, str]
) -> None:
    """A row an older server stored with "\\ud800" is served repaired; the page holds every
    record, the push that asks for a page gets it too."""
    store_unchecked(world.engine, city, _workshop(city, notes=LONE))
    page = _serves(world, focal, city)
    (workshop,) = [s for s in page.changes if s.kind == "workshop"]
    assert workshop.fields["notes"] == "Medida \ufffd en marcha"
    edit = mutation(
        kind="report_section",
        record_id=record_id_for("report_section", city, {"section": 1}, "x"),
        changes={"section": [None, 1]},
    )
    response = world.client.post(
        PUSH_PATH, params={"pull_since": 0, "pull_limit": 50}, json=push_body(city, [edit]),
        headers=focal,
    )  # fmt: skip
    assert response.status_code == 200 and len(response.json()["pull"]["changes"]) == 3


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_upgrade_repairs_what_an_older_server_stored(
    world: World, city: str, focal: dict[str, str]
) -> None:
    with world.engine.begin() as conn:  # back to the revision before the repair
        command.downgrade(db.migrations_config(conn), "0003")
    store_unchecked(world.engine, city, _workshop(city, notes=LONE))
    before = world.seq(city)
    assert db.upgrade(world.engine)
    (row,) = world.rows(db.records, city_id=city, kind="workshop")
    assert row["fields"]["notes"] == "Medida \ufffd en marcha"
    assert row["version"] == before + 1 == world.seq(city)  # every desktop pulls the repair
    _serves(world, focal, city)


# Fuzzing: every field of every kind, with hostile text


def _writers(kind: str) -> Role:
    cls = next(c for c in record_types() if kind == c.KIND)
    return Role.FOCAL_POINT if cls.WRITERS & CITY_ROLES else Role.REVIEWER


def _batch(city: str, role: Role, hostile: str) -> list[dict[str, Any]]:
    """One mutation per field of every kind this role writes: a valid record of the kind with
    that field set to ``hostile`` (a type mismatch is refused like any invalid value)."""
    found = []
    for cls in record_types():
        if cls.KIND == "city" or _writers(cls.KIND) is not role:
            continue
        overrides: dict[str, Any] = {}
        if cls.KIND == "comment":
            overrides = {"author_role": role.value, "anchor_kind": "workshop", "anchor_id": "w"}
        if cls.KIND == "review_event":
            state = ReviewState.SENT if role is Role.FOCAL_POINT else ReviewState.RECEIVED
            overrides = {"state": state.value}
        base = sample_fields(cls.KIND, **overrides)
        for name in field_names(cls):
            fields = {**base, name: hostile}
            default = f"fuzz-{cls.KIND}-{uuid.uuid4() if cls.APPEND_ONLY else name}"
            try:
                record_id = record_id_for(cls.KIND, city, base, default)
            except ValueError:
                record_id = default
            changes = {n: [None, v] for n, v in fields.items()}
            found.append(mutation(kind=cls.KIND, record_id=record_id, changes=changes))
    return found


HOSTILE = st.one_of(
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Co"]), max_size=40),
    st.text(max_size=60),
    st.sampled_from(["\x00", "\ud800", "\udfff x", "\u202etxt.exe", "\ufeff", "\uffff", "\x7f"]),
    st.sampled_from(["nan", "-Infinity", "1e999", "9" * 5000, "2026-02-30", "\u0661\u0662"]),
    st.builds(
        lambda c, n: c * n, st.sampled_from(["a", "ñ", "\u05d0", "😀"]), st.integers(1, 2**17)
    ),
)
EXAMPLES = 8 if os.environ.get("HYPOTHESIS_PROFILE") == "dev" else 25


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(hostile=HOSTILE)
def test_fuzzed_text_in_every_field_never_breaks_the_city(
    world: World, city: str, focal: dict[str, str], reviewer: dict[str, str], hostile: str
) -> None:
    for role, headers in ((Role.FOCAL_POINT, focal), (Role.REVIEWER, reviewer)):
        mutations = _batch(city, role, hostile)
        per_request = max(1, min(len(mutations), 1_000_000 // (len(hostile) * 6 + 200)))
        for start in range(0, len(mutations), per_request):
            body = push_body(city, mutations[start : start + per_request], f"fuzz-{role}")
            response = _post(world, headers, body)
            assert response.status_code < 500, response.text
            assert response.status_code in (200, 413), response.text
    _serves(world, focal, city)
    fine = push_body(city, [mutation(_workshop(city, notes=str(uuid.uuid4())))], "after")
    (after,) = _post(world, focal, fine).json()["results"]
    assert after["status"] in ("applied", "conflict"), after
