"""Sync G10, one city per record: a desktop of an account of two cities against the real server
app; whatever id a client sends, nothing pushed or pulled under one city touches the other's."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
import synckit

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Role, to_wire
from migradesk.domain.plan import Action
from migradesk.server import reasons
from migradesk.storage.sync import sync_status
from migradesk.sync.api import Api
from migradesk.wire import protocol

X = synckit.CITY.id
OTHER = synckit.OTHER_CITY
Y = OTHER.id


@pytest.fixture
def two_cities(server: synckit.Server) -> Iterator[synckit.Server]:
    """The server with a second city, an official of both and a focal point of the second."""
    server.add_city(OTHER)
    server.add_user("oficial.xy", Role.OFFICIAL, [X, Y])
    server.add_user("punto.focal.y", Role.FOCAL_POINT, [Y])
    yield server


def _answer(city_id: str, text: str) -> IndicatorAnswer:
    answer = IndicatorAnswer.blank(city_id, "1", "a01")
    answer.answer = "si"
    answer.measure_description = text
    return answer


def _synced_answer_of_x(
    make_desktop: synckit.DesktopFactory,
) -> tuple[synckit.Desktop, IndicatorAnswer]:
    """A desktop of the official of both cities, with an answer of X on it and on the server."""
    desk = make_desktop("oficial.xy")
    desk.city_ids = [X, Y]
    mine = _answer(X, "Mesa de atención al migrante")
    desk.store.save(mine)
    assert desk.sync().ok
    return desk, mine


def _push_as(server: synckit.Server, username: str, city_id: str, record: IndicatorAnswer) -> str:
    """An upsert of ``record`` under ``city_id`` sent straight to the API; the result's error."""
    api = Api(server.transport(), synckit.Tokens(synckit.login_token(server.transport(), username)))
    mutation = protocol.Mutation(
        mutation_id="hostil-1",
        kind=record.KIND,
        record_id=record.id,
        op=protocol.Op.UPSERT,
        changes={name: (None, value) for name, value in to_wire(record).items()},
        base_version=0,
    )
    request = protocol.PushRequest(client_id="otro-equipo", city_id=city_id, mutations=[mutation])
    (result,) = api.push(request).results
    assert result.status is protocol.ResultStatus.REJECTED, result
    return result.error or ""


def test_a_push_under_another_city_cannot_take_over_a_records_id(
    two_cities: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    """The issue's repro: an official of X and Y syncs one desktop; Y's focal point pushes an
    upsert of an indicator answer whose id is one of X's answers; X's answer stays X's."""
    server = two_cities
    desk, mine = _synced_answer_of_x(make_desktop)

    error = _push_as(
        server, "punto.focal.y", Y, dataclasses.replace(_answer(Y, "Texto de Maimará"), id=mine.id)
    )
    assert error == reasons.ID_OF_ANOTHER_CITY
    assert mine.id not in server.records(Y)

    report = desk.sync()
    assert report.ok and report.other_city == 0
    assert desk.store.get(IndicatorAnswer, mine.id, X) == mine
    assert desk.store.get(IndicatorAnswer, mine.id, Y) is None
    for city_id in (X, Y):
        synckit.assert_converged(server, desk.store, city_id)


def test_a_pulled_record_never_lands_on_another_citys_record(
    two_cities: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    """A server that already holds Y's record under X's id (written before the server refused
    it): the desktop keeps it under Y, apart, leaves X's untouched and says so."""
    server = two_cities
    desk, mine = _synced_answer_of_x(make_desktop)
    theirs = dataclasses.replace(_answer(Y, "Texto de Maimará"), id=mine.id)
    server.store_unchecked(Y, theirs)  # as an older server accepted it

    report = desk.sync()
    assert report.ok and report.other_city == 1 and report.conflicts == 0
    assert any(
        "pull-other-city" in line and f"id={mine.id}" in line and f"other={X}" in line
        for line in report.log
    )
    assert desk.store.get(IndicatorAnswer, mine.id, X) == mine
    assert desk.store.get(IndicatorAnswer, mine.id, Y) == theirs
    assert desk.store.load_city_file(X).answers("1")["a01"] == mine
    assert sync_status.city_status(desk.store, Y).other_city == 1
    assert sync_status.city_status(desk.store, X).other_city == 1
    for city_id in (X, Y):
        synckit.assert_converged(server, desk.store, city_id)
    assert [c.check for c in desk.sync().cities] == ["omitido", "omitido"]


def test_a_desktop_of_two_cities_keeps_each_citys_work_apart(
    two_cities: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    server = two_cities
    both = make_desktop("oficial.xy")
    both.city_ids = [X, Y]
    only_y = make_desktop("punto.focal.y")
    only_y.city_ids = [Y]
    assert both.sync().ok and only_y.sync().ok
    both.store.save_all([_answer(X, "En X"), _answer(Y, "En Y")])
    action_x = Action(city_id=X, objective_id="o", title="Mesa en X")
    action_y = Action(city_id=Y, objective_id="o", title="Mesa en Y")
    both.store.save_all([action_x, action_y])
    report = both.sync(max_batch=3)
    assert report.ok and report.pushed == 4
    assert only_y.sync().ok
    got = only_y.store.get(IndicatorAnswer, IndicatorAnswer.id_for(Y, "1", "a01"), Y)
    assert got is not None and got.measure_description == "En Y"
    assert only_y.store.get(Action, action_x.id, X) is None  # not this account's city
    edited = _answer(Y, "En Y, corregido")
    only_y.store.save(edited)
    assert only_y.sync().ok and both.sync().ok
    assert both.store.get(IndicatorAnswer, edited.id, Y) == edited
    x_answer = both.store.get(IndicatorAnswer, IndicatorAnswer.id_for(X, "1", "a01"), X)
    assert x_answer is not None and x_answer.measure_description == "En X"
    for city_id in (X, Y):
        synckit.assert_converged(server, both.store, city_id)
        synckit.assert_outbox_empty(both.store)
    synckit.assert_converged(server, only_y.store, Y)


def test_an_official_of_two_cities_syncs_them_from_the_command_line(
    two_cities: synckit.Server, tmp_path: Path
) -> None:
    """The account's cities come from the sign-in: ``migradesk login`` then ``sync`` pulls both."""
    from migradesk.storage import Store
    from migradesk.sync import commands

    server = two_cities
    server.add_records(X, [_answer(X, "En X")])
    server.add_records(Y, [_answer(Y, "En Y")])
    link: commands.TransportFactory = lambda _settings: server.transport()  # noqa: E731
    with synckit.memory_keyring():
        commands.login(
            tmp_path, "http://127.0.0.1:8000", "oficial.xy", synckit.PASSWORD, transport=link
        )
        report = commands.sync(tmp_path, transport=link)
    assert report.ok and [c.city_id for c in report.cities] == [X, Y]
    with Store.open(tmp_path) as store:
        assert sorted(c.name for c in store.cities()) == ["Maimará", "Tilcara"]
        for city_id in (X, Y):
            synckit.assert_converged(server, store, city_id)
