"""A Qt warning fails the test that caused it (pytest-qt's ``qt_log_level_fail``, set in
pyproject.toml), but for the short list of what the offscreen platform cannot do. Shown on a
pytest run of its own, with the project's settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = """
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QWidget


def test_a_widget_that_warns(qtbot):
    qWarning("QLayout: Attempting to add QLayout to QWidget, which already has a layout")


def test_what_the_offscreen_platform_cannot_do(qtbot):
    qWarning("This plugin does not support raise()")


def test_a_quiet_widget(qtbot):
    qtbot.addWidget(QWidget())
"""


def test_a_qt_warning_fails_its_test(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    ini = request.config.inipath
    assert ini is not None and ini.name == "pyproject.toml"
    assert request.config.getini("qt_log_level_fail") == "WARNING"
    ignored = request.config.getini("qt_log_ignore")
    assert 0 < len(ignored) <= 5  # short: each one commented in pyproject.toml
    sample = tmp_path / "test_sample.py"
    sample.write_text(SAMPLE, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-c", str(ini), "--rootdir", str(tmp_path)]
    ran = subprocess.run(
        [*command, "-q", str(sample)], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert "1 failed, 2 passed" in ran.stdout, ran.stdout + ran.stderr
    assert "FAILED test_sample.py::test_a_widget_that_warns" in ran.stdout
