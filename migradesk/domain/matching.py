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
    return " ".join(_bare(text).split())


def _bare(text: str) -> str:
    """Lower case without accents, spaces as they are: "Ó" → "o", "ß" → "ss"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("°", "º").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def span(query: str, text: str) -> tuple[int, int] | None:
    """Where ``query`` is in ``text``, accents, case and spaces ignored, as ``text[start:end]``;
    None when it is not there (or the query is empty)."""
    wanted = fold(query)
    if not wanted:
        return None
    folded, origin = _folded_with_origin(text)
    at = folded.find(wanted)
    if at < 0:
        return None
    return origin[at], origin[at + len(wanted) - 1] + 1


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the position it comes from in ``text``."""
    chars: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(text):
        for folded in _bare(char):
            if folded.isspace():
                if not chars or chars[-1] == " ":
                    continue  # fold() drops leading and repeated spaces
                folded = " "
            chars.append(folded)
            origin.append(position)
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return "".join(chars), origin


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


def ranked(query: str, items: Iterable[T], prepared: Callable[[T], Key]) -> list[T]:
    """The items whose text (``prepared``: its ``key``, made once per item where the same
    items are searched again and again) matches ``query``, best first, then alphabetically
    (accents and case ignored), then in their own order."""
    wanted = key(query)
    found: list[tuple[int, str, int, T]] = []
    for order, item in enumerate(items):
        text = prepared(item)
        level = rank(wanted, text)
        if level is not None:
            found.append((level, text.folded, order, item))
    found.sort(key=lambda entry: entry[:3])
    return [item for *_, item in found]
