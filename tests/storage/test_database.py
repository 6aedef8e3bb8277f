from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.city import City
from migradesk.domain.people import FocalPoint
from migradesk.domain.report import Attendee
from migradesk.domain.review import Certification, Comment
from migradesk.storage import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    StorageError,
    StorageProblem,
    Store,
    database,
)
from migradesk.storage.schema import metadata
from migradesk.storage.store import DATABASE_NAME


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_migrations_from_empty_match_the_models(tmp_path: Path) -> None:
    engine = database.create_engine(tmp_path / "db.sqlite3")
    database.upgrade(engine, tmp_path / "db.sqlite3")
    with engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), metadata
        )
    engine.dispose()
    assert diff == []


def test_upgrade_from_previous_revision_keeps_data_and_backs_up(tmp_path: Path, city: City) -> None:
    path = tmp_path / DATABASE_NAME
    engine = database.create_engine(path)
    database.upgrade(engine, path, target="0001")
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    with engine.begin() as conn:  # what a desktop of the previous release wrote
        conn.execute(
            sa.text(
                "INSERT INTO indicator_answer (id, city_id, updated_at, questionnaire_version,"
                " indicator_id, answer, measure_description) VALUES"
                " (:id, :city, :now, '1', 'a01', 'si', 'Mesa de atención al migrante')"
            ),
            {"id": answer.id, "city": city.id, "now": datetime.now(UTC).isoformat()},
        )
    engine.dispose()
    assert _revision(path) == "0001"

    with Store.open(tmp_path) as store:
        loaded = store.get(IndicatorAnswer, answer.id)
        assert loaded is not None and loaded.measure_description == "Mesa de atención al migrante"
        assert loaded.reaches_women is False  # the new columns' defaults
    assert _revision(path) == database.head_revision()
    backups = list((tmp_path / "copias").glob("*.sqlite3"))
    assert len(backups) == 1 and "-0001-" in backups[0].name
    assert _revision(backups[0]) == "0001"


def test_upgrade_to_records_keyed_by_city_keeps_data_and_backs_up(
    tmp_path: Path, city: City
) -> None:
    """0003: a record's key becomes (id, city_id) (sync G10); 0004: a focal point's term
    follows another (G13; older terms follow none). Rows and the outbox stay."""
    path = tmp_path / DATABASE_NAME
    engine = database.create_engine(path)
    database.upgrade(engine, path, target="0002")
    answer = IndicatorAnswer.blank(city.id, "1", "a01")
    now = datetime.now(UTC).isoformat()
    with engine.begin() as conn:  # what a desktop of the previous release wrote
        conn.execute(
            sa.text(
                "INSERT INTO indicator_answer (id, city_id, version, updated_at,"
                " questionnaire_version, indicator_id, measure_description) VALUES"
                " (:id, :city, 7, :now, '1', 'a01', 'Mesa de atención al migrante')"
            ),
            {"id": answer.id, "city": city.id, "now": now},
        )
        conn.execute(
            sa.text(
                "INSERT INTO outbox (mutation_id, city_id, kind, record_id, op, changes,"
                " base_version, created_at) VALUES ('m1', :city, 'indicator_answer', :id,"
                ' \'upsert\', \'{"notes": ["", "x"]}\', 7, :now)'
            ),
            {"id": answer.id, "city": city.id, "now": now},
        )
        conn.execute(  # a focal point recorded before terms were chained (0004)
            sa.text(
                "INSERT INTO focal_point (id, city_id, version, updated_at, name) VALUES"
                " ('fp-antiguo', :city, 3, :now, 'Rosa Mamaní')"
            ),
            {"city": city.id, "now": now},
        )
    engine.dispose()

    with Store.open(tmp_path) as store:
        (kept,) = store.all(FocalPoint, city.id)
        assert (kept.id, kept.name, kept.follows) == ("fp-antiguo", "Rosa Mamaní", "")
        loaded = store.get(IndicatorAnswer, answer.id, city.id)
        assert loaded is not None and loaded.measure_description == "Mesa de atención al migrante"
        assert [(e.mutation_id, e.base_version) for e in store.outbox_entries()] == [("m1", 7)]
        other = dataclasses.replace(answer, city_id="c2", measure_description="Otra ciudad")
        store.save(other)  # the same id under another city: another record
        assert store.get(IndicatorAnswer, answer.id, "c2") == other
        assert store.get(IndicatorAnswer, answer.id, city.id) == loaded
    assert _revision(path) == database.head_revision()
    (backup,) = (tmp_path / "copias").glob("*-0002-*.sqlite3")
    assert _revision(backup) == "0002"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_upgrade_to_quoted_passages_and_invitees_keeps_comments_and_the_seal(
    tmp_path: Path, city: City
) -> None:
    """0006: a comment may quote a passage; the certification lists its ceremony's invitees.
    Comments and a certification stored before load with the new fields empty."""
    path = tmp_path / DATABASE_NAME
    engine = database.create_engine(path)
    database.upgrade(engine, path, target="0005")
    now = datetime.now(UTC).isoformat()
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO comment (id, city_id, version, updated_at, anchor_kind, anchor_id,"
                " author, author_role, body, created_at) VALUES ('c1', :city, 4, :now,"
                " 'report_section', 's5', 'rita', 'reviewer', 'Sumar datos.', :now)"
            ),
            {"city": city.id, "now": now},
        )
        conn.execute(
            sa.text(
                "INSERT INTO certification (id, city_id, version, updated_at, ceremony_place)"
                " VALUES ('seal', :city, 5, :now, 'Cabildo')"
            ),
            {"city": city.id, "now": now},
        )
    engine.dispose()

    with Store.open(tmp_path) as store:
        comment = store.get(Comment, "c1", city.id)
        assert comment is not None and (comment.body, comment.passage) == ("Sumar datos.", "")
        seal = store.get(Certification, "seal", city.id)
        assert seal is not None and (seal.ceremony_place, seal.invitees) == ("Cabildo", [])
        store.save_as_received(
            [dataclasses.replace(seal, invitees=[Attendee("Ana Pérez", role="Intendenta")])]
        )
        again = store.get(Certification, "seal", city.id)
        assert again is not None and again.invitees == [Attendee("Ana Pérez", role="Intendenta")]


def test_no_backup_for_a_new_database(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    Store.open(tmp_path).close()
    assert not (tmp_path / "copias").exists()


def test_database_newer_than_the_app_is_refused_untouched(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    path = tmp_path / DATABASE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="más nueva"):
        Store.open(tmp_path)
    assert path.read_bytes() == before


def test_non_sqlite_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    path.write_bytes(b"esto no es una base de datos\n" * 100)
    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(tmp_path)
    assert not path.exists()
    assert caught.value.kept_aside.read_bytes() == b"esto no es una base de datos\n" * 100
    assert str(caught.value.kept_aside) in str(caught.value)
    Store.open(tmp_path).close()  # the next start begins afresh


def test_damaged_sqlite_file_is_kept_aside(tmp_path: Path, city: City) -> None:
    with Store.open(tmp_path) as store:
        store.save(city)
    path = tmp_path / DATABASE_NAME
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 3] = b"\xff" * page  # trash a b-tree page
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(tmp_path)
    assert caught.value.kept_aside.read_bytes() == damaged


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DATABASE_NAME) as conn:
        conn.execute("CREATE TABLE recetas (nombre TEXT)")
    before = (tmp_path / DATABASE_NAME).read_bytes()
    with pytest.raises(StorageError, match="no de MigraDesk") as refused:
        Store.open(tmp_path)
    assert refused.value.problem is StorageProblem.FOREIGN
    assert (tmp_path / DATABASE_NAME).read_bytes() == before  # "no se modificó": not even WAL


def test_full_disk_gives_a_clear_error_and_keeps_earlier_data(tmp_path: Path, city: City) -> None:
    with Store.open(tmp_path) as store:
        store.save(city)

        @sa.event.listens_for(store.engine, "connect")
        def _tiny(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA max_page_count = 1")

        store.engine.dispose()  # new connections get the limit: the "disk" is full
        answer = IndicatorAnswer.blank(city.id, "1", "a01")
        answer.measure_description = "x" * 90_000
        with pytest.raises(StorageError, match="espacio"):
            store.save(answer)
    with Store.open(tmp_path) as store:
        assert store.cities() == [city]
        assert store.get(IndicatorAnswer, answer.id) is None


def test_unusable_data_dir_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "archivo"
    blocker.write_text("no soy una carpeta")
    with pytest.raises(StorageError, match="carpeta de datos"):
        Store.open(blocker / "datos")


def test_schema_head_constant_matches_the_migrations() -> None:
    assert database.head_revision() == database.SCHEMA_HEAD


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    Store.open(tmp_path).close()
    code = (
        "import sys\nfrom pathlib import Path\nfrom migradesk.storage import Store\n"
        f"Store.open(Path({str(tmp_path)!r})).close()\n"
        "assert 'alembic' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow
def test_reads_and_writes_that_meet_a_lock_are_storage_errors_not_crashes(
    tmp_path: Path, city: City
) -> None:
    """Every statement goes through the same translation (the engine's handle_error hook):
    reads too, which used to surface as SQLAlchemy's English OperationalError."""
    path = tmp_path / DATABASE_NAME
    with Store.open(tmp_path) as store:
        store.save(city)

        @sa.event.listens_for(store.engine, "connect")
        def _impatient(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA busy_timeout = 50")

        store.engine.dispose()
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")  # another program keeps it for itself
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("COMMIT")
        with pytest.raises(StorageError) as caught:
            store.cities()
        holder.close()
        assert caught.value.problem is StorageProblem.LOCKED
        assert "Otro programa está usando el archivo de datos" in str(caught.value)

        assert store.cities() == [city]
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        with pytest.raises(StorageError) as caught:
            store.save(IndicatorAnswer.blank(city.id, "1", "a01"))
        writer.close()
        assert caught.value.problem is StorageProblem.LOCKED
        assert "no pudo guardar el último cambio" in str(caught.value)
        assert store.cities() == [city]
