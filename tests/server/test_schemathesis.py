"""Schemathesis against the OpenAPI schema: generated (valid and invalid) requests to every
operation, by logged-in accounts, never get a 5xx.

It runs on one database to keep the suite short: PostgreSQL when MIGRADESK_TEST_PG is set (the
stricter one: NUL characters, integer ranges, JSONB), SQLite otherwise."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import schemathesis
import sqlalchemy as sa
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from serverkit import World, pg_base_url

from migradesk.domain.base import Role
from migradesk.server.app import create_app


def _openapi() -> dict[str, Any]:
    """The schema, from an app that is never called (the tests call each test's own app)."""
    engine = sa.create_engine("sqlite://")
    try:
        return create_app(engine=engine, check_schema=False).openapi()
    finally:
        engine.dispose()


# Loaded eagerly: schemathesis' lazy from_fixture does not work with pytest 9.
schema = schemathesis.openapi.from_dict(_openapi())
_turn = itertools.count()


@pytest.fixture
def accounts(world: World, database_url: str) -> dict[str, Any]:
    """A city with data, its focal point, a reviewer and an admin, logged in."""
    if database_url.startswith("sqlite") and pg_base_url():
        pytest.skip("schemathesis runs on PostgreSQL when there is one")
    city = world.city("Humahuaca")
    return {
        "city": city,
        "focal_point": world.account("ana", Role.FOCAL_POINT, [city]),
        "reviewer": world.account("rita", Role.REVIEWER),
        "admin": world.account("root", Role.ADMIN),
    }


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
def test_no_server_errors(case: Any, app: FastAPI, accounts: dict[str, Any]) -> None:
    turn = next(_turn)
    path = case.operation.path
    role = "admin" if path.startswith("/api/v1/admin") else ("focal_point", "reviewer")[turn % 2]
    # Half the time, aim at the real city so that requests get past the tenancy check.
    if turn % 4 < 2:
        if isinstance(case.path_parameters, dict) and "city_id" in case.path_parameters:
            case.path_parameters["city_id"] = accounts["city"]
        if isinstance(case.query, dict) and "city_id" in case.query:
            case.query["city_id"] = accounts["city"]
        if isinstance(case.body, dict) and "city_id" in case.body:
            case.body["city_id"] = accounts["city"]
    headers = {} if turn % 7 == 6 else accounts[role]
    response = case.call(app=app, base_url="http://testserver", headers=headers)
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:500]}"
    )
    if response.status_code >= 400:
        assert isinstance(response.json().get("detail"), str), response.text[:300]
