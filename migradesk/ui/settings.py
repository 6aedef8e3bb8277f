"""Declared, typed settings on top of QSettings (Picard's options: one declaration each).

Tests point QSettings at a temporary folder with ``use_settings_path`` before anything reads.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, bool, int, QByteArray)

ORGANIZATION = "OIM"
APPLICATION = "MigraDesk"


@dataclasses.dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    def get(self) -> T:
        value = _settings().value(self.key, self.default)
        kind = type(self.default)
        if kind is bool and isinstance(value, str):  # INI files store booleans as text
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return value if isinstance(value, kind) else kind(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        _settings().setValue(self.key, value)


WINDOW_GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
LAST_PAGE = Option("window/last_page", "inicio")
LANGUAGE = Option("interface/language", "es")
CITY_ID = Option("data/city_id", "")

_path: Path | None = None


def use_settings_path(path: Path | None) -> None:
    """Keep settings in an INI file under ``path`` (tests, portable installs); None: default."""
    global _path
    _path = path


def _settings() -> QSettings:
    if _path is not None:
        return QSettings(str(_path / "migradesk.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def sync() -> None:
    _settings().sync()
