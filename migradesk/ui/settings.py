"""Declared, typed settings on top of QSettings (Picard's options: one declaration each).

Tests point QSettings at a temporary folder with ``use_settings_path`` before anything reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, bool, int, QByteArray)

ORGANIZATION = "OIM"
APPLICATION = "MigraDesk"


class Option(Generic[T]):
    """One setting: its key and its default (whose type the stored value is converted to)."""

    __slots__ = ("default", "key")

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default: T = default

    def get(self) -> T:
        return cast(T, _converted(_settings().value(self.key, self.default), self.default))

    def set(self, value: T) -> None:
        _settings().setValue(self.key, value)


WINDOW_GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
LAST_PAGE = Option("window/last_page", "inicio")
LANGUAGE = Option("interface/language", "")  # "": not chosen yet (i18n.choose)
CITY_ID = Option("data/city_id", "")
EXPORT_FOLDER = Option("export/folder", "")  # where the last PDF was saved
# The data folder chosen in the app (after an error at start): used when neither --data-dir nor
# MIGRADESK_DATA_DIR says another one.
DATA_FOLDER = Option("data/folder", "")
# Automatic copies of the data kept of each kind (daily, before an upgrade, before a restore);
# the same default as storage/backups.py's DEFAULT_KEEP, for the commands.
BACKUPS_KEPT = Option("backups/kept", 10)


def _converted(value: Any, default: str | bool | int | QByteArray) -> object:
    """A stored value as the type of its default (QSettings gives back whatever was stored)."""
    kind: Callable[[Any], object] = type(default)
    if isinstance(default, bool) and isinstance(value, str):  # INI files store booleans as text
        return value.lower() == "true"
    try:
        return value if isinstance(value, type(default)) else kind(value)
    except (TypeError, ValueError):
        return default


_path: Path | None = None
# One QSettings for the whole app: each new QSettings re-reads the file and writes it back when
# destroyed (≈30 ms per page switch); Qt syncs the shared one in the background and at exit.
_instance: QSettings | None = None


def use_settings_path(path: Path | None) -> None:
    """Keep settings in an INI file under ``path`` (tests, portable installs); None: default."""
    global _path, _instance
    if _instance is not None:
        _instance.sync()
    _path = path
    _instance = None


def _settings() -> QSettings:
    global _instance
    if _instance is None:
        if _path is not None:
            _instance = QSettings(str(_path / "migradesk.ini"), QSettings.Format.IniFormat)
        else:
            _instance = QSettings(ORGANIZATION, APPLICATION)
    return _instance


def sync() -> None:
    _settings().sync()
