"""No dead end at start: data that cannot be opened shows what happened and the ways on, and
each way ends in a usable window (before: a message box, then "Abriendo los datos de la
ciudad…" for ever, with "Guardado en este equipo" in the status bar)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QFileDialog

from migradesk.domain.city import City
from migradesk.storage import StorageProblem, Store, backups
from migradesk.storage.store import DATABASE_NAME

from migradesk.ui import settings
from migradesk.ui.crash import CrashDialog
from migradesk.ui.main_window import MainWindow
from migradesk.ui.recovery import RecoveryPage
from migradesk.ui.shell import Shell

from .conftest import OpenWindow
from .test_translations import bare, pseudo, pseudo_qm, visible_texts  # noqa: F401


def _recovery(window: MainWindow) -> RecoveryPage:
    page = window.recovery
    assert page is not None and window.stack.currentWidget() is page, "no recovery page"
    assert not window.side.isVisible()  # no steps to click into while nothing is open
    assert window.save_label.text() == ""  # never "Guardado en este equipo" meanwhile
    return page


def _shown(page: RecoveryPage) -> list[str]:
    buttons = (
        page.retry_button,
        page.restore_button,
        page.new_file_button,
        page.folder_button,
        page.show_folder_button,
        page.report_button,
        page.quit_button,
    )
    return [b.text() for b in buttons if b.isVisibleTo(page)]


@pytest.fixture
def city_dir(tmp_path: Path, city: City) -> Path:
    data = tmp_path / "datos"
    with Store.open(data) as store:
        store.save(city)
    return data


def _damage(data: Path) -> None:
    path = data / DATABASE_NAME
    raw = bytearray(path.read_bytes())
    raw[4096 * 2 : 4096 * 2 + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))


def test_a_damaged_file_offers_a_copy_or_a_new_file_and_either_opens(
    open_window: OpenWindow, city_dir: Path, qtbot: QtBot
) -> None:
    copy = backups.make(city_dir / DATABASE_NAME, backups.Reason.DAILY)
    _damage(city_dir)
    window = open_window(city_dir)
    page = _recovery(window)
    assert page.problem is StorageProblem.DAMAGED
    assert "dañado" in page.message.text() and "Se guardó aparte" in page.message.text()
    assert _shown(page) == [
        "Restaurar una copia de seguridad…",
        "Empezar con un archivo nuevo",
        "Usar otra carpeta de datos…",
        "Mostrar la carpeta de datos",
        "Salir",
    ]
    page.restore_button.click()
    dialog = page.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.copies.count() == 1  # type: ignore[attr-defined]
    assert "1 registro" in dialog.consequences.text()  # type: ignore[attr-defined]
    dialog.restore_button.click()  # type: ignore[attr-defined]
    assert window.recovery is None and window.session.file is not None
    assert window.session.file.city.name == "Humahuaca"
    assert window.current_page_id == "inicio" and window.side.isVisible()
    assert copy.exists()
    assert [p for p in city_dir.iterdir() if ".danado-" in p.name]  # kept, never deleted


def test_a_damaged_file_without_copies_starts_a_new_file(
    open_window: OpenWindow, city_dir: Path
) -> None:
    _damage(city_dir)
    window = open_window(city_dir)
    _recovery(window).new_file_button.click()
    assert window.recovery is None
    assert window.stack.currentWidget() is window._welcome  # an empty file: choose the city
    assert [p for p in city_dir.iterdir() if ".danado-" in p.name]


@pytest.mark.parametrize("problem", ["too-new", "foreign"])
def test_a_file_this_version_cannot_use_is_set_aside_for_a_new_one(
    open_window: OpenWindow, city_dir: Path, problem: str
) -> None:
    path = city_dir / DATABASE_NAME
    if problem == "too-new":
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    else:
        path.unlink()
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE fotos (id INTEGER)")
    before = path.read_bytes()
    window = open_window(city_dir)
    page = _recovery(window)
    assert page.problem is StorageProblem(problem)
    assert page.restore_button.objectName() == "primary"
    assert "Reintentar" not in _shown(page)
    page.new_file_button.click()
    assert window.recovery is None and window.stack.currentWidget() is window._welcome
    (aside,) = [p for p in city_dir.iterdir() if ".apartado-" in p.name and p.name[-1].isdigit()]
    assert aside.read_bytes() == before  # the file as it was, beside the new one


@pytest.mark.slow
def test_a_file_in_use_is_retried_once_the_other_program_lets_go(
    open_window: OpenWindow, city_dir: Path
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(city_dir / DATABASE_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        window = open_window(city_dir)
        page = _recovery(window)
        assert page.problem is StorageProblem.LOCKED
        assert page.retry_button.objectName() == "primary"
        page.retry_button.click()  # still held: still the page, nothing else
        page = _recovery(window)
    finally:
        holder.kill()
        holder.communicate()
    page.retry_button.click()
    assert window.recovery is None and window.session.file is not None
    assert window.save_label.text() == "Guardado en este equipo"


_HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1])
    conn.isolation_level = None
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture
def read_only_file(city_dir: Path) -> Iterator[Path]:
    """The data file made read-only (immutable when we are root: root writes a 0444 file)."""
    path = city_dir / DATABASE_NAME
    path.chmod(0o444)
    immutable = False
    try:
        import os

        if os.access(path, os.W_OK):
            if shutil.which("chattr") is None:
                pytest.skip("cannot make a read-only file here")
            immutable = subprocess.run(["chattr", "+i", str(path)], check=False).returncode == 0
            if not immutable:
                pytest.skip("cannot make a read-only file here")
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=False)
        path.chmod(0o644)


def test_a_read_only_file_is_said_at_start_and_another_folder_opens(
    shell: Shell, read_only_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shell.open(read_only_file.parent)
    page = _recovery(window)
    assert page.problem is StorageProblem.READ_ONLY
    assert "solo lectura" in page.message.text() and "dañado" not in page.message.text()
    assert _shown(page)[0] == "Reintentar"
    other = tmp_path / "otra"
    other.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(other))
    page.folder_button.click()
    again = shell.window
    assert again is not None and again is not window and again.data_dir == other
    assert again.recovery is None and again.stack.currentWidget() is again._welcome
    assert settings.DATA_FOLDER.get() == str(other)  # the next start uses it
    assert not window.isVisible()


def test_a_bug_while_loading_shows_the_report_and_a_retry(
    open_window: OpenWindow, city_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migradesk.storage import firstread

    def broken(*_args: object) -> None:
        raise RuntimeError("un error de programación al leer")

    original = firstread.first_read
    monkeypatch.setattr(firstread, "first_read", broken)
    window = open_window(city_dir)
    page = _recovery(window)
    assert page.problem is None
    assert _shown(page) == [
        "Reintentar",
        "Restaurar una copia de seguridad…",
        "Empezar con un archivo nuevo",
        "Usar otra carpeta de datos…",
        "Mostrar la carpeta de datos",
        "Ver el informe del error",
        "Salir",
    ]
    page.report_button.click()
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]
    report = dialog.report.toPlainText()
    assert "RuntimeError: un error de programación al leer" in report
    assert "MigraDesk 0." in report and f"Carpeta de datos: {city_dir}" in report
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report
    dialog.close()
    monkeypatch.setattr(firstread, "first_read", original)
    page.retry_button.click()
    assert window.recovery is None and window.session.file is not None


def test_quit_closes_the_window(open_window: OpenWindow, city_dir: Path) -> None:
    _damage(city_dir)
    window = open_window(city_dir)
    _recovery(window).quit_button.click()
    assert not window.isVisible()


def test_the_recovery_page_is_translatable(
    open_window: OpenWindow,
    city_dir: Path,
    pseudo: None,  # noqa: F811
) -> None:
    _damage(city_dir)
    page = _recovery(open_window(city_dir))
    assert not bare(list(visible_texts(page)))
