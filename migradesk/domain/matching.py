"""Finding a text the way a person types it: accents, case, punctuation and repeated spaces
ignored ("vacunacion" finds "Vacunación"), the best matches first.

A text that is the query comes first, then texts that start with it, then texts with a word
that starts with it, then any text containing it. ``Key`` is a text prepared once (folded)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import NamedTuple, TypeVar

T = TypeVar("T")

_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Accents, case and repeated spaces ignored: "Córdoba" → "cordoba"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("°", "º").casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class Key(NamedTuple):
    folded: str
    words: str  # " word word…": punctuation as spaces, a space before each word; "" if none


def key(text: str) -> Key:
    folded = fold(text)
    words = _NON_WORD.sub(" ", folded).strip()
    return Key(folded, f" {words}" if words else "")


def rank(query: Key, text: Key) -> int | None:
    """0 the same text, 1 starts with the query, 2 a word starts with it, 3 contains it; None:
    no match (an empty query matches nothing)."""
    if not query.folded:
        return None
    if text.folded == query.folded:
        return 0
    if text.folded.startswith(query.folded):
        return 1
    if query.words and query.words in text.words:
        return 2
    if query.folded in text.folded:
        return 3
    return None


def ranked(query: str, items: Iterable[T], text: Callable[[T], str]) -> list[T]:
    """The items whose text matches ``query``, best first, then alphabetically (accents and
    case ignored), then in their own order."""
    wanted = key(query)
    found: list[tuple[int, str, int, T]] = []
    for order, item in enumerate(items):
        prepared = key(text(item))
        level = rank(wanted, prepared)
        if level is not None:
            found.append((level, prepared.folded, order, item))
    found.sort(key=lambda entry: entry[:3])
    return [item for *_, item in found]
