"""Copies of the local database, and putting one back.

Copies go to ``copias/`` beside the database, made with SQLite's online backup API (consistent
even while the app has the file open). Automatic copies roll: each day's first start, before a
schema upgrade and before a restore; the newest ``keep`` of each reason stay. Copies the user
asks for (``MANUAL``) are never deleted.

A restore never deletes anything: the current file is copied aside first (reason ``RESTORE``),
then the chosen copy is written over it, again through the backup API, so that a connection
still open on the file sees the restored content instead of a file moved under it. Only SQLite
is used here (no SQLAlchemy): the start-up's recovery page restores before any Store opens.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from migradesk import oserrors
from migradesk.storage.errors import Doing, StorageError, StorageProblem, storage_error

log = logging.getLogger("migradesk.storage")

FOLDER = "copias"
DEFAULT_KEEP = 10  # automatic copies of each reason (the desktop's setting overrides it)
SQLITE_HEADER = b"SQLite format 3\x00"
# schema.SYNC_SETTINGS_KEY (schema.py loads SQLAlchemy; this module uses SQLite alone).
SYNC_SETTINGS_KEY = "sync.settings"
_STAMP = "%Y%m%d-%H%M%S"


class Reason(StrEnum):
    """Why a copy was made; the value is the word in its file name."""

    DAILY = "diaria"
    UPGRADE = "actualizacion"
    RESTORE = "restauracion"  # the file as it was before a restore
    MANUAL = "manual"


AUTOMATIC = (Reason.DAILY, Reason.UPGRADE, Reason.RESTORE)

# migradesk-<reason>[-<schema revision>]-<YYYYmmdd-HHMMSS>[-n].sqlite3; older releases named
# their upgrade copies migradesk-<revision>-<stamp>.sqlite3.
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?:(?P<reason>[a-z]+)-)?(?:(?P<revision>\d{4})-)?"
    r"(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite3$"
)


@dataclasses.dataclass(frozen=True)
class Backup:
    path: Path
    reason: Reason
    made_at: datetime  # UTC, from the file name
    size: int


@dataclasses.dataclass(frozen=True)
class Contents:
    """What a database file holds, read without changing it (a restore's preview)."""

    revision: str | None
    cities: tuple[str, ...]  # names
    records: int
    pending: int  # changes waiting to be sent (or being sent)
    # Those changes, each as its mutation id with what it changes: an edit folded into an
    # unsent change after a copy was made differs from that change in the copy.
    changes: frozenset[str]
    connected: bool  # signed in to a server (its sync settings are in the file)


@dataclasses.dataclass(frozen=True)
class Restored:
    """What a restore did: where the previous file went and what the outbox now holds."""

    set_aside: Path | None  # the file as it was before, in copias/ (None: there was none)
    contents: Contents  # of the restored file
    resent: int  # changes of the copy that the next sync sends (again, if already sent)
    left_aside: int  # unsent changes of the previous file that the copy does not have


def folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def listing(data_dir: Path) -> list[Backup]:
    """The copies in ``copias/``, newest first."""
    found: list[tuple[datetime, int, Backup]] = []
    where = folder(data_dir)
    if not where.is_dir():
        return []
    for path in where.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        if match is None:
            continue
        word = match["reason"]
        try:
            reason = Reason(word) if word else Reason.UPGRADE
            made = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((made, int(match["n"] or 0), Backup(path, reason, made, size)))
    return [f[2] for f in sorted(found, key=lambda f: f[:2], reverse=True)]


def make(
    database: Path,
    reason: Reason,
    *,
    keep: int = DEFAULT_KEEP,
    revision: str | None = None,
    target: Path | None = None,
) -> Path:
    """Copy ``database`` (a path; it may be open elsewhere) to ``copias/`` or to ``target``;
    then drop the oldest automatic copies of ``reason`` beyond ``keep``. Returns the copy."""
    if target is None:
        target = _new_name(database, reason, revision)
        with _errors(target, Doing.WRITING):
            target.parent.mkdir(parents=True, exist_ok=True)
    elif not target.parent.is_dir():
        raise StorageError(
            f"La carpeta {target.parent} no existe: elija una carpeta existente.",
            StorageProblem.OTHER,
        )
    with _errors(target, Doing.WRITING):
        partial = target.with_name(target.name + ".parcial")
        partial.unlink(missing_ok=True)
        with closing(_connect_ro(database)) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        partial.replace(target)  # never a half-written copy under the final name
    log.info("copied %s to %s (%s)", database, target, reason.value)
    if reason in AUTOMATIC:
        prune(database.parent, keep, reason)
    return target


def daily(database: Path, keep: int, today: date | None = None) -> Path | None:
    """The day's copy, unless there is one already (or no database yet)."""
    if not database.exists():
        return None
    day = today or datetime.now(UTC).date()
    if any(b.reason is Reason.DAILY and b.made_at.date() == day for b in listing(database.parent)):
        return None
    return make(database, Reason.DAILY, keep=keep)


def prune(data_dir: Path, keep: int, reason: Reason) -> list[Path]:
    """Delete the automatic copies of ``reason`` beyond the newest ``keep`` (at least one stays)."""
    if reason not in AUTOMATIC:
        return []
    same = [b for b in listing(data_dir) if b.reason is reason]
    dropped: list[Path] = []
    for old in same[max(1, keep) :]:
        try:
            old.path.unlink()
            dropped.append(old.path)
        except OSError as exc:  # a copy that cannot go now goes next time
            log.warning("could not delete old copy %s: %s", old.path, exc)
    return dropped


def contents(path: Path) -> Contents:
    """Read what a MigraDesk database holds; a StorageError if it is not a healthy one."""
    check(path)
    with _errors(path, Doing.READING), closing(_connect_ro(path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        if revision is None or "city" not in tables or "outbox" not in tables:
            raise StorageError(
                f"El archivo {path} no es una copia de los datos de MigraDesk.",
                StorageProblem.FOREIGN,
            )
        names = tuple(
            str(name)
            for (name,) in conn.execute("SELECT name FROM city WHERE NOT deleted ORDER BY name")
        )
        records = sum(
            int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in sorted(tables)
            if _is_record_table(conn, table)
        )
        waiting = [
            f"{mutation_id} {changes}"
            for mutation_id, changes in conn.execute(
                "SELECT mutation_id, changes FROM outbox WHERE state IN ('pending', 'sending')"
            )
        ]
        connected = (
            "meta" in tables
            and conn.execute("SELECT 1 FROM meta WHERE key = ?", (SYNC_SETTINGS_KEY,)).fetchone()
            is not None
        )
    return Contents(revision, names, records, len(waiting), frozenset(waiting), connected)


def check(path: Path) -> None:
    """Refuse (StorageError) a file that is not a readable, undamaged SQLite database."""
    with _errors(path, Doing.READING), path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageError(
            f"El archivo {path} no es una base de datos de MigraDesk.", StorageProblem.FOREIGN
        )
    with _errors(path, Doing.READING), closing(_connect_ro(path)) as conn:
        result = conn.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        raise StorageError(
            f"El archivo {path} está dañado ({result[0] if result else 'sin respuesta'}); "
            "elija otra copia.",
            StorageProblem.DAMAGED,
        )


def restore(
    database: Path, source: Path, known_revisions: set[str], *, keep: int = DEFAULT_KEEP
) -> Restored:
    """Put the copy ``source`` in place of ``database``; the current file goes to ``copias/``
    first. ``known_revisions``: the schema revisions this MigraDesk can open (a copy made by
    a newer one is refused). The caller upgrades the schema afterwards if the copy is older
    (``Store.open`` does), and must make sure no sync runs meanwhile."""
    restored = contents(source)
    if restored.revision not in known_revisions:
        raise StorageError(
            f"La copia {source} fue hecha por una versión más nueva de MigraDesk (esquema "
            f"{restored.revision}). Actualice MigraDesk para restaurarla; no se cambió nada.",
            StorageProblem.TOO_NEW,
        )
    if database.exists() and database.resolve() == source.resolve():
        raise StorageError(
            f"{source} es el archivo de datos en uso, no una copia.", StorageProblem.OTHER
        )
    aside: Path | None = None
    previous: frozenset[str] = frozenset()
    if database.exists() and database.stat().st_size > 0:
        try:
            previous = contents(database).changes
            aside = make(database, Reason.RESTORE, keep=keep)
        except StorageError as exc:  # not a healthy MigraDesk file: moved aside as it is
            if exc.problem not in (StorageProblem.DAMAGED, StorageProblem.FOREIGN):
                raise
            with _errors(database, Doing.WRITING):
                aside = move_aside(database, "antes-de-restaurar")
    with _errors(database, Doing.WRITING):
        database.parent.mkdir(parents=True, exist_ok=True)
        with closing(_connect_ro(source)) as copy, closing(sqlite3.connect(database)) as target:
            target.execute("PRAGMA busy_timeout=10000")
            copy.backup(target)
    log.warning("restored %s from %s (previous file kept as %s)", database, source, aside)
    return Restored(
        set_aside=aside,
        contents=restored,
        resent=restored.pending,
        left_aside=len(previous - restored.changes),
    )


def move_aside(path: Path, tag: str) -> Path:
    """Rename ``path`` (and its -wal/-shm) to ``<name>.<tag>-<stamp>`` beside it: kept,
    never overwritten. Raises OSError when it cannot be moved."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = path.with_name(f"{path.name}.{tag}-{stamp}")
    path.rename(kept)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(kept.with_name(kept.name + suffix))
    log.warning("%s kept aside as %s", path, kept)
    return kept


def _is_record_table(conn: sqlite3.Connection, table: str) -> bool:
    if table in ("meta", "outbox", "sync_state", "conflicts", "history", "alembic_version"):
        return False
    columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}
    return {"id", "city_id", "version", "deleted"} <= columns


def _new_name(database: Path, reason: Reason, revision: str | None) -> Path:
    """A name that sorts after every copy made before, even within the same second."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    middle = f"{reason.value}-{revision}" if revision else reason.value
    where = folder(database.parent)
    same_second = [
        int(match["n"] or 0)
        for match in map(_NAME.match, (p.name for p in where.glob(f"*-{stamp}*.sqlite3")))
        if match is not None and match["stamp"] == stamp
    ]
    n = max(same_second) + 1 if same_second else 0
    suffix = f"-{n}" if n else ""
    return where / f"{database.stem}-{middle}-{stamp}{suffix}.sqlite3"


def _connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates the file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    return conn


@contextmanager
def _errors(path: Path, doing: Doing) -> Iterator[None]:
    """SQLite's and the system's errors said as what they are (``storage_error``)."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = storage_error(exc, path, doing)
        if error is None:
            said = oserrors.message(exc) if isinstance(exc, OSError) else f"{path}: {exc}."
            raise StorageError(
                f"{said} No se cambió nada.", StorageProblem.OTHER, str(exc)
            ) from exc
        raise error from exc
