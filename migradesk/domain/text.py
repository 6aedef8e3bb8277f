"""Text a city's file can hold (sync G11, no poison): the rule both sides apply.

A value that cannot be stored or served in UTF-8 and JSON would, once accepted, break every
read of the city (a lone UTF-16 surrogate such as ``"\\ud800"`` cannot be encoded; PostgreSQL
refuses NUL). Such text is refused where it enters — the desktop's store when it is saved, the
server's push for the one mutation that carries it, the rest of the batch going on — with a
Spanish reason; ``clean`` repairs what an older server stored, and what a reader meets anyway is
served repaired rather than failing a whole page. Other control characters, right-to-left text
and every other Unicode character are text like any other.
"""

from __future__ import annotations

import re
from typing import Any, Final

# The longest text one field holds (a report section of ~15,000 words): longer is refused, so
# that no record grows beyond what a page of a pull can carry.
MAX_TEXT: Final = 100_000

NUL_TEXT: Final = "Un texto contiene un carácter nulo, que no se puede guardar."
LONE_SURROGATE: Final = (
    "Un texto contiene un carácter inválido (un sustituto UTF-16 suelto) que no se puede "
    "guardar. Vuelva a escribir o pegar ese texto."
)
TOO_LONG: Final = (
    f"Un texto supera los {MAX_TEXT:,} caracteres que puede tener un campo. Divídalo o acórtelo."
).replace(",", ".")

_SURROGATE = re.compile("[\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """Why a text cannot be kept (a Spanish reason), or None."""
    if "\x00" in value:
        return NUL_TEXT
    if _SURROGATE.search(value) is not None:
        return LONE_SURROGATE
    if len(value) > MAX_TEXT:
        return TOO_LONG
    return None


def value_problem(value: Any) -> str | None:
    """The first text problem in a JSON-like value (keys included), or None."""
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, dict):
        for key, item in value.items():
            problem = value_problem(key) or value_problem(item)
            if problem is not None:
                return problem
    elif isinstance(value, (list, tuple)):
        for item in value:
            problem = value_problem(item)
            if problem is not None:
                return problem
    return None


def clean(value: str) -> str:
    """A text that can be stored and served: NUL removed, lone surrogates replaced by U+FFFD
    (the replacement character), everything else kept."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return _SURROGATE.sub("\ufffd", value)


def cleaned(value: Any) -> Any:
    """``clean`` applied to every text of a JSON-like value (keys included)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {cleaned(k): cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [cleaned(item) for item in value]
    if isinstance(value, tuple):
        return tuple(cleaned(item) for item in value)
    return value
