"""The PDF module is optional at run time: find its exporters lazily, disable what is missing.

Expected in ``migradesk.pdf`` (written by the PDF team; no Qt):
- ``export_letter_of_intent(file: CityFile, out: Path) -> Path``: the letter for the mayor to sign;
- ``export_step(step_id: str, file: CityFile, out: Path) -> Path``: one step of the process.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any


def exporter(name: str) -> Callable[..., Any] | None:
    if importlib.util.find_spec("migradesk.pdf") is None:
        return None
    try:
        module = importlib.import_module("migradesk.pdf")
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None
