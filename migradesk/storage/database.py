"""Opening the local SQLite file safely: checks, pragmas, migrations with a backup first."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from migradesk.storage import backups
from migradesk.storage.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    Doing,
    StorageError,
    StorageProblem,
    describe,
    read_only,
    storage_error,
)

# The errors live in storage/errors.py; callers import them from here as well.
__all__ = ["CorruptDatabaseError", "DatabaseTooNewError", "Doing", "StorageError", "StorageProblem"]

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("migradesk.storage")

# The newest migration. Start-up compares it with the database without importing alembic (slow to
# import); a test keeps it equal to alembic's head.
SCHEMA_HEAD = "0006"

SQLITE_HEADER = b"SQLite format 3\x00"
# How long the start-up check waits for another program's lock before saying the file is in use.
LOCK_WAIT_S = 3.0


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


def _environment_errors(path: Path) -> Any:
    """An engine's ``handle_error`` hook: SQLite's environment errors (a full disk, an I/O
    error, read-only media, a lock…) become StorageError with a plain message, wherever they
    happen: opening a connection, reading, writing, committing."""

    def translate(context: sa.engine.ExceptionContext) -> None:
        if context.connection is None:
            doing = Doing.OPENING
        elif (context.statement or "").lstrip().upper().startswith(("SELECT", "PRAGMA")):
            doing = Doing.READING
        else:
            doing = Doing.WRITING  # a write, BEGIN IMMEDIATE, or the commit
        error = storage_error(context.original_exception, path, doing)
        if error is not None:
            log.warning("%s (%s): %s", error.problem, doing, error.detail)
            raise error from context.original_exception

    return translate


def create_engine(path: Path) -> sa.Engine:
    engine = sa.create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False},
    )
    sa.event.listen(engine, "connect", _set_pragmas)
    sa.event.listen(engine, "begin", _begin)
    sa.event.listen(engine, "handle_error", _environment_errors(path))
    return engine


def _keep_aside(path: Path, detail: str) -> StorageError:
    """Move a file proven damaged aside (never overwritten, never deleted)."""
    try:
        kept = backups.move_aside(path, "danado")
    except OSError as exc:  # it stays where it is: say why it could not be moved
        return storage_error(exc, path, Doing.OPENING) or StorageError(
            f"El archivo de datos {path} está dañado ({detail}) y no se pudo guardar aparte "
            f"({exc.strerror}). No se modificó; avise a soporte.",
            StorageProblem.DAMAGED,
            detail,
        )
    log.error("database %s kept aside as %s: %s", path, kept, detail)
    return CorruptDatabaseError(path, kept, detail)


def check_file(path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, keeping it aside untouched.

    Only a file proven damaged is set aside: one that could be read and whose header or
    integrity check failed. A full disk, an I/O error, read-only media, a lock or a missing
    permission leave it where it is, said as what they are (StorageError.problem)."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _environment(exc, path) from exc
    if header != SQLITE_HEADER:
        raise _keep_aside(path, "no es un archivo SQLite")
    try:
        uri = f"file:{path}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_S)) as conn:
            result = conn.execute("PRAGMA quick_check").fetchone()
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if found is None else str(found[0])
    except sqlite3.Error as exc:
        error = _environment(exc, path)
        if error.problem is StorageProblem.DAMAGED:  # SQLite read it and found it damaged
            raise _keep_aside(path, str(exc)) from None
        raise error from exc
    if result is None or result[0] != "ok":
        raise _keep_aside(path, f"quick_check: {result[0] if result else 'sin respuesta'}")
    # Refused here, read-only: opening it for writing would already change it (WAL mode).
    if tables and revision is None:
        raise _foreign(path)
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise DatabaseTooNewError(path, revision)


def _foreign(path: Path) -> StorageError:
    return StorageError(
        f"El archivo {path} es una base SQLite pero no de MigraDesk; no se modificó.",
        StorageProblem.FOREIGN,
    )


def check_writable(path: Path) -> None:
    """A data folder or file that cannot be written is said when it opens, not at the first
    edit (SQLite would open it for reading and fail only then)."""
    if read_only(path) or (path.exists() and not os.access(path, os.W_OK)):
        detail = f"{path}: solo lectura"
        log.warning("read-only data: %s", detail)
        raise StorageError(
            describe(StorageProblem.READ_ONLY, path, Doing.OPENING),
            StorageProblem.READ_ONLY,
            detail,
        )


def _environment(exc: BaseException, path: Path) -> StorageError:
    found = storage_error(exc, path, Doing.OPENING)
    if found is None:  # not a known environment problem: still never a reason to move it
        return StorageError(
            f"MigraDesk no pudo abrir el archivo de datos {path} ({exc}). El archivo no se "
            "movió ni se modificó; si se repite, avise a soporte.",
            StorageProblem.OTHER,
            str(exc),
        )
    return found


def backup(path: Path, revision: str) -> Path:
    """A consistent copy in ``copias/`` before an upgrade (``backups``)."""
    return backups.make(path, backups.Reason.UPGRADE, revision=revision)


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
            raise _foreign(path)
    wanted = head_revision() if target == "head" else target
    if revision == wanted:
        return None
    copy = backup(path, revision) if revision is not None else None
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(migrations_config(connection), target)
    return copy


@contextmanager
def translated_errors(path: Path | None = None, doing: Doing = Doing.WRITING) -> Iterator[None]:
    """Marks a block whose errors must reach the user as StorageError. The engine's own
    ``handle_error`` hook (``create_engine``) translates what goes through SQLAlchemy, reads
    included; with the database's ``path`` this also translates what does not: SQLite used
    directly (the backup before an upgrade) and the file system (its folder)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = storage_error(exc, path, doing) if path is not None else None
        if error is None:
            raise
        raise error from exc
