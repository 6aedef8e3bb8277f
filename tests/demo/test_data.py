"""The demo data's conventions: days, moments and years, and errors that name the place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from migradesk.demo import data
from migradesk.demo.data import Clock, DemoDataError, record
from migradesk.domain.plan import Action, ActionStatus, MonitoringUpdate

TODAY = date(2026, 11, 25)
CLOCK = Clock(TODAY, {"plan_sent": -75, "certified": -30})


def test_days_from_today_or_from_a_step() -> None:
    assert CLOCK.day(-95, "x") == date(2026, 8, 22)
    assert CLOCK.day(45, "x") == date(2027, 1, 9)
    assert CLOCK.day("plan_sent", "x") == date(2026, 9, 11)
    assert CLOCK.day("plan_sent + 3", "x") == date(2026, 9, 14)  # three days later
    assert CLOCK.day("certified-2", "x") == date(2026, 10, 24)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "plan_enviado",
            "paso desconocido 'plan_enviado'; timeline.toml tiene plan_sent, certified",
        ),
        ("plan_sent + tres", "no es un día"),
        (2.5, "no es un día"),
        (True, "no es un día"),
    ],
)
def test_a_bad_day_names_the_place(value: object, message: str) -> None:
    with pytest.raises(DemoDataError, match=r"^plan.toml: areas\[0\]: ") as raised:
        CLOCK.day(value, "plan.toml: areas[0]")
    assert message in str(raised.value)


def test_moments_and_years() -> None:
    moment = CLOCK.moment({"day": "plan_sent + 1", "time": "09:45"}, "x")
    assert moment == datetime(2026, 9, 12, 9, 45, tzinfo=UTC)
    with pytest.raises(DemoDataError, match=r"la hora '9\.45' no es HH:MM"):
        CLOCK.moment({"day": 0, "time": "9.45"}, "x")
    with pytest.raises(DemoDataError, match="un momento es"):
        CLOCK.moment("plan_sent", "x")
    assert CLOCK.text("Decreto 87/{y3}; {y0}", "x") == "Decreto 87/2023; 2026"
    assert CLOCK.text("llaves {{literales}}", "x") == "llaves {literales}"
    with pytest.raises(DemoDataError, match=r"x: 'anio' en .*los años se escriben \{y0\}"):
        CLOCK.text("Ordenanza {anio}", "x")


def test_a_record_from_named_fields_with_days_and_years() -> None:
    action = record(
        Action, "a1", "city", {"objective_id": "o1", "title": "Plan {y1}", "start": -10, "end": 5},
        CLOCK, "x",
    )  # fmt: skip
    assert (action.title, action.start, action.end) == (
        "Plan 2025",
        date(2026, 11, 15),
        date(2026, 11, 30),
    )
    update = record(
        MonitoringUpdate, "u1", "city",
        {"action_id": "a1", "reported_on": "plan_sent", "status": "demorada", "percent_done": 40},
        CLOCK, "x",
    )  # fmt: skip
    assert update.status is ActionStatus.DELAYED and update.reported_on == date(2026, 9, 11)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"action_id": "a1", "reported_on": -1, "status": "en curso"}, "status"),
        (
            {"action_id": "a1", "reported_on": -1, "status": "en_curso", "percent_done": 140},
            "0 and 100",
        ),
        ({"action_id": "a1", "status": "en_curso"}, "reported_on"),
    ],
)
def test_a_bad_record_names_the_file_and_the_field(fields: dict[str, object], message: str) -> None:
    at = "resources/demo/plan.toml: areas[1].objectives[0].actions[2].updates[0]"
    with pytest.raises(DemoDataError) as raised:
        record(MonitoringUpdate, "u1", "city", fields, CLOCK, at)
    assert str(raised.value).startswith(f"{at}: dato no válido: ")
    assert message in str(raised.value)


def test_a_misspelt_field_is_named_with_the_records_fields() -> None:
    fields = {"action_id": "a1", "reported_on": -1, "status": "en_curso", "porcentaje": 4}
    with pytest.raises(
        DemoDataError,
        match=r"^x: campos desconocidos \['porcentaje'\] \("
        r"MonitoringUpdate tiene action_id, reported_on, status, percent_done, note\)$",
    ):
        record(MonitoringUpdate, "u1", "city", fields, CLOCK, "x")


@pytest.fixture
def demo_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """resources/demo in a folder of its own (read afresh)."""
    folder = tmp_path / "demo"
    folder.mkdir()
    monkeypatch.setattr(data, "resource", lambda *parts: tmp_path.joinpath(*parts))
    data.load.cache_clear()
    yield folder
    data.load.cache_clear()


def test_a_file_that_is_not_toml_or_is_missing(demo_files: Path) -> None:
    (demo_files / "plan.toml").write_text('[[areas]]\nkey = "salud\n', encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"plan.toml no es TOML válido: .*line 2"):
        data.load("plan")
    with pytest.raises(DemoDataError, match=r"No se pudo leer .*timeline.toml"):
        data.load("timeline")
