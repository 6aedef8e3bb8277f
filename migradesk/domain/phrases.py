"""The domain's sentences: Spanish templates with named values, rendered late.

The model never formats a date or a number itself. It returns a :class:`Phrase`: a template
such as ``"Vence el {due}."`` and its values. ``str(phrase)`` gives the Spanish the command line,
the server and the PDFs show (dates dd/mm/aaaa); the desktop translates the template (every
template is declared for Qt's translation in ``migradesk/ui/process_labels.py``, a test checks
that the two lists agree) and fills the values in its own formats.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TypeAlias

Value: TypeAlias = "str | int | date | Phrase"

_TEMPLATES: dict[str, None] = {}  # every template, in the order the modules declare them


def T(text: str) -> str:
    """Declare a template (a module constant); returns it unchanged."""
    _TEMPLATES[text] = None
    return text


def templates() -> tuple[str, ...]:
    """Every declared template (import ``migradesk.domain.process`` first: it declares them)."""
    return tuple(_TEMPLATES)


def spanish_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def spanish_int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def spanish_value(value: Value) -> str:
    if isinstance(value, Phrase):
        return str(value)
    if isinstance(value, date):
        return spanish_date(value)
    if isinstance(value, bool):
        raise TypeError("a phrase takes no booleans")
    if isinstance(value, int):
        return spanish_int(value)
    return value


@dataclasses.dataclass(frozen=True)
class Phrase:
    """A sentence of the model: ``text`` (a declared template) with ``{name}`` values."""

    text: str
    values: tuple[tuple[str, Value], ...] = ()

    def __post_init__(self) -> None:
        if self.text not in _TEMPLATES:
            raise ValueError(f"undeclared template: {self.text!r}")

    def __str__(self) -> str:
        return self.render(spanish_value)

    def render(self, fmt: Callable[[Value], str]) -> str:
        """The template filled with ``fmt(value)`` for each value (``fmt`` renders nested
        phrases too)."""
        out = self.text
        for name, value in self.values:
            out = out.replace("{" + name + "}", fmt(value))
        return out


def phrase(text: str, **values: Value) -> Phrase:
    return Phrase(text, tuple(values.items()))
