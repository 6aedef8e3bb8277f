"""Withdrawing a send that has not left this PC: allowed while it waits in the outbox, refused
once a push carries it or the server acknowledged it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from migradesk.domain.base import DomainError
from migradesk.domain.process import Stage, review
from migradesk.domain.process.sending import send_records, withdrawal
from migradesk.domain.register import search
from migradesk.domain.review import Deliverable
from migradesk.storage import Store
from migradesk.storage.sync.replica import _raise_version, take_batch
from migradesk.storage.sync.unsent import LEAVING, REACHED, withdraw

AT = datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path)
    opened.save(search("Humahuaca")[0].to_city())
    return opened


def send(store: Store, deliverable: Deliverable) -> str:
    city_id = store.cities()[0].id
    file = store.load_city_file(city_id)
    store.save_all(send_records(file, deliverable, AT))
    return city_id


def test_a_send_waiting_in_the_outbox_is_withdrawn_with_its_report_copy(store: Store) -> None:
    city_id = send(store, Deliverable.REPORT)
    before = store.pending_count()
    file = store.load_city_file(city_id)
    assert review(file, Deliverable.REPORT).stage is Stage.TO_SEND
    records = withdrawal(file, Deliverable.REPORT)
    assert len(records) == 2  # the event and version 1
    withdraw(store, records)
    file = store.load_city_file(city_id)
    assert review(file, Deliverable.REPORT).stage is Stage.DRAFT
    assert file.report_versions == [] and store.pending_count() == before - 2


def test_a_send_a_push_is_carrying_cannot_be_withdrawn(store: Store) -> None:
    city_id = send(store, Deliverable.SELF_ASSESSMENT)
    assert take_batch(store, max_entries=100, max_bytes=10**6) is not None
    records = withdrawal(store.load_city_file(city_id), Deliverable.SELF_ASSESSMENT)
    with pytest.raises(DomainError, match=LEAVING[:30]):
        withdraw(store, records)
    assert review(store.load_city_file(city_id), Deliverable.SELF_ASSESSMENT).unsent


def test_a_send_the_server_acknowledged_cannot_be_withdrawn(store: Store) -> None:
    city_id = send(store, Deliverable.ACTION_PLAN)
    [event] = withdrawal(store.load_city_file(city_id), Deliverable.ACTION_PLAN)
    with store.writing() as conn:
        _raise_version(conn, event.KIND, city_id, event.id, 7)
    with pytest.raises(DomainError, match=REACHED):
        withdraw(store, [event])
    file = store.load_city_file(city_id)
    assert review(file, Deliverable.ACTION_PLAN).stage is Stage.SENT
