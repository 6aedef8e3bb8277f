"""The frozen one-folder bundle (packaging/migradesk.spec), run as a user would run it.

Marked ``bundle``: ``make bundle-test`` (part of ``make test``) builds dist/migradesk first.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bundlekit import pyproject_version, run_bundle
from PIL import Image
from pypdf import PdfReader

from migradesk.storage import Store, database

from migradesk.ui.pages import PAGE_IDS

pytestmark = pytest.mark.bundle

INTERNAL = Path("_internal")


def _source(*args: str) -> None:
    """The same command from the source tree (this venv's migradesk)."""
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args], capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr


def _distinct_colours(png: Path) -> int:
    with Image.open(png) as image:
        colours = image.convert("RGB").resize((120, 80)).getcolors(maxcolors=120 * 80)
    assert colours is not None
    return len(colours)


def test_the_version_is_pyprojects(bundle: Path) -> None:
    done = run_bundle("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"MigraDesk {pyproject_version()}"


def test_screenshots_and_the_dossier_of_a_data_dir_written_by_the_source_version(
    bundle: Path, tmp_path: Path
) -> None:
    data = tmp_path / "datos"
    _source("demo", "--data-dir", str(data))
    out = tmp_path / "capturas"
    done = run_bundle("screenshots", "--data-dir", str(data), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{p}.png" for p in PAGE_IDS] + ["acerca.png"]
    )
    for page in PAGE_IDS:
        assert _distinct_colours(out / f"{page}.png") > 20, page  # drawn, with its text

    pdf = tmp_path / "dossier.pdf"
    done = run_bundle("export", "dossier", "--data-dir", str(data), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages[:3])
    assert "Santa Rosa del Cerro" in text
    assert "Autoevaluación" in text  # accents through the bundled DejaVu fonts
    assert not (data / "copias").exists()  # same schema: opened as it was, no upgrade


def test_the_bundle_upgrades_an_older_database_with_a_backup(bundle: Path, tmp_path: Path) -> None:
    """Alembic runs from inside the bundle (its migration files travel as data)."""
    data = tmp_path / "datos"
    data.mkdir()
    path = data / "migradesk.sqlite3"
    engine = database.create_engine(path)
    database.upgrade(engine, path, target="0001")
    engine.dispose()

    done = run_bundle("demo", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert list((data / "copias").glob("*-0001-*.sqlite3"))  # kept before upgrading
    with Store.open(data) as store:  # and the source version reads what the bundle wrote
        assert [c.name for c in store.cities()] == ["Santa Rosa del Cerro"]


def test_a_bad_data_dir_is_a_spanish_message_not_a_traceback(bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "migradesk.sqlite3").write_bytes(b"basura" * 1000)
    done = run_bundle("export", "dossier", "--data-dir", str(tmp_path), "-o", "x.pdf")
    assert done.returncode == 2
    assert "dañado" in done.stderr
    assert "Traceback" not in done.stderr


def test_only_the_qt_parts_the_app_uses(bundle: Path) -> None:
    qt = bundle / INTERNAL / "PySide6" / "Qt"
    assert sorted(p.name for p in (qt / "translations").iterdir()) == [
        "qtbase_en.qm",
        "qtbase_es.qm",
    ]
    plugins = {
        f"{folder.name}/{plugin.name}"
        for folder in (qt / "plugins").iterdir()
        for plugin in folder.iterdir()
    }
    assert "platforms/libqxcb.so" in plugins
    assert "platforms/libqoffscreen.so" in plugins
    assert "platforminputcontexts/libcomposeplatforminputcontextplugin.so" in plugins
    assert not {p for p in plugins if "wayland" in p or "eglfs" in p or "platformthemes" in p}
    libraries = {p.name for p in (bundle / INTERNAL).iterdir()}
    assert not {n for n in libraries if n.startswith(("libgtk", "libQt6Wayland", "libQt6Qml"))}
    # Neither the server's stack nor the dev tools of the venv it was built from.
    assert not {"fastapi", "uvicorn", "psycopg_binary", "hypothesis", "mypy"} & libraries
    assert not (bundle / INTERNAL / "migradesk" / "server").exists()
    assert (bundle / INTERNAL / "migradesk" / "storage" / "firstread.pyc").is_file()


def test_the_resources_travel_inside_the_package(bundle: Path) -> None:
    resources = bundle / INTERNAL / "migradesk" / "resources"
    for name in ("fonts/DejaVuSans.ttf", "icons/migradesk-256.png", "questionnaire/v1.json"):
        assert (resources / name).is_file(), name
    assert (resources / "translations" / "migradesk_en.qm").is_file()
    versions = bundle / INTERNAL / "migradesk" / "storage" / "migrations" / "versions"
    assert sorted(p.name for p in versions.glob("*.py")) == sorted(
        p.name for p in Path(database.__file__).parent.glob("migrations/versions/*.py")
    )


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_qt_dialogs_speak_spanish_from_the_bundles_own_translations(
    bundle: Path, tmp_path: Path
) -> None:
    """Qt's own strings (dialog buttons, context menus) come from qtbase_es inside the bundle,
    not from a Qt installed on the machine."""
    data = tmp_path / "datos"
    _source("demo", "--data-dir", str(data))
    trace = tmp_path / "trace.txt"
    done = subprocess.run(
        [
            "strace",
            "-f",
            "-e",
            "trace=openat",
            "-o",
            str(trace),
            str(bundle / "migradesk"),
            "screenshots",
            "--data-dir",
            str(data),
            "--out",
            str(tmp_path / "out"),
        ],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    opened = [line for line in trace.read_text().splitlines() if "= -1" not in line]
    qm = [line for line in opened if line.count(".qm")]
    wanted = str(bundle / INTERNAL / "PySide6" / "Qt" / "translations" / "qtbase_es.qm")
    assert any(wanted in line for line in qm), qm


def test_login_and_sync_with_a_real_server(bundle: Path, tmp_path: Path) -> None:
    """The sync stack (requests, certificates, pydantic's protocol, the token store) works frozen:
    the bundle signs in to a real migradesk-server and sends the new city's file."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
    from serverkit import PASSWORD, ServerProcess, run_cli

    db_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert run_cli(["init-db"], db_url=db_url).returncode == 0
    added = run_cli(["add-city", "Tilcara", "Jujuy"], db_url=db_url)
    assert added.returncode == 0, added.stderr
    user = ["add-user", "punto.focal", "--role", "focal_point", "--city", "Tilcara"]
    made = run_cli([*user, "--password-stdin"], db_url=db_url, stdin=PASSWORD + "\n")
    assert made.returncode == 0, made.stderr
    server = ServerProcess(db_url, tmp_path / "server.log")
    try:
        data = str(tmp_path / "datos")
        login = run_bundle(
            "login",
            server.url,
            "punto.focal",
            "--password-stdin",
            "--insecure-token-file",
            "--data-dir",
            data,
            stdin=PASSWORD + "\n",
        )
        assert login.returncode == 0, login.stderr
        assert "Sesión iniciada como punto.focal" in login.stdout
        synced = run_bundle("sync", "--data-dir", data)
        assert synced.returncode == 0, synced.stderr
        assert synced.stdout.startswith("Sincronizado:"), synced.stdout
    finally:
        server.stop()


def test_the_city_shows_from_the_first_read_before_the_slow_libraries(
    bundle: Path, tmp_path: Path
) -> None:
    """The frozen app takes the quick first read too (storage/firstread.py finds its migration
    files inside the bundle): the page shows before SQLAlchemy, pydantic or holidays load."""
    data = tmp_path / "datos"
    _source("demo", "--data-dir", str(data))
    done = subprocess.run(
        [str(bundle / "migradesk"), "--data-dir", str(data)],
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "MIGRADESK_STARTUP_MARKS": "1",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "HOME": str(tmp_path),
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    marks = [line.split()[0] for line in done.stdout.splitlines()]
    assert marks == ["interactive", "content", "loaded"], done.stdout
    assert done.stdout.splitlines()[-1] == "loaded"  # none of them
