"""``next_actions``: what comes next, who does it, by when — for every state of a city."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migradesk.demo import demo_records
from migradesk.domain.actors import Actor
from migradesk.domain.city import City
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process import agenda, headline, next_actions, overview
from migradesk.domain.process.steps import certified
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable, Milestone, ReviewState

from .citykit import TODAY, Builder

CITY, IOM, CIPPEC = Actor.CITY, Actor.IOM, Actor.CIPPEC


def first(city: Builder, today: date = TODAY) -> tuple[str, tuple[Actor, ...], date | None, str]:
    action = headline(next_actions(city.file(), today), today)
    assert action is not None
    return action.key, action.actors, action.due, str(action.text)


def test_a_new_city_is_told_to_fill_in_its_application(city: Builder) -> None:
    key, actors, due, text = first(city)
    assert (key, actors, due) == ("inscripcion.enviar", (CITY,), None)  # "cuando OIM fije…"
    assert text.startswith("Completar el formulario de inscripción y la carta de intención")
    city.milestone(Milestone.CAMPAIGN_LAUNCH, TODAY - timedelta(days=3))
    assert first(city)[2] == TODAY - timedelta(days=3) + timedelta(weeks=4)
    city.application()
    assert first(city)[3] == "Enviar la inscripción a OIM."


def test_a_send_waiting_for_a_connection_says_so(city: Builder) -> None:
    city.application()
    city.send(Deliverable.APPLICATION, ack=False)
    key, actors, _due, text = first(city)
    assert (key, actors) == ("inscripcion.por_enviar", (CITY,))
    assert text == (
        "Conectarse a Internet para que salga la inscripción: está por enviar en este equipo."
    )


Step = Callable[[Builder], object]
R, S = Deliverable.REPORT, Deliverable.SELF_ASSESSMENT
STAGES: list[tuple[str, Step, str, tuple[Actor, ...]]] = [
    ("sent", lambda c: (c.application(), c.send(Deliverable.APPLICATION)),
     "inscripcion.recibir", (IOM,)),
    ("received", lambda c: c.iom(Deliverable.APPLICATION, ReviewState.RECEIVED),
     "inscripcion.resultados", (IOM, Actor.DNM)),
    ("selected", lambda c: c.milestone(Milestone.RESULTS_NOTIFIED, date(2025, 10, 1)),
     "inscripcion.confirmar", (CITY,)),
    ("confirmed", lambda c: c.confirmed(), "fase1.inscribir_punto_focal", (CITY,)),
    ("course", lambda c: c.course_done(), "fase2.enviar", (CITY,)),
    ("answered", lambda c: c.answers(), "fase2.enviar", (CITY,)),
    ("assessment sent", lambda c: c.send(S), "fase2.revisar", (IOM,)),
    ("reviewed", lambda c: c.iom(S, ReviewState.APPROVED), "fase3.workshop", (IOM, CIPPEC)),
    ("workshop", lambda c: c.workshop(WorkshopKind.DIAGNOSTIC), "fase3.enviar", (CITY, CIPPEC)),
    ("written", lambda c: c.sections(), "fase3.enviar", (CITY, CIPPEC)),
    ("report sent", lambda c: c.send(R), "fase3.revisar", (IOM, CIPPEC)),
    ("commented", lambda c: (c.comment_report(), c.iom(R, ReviewState.HAS_ISSUES)),
     "fase3.responder", (CITY,)),
]  # fmt: skip


def test_each_stage_names_its_next_action_and_who_does_it(city: Builder) -> None:
    from migradesk.domain.review import Comment

    stages: list[tuple[str, Step, str, tuple[Actor, ...]]] = [
        *STAGES,
        ("comments answered", lambda c: c.reply(c.file().all(Comment)[0]),
         "fase3.validar", (CIPPEC, CITY)),
        ("validated", lambda c: c.iom(R, ReviewState.VALIDATED), "fase3.enviar_final", (CITY,)),
        ("final sent", lambda c: c.send(R, final=True), "fase3.aprobar", (IOM,)),
        ("final", lambda c: c.iom(R, ReviewState.APPROVED), "fase4.workshop", (IOM, CIPPEC)),
        ("workshop", lambda c: c.workshop(WorkshopKind.PLANNING, date(2026, 8, 7)),
         "fase4.enviar", (CITY,)),
        ("planned", lambda c: c.plan(), "fase4.enviar", (CITY,)),
        ("plan sent", lambda c: c.send(Deliverable.ACTION_PLAN), "fase4.validar", (IOM,)),
        ("validated", lambda c: c.iom(Deliverable.ACTION_PLAN, ReviewState.APPROVED),
         "fase5.certificar", (IOM,)),
    ]  # fmt: skip
    for name, step, key, actors in stages:
        step(city)
        keys = [a.key for a in next_actions(city.file(), TODAY)]
        found = (
            next(a for a in next_actions(city.file(), TODAY) if a.key == key)
            if key in keys
            else None
        )
        assert found is not None, (name, keys)
        assert found.actors == actors, name
    city.certify(TODAY + timedelta(days=20))
    assert first(city)[:3] == ("fase5.ceremonia", (IOM,), TODAY + timedelta(days=20))
    city.certify(TODAY - timedelta(days=1))
    assert first(city)[0].startswith("fase6.accion.")


@pytest.fixture(scope="module")
def demo() -> CityFile:
    records = demo_records(TODAY)
    city = next(r for r in records if isinstance(r, City))
    return CityFile.from_records(city, records)


def test_the_demo_city_in_phase_6_has_its_monitoring_due(demo: CityFile) -> None:
    actions = next_actions(demo, TODAY)
    top = headline(actions, TODAY)
    assert top is not None and top.step_id == "fase6" and top.overdue(TODAY)
    due = agenda(actions, TODAY)
    assert due and all(a.due is not None and a.due <= TODAY + timedelta(days=30) for a in due)
    assert [a.due for a in due] == sorted(a.due for a in due if a.due)
    summary = overview(demo, TODAY)
    assert summary.certified and summary.step_id == "fase6" and summary.next == top


OPERATIONS: list[Step] = [
    lambda c: c.application(),
    lambda c: c.send(Deliverable.APPLICATION, ack=False),
    lambda c: c.versions.update({r: 500 + n for n, r in enumerate(c.records)}),
    lambda c: c.iom(Deliverable.APPLICATION, ReviewState.RECEIVED),
    lambda c: c.milestone(Milestone.RESULTS_NOTIFIED, date(2025, 10, 1)),
    lambda c: c.confirmed(),
    lambda c: c.official("Luz Mamani", focal=True, done=False),
    lambda c: c.course_done(),
    lambda c: c.answers(40),
    lambda c: c.answers(),
    lambda c: c.send(S),
    lambda c: c.iom(S, ReviewState.HAS_ISSUES),
    lambda c: c.send(S),
    lambda c: c.iom(S, ReviewState.APPROVED),
    lambda c: c.workshop(WorkshopKind.DIAGNOSTIC, TODAY + timedelta(days=5)),
    lambda c: c.workshop(WorkshopKind.DIAGNOSTIC, people=0),
    lambda c: c.workshop(WorkshopKind.DIAGNOSTIC),
    lambda c: c.sections(skip=("3",)),
    lambda c: c.sections(),
    lambda c: c.send(R),
    lambda c: c.comment_report(),
    lambda c: c.iom(R, ReviewState.HAS_ISSUES),
    lambda c: c.iom(R, ReviewState.VALIDATED),
    lambda c: c.send(R, final=True),
    lambda c: c.iom(R, ReviewState.APPROVED),
    lambda c: c.plan(responsible=""),
    lambda c: c.plan(),
    lambda c: c.send(Deliverable.ACTION_PLAN),
    lambda c: c.iom(Deliverable.ACTION_PLAN, ReviewState.HAS_ISSUES),
    lambda c: c.send(Deliverable.ACTION_PLAN),
    lambda c: c.iom(Deliverable.ACTION_PLAN, ReviewState.APPROVED),
    lambda c: c.workshop(WorkshopKind.PLANNING, date(2026, 8, 7)),
    lambda c: c.certify(TODAY + timedelta(days=3)),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(range(len(OPERATIONS))), max_size=25), st.integers(-400, 400))
def test_there_is_always_a_next_action_until_the_city_is_certified(
    picks: list[int], shift: int
) -> None:
    city = Builder()
    for n in sorted(picks):  # in process order, any of them left out
        OPERATIONS[n](city)
    today = TODAY + timedelta(days=shift)
    file = city.file()
    actions = next_actions(file, today)
    if not certified(file, today):
        assert actions, [type(r).__name__ for r in city.records.values()]
        assert headline(actions, today) is not None
