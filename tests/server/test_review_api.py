"""The review API: comments, review states with history, phase dates, certification — written
as records with sequence numbers, so desktops get them through the same pull."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from serverkit import World, mutation, push_body

from migradesk.domain.base import Role
from migradesk.domain.report import Attendee, ReportSection, Workshop, WorkshopKind
from migradesk.domain.review import (
    Certification,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
)
from migradesk.server import cities, db
from migradesk.wire.protocol import PULL_PATH, PUSH_PATH

sys.path.insert(0, str(Path(__file__).parents[1] / "domain" / "process"))
import citykit


def load(world: World, city_id: str, builder: citykit.Builder) -> None:
    """A city file written as the server itself (as ``migradesk-server demo`` loads one)."""
    with db.write(world.engine) as conn:
        city = cities.get_city(conn, city_id)
        assert city.id == builder.city.id, "the builder's city must be the server's"
        cities.load_records(conn, city_id, list(builder.records.values()), datetime.now(UTC))


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
def partner(world: World) -> dict[str, str]:
    return world.account("cippec", Role.PARTNER)


@pytest.fixture
def workshop(world: World, city: str, focal: dict[str, str]) -> str:
    record = Workshop(
        id=Workshop.id_for(city, WorkshopKind.DIAGNOSTIC),
        city_id=city,
        kind=WorkshopKind.DIAGNOSTIC,
        notes="Diagnóstico",
        held_on=date(2026, 3, 25),
        attendees=[Attendee("Ana Núñez")],
    )
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
    load(world, city, citykit.Builder().assessed().sections())  # and the workshop (fixture)
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
            json={
                "ceremony_place": "Cabildo",
                "invitees": [{"name": "Ana Pérez", "role": "Intendenta"}],
            },
            headers=reviewer,
        )
    )  # the place and the invitees before the date: certifying needs every requirement (see below)
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
    assert overview["stages"]["reporte"] == "con_observaciones"
    assert overview["stages"]["autoevaluacion"] == "aprobado"
    report = [e for e in overview["history"] if e["fields"]["deliverable"] == "reporte"]
    assert [e["fields"]["state"] for e in report] == ["enviado", "recibido", "con_observaciones"]
    comments = _ok(
        world.client.get(f"{url}/comments", params={"anchor_id": workshop}, headers=focal)
    )
    assert [c["id"] for c in comments] == [comment["id"]]
    dates = _ok(world.client.get(f"{url}/phase-dates", headers=focal))
    assert dates[-1]["fields"] == {"milestone": "inicio_fase_4", "on": "2026-08-03"}
    seal = _ok(world.client.get(f"{url}/certification", headers=focal))["fields"]
    assert seal["ceremony_place"] == "Cabildo"
    assert seal["invitees"] == [{"name": "Ana Pérez", "organisation": "", "role": "Intendenta"}]


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
    # When each city last reached the server: its focal point signed in; Tilcara never did.
    seen = {c["id"]: c["last_seen_at"] for c in everything}
    assert seen[other] is None
    assert abs(datetime.fromisoformat(seen[city]) - datetime.now(UTC)) < timedelta(minutes=5)


# --- The process's gates, again on the server -------------------------------------------------


def test_certification_is_refused_with_409_naming_each_missing_requirement(
    world: World, city: str, focal: dict[str, str], reviewer: dict[str, str]
) -> None:
    """The case once certified: a report with observations, a plan never sent."""
    builder = citykit.Builder().assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    builder.send(Deliverable.REPORT)
    builder.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
    load(world, city, builder)
    seq = world.seq(city)
    response = world.client.put(
        f"/api/v1/cities/{city}/certification",
        json={"certified_on": "2026-12-01"},
        headers=reviewer,
    )
    assert response.status_code == 409
    detail = response.json()["detail"]
    assert detail.startswith("No se puede certificar a la ciudad todavía.")
    assert "Falta: Reporte de evaluación en su versión final." in detail
    assert "Falta: Plan de acción validado por OIM." in detail
    assert "Falta: Workshop de planeamiento estratégico realizado." in detail
    assert world.seq(city) == seq  # nothing written


def test_a_city_that_completed_every_phase_is_certified(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    load(world, city, citykit.Builder().planned())
    _ok(
        world.client.put(
            f"/api/v1/cities/{city}/certification",
            json={"certified_on": "2026-12-01", "ceremony_place": "Cabildo"},
            headers=reviewer,
        )
    )


def test_a_pushed_certification_is_rejected_with_the_same_reason(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    record = Certification(
        id=Certification.id_for(city), city_id=city, certified_on=date(2026, 12, 1)
    )
    answer = _ok(
        world.client.post(PUSH_PATH, json=push_body(city, [mutation(record)]), headers=reviewer)
    )
    [result] = answer["results"]
    assert result["status"] == "rejected"
    assert result["error"].startswith("No se puede certificar a la ciudad todavía.")


def test_iom_answers_only_what_the_city_sent(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    response = world.client.post(
        f"/api/v1/cities/{city}/reviews",
        json={"deliverable": "plan_de_accion", "state": "aprobado"},
        headers=reviewer,
    )
    assert response.status_code == 409
    assert response.json()["detail"] == (
        "No se puede registrar esta revisión. No hay nada enviado esperando la respuesta de OIM."
    )


def test_a_city_cannot_send_an_incomplete_self_assessment_through_the_api(
    world: World, city: str, focal: dict[str, str]
) -> None:
    response = world.client.post(
        f"/api/v1/cities/{city}/reviews",
        json={"deliverable": "autoevaluacion", "state": "enviado"},
        headers=focal,
    )
    assert response.status_code == 409
    assert "Faltan 73 de 73 indicadores por responder" in response.json()["detail"]


def test_the_report_comments_are_validated_only_once_the_city_answered_them(
    world: World, city: str, reviewer: dict[str, str], partner: dict[str, str]
) -> None:
    builder = citykit.Builder().assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    builder.send(Deliverable.REPORT)
    comment = builder.comment_report()
    builder.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
    load(world, city, builder)
    url = f"/api/v1/cities/{city}/reviews"
    validated = {"deliverable": "reporte", "state": "validado"}
    response = world.client.post(url, json=validated, headers=partner)
    assert response.status_code == 409
    assert "Falta que la ciudad responda 1 comentarios" in response.json()["detail"]
    answered = citykit.Builder()
    answered.reply(comment)
    load(world, city, answered)
    response = world.client.post(url, json=validated, headers=reviewer)
    assert response.status_code == 409  # the validation is CIPPEC's, not IOM's
    assert response.json()["detail"].endswith("Esto le corresponde a CIPPEC.")
    _ok(world.client.post(url, json=validated, headers=partner), 201)


def test_the_partner_comments_the_report_as_its_own_and_reads_every_city(
    world: World, city: str, partner: dict[str, str]
) -> None:
    builder = citykit.Builder().assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    builder.send(Deliverable.REPORT)
    load(world, city, builder)
    other = world.city("Tilcara")
    listed = _ok(world.client.get("/api/v1/cities", headers=partner))
    assert {c["id"] for c in listed} >= {city, other}
    section = ReportSection.id_for(city, 5)
    comment = _ok(
        world.client.post(
            f"/api/v1/cities/{city}/comments",
            json={"anchor_kind": "report_section", "anchor_id": section, "body": "Sumar datos."},
            headers=partner,
        ),
        201,
    )
    assert comment["fields"]["author_role"] == "partner"
    url = f"/api/v1/cities/{city}/reviews"
    _ok(world.client.post(url, json={"deliverable": "reporte", "state": "con_observaciones"},
                          headers=partner), 201)  # fmt: skip
    for state in ("recibido", "aprobado"):  # IOM's, not the partner's
        response = world.client.post(url, json={"deliverable": "reporte", "state": state},
                                     headers=partner)  # fmt: skip
        assert response.status_code == 409, state
    response = world.client.put(
        f"/api/v1/cities/{city}/phase-dates/inicio_fase_2", json={"on": "2026-08-03"},
        headers=partner,
    )  # fmt: skip
    assert response.status_code == 403  # dates and certification are IOM's


def test_the_plan_validation_is_a_review_not_a_phase_date(
    world: World, city: str, reviewer: dict[str, str]
) -> None:
    response = world.client.put(
        f"/api/v1/cities/{city}/phase-dates/plan_validado", json={"on": "2026-08-03"},
        headers=reviewer,
    )  # fmt: skip
    assert response.status_code == 409
    assert "como revisión del plan" in response.json()["detail"]


@pytest.mark.parametrize(
    ("skew", "expected"),
    [(timedelta(days=3), "con_observaciones"), (timedelta(days=-2), "con_observaciones")],
)
def test_review_states_follow_the_server_s_order_not_the_city_s_clock(
    world: World, city: str, focal: dict[str, str], reviewer: dict[str, str],
    skew: timedelta, expected: str,
) -> None:  # fmt: skip
    """Issue 19.3: the city PC 3 days ahead, or 2 days behind, never decides the state."""
    load(world, city, citykit.Builder().selected().course_done().answers())
    url = f"/api/v1/cities/{city}/reviews"

    def city_sends() -> None:
        event = ReviewEvent(
            city_id=city, deliverable=Deliverable.SELF_ASSESSMENT, state=ReviewState.SENT,
            at=datetime.now(UTC) + skew,
        )  # fmt: skip
        answer = world.client.post(
            PUSH_PATH, json=push_body(city, [mutation(event)]), headers=focal
        )
        assert _ok(answer)["results"][0]["status"] == "applied"

    city_sends()
    answer = {"deliverable": "autoevaluacion", "state": "con_observaciones"}
    _ok(world.client.post(url, json=answer, headers=reviewer), 201)  # IOM's clock: now
    assert _ok(world.client.get(url, headers=focal))["states"]["autoevaluacion"] == expected
    city_sends()  # the city corrects and sends again, on its own clock
    overview = _ok(world.client.get(url, headers=focal))
    assert overview["states"]["autoevaluacion"] == "enviado"
    assert overview["stages"]["autoevaluacion"] == "enviado"
