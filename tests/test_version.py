"""One version number, pyproject's: the package, the command line and (tests/ui) the About box."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import migradesk

ROOT = Path(__file__).resolve().parent.parent


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def test_the_package_reports_pyprojects_version() -> None:
    assert migradesk.version() == _pyproject_version()
    assert migradesk.__version__ == _pyproject_version()


def test_the_number_is_written_nowhere_else() -> None:
    """No second copy to forget: the package reads it from the installed metadata."""
    assert f'"{_pyproject_version()}"' not in (ROOT / "migradesk" / "__init__.py").read_text()


def test_migradesk_version_on_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "migradesk.cli", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout == f"MigraDesk {_pyproject_version()}\n"


def test_the_window_reads_no_metadata_to_start() -> None:
    """importlib.metadata costs ~20 ms before the first paint: only ``--version`` and the About
    box read the version."""
    code = "import sys, migradesk.ui.app; print('importlib.metadata' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
