"""MigraDesk: the offline-first desktop app for MigraCiudades Argentina focal points.

The package root and ``migradesk.domain`` are Qt-free and SQL-free; ``storage``, ``sync`` and
``pdf`` build on them, and only ``migradesk.ui`` imports PySide6.

The version number lives in one place, ``pyproject.toml``; ``version()`` (or ``__version__``)
reads it from the installed package's metadata, which the frozen bundle carries too. It is read
when asked for, not at import: ``importlib.metadata`` costs ~20 ms of the app's start-up.
"""

from __future__ import annotations

from functools import cache
from typing import Any

DISTRIBUTION = "migradesk"


@cache
def version() -> str:
    """MigraDesk's version, e.g. ``"x.y.z"`` (a source tree that is not installed: pyproject's)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
