"""Classifying what went wrong with the data file: by SQLite's code and the system's errno,
never by their English words; an ambiguous I/O error asks the disk whether it is full."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from migradesk.storage import errors
from migradesk.storage.errors import Doing, StorageProblem, problem_of, storage_error


def _sqlite(code: int, text: str = "mensaje de SQLite") -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (5, StorageProblem.LOCKED),  # SQLITE_BUSY
        (517, StorageProblem.LOCKED),  # SQLITE_BUSY_SNAPSHOT
        (8, StorageProblem.READ_ONLY),
        (13, StorageProblem.DISK_FULL),
        (11, StorageProblem.DAMAGED),
        (26, StorageProblem.DAMAGED),  # SQLITE_NOTADB
        (4874, StorageProblem.IO_ERROR),  # SQLITE_IOERR_SHMSIZE, with free space
        (1, StorageProblem.OTHER),  # SQLITE_ERROR: a bug, not the environment
    ],
)
def test_sqlite_codes(tmp_path: Path, code: int, problem: StorageProblem) -> None:
    assert problem_of(_sqlite(code), tmp_path / "db") is problem


def test_an_io_error_on_a_full_disk_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite says "disk I/O error" when it cannot grow its -shm file on a full disk."""

    def full(_path: Any) -> Any:
        return shutil._ntuple_diskusage(1 << 30, 1 << 30, 4096)  # type: ignore[attr-defined]

    monkeypatch.setattr(errors.shutil, "disk_usage", full)
    assert problem_of(_sqlite(4874, "disk I/O error"), tmp_path / "db") is StorageProblem.DISK_FULL
    assert problem_of(OSError(errno.EIO, "Input/output error"), tmp_path) is StorageProblem.IO_ERROR


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (errno.ENOSPC, StorageProblem.DISK_FULL),
        (errno.EIO, StorageProblem.IO_ERROR),
        (errno.EROFS, StorageProblem.READ_ONLY),
        (errno.EACCES, StorageProblem.NO_ACCESS),
        (errno.ENOENT, StorageProblem.OTHER),
    ],
)
def test_system_errors(tmp_path: Path, number: int, problem: StorageProblem) -> None:
    assert problem_of(OSError(number, "x"), tmp_path) is problem


def test_messages_say_what_it_is_what_was_lost_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "migradesk.sqlite3"
    for problem in StorageProblem:
        if problem in (StorageProblem.OTHER, StorageProblem.TOO_NEW, StorageProblem.FOREIGN):
            continue
        for doing in Doing:
            text = errors.describe(problem, path, doing, "detalle")
            assert "vuelva a" in text and ("no se modificó" in text or "no se movió" in text)
    full = storage_error(_sqlite(13, "database or disk is full"), path, Doing.WRITING)
    assert full is not None and full.problem is StorageProblem.DISK_FULL
    assert str(full).startswith("No hay espacio en el disco")
    assert "no pudo guardar el último cambio" in str(full) and full.detail.startswith("database")
    assert storage_error(_sqlite(1), path, Doing.READING) is None
