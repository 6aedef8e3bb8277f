"""The review API: comments, review states with history, phase dates, certification — written
as records with sequence numbers, so desktops get them through the same pull."""

from __future__ import annotations

from typing import Any

import pytest
from serverkit import World, mutation, push_body

from migradesk.domain.base import Role
from migradesk.domain.report import Workshop, WorkshopKind
from migradesk.domain.review import Certification, Milestone, PhaseDate
from migradesk.server import db
from migradesk.sync.protocol import PULL_PATH, PUSH_PATH


@pytest.fixture
def city(world: World) -> str:
    return world.city("Humahuaca")


@pytest.fixture
def focal(world: World, city: str) -> dict[str, str]:
    return world.account("ana", Role.FOCAL_POINT, [city])


@pytest.fixture
def reviewer(world: World) -> dict[str, str]:
    return world.account("rita", Role.REVIEWER)


@pytest.fixture
def workshop(world: World, city: str, focal: dict[str, str]) -> str:
    kind = WorkshopKind.DIAGNOSTIC
    record = Workshop(id=Workshop.id_for(city, kind), city_id=city, kind=kind, notes="Diagnóstico")
    world.client.post(PUSH_PATH, json=push_body(city, [mutation(record)]), headers=focal)
    return record.id


def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _pulled(world: World, headers: dict[str, str], city: str, since: int) -> list[dict[str, Any]]:
    page = _ok(
        world.client.get(PULL_PATH, params={"city_id": city, "since": since}, headers=headers)
    )
    changes: list[dict[str, Any]] = page["changes"]
    return changes


def test_the_review_cycle_reaches_the_city_through_pull(
    world: World, city: str, focal: dict[str, str], reviewer: dict[str, str], workshop: str
) -> None:
    base = world.seq(city)
    url = f"/api/v1/cities/{city}"
    sent = _ok(
        world.client.post(
            f"{url}/reviews", json={"deliverable": "reporte", "state": "enviado"}, headers=focal
        ),
        201,
    )
    comment = _ok(
        world.client.post(
            f"{url}/comments",
            json={"anchor_kind": "workshop", "anchor_id": workshop, "body": "Falta la lista."},
            headers=reviewer,
        ),
        201,
    )
    assert comment["fields"]["author"] == "rita"
    assert comment["fields"]["author_role"] == "reviewer"
    for state in ("recibido", "con_observaciones"):
        _ok(
            world.client.post(
                f"{url}/reviews",
                json={"deliverable": "reporte", "state": state, "note": "ver comentarios"},
                headers=reviewer,
            ),
            201,
        )
    phase = _ok(
        world.client.put(
            f"{url}/phase-dates/inicio_fase_4", json={"on": "2026-08-03"}, headers=reviewer
        )
    )
    assert phase["id"] == PhaseDate.id_for(city, Milestone.PHASE_4_START)
    cert = _ok(
        world.client.put(
            f"{url}/certification",
            json={"certified_on": "2026-12-01", "ceremony_place": "Cabildo"},
            headers=reviewer,
        )
    )
    assert cert["id"] == Certification.id_for(city)

    changes = _pulled(world, focal, city, base)
    assert [(c["kind"], c["version"]) for c in changes] == [
        ("review_event", base + 1),
        ("comment", base + 2),
        ("review_event", base + 3),
        ("review_event", base + 4),
        ("phase_date", base + 5),
        ("certification", base + 6),
    ]
    assert changes[0]["id"] == sent["id"] and changes[1]["fields"]["body"] == "Falta la lista."

    overview = _ok(world.client.get(f"{url}/reviews", headers=focal))
    assert overview["states"]["reporte"] == "con_observaciones"
    assert overview["states"]["plan_de_accion"] is None
    assert [e["fields"]["state"] for e in overview["history"]] == [
        "enviado",
        "recibido",
        "con_observaciones",
    ]
    comments = _ok(
        world.client.get(f"{url}/comments", params={"anchor_id": workshop}, headers=focal)
    )
    assert [c["id"] for c in comments] == [comment["id"]]
    assert (
        _ok(world.client.get(f"{url}/phase-dates", headers=focal))[0]["fields"]["on"]
        == "2026-08-03"
    )
    assert (
        _ok(world.client.get(f"{url}/certification", headers=focal))["fields"]["ceremony_place"]
        == "Cabildo"
    )


def test_changing_a_phase_date_updates_one_record_and_keeps_the_old_value(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    url = f"/api/v1/cities/{city}/phase-dates/inicio_fase_1"
    first = _ok(world.client.put(url, json={"on": "2026-03-02"}, headers=reviewer))
    second = _ok(world.client.put(url, json={"on": "2026-03-09"}, headers=reviewer))
    same = _ok(world.client.put(url, json={"on": "2026-03-09"}, headers=reviewer))
    assert first["id"] == second["id"] == same["id"]
    assert second["version"] == first["version"] + 1 == same["version"]
    assert world.rows(db.record_history, city_id=city) == []  # an informed edit, not a race


def test_city_accounts_cannot_answer_reviews_nor_set_iom_records(
    world: World, city: str, focal: dict[str, str]
) -> None:
    url = f"/api/v1/cities/{city}"
    for method, path, body in [
        ("post", "reviews", {"deliverable": "reporte", "state": "aprobado"}),
        ("put", "phase-dates/inicio_fase_2", {"on": "2026-01-01"}),
        ("put", "certification", {"certified_on": "2026-01-01"}),
    ]:
        response = world.client.request(method, f"{url}/{path}", json=body, headers=focal)
        assert response.status_code == 403, (path, response.text)
        assert isinstance(response.json()["detail"], str)
    assert _pulled(world, focal, city, 1) == []


def test_reviewers_cannot_send_for_the_city(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    response = world.client.post(
        f"/api/v1/cities/{city}/reviews",
        json={"deliverable": "reporte", "state": "enviado"},
        headers=reviewer,
    )
    assert response.status_code == 403 and "solo la ciudad envía" in response.json()["detail"]


def test_a_comment_needs_an_existing_anchor(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    response = world.client.post(
        f"/api/v1/cities/{city}/comments",
        json={"anchor_kind": "workshop", "anchor_id": "nope", "body": "?"},
        headers=reviewer,
    )
    assert (
        response.status_code == 404
        and "No existe el registro «nope» (workshop)" in response.json()["detail"]
    )


def test_an_idempotency_key_makes_a_retry_safe(
    world: World, city: str, reviewer: dict[str, str], workshop: str
) -> None:
    url = f"/api/v1/cities/{city}/comments"
    body = {"anchor_kind": "workshop", "anchor_id": workshop, "body": "Una vez"}
    headers = {**reviewer, "Idempotency-Key": "c-0001"}
    first = _ok(world.client.post(url, json=body, headers=headers), 201)
    seq = world.seq(city)
    again = _ok(world.client.post(url, json=body, headers=headers), 201)
    assert again == first and world.seq(city) == seq
    assert len(_ok(world.client.get(url, headers=reviewer))) == 1


def test_missing_certification_is_404(world: World, city: str, focal: dict[str, str]) -> None:
    response = world.client.get(f"/api/v1/cities/{city}/certification", headers=focal)
    assert response.status_code == 404


def test_the_city_list_shows_each_account_its_cities(
    world: World, city: str, focal: dict[str, str], reviewer: dict[str, str]
) -> None:
    other = world.city("Tilcara")
    mine = _ok(world.client.get("/api/v1/cities", headers=focal))
    assert [c["id"] for c in mine] == [city]
    everything = _ok(world.client.get("/api/v1/cities", headers=reviewer))
    assert {c["id"] for c in everything} == {city, other}
    assert all(c["seq"] >= 1 for c in everything)
