"""Ctrl+P and Archivo ▸ Exportar a PDF: a save dialog, the PDF written off the UI thread with its
progress in the status bar, then a notice to open it, or the export error's plain message."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from migradesk.domain.cityfile import CityFile
from migradesk.storage import Store

from migradesk.ui import pdf_bridge, settings
from migradesk.ui.main_window import MainWindow

from .conftest import OpenWindow
from .typing_helper import type_text

Dialog = Callable[..., tuple[str, str]]


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[str, str]]:
    """Answer the save dialog with the suggested name in ``tmp_path/out``; records the calls
    (title, suggested path)."""
    calls: list[tuple[str, str]] = []
    folder = tmp_path / "out"
    folder.mkdir()

    def fake(parent: Any, title: str, suggested: str, _filter: str = "") -> tuple[str, str]:
        calls.append((title, suggested))
        return str(folder / Path(suggested).name), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


@pytest.fixture
def export_threads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, CityFile]]:
    """Which thread wrote each PDF (True: the UI thread) and the file it was given."""
    seen: list[tuple[bool, CityFile]] = []
    original = pdf_bridge.export_file

    def spy(kind: str, file: CityFile, out: Path, today: Any, progress: Any = None) -> Path:
        seen.append((threading.current_thread() is threading.main_thread(), file))
        return original(kind, file, out, today, progress)

    monkeypatch.setattr(pdf_bridge, "export_file", spy)
    return seen


def wait_export(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.exporter.busy, timeout=60_000)


def test_ctrl_p_on_fase2_writes_the_self_assessment(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_dir: Path,
    save_dialog: list[tuple[str, str]],
    export_threads: list[tuple[bool, CityFile]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_dir)
    window.show_page("fase2")
    assert window.export_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.export_action.isEnabled()
    progress: list[int] = []
    window.exporter.progress_changed.connect(progress.append)
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert save_dialog, "Ctrl+P did not reach the export action"
    assert window.exporter.busy and window.exporter.bar.isVisible()
    wait_export(qtbot, window)

    title, suggested = save_dialog[0]
    assert title == "Exportar «Autoevaluación» a PDF"
    name = f"Autoevaluacion - {window.session.file.city.name} - 2026-11-25.pdf"
    assert Path(suggested).name == name
    written = Path(save_dialog[0][1]).parent
    out = (demo_dir.parent / "out") / name
    assert out.read_bytes().startswith(b"%PDF")
    assert export_threads and export_threads[0][0] is False  # not on the UI thread
    assert progress[0] == 0 and progress[-1] == 100 and progress == sorted(progress)
    assert not window.exporter.bar.isVisible()
    notice = window.exporter.notice
    assert notice.isVisible() and "PDF guardado" in notice.text.text()
    assert name in notice.text.text()
    assert settings.EXPORT_FOLDER.get() == str(out.parent) != str(written)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    assert [b.text() for b in notice.buttons] == ["Abrir", "Mostrar carpeta", "Cerrar"]
    notice.buttons[1].click()
    assert opened[-1].toLocalFile() == str(out.parent)
    assert not notice.isVisible()

    window.show_page("fase6")  # the next export suggests the folder used last
    window.export_action.trigger()
    wait_export(qtbot, window)
    assert Path(save_dialog[1][1]).parent == out.parent
    assert Path(save_dialog[1][1]).name.startswith("Informe de monitoreo - ")
    assert window.exporter.last_error is None


def test_every_document_is_in_the_menu_and_fase1_has_none(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    from migradesk.pdf.export import EXPORTS

    assert set(pdf_bridge.DOCUMENTS) == set(EXPORTS)
    window = open_window(demo_dir)
    texts = [a.text() for a in window.export_menu.actions() if not a.isSeparator()]
    assert texts[-1] == "Expediente completo…" and len(texts) == len(EXPORTS)
    window.show_page("fase1")
    assert not window.export_action.isEnabled()
    assert "Fase 1" in window.export_action.toolTip()
    file = window.session.file
    expected = {"inicio": "dossier", "fase3": "report", "fase4": "action-plan"}
    for step, kind in expected.items():
        assert pdf_bridge.step_document(step, file) == kind
    no_change = "confirmation-note"
    assert pdf_bridge.step_document("punto_focal", file) in (no_change, "focal-point-change")


def test_dossier_progress_is_determinate(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_dir: Path,
    save_dialog: list[tuple[str, str]],
) -> None:
    window = open_window(demo_dir)
    progress: list[int] = []
    window.exporter.progress_changed.connect(progress.append)
    window.document_actions["dossier"].trigger()
    wait_export(qtbot, window)
    assert window.exporter.last_path is not None
    assert window.exporter.last_path.read_bytes().startswith(b"%PDF")
    assert len(set(progress)) > 5 and progress[-1] == 100


def test_a_letter_without_a_mayor_shows_what_is_missing_and_writes_nothing(
    qtbot: QtBot,
    open_window: OpenWindow,
    empty_dir: Path,
    save_dialog: list[tuple[str, str]],
    export_threads: list[tuple[bool, CityFile]],
) -> None:
    from migradesk.domain.register import search

    with Store.open(empty_dir) as store:
        store.save(search("Humahuaca")[0].to_city())
    window = open_window(empty_dir)
    window.show_page("inscripcion")
    page = window.pages["inscripcion"]
    type_text(page.inputs["application.mayor_title"], "Intendente")  # type: ignore[attr-defined]
    page.letter_button.click()  # type: ignore[attr-defined]
    wait_export(qtbot, window)
    assert export_threads[0][1].application.mayor_title == "Intendente"  # flushed first
    notice = window.exporter.notice
    assert notice.isVisible()
    assert "No se puede generar" in notice.text.text()
    assert "intendente/a" in notice.text.text()
    assert "cargo del/la intendente/a" not in notice.text.text()
    assert window.exporter.last_error is not None
    assert not list((empty_dir.parent / "out").iterdir())  # no PDF, no temporary file


def test_the_substitution_letter_after_a_replacement(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, save_dialog: list[tuple[str, str]]
) -> None:
    window = open_window(demo_dir)
    window.show_page("punto_focal")
    page = window.pages["punto_focal"]
    page.show_form(True)  # type: ignore[attr-defined]
    type_text(page.new["name"], "Tomás Quispe Ñancucheo")  # type: ignore[attr-defined]
    type_text(page.new["post"], "Secretario de Gobierno")  # type: ignore[attr-defined]
    type_text(page.new["email"], "tq@example.org")  # type: ignore[attr-defined]
    type_text(page.reason.lineEdit(), "Cambio de gestión")  # type: ignore[attr-defined]
    page.register_replacement()  # type: ignore[attr-defined]
    assert pdf_bridge.step_document("punto_focal", window.session.file) == "focal-point-change"
    assert page.letter_button.isEnabled()  # type: ignore[attr-defined]
    export = next(b for b in page.notice.buttons if "nota" in b.text())  # type: ignore[attr-defined]
    export.click()
    wait_export(qtbot, window)
    assert save_dialog[0][0] == "Exportar «Nota de sustitución del Punto Focal» a PDF"
    assert window.exporter.last_error is None
    assert window.exporter.last_path is not None and window.exporter.last_path.exists()
