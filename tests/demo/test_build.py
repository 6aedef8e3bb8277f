"""The demo's builder: a mistake in a data file stops it with the file and the place."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from migradesk.demo import build, demo_records
from migradesk.demo.data import DemoDataError, load

TODAY = date(2026, 11, 25)


def _edited(monkeypatch: pytest.MonkeyPatch, name: str, edit: Any) -> None:
    """Build from a copy of ``resources/demo/<name>.toml`` changed by ``edit``."""
    table = copy.deepcopy(load(name))
    edit(table)
    monkeypatch.setattr(build, "load", lambda wanted: table if wanted == name else load(wanted))


@pytest.mark.parametrize(
    ("name", "edit", "message"),
    [
        (
            "plan",
            lambda t: t["areas"][1]["objectives"][0]["actions"][2].update(fin=30),
            "resources/demo/plan.toml: areas[1].objectives[0].actions[2]: campos desconocidos "
            "['fin'] (Action tiene objective_id, title,",
        ),
        (
            "plan",
            lambda t: t["areas"][0]["objectives"][0]["actions"][0]["updates"][1].update(
                reported_on="plan_enviado"
            ),
            "resources/demo/plan.toml: areas[0].objectives[0].actions[0].updates[1].reported_on: "
            "paso desconocido 'plan_enviado'",
        ),
        (
            "self_assessment",
            lambda t: t["answers"]["a01"].update(level="si"),
            "resources/demo/self_assessment.toml: answers.a01: level 'si' no es uno de yes",
        ),
        (
            "reviews",
            lambda t: t["comments"][6].update(anchor="salud/uno/1"),
            "resources/demo/reviews.toml: comments[6]: una acción se indica como "
            "área/objetivo/acción: salud/uno/1",
        ),
        (
            "reviews",
            lambda t: t["milestones"].update(inicio_fase_9="certified"),
            "resources/demo/reviews.toml: milestones.inicio_fase_9: hito desconocido",
        ),
        (
            "city",
            lambda t: t["officials"][3].update(course_days=[3, "doce"]),
            "resources/demo/city.toml: officials[3]: course_days son días enteros",
        ),
        (
            "report",
            lambda t: t["sections"][0].update(texto="…"),
            "resources/demo/report.toml: sections[0]: campos desconocidos ['texto']",
        ),
        (
            "timeline",
            lambda t: t.update(plan_sent="-75"),
            "resources/demo/timeline.toml: plan_sent: '-75' no es un número de días",
        ),
    ],
)
def test_a_mistake_names_the_file_and_the_place(
    monkeypatch: pytest.MonkeyPatch, name: str, edit: Any, message: str
) -> None:
    _edited(monkeypatch, name, edit)
    with pytest.raises(DemoDataError) as raised:
        demo_records(TODAY)
    assert str(raised.value).startswith(message), str(raised.value)


def test_the_data_builds_on_any_day() -> None:
    for today in (date(2024, 2, 29), date(2031, 1, 1)):
        records = demo_records(today)
        assert len(records) == len(demo_records(TODAY))
