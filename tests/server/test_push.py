"""Push semantics: applied once, per-field merge, conflicts kept, history, rejections, deletes."""

from __future__ import annotations

import dataclasses
import re
import sys
import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from serverkit import World, mutation, now, push_body

from migradesk.domain.application import Application
from migradesk.domain.base import Role
from migradesk.domain.city import Region
from migradesk.domain.people import FocalPoint
from migradesk.domain.report import ReportVersion, Workshop, WorkshopKind
from migradesk.domain.review import (
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
)
from migradesk.server import cities, db, push
from migradesk.wire.protocol import PUSH_PATH, Mutation

sys.path.insert(0, str(Path(__file__).parents[1] / "domain" / "process"))
import citykit

# The diagnostic workshop of the city the tests use (its id derives from the city: sync G13).
HUMAHUACA = cities.build_city("Humahuaca", "Jujuy", region=Region.NOROESTE).id
WORKSHOP_ID = Workshop.id_for(HUMAHUACA, WorkshopKind.DIAGNOSTIC)


def _push(world: World, headers: dict[str, str], body: dict[str, Any]) -> list[dict[str, Any]]:
    response = world.client.post(PUSH_PATH, json=body, headers=headers)
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def _workshop(city_id: str, **fields: Any) -> Workshop:
    kind = WorkshopKind.DIAGNOSTIC
    return Workshop(id=Workshop.id_for(city_id, kind), city_id=city_id, kind=kind, **fields)


def _record(world: World, city_id: str, record_id: str = WORKSHOP_ID) -> sa.RowMapping:
    [row] = world.rows(db.records, city_id=city_id, id=record_id)
    return row


@pytest.fixture
def city(world: World) -> str:
    found = world.city("Humahuaca")
    assert found == HUMAHUACA
    return found


@pytest.fixture
def focal(world: World, city: str) -> dict[str, str]:
    return world.account("ana", Role.FOCAL_POINT, [city])


@pytest.fixture
def created(world: World, city: str, focal: dict[str, str]) -> int:
    """A workshop on the server; returns its version."""
    record = _workshop(city, place="Salón municipal", notes="Borrador inicial")
    [result] = _push(world, focal, push_body(city, [mutation(record)]))
    assert result["status"] == "applied"
    return int(result["version"])


def _edit(name: str, old: Any, new: Any, base: int, **extra: Any) -> dict[str, Any]:
    return mutation(
        kind="workshop",
        record_id=WORKSHOP_ID,
        changes={name: [old, new]},
        base_version=base,
        **extra,
    )


def test_a_retried_batch_is_applied_once_and_gets_the_same_answer(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    body = push_body(city, [_edit("place", "Salón municipal", "Biblioteca", created)])
    first = _push(world, focal, body)
    seq = world.seq(city)
    second = _push(world, focal, body)
    assert second == first
    assert first[0]["status"] == "applied" and first[0]["version"] == created + 1
    assert world.seq(city) == seq  # nothing new was numbered
    assert _record(world, city)["version"] == created + 1
    assert len(world.rows(db.idempotency, client_id="desk-1")) == 2


def test_a_batch_of_answered_and_new_mutations_applies_only_the_new(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    answered = _edit("place", "Salón municipal", "Biblioteca", created)
    [first] = _push(world, focal, push_body(city, [answered]))
    new = _edit("notes", "Borrador inicial", "Texto final", created)
    again, applied = _push(world, focal, push_body(city, [answered, new]))
    assert again == first
    assert applied["status"] == "applied" and applied["version"] == created + 2
    assert world.seq(city) == created + 2  # the answered one took no number


def test_an_empty_batch_is_answered_empty_and_numbers_nothing(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    assert _push(world, focal, push_body(city, [])) == []
    assert world.seq(city) == created


def test_the_same_mutation_twice_in_one_batch_is_applied_once(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    edit = _edit("notes", "Borrador inicial", "Texto final", created)
    results = _push(world, focal, push_body(city, [edit, edit]))
    assert results[0] == results[1]
    assert world.seq(city) == created + 1


def test_concurrent_retries_of_a_batch_apply_it_once(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    """Threads pushing the same batch through the engine: one applies, the rest read its answer."""
    edits = [
        Mutation.model_validate(_edit("place", "Salón municipal", f"Sala {n}", created))
        for n in range(3)
    ]
    writer = push.Writer(Role.FOCAL_POINT, frozenset({city}), "ana")
    answers: list[list[push.Outcome]] = []
    barrier = threading.Barrier(6)

    def run() -> None:
        barrier.wait()
        answers.append(push.push(world.engine, writer, city, "desk-9", edits, now()))

    threads = [threading.Thread(target=run) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 6
    assert all(answer == answers[0] for answer in answers)
    assert world.seq(city) == created + 3  # three mutations, each numbered once
    assert _record(world, city)["fields"]["place"] == "Sala 2"


def test_edits_of_different_fields_merge(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    other = world.account("beto", Role.OFFICIAL, [city])
    held = date(2026, 5, 4).isoformat()
    [a] = _push(
        world, focal, push_body(city, [_edit("place", "Salón municipal", "Escuela", created)])
    )
    [b] = _push(world, other, push_body(city, [_edit("held_on", None, held, created)], "desk-2"))
    assert a["status"] == b["status"] == "applied"
    fields = _record(world, city)["fields"]
    assert fields["place"] == "Escuela" and fields["held_on"] == held
    assert world.rows(db.record_history, city_id=city) == []


def test_a_long_text_edited_on_both_sides_becomes_a_conflict_never_dropped(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    other = world.account("beto", Role.OFFICIAL, [city])
    _push(
        world,
        focal,
        push_body(city, [_edit("notes", "Borrador inicial", "Versión de Ana", created)]),
    )
    both = mutation(
        kind="workshop",
        record_id=WORKSHOP_ID,
        changes={
            "notes": ["Borrador inicial", "Versión de Beto"],
            "place": ["Salón municipal", "Club"],
        },
        base_version=created,
    )
    [result] = _push(world, other, push_body(city, [both], "desk-2"))
    assert result["status"] == "conflict"
    assert result["conflicts"] == [
        {"field": "notes", "mine": "Versión de Beto", "theirs": "Versión de Ana"}
    ]
    fields = _record(world, city)["fields"]
    assert fields["notes"] == "Versión de Ana"  # the server keeps its value…
    assert fields["place"] == "Club"  # …and the other fields still merge
    [kept] = world.rows(db.conflicts, city_id=city)
    assert (kept["field"], kept["mine"], kept["theirs"], kept["base"]) == (
        "notes",
        "Versión de Beto",
        "Versión de Ana",
        "Borrador inicial",
    )
    assert not kept["resolved"]
    # Someone who has seen the server's text writes the merged one: the conflict is settled.
    [settled] = _push(
        world,
        other,
        push_body(
            city, [_edit("notes", "Versión de Ana", "Ana y Beto", result["version"])], "desk-2"
        ),
    )
    assert settled["status"] == "applied"
    assert world.rows(db.conflicts, city_id=city)[0]["resolved"]


def test_a_short_field_takes_the_later_arrival_and_keeps_the_other_in_history(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    other = world.account("beto", Role.OFFICIAL, [city])
    _push(world, focal, push_body(city, [_edit("place", "Salón municipal", "Escuela 12", created)]))
    [result] = _push(
        world,
        other,
        push_body(city, [_edit("place", "Salón municipal", "Club Social", created)], "d2"),
    )
    assert result["status"] == "applied"
    assert _record(world, city)["fields"]["place"] == "Club Social"
    [kept] = world.rows(db.record_history, city_id=city)
    assert (kept["field"], kept["value"], kept["version"], kept["replaced_by"]) == (
        "place",
        "Escuela 12",
        result["version"],
        "beto",
    )


def test_an_edit_already_on_the_server_changes_nothing(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    [result] = _push(world, focal, push_body(city, [_edit("place", "Otro", "Salón municipal", 0)]))
    assert result == {**result, "status": "applied", "version": created}
    assert world.seq(city) == created


def test_a_rejected_mutation_does_not_stop_the_rest_of_the_batch(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    batch = [
        _edit("place", "Salón municipal", "Escuela", created),
        _edit("held_on", None, "no es una fecha", created),
        mutation(kind="phase_date", record_id="p1", changes={"milestone": [None, "inicio_fase_1"]}),
        mutation(kind="no_such_kind", record_id="x1", changes={"a": [None, 1]}),
        mutation(kind="workshop", record_id="w2", changes={"place": [None, "falta el tipo"]}),
        mutation(
            kind="workshop",
            record_id=Workshop.id_for(city, WorkshopKind.PLANNING),
            changes={"kind": [None, "planificacion"]},
        ),
    ]
    results = _push(world, focal, push_body(city, batch))
    assert [r["status"] for r in results] == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "rejected",
        "applied",
    ]
    assert results[1]["error"] == "El dato «held_on» no es válido: debe ser una fecha (AAAA-MM-DD)."
    assert results[2]["error"] == "Su rol (punto focal) no puede modificar las fechas de fase."
    assert "«no_such_kind»" in results[3]["error"]
    assert results[4]["error"] == "Falta el dato obligatorio «kind»."
    assert all(r["version"] is None for r in results[1:5])
    # A retry of the batch gets the same answers, rejections included.
    assert _push(world, focal, push_body(city, batch)) == results


def test_values_the_database_cannot_hold_are_rejected_not_crashed(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    batch = [
        _edit("notes", "Borrador inicial", "con \x00 nulo", created),
        mutation(kind="workshop", record_id="w\x00", changes={"kind": [None, "diagnostico"]}),
    ]
    results = _push(world, focal, push_body(city, batch))
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert "carácter nulo" in results[0]["error"]


def test_delete_is_soft_and_an_upsert_restores(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    [deleted] = _push(
        world,
        focal,
        push_body(city, [mutation(kind="workshop", record_id=WORKSHOP_ID, op="delete")]),
    )
    assert deleted["status"] == "applied" and deleted["version"] == created + 1
    row = _record(world, city)
    assert row["deleted"] and row["fields"]["notes"] == "Borrador inicial"  # kept, marked
    [again] = _push(
        world,
        focal,
        push_body(city, [mutation(kind="workshop", record_id=WORKSHOP_ID, op="delete")]),
    )
    assert again["version"] == created + 1  # deleting twice changes nothing


@pytest.fixture
def deleted(world: World, city: str, focal: dict[str, str], created: int) -> int:
    """The workshop, deleted on the server; returns the deletion's version."""
    body = push_body(city, [mutation(kind="workshop", record_id=WORKSHOP_ID, op="delete")], "d9")
    [result] = _push(world, focal, body)
    assert result["status"] == "applied"
    return int(result["version"])


def test_an_edit_of_a_version_before_the_delete_is_answered_deleted(
    world: World, city: str, focal: dict[str, str], created: int, deleted: int
) -> None:
    body = push_body(city, [_edit("place", "Salón municipal", "Escuela", created)])
    [result] = _push(world, focal, body)
    assert result == {
        "mutation_id": body["mutations"][0]["mutation_id"],
        "status": "deleted",
        "version": deleted,
        "conflicts": [],
        "error": None,
    }
    row = _record(world, city)
    assert row["deleted"] and row["version"] == deleted
    assert row["fields"]["place"] == "Salón municipal"  # nothing written
    assert world.seq(city) == deleted
    # A retry gets the stored answer, even once the record has been restored meanwhile.
    restore = _edit("notes", "Borrador inicial", "Otra", deleted)
    _push(world, focal, push_body(city, [restore], "d9"))
    assert _push(world, focal, body) == [result]


def test_a_restore_based_on_the_deletion_undeletes_with_the_edits(
    world: World, city: str, focal: dict[str, str], deleted: int
) -> None:
    body = push_body(city, [_edit("place", "Salón municipal", "Escuela", deleted)])
    [restored] = _push(world, focal, body)
    assert restored["status"] == "applied" and restored["version"] == deleted + 1
    row = _record(world, city)
    assert not row["deleted"] and row["fields"]["place"] == "Escuela"
    assert row["fields"]["notes"] == "Borrador inicial"  # the other fields come back too


def test_a_fresh_create_over_a_deleted_record_is_answered_deleted(
    world: World, city: str, focal: dict[str, str], deleted: int
) -> None:
    record = _workshop(city, place="Otro salón")
    [result] = _push(world, focal, push_body(city, [mutation(record)]))
    assert (result["status"], result["version"]) == ("deleted", deleted)
    assert _record(world, city)["deleted"]


def test_a_record_the_city_has_one_of_is_created_only_under_its_citys_identity(
    world: World, city: str, focal: dict[str, str]
) -> None:
    """Sync G13: a second focal point, application… under another id would be a second record;
    the server refuses it (an older MigraDesk made random ids), with the reason."""
    stray = FocalPoint(id="punto-focal-suelto", city_id=city, name="Rosa Mamaní")
    first = FocalPoint(id=FocalPoint.id_for(city), city_id=city, name="Rosa Mamaní")
    refused, applied = _push(world, focal, push_body(city, [mutation(stray), mutation(first)]))
    assert refused["status"] == "rejected"
    assert refused["error"].startswith("Una ciudad tiene una sola vez el punto focal de cada")
    assert applied["status"] == "applied"
    assert [r["id"] for r in world.rows(db.records, city_id=city, kind="focal_point")] == [first.id]


def test_two_creations_of_one_record_merge_what_only_one_set_and_conflict_on_the_rest(
    world: World, city: str, focal: dict[str, str]
) -> None:
    """Sync G13: the second creation (never saw the first) keeps what the first set where it
    left the field as it comes, and every field both set differently is a conflict, short
    fields included; a creation's clock stamp is not worth a conflict."""
    ours = Application(
        id=Application.id_for(city), city_id=city, mayor_name="Ana Quispe", municipal_phone="1"
    )
    theirs = Application(id=ours.id, city_id=city, mayor_name="Beatriz Cruz", area_km2=12.5)
    [one] = _push(world, focal, push_body(city, [mutation(ours)]))
    [two] = _push(world, focal, push_body(city, [mutation(theirs)], "desk-2"))
    assert (one["status"], two["status"]) == ("applied", "conflict")
    assert [(c["field"], c["mine"], c["theirs"]) for c in two["conflicts"]] == [
        ("mayor_name", "Beatriz Cruz", "Ana Quispe")
    ]
    fields = _record(world, city, ours.id)["fields"]
    assert (fields["mayor_name"], fields["municipal_phone"], fields["area_km2"]) == (
        "Ana Quispe",
        "1",
        12.5,
    )
    v1 = ReportVersion(
        id=ReportVersion.id_for(city, 1),
        city_id=city,
        number=1,
        created_at=datetime(2026, 5, 1, 10, tzinfo=UTC),
        note="igual",
    )
    v1_elsewhere = dataclasses.replace(v1, created_at=datetime(2026, 5, 1, 11, tzinfo=UTC))
    [made] = _push(world, focal, push_body(city, [mutation(v1)]))
    [met] = _push(world, focal, push_body(city, [mutation(v1_elsewhere)], "desk-2"))
    assert (made["status"], met["status"], met["conflicts"]) == ("applied", "applied", [])


def test_reviewer_written_records_are_restored_by_any_upsert(
    world: World, city: str, focal: dict[str, str]
) -> None:
    reviewer = world.account("rita", Role.REVIEWER)
    date_id = PhaseDate.id_for(city, Milestone.PHASE_1_START)
    phase = PhaseDate(
        id=date_id, city_id=city, milestone=Milestone.PHASE_1_START, on=date(2026, 3, 2)
    )
    [first] = _push(world, reviewer, push_body(city, [mutation(phase)], "rev"))
    delete = mutation(kind="phase_date", record_id=date_id, op="delete")
    [gone] = _push(world, reviewer, push_body(city, [delete], "rev"))
    assert gone["version"] > first["version"]
    [again] = _push(world, reviewer, push_body(city, [mutation(phase)], "rev"))
    assert again["status"] == "applied"
    assert not _record(world, city, date_id)["deleted"]


def test_append_only_records_are_created_once_never_changed_nor_deleted(
    world: World, city: str, focal: dict[str, str]
) -> None:
    comment = Comment(
        city_id=city,
        anchor_kind="city",
        anchor_id=city,
        author="ana",
        author_role=Role.FOCAL_POINT,
        body="¿Está bien así?",
        created_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
    )
    [created] = _push(world, focal, push_body(city, [mutation(comment)]))
    assert created["status"] == "applied"
    [same] = _push(world, focal, push_body(city, [mutation(comment)]))  # identical: a no-op
    assert same == {**created, "mutation_id": same["mutation_id"]}
    edit = mutation(
        kind="comment", record_id=comment.id, changes={"body": ["¿Está bien así?", "Otro texto"]}
    )
    delete = mutation(kind="comment", record_id=comment.id, op="delete")
    results = _push(world, focal, push_body(city, [edit, delete]))
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert results[0]["error"] == "Los comentarios no se pueden modificar después de enviarse."
    assert results[1]["error"] == "Los comentarios no se pueden borrar."


def test_cities_only_send_reviewers_only_answer(
    world: World, city: str, focal: dict[str, str]
) -> None:
    reviewer = world.account("rita", Role.REVIEWER)
    ready = citykit.Builder().application()  # what the city sends is complete (the gate)
    with db.write(world.engine) as conn:
        cities.load_records(conn, city, list(ready.records.values()), now())

    def event(state: ReviewState, by: str) -> dict[str, Any]:
        return mutation(
            ReviewEvent(
                city_id=city,
                deliverable=Deliverable.APPLICATION,
                state=state,
                at=datetime.now(UTC),
                by=by,
            )
        )

    city_results = _push(
        world,
        focal,
        push_body(city, [event(ReviewState.SENT, "ana"), event(ReviewState.APPROVED, "ana")]),
    )
    assert [r["status"] for r in city_results] == ["applied", "rejected"]
    assert "solo puede enviar" in city_results[1]["error"]
    workshop = mutation(_workshop(city, notes="de la OIM"))
    reviewer_results = _push(
        world,
        reviewer,
        push_body(
            city,
            [event(ReviewState.APPROVED, "rita"), event(ReviewState.SENT, "rita"), workshop],
            "rev-desk",
        ),
    )
    assert [r["status"] for r in reviewer_results] == ["applied", "rejected", "rejected"]
    assert "no puede modificar los talleres" in reviewer_results[2]["error"]


def test_a_comment_carries_its_authors_real_role(
    world: World, city: str, focal: dict[str, str]
) -> None:
    fake = Comment(
        city_id=city,
        anchor_kind="city",
        anchor_id=city,
        author="OIM",
        author_role=Role.REVIEWER,
        body="Aprobado (no es cierto)",
        created_at=datetime.now(UTC),
    )
    [result] = _push(world, focal, push_body(city, [mutation(fake)]))
    assert result["status"] == "rejected" and "rol de quien lo escribe" in result["error"]


def test_a_mutation_id_cannot_be_reused_for_another_city(world: World) -> None:
    first, second = world.city("Humahuaca"), world.city("Tilcara")
    reviewer = world.account("rita", Role.REVIEWER)
    event = mutation(
        PhaseDate(
            id=PhaseDate.id_for(first, Milestone.PHASE_1_START),
            city_id=first,
            milestone=Milestone.PHASE_1_START,
            on=date(2026, 3, 2),
        ),
        mutation_id="m-1",
    )
    [applied] = _push(world, reviewer, push_body(first, [event], "rev"))
    [refused] = _push(world, reviewer, push_body(second, [event], "rev"))
    assert applied["status"] == "applied"
    assert refused["status"] == "rejected" and "otra ciudad" in refused["error"]


def test_pushing_to_a_foreign_or_unknown_city_is_refused_whole(
    world: World, city: str, focal: dict[str, str]
) -> None:
    other = world.city("Tilcara")
    body = push_body(other, [mutation(_workshop(other))])
    response = world.client.post(PUSH_PATH, json=body, headers=focal)
    assert response.status_code == 403
    assert response.json() == {"detail": "Esta cuenta no tiene acceso a esa ciudad."}
    reviewer = world.account("rita", Role.REVIEWER)
    response = world.client.post(
        PUSH_PATH, json=push_body("no-such-city", [], "rev"), headers=reviewer
    )
    assert response.status_code == 404
    assert world.rows(db.records, city_id=other)[0]["kind"] == "city"  # untouched


ENGLISH = re.compile(
    r"\b(cannot|record|records|mutation|must|only|role|field|unknown|invalid|the|not|may|"
    r"should|error|value|input|kind|deleted|changed|access|city)\b"
)


def _is_spanish_sentence(text: str) -> bool:
    words = text.replace("«", " ").replace("»", " ")
    quoted = re.sub(r"«[^»]*»", "", text)  # identifiers the user sent, quoted
    return (
        text[:1].isupper()
        and text.endswith(".")
        and ENGLISH.search(quoted.lower()) is None
        and not any(mark in words for mark in ("'", '"', "{", "[", "\\"))
    )


def test_every_rejection_reason_is_a_spanish_sentence(
    world: World, city: str, focal: dict[str, str], created: int
) -> None:
    reviewer = world.account("rita", Role.REVIEWER)
    comment = Comment(
        city_id=city,
        anchor_kind="city",
        anchor_id=city,
        author="ana",
        author_role=Role.FOCAL_POINT,
        body="Hola",
        created_at=datetime(2026, 5, 1, 12, tzinfo=UTC),
    )
    _push(world, focal, push_body(city, [mutation(comment)]))
    fake = dataclasses.replace(comment, id="c2", author_role=Role.REVIEWER)
    sent = ReviewEvent(
        city_id=city, deliverable=Deliverable.REPORT, state=ReviewState.APPROVED, at=now()
    )
    action = mutation(
        kind="action",
        record_id="a1",
        changes={
            "objective_id": [None, "o1"],
            "title": [None, "Mesa"],
            "start": [None, "2026-05-02"],
            "end": [None, "2026-05-01"],
        },
    )
    rating = mutation(kind="priority_area", record_id="p1", changes={"title": [None, "Salud"]})
    rating["changes"]["importance"] = [None, 9]
    city_batch = [
        mutation(kind="no_such_kind", record_id="x1"),  # unknown kind
        _edit("held_on", None, "no es una fecha", created),  # a field of the wrong type
        _edit("surprise", None, 1, created),  # a field the kind does not have
        _edit("notes", None, "con \x00 nulo", created),  # text the database cannot hold
        mutation(kind="workshop", record_id="w2", changes={"place": [None, "x"]}),  # missing
        action,  # the domain's consistency checks
        rating,
        mutation(kind="phase_date", record_id="d1", changes={"on": [None, "2026-01-01"]}),
        mutation(kind="comment", record_id=comment.id, op="delete"),  # append-only
        mutation(kind="comment", record_id=comment.id, changes={"body": ["Hola", "Chau"]}),
        mutation(fake),  # a comment in someone else's role
        mutation(sent),  # a city answering its own review
    ]
    reviewer_batch = [
        mutation(_workshop(city)),  # a reviewer writing city data
        mutation(dataclasses.replace(sent, id="e2", state=ReviewState.SENT)),
    ]
    results = _push(world, focal, push_body(city, city_batch))
    results += _push(world, reviewer, push_body(city, reviewer_batch, "rev"))
    other = world.city("Tilcara")
    reused = mutation(
        ReviewEvent(
            city_id=other, deliverable=Deliverable.REPORT, state=ReviewState.RECEIVED, at=now()
        ),
        mutation_id=reviewer_batch[1]["mutation_id"],
    )
    results += _push(world, reviewer, push_body(other, [reused], "rev"))
    assert [r["status"] for r in results] == ["rejected"] * len(results)
    errors = [r["error"] for r in results]
    assert len(set(errors)) == len(errors), errors  # each cause has its own reason
    assert [e for e in errors if not _is_spanish_sentence(e)] == []
