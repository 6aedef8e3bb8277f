"""Copies of the database and restoring one: every record and the outbox come back, the file
replaced is kept, automatic copies roll, and nothing is changed by a copy that cannot be used."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.city import City
from migradesk.storage import StorageError, StorageProblem, Store, backups, database
from migradesk.storage.backups import Reason
from migradesk.storage.store import DATABASE_NAME


def _answer(city: City, n: int, text: str) -> IndicatorAnswer:
    answer = IndicatorAnswer.blank(city.id, "1", f"a{n:02d}")
    answer.measure_description = text
    return answer


def _everything(data_dir: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    """Every record row (all kinds) and the outbox's mutation ids, as stored."""
    with Store.open(data_dir) as store, store.engine.connect() as conn:
        rows: list[tuple[object, ...]] = []
        for name in sorted(sa.inspect(conn).get_table_names()):
            if name in ("meta", "alembic_version", "outbox"):
                continue
            rows += [(name, *row) for row in conn.execute(sa.text(f'SELECT * FROM "{name}"'))]
        return sorted(rows, key=repr), [e.mutation_id for e in store.outbox_entries()]


def test_backup_then_restore_keeps_every_record_and_the_outbox(tmp_path: Path, city: City) -> None:
    data = tmp_path / "datos"
    with Store.open(data) as store:
        store.save(city)
        store.save_all(_answer(city, n, f"Medida {n}") for n in range(1, 6))
    before = _everything(data)
    assert len(before[1]) == 6
    copy = backups.make(data / DATABASE_NAME, Reason.MANUAL)

    with Store.open(data) as store:  # work after the copy: a change and a new record
        store.save(_answer(city, 1, "Cambiada después de la copia"))
        store.save(_answer(city, 9, "Nueva después de la copia"))
    assert _everything(data) != before

    done = backups.restore(data / DATABASE_NAME, copy, database.known_revisions())
    assert _everything(data) == before
    assert done.resent == 6 and done.contents.pending == 6
    assert done.left_aside == 2  # the two changes made after the copy
    assert done.contents.cities == (city.name,)
    assert done.set_aside is not None and done.set_aside.parent == data / "copias"
    assert [b.reason for b in backups.listing(data)] == [Reason.RESTORE, Reason.MANUAL]
    aside = backups.contents(done.set_aside)  # holds the work done after the copy
    assert aside.pending == 8 and aside.records == backups.contents(copy).records + 1


def test_a_restore_reaches_a_store_already_open_on_the_file(tmp_path: Path, city: City) -> None:
    """The app restores on its DB worker with its Store open: that Store reads the copy."""
    data = tmp_path / "datos"
    with Store.open(data) as store:
        store.save(city)
        store.save(_answer(city, 1, "Antes"))
        copy = backups.make(store.path, Reason.MANUAL)
        store.save(_answer(city, 1, "Después"))
        backups.restore(store.path, copy, database.known_revisions())
        found = store.get(IndicatorAnswer, _answer(city, 1, "").id, city.id)
        assert found is not None and found.measure_description == "Antes"
        store.save(_answer(city, 2, "Sigue escribiendo"))  # and goes on writing
    assert database.check_file(data / DATABASE_NAME) is None


def test_automatic_copies_roll_and_manual_ones_stay(tmp_path: Path, city: City) -> None:
    data = tmp_path / "datos"
    with Store.open(data) as store:
        store.save(city)
    path = data / DATABASE_NAME
    manual = backups.make(path, Reason.MANUAL)
    made = [backups.make(path, Reason.UPGRADE, keep=3, revision="0002") for _ in range(5)]
    upgrades = [b.path for b in backups.listing(data) if b.reason is Reason.UPGRADE]
    assert upgrades == made[:-4:-1]  # the newest three, newest first
    assert manual.exists()
    assert backups.daily(path, keep=2, today=date.today()) is not None
    assert backups.daily(path, keep=2, today=date.today()) is None  # one a day
    assert "-0002-" in made[-1].name  # the upgrade's schema revision is in its name
    with sqlite3.connect(made[-1]) as conn:  # a self-contained file, not a WAL pair
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_copy_an_older_release_made_before_upgrading_is_listed(tmp_path: Path) -> None:
    old = tmp_path / "copias" / "migradesk-0002-20260301-101500.sqlite3"
    old.parent.mkdir()
    old.write_bytes(b"")
    (tmp_path / "copias" / "cambios-x-20260301-101500.json").write_text("[]")
    (found,) = backups.listing(tmp_path)
    assert found.reason is Reason.UPGRADE and found.made_at.day == 1


@pytest.mark.parametrize("problem", ["not-sqlite", "foreign", "damaged", "too-new"])
def test_a_copy_that_cannot_be_restored_changes_nothing(
    tmp_path: Path, city: City, problem: str
) -> None:
    data = tmp_path / "datos"
    with Store.open(data) as store:
        store.save(city)
    before = _everything(data)
    bad = tmp_path / "copia.sqlite3"
    if problem == "not-sqlite":
        bad.write_text("esto no es una base de datos")
    elif problem == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE fotos (id INTEGER)")
    else:
        good = backups.make(data / DATABASE_NAME, Reason.MANUAL, target=bad)
        if problem == "too-new":
            with sqlite3.connect(good) as conn:
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
        else:
            raw = bytearray(good.read_bytes())
            raw[4096 * 2 : 4096 * 2 + 64] = b"\xff" * 64  # garble a page of a table
            good.write_bytes(bytes(raw))
    listed = backups.listing(data)
    with pytest.raises(StorageError) as refused:
        backups.restore(data / DATABASE_NAME, bad, database.known_revisions())
    expected = {
        "not-sqlite": StorageProblem.FOREIGN,
        "foreign": StorageProblem.FOREIGN,
        "damaged": StorageProblem.DAMAGED,
        "too-new": StorageProblem.TOO_NEW,
    }[problem]
    assert refused.value.problem is expected, refused.value
    assert _everything(data) == before
    assert backups.listing(data) == listed  # not even a copy aside


def test_restoring_over_a_file_from_a_newer_release_keeps_that_file(tmp_path: Path) -> None:
    """The start-up's recovery: the data file cannot be opened (newer schema); a copy goes in
    its place and the newer file is kept in copias/, unchanged."""
    data = tmp_path / "datos"
    Store.open(data).close()
    copy = backups.make(data / DATABASE_NAME, Reason.MANUAL)
    with sqlite3.connect(data / DATABASE_NAME) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StorageError):
        Store.open(data)
    done = backups.restore(data / DATABASE_NAME, copy, database.known_revisions())
    assert done.set_aside is not None
    assert backups.contents(done.set_aside).revision == "9999"
    Store.open(data).close()


def test_restoring_an_older_schema_upgrades_it_when_opened(tmp_path: Path, city: City) -> None:
    old = tmp_path / "vieja" / DATABASE_NAME
    old.parent.mkdir()
    engine = database.create_engine(old)
    database.upgrade(engine, old, target="0002")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO city (id, city_id, updated_at, name, province, region)"
                " VALUES (:id, :id, '2026-01-01T00:00:00+00:00', 'Humahuaca', 'Jujuy', 'noroeste')"
            ),
            {"id": city.id},
        )
    engine.dispose()
    data = tmp_path / "datos"
    Store.open(data).close()
    backups.restore(data / DATABASE_NAME, old, database.known_revisions())
    with Store.open(data) as store:
        assert [c.name for c in store.cities()] == ["Humahuaca"]


def test_a_read_only_file_is_said_when_it_opens_not_at_the_first_edit(
    tmp_path: Path, city: City
) -> None:
    data = tmp_path / "datos"
    with Store.open(data) as store:
        store.save(city)
    path = data / DATABASE_NAME
    path.chmod(0o444)
    try:
        import os

        if os.access(path, os.W_OK):  # root writes a 0444 file: make it immutable instead
            import subprocess

            if subprocess.run(["chattr", "+i", str(path)], check=False).returncode != 0:
                pytest.skip("cannot make a read-only file here")
        with pytest.raises(StorageError) as refused:
            Store.open(data)
        assert refused.value.problem is StorageProblem.READ_ONLY
        assert "solo lectura" in str(refused.value) and "dañado" not in str(refused.value)
        assert path.exists() and not [p for p in data.iterdir() if "danado" in p.name]
    finally:
        import subprocess

        subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)
        path.chmod(0o644)
    with Store.open(data) as store:
        store.save(dataclasses.replace(city, name="Humahuaca (de nuevo)"))


def test_the_copy_knows_the_sync_settings_key_of_the_schema() -> None:
    from migradesk.storage.schema import SYNC_SETTINGS_KEY

    assert backups.SYNC_SETTINGS_KEY == SYNC_SETTINGS_KEY
