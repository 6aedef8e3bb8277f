"""Backups and restores of a data dir: ``migradesk backup`` / ``migradesk restore`` and the
desktop's Archivo ▸ Copia de seguridad… / Restaurar… run these.

A restore keeps the outbox consistent with the server: the copy's changes waiting to be sent are
sent again at the next sync, and the server answers those it already applied with the answer it
stored the first time (idempotency keys: the copy has the same client id), so nothing is applied
twice; the copy's sync cursor is older, so the next pull brings back whatever reached the server
after the copy was made. Unsent changes of the file replaced are not lost: that file is kept in
``copias/``. No sync may run meanwhile: the restore holds the sync lock.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from migradesk.storage import backups, database
from migradesk.storage.backups import Backup, Contents, Reason, Restored
from migradesk.storage.store import DATABASE_NAME, Store
from migradesk.sync.errors import SyncError
from migradesk.sync.lock import SyncBusy, SyncLock

REASON_NAMES = {
    Reason.DAILY: "diaria (automática)",
    Reason.UPGRADE: "antes de actualizar (automática)",
    Reason.RESTORE: "antes de restaurar (automática)",
    Reason.MANUAL: "hecha por usted",
}


@dataclasses.dataclass(frozen=True)
class Preview:
    """What restoring ``source`` would do, said before doing it."""

    source: Path
    copy: Contents
    current: Contents | None  # None: no usable data file now

    @property
    def left_aside(self) -> int:
        """Unsent changes of the current file that the copy lacks (kept in the file set aside)."""
        if self.current is None:
            return 0
        return len(self.current.changes - self.copy.changes)


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup(data_dir: Path, target: Path | None = None) -> Path:
    """A copy of the data dir's database, in ``copias/`` (never deleted) or at ``target``."""
    path = database_path(data_dir)
    if not path.exists():
        raise database.StorageError(
            f"No hay datos de MigraDesk en {data_dir}: no hay nada que copiar.",
            database.StorageProblem.OTHER,
        )
    if target is not None and target.is_dir():
        target = target / f"migradesk-copia-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    return backups.make(path, Reason.MANUAL, target=target)


def preview(data_dir: Path, source: Path) -> Preview:
    copy = backups.contents(source)
    try:
        current: Contents | None = backups.contents(database_path(data_dir))
    except database.StorageError:
        current = None
    return Preview(source, copy, current)


def restore(
    data_dir: Path, source: Path, *, keep: int = backups.DEFAULT_KEEP, store: Store | None = None
) -> Restored:
    """Put the copy ``source`` in place of the data dir's database (the current one goes to
    ``copias/``), then bring its schema up to date. ``store``: the Store the caller has open
    on that database (the desktop's DB worker), which reads the restored file afterwards."""
    lock = SyncLock(data_dir)
    try:
        lock.acquire()
    except SyncBusy:
        raise SyncError(
            "Hay una sincronización en curso: espere a que termine y vuelva a restaurar. "
            "No se cambió nada."
        ) from None
    try:
        path = database_path(data_dir)
        restored = backups.restore(path, source, database.known_revisions(), keep=keep)
        if store is not None:
            with database.translated_errors(path, database.Doing.OPENING):
                database.upgrade(store.engine, path)
        else:
            Store.open(data_dir).close()  # checks it and upgrades an older schema
    finally:
        lock.release()
    return restored


def consequences(preview: Preview) -> list[str]:
    """What a restore of ``preview.source`` means for the user's changes, in Spanish."""
    lines: list[str] = []
    cities = ", ".join(preview.copy.cities) or "ninguna ciudad"
    lines.append(f"La copia tiene {_count(preview.copy.records, 'registro')} ({cities}).")
    if preview.current is not None:
        lines.append(
            "El archivo actual no se borra: se guarda aparte, en la carpeta «copias», y puede "
            "volver a él restaurándolo."
        )
    pending = preview.copy.pending
    if pending:
        lines.append(
            (
                "1 cambio de la copia se enviará"
                if pending == 1
                else f"{pending} cambios de la copia se enviarán"
            )
            + " a OIM en la próxima sincronización; los que OIM ya había recibido no se "
            "aplican dos veces."
        )
    aside = preview.left_aside
    if aside:
        lines.append(
            "1 cambio de este equipo que todavía no se envió no está en la copia: queda"
            if aside == 1
            else f"{aside} cambios de este equipo que todavía no se enviaron no están en la "
            "copia: quedan"
        )
        lines[-1] += " solo en el archivo guardado aparte."
    if preview.copy.connected:
        lines.append(
            "Lo que llegó al servidor después de la copia vuelve con la próxima sincronización: "
            "sincronice antes de seguir trabajando."
        )
    return lines


def describe(backup: Backup, with_name: bool = True) -> str:
    """One line for a list of copies: when, why, size (and the file's name)."""
    when = backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M")
    size = f"{backup.size / 1_000_000:.1f} MB".replace(".", ",")
    line = f"{when} · {REASON_NAMES[backup.reason]} · {size}"
    return f"{line} · {backup.path.name}" if with_name else line


def _count(n: int, noun: str) -> str:
    return f"1 {noun}" if n == 1 else f"{n} {noun}s"
