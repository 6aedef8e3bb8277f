"""The city selection on the server: campaigns, access requests, runs, offers, support.

From applications sent by cities without an account to the results IOM reads, with the rules
the server keeps: rate limits, nothing of another city visible, IOM's data for IOM accounts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from serverkit import FAST, PASSWORD, PROTOCOL, TestClient, World, mutation, push_body

from migradesk.domain.application import Application, Presence
from migradesk.domain.base import Role, derived_id
from migradesk.domain.people import FocalPoint
from migradesk.domain.register import by_code
from migradesk.domain.selection_applications import SentApplication
from migradesk.domain.selection_offers import argentina_day, confirmation_due
from migradesk.server.app import create_app
from migradesk.wire.protocol import PULL_PATH, PUSH_PATH

TODAY = argentina_day(datetime.now(UTC))
NONE, INCIPIENT, ESTABLISHED = Presence.NONE, Presence.INCIPIENT, Presence.ESTABLISHED
# Register codes: three partidos of Gran Buenos Aires (census figures in the register), two
# Jujuy cities and two of Mendoza (IOM enters their figures), one of Salta.
GBA = ("060427", "060658", "060434")
OTHERS = ("380105", "380329", "500070", "500105", "700063")


def snapshot(code: str, **answers: Any) -> dict[str, Any]:
    city = by_code(code).to_city()
    form = Application(
        id=Application.id_for(city.id),
        city_id=city.id,
        migration_body=answers.get("body", NONE),
        migrant_programmes=answers.get("programmes", INCIPIENT),
        agreements=answers.get("agreements", NONE),
        systematic_measures_last_two_years=answers.get("systematic", False),
        emerging_demand=answers.get("demand", True),
        mayor_name="Intendenta de prueba",
    )
    focal = FocalPoint(id=derived_id("fp", code), city_id=city.id, name=f"Punto focal {code}")
    return SentApplication(city, form, focal).snapshot()


@pytest.fixture
def roomy(engine: sa.Engine) -> Iterator[World]:
    """The app with room for many access requests from the test client's one address."""
    settings = dataclasses.replace(FAST, max_access_requests_per_address=1000)
    with TestClient(create_app(engine=engine, settings=settings)) as client:
        yield World(client, engine)


def ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return None if status == 204 else response.json()


def open_campaign(world: World, admin: dict[str, str], launched: Any = TODAY) -> str:
    body = {"name": "Convocatoria 2026", "launched_on": launched.isoformat()}
    campaign = ok(world.client.post("/api/v1/admin/campaigns", json=body, headers=admin), 201)
    assert campaign["deadline"] == (launched + timedelta(weeks=4)).isoformat()
    return str(campaign["id"])


def ask(
    world: World, campaign: str, code: str, username: str = "", **answers: Any
) -> dict[str, Any]:
    body = {
        "campaign_id": campaign,
        "username": username or f"pf-{code}",
        "password": PASSWORD,
        "contact": {"name": "Ana", "email": f"pf{code}@municipio.gob.ar"},
        "application": snapshot(code, **answers),
    }
    return dict(ok(world.client.post("/api/v1/access-requests", json=body, headers=PROTOCOL), 202))


def test_a_city_without_account_applies_and_gets_its_account(roomy: World) -> None:
    world = roomy
    admin = world.account("admin", Role.ADMIN)
    reviewer = world.account("rita", Role.REVIEWER)
    campaign = open_campaign(world, admin)
    assert [c["id"] for c in ok(world.client.get("/api/v1/campaigns/open"))] == [campaign]

    sent = ask(world, campaign, "380105")
    claim = {"X-MigraDesk-Claim": sent["claim"]}
    status = ok(world.client.get(f"/api/v1/access-requests/{sent['id']}", headers=claim))
    assert (status["state"], status["city_name"]) == ("pendiente", "Humahuaca")
    wrong = world.client.get(
        f"/api/v1/access-requests/{sent['id']}", headers={"X-MigraDesk-Claim": "otro"}
    )
    assert wrong.status_code == 404

    # IOM reads it; only an admin approves.
    [listed] = ok(
        world.client.get("/api/v1/selection/access-requests?state=pendiente", headers=reviewer)
    )
    assert (listed["city_name"], listed["missing"], listed["city_in_programme"]) == (
        "Humahuaca",
        [],
        False,
    )
    refused = world.client.post(
        f"/api/v1/admin/access-requests/{sent['id']}/approve", json={}, headers=reviewer
    )
    assert refused.status_code == 403
    approved = ok(
        world.client.post(
            f"/api/v1/admin/access-requests/{sent['id']}/approve", json={}, headers=admin
        )
    )
    assert approved["state"] == "aprobada"

    # The desktop signs in with the password it chose; its file has the campaign's launch and
    # the application's sending.
    focal = world.login("pf-380105")
    city_id = by_code("380105").to_city().id
    page = ok(world.client.get(f"{PULL_PATH}?city_id={city_id}&since=0", headers=focal))
    kinds = {
        (c["kind"], c["fields"].get("milestone") or c["fields"].get("state"))
        for c in page["changes"]
    }
    assert ("phase_date", "lanzamiento_campania") in kinds
    assert ("review_event", "enviado") in kinds
    [application] = ok(
        world.client.get(f"/api/v1/selection/campaigns/{campaign}/applications", headers=reviewer)
    )
    assert (application["city_id"], application["via"]) == (city_id, "solicitud")
    status = ok(world.client.get(f"/api/v1/access-requests/{sent['id']}", headers=claim))
    assert status["state"] == "aprobada"


def test_requests_are_checked_rate_limited_and_tell_nothing_of_other_cities(
    world: World,
) -> None:
    admin = world.account("admin", Role.ADMIN)
    campaign = open_campaign(world, admin)
    incomplete = snapshot("380105")
    incomplete["application"]["migration_body"] = None
    body = {
        "campaign_id": campaign,
        "username": "pf-x",
        "password": PASSWORD,
        "contact": {"name": "Ana", "email": "a@b.ar"},
        "application": incomplete,
    }
    refused = world.client.post("/api/v1/access-requests", json=body, headers=PROTOCOL)
    assert refused.status_code == 422
    assert refused.json()["detail"] == (
        "A la inscripción le falta: sección 2: organismo o persona responsable."
    )
    short = {**body, "application": snapshot("380105"), "password": "corta"}
    assert (
        "al menos 10 caracteres"
        in world.client.post("/api/v1/access-requests", json=short, headers=PROTOCOL).json()[
            "detail"
        ]
    )

    world.user("pf-ocupado", Role.REVIEWER)
    taken = {**body, "application": snapshot("380105"), "username": "pf-ocupado"}
    answer = world.client.post("/api/v1/access-requests", json=taken, headers=PROTOCOL)
    assert (answer.status_code, answer.json()["detail"]) == (
        409,
        "El nombre de usuario «pf-ocupado» no está disponible; elija otro.",
    )
    for index in range(5):  # the default limit: 5 per hour and address
        ask(world, campaign, OTHERS[index])
    limited = world.client.post(
        "/api/v1/access-requests",
        json={**body, "application": snapshot("060427"), "username": "pf-6"},
        headers=PROTOCOL,
    )
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    assert "Demasiadas solicitudes de acceso" in limited.json()["detail"]


def test_approving_a_request_for_a_city_already_in_the_programme_needs_saying_so(
    roomy: World,
) -> None:
    world = roomy
    admin = world.account("admin", Role.ADMIN)
    campaign = open_campaign(world, admin)
    first = ask(world, campaign, "380105")
    second = ask(world, campaign, "380105", username="otra-persona")
    assert second != first
    ok(
        world.client.post(
            f"/api/v1/admin/access-requests/{first['id']}/approve", json={}, headers=admin
        )
    )
    answer = world.client.post(
        f"/api/v1/admin/access-requests/{second['id']}/approve", json={}, headers=admin
    )
    assert answer.status_code == 409
    assert "ya está en el programa" in answer.json()["detail"]
    rejected = ok(
        world.client.post(
            f"/api/v1/admin/access-requests/{second['id']}/reject",
            json={"reason": "La ciudad ya tiene Punto Focal."},
            headers=admin,
        )
    )
    assert rejected["state"] == "rechazada"
    status = ok(
        world.client.get(
            f"/api/v1/access-requests/{second['id']}",
            headers={"X-MigraDesk-Claim": second["claim"]},
        )
    )
    assert status["reason"] == "La ciudad ya tiene Punto Focal."


def test_a_closed_or_unknown_campaign_takes_no_application(roomy: World) -> None:
    world = roomy
    admin = world.account("admin", Role.ADMIN)
    old = open_campaign(world, admin, TODAY - timedelta(weeks=5))
    body = {
        "campaign_id": old,
        "username": "pf-x",
        "password": PASSWORD,
        "contact": {"name": "Ana", "email": "a@b.ar"},
        "application": snapshot("380105"),
    }
    answer = world.client.post("/api/v1/access-requests", json=body, headers=PROTOCOL)
    assert answer.status_code == 409
    assert "no recibe inscripciones" in answer.json()["detail"]
    assert ok(world.client.get("/api/v1/campaigns/open")) == []


def _approve_all(world: World, admin: dict[str, str], campaign: str) -> dict[str, str]:
    """Every candidate applies and is approved; their city ids by register code."""
    profiles: dict[str, dict[str, Any]] = {
        "060427": {"body": INCIPIENT, "demand": True},
        "060658": {"body": ESTABLISHED, "programmes": ESTABLISHED, "systematic": True},
        "060434": {"body": NONE},
        "380105": {"body": NONE, "demand": True},
        "380329": {"body": INCIPIENT, "demand": True},
        "500070": {"body": NONE, "systematic": True},
        "500105": {"body": NONE, "demand": True},
        "700063": {"body": NONE, "demand": False},
    }
    ids = {}
    for code, answers in profiles.items():
        sent = ask(world, campaign, code, **answers)
        ok(
            world.client.post(
                f"/api/v1/admin/access-requests/{sent['id']}/approve", json={}, headers=admin
            )
        )
        ids[code] = by_code(code).to_city().id
    return ids


def test_from_applications_to_results_offers_replacements_and_support(roomy: World) -> None:
    world = roomy
    admin = world.account("admin", Role.ADMIN)
    iom = world.account("rita", Role.REVIEWER)
    campaign = open_campaign(world, admin)
    ids = _approve_all(world, admin, campaign)
    base = "/api/v1/selection"

    # IOM's Census figures for the cities the register has none for: one by one, or a CSV.
    ok(
        world.client.put(
            f"{base}/campaigns/{campaign}/figures/{ids['380105']}",
            json={"foreign_born": 1500, "source": "INDEC, Censo 2010"},
            headers=iom,
        ),
        204,
    )
    csv_text = (
        "codigo,nacidos_extranjero_2010,fuente\n"
        "380329,300,INDEC\n500070,9000,INDEC\n500105,4000,INDEC\n"
    )
    imported = ok(
        world.client.post(
            f"{base}/campaigns/{campaign}/figures.csv",
            content=csv_text,
            headers={**iom, "Content-Type": "text/csv"},
        )
    )
    assert imported == {"figures": 3}
    gba_figure = world.client.put(
        f"{base}/campaigns/{campaign}/figures/{ids['060427']}",
        json={"foreign_born": 1, "source": "x"},
        headers=iom,
    )
    assert gba_figure.status_code == 422 and "no se reemplaza" in gba_figure.json()["detail"]

    # The run: Salta's candidate has no figure (not scored); regions need their references.
    references = [
        {"region": r, "foreign_born": f, "population": 1_000_000, "source": "INDEC, Censo 2010"}
        for r, f in (("noroeste", 40_000), ("cuyo", 50_000))
    ] + [
        {
            "region": "gran_buenos_aires",
            "foreign_born": 1_124_637,
            "population": 12_806_866,
            "source": "INDEC, Censo 2010",
        }
    ]
    body = {
        "campaign_id": campaign,
        "title": "Selección 2026",
        "parameters": {"region_references": references},
    }
    record = ok(world.client.post(f"{base}/runs", json=body, headers=iom), 201)
    again = world.client.post(f"{base}/runs", json=body, headers=iom)
    assert again.status_code == 409 and record["id"] in again.json()["detail"]
    outcome = record["outcome"]
    by_city = {r["candidate"]["key"]: r for r in outcome["results"]}
    assert by_city[ids["700063"]]["status"] == "sin_puntaje"
    assert "Censo 2010" in " ".join(outcome["sources"])
    [summary] = ok(world.client.get(f"{base}/runs", headers=iom))
    assert summary["id"] == record["id"] and summary["candidates"] == 8
    run = record["id"]
    for pending in [t for t in outcome["ties"] if t["material"] and t["decision"] is None]:
        record = ok(
            world.client.post(
                f"{base}/runs/{run}/decisions",
                json={"tie_id": pending["id"], "order": pending["choices"][:1]},
                headers=iom,
            )
        )
    selected = record["outcome"]["selected"]
    assert len(selected) == 6  # Noroeste 1 (of 2), Cuyo 2, Gran Buenos Aires 3: rounds 1 to 3

    pdf = world.client.get(f"{base}/runs/{run}/results.pdf", headers=iom)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    csv_answer = world.client.get(f"{base}/runs/{run}/results.csv", headers=iom)
    assert csv_answer.content.decode("utf-8-sig").startswith("region;puesto;codigo")

    # Publishing: each selected city learns it in its file; e-mails for all eight.
    mails = ok(world.client.post(f"{base}/runs/{run}/publish", json={}, headers=iom))
    assert len(mails) == 8
    due = confirmation_due(TODAY)
    chosen_mail = next(m for m in mails if m["city_id"] == selected[0])
    assert f"hasta el {due:%d/%m/%Y} inclusive" in chosen_mail["body"]
    again = world.client.post(f"{base}/runs/{run}/publish", json={}, headers=iom)
    assert again.status_code == 409
    first_gba = next(k for k in selected if k in (ids["060427"], ids["060658"], ids["060434"]))
    code_of = {city_id: code for code, city_id in ids.items()}
    focal = world.login(f"pf-{code_of[first_gba]}")
    page = ok(world.client.get(f"{PULL_PATH}?city_id={first_gba}&since=0", headers=focal))
    notified = [
        c for c in page["changes"] if c["fields"].get("milestone") == "resultados_notificados"
    ]
    assert [c["fields"]["on"] for c in notified] == [TODAY.isoformat()]

    # The city confirms in MigraDesk: its mayor's note, synced, confirms the offer.
    form = Application(
        id=Application.id_for(first_gba), city_id=first_gba, confirmation_sent_on=TODAY
    )
    change = {"confirmation_sent_on": [None, TODAY.isoformat()]}
    ok(
        world.client.post(
            PUSH_PATH,
            json=push_body(first_gba, [mutation(form, changes=change, base_version=1)]),
            headers=focal,
        )
    )
    states = {
        o["city_id"]: o["state"]
        for o in ok(world.client.get(f"{base}/runs/{run}/offers", headers=iom))
    }
    assert states[first_gba] == "confirmada"

    # Another declines: the next city of its region is offered the place.
    decliner = next(k for k in selected if k in (ids["380105"], ids["380329"]))
    declined = ok(
        world.client.post(
            f"{base}/runs/{run}/offers/{decliner}",
            json={"state": "desistida", "note": "El municipio desistió."},
            headers=iom,
        )
    )
    assert declined["state"] == "desistida"
    replaced = ok(world.client.post(f"{base}/runs/{run}/replacements", json={}, headers=iom))
    [offered] = replaced["offered"]
    assert offered["replaces"] == decliner and offered["region"] == "noroeste"
    assert offered["city_id"] in (ids["380105"], ids["380329"])
    assert "Se liberó el lugar" in replaced["messages"][0]["body"]

    # Until every place is settled, no support.
    early = world.client.post(f"{base}/runs/{run}/support", json={}, headers=iom)
    assert early.status_code == 409
    for offer in ok(world.client.get(f"{base}/runs/{run}/offers", headers=iom)):
        if offer["state"] == "notificada":
            ok(
                world.client.post(
                    f"{base}/runs/{run}/offers/{offer['city_id']}",
                    json={"state": "confirmada"},
                    headers=iom,
                )
            )
    chosen = ok(world.client.post(f"{base}/runs/{run}/support", json={}, headers=iom))
    assert chosen["pending_ties"] == []
    supports = {s["city_id"]: s for s in chosen["supports"]}
    assert supports and all(s["state"] == "propuesta" for s in supports.values())
    assert decliner not in supports
    city = next(iter(supports))
    step = {
        "state": "necesidades_evaluadas",
        "assessed_on": TODAY.isoformat(),
        "assessment": "Sin equipos",
    }
    ok(world.client.patch(f"{base}/runs/{run}/support/{city}", json=step, headers=iom))
    grant = {
        "state": "otorgada",
        "coordinator": "Ana Pérez",
        "coordinator_from": "2026-08-31",
        "equipment": "2 computadoras",
    }
    granted = ok(world.client.patch(f"{base}/runs/{run}/support/{city}", json=grant, headers=iom))
    assert granted["coordinator_until"] == "2027-01-31"
    skip = world.client.patch(
        f"{base}/runs/{run}/support/{city}", json={"state": "propuesta"}, headers=iom
    )
    assert skip.status_code == 409


def test_selection_is_iom_data_city_accounts_and_strangers_see_none_of_it(roomy: World) -> None:
    world = roomy
    admin = world.account("admin", Role.ADMIN)
    campaign = open_campaign(world, admin)
    ids = _approve_all(world, admin, campaign)
    focal = world.login("pf-380105")
    for path in (
        "/api/v1/selection/runs",
        "/api/v1/selection/campaigns",
        "/api/v1/selection/access-requests",
        f"/api/v1/selection/campaigns/{campaign}/applications",
    ):
        answer = world.client.get(path, headers=focal)
        assert answer.status_code == 403, path
        assert answer.json()["detail"] == (
            "Solo las cuentas de la OIM (revisión o administración) ven y hacen la selección."
        )
        assert world.client.get(path, headers=PROTOCOL).status_code == 401
    other = ids["380329"]
    answer = world.client.post(
        f"/api/v1/cities/{other}/applications", json={"campaign_id": campaign}, headers=focal
    )
    assert answer.status_code == 403
