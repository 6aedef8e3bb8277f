"""A clear start: when Qt cannot start its platform plugin the app says why, in Spanish, and how
to fix it (never Qt's bare abort), on stderr and in a desktop dialog that needs no Qt."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from migradesk import qt_platform

from .ui.processes import wait_for

LINUX_WITH_LDD = sys.platform.startswith("linux") and shutil.which("ldd") is not None


def test_the_explanation_names_the_debian_packages_and_the_command() -> None:
    text = qt_platform.explanation(
        "xcb", ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], {"DISPLAY": ":0"}
    )
    assert "MigraDesk no puede abrir su ventana" in text
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text
    assert "Sus datos no se modificaron." in text


def test_without_a_display_the_explanation_says_so() -> None:
    text = qt_platform.explanation("xcb", [], {})
    assert "No hay una pantalla gráfica disponible" in text
    unreachable = qt_platform.explanation("xcb", [], {"DISPLAY": ":97"})
    assert "La pantalla «:97» no respondió" in unreachable


def test_the_plugins_qt_tries() -> None:
    assert qt_platform.candidates({}) == ["xcb"]
    assert qt_platform.candidates({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    session = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert qt_platform.candidates(session) == ["wayland", "xcb"]
    assert qt_platform.missing_packages({"QT_QPA_PLATFORM": "offscreen"}) == []


def test_the_failing_plugin_is_read_from_qts_messages() -> None:
    messages = ['qt.qpa.plugin: Could not load the Qt platform plugin "wayland" in "" even…']
    assert qt_platform.plugin_of(messages, {}) == "wayland"
    assert qt_platform.plugin_of([], {"QT_QPA_PLATFORM": "vnc"}) == "vnc"


def broken_plugin(tmp_path: Path) -> Path:
    """A copy of Qt's xcb plugin away from the Qt libraries it needs: it cannot load."""
    shipped = qt_platform.plugins_dir()
    assert shipped is not None
    folder = tmp_path / "plugins" / "platforms"
    folder.mkdir(parents=True)
    shutil.copy2(shipped / "libqxcb.so", folder / "libqxcb.so")
    return folder


@pytest.mark.skipif(not LINUX_WITH_LDD, reason="ldd reads the plugin's needs (Linux)")
def test_missing_libraries_are_found_where_qt_looks(tmp_path: Path) -> None:
    folder = broken_plugin(tmp_path)
    env = {"QT_QPA_PLATFORM_PLUGIN_PATH": str(folder)}
    assert qt_platform.plugin_file("xcb", env) == folder / "libqxcb.so"
    assert "libQt6XcbQpa.so.6" in qt_platform.missing_libraries("xcb", env)
    # The plugin as shipped: only system libraries can be missing, each with its package.
    assert set(qt_platform.missing_libraries("xcb", {})) <= set(qt_platform.PACKAGES)


def fake_dialog(tmp_path: Path) -> tuple[Path, Path]:
    """A ``zenity`` that writes what it was asked to show (first on PATH)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shown = tmp_path / "dialog.txt"
    script = bin_dir / "zenity"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{shown}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return bin_dir, shown


def run_app(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND"))}
    return subprocess.run(
        [sys.executable, "-m", "migradesk.cli", "--data-dir", str(tmp_path / "data")],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin: Linux")
def test_a_display_qt_cannot_open_gets_a_spanish_explanation_not_a_core_dump(
    tmp_path: Path,
) -> None:
    """X11 without a server behind DISPLAY: Qt's plugin cannot start (whatever the reason on
    this machine: a missing library, or the display itself), and the app says so."""
    bin_dir, shown = fake_dialog(tmp_path)
    done = run_app(
        tmp_path,
        QT_QPA_PLATFORM="xcb",
        DISPLAY=":97",
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    assert done.returncode == qt_platform.EXIT_NO_DISPLAY  # not -6 (SIGABRT): no core dump
    assert done.stderr.startswith(
        "MigraDesk no puede abrir su ventana: Qt no pudo iniciar su complemento de pantalla «xcb»."
    )
    assert "sudo apt-get install" in done.stderr or "La pantalla «:97» no respondió" in done.stderr
    assert "Sus datos no se modificaron." in done.stderr
    assert 'Could not load the Qt platform plugin "xcb"' in done.stderr  # Qt's, after ours
    wait_for(shown.exists, "the desktop dialog", timeout=10)
    dialog = shown.read_text(encoding="utf-8")
    assert "--error" in dialog and "MigraDesk no puede abrir su ventana" in dialog
    assert not (tmp_path / "data" / "migradesk.sqlite3").exists()  # nothing written


def test_no_display_at_all_is_explained(tmp_path: Path) -> None:
    done = run_app(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY="", PATH="/usr/bin:/bin")
    assert done.returncode == qt_platform.EXIT_NO_DISPLAY
    assert done.stderr.startswith("MigraDesk no puede abrir su ventana")
    assert "Sus datos no se modificaron." in done.stderr


def test_the_packages_command_for_make_run() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.qt_platform", "packages"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == ""  # offscreen needs nothing more: nothing to install
