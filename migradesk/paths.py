"""Where a desktop keeps its data: --data-dir, else MIGRADESK_DATA_DIR, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "MigraDesk"
APP_AUTHOR = "OIM"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get("MIGRADESK_DATA_DIR")
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
