"""The start-up's first read (sqlite3, no SQLAlchemy) gives what the Store gives, or steps aside."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from migradesk.demo import write_demo
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.city import City, Region
from migradesk.domain.report import Attendee, Workshop, WorkshopKind
from migradesk.storage import Store, database, firstread, outbox, store
from migradesk.storage.firstread import DATABASE_NAME, FirstRead, first_read, schema_head
from migradesk.storage.schema import RECORD_TABLES, SYNC_SETTINGS_KEY, conflicts, meta
from migradesk.storage.schema import outbox as OUTBOX
from migradesk.storage.status_values import Badge, EntryState
from migradesk.storage.sync.sync_status import badges

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    write_demo(folder, TODAY)
    return folder


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(demo_template, tmp_path / "demo"))


def _same(found: FirstRead | None, expected: FirstRead) -> None:
    """Equal, with the same Python types (``1 == True``, ``2.0 == 2``: repr tells them apart)."""
    assert found == expected
    assert repr(found) == repr(expected)


def _as_the_store_reads(data_dir: Path, city_id: str) -> FirstRead:
    with Store.open(data_dir) as opened:
        return FirstRead(
            city_id,
            opened.load_city_file(city_id),
            opened.pending_count(city_id),
            badges(opened, city_id),
            opened.role(),
        )


def test_the_demo_city_reads_as_the_store_reads_it(demo: Path) -> None:
    found = first_read(demo, None)
    assert found is not None and found.file is not None
    _same(found, _as_the_store_reads(demo, found.city_id or ""))
    assert found.file.city.name == "Santa Rosa del Cerro"
    assert len({type(r) for r in found.file}) >= 10  # most record kinds, with their values
    assert found.badges and found.pending == 0  # nothing of the demo is ever queued


def test_every_sync_badge_and_state_reads_the_same(demo: Path) -> None:
    """Synced, pending, rejected, in conflict, deleted while edited: the same badges."""
    city_id = first_read(demo, None).city_id  # type: ignore[union-attr]
    assert city_id is not None
    with Store.open(demo) as opened:
        file = opened.load_city_file(city_id)
        ids = [a.id for a in file.all(IndicatorAnswer)[:2]]
        assert len(ids) == 2
        with opened.engine.begin() as conn:
            for record_id in [a.id for a in file.all(IndicatorAnswer)[:3]]:  # changes waiting
                outbox.append(
                    conn,
                    city_id=city_id,
                    kind="indicator_answer",
                    record_id=record_id,
                    op=outbox.Op.UPSERT,
                    changes={"notes": ["", "x"]},
                    base_version=3,
                    now=datetime.now(UTC),
                )
            for table in RECORD_TABLES.values():
                conn.execute(sa.update(table).where(table.c.city_id == city_id).values(version=3))
            conn.execute(sa.delete(OUTBOX).where(OUTBOX.c.record_id == city_id))  # synced
            conn.execute(
                sa.update(OUTBOX)
                .where(OUTBOX.c.record_id.in_(ids[:1]))
                .values(state=EntryState.REJECTED.value, error="no")
            )
            now = datetime.now(UTC)
            for record_id, field in ((ids[1], "value"), ("gone", "")):
                conn.execute(
                    sa.insert(conflicts).values(
                        city_id=city_id,
                        kind="indicator_answer",
                        record_id=record_id,
                        field=field,
                        created_at=now,
                    )
                )
        expected = badges(opened, city_id)
    assert {Badge.SYNCED, Badge.PENDING, Badge.CONFLICT} <= set(expected.values())
    assert expected[ids[0]] is Badge.REJECTED
    assert expected["gone"] is Badge.CONFLICT
    found = first_read(demo, city_id)
    assert found is not None
    assert found.badges == expected
    _same(found, _as_the_store_reads(demo, city_id))


def test_values_of_every_column_type_and_json_shapes(tmp_path: Path) -> None:
    city = City(
        id="22222222-2222-4222-8222-222222222222",
        city_id="22222222-2222-4222-8222-222222222222",
        name="Ñorquincó",
        province="Río Negro",
        region=Region.PATAGONIA,
    )
    workshop = Workshop(
        city_id=city.id,
        kind=WorkshopKind.DIAGNOSTIC,
        attendees=[Attendee("Ana Pérez", "Municipio", "Intendenta"), Attendee("Luis")],
    )
    with Store.open(tmp_path) as opened:
        opened.save_all([city, workshop])
    found = first_read(tmp_path, city.id)
    assert found is not None and found.file is not None
    _same(found, _as_the_store_reads(tmp_path, city.id))
    assert found.file.city == city


def test_the_wanted_city_else_the_first_by_name(demo: Path) -> None:
    other = City(
        id="33333333-3333-4333-8333-333333333333",
        city_id="33333333-3333-4333-8333-333333333333",
        name="Abra Pampa",
        province="Jujuy",
        region=Region.NOROESTE,
    )
    with Store.open(demo) as opened:
        opened.save(other)
        demo_id = next(c.id for c in opened.cities() if c.id != other.id)
    assert first_read(demo, demo_id).city_id == demo_id  # type: ignore[union-attr]
    assert first_read(demo, "no-such-city").city_id == other.id  # type: ignore[union-attr]
    assert first_read(demo, None).city_id == other.id  # type: ignore[union-attr]


def test_a_data_dir_without_cities_reads_as_empty(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    assert first_read(tmp_path, None) == FirstRead(None, None, 0, {}, "focal_point")


def test_it_steps_aside_for_the_store_when_the_file_is_not_current(tmp_path: Path) -> None:
    """New, older, newer, damaged, foreign: the Store opens it (and says what happened)."""
    assert first_read(tmp_path / "nothing", None) is None

    older = tmp_path / "older"
    older.mkdir()
    engine = database.create_engine(older / DATABASE_NAME)
    database.upgrade(engine, older / DATABASE_NAME, target="0001")
    engine.dispose()
    assert first_read(older, None) is None

    newer = tmp_path / "newer"
    Store.open(newer).close()
    with sqlite3.connect(newer / DATABASE_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = (newer / DATABASE_NAME).read_bytes()
    assert first_read(newer, None) is None
    assert (newer / DATABASE_NAME).read_bytes() == before

    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / DATABASE_NAME).write_bytes(b"esto no es una base de datos\n" * 100)
    assert first_read(garbage, None) is None
    assert (garbage / DATABASE_NAME).exists()  # untouched: the Store keeps it aside

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    with sqlite3.connect(foreign / DATABASE_NAME) as conn:
        conn.execute("CREATE TABLE recetas (nombre TEXT)")
    assert first_read(foreign, None) is None


def test_a_damaged_file_is_left_to_the_store(demo: Path) -> None:
    path = demo / DATABASE_NAME
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\xff" * 4096  # trash a b-tree page
    path.write_bytes(bytes(data))
    assert first_read(demo, None) is None
    assert path.read_bytes() == bytes(data)


def test_the_role_this_desktop_writes_as(demo: Path) -> None:
    city_id = first_read(demo, None).city_id  # type: ignore[union-attr]
    assert city_id is not None
    with Store.open(demo) as opened, opened.engine.begin() as conn:
        conn.execute(sa.delete(meta).where(meta.c.key == SYNC_SETTINGS_KEY))
        conn.execute(
            sa.insert(meta).values(key=SYNC_SETTINGS_KEY, value=json.dumps({"role": "official"}))
        )
    found = first_read(demo, city_id)
    assert found is not None and found.role == "official"
    _same(found, _as_the_store_reads(demo, city_id))


def test_its_names_and_revision_are_the_stores() -> None:
    assert DATABASE_NAME == store.DATABASE_NAME
    assert firstread.SYNC_SETTINGS_KEY == SYNC_SETTINGS_KEY
    assert schema_head() == database.SCHEMA_HEAD == database.head_revision()


def test_it_imports_no_sqlalchemy_pydantic_or_holidays(demo: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from migradesk.storage.firstread import first_read; "
        f"assert first_read(Path({str(demo)!r}), None).file is not None; "
        "print([m for m in ('sqlalchemy', 'pydantic', 'holidays', 'alembic') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
