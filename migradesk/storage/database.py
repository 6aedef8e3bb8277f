"""Opening the local SQLite file safely: checks, pragmas, migrations with a backup first."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("migradesk.storage")

# The newest migration. Start-up compares it with the database without importing alembic (slow to
# import); a test keeps it equal to alembic's head.
SCHEMA_HEAD = "0003"

SQLITE_HEADER = b"SQLite format 3\x00"


class StorageError(Exception):
    """A problem of the environment (disk, file, permissions) with a message for the user."""


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, kept_aside: Path, detail: str) -> None:
        self.path = path
        self.kept_aside = kept_aside
        super().__init__(
            f"El archivo de datos {path} está dañado o no es una base de datos de MigraDesk "
            f"({detail}). Se guardó aparte, sin modificarlo, como {kept_aside}; "
            "MigraDesk creará uno nuevo al iniciar. Si tiene una copia de seguridad o sincroniza "
            "con OIM, sus datos pueden recuperarse."
        )


class DatabaseTooNewError(StorageError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"El archivo de datos {path} fue creado por una versión más nueva de MigraDesk "
            f"(esquema {revision}). Actualice MigraDesk para abrirlo; el archivo no se modificó."
        )


def migrations_config(connection: sa.Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "migradesk.storage:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(migrations_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations_config())
    return {rev.revision for rev in script.walk_revisions()}


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # We issue BEGIN ourselves (see _begin) so that writers can take the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")  # sync G1: a commit survives a power cut
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _begin(connection: sa.Connection) -> None:
    immediate = connection.get_execution_options().get("immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine(path: Path) -> sa.Engine:
    engine = sa.create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    sa.event.listen(engine, "connect", _set_pragmas)
    sa.event.listen(engine, "begin", _begin)
    return engine


def _keep_aside(path: Path, detail: str) -> CorruptDatabaseError:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.danado-{stamp}")
    path.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    log.error("database %s kept aside as %s: %s", path, kept, detail)
    return CorruptDatabaseError(path, kept, detail)


def check_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, keeping it aside untouched."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _keep_aside(path, "no es un archivo SQLite")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _keep_aside(path, str(exc)) from None
    if result is None or result[0] != "ok":
        raise _keep_aside(path, f"quick_check: {result[0] if result else 'sin respuesta'}")


def backup(engine: sa.Engine, path: Path, revision: str) -> Path:
    """A consistent copy through SQLite's online backup API, beside the database."""
    folder = path.parent / "copias"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{revision}-{stamp}.sqlite3"
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
    finally:
        raw.close()
    log.info("backed up %s to %s before upgrading", path, target)
    return target


def current_revision(engine: sa.Engine) -> str | None:
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        return versions.scalar_one_or_none()


def upgrade(engine: sa.Engine, path: Path, target: str = "head") -> Path | None:
    """Bring the schema to ``target``; back up first when the file already holds data.

    Returns the backup's path, if one was made.
    """
    revision = current_revision(engine)
    if target == "head" and revision == SCHEMA_HEAD:
        return None  # the usual start: nothing to do, no alembic import
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path, revision)
    if revision is None:
        with engine.connect() as connection:
            existing = sa.inspect(connection).get_table_names()
        if existing:
            raise StorageError(
                f"El archivo {path} es una base SQLite pero no de MigraDesk; no se modificó."
            )
    wanted = head_revision() if target == "head" else target
    if revision == wanted:
        return None
    copy = backup(engine, path, revision) if revision is not None else None
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), target)
    return copy


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turn SQLite's environment errors into StorageError with a plain message."""
    try:
        yield
    except sa.exc.OperationalError as exc:
        text = str(exc.orig).lower()
        if "disk is full" in text or "disk i/o" in text:
            message = "No hay espacio en el disco: el último cambio no se guardó. Libere espacio."
        elif "readonly" in text or "read-only" in text:
            message = "No se puede escribir en el archivo de datos (solo lectura)."
        elif "locked" in text or "busy" in text:
            message = "El archivo de datos está en uso por otro programa. Intente de nuevo."
        else:
            raise
        raise StorageError(message) from exc
