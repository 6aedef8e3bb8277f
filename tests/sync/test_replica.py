"""The storage side of sync: batches, push answers, pulled pages, conflicts and status."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import to_wire
from migradesk.domain.city import City
from migradesk.domain.plan import Action
from migradesk.storage import Store, replica, resolution, sync_status
from migradesk.storage.outbox import EntryState, Op
from migradesk.storage.schema import RECORD_TABLES, history, sync_state
from migradesk.storage.sync_status import Badge
from migradesk.sync import protocol

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)


def _applied(batch: replica.Batch, version: int = 1) -> list[protocol.MutationResult]:
    return [
        protocol.MutationResult(
            mutation_id=e.mutation_id, status=protocol.ResultStatus.APPLIED, version=version
        )
        for e in batch.entries
    ]


def _state(record: Any, version: int, deleted: bool = False, **fields: Any) -> protocol.RecordState:
    return protocol.RecordState(
        kind=record.KIND,
        id=record.id,
        city_id=record.city_id,
        version=version,
        deleted=deleted,
        fields={**to_wire(record), **fields},
    )


def _page(*states: protocol.RecordState, cursor: int | None = None) -> protocol.PullResponse:
    return protocol.PullResponse(
        changes=list(states),
        cursor=cursor if cursor is not None else max((s.version for s in states), default=0),
        has_more=False,
    )


def _synced(store: Store, *records: Any) -> None:
    """Save records and acknowledge them, as after a clean sync."""
    store.save_all(records)
    batch = replica.take_batch(store, max_entries=100, max_bytes=10**6)
    assert batch is not None
    replica.apply_push(store, batch, _applied(batch), NOW)


def _history(store: Store) -> list[tuple[str, Any]]:
    with store.engine.connect() as conn:
        return [(r.field, r.value) for r in conn.execute(sa.select(history))]


def test_batch_is_fifo_one_city_and_marked_sending(store: Store, city: City) -> None:
    other = City(id="c2", city_id="c2", name="Ushuaia", province="TDF", region=city.region)
    store.save_all([city, IndicatorAnswer.blank(city.id, "1", "a01")])
    store.save(other)
    store.save(IndicatorAnswer.blank(city.id, "1", "a02"))
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None and batch.city_id == city.id
    assert [e.kind for e in batch.entries] == ["city", "indicator_answer"]
    states = [e.state for e in store.outbox_entries()]
    assert states == [
        EntryState.SENDING,
        EntryState.SENDING,
        EntryState.PENDING,
        EntryState.PENDING,
    ]
    again = replica.take_batch(store, max_entries=1, max_bytes=10**6)
    assert again is not None and again.entries[0].seq == batch.entries[0].seq  # resent first


def test_batch_respects_byte_budget_but_sends_at_least_one(store: Store, city: City) -> None:
    answers = [IndicatorAnswer.blank(city.id, "1", f"a{i:02}") for i in range(5)]
    for a in answers:
        a.notes = "x" * 1000
    store.save_all(answers)
    batch = replica.take_batch(store, max_entries=100, max_bytes=3500)
    assert batch is not None and len(batch.entries) == 2
    tiny = replica.take_batch(store, max_entries=100, max_bytes=10)
    assert tiny is not None and len(tiny.entries) == 1


def test_edit_after_batch_is_taken_never_folds_into_it(store: Store, city: City) -> None:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    store.save(answer)
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None
    answer.notes = "después"
    store.save(answer)
    replica.apply_push(store, batch, _applied(batch, version=7), NOW)
    entries = store.outbox_entries()
    assert len(entries) == 1 and entries[0].changes == {"notes": ["", "después"]}
    assert entries[0].state is EntryState.PENDING


def test_push_answers_applied_rejected_conflict_unanswered(store: Store, city: City) -> None:
    a1, a2, a3 = (IndicatorAnswer.blank(city.id, "1", f"a0{i}") for i in (1, 2, 3))
    store.save_all([city, a1, a2, a3])
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None
    e_city, e1, e2, _e3 = batch.entries
    results = [
        protocol.MutationResult(mutation_id=e_city.mutation_id, status="applied", version=3),
        protocol.MutationResult(
            mutation_id=e1.mutation_id,
            status="conflict",
            version=4,
            conflicts=[protocol.FieldConflict(field="notes", mine="", theirs="del servidor")],
        ),
        protocol.MutationResult(
            mutation_id=e2.mutation_id, status="rejected", error="respuesta inválida"
        ),
    ]
    outcome = replica.apply_push(store, batch, results, NOW)
    assert outcome == replica.PushOutcome(applied=2, conflicts=1, rejected=1, unanswered=1)
    left = {e.record_id: e for e in store.outbox_entries()}
    assert left[a2.id].state is EntryState.REJECTED and left[a2.id].error == "respuesta inválida"
    assert left[a3.id].state is EntryState.SENDING
    assert [c.field for c in sync_status.open_conflicts(store)] == ["notes"]
    with store.engine.connect() as conn:
        table = RECORD_TABLES[IndicatorAnswer]
        assert conn.execute(sa.select(table.c.version).where(table.c.id == a1.id)).scalar() == 4
    badges = sync_status.badges(store, city.id)
    assert badges[a1.id] is Badge.CONFLICT and badges[a2.id] is Badge.REJECTED
    assert badges[city.id] is Badge.SYNCED and badges[a3.id] is Badge.LOCAL
    assert [e.error for e in sync_status.rejected_entries(store)] == ["respuesta inválida"]


def test_pull_inserts_and_saves_cursor(store: Store, city: City) -> None:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    answer.answer = "si"
    outcome = replica.apply_page(store, city.id, _page(_state(city, 1), _state(answer, 2)), NOW)
    assert outcome.records == 2
    assert store.get(IndicatorAnswer, answer.id) == answer
    assert replica.cursor(store, city.id) == 2
    assert sync_status.badges(store, city.id)[answer.id] is Badge.SYNCED
    assert store.pending_count() == 0


def test_pull_never_overwrites_pending_field_but_takes_others(store: Store, city: City) -> None:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    _synced(store, city, answer)
    answer.notes = "mi nota sin enviar"
    store.save(answer)
    theirs = _state(answer, 9, notes="nota de otro", answer="no")
    outcome = replica.apply_page(store, city.id, _page(theirs), NOW)
    loaded = store.get(IndicatorAnswer, answer.id)
    assert loaded is not None
    assert loaded.notes == "mi nota sin enviar"  # G7
    assert loaded.answer == "no"
    assert outcome.kept_local == 1 and outcome.replaced == 1
    assert _history(store) == [("answer", None)]


def test_pull_replacing_a_value_keeps_it_in_history(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa")
    _synced(store, city, action)
    replica.apply_page(store, city.id, _page(_state(action, 5, title="Mesa de atención")), NOW)
    assert _history(store) == [("title", "Mesa")]


def test_pull_applies_soft_delete_unless_a_local_change_waits(store: Store, city: City) -> None:
    a, b = (Action(city_id=city.id, objective_id="o", title=t) for t in ("A", "B"))
    _synced(store, city, a, b)
    b.title = "B editada"
    store.save(b)
    replica.apply_page(store, city.id, _page(_state(a, 5, deleted=True), _state(b, 6, True)), NOW)
    assert store.get(Action, a.id) is None
    assert store.get(Action, b.id) is not None  # the edit goes out first; the server decides


def test_a_bad_page_applies_nothing_and_keeps_the_cursor(store: Store, city: City) -> None:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    good = _state(answer, 3)
    bad = protocol.RecordState(kind="desconocido", id="x", city_id=city.id, version=4, fields={})
    with pytest.raises(replica.ReplicaError, match="actualice"):
        replica.apply_page(store, city.id, _page(good, bad), NOW)
    assert store.get(IndicatorAnswer, answer.id) is None
    assert replica.cursor(store, city.id) == 0
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(sync_state)).scalar() == 0


def _conflicted(store: Store, city: City, theirs: str = "del servidor") -> tuple[Any, int]:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    _synced(store, city, answer)
    answer.notes = "mío"
    store.save(answer)
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None
    conflict = protocol.FieldConflict(field="notes", mine="mío", theirs=theirs)
    result = protocol.MutationResult(
        mutation_id=batch.entries[0].mutation_id, status="conflict", version=2, conflicts=[conflict]
    )
    replica.apply_push(store, batch, [result], NOW)
    (found,) = sync_status.open_conflicts(store)
    return answer, found.id


def test_pull_keeps_conflicted_field_and_tracks_theirs(store: Store, city: City) -> None:
    answer, conflict_id = _conflicted(store, city)
    replica.apply_page(store, city.id, _page(_state(answer, 8, notes="más nuevo")), NOW)
    loaded = store.get(IndicatorAnswer, answer.id)
    assert loaded is not None and loaded.notes == "mío"
    found = sync_status.get_conflict(store, conflict_id)
    assert found is not None and found.theirs == "más nuevo"


def test_keep_mine_queues_mine_over_theirs(store: Store, city: City) -> None:
    _answer, conflict_id = _conflicted(store, city)
    resolution.resolve_conflict(store, conflict_id, resolution.Resolution.KEEP_MINE)
    (entry,) = store.outbox_entries()
    assert entry.changes == {"notes": ["del servidor", "mío"]}
    assert sync_status.open_conflicts(store) == []


def test_keep_theirs_takes_theirs_and_keeps_mine_in_history(store: Store, city: City) -> None:
    answer, conflict_id = _conflicted(store, city)
    answer.notes = "mío, editado otra vez"
    store.save(answer)  # an unsent edit of the field: keeping theirs must drop it
    resolution.resolve_conflict(store, conflict_id, resolution.Resolution.KEEP_THEIRS)
    loaded = store.get(IndicatorAnswer, answer.id)
    assert loaded is not None and loaded.notes == "del servidor"
    assert store.outbox_entries() == []
    assert ("notes", "mío, editado otra vez") in _history(store)


def test_merged_text_and_later(store: Store, city: City) -> None:
    answer, conflict_id = _conflicted(store, city)
    resolution.resolve_conflict(store, conflict_id, resolution.Resolution.LATER)
    assert len(sync_status.open_conflicts(store)) == 1
    resolution.resolve_conflict(store, conflict_id, resolution.Resolution.MERGED, "mío + suyo")
    loaded = store.get(IndicatorAnswer, answer.id)
    assert loaded is not None and loaded.notes == "mío + suyo"
    (entry,) = store.outbox_entries()
    assert entry.changes == {"notes": ["del servidor", "mío + suyo"]}


def test_keep_mine_after_a_later_unsent_edit_rebases_it(store: Store, city: City) -> None:
    answer, conflict_id = _conflicted(store, city)
    answer.notes = "mío 2"
    store.save(answer)
    resolution.resolve_conflict(store, conflict_id, resolution.Resolution.KEEP_MINE)
    (entry,) = store.outbox_entries()
    assert entry.changes == {"notes": ["del servidor", "mío 2"]}


def test_discard_and_retry_rejected(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="A")
    _synced(store, city, action)
    action.title = "Inválido"
    store.save(action)
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None
    mid = batch.entries[0].mutation_id
    replica.apply_push(
        store, batch, [protocol.MutationResult(mutation_id=mid, status="rejected", error="no")], NOW
    )
    resolution.retry_rejected(store, mid)
    assert store.outbox_entries()[0].state is EntryState.PENDING
    replica.reject(store, store.outbox_entries(), "no")
    resolution.discard_rejected(store, mid)
    loaded = store.get(Action, action.id)
    assert loaded is not None and loaded.title == "A"
    assert store.outbox_entries() == [] and ("title", "Inválido") in _history(store)


def test_local_summary_counts_known_records_including_deleted(store: Store, city: City) -> None:
    a = Action(city_id=city.id, objective_id="o", title="A")
    _synced(store, city, a)
    store.delete(Action, a.id)
    store.save(Action(city_id=city.id, objective_id="o", title="nueva"))  # version 0: not yet
    summary = replica.local_summary(store, city.id)
    assert summary.count == 2
    assert summary.digest == protocol.summary_digest([(city.id, 1), (a.id, 1)])


def test_status_and_last_success(store: Store, city: City) -> None:
    store.save(city)
    replica.mark_error(store, city.id, "sin red")
    status = sync_status.city_status(store, city.id)
    assert status.pending == 1 and status.last_error == "sin red" and status.last_success_at is None
    replica.mark_success(store, city.id, NOW)
    status = sync_status.city_status(store, city.id)
    assert status.last_success_at == NOW and status.last_error is None


def test_redownload_copies_the_outbox_aside_and_rewinds(store: Store, city: City, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _synced(store, city)
    replica.apply_page(store, city.id, _page(_state(city, 4)), NOW)
    store.save(Action(city_id=city.id, objective_id="o", title="sin enviar"))
    copy = replica.prepare_redownload(store, city.id, tmp_path / "aparte", NOW)
    assert "sin enviar" in copy.read_text(encoding="utf-8")
    assert replica.cursor(store, city.id) == 0
    assert store.pending_count() == 1
    assert Op.UPSERT
