"""Where the data and assets of ``resources/`` are: inside the installed package (a wheel or the
bundle carries them as ``migradesk/resources``), else at the top of a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"MigraDesk's resources are missing (looked beside {package})")


def resource(*parts: str) -> Path:
    """A file or folder of ``resources/``, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
