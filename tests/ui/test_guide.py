"""Ayuda ▸ Guía de esta etapa (F1): the guide's section for the page on screen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from migradesk import guide

from migradesk.ui.guide import GuideDialog
from migradesk.ui.pages import PAGE_IDS

from .conftest import OpenWindow
from .test_translations import bare, pseudo, pseudo_qm, visible_texts  # noqa: F401


def test_every_page_has_its_section_of_the_guide() -> None:
    assert list(guide.sections()) == list(PAGE_IDS)
    assert "10 semanas" in guide.section("fase2").text or "diez" in guide.section("fase2").text
    assert "8 dimensiones" in guide.section("fase2").text
    assert guide.section("bienvenida") == guide.section("inicio")


def test_f1_opens_the_section_of_the_page_on_screen(
    open_window: OpenWindow, demo_dir: Path, qtbot: QtBot
) -> None:
    window = open_window(demo_dir)
    window.show_page("fase3")
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F1)
    (dialog,) = window.findChildren(GuideDialog)
    assert dialog.page_id == "fase3"
    assert "Workshop de Evaluación y Diagnóstico" in dialog.text.toPlainText()
    dialog.sections.setCurrentIndex(dialog.sections.findData("fase4"))
    assert "no está disponible" in dialog.text.toPlainText()  # said, not made up


def test_the_guide_is_translatable(open_window: OpenWindow, demo_dir: Path, pseudo: None) -> None:  # noqa: F811
    window = open_window(demo_dir)
    window.show_guide()
    (dialog,) = window.findChildren(GuideDialog)
    assert not bare(list(visible_texts(dialog)))
