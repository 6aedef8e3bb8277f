"""The whole package is type-checked (``make typecheck`` runs mypy strict over ``migradesk``):
the UI too, with no module left out or relaxed. Where PySide6's stubs are wrong the code works
around them in the open (``ui/i18n.QT_TRANSLATE_NOOP`` typed ``str``, ``search._popup``) or
with a ``type: ignore[code]`` on the line, never by excluding a module."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _mypy() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy: dict[str, object] = config["tool"]["mypy"]
    return mypy


def test_mypy_checks_the_ui_strictly() -> None:
    mypy = _mypy()
    assert mypy["strict"] is True and mypy["packages"] == ["migradesk"]
    excluded = mypy.get("exclude", [])
    assert isinstance(excluded, list)
    assert all("migradesk/ui" not in pattern for pattern in excluded), excluded


def test_no_module_of_ours_is_relaxed() -> None:
    """Overrides only for third-party packages without stubs."""
    overrides = _mypy().get("overrides", [])
    assert isinstance(overrides, list)
    for override in overrides:
        modules = override["module"]
        assert not any(m.startswith("migradesk") for m in modules), override
        assert set(override) == {"module", "ignore_missing_imports"}, override
