"""Helpers of the packaging tests: the frozen bundle and pyproject's version."""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "dist" / "migradesk"


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def run_bundle(
    *args: str, timeout: float = 180, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The frozen app as a user's machine runs it: no venv, no source tree on its path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(BUNDLE / "migradesk"), *args],
        env=env,
        cwd=BUNDLE.parent,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
