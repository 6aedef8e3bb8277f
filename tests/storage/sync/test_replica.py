"""The storage side of sync: batches, push answers, pulled pages, conflicts and status."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import DomainError, to_wire
from migradesk.domain.city import City
from migradesk.domain.plan import Action
from migradesk.storage import Store
from migradesk.storage.outbox import EntryState, Op
from migradesk.storage.schema import RECORD_TABLES, history, sync_state
from migradesk.storage.sync import replica, resolution, sync_status
from migradesk.storage.sync.sync_status import Badge
from migradesk.wire import protocol

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


def test_a_batch_leaves_behind_what_the_signed_in_role_may_not_write(
    store: Store, city: City
) -> None:
    """Changes queued under another account (or by an older MigraDesk) are set aside with the
    reason before sending: the outbox sends only what this account's role may write."""
    from migradesk.domain.review import Milestone, PhaseDate
    from migradesk.storage.sync import sync_settings

    date = PhaseDate(
        id=PhaseDate.id_for(city.id, Milestone.PHASE_1_START),
        city_id=city.id,
        milestone=Milestone.PHASE_1_START,
        on=NOW.date(),
    )
    reviewer = sync_settings.SyncSettings("https://oim.example", "revisora", "reviewer")
    sync_settings.save(store, reviewer)
    store.save(date)
    city_account = sync_settings.SyncSettings("https://oim.example", "ana", "focal_point")
    sync_settings.save(store, city_account)
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    store.save_all([city, answer])
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None and [e.kind for e in batch.entries] == ["city", "indicator_answer"]
    (aside,) = sync_status.rejected_entries(store)
    assert aside.kind == "phase_date" and aside.error is not None
    assert aside.error.startswith("Su rol (punto focal) no puede modificar las fechas de fase")
    assert sync_status.badges(store, city.id)[date.id] is Badge.REJECTED


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


def test_a_conflict_on_a_short_field_is_kept_mine_or_theirs_never_combined(
    store: Store, city: City
) -> None:
    """A record the city has one of, created on two desktops (G13): its short fields conflict
    too; the user keeps one version, a typed-in combination of a choice is refused."""
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    answer.since_year = 2019
    store.save_all([city, answer])
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None
    met = protocol.FieldConflict(field="since_year", mine=2019, theirs=2020)
    results = [*_applied(batch)]
    results[1] = protocol.MutationResult(
        mutation_id=batch.entries[1].mutation_id, status="conflict", version=2, conflicts=[met]
    )
    replica.apply_push(store, batch, results, NOW)
    (conflict,) = sync_status.open_conflicts(store)
    with pytest.raises(DomainError, match="solo un texto se combina"):
        resolution.resolve_conflict(store, conflict.id, resolution.Resolution.MERGED, "2019/20")
    resolution.resolve_conflict(store, conflict.id, resolution.Resolution.KEEP_THEIRS)
    got = store.get(IndicatorAnswer, answer.id)
    assert got is not None and got.since_year == 2020
    assert sync_status.open_conflicts(store) == []


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


def test_pull_applies_soft_delete_and_asks_about_an_unsent_edit(store: Store, city: City) -> None:
    a, b = (Action(city_id=city.id, objective_id="o", title=t) for t in ("A", "B"))
    _synced(store, city, a, b)
    b.title = "B editada"
    store.save(b)
    page = _page(_state(a, 5, deleted=True), _state(b, 6, True))
    outcome = replica.apply_page(store, city.id, page, NOW)
    assert store.get(Action, a.id) is None
    # The edit would be refused (based before the delete): it is kept in a conflict, not sent.
    assert store.get(Action, b.id) is None and store.outbox_entries() == []
    assert outcome.conflicts == 1
    (conflict,) = sync_status.open_conflicts(store)
    assert conflict.deleted and conflict.record_id == b.id and conflict.base == 6
    assert conflict.mine["title"] == "B editada" and conflict.theirs is None
    assert _history(store) == []  # B's values are in the conflict only
    assert sync_status.badges(store, city.id)[b.id] is Badge.CONFLICT
    assert _versions(store, Action)[b.id] == (6, True)


def test_badge_counts_per_kind_count_deleted_records_only_in_conflict(
    store: Store, city: City
) -> None:
    a, b, c = (Action(city_id=city.id, objective_id="o", title=t) for t in ("A", "B", "C"))
    _synced(store, city, a, b, c)
    b.title = "B editada"
    store.save(b)
    replica.apply_page(store, city.id, _page(_state(a, 5, deleted=True), _state(b, 6, True)), NOW)
    counts = sync_status.badge_counts(store, city.id)
    assert counts[Action.KIND] == {Badge.CONFLICT: 1, Badge.SYNCED: 1}  # B asks; A is gone
    assert counts[City.KIND] == {Badge.SYNCED: 1}
    assert sync_status.badge_counts(store, "otra-ciudad") == {}


def _versions(store: Store, cls: type) -> dict[str, tuple[int, bool]]:
    table = RECORD_TABLES[cls]
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table.c.id, table.c.version, table.c.deleted))
        return {r.id: (r.version, r.deleted) for r in rows}


def _deleted_answer(store: Store, record: Any, deletion: int = 9) -> replica.PushOutcome:
    """Push the pending edits of ``record``; the server answers that someone deleted it."""
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None
    results = [
        protocol.MutationResult(
            mutation_id=e.mutation_id, status=protocol.ResultStatus.DELETED, version=deletion
        )
        if e.record_id == record.id
        else protocol.MutationResult(mutation_id=e.mutation_id, status="applied", version=3)
        for e in batch.entries
    ]
    return replica.apply_push(store, batch, results, NOW)


def test_deleted_answer_keeps_the_edits_in_a_conflict(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa", description="base")
    _synced(store, city, action)
    action.description = "mi descripción"
    store.save(action)
    outcome = _deleted_answer(store, action)
    assert outcome == replica.PushOutcome(conflicts=1, deleted=1)
    assert store.outbox_entries() == [] and store.get(Action, action.id) is None
    (conflict,) = sync_status.open_conflicts(store)
    assert conflict.deleted and conflict.base == 9
    assert conflict.mine["description"] == "mi descripción"
    assert sync_status.badges(store, city.id)[action.id] is Badge.CONFLICT
    # The pulled delete then applies without copying the values to history a second time.
    server_side = _state(action, 9, deleted=True, description="base")
    replica.apply_page(store, city.id, _page(server_side), NOW)
    assert _versions(store, Action)[action.id] == (9, True) and _history(store) == []
    assert len(sync_status.open_conflicts(store)) == 1


def test_restore_brings_the_record_back_and_queues_the_whole_record(
    store: Store, city: City
) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa", description="base")
    _synced(store, city, action)
    action.description = "mi descripción"
    store.save(action)
    _deleted_answer(store, action)
    replica.apply_page(store, city.id, _page(_state(action, 9, True, description="base")), NOW)
    (conflict,) = sync_status.open_conflicts(store)
    resolution.resolve_conflict(store, conflict.id, resolution.Resolution.KEEP_MINE, now=NOW)
    restored = store.get(Action, action.id)
    assert restored is not None and restored.description == "mi descripción"
    (entry,) = store.outbox_entries()
    assert entry.op is Op.UPSERT and entry.base_version == 9
    assert set(entry.changes) == set(to_wire(action))  # the whole record
    assert entry.changes["description"] == ["base", "mi descripción"]
    assert sync_status.open_conflicts(store) == []
    assert sync_status.badges(store, city.id)[action.id] is Badge.PENDING
    # A pull of the same delete (e.g. a re-download) keeps the restore and asks nothing.
    replica.apply_page(store, city.id, _page(_state(action, 9, True, description="base")), NOW)
    assert store.get(Action, action.id) is not None and len(store.outbox_entries()) == 1
    assert sync_status.open_conflicts(store) == []


def test_restore_before_the_delete_is_pulled_is_based_on_the_deletion(
    store: Store, city: City
) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa")
    _synced(store, city, action)
    action.title = "Mesa nueva"
    store.save(action)
    _deleted_answer(store, action, deletion=12)
    (conflict,) = sync_status.open_conflicts(store)
    resolution.resolve_conflict(store, conflict.id, resolution.Resolution.KEEP_MINE)
    (entry,) = store.outbox_entries()
    assert entry.base_version == 12
    found = store.get(Action, action.id)
    assert found is not None and found.title == "Mesa nueva"


def test_accept_deletion_keeps_the_edits_in_history(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa", description="base")
    _synced(store, city, action)
    action.description = "mi descripción"
    store.save(action)
    _deleted_answer(store, action)
    replica.apply_page(store, city.id, _page(_state(action, 9, True, description="base")), NOW)
    (conflict,) = sync_status.open_conflicts(store)
    with pytest.raises(DomainError):
        resolution.resolve_conflict(store, conflict.id, resolution.Resolution.MERGED, "x")
    resolution.resolve_conflict(store, conflict.id, resolution.Resolution.LATER)
    assert len(sync_status.open_conflicts(store)) == 1
    resolution.resolve_conflict(store, conflict.id, resolution.Resolution.KEEP_THEIRS)
    assert store.get(Action, action.id) is None and store.outbox_entries() == []
    assert _history(store) == [("description", "mi descripción")]
    assert action.id not in sync_status.badges(store, city.id)


def test_accept_before_the_delete_is_pulled_still_keeps_the_edits(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa")
    _synced(store, city, action)
    action.title = "Mesa nueva"
    store.save(action)
    _deleted_answer(store, action)
    (conflict,) = sync_status.open_conflicts(store)
    resolution.resolve_conflict(store, conflict.id, resolution.Resolution.KEEP_THEIRS)
    replica.apply_page(store, city.id, _page(_state(action, 9, True, title="Mesa")), NOW)
    assert ("title", "Mesa nueva") in _history(store)


def test_later_edits_of_a_deleted_record_join_the_question(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa")
    other = Action(city_id=city.id, objective_id="o", title="Otra")
    _synced(store, city, action, other)
    action.title = "primera"
    store.save(action)
    first = replica.take_batch(store, max_entries=1, max_bytes=10**6)  # sent alone
    assert first is not None
    other.title = "Otra editada"
    store.save(other)
    action.description = "segunda"
    store.save(action)  # a separate entry, not yet sent
    results = [
        protocol.MutationResult(
            mutation_id=first.entries[0].mutation_id, status="deleted", version=9
        )
    ]
    replica.apply_push(store, first, results, NOW)
    left = store.outbox_entries()
    assert [e.record_id for e in left] == [other.id]  # the later edit would be refused too
    (conflict,) = sync_status.open_conflicts(store)
    assert conflict.mine["title"] == "primera" and conflict.mine["description"] == "segunda"


def test_an_edit_then_a_local_delete_needs_no_question(store: Store, city: City) -> None:
    action = Action(city_id=city.id, objective_id="o", title="Mesa")
    _synced(store, city, action)
    action.title = "editada"
    store.save(action)
    store.delete(Action, action.id)
    batch = replica.take_batch(store, max_entries=10, max_bytes=10**6)
    assert batch is not None and [e.op for e in batch.entries] == [Op.UPSERT, Op.DELETE]
    edit, delete = batch.entries
    results = [
        protocol.MutationResult(mutation_id=edit.mutation_id, status="deleted", version=9),
        protocol.MutationResult(mutation_id=delete.mutation_id, status="applied", version=9),
    ]
    replica.apply_push(store, batch, results, NOW)
    assert sync_status.open_conflicts(store) == [] and store.outbox_entries() == []
    assert ("title", "editada") in _history(store)


def test_a_pulled_delete_takes_over_open_field_conflicts(store: Store, city: City) -> None:
    answer, conflict_id = _conflicted(store, city)
    page = _page(_state(answer, 20, deleted=True, notes="del servidor"))
    assert replica.apply_page(store, city.id, page, NOW).conflicts == 1
    (conflict,) = sync_status.open_conflicts(store)
    assert conflict.deleted and conflict.mine["notes"] == "mío"
    old = sync_status.get_conflict(store, conflict_id)
    assert old is not None and old.resolved_at is not None  # superseded, kept


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
