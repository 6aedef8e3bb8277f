"""Roles and tenancy: EVERY route of the OpenAPI schema, called by EVERY role against a FOREIGN
city (one the account does not belong to), with its path and query parameters filled and a body
that would be accepted at home. Zero leaks, zero 5xx.

- focal points and officials of city A: nothing of city B is read or written (no 2xx on a B route,
  B's id, record ids, secret text and accounts never appear in an answer, B's data is unchanged);
- reviewers read every city but write only comments, review states, phase dates and certification;
- admins manage accounts and cities and read, but write no city's work;
- without a token, every route but /healthz and login is 401.

The same requests sent by A's focal point to A succeed, so the refusals above are about tenancy,
not about malformed probes. A route or body schema without a probe fails the test: adding a route
means adding its probe here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from serverkit import FAST, PROTOCOL, World, mutation, push_body, record_id_for, sample_fields

from migradesk.domain.base import CITY_ROLES, Role, record_type
from migradesk.domain.kinds import record_types
from migradesk.domain.report import Workshop, WorkshopKind
from migradesk.domain.review import Certification, Comment, Deliverable, ReviewEvent, ReviewState
from migradesk.server import cities, db
from migradesk.wire.protocol import PUSH_PATH

SECRET = "SECRETO-DE-B"
# Open to anyone (a city not yet in the programme applies): never a 5xx, never another's data.
OPEN = {
    ("get", "/api/v1/campaigns/open"),
    ("post", "/api/v1/access-requests"),
    ("get", "/api/v1/access-requests/{request_id}"),
}
PUBLIC = {("get", "/healthz"), ("post", "/api/v1/auth/login")} | OPEN
# Routes about the caller's own account: a 2xx is fine, but nothing of B may show.
OWN = {("get", "/api/v1/auth/me"), ("post", "/api/v1/auth/logout"), ("get", "/api/v1/cities")}
IOM_KINDS = frozenset({"comment", "review_event", "phase_date", "certification"})


@dataclasses.dataclass(frozen=True)
class Target:
    """What a probe aims at: a city, its records, and who is asking."""

    city_id: str
    workshop_id: str
    role: Role
    own_username: str
    other_username: str  # an account of the target city
    campaign_id: str = ""  # the selection's: an open campaign, a run, an access request
    run_id: str = ""
    request_id: str = ""
    application: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class Scene:
    home: str
    foreign: str
    foreign_workshop: str
    home_workshop: str
    secrets: list[str]  # strings of B that must never reach A's accounts
    campaign_id: str = ""
    run_id: str = ""
    request_id: str = ""
    application: dict[str, Any] = dataclasses.field(default_factory=dict)

    def target(self, city: str, workshop: str, role: Role, me: str, other: str) -> Target:
        return Target(
            city, workshop, role, me, other,
            self.campaign_id, self.run_id, self.request_id, self.application,
        )  # fmt: skip


def _selection_scene(
    conn: sa.Connection, home: str, foreign: str, now: datetime
) -> tuple[str, str, str, dict[str, Any]]:
    """An open campaign both cities applied to, a run over it and a pending access request."""
    from migradesk.domain.application import Application, Presence
    from migradesk.domain.people import FocalPoint
    from migradesk.domain.selection_offers import argentina_day
    from migradesk.domain.selection_params import default_parameters
    from migradesk.server import access, campaigns, selection_store

    campaign = campaigns.create_campaign(conn, "Convocatoria", argentina_day(now), "root", now)
    for city in (home, foreign):
        form = Application(
            id=Application.id_for(city),
            city_id=city,
            migration_body=Presence.NONE,
            migrant_programmes=Presence.NONE,
            agreements=Presence.NONE,
            mayor_name="Intendenta",
        )
        cities.load_records(
            conn,
            city,
            [form, FocalPoint(id=FocalPoint.id_for(city), city_id=city, name="Punto focal")],
            now,
        )
        sent = campaigns.application_from_records(conn, city)
        campaigns.record_application(conn, campaign.id, sent, by="x", via="cuenta", at=now)
    run = selection_store.create_run(
        conn, campaign_id=campaign.id, title="t", parameters=default_parameters(), by="r", now=now
    )
    application = campaigns.application_from_records(conn, home).snapshot()
    request = access.submit(
        conn,
        FAST,
        campaign_id=campaign.id,
        sent=campaigns.application_from_records(conn, foreign),
        username="pedido",
        password_hash="x",
        contact={"name": "B"},
        address="escena",
        now=now,
    )
    return campaign.id, run.id, request.id, application


def _push_all_kinds(t: Target) -> dict[str, Any]:
    """A push with one mutation of every kind, plus an edit and a delete of the workshop."""
    mutations = []
    for cls in record_types():
        overrides: dict[str, Any] = {}
        record_id = f"probe-{cls.KIND}"
        if cls.KIND == "city":
            record_id = t.city_id
        if cls is Comment:
            overrides = {
                "anchor_kind": "workshop",
                "anchor_id": t.workshop_id,
                "author_role": t.role,
            }
        if cls is ReviewEvent:
            state = ReviewState.SENT if t.role in CITY_ROLES else ReviewState.RECEIVED
            overrides = {"state": state.value}
        fields = sample_fields(cls.KIND, **overrides)
        record_id = record_id_for(cls.KIND, t.city_id, fields, record_id)
        changes = {n: [None, v] for n, v in fields.items()}
        mutations.append(mutation(kind=cls.KIND, record_id=record_id, changes=changes))
    mutations.append(
        mutation(kind="workshop", record_id=t.workshop_id, changes={"place": [None, "tomado"]})
    )
    mutations.append(mutation(kind="workshop", record_id=t.workshop_id, op="delete"))
    return push_body(t.city_id, mutations, client_id=f"probe-{t.role}")


BODIES: dict[str, Callable[[Target], Any]] = {
    "PushRequest": _push_all_kinds,
    "LoginRequest": lambda t: {"username": t.other_username, "password": "no-es-la-clave"},
    "CommentIn": lambda t: {"anchor_kind": "workshop", "anchor_id": t.workshop_id, "body": "hola"},
    "ReviewIn": lambda t: {
        "deliverable": Deliverable.REPORT.value,
        "state": (ReviewState.SENT if t.role in CITY_ROLES else ReviewState.APPROVED).value,
    },
    "PhaseDateIn": lambda t: {"on": "2026-04-01"},
    "CertificationIn": lambda t: {"certified_on": "2026-12-01", "ceremony_place": "Plaza"},
    "UserIn": lambda t: {
        "username": f"intruso-{t.role}",
        "password": "clave-larga-del-intruso",
        "role": "focal_point",
        "city_ids": [t.city_id],
    },
    "UserPatch": lambda t: {"city_ids": [t.city_id], "role": "focal_point", "disabled": False},
    "CityIn": lambda t: {"name": f"Nueva {t.role}", "province": "Salta"},
    "AccessRequestIn": lambda t: {
        "campaign_id": t.campaign_id,
        "username": f"solicitud-{t.role}",
        "password": "clave-larga-de-la-solicitud",
        "contact": {"name": "Ana", "email": "ana@municipio.gob.ar"},
        "application": t.application,
    },
    "ApplyIn": lambda t: {"campaign_id": t.campaign_id},
    "CampaignIn": lambda t: {"name": f"Convocatoria {t.role}", "launched_on": "2026-03-02"},
    "ApproveIn": lambda t: {},
    "RejectIn": lambda t: {"reason": "Prueba"},
    "FigureIn": lambda t: {"foreign_born": 10, "source": "INDEC, Censo 2010"},
    "RunIn": lambda t: {"campaign_id": t.campaign_id, "title": f"Corrida {t.role}"},
    "DecisionIn": lambda t: {"tie_id": "E-00000000", "order": [t.city_id]},
    "PublishIn": lambda t: {},
    "SettleIn": lambda t: {"state": "confirmada"},
    "OnIn": lambda t: {},
    "SupportIn": lambda t: {"state": "necesidades_evaluadas"},
}

PARAMS: dict[str, Callable[[Target], list[str]]] = {
    "city_id": lambda t: [t.city_id],
    "since": lambda t: ["0"],
    "limit": lambda t: ["50"],
    "pull_since": lambda t: ["0"],  # a push that also pulls: no more than either alone
    "pull_limit": lambda t: ["50"],
    "anchor_kind": lambda t: ["workshop"],
    "anchor_id": lambda t: [t.workshop_id],
    "milestone": lambda t: ["inicio_fase_1"],
    # An account's own name (escalation) and one of the target city (takeover).
    "username": lambda t: [t.own_username, t.other_username],
    "campaign_id": lambda t: [t.campaign_id],
    "run_id": lambda t: [t.run_id],
    "request_id": lambda t: [t.request_id],
    "state": lambda t: ["pendiente"],
    "today": lambda t: ["2026-03-20"],
}


@dataclasses.dataclass(frozen=True)
class Probe:
    method: str
    template: str
    url: str
    query: dict[str, str]
    body: Any

    @property
    def route(self) -> tuple[str, str]:
        return self.method, self.template


def _schema_name(operation: dict[str, Any]) -> str | None:
    body = operation.get("requestBody")
    if body is None or "application/json" not in body["content"]:
        return None  # none, or a CSV upload (sent empty: refused, never a 5xx)
    ref: str = body["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def probes(app: FastAPI, target: Target) -> list[Probe]:
    """One request (or more, for several values of a parameter) per route of the schema."""
    found: list[Probe] = []
    for template, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            variants: list[tuple[str, dict[str, str]]] = [(template, {})]
            for param in operation.get("parameters", []):
                if param["in"] == "header":
                    continue
                name = param["name"]
                assert name in PARAMS, f"no probe value for parameter {name!r} of {template}"
                expanded = []
                for url, query in variants:
                    for value in PARAMS[name](target):
                        if param["in"] == "path":
                            expanded.append((url.replace(f"{{{name}}}", value), query))
                        else:
                            expanded.append((url, {**query, name: value}))
                variants = expanded
            schema = _schema_name(operation)
            assert schema is None or schema in BODIES, f"no probe body for {schema} ({template})"
            body = BODIES[schema](target) if schema else None
            for url, query in variants:
                found.append(Probe(method, template, url, query, body))
    # The push (it deletes the workshop others anchor to) late; what may end the caller's own
    # token (logout, revoke-tokens of their own name) last.
    order = [PUSH_PATH, "/api/v1/admin/users/{username}/revoke-tokens", "/api/v1/auth/logout"]
    return sorted(found, key=lambda p: order.index(p.template) if p.template in order else -1)


def _send(world: World, probe: Probe, headers: dict[str, str]) -> Any:
    return world.client.request(
        probe.method.upper(),
        probe.url,
        params=probe.query,
        json=probe.body,
        headers=headers,
    )


def _snapshot(
    engine: sa.Engine, city_id: str, actor: str, *, skip_kinds: frozenset[str] = frozenset()
) -> Any:
    """Everything the server holds of a city, and every account (but the actor's own tokens)."""
    with db.read(engine) as conn:

        def rows(query: Any) -> list[str]:
            return sorted(
                json.dumps(dict(r), default=str, sort_keys=True)
                for r in conn.execute(query).mappings()
            )

        return {
            "records": rows(
                sa.select(db.records).where(
                    db.records.c.city_id == city_id, db.records.c.kind.not_in(sorted(skip_kinds))
                )
            ),
            "city": rows(sa.select(db.cities).where(db.cities.c.id == city_id)),
            "history": rows(
                sa.select(db.record_history).where(db.record_history.c.city_id == city_id)
            ),
            "conflicts": rows(sa.select(db.conflicts).where(db.conflicts.c.city_id == city_id)),
            "users": rows(sa.select(db.users)),
            "memberships": rows(sa.select(db.user_cities)),
            "tokens": rows(
                sa.select(db.tokens.c.id, db.tokens.c.revoked_at, db.tokens.c.user_id)
                .join(db.users)
                .where(db.users.c.username != actor)
            ),
        }


@pytest.fixture
def scene(world: World) -> Scene:
    home, foreign = world.city("Humahuaca"), world.city("Tilcara")
    world.user("ana", Role.FOCAL_POINT, [home])
    world.user("victima", Role.FOCAL_POINT, [foreign])
    now = datetime.now(UTC)
    diagnostic = WorkshopKind.DIAGNOSTIC
    secret_workshop = Workshop(
        id=Workshop.id_for(foreign, diagnostic), city_id=foreign, kind=diagnostic, notes=SECRET
    )
    home_workshop = Workshop(
        id=Workshop.id_for(home, diagnostic), city_id=home, kind=diagnostic, notes="de A"
    )
    comment = Comment(
        city_id=foreign,
        anchor_kind="workshop",
        anchor_id=secret_workshop.id,
        author="victima",
        author_role=Role.FOCAL_POINT,
        body=f"{SECRET} comentario",
        created_at=now,
    )
    event = ReviewEvent(
        city_id=foreign, deliverable=Deliverable.REPORT, state=ReviewState.SENT, at=now
    )
    cert = Certification(id=Certification.id_for(foreign), city_id=foreign, note=SECRET)
    with db.write(world.engine) as conn:
        cities.load_records(conn, foreign, [secret_workshop, comment, event, cert], now)
        cities.load_records(conn, home, [home_workshop], now)
        selection = _selection_scene(conn, home, foreign, now)
    secrets = [
        foreign,
        secret_workshop.id,
        comment.id,
        event.id,
        cert.id,
        SECRET,
        "victima",
        "Tilcara",
    ]
    return Scene(home, foreign, secret_workshop.id, home_workshop.id, secrets, *selection)


def _is_2xx(status: int) -> bool:
    return 200 <= status < 300


def _by_process(result: dict[str, Any]) -> bool:
    """Refused by the process's gates (authorized, but out of turn), not by authorization."""
    from migradesk.server import process_gates

    prefixes = (*process_gates.PREFIX.values(), process_gates.ANSWER)
    return result["status"] == "rejected" and str(result["error"]).startswith(prefixes)


@pytest.mark.parametrize("role", [Role.FOCAL_POINT, Role.OFFICIAL])
def test_city_accounts_cannot_touch_a_foreign_city(
    app: FastAPI, world: World, scene: Scene, role: Role
) -> None:
    world.user("yo", role, [scene.home])
    headers = world.login("yo")
    before = _snapshot(world.engine, scene.foreign, "yo")
    target = scene.target(scene.foreign, scene.foreign_workshop, role, "yo", "victima")
    checked = 0
    for probe in probes(app, target):
        response = _send(world, probe, headers)
        where = f"{role} {probe.method.upper()} {probe.url} {probe.query}"
        assert response.status_code < 500, f"{where}: {response.status_code} {response.text}"
        leaked = [s for s in scene.secrets if s in response.text]
        assert not leaked, f"{where} leaked {leaked}: {response.text[:300]}"
        if probe.route not in PUBLIC | OWN:
            assert not _is_2xx(response.status_code), f"{where}: {response.status_code}"
            assert response.status_code in (401, 403, 404, 422), where
        checked += 1
    assert checked >= 20
    assert _snapshot(world.engine, scene.foreign, "yo") == before


def test_reviewers_read_everything_and_write_only_iom_records(
    app: FastAPI, world: World, scene: Scene
) -> None:
    world.user("rita", Role.REVIEWER)
    headers = world.login("rita")
    before = _snapshot(world.engine, scene.foreign, "rita", skip_kinds=IOM_KINDS)
    before.pop("city")  # its sequence moves with the reviewer's own records
    target = scene.target(scene.foreign, scene.foreign_workshop, Role.REVIEWER, "rita", "victima")
    for probe in probes(app, target):
        response = _send(world, probe, headers)
        where = f"reviewer {probe.method.upper()} {probe.url}"
        assert response.status_code < 500, f"{where}: {response.status_code} {response.text}"
        if probe.template.startswith("/api/v1/admin"):
            assert response.status_code == 403, where
        elif probe.method == "get" and probe.route not in PUBLIC:
            assert _is_2xx(response.status_code) or probe.template.endswith("/certification"), where
        if probe.template == PUSH_PATH:
            results = {r["mutation_id"]: r for r in response.json()["results"]}
            for sent in probe.body["mutations"]:
                result = results[sent["mutation_id"]]
                allowed = sent["kind"] in IOM_KINDS
                authorized = result["status"] != "rejected" or _by_process(result)
                assert authorized == allowed, (sent["kind"], result)
    after = _snapshot(world.engine, scene.foreign, "rita", skip_kinds=IOM_KINDS)
    after.pop("city")
    assert after == before


def test_admins_manage_accounts_but_write_no_citys_work(
    app: FastAPI, world: World, scene: Scene
) -> None:
    world.user("root", Role.ADMIN)
    headers = world.login("root")
    before = _snapshot(world.engine, scene.foreign, "root", skip_kinds=frozenset({"city"}))[
        "records"
    ]
    target = scene.target(scene.foreign, scene.foreign_workshop, Role.ADMIN, "root", "victima")
    for probe in probes(app, target):
        response = _send(world, probe, headers)
        where = f"admin {probe.method.upper()} {probe.url}"
        assert response.status_code < 500, f"{where}: {response.status_code} {response.text}"
        if probe.template == PUSH_PATH:
            for result in response.json()["results"]:
                assert result["status"] == "rejected" or result["mutation_id"] in {
                    m["mutation_id"] for m in probe.body["mutations"] if m["kind"] == "city"
                }
        if probe.method == "post" and probe.template.startswith("/api/v1/cities/"):
            assert response.status_code == 403, where  # comments, reviews: not an admin's
        if probe.method == "put" and not probe.template.startswith("/api/v1/selection"):
            assert response.status_code == 403, where  # phase dates, certification
    assert (
        _snapshot(world.engine, scene.foreign, "root", skip_kinds=frozenset({"city"}))["records"]
        == before
    )


def test_without_a_token_only_health_and_login_answer(
    app: FastAPI, world: World, scene: Scene
) -> None:
    target = scene.target(scene.foreign, scene.foreign_workshop, Role.FOCAL_POINT, "ana", "victima")
    for probe in probes(app, target):
        response = _send(world, probe, dict(PROTOCOL))
        if probe.route in OPEN:
            assert response.status_code < 500, (probe, response.status_code)
        elif probe.route in PUBLIC:
            assert response.status_code in (200, 401), probe
        else:
            assert response.status_code == 401, (probe, response.status_code)


def test_the_probes_are_valid_requests_at_home(app: FastAPI, world: World, scene: Scene) -> None:
    """A's focal point sending the same probes to A: every city route it may use answers 2xx,
    and its push is applied for every kind a city writes."""
    headers = world.login("ana")
    target = scene.target(scene.home, scene.home_workshop, Role.FOCAL_POINT, "ana", "ana")
    answered = set()
    for probe in probes(app, target):
        if probe.template.startswith("/api/v1/admin") or probe.route in PUBLIC:
            continue
        response = _send(world, probe, headers)
        iom_only = (
            probe.method == "put"
            or probe.template.endswith("/certification")
            or probe.template.startswith("/api/v1/selection")
        )
        if iom_only:
            assert response.status_code in (403, 404), probe
            continue
        # 409: authorized, refused by the process (an empty city sends nothing yet)
        assert _is_2xx(response.status_code) or response.status_code == 409, (
            probe, response.status_code, response.text,
        )  # fmt: skip
        answered.add(probe.route)
        if probe.template == PUSH_PATH:
            results = {r["mutation_id"]: r for r in response.json()["results"]}
            for sent in probe.body["mutations"]:
                writable = Role.FOCAL_POINT in record_type(sent["kind"]).WRITERS
                result = results[sent["mutation_id"]]
                assert (result["status"] != "rejected" or _by_process(result)) == writable, sent
    assert len(answered) >= 10
