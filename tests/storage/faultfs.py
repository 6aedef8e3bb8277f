"""A data folder on a disk that fails on demand, for the storage fault tests.

Full and read-only disks are real where the machine allows it (as root: a small tmpfs made by
the test, filled up or remounted read-only); elsewhere, and for I/O errors (no filesystem a test
can make produces them on demand), a fault-injecting shim (``faultfs_shim.c``, LD_PRELOAD) makes
every file under the folder fail as the fault says, in the subprocesses the test starts. A lock
is real everywhere: another process holds SQLite's exclusive lock on the file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
FAULTS = ("full", "io", "read-only", "locked")
_SHIM_ERRNO = {"full": "ENOSPC", "io": "EIO", "read-only": "EROFS"}


def build_shim(folder: Path) -> Path | None:
    """The shim compiled into ``folder``, or None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or not sys.platform.startswith("linux"):
        return None
    target = folder / "faultfs.so"
    subprocess.run(
        [compiler, "-shared", "-fPIC", "-o", str(target), str(HERE / "faultfs_shim.c"), "-ldl"],
        check=True,
        capture_output=True,
    )
    return target


def can_mount() -> bool:
    return (
        sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None
    )


class FaultyDisk:
    """``root`` is a small filesystem of its own (tmpfs) when ``mounted``, else a plain folder
    whose faults come from the shim."""

    def __init__(self, root: Path, shim: Path | None, mounted: bool) -> None:
        self.root = root
        self.shim = shim
        self.mounted = mounted
        self.active: str | None = None
        self._holder: subprocess.Popen[str] | None = None

    @property
    def data_dir(self) -> Path:
        return self.root / "datos"

    def real(self, fault: str) -> bool:
        """Whether ``fault`` is made for real here (not by the shim)."""
        return fault == "locked" or (self.mounted and fault in ("full", "read-only"))

    def available(self, fault: str) -> bool:
        return self.real(fault) or self.shim is not None

    def env(self) -> dict[str, str]:
        """The environment of a ``migradesk`` subprocess while the fault is on."""
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if self.active is not None and not self.real(self.active):
            assert self.shim is not None
            env.update(
                LD_PRELOAD=str(self.shim),
                MIGRADESK_FAULT_DIR=str(self.data_dir),
                MIGRADESK_FAULT=_SHIM_ERRNO[self.active],
            )
        return env

    @contextlib.contextmanager
    def failing(self, fault: str) -> Iterator[None]:
        self.active = fault
        filler = self.root / "relleno"
        try:
            if fault == "locked":
                self._hold_lock()
            elif self.real(fault) and fault == "full":
                with filler.open("wb") as out, contextlib.suppress(OSError):
                    while True:  # until the disk is full
                        out.write(b"\0" * 65536)
                        out.flush()
            elif self.real(fault):
                _mount("-o", "remount,ro", self.root)
            yield
        finally:
            self.active = None
            if self._holder is not None:
                self._holder.kill()
                self._holder.communicate()
                self._holder = None
            if self.real(fault) and fault == "read-only":
                _mount("-o", "remount,rw", self.root)
            filler.unlink(missing_ok=True)

    def _hold_lock(self) -> None:
        """Another program keeps the database file locked (SQLite's exclusive lock)."""
        code = textwrap.dedent(
            f"""
            import sqlite3, sys
            conn = sqlite3.connect({str(self.data_dir / "migradesk.sqlite3")!r})
            conn.isolation_level = None
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            print("locked", flush=True)
            sys.stdin.read()
            """
        )
        self._holder = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._holder.stdout is not None
        assert self._holder.stdout.readline().strip() == "locked"


def _mount(*args: object) -> None:
    subprocess.run(["mount", *map(str, args)], check=True, capture_output=True)


@contextlib.contextmanager
def faulty_disk(base: Path, shim: Path | None) -> Iterator[FaultyDisk]:
    root = base / "disco"
    root.mkdir()
    mounted = False
    if can_mount():
        try:
            _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", root)
            mounted = True
        except subprocess.CalledProcessError:
            mounted = False  # a container without the right: the shim does it
    try:
        yield FaultyDisk(root, shim, mounted)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(root)], check=False, capture_output=True)
