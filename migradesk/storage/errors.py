"""What went wrong with the local data file, classified once and said in Spanish.

A problem of the environment (a full disk, an I/O error, read-only media, a file in use, no
permission) is never a damaged file: it is said as what it is, and the file is neither moved nor
changed. Only a file proven damaged (a readable file whose header or integrity check fails) is
set aside, by ``database.check_file``. ``StorageError.problem`` tells callers which it was (the
start-up's dead-end pages decide on it, never on the message's wording).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path

from migradesk.errors import KnownError


class StorageProblem(StrEnum):
    DISK_FULL = "disk-full"
    IO_ERROR = "io-error"  # the disk could not read or write (failing or unplugged media)
    READ_ONLY = "read-only"  # read-only media or folder
    LOCKED = "locked"  # another program holds the file
    NO_ACCESS = "no-access"  # no permission, or a data folder that cannot be made
    DAMAGED = "damaged"  # SQLite found the file damaged (set aside only at start-up's check)
    TOO_NEW = "too-new"  # written by a newer MigraDesk
    FOREIGN = "foreign"  # a SQLite database that is not MigraDesk's
    OTHER = "other"


class Doing(StrEnum):
    """What was being done when the problem appeared (it picks the message's middle)."""

    OPENING = "opening"
    READING = "reading"
    WRITING = "writing"


class StorageError(KnownError):
    """A problem of the environment (disk, file, permissions) with a message for the user."""

    def __init__(
        self, message: str, problem: StorageProblem = StorageProblem.OTHER, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.detail = detail  # SQLite's or the system's own words, for the log


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, kept_aside: Path, detail: str) -> None:
        self.path = path
        self.kept_aside = kept_aside
        super().__init__(
            f"El archivo de datos {path} está dañado o no es una base de datos de MigraDesk "
            f"({detail}). Se guardó aparte, sin modificarlo, como {kept_aside}; "
            "MigraDesk creará uno nuevo al iniciar. Si tiene una copia de seguridad o sincroniza "
            "con OIM, sus datos pueden recuperarse.",
            StorageProblem.DAMAGED,
            detail,
        )


class DatabaseTooNewError(StorageError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"El archivo de datos {path} fue creado por una versión más nueva de MigraDesk "
            f"(esquema {revision}). Actualice MigraDesk para abrirlo; el archivo no se modificó.",
            StorageProblem.TOO_NEW,
        )


# Less free space than this and an I/O error is taken for a full disk: SQLite says "disk I/O
# error" (not "disk is full") when it cannot grow its shared-memory file, which needs 32 KiB.
FULL_BELOW_BYTES = 1024 * 1024

# SQLite's primary result codes (the low byte of the extended code Python reports).
_SQLITE = {
    3: StorageProblem.NO_ACCESS,  # SQLITE_PERM
    5: StorageProblem.LOCKED,  # SQLITE_BUSY
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    10: StorageProblem.IO_ERROR,  # SQLITE_IOERR
    11: StorageProblem.DAMAGED,  # SQLITE_CORRUPT
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.NO_ACCESS,  # SQLITE_CANTOPEN
    23: StorageProblem.NO_ACCESS,  # SQLITE_AUTH
    26: StorageProblem.DAMAGED,  # SQLITE_NOTADB
}
_ERRNO = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EIO: StorageProblem.IO_ERROR,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.NO_ACCESS,
    errno.EPERM: StorageProblem.NO_ACCESS,
    errno.EBUSY: StorageProblem.LOCKED,
}
_WINDOWS_LOCKED = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def _folder(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def nearly_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no free space left."""
    folder = _folder(path)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def read_only(path: Path) -> bool:
    """Whether the folder of ``path`` is on read-only media or not writable by us."""
    folder = _folder(path)
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    return folder.exists() and not os.access(folder, os.W_OK)


def problem_of(exc: BaseException, path: Path) -> StorageProblem:
    """The problem an error from SQLite or the system means, for the file at ``path``."""
    if isinstance(exc, OSError):  # the system's errno says exactly what happened
        if getattr(exc, "winerror", None) in _WINDOWS_LOCKED:
            return StorageProblem.LOCKED
        return _ERRNO.get(exc.errno or 0, StorageProblem.OTHER)
    if not isinstance(exc, sqlite3.Error):
        return StorageProblem.OTHER
    code = getattr(exc, "sqlite_errorcode", None)
    found = _SQLITE.get(code & 0xFF, StorageProblem.OTHER) if isinstance(code, int) else None
    if found is None:  # an old SQLite without error codes: its words, as a last resort
        text = str(exc).lower()
        words = {"disk is full": "DISK_FULL", "readonly": "READ_ONLY", "locked": "LOCKED"}
        found = next(
            (StorageProblem[kind] for word, kind in words.items() if word in text),
            StorageProblem.IO_ERROR if "disk i/o" in text else StorageProblem.OTHER,
        )
    # SQLite cannot say why it could not open or grow a file; the disk can.
    if found in (StorageProblem.IO_ERROR, StorageProblem.NO_ACCESS):
        if nearly_full(path):
            return StorageProblem.DISK_FULL
        if read_only(path):
            return StorageProblem.READ_ONLY
    return found


_CONSEQUENCE = {
    Doing.OPENING: "MigraDesk no pudo abrir sus datos",
    Doing.READING: "MigraDesk no pudo leer sus datos",
    Doing.WRITING: "MigraDesk no pudo guardar el último cambio",
}


def describe(problem: StorageProblem, path: Path, doing: Doing, detail: str = "") -> str:
    """The Spanish message for ``problem`` with the data file at ``path``."""
    folder = _folder(path)
    then = _CONSEQUENCE[doing]
    if problem is StorageProblem.DISK_FULL:
        return (
            f"No hay espacio en el disco donde están los datos ({folder}). {then}; lo ya "
            "guardado está a salvo y el archivo no se movió. Libere espacio en ese disco y "
            "vuelva a intentar."
        )
    if problem is StorageProblem.IO_ERROR:
        return (
            f"El disco no pudo leer o escribir el archivo de datos {path} (error de "
            f"entrada/salida: un disco o pendrive con fallas o desconectado). {then}; el "
            "archivo no se movió ni se modificó. Revise el disco o copie la carpeta de datos a "
            "otro, y vuelva a intentar; si se repite, avise a soporte."
        )
    if problem is StorageProblem.READ_ONLY:
        if path.is_file() and not read_only(path):
            what = f"El archivo de datos {path} es de solo lectura (protegido contra escritura)"
        else:
            what = (
                f"La carpeta de datos {folder} no admite escritura (un medio de solo lectura o "
                "sin permiso)"
            )
        return (
            f"{what}. {then}; el archivo no se modificó. Quite la protección contra "
            "escritura o use una carpeta en la que se pueda escribir (--data-dir o "
            "MIGRADESK_DATA_DIR), y vuelva a intentar."
        )
    if problem is StorageProblem.LOCKED:
        return (
            f"Otro programa está usando el archivo de datos {path} (otra ventana de MigraDesk, "
            f"un antivirus o una copia de seguridad en curso). {then}; el archivo no se "
            "modificó. Cierre ese programa o espere un momento, y vuelva a intentar."
        )
    if problem is StorageProblem.NO_ACCESS:
        return (
            f"MigraDesk no tiene permiso para usar el archivo de datos {path}. {then}; el "
            "archivo no se modificó. Revise los permisos de la carpeta o use otra (--data-dir), "
            "y vuelva a intentar."
        )
    if problem is StorageProblem.DAMAGED:
        return (
            f"El archivo de datos {path} parece dañado ({detail}). {then}; el archivo no se "
            "movió. Cierre MigraDesk y vuelva a abrirlo: al iniciar se verifica el archivo."
        )
    return f"{then}: {detail} ({path})."


def storage_error(exc: BaseException, path: Path, doing: Doing) -> StorageError | None:
    """The StorageError for an error of SQLite or the system, or None when it is not one of
    the environment's (a bug: let it surface as such)."""
    problem = problem_of(exc, path)
    if problem is StorageProblem.OTHER:
        return None
    detail = str(exc)
    return StorageError(describe(problem, path, doing, detail), problem, detail)
