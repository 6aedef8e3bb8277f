"""Where a desktop keeps its data: --data-dir, else MIGRADESK_DATA_DIR, else the user data dir;
the demo city in a folder of its own inside it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "MigraDesk"
APP_AUTHOR = "OIM"
ENVIRONMENT = "MIGRADESK_DATA_DIR"
# The demo city's own data dir, inside the user's: nothing of it is ever the user's city.
DEMO_FOLDER = "demostracion"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = from_environment()
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def from_environment() -> str:
    return os.environ.get(ENVIRONMENT, "")


def demo_dir(data_dir: Path) -> Path:
    """Where the demo city lives for the user of ``data_dir``."""
    return data_dir / DEMO_FOLDER


def is_demo_dir(data_dir: Path) -> bool:
    """``data_dir`` is a demo city's own folder (never synced: sync/demo_guard.py)."""
    return Path(os.path.abspath(data_dir)).name == DEMO_FOLDER
