"""Leftovers of the time MigraDesk's parts were built apart must not come back: every part
ships together, so none imports another "if present", checks that reportlab is installed, or
asks the typed main window for its attributes by name."""

from __future__ import annotations

import re
from pathlib import Path

import migradesk

SOURCES = Path(migradesk.__file__).parent
OPTIONAL_PART = re.compile(
    r"import_module\(\s*[\"']migradesk|find_spec\(\s*[\"'](?:migradesk|reportlab|markdown_it)"
)
WINDOW_BY_NAME = re.compile(r"(?:getattr|hasattr)\(\s*(?:self\.)?window\s*,")


def _offending(pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in sorted(SOURCES.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                found.append(f"{path.relative_to(SOURCES.parent)}:{number}: {line.strip()}")
    return found


def test_no_part_is_imported_if_present() -> None:
    assert _offending(OPTIONAL_PART) == []


def test_the_main_window_is_not_asked_for_attributes_by_name() -> None:
    assert _offending(WINDOW_BY_NAME) == []


def test_the_patterns_find_what_they_look_for() -> None:
    assert OPTIONAL_PART.search('module = importlib.import_module("migradesk.demo")')
    assert OPTIONAL_PART.search('importlib.util.find_spec("reportlab") is None')
    assert WINDOW_BY_NAME.search('help_menu = getattr(self.window, "help_menu", None)')
    assert not OPTIONAL_PART.search('importlib.import_module(f"{__name__}.{page_id}")')
