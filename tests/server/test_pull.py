"""Pull pages after a cursor, in the city's sequence order; the summary."""

from __future__ import annotations

import pytest
from serverkit import World, mutation, push_body

from migradesk.domain.base import Role
from migradesk.domain.plan import PriorityArea
from migradesk.wire.protocol import (
    PULL_PATH,
    PUSH_PATH,
    SUMMARY_PATH,
    PullResponse,
    Summary,
    summary_digest,
)


@pytest.fixture
def city(world: World) -> str:
    return world.city("Humahuaca")


@pytest.fixture
def focal(world: World, city: str) -> dict[str, str]:
    return world.account("ana", Role.FOCAL_POINT, [city])


def _areas(city: str, count: int) -> list[PriorityArea]:
    return [PriorityArea(city_id=city, title=f"Área {n:02d}") for n in range(count)]


def _pull(world: World, headers: dict[str, str], city: str, since: int, limit: int) -> PullResponse:
    response = world.client.get(
        PULL_PATH, params={"city_id": city, "since": since, "limit": limit}, headers=headers
    )
    assert response.status_code == 200, response.text
    return PullResponse.model_validate(response.json())


def test_pages_follow_the_cursor_without_gaps_or_repeats(
    world: World, city: str, focal: dict[str, str]
) -> None:
    areas = _areas(city, 24)
    body = push_body(city, [mutation(area) for area in areas])
    assert world.client.post(PUSH_PATH, json=body, headers=focal).status_code == 200

    seen: list[tuple[str, int]] = []
    cursor, pages = 0, []
    while True:
        page = _pull(world, focal, city, cursor, 10)
        pages.append(len(page.changes))
        seen.extend((change.id, change.version) for change in page.changes)
        assert all(change.version > cursor for change in page.changes)
        assert page.cursor == (page.changes[-1].version if page.changes else cursor)
        cursor = page.cursor
        if not page.has_more:
            break
    assert pages == [10, 10, 5]  # 24 areas and the city record
    assert [version for _, version in seen] == list(range(1, 26))
    assert {record_id for record_id, _ in seen} == {a.id for a in areas} | {city}
    empty = _pull(world, focal, city, cursor, 10)
    assert (empty.changes, empty.cursor, empty.has_more) == ([], cursor, False)


def test_a_record_changed_twice_comes_once_at_its_latest_version(
    world: World, city: str, focal: dict[str, str]
) -> None:
    [area] = _areas(city, 1)
    first = push_body(city, [mutation(area)])
    world.client.post(PUSH_PATH, json=first, headers=focal)
    edit = mutation(
        kind="priority_area",
        record_id=area.id,
        changes={"title": [area.title, "Salud"], "urgency": [None, 4]},
        base_version=2,
    )
    world.client.post(PUSH_PATH, json=push_body(city, [edit]), headers=focal)
    page = _pull(world, focal, city, 1, 100)
    assert [(c.id, c.version) for c in page.changes] == [(area.id, 3)]
    assert page.changes[0].fields["title"] == "Salud"
    assert page.changes[0].fields["urgency"] == 4
    assert page.changes[0].fields["importance"] is None  # full state, not a diff


def test_a_no_op_pull_is_one_small_answer(world: World, city: str, focal: dict[str, str]) -> None:
    cursor = _pull(world, focal, city, 0, 100).cursor
    response = world.client.get(PULL_PATH, params={"city_id": city, "since": cursor}, headers=focal)
    assert response.status_code == 200
    assert response.json() == {"protocol": 1, "changes": [], "cursor": cursor, "has_more": False}
    assert len(response.content) < 80


def test_summary_counts_and_hashes_every_record_deleted_included(
    world: World, city: str, focal: dict[str, str]
) -> None:
    areas = _areas(city, 3)
    world.client.post(PUSH_PATH, json=push_body(city, [mutation(a) for a in areas]), headers=focal)
    gone = mutation(kind="priority_area", record_id=areas[0].id, op="delete")
    world.client.post(PUSH_PATH, json=push_body(city, [gone]), headers=focal)
    response = world.client.get(SUMMARY_PATH, params={"city_id": city}, headers=focal)
    assert response.status_code == 200
    summary = Summary.model_validate(response.json())
    pulled = _pull(world, focal, city, 0, 1000).changes
    assert summary.count == 4 == len(pulled)
    assert summary.digest == summary_digest([(c.id, c.version) for c in pulled])
    assert [c.deleted for c in pulled if c.id == areas[0].id] == [True]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"since": -1}, 422),
        ({"since": 2**70}, 422),
        ({"limit": 0}, 422),
        ({"limit": 100_000}, 422),
        ({"since": "x"}, 422),
    ],
)
def test_bad_cursor_or_limit_is_a_clear_4xx(
    world: World, city: str, focal: dict[str, str], params: dict[str, object], status: int
) -> None:
    response = world.client.get(PULL_PATH, params={"city_id": city, **params}, headers=focal)
    assert response.status_code == status
    assert isinstance(response.json()["detail"], str)


# A push that also pulls (?pull_since=): an incremental sync in one request


def _push_pull(
    world: World, headers: dict[str, str], body: dict[str, object], since: int, limit: int = 300
) -> tuple[list[dict[str, object]], PullResponse]:
    response = world.client.post(
        PUSH_PATH, json=body, params={"pull_since": since, "pull_limit": limit}, headers=headers
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    return answer["results"], PullResponse.model_validate(answer["pull"])


def test_a_push_brings_back_its_own_versions_and_others_changes(
    world: World, city: str, focal: dict[str, str]
) -> None:
    other = world.account("beto", Role.OFFICIAL, [city])
    mine, theirs = _areas(city, 2)
    world.client.post(PUSH_PATH, json=push_body(city, [mutation(mine)]), headers=focal)
    cursor = _pull(world, focal, city, 0, 100).cursor
    world.client.post(PUSH_PATH, json=push_body(city, [mutation(theirs)], "desk-2"), headers=other)
    edit = mutation(
        kind="priority_area",
        record_id=mine.id,
        changes={"title": [mine.title, "Salud"]},
        base_version=cursor,
    )
    [result], page = _push_pull(world, focal, push_body(city, [edit]), cursor)
    assert result["status"] == "applied"
    assert [(c.id, c.version) for c in page.changes] == [
        (theirs.id, cursor + 1),
        (mine.id, result["version"]),
    ]
    assert page.changes[1].fields["title"] == "Salud"
    assert (page.cursor, page.has_more) == (world.seq(city), False)
    assert page == _pull(world, focal, city, cursor, 300)  # exactly what a GET pull returns


def test_a_retried_push_gets_its_stored_results_and_a_fresh_page(
    world: World, city: str, focal: dict[str, str]
) -> None:
    other = world.account("beto", Role.OFFICIAL, [city])
    mine, theirs = _areas(city, 2)
    body = push_body(city, [mutation(mine)])
    first, page = _push_pull(world, focal, body, 1)
    assert [c.id for c in page.changes] == [mine.id]
    world.client.post(PUSH_PATH, json=push_body(city, [mutation(theirs)], "desk-2"), headers=other)
    seq = world.seq(city)
    again, fresh = _push_pull(world, focal, body, 1)
    assert again == first  # applied once: the stored answer
    assert world.seq(city) == seq
    assert [c.id for c in fresh.changes] == [mine.id, theirs.id]
    assert fresh.cursor == seq


def test_a_push_pull_pages_like_a_get_pull(world: World, city: str, focal: dict[str, str]) -> None:
    areas = _areas(city, 5)
    results, page = _push_pull(world, focal, push_body(city, [mutation(a) for a in areas]), 0, 4)
    assert len(results) == 5
    assert page.has_more and len(page.changes) == 4 and page.cursor == 4
    assert page == _pull(world, focal, city, 0, 4)


def test_a_push_without_pull_since_answers_as_before(
    world: World, city: str, focal: dict[str, str]
) -> None:
    """Older desktops refuse fields they do not know: no "pull" key, not even null."""
    [area] = _areas(city, 1)
    response = world.client.post(PUSH_PATH, json=push_body(city, [mutation(area)]), headers=focal)
    assert response.status_code == 200
    assert set(response.json()) == {"protocol", "results"}


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"pull_since": -1}, "parámetro pull_since: debe ser al menos 0"),
        ({"pull_since": "diez"}, "parámetro pull_since: debe ser un número entero"),
        ({"pull_since": 0, "pull_limit": 0}, "parámetro pull_limit: debe ser al menos 1"),
    ],
)
def test_a_bad_pull_since_is_refused_before_anything_is_applied(
    world: World, city: str, focal: dict[str, str], params: dict[str, object], named: str
) -> None:
    [area] = _areas(city, 1)
    seq = world.seq(city)
    body = push_body(city, [mutation(area)])
    response = world.client.post(PUSH_PATH, json=body, params=params, headers=focal)
    assert response.status_code == 422, response.text
    assert named in response.json()["detail"]
    assert world.seq(city) == seq


def test_a_push_pull_of_a_foreign_city_is_refused_and_applies_nothing(
    world: World, city: str, focal: dict[str, str]
) -> None:
    elsewhere = world.city("Tilcara")
    [area] = _areas(elsewhere, 1)
    seq = world.seq(elsewhere)
    body = push_body(elsewhere, [mutation(area)])
    response = world.client.post(PUSH_PATH, json=body, params={"pull_since": 0}, headers=focal)
    assert response.status_code == 403, response.text
    assert world.seq(elsewhere) == seq
