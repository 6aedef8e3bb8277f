"""Bad input gets a 4xx with a JSON {"detail": "..."} — never a 500; gzip both ways; limits;
the protocol version."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

import pytest
from serverkit import World, mutation, push_body

from migradesk.domain.base import Role
from migradesk.domain.plan import PriorityArea
from migradesk.server.http import NOT_UTF8, TOO_DEEP
from migradesk.wire.protocol import (
    LOGIN_PATH,
    MAX_BATCH,
    MAX_BODY_BYTES,
    PROTOCOL_HEADER,
    PULL_PATH,
    PUSH_PATH,
)


@pytest.fixture
def city(world: World) -> str:
    return world.city("Humahuaca")


@pytest.fixture
def focal(world: World, city: str) -> dict[str, str]:
    return world.account("ana", Role.FOCAL_POINT, [city])


def _detail(response: Any, status: int | tuple[int, ...]) -> str:
    statuses = status if isinstance(status, tuple) else (status,)
    assert response.status_code in statuses, (response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"detail"} and isinstance(body["detail"], str) and body["detail"]
    detail: str = body["detail"]
    return detail


def _post(world: World, headers: dict[str, str], content: bytes, **extra: str) -> Any:
    return world.client.post(
        PUSH_PATH,
        content=content,
        headers={**headers, "Content-Type": "application/json", **extra},
    )


def _valid_body(city: str, count: int = 1) -> bytes:
    areas = [mutation(PriorityArea(city_id=city, title=f"Área {n}")) for n in range(count)]
    return json.dumps(push_body(city, areas)).encode()


def test_malformed_json_is_400(world: World, focal: dict[str, str]) -> None:
    detail = _detail(_post(world, focal, b'{"client_id": "x", '), 400)
    assert "no es JSON válido" in detail


def test_wrong_types_are_422_with_the_place(world: World, city: str, focal: dict[str, str]) -> None:
    body = push_body(city, [mutation(kind="workshop", record_id="w", op="merge")])
    body["client_id"] = 12
    detail = _detail(world.client.post(PUSH_PATH, json=body, headers=focal), 422)
    assert "cuerpo client_id" in detail and "cuerpo mutations.0.op" in detail
    detail = _detail(world.client.post(PUSH_PATH, json=[1, 2], headers=focal), 422)
    assert detail.startswith("Solicitud no válida")


def test_extra_fields_are_refused(world: World, city: str, focal: dict[str, str]) -> None:
    body = {**push_body(city, []), "surprise": True}
    assert "surprise" in _detail(world.client.post(PUSH_PATH, json=body, headers=focal), 422)


def test_unknown_kinds_are_rejected_per_mutation_and_in_rest_calls(
    world: World, city: str, focal: dict[str, str]
) -> None:
    body = push_body(city, [mutation(kind="spaceship", record_id="s1")])
    response = world.client.post(PUSH_PATH, json=body, headers=focal)
    assert response.status_code == 200
    [result] = response.json()["results"]
    assert result["status"] == "rejected" and "«spaceship»" in result["error"]
    comment = {"anchor_kind": "spaceship", "anchor_id": "s1", "body": "hola"}
    response = world.client.post(f"/api/v1/cities/{city}/comments", json=comment, headers=focal)
    assert "no conoce el tipo de registro «spaceship»" in _detail(response, 422)


def test_invalid_utf8_is_a_4xx_said_in_spanish(world: World, focal: dict[str, str]) -> None:
    detail = _detail(_post(world, focal, b'{"client_id": "\xff\xfe"}'), 400)
    assert detail == NOT_UTF8  # not FastAPI's "There was an error parsing the body"
    response = world.client.post(
        LOGIN_PATH,
        content=b'{"username": "\xc3\x28", "password": "x"}',
        headers={"Content-Type": "application/json"},
    )
    assert _detail(response, 400) == NOT_UTF8


def test_lone_surrogates_and_nul_bytes_are_a_4xx_not_a_crash(
    world: World, city: str, focal: dict[str, str]
) -> None:
    response = world.client.post(
        LOGIN_PATH,
        content=b'{"username": "\\ud800\\u0000", "password": "\\udfff"}',
        headers={"Content-Type": "application/json"},
    )
    _detail(response, 422)
    response = world.client.post(
        LOGIN_PATH,
        content=b'{"username": "ana\\u0000", "password": "x\\u0000"}',
        headers={"Content-Type": "application/json"},
    )
    _detail(response, 401)
    response = world.client.get(PULL_PATH, params={"city_id": "a\x00b"}, headers=focal)
    _detail(response, 422)


def test_too_deeply_nested_json_is_a_4xx_said_in_spanish(
    world: World, focal: dict[str, str]
) -> None:
    depth = 100_000
    assert _detail(_post(world, focal, b"[" * depth + b"]" * depth), 400) == TOO_DEEP
    deep = b'{"a":' * depth + b"1" + b"}" * depth
    response = world.client.post(
        LOGIN_PATH, content=deep, headers={"Content-Type": "application/json"}
    )
    assert _detail(response, 400) == TOO_DEEP


def test_a_batch_over_the_limit_is_422_saying_so(
    world: World, city: str, focal: dict[str, str]
) -> None:
    detail = _detail(_post(world, focal, _valid_body(city, MAX_BATCH + 1)), 422)
    assert f"como máximo {MAX_BATCH}" in detail and "lotes más pequeños" in detail


def test_an_oversized_body_is_413(world: World, city: str, focal: dict[str, str]) -> None:
    big = b" " * (MAX_BODY_BYTES + 1)
    assert "supera" in _detail(_post(world, focal, big), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
        for _ in range(5):
            yield b" " * (MAX_BODY_BYTES // 4)

    response = world.client.post(
        PUSH_PATH, content=chunks(), headers={**focal, "Content-Type": "application/json"}
    )
    _detail(response, 413)


def test_a_gzip_body_is_accepted(world: World, city: str, focal: dict[str, str]) -> None:
    response = _post(
        world, focal, gzip.compress(_valid_body(city, 3)), **{"Content-Encoding": "gzip"}
    )
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied"] * 3


def test_a_gzip_bomb_is_413(world: World, focal: dict[str, str]) -> None:
    bomb = gzip.compress(b" " * (MAX_BODY_BYTES * 4))
    assert len(bomb) < MAX_BODY_BYTES
    detail = _detail(_post(world, focal, bomb, **{"Content-Encoding": "gzip"}), 413)
    assert "descomprimida" in detail


@pytest.mark.parametrize(
    "content",
    [b"not gzip at all", gzip.compress(b'{"a": 1}')[:-6], gzip.compress(b"{}")[:12] + b"\x00" * 9],
    ids=["garbage", "truncated", "corrupt"],
)
def test_broken_gzip_is_400(world: World, focal: dict[str, str], content: bytes) -> None:
    detail = _detail(_post(world, focal, content, **{"Content-Encoding": "gzip"}), 400)
    assert "gzip" in detail


def test_an_unknown_content_encoding_is_415(world: World, focal: dict[str, str]) -> None:
    _detail(_post(world, focal, b"{}", **{"Content-Encoding": "br"}), 415)


def test_big_answers_are_gzipped_for_clients_that_accept_it(
    world: World, city: str, focal: dict[str, str]
) -> None:
    assert _post(world, focal, _valid_body(city, 50)).status_code == 200
    response = world.client.get(
        PULL_PATH, params={"city_id": city}, headers={**focal, "Accept-Encoding": "gzip"}
    )
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["changes"]) == 51


@pytest.mark.parametrize(
    ("version", "status", "words"),
    [
        ("0", 426, "actualice MigraDesk"),
        ("2", 400, "actualizar el servidor"),
        ("uno", 400, "número"),
    ],
)
def test_an_unknown_protocol_version_gets_a_clear_refusal(
    world: World, city: str, focal: dict[str, str], version: str, status: int, words: str
) -> None:
    headers = {**focal, PROTOCOL_HEADER: version}
    response = world.client.get(PULL_PATH, params={"city_id": city}, headers=headers)
    assert words in _detail(response, status)
    assert response.headers[PROTOCOL_HEADER] == "1"


def test_the_protocol_in_the_body_is_checked_too(
    world: World, city: str, focal: dict[str, str]
) -> None:
    body = {**push_body(city, []), "protocol": 0}
    response = world.client.post(PUSH_PATH, json=body, headers=focal)
    assert "actualice MigraDesk" in _detail(response, 426)


def test_every_answer_names_the_protocol(world: World) -> None:
    assert world.client.get("/healthz").headers[PROTOCOL_HEADER] == "1"
    assert world.client.get("/nowhere").headers[PROTOCOL_HEADER] == "1"


def test_unknown_paths_and_methods_are_json_4xx(world: World, focal: dict[str, str]) -> None:
    _detail(world.client.get("/api/v1/nowhere", headers=focal), 404)
    _detail(world.client.delete(PUSH_PATH, headers=focal), 405)
