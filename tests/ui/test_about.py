"""Ayuda ▸ Acerca de MigraDesk: version, data folder, log file and licences, copied for support."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from migradesk import logs, version

from migradesk.ui.about import AboutDialog

from .conftest import OpenWindow
from .test_translations import bare, pseudo, pseudo_qm, visible_texts  # noqa: F401


def _about(window: object) -> AboutDialog:
    window.about_action.trigger()  # type: ignore[attr-defined]
    (dialog,) = window.findChildren(AboutDialog)  # type: ignore[attr-defined]
    return dialog


def test_about_says_where_the_data_and_the_log_are_and_the_licences(
    open_window: OpenWindow, demo_dir: Path
) -> None:
    log = logs.setup(demo_dir)
    try:
        dialog = _about(open_window(demo_dir))
        assert dialog.version_label.text() == version()
        assert dialog.folder_label.text() == str(demo_dir)
        assert dialog.log_label.text() == str(log) == str(demo_dir / "registros" / "migradesk.log")
        licences = dialog.licences.toPlainText()
        for source in ("DejaVu", "Bitstream", "REFEGLO", "INDEC", "Georef", "LGPL", "MIT"):
            assert source in licences, source
        dialog.copy_button.click()
        copied = QApplication.clipboard().text()
        assert copied.startswith(f"MigraDesk {version()}")
        assert f"Carpeta de datos: {demo_dir}" in copied and f"Registro: {log}" in copied
    finally:
        logs.stop()


def test_about_without_a_log_file_says_so(open_window: OpenWindow, demo_dir: Path) -> None:
    dialog = _about(open_window(demo_dir))
    assert dialog.log_label.text() == "(no se pudo escribir el registro)"


def test_about_is_translatable(open_window: OpenWindow, demo_dir: Path, pseudo: None) -> None:  # noqa: F811
    dialog = _about(open_window(demo_dir))
    assert not bare(list(visible_texts(dialog)))
