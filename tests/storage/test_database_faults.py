"""A full disk, an I/O error, read-only media or a lock is never a damaged file (issue 19):
said as what it is by `migradesk sync`, `migradesk export` and the app's start-up, with the
data file neither moved nor changed; once the fault is gone the desktop is still signed in and
its outbox intact. Each fault on a small filesystem made by the test where the machine allows
it (tmpfs, as root), else through a fault-injecting shim (see faultfs.py)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "sync"))

import synckit
from faultfs import FAULTS, FaultyDisk, build_shim, faulty_disk

from migradesk.storage import StorageError, StorageProblem, Store
from migradesk.storage.store import DATABASE_NAME
from migradesk.storage.sync import sync_settings

SAID = {
    "full": ("No hay espacio en el disco", StorageProblem.DISK_FULL),
    "io": ("error de entrada/salida", StorageProblem.IO_ERROR),
    "read-only": ("no admite escritura", StorageProblem.READ_ONLY),
    "locked": ("Otro programa está usando el archivo de datos", StorageProblem.LOCKED),
}
APP_CHILD = Path(__file__).parent / "app_child.py"


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    return build_shim(tmp_path_factory.mktemp("shim"))


@pytest.fixture
def disk(tmp_path: Path, shim: Path | None) -> Iterator[FaultyDisk]:
    with faulty_disk(tmp_path, shim) as made:
        yield made


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _migradesk(disk: FaultyDisk, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=disk.env(),
        input=stdin,
    )


def _app(disk: FaultyDisk, settings_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(APP_CHILD), str(disk.data_dir), str(settings_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=disk.env(),
    )


def _nothing_moved(data: Path, digest: str) -> None:
    names = sorted(p.name for p in data.iterdir())
    assert not [n for n in names if "danado" in n], names
    assert _digest(data / DATABASE_NAME) == digest


@pytest.mark.slow
@pytest.mark.parametrize("fault", FAULTS)
def test_a_fault_of_the_disk_is_said_as_what_it_is_and_nothing_moves(
    fault: str, disk: FaultyDisk, tmp_path: Path
) -> None:
    if not disk.available(fault):
        pytest.skip("no C compiler for the fault-injecting shim, and no tmpfs")
    data = synckit.signed_in_dir(disk.data_dir, tmp_path / "plantilla", "http://127.0.0.1:9", 3)
    queued = synckit.outbox_ids(data)
    digest = _digest(data / DATABASE_NAME)
    phrase, problem = SAID[fault]
    with disk.failing(fault):
        sync = _migradesk(disk, "sync", "--data-dir", str(data))
        _nothing_moved(data, digest)
        export = _migradesk(
            disk, "export", "dossier", "--data-dir", str(data), "-o", str(tmp_path / "x.pdf")
        )
        _nothing_moved(data, digest)
        app = _app(disk, tmp_path / "ajustes")
        _nothing_moved(data, digest)
    for done in (sync, export):
        assert done.returncode == 2, (done.stdout, done.stderr)
        assert (phrase in done.stderr and "no se movió" in done.stderr) or "no se modificó" in (
            done.stderr
        )
        assert "dañado" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert app.returncode == 3, (app.stdout, app.stderr)  # the recovery page, not a dead end
    assert app.stdout.startswith("RECOVERY: ") and phrase in app.stdout, app.stdout
    assert "dañado" not in app.stdout

    # The fault gone: the same file, still signed in, the same changes waiting.
    with Store.open(data) as store:
        settings = sync_settings.load(store)
        assert settings is not None and settings.username == "punto.focal"
    assert synckit.outbox_ids(data) == queued
    assert problem.value == problem  # the classification the start-up pages will act on


def test_the_open_path_reports_the_problem_by_kind(disk: FaultyDisk, tmp_path: Path) -> None:
    """In the same process, where a real fault is possible: the typed problem, not words."""
    data = synckit.signed_in_dir(disk.data_dir, tmp_path / "plantilla", "http://127.0.0.1:9")
    with disk.failing("locked"), pytest.raises(StorageError) as caught:
        Store.open(data)
    assert caught.value.problem is StorageProblem.LOCKED
    if disk.real("read-only"):
        with disk.failing("read-only"), pytest.raises(StorageError) as caught:
            Store.open(data)
        assert caught.value.problem is StorageProblem.READ_ONLY


def test_a_full_disk_loses_no_edit_and_keeps_the_session(disk: FaultyDisk, tmp_path: Path) -> None:
    """The issue's run: 6 edits waiting, the disk fills up, `migradesk sync` and the app say so;
    after space is freed the desktop is still signed in and every edit reaches the server."""
    if not disk.available("full"):
        pytest.skip("no C compiler for the fault-injecting shim, and no tmpfs")
    live = synckit.LiveServer(f"sqlite:///{tmp_path / 'servidor.sqlite3'}", tmp_path / "srv.log")
    try:
        data = synckit.signed_in_dir(
            disk.data_dir, tmp_path / "plantilla", live.url, 6, token=live.tokens["punto.focal"]
        )
        digest = _digest(data / DATABASE_NAME)
        with disk.failing("full"):
            refused = _migradesk(disk, "sync", "--data-dir", str(data))
            _nothing_moved(data, digest)
        assert refused.returncode == 2 and "No hay espacio en el disco" in refused.stderr
        done = _migradesk(disk, "sync", "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        assert "0 por enviar" in done.stdout, done.stdout
        answers = [
            fields
            for _version, _deleted, fields in live.inspect.records(synckit.CITY.id).values()
            if str(fields.get("measure_description", "")).startswith("Medida ")
        ]
        assert len(answers) == 6
        assert _app(disk, tmp_path / "ajustes").stdout.startswith("LOADED: Tilcara")
    finally:
        live.close()
