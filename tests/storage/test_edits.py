"""Compare-on-write: an edit never overwrites a value its editor did not see."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import to_wire
from migradesk.domain.city import City
from migradesk.storage import Store, edits
from migradesk.storage.edits import Edit
from migradesk.storage.outbox import Op
from migradesk.storage.schema import history
from migradesk.storage.sync import replica, resolution, sync_status
from migradesk.storage.sync.resolution import Resolution
from migradesk.storage.sync.sync_status import Badge
from migradesk.wire import protocol

NOW = datetime(2026, 5, 1, 12, tzinfo=UTC)
HERE = Path(__file__).resolve().parent


def _answer(store: Store, city: City, text: str = "Mesa de atención") -> IndicatorAnswer:
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    answer.measure_description = text
    store.save_all([city, answer])
    return answer


def _edit(before: Any, **changes: Any) -> Edit:
    return Edit.between(before, dataclasses.replace(before, **changes))


def _history(store: Store) -> list[tuple[str, Any]]:
    with store.engine.connect() as conn:
        return [(r.field, r.value) for r in conn.execute(sa.select(history).order_by(history.c.id))]


def test_an_edit_of_what_is_stored_applies_and_queues_old_and_new(store: Store, city: City) -> None:
    shown = _answer(store, city)
    outcome = edits.apply(store, [_edit(shown, measure_description="Mesa de atención (A)")])
    assert (outcome.saved, outcome.conflicts, outcome.replaced) == (1, 0, 0)
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None and stored.measure_description == "Mesa de atención (A)"
    assert outcome.previous == {shown.id: {"measure_description": "Mesa de atención"}}
    last = store.outbox_entries()[-1]  # folded into the creation, not sent yet
    assert last.changes["measure_description"] == [None, "Mesa de atención (A)"]


def test_a_stale_long_text_is_kept_beside_the_stored_one(store: Store, city: City) -> None:
    """The issue's case: window B replaced the text; window A, still showing the old one,
    appends " (A)". B's text stays in the record, A's is kept as a local conflict."""
    shown = _answer(store, city)
    edits.apply(store, [_edit(shown, measure_description="Texto escrito en la ventana B")])
    queued = store.outbox_entries()
    outcome = edits.apply(store, [_edit(shown, measure_description="Mesa de atención (A)")])
    assert (outcome.saved, outcome.conflicts) == (0, 1)
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None and stored.measure_description == "Texto escrito en la ventana B"
    assert store.outbox_entries() == queued  # nothing new to send until the user decides
    [conflict] = sync_status.open_conflicts(store, city.id)
    assert conflict.local and conflict.field == "measure_description"
    assert conflict.mine == "Mesa de atención (A)"
    assert conflict.theirs == "Texto escrito en la ventana B"
    assert conflict.base == "Mesa de atención"
    assert sync_status.badge(store, city.id, shown.id) is Badge.CONFLICT


def test_other_fields_of_the_stale_edit_still_apply(store: Store, city: City) -> None:
    shown = _answer(store, city)
    edits.apply(store, [_edit(shown, measure_description="B")])
    outcome = edits.apply(store, [_edit(shown, measure_description="A", responsible_area="Salud")])
    assert (outcome.saved, outcome.conflicts) == (1, 1)
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None
    assert (stored.measure_description, stored.responsible_area) == ("B", "Salud")


def test_edits_of_different_fields_from_one_snapshot_both_apply(store: Store, city: City) -> None:
    shown = _answer(store, city)
    edits.apply(store, [_edit(shown, responsible_area="Salud")])
    outcome = edits.apply(store, [_edit(shown, evidence="Ordenanza 12/2019")])
    assert outcome.conflicts == 0
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None
    assert (stored.responsible_area, stored.evidence) == ("Salud", "Ordenanza 12/2019")


def test_a_stale_short_field_takes_the_later_edit_and_keeps_the_other_in_history(
    store: Store, city: City
) -> None:
    shown = _answer(store, city)
    edits.apply(store, [_edit(shown, answer="si", since_year=2019)])
    outcome = edits.apply(store, [_edit(shown, answer="no")])
    assert (outcome.saved, outcome.conflicts, outcome.replaced) == (1, 0, 1)
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None and (stored.answer, stored.since_year) == ("no", 2019)
    assert _history(store) == [("answer", "si")]
    assert sync_status.open_conflicts(store) == []


def test_typing_on_in_a_conflicted_field_updates_the_open_conflict(
    store: Store, city: City
) -> None:
    shown = _answer(store, city, "Texto")
    edits.apply(store, [_edit(shown, measure_description="Texto de B")])
    edits.apply(store, [_edit(shown, measure_description="Texto y")])
    typed = dataclasses.replace(shown, measure_description="Texto y")
    outcome = edits.apply(store, [_edit(typed, measure_description="Texto y más")])
    assert outcome.conflicts == 1
    [conflict] = sync_status.open_conflicts(store)
    assert (conflict.mine, conflict.theirs) == ("Texto y más", "Texto de B")


def test_an_edit_already_stored_is_nothing_to_do(store: Store, city: City) -> None:
    shown = _answer(store, city)
    edits.apply(store, [_edit(shown, measure_description="Igual")])
    outcome = edits.apply(store, [_edit(shown, measure_description="Igual")])
    assert (outcome.saved, outcome.conflicts, outcome.replaced) == (0, 0, 0)


def test_a_new_record_is_created_and_a_twin_creation_is_compared(store: Store, city: City) -> None:
    store.save(city)
    blank = IndicatorAnswer.blank(city.id, "1", "b02")
    first = edits.apply(store, [Edit.between(None, dataclasses.replace(blank, notes="Uno"))])
    assert first.created == [blank.id]
    # Another editor, which had not seen it either, creates the same (deterministic) record.
    second = edits.apply(store, [Edit.between(None, dataclasses.replace(blank, notes="Dos"))])
    assert (second.created, second.conflicts) == ([], 1)
    [conflict] = sync_status.open_conflicts(store)
    assert (conflict.mine, conflict.theirs, conflict.base) == ("Dos", "Uno", "")


def test_a_record_deleted_meanwhile_is_not_brought_back_silently(store: Store, city: City) -> None:
    shown = _answer(store, city)
    store.delete(IndicatorAnswer, shown.id)
    outcome = edits.apply(store, [_edit(shown, measure_description="Mesa (A)")])
    assert outcome.conflicts == 1
    assert store.get(IndicatorAnswer, shown.id) is None
    [conflict] = sync_status.open_conflicts(store)
    assert conflict.local and conflict.deleted
    assert conflict.mine["measure_description"] == "Mesa (A)"
    assert sync_status.badges(store, city.id)[shown.id] is Badge.CONFLICT

    resolution.resolve_conflict(store, conflict.id, Resolution.KEEP_MINE, now=NOW)
    restored = store.get(IndicatorAnswer, shown.id)
    assert restored is not None and restored.measure_description == "Mesa (A)"
    # The deletion never left this computer: it is dropped, not sent before the restore (which
    # folds into the record's unsent creation).
    ops = [e.op for e in store.outbox_entries() if e.record_id == shown.id]
    assert ops == [Op.UPSERT]


def test_accepting_a_deletion_keeps_the_edit_in_history(store: Store, city: City) -> None:
    shown = _answer(store, city)
    store.delete(IndicatorAnswer, shown.id)
    edits.apply(store, [_edit(shown, measure_description="Mesa (A)")])
    [conflict] = sync_status.open_conflicts(store)
    resolution.resolve_conflict(store, conflict.id, Resolution.KEEP_THEIRS, now=NOW)
    assert store.get(IndicatorAnswer, shown.id) is None
    assert ("measure_description", "Mesa (A)") in _history(store)


def test_a_creation_brings_back_a_deleted_record(store: Store, city: City) -> None:
    shown = _answer(store, city)
    store.delete(IndicatorAnswer, shown.id)
    again = dataclasses.replace(shown, measure_description="Otra vez")
    outcome = edits.apply(store, [Edit.between(None, again)])
    assert (outcome.saved, outcome.conflicts) == (1, 0)
    assert store.get(IndicatorAnswer, shown.id) == again


@pytest.mark.parametrize(
    ("answer", "kept", "in_history"),
    [
        (Resolution.KEEP_MINE, "Mesa (A)", "Texto de B"),
        (Resolution.KEEP_THEIRS, "Texto de B", "Mesa (A)"),
        (Resolution.MERGED, "Mesa (A)\n\nTexto de B", "Texto de B"),
    ],
)
def test_resolving_a_local_conflict(
    store: Store, city: City, answer: Resolution, kept: str, in_history: str
) -> None:
    shown = _answer(store, city, "Mesa")
    edits.apply(store, [_edit(shown, measure_description="Texto de B")])
    edits.apply(store, [_edit(shown, measure_description="Mesa (A)")])
    [conflict] = sync_status.open_conflicts(store)
    merged = "Mesa (A)\n\nTexto de B" if answer is Resolution.MERGED else None
    resolution.resolve_conflict(store, conflict.id, answer, merged, now=NOW)
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None and stored.measure_description == kept
    assert ("measure_description", in_history) in _history(store)
    assert sync_status.open_conflicts(store) == []
    # What the outbox sends ends at the kept text.
    last = [e for e in store.outbox_entries() if e.record_id == shown.id][-1]
    assert last.changes["measure_description"][1] == kept


def _pulled(record: IndicatorAnswer, version: int) -> protocol.PullResponse:
    state = protocol.RecordState(
        kind=record.KIND,
        id=record.id,
        city_id=record.city_id,
        version=version,
        deleted=False,
        fields=to_wire(record),
    )
    return protocol.PullResponse(changes=[state], cursor=version, has_more=False)


def test_a_pull_updates_the_record_of_a_local_conflict_and_what_it_shows(
    store: Store, city: City
) -> None:
    shown = _answer(store, city, "Mesa")
    batch = replica.take_batch(store, max_entries=100, max_bytes=10**6)
    assert batch is not None
    replica.apply_push(
        store,
        batch,
        [
            protocol.MutationResult(
                mutation_id=e.mutation_id, status=protocol.ResultStatus.APPLIED, version=1
            )
            for e in batch.entries
        ],
        NOW,
    )
    # A sync brings another text while the editor still shows "Mesa"; then the edit arrives.
    server = dataclasses.replace(shown, measure_description="Texto de OIM")
    replica.apply_page(store, city.id, _pulled(server, 2), NOW)
    edits.apply(store, [_edit(shown, measure_description="Mesa (A)")])
    [conflict] = sync_status.open_conflicts(store)
    assert (conflict.mine, conflict.theirs) == ("Mesa (A)", "Texto de OIM")
    # A later pull applies to the record (the conflict holds only the edit) and shows there.
    later = dataclasses.replace(server, measure_description="Texto de OIM, revisado")
    replica.apply_page(store, city.id, _pulled(later, 3), NOW)
    stored = store.get(IndicatorAnswer, shown.id)
    assert stored is not None and stored.measure_description == "Texto de OIM, revisado"
    [conflict] = sync_status.open_conflicts(store)
    assert (conflict.mine, conflict.theirs) == ("Mesa (A)", "Texto de OIM, revisado")


def test_an_edit_of_the_same_id_in_another_city_is_another_record(store: Store, city: City) -> None:
    """Records are keyed by their city (sync G10): an edit never lands in another city."""
    shown = _answer(store, city, "Mesa")
    elsewhere = dataclasses.replace(shown, city_id="22222222-2222-4222-8222-222222222222")
    outcome = edits.apply(store, [Edit.between(None, elsewhere)])
    assert outcome.created == [shown.id]
    stored = store.get(IndicatorAnswer, shown.id, city.id)
    assert stored is not None and stored.measure_description == "Mesa"


def test_two_processes_on_one_file_lose_nothing(tmp_path: Path, city: City) -> None:
    """Two programs open the same file and show the same text; B saves first, then A saves
    what it typed on top of the old text. B's text stays; A's is kept as a conflict."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        shown = _answer(store, city, "Mesa de atención")
    child = str(HERE / "edit_child.py")

    def window(suffix: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, child, str(data), shown.id, suffix],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    a, b = window(" (A)"), window(" escrito en la ventana B")
    try:
        assert a.stdout is not None and b.stdout is not None
        assert a.stdout.readline().strip() == b.stdout.readline().strip() == "Mesa de atención"
        b_out, _ = b.communicate("\n", timeout=60)
        a_out, _ = a.communicate("\n", timeout=60)
    finally:
        for process in (a, b):
            process.kill()
    assert (b.returncode, a.returncode) == (0, 0)
    assert "conflicts=0" in b_out and "conflicts=1" in a_out
    with Store.open(data) as store:
        stored = store.get(IndicatorAnswer, shown.id)
        assert stored is not None
        assert stored.measure_description == "Mesa de atención escrito en la ventana B"
        [conflict] = sync_status.open_conflicts(store)
        assert conflict.mine == "Mesa de atención (A)"
        assert conflict.theirs == "Mesa de atención escrito en la ventana B"
