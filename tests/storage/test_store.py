from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import DomainError
from migradesk.domain.city import City
from migradesk.domain.people import FocalPoint, replace_focal_point
from migradesk.domain.permissions import WriteRefused
from migradesk.domain.plan import Action
from migradesk.domain.report import Attendee, Workshop, WorkshopKind
from migradesk.domain.review import (
    Comment,
    Deliverable,
    Milestone,
    PhaseDate,
    ReviewEvent,
    ReviewState,
    Role,
)
from migradesk.storage import Store
from migradesk.storage.outbox import EntryState, Op
from migradesk.storage.schema import RECORD_TABLES


def test_save_and_reload_every_field(store: Store, city: City, tmp_path: Path) -> None:
    workshop = Workshop(
        id=Workshop.id_for(city.id, WorkshopKind.DIAGNOSTIC),
        city_id=city.id,
        kind=WorkshopKind.DIAGNOSTIC,
        held_on=date(2026, 3, 4),
        attendees=[Attendee("Ana Núñez", "Municipio", "Punto focal")],
        notes="**Buenas prácticas**: ¿qué funcionó? ¡Mucho!",
    )
    store.save_all([city, workshop])
    store.close()
    with Store.open(tmp_path / "data") as reopened:
        assert reopened.get(Workshop, workshop.id) == workshop
        assert reopened.cities() == [city]


def test_record_and_outbox_entry_commit_together(store: Store, city: City) -> None:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    answer.answer = "si"
    store.save_all([city, answer])
    entries = store.outbox_entries()
    assert [(e.kind, e.record_id, e.op) for e in entries] == [
        ("city", city.id, Op.UPSERT),
        ("indicator_answer", answer.id, Op.UPSERT),
    ]
    assert entries[1].changes["answer"] == [None, "si"]
    assert entries[1].base_version == 0


def test_failed_transaction_leaves_neither_record_nor_outbox(store: Store, city: City) -> None:
    comment = _comment(city)
    store.save_all([city, comment])
    before = store.outbox_entries()
    good = IndicatorAnswer.blank(city.id, "1", "a02")
    with pytest.raises(DomainError, match="no se modifican"):
        store.save_all([good, dataclasses.replace(comment, body="otro")])
    assert store.get(IndicatorAnswer, good.id) is None
    assert store.outbox_entries() == before


def test_a_records_identity_includes_its_city(store: Store, city: City) -> None:
    """Sync G10: the same id under two cities is two records; neither write reaches the other."""
    other = City(
        id="c2", city_id="c2", name="Ushuaia", province="Tierra del Fuego", region=city.region
    )
    mine = IndicatorAnswer.blank(city.id, "1", "a01")
    mine.measure_description = "Mesa de atención"
    theirs = dataclasses.replace(mine, city_id=other.id, measure_description="Texto de Ushuaia")
    store.save_all([city, other, mine])
    store.save(theirs)
    assert store.get(IndicatorAnswer, mine.id, city.id) == mine
    assert store.get(IndicatorAnswer, mine.id, other.id) == theirs
    with pytest.raises(DomainError, match="varias ciudades"):
        store.get(IndicatorAnswer, mine.id)  # ambiguous without the city
    assert store.delete(IndicatorAnswer, mine.id, other.id)
    assert store.get(IndicatorAnswer, mine.id, city.id) == mine
    assert store.get(IndicatorAnswer, mine.id) == mine  # one city holds it now
    entries = [(e.city_id, e.op) for e in store.outbox_entries() if e.record_id == mine.id]
    assert entries == [(city.id, Op.UPSERT), (other.id, Op.UPSERT), (other.id, Op.DELETE)]


def test_unchanged_save_queues_nothing(store: Store, city: City) -> None:
    assert store.save(city)
    assert not store.save(dataclasses.replace(city))
    assert store.pending_count() == 1


def test_edits_of_one_record_fold_into_one_pending_entry(store: Store, city: City) -> None:
    store.save(city)
    answer = IndicatorAnswer.blank(city.id, "1", "b03")
    for text in ("P", "Pr", "Pro", "Programa"):
        answer.measure_description = text
        store.save(answer)
    entries = store.outbox_entries()
    assert len(entries) == 2
    assert entries[1].changes["measure_description"] == [None, "Programa"]


def test_entry_being_sent_is_never_altered(store: Store, city: City) -> None:
    store.save(city)
    answer = IndicatorAnswer.blank(city.id, "1", "b03")
    store.save(answer)
    from migradesk.storage.schema import outbox

    with store.engine.begin() as conn:
        conn.execute(sa.update(outbox).values(state=EntryState.SENDING.value))
    answer.notes = "después"
    store.save(answer)
    entries = store.outbox_entries()
    assert len(entries) == 3
    assert "notes" not in entries[1].changes or entries[1].changes["notes"] == [None, ""]
    assert entries[2].changes == {"notes": ["", "después"]}


def test_soft_delete_keeps_row_and_queues_delete(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa de atención")
    store.save_all([city, action])
    assert store.delete(Action, action.id)
    assert store.get(Action, action.id) is None
    assert store.all(Action, city.id) == []
    assert store.outbox_entries()[-1].op is Op.DELETE
    with store.engine.connect() as conn:
        table = RECORD_TABLES[Action]
        assert conn.execute(sa.select(table.c.deleted)).scalar_one() is True
    assert not store.delete(Action, action.id)


def _comment(city: City) -> Comment:
    return Comment(
        city_id=city.id,
        anchor_kind="indicator_answer",
        anchor_id="a",
        author="Ana Núñez",
        author_role=Role.FOCAL_POINT,
        body="Falta la ordenanza.",
        created_at=datetime(2026, 5, 1, tzinfo=UTC),
    )


def test_append_only_records_cannot_change(store: Store, city: City) -> None:
    comment = _comment(city)
    store.save(comment)
    with pytest.raises(DomainError):
        store.save(dataclasses.replace(comment, body="otro"))
    with pytest.raises(DomainError):
        store.delete(Comment, comment.id)


def test_focal_point_replacement_keeps_history(store: Store, city: City) -> None:
    first = FocalPoint(city_id=city.id, name="Rosa Mamaní", since=date(2025, 1, 10))
    store.save_all([city, first])
    ended, started = replace_focal_point(
        first, FocalPoint(city_id=city.id, name="Luis Ñancucheo"), date(2026, 2, 1), "Renuncia"
    )
    store.save_all([ended, started])
    file = store.load_city_file(city.id)
    assert file.focal_point is not None and file.focal_point.name == "Luis Ñancucheo"
    assert [fp.name for fp in file.focal_point_history] == ["Rosa Mamaní", "Luis Ñancucheo"]
    with pytest.raises(DomainError, match="motivo"):
        replace_focal_point(started, first, date(2026, 3, 1), "  ")


def test_synchronous_full_and_wal(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_client_id_is_stable(tmp_path: Path) -> None:
    with Store.open(tmp_path) as first:
        client_id = first.client_id
    with Store.open(tmp_path) as second:
        assert second.client_id == client_id


def test_one_store_holds_several_cities(store: Store, city: City) -> None:
    other = City(
        id="c2", city_id="c2", name="Ushuaia", province="Tierra del Fuego", region=city.region
    )
    store.save_all([city, other, IndicatorAnswer.blank(other.id, "1", "a01")])
    assert [c.name for c in store.cities()] == ["Humahuaca", "Ushuaia"]
    assert store.load_city_file(city.id).answers("1") == {}
    assert list(store.load_city_file(other.id).answers("1")) == ["a01"]


def test_answer_id_is_derived_from_natural_key(city: City) -> None:
    one = IndicatorAnswer.blank(city.id, "1", "a01")
    assert one.id == IndicatorAnswer.blank(city.id, "1", "a01").id
    assert one.id != IndicatorAnswer.blank(city.id, "2", "a01").id
    assert one.id != IndicatorAnswer.blank("c2", "1", "a01").id


def test_integrity_check_after_writes(store: Store, city: City) -> None:
    store.save(city)
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _sign_in(store: Store, role: Role) -> None:
    from migradesk.storage.sync import sync_settings

    settings = sync_settings.SyncSettings("https://oim.example", "alguien", role.value)
    sync_settings.save(store, settings)


def _phase_date(city: City) -> PhaseDate:
    milestone = Milestone.PHASE_1_START
    return PhaseDate(
        id=PhaseDate.id_for(city.id, milestone),
        city_id=city.id,
        milestone=milestone,
        on=date(2026, 3, 1),
    )


def test_a_change_the_role_cannot_make_is_refused_when_saved(store: Store, city: City) -> None:
    """Before any sign-in the desktop is the focal point's: IOM's records are refused with the
    reason, nothing of the call is saved or queued."""
    assert store.role() == Role.FOCAL_POINT
    store.save(city)
    before = store.outbox_entries()
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    with pytest.raises(WriteRefused, match=r"Su rol \(punto focal\) no puede modificar las fechas"):
        store.save_all([answer, _phase_date(city)])
    assert store.get(IndicatorAnswer, answer.id) is None
    assert store.outbox_entries() == before
    iom_comment = dataclasses.replace(_comment(city), author_role=Role.REVIEWER)
    with pytest.raises(WriteRefused, match="rol de quien lo escribe"):
        store.save(iom_comment)
    answered = ReviewEvent(
        city_id=city.id,
        deliverable=Deliverable.APPLICATION,
        state=ReviewState.APPROVED,
        at=datetime(2026, 5, 1, tzinfo=UTC),
    )
    with pytest.raises(WriteRefused, match="solo puede enviar"):
        store.save(answered)


def test_the_signed_in_role_decides_what_is_saved(store: Store, city: City) -> None:
    store.save(city)
    _sign_in(store, Role.REVIEWER)
    assert store.save(_phase_date(city))
    with pytest.raises(WriteRefused, match=r"revisor/a de la OIM\) no puede modificar las resp"):
        store.save(IndicatorAnswer.blank(city.id, "1", "a01"))
    _sign_in(store, Role.OFFICIAL)
    with pytest.raises(WriteRefused, match="fechas de fase"):
        store.delete(PhaseDate, _phase_date(city).id)
    assert store.get(PhaseDate, _phase_date(city).id) is not None


def test_records_received_are_stored_but_never_queued(store: Store, city: City) -> None:
    """What another role writes (IOM's, in the demo or a test) is kept as a sync would bring it."""
    store.save(city)
    before = store.outbox_entries()
    assert store.save_as_received([_phase_date(city)]) == 1
    assert store.get(PhaseDate, _phase_date(city).id) == _phase_date(city)
    assert store.outbox_entries() == before
    assert store.save_as_received([_phase_date(city)]) == 0


@pytest.mark.parametrize("bad", ["con \x00 nulo", "suelto \ud800", "x" * 100_001])
def test_text_no_file_can_hold_is_refused_with_the_reason(
    store: Store, city: City, bad: str
) -> None:
    """Sync G11: the rule the server applies, already when the desktop saves (SQLite itself
    would fail on a lone surrogate with an English error)."""
    from migradesk.domain import text

    store.save(city)
    before = store.outbox_entries()
    workshop = Workshop(
        id=Workshop.id_for(city.id, WorkshopKind.DIAGNOSTIC),
        city_id=city.id,
        kind=WorkshopKind.DIAGNOSTIC,
        attendees=[Attendee(bad)],
    )
    with pytest.raises(DomainError) as refused:
        store.save(workshop)
    assert str(refused.value) == text.text_problem(bad)
    assert store.get(Workshop, workshop.id) is None and store.outbox_entries() == before
    store.save(dataclasses.replace(workshop, attendees=[Attendee("\u202eAna\u200f, con \t y \n")]))
