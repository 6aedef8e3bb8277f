"""Passwords (argon2id), device tokens (hashed, expiring, revocable) and login rate limiting."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from serverkit import FAST, PASSWORD, PROTOCOL, TestClient, World, bearer, now, push_body

from migradesk.domain.base import Role
from migradesk.server import accounts, auth, db
from migradesk.server.app import create_app
from migradesk.server.auth import Passwords
from migradesk.server.settings import Argon2Params, Settings
from migradesk.wire.protocol import LOGIN_PATH, PULL_PATH, PUSH_PATH

ME = "/api/v1/auth/me"


def _login(
    client: TestClient, username: str, password: str = PASSWORD
) -> tuple[int, dict[str, Any]]:
    response = client.post(
        LOGIN_PATH,
        json={"username": username, "password": password, "device_name": "PC de Ana"},
        headers=PROTOCOL,
    )
    return response.status_code, response.json() | dict(response.headers)


@pytest.fixture
def city(world: World) -> str:
    return world.city("Humahuaca")


def test_passwords_are_stored_as_argon2id_never_in_plaintext(world: World, city: str) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    [user] = world.rows(db.users, username="ana")
    assert user["password_hash"].startswith("$argon2id$")
    assert PASSWORD not in user["password_hash"]
    assert Passwords(FAST.argon2).verify(user["password_hash"], PASSWORD)


def test_production_cost_is_rfc_9106_low_memory() -> None:
    hashed = Passwords(Argon2Params()).hash("una clave cualquiera")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert Settings().argon2 == Argon2Params(time_cost=3, memory_cost_kib=65536, parallelism=4)


def test_login_gives_a_random_token_stored_only_as_its_sha256(world: World, city: str) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    status, body = _login(world.client, "ANA ")  # usernames are case- and space-insensitive
    assert status == 200
    token = body["token"]
    assert len(token) >= 40
    assert body["account"] == {"username": "ana", "role": "focal_point", "city_ids": [city]}
    expires = datetime.fromisoformat(body["expires_at"])
    assert timedelta(days=89) < expires - datetime.now(UTC) <= timedelta(days=90)
    [row] = world.rows(db.tokens)
    assert row["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert row["device_name"] == "PC de Ana"
    me = world.client.get(ME, headers=bearer(token))
    assert me.status_code == 200 and me.json()["username"] == "ana"
    assert _login(world.client, "ana")[1]["token"] != token


@pytest.mark.parametrize(("username", "password"), [("ana", "equivocada"), ("nadie", PASSWORD)])
def test_a_wrong_password_or_unknown_user_get_the_same_401(
    world: World, city: str, username: str, password: str
) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    status, body = _login(world.client, username, password)
    assert status == 401 and body["detail"] == "Usuario o contraseña incorrectos."


def test_requests_without_a_valid_token_are_401(world: World, city: str) -> None:
    latin1 = {"Authorization": "Bearer é".encode("latin-1")}
    empty = {"Authorization": "Bearer "}
    for headers in ({}, {"Authorization": "Basic YTpi"}, bearer("forged"), latin1, empty):
        pull = world.client.get(PULL_PATH, params={"city_id": city}, headers=headers)
        # The push reads its token itself (sync_api.push_changes): the same answers.
        push = world.client.post(PUSH_PATH, json=push_body(city, []), headers=headers)
        for response in (pull, push):
            assert response.status_code == 401, headers
            assert response.headers["www-authenticate"] == "Bearer"
            assert isinstance(response.json()["detail"], str)
        assert push.json() == pull.json()


def test_an_expired_token_is_refused(world: World, city: str) -> None:
    headers = world.account("ana", Role.FOCAL_POINT, [city])
    with db.write(world.engine) as conn:
        conn.execute(sa.update(db.tokens).values(expires_at=now() - timedelta(seconds=1)))
    response = world.client.get(ME, headers=headers)
    assert response.status_code == 401 and "venció" in response.json()["detail"]


def test_the_token_lifetime_is_a_setting(engine: sa.Engine, world: World, city: str) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    app = create_app(engine=engine, settings=dataclasses.replace(FAST, token_lifetime=timedelta(0)))
    with TestClient(app) as client:
        status, body = _login(client, "ana")
        assert status == 200
        assert client.get(ME, headers=bearer(body["token"])).status_code == 401


def test_a_token_in_use_slides_its_expiry(world: World, city: str) -> None:
    headers = world.account("ana", Role.FOCAL_POINT, [city])
    soon = now() + timedelta(minutes=1)
    with db.write(world.engine) as conn:
        conn.execute(
            sa.update(db.tokens).values(expires_at=soon, last_used_at=now() - timedelta(hours=2))
        )
    assert world.client.get(ME, headers=headers).status_code == 200
    [token] = world.rows(db.tokens)
    assert token["expires_at"] > now() + FAST.token_lifetime - timedelta(minutes=1)


def test_sliding_expiry_keeps_used_tokens_and_never_revives_others(world: World, city: str) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    lifetime = timedelta(days=10)
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with db.write(world.engine) as conn:
        user_id = conn.execute(sa.select(db.users.c.id)).scalar_one()
        used, unused, revoked = (
            auth.issue_token(conn, user_id, name, t0, lifetime)[0]
            for name in ("used", "unused", "revoked")
        )

    def check(token: str, at: datetime) -> bool:
        with db.read(world.engine) as conn:
            found = auth.principal_for_token(conn, token, at)
        if found is not None and found[1]:  # as a request does: record the use, in time
            assert found[0].token_id is not None
            with db.write(world.engine) as conn:
                auth.touch_token(conn, found[0].token_id, at, lifetime)
        return found is not None

    with db.write(world.engine) as conn:
        revoked_id = conn.execute(
            sa.select(db.tokens.c.id).where(db.tokens.c.device_name == "revoked")
        ).scalar_one()
        auth.revoke_token(conn, revoked_id, t0 + timedelta(days=1))
    assert check(used, t0 + timedelta(days=9))
    with db.write(world.engine) as conn:  # a touch racing the revocation changes nothing
        auth.touch_token(conn, revoked_id, t0 + timedelta(days=9), lifetime)
        auth.touch_token(conn, revoked_id, t0 + timedelta(days=9), timedelta(days=1))
    # Past the original expiry: the used token still works, the others do not.
    later = t0 + timedelta(days=12)
    assert [check(token, later) for token in (used, unused, revoked)] == [True, False, False]
    with db.write(world.engine) as conn:  # an expired token is not revived by a touch
        unused_id = conn.execute(
            sa.select(db.tokens.c.id).where(db.tokens.c.device_name == "unused")
        ).scalar_one()
        auth.touch_token(conn, unused_id, later, lifetime)
    assert not check(unused, later)
    expiry = {row["device_name"]: row["expires_at"] for row in world.rows(db.tokens)}
    assert expiry["used"] == later + lifetime
    assert expiry["unused"] == expiry["revoked"] == t0 + lifetime
    with db.write(world.engine) as conn:  # a shorter lifetime never shortens a token
        used_id = conn.execute(
            sa.select(db.tokens.c.id).where(db.tokens.c.device_name == "used")
        ).scalar_one()
        auth.touch_token(conn, used_id, later + timedelta(hours=2), timedelta(days=1))
    assert world.rows(db.tokens, device_name="used")[0]["expires_at"] == later + lifetime


def test_revoking_logs_every_device_out(world: World, city: str) -> None:
    first = world.account("ana", Role.FOCAL_POINT, [city])
    second = world.login("ana")
    with db.write(world.engine) as conn:
        assert accounts.revoke_tokens(conn, "ana", now()) == 2
    for headers in (first, second):
        assert world.client.get(ME, headers=headers).status_code == 401
    assert world.client.get(ME, headers=world.login("ana")).status_code == 200


def test_logout_revokes_only_this_token(world: World, city: str) -> None:
    first = world.account("ana", Role.FOCAL_POINT, [city])
    second = world.login("ana")
    assert world.client.post("/api/v1/auth/logout", headers=first).status_code == 204
    assert world.client.get(ME, headers=first).status_code == 401
    assert world.client.get(ME, headers=second).status_code == 200


def test_a_new_password_revokes_tokens_and_a_disabled_account_cannot_log_in(
    world: World, city: str
) -> None:
    headers = world.account("ana", Role.FOCAL_POINT, [city])
    with db.write(world.engine) as conn:
        accounts.set_password(conn, Passwords(FAST.argon2), FAST, "ana", "otra-clave-larga", now())
    assert world.client.get(ME, headers=headers).status_code == 401
    assert _login(world.client, "ana")[0] == 401
    headers = world.login("ana", "otra-clave-larga")
    with db.write(world.engine) as conn:
        accounts.update_user(conn, Passwords(FAST.argon2), FAST, "ana", now(), disabled=True)
    assert world.client.get(ME, headers=headers).status_code == 401
    assert _login(world.client, "ana", "otra-clave-larga")[0] == 401


@pytest.fixture
def strict_client(engine: sa.Engine) -> Iterator[TestClient]:
    settings = dataclasses.replace(FAST, max_failures_per_account=3, max_failures_per_address=6)
    with TestClient(create_app(engine=engine, settings=settings)) as client:
        yield client


def test_login_is_rate_limited_per_account(
    world: World, city: str, strict_client: TestClient
) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    world.user("beto", Role.OFFICIAL, [city])
    for _ in range(3):
        assert _login(strict_client, "ana", "equivocada")[0] == 401
    status, body = _login(strict_client, "ana")  # even the right password waits now
    assert status == 429
    assert "Demasiados intentos fallidos" in body["detail"] and "esta cuenta" in body["detail"]
    assert 0 < int(body["retry-after"]) <= 15 * 60
    assert _login(strict_client, "beto")[0] == 200  # another account from the same address
    with db.write(world.engine) as conn:  # the window passes
        conn.execute(sa.update(db.login_attempts).values(at=now() - timedelta(minutes=16)))
    assert _login(strict_client, "ana")[0] == 200


def test_a_successful_login_clears_the_accounts_failures(
    world: World, city: str, strict_client: TestClient
) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    for _ in range(2):
        assert _login(strict_client, "ana", "equivocada")[0] == 401
    assert _login(strict_client, "ana")[0] == 200
    for _ in range(2):
        assert _login(strict_client, "ana", "equivocada")[0] == 401
    assert _login(strict_client, "ana")[0] == 200


def test_login_is_rate_limited_per_address(
    world: World, city: str, strict_client: TestClient
) -> None:
    world.user("ana", Role.FOCAL_POINT, [city])
    for n in range(6):  # guessing different accounts from one address
        assert _login(strict_client, f"usuario{n}", "equivocada")[0] == 401
    status, body = _login(strict_client, "ana")
    assert status == 429 and "dirección" in body["detail"]
    assert int(body["retry-after"]) > 0
