"""An application as sent: snapshot, back to records, and the engine's candidate from it."""

from __future__ import annotations

from datetime import date

import pytest
from selection_kit import one_per_region, run

from migradesk.domain.application import Application, Presence
from migradesk.domain.base import DomainError
from migradesk.domain.city import City, Region
from migradesk.domain.people import FocalPoint
from migradesk.domain.register import by_code
from migradesk.domain.selection_applications import (
    CITY_SOURCE,
    SentApplication,
    candidate,
    parse_snapshot,
)
from migradesk.domain.selection_offers import Offer, result_messages


def sent(city: City, **form: object) -> SentApplication:
    values: dict[str, object] = {
        "migration_body": Presence.NONE,
        "migrant_programmes": Presence.INCIPIENT,
        "agreements": Presence.NONE,
        "mayor_name": "Intendenta",
    }
    values.update(form)
    application = Application(id=Application.id_for(city.id), city_id=city.id, **values)  # type: ignore[arg-type]
    return SentApplication(city, application, FocalPoint(city_id=city.id, name="Ana"))


def test_a_snapshot_comes_back_as_the_same_records() -> None:
    original = sent(by_code("380105").to_city())
    again = parse_snapshot(original.snapshot())
    assert again == original
    assert again.missing() == []


def test_what_an_application_lacks_is_said() -> None:
    city = by_code("380105").to_city()
    lacking = sent(city, mayor_name="", agreements=None)
    lacking = SentApplication(lacking.city, lacking.application, None)
    assert lacking.missing() == [
        "sección 2: convenios",
        "carta de intención: nombre del/de la intendente/a",
        "carta de intención: el Punto Focal que designa",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "no trae los datos de la ciudad"),
        ({"city": {}, "city_id": ""}, "no trae el identificador"),
        ({"city": {}, "city_id": "x"}, "no trae el formulario"),
        ({"city": {"name": "x"}, "city_id": "x", "application": {}}, "la inscripción no es válida"),
    ],
)
def test_a_bad_snapshot_is_refused_in_spanish(data: object, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        parse_snapshot(data)


def test_the_register_decides_the_facts_of_a_register_city() -> None:
    city = by_code("380105").to_city()
    city.is_border = not city.is_border  # the city's own correction: shown, not scored
    found = candidate(sent(city), 1500, "INDEC, Censo 2010")
    assert found.key == city.id
    assert found.is_border == by_code("380105").is_border
    assert (found.foreign_born_2010, found.sources.foreign_born) == (1500, "INDEC, Censo 2010")
    assert found.migrant_programmes is Presence.INCIPIENT


def test_a_city_outside_the_register_is_taken_as_it_sent_itself() -> None:
    city = City(
        id="c-1", city_id="c-1", name="Paraje Nuevo", province="Salta", region=Region.NOROESTE,
        is_border=True, population_2010=900,
    )  # fmt: skip
    found = candidate(sent(city))
    assert (found.is_border, found.population_2010, found.foreign_born_2010) == (True, 900, None)
    assert found.sources.territory == CITY_SOURCE


def test_the_e_mails_say_selected_with_the_deadline_or_not_with_the_reason() -> None:
    outcome = run(one_per_region(2))
    offers = [
        Offer(key, outcome.result(key).candidate.region, date(2026, 3, 2))
        for key in outcome.selected
    ]
    mails = {m.key: m for m in result_messages(outcome, offers, "Convocatoria 2026")}
    assert len(mails) == 12
    chosen = mails["noroeste-0"]
    assert chosen.subject == "MigraCiudades Argentina: Ciudad noroeste-0 fue seleccionada"
    assert "hasta el 16/03/2026 inclusive" in chosen.body
    left = mails["noroeste-1"]
    assert "no fue seleccionada en la convocatoria «Convocatoria 2026»" in left.body
    assert "No seleccionada: Noroeste tuvo 1 cupo(s)" in left.body
    assert "Si se libera un lugar de su región" in left.body
