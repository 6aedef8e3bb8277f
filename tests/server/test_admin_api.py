"""The admin API: accounts and cities, for administrators only."""

from __future__ import annotations

import pytest
from serverkit import PROTOCOL, World

from migradesk.domain.base import Role
from migradesk.server import reasons
from migradesk.wire.protocol import LOGIN_PATH

USERS = "/api/v1/admin/users"
CITIES = "/api/v1/admin/cities"


@pytest.fixture
def admin(world: World) -> dict[str, str]:
    return world.account("root", Role.ADMIN)


def test_an_admin_creates_cities_and_accounts(world: World, admin: dict[str, str]) -> None:
    response = world.client.post(
        CITIES, json={"name": "Tilcara", "province": "jujuy"}, headers=admin
    )
    assert response.status_code == 201, response.text
    city = response.json()
    assert (city["name"], city["province"], city["seq"]) == ("Tilcara", "Jujuy", 1)
    again = world.client.post(CITIES, json={"name": "Tilcara", "province": "Jujuy"}, headers=admin)
    assert again.status_code == 409

    body = {
        "username": "ana",
        "password": "clave-de-ana-1",
        "role": "focal_point",
        "city_ids": ["Tilcara"],
    }
    response = world.client.post(USERS, json=body, headers=admin)
    assert response.status_code == 201, response.text
    assert response.json()["city_ids"] == [city["id"]]
    login = world.client.post(
        LOGIN_PATH, json={"username": "ana", "password": "clave-de-ana-1"}, headers=PROTOCOL
    )
    assert login.status_code == 200
    assert world.client.post(USERS, json=body, headers=admin).status_code == 409
    listed = world.client.get(USERS, headers=admin).json()
    assert [u["username"] for u in listed] == ["ana", "root"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"username": "x", "password": "corta", "role": "reviewer"}, "al menos 10 caracteres"),
        (
            {"username": "Con Espacio", "password": "clave-larga-1", "role": "reviewer"},
            "nombre de usuario",
        ),
        (
            {"username": "fp", "password": "clave-larga-1", "role": "focal_point"},
            "necesita su ciudad",
        ),
        (
            {"username": "rv", "password": "clave-larga-1", "role": "reviewer", "city_ids": ["X"]},
            "No existe ninguna ciudad",
        ),
    ],
)
def test_bad_accounts_are_refused_with_the_reason(
    world: World, admin: dict[str, str], body: dict[str, object], words: str
) -> None:
    response = world.client.post(USERS, json=body, headers=admin)
    assert 400 <= response.status_code < 500
    assert words in response.json()["detail"]


def test_disabling_an_account_logs_it_out(world: World, admin: dict[str, str]) -> None:
    city = world.city("Humahuaca")
    ana = world.account("ana", Role.FOCAL_POINT, [city])
    response = world.client.patch(f"{USERS}/ana", json={"disabled": True}, headers=admin)
    assert response.status_code == 200 and response.json()["disabled"] is True
    assert world.client.get("/api/v1/auth/me", headers=ana).status_code == 401
    moved = world.client.patch(
        f"{USERS}/ana", json={"disabled": False, "role": "official"}, headers=admin
    )
    assert moved.json()["role"] == "official" and moved.json()["city_ids"] == [city]
    revoked = world.client.post(f"{USERS}/ana/revoke-tokens", headers=admin)
    assert revoked.status_code == 200 and revoked.json() == {"revoked": 0}
    assert world.client.patch(f"{USERS}/nobody", json={}, headers=admin).status_code == 404


def test_only_admins_manage(world: World) -> None:
    city = world.city("Humahuaca")
    for username, role, cities in [
        ("ana", Role.FOCAL_POINT, [city]),
        ("beto", Role.OFFICIAL, [city]),
        ("rita", Role.REVIEWER, []),
    ]:
        headers = world.account(username, role, cities)
        for method, path in [
            ("get", USERS),
            ("get", CITIES),
            ("post", f"{USERS}/ana/revoke-tokens"),
        ]:
            response = world.client.request(method, path, headers=headers)
            assert response.status_code == 403, (username, path)
            assert response.json() == {"detail": reasons.ADMIN_ONLY}
