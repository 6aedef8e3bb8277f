"""The project guide's sections, one per page of the app (``resources/guide/guia.md``)."""

from __future__ import annotations

import dataclasses
from functools import cache

from migradesk.assets import resource

FIRST = "inicio"


@dataclasses.dataclass(frozen=True)
class Section:
    page_id: str
    title: str
    text: str  # Markdown: the guide's paragraphs


@cache
def sections() -> dict[str, Section]:
    """Page id → its section of the guide, in the guide's order."""
    found: dict[str, Section] = {}
    page_id = title = ""
    lines: list[str] = []

    def close() -> None:
        if page_id:
            found[page_id] = Section(page_id, title, "\n".join(lines).strip())

    raw = resource("guide", "guia.md").read_text(encoding="utf-8")
    body = raw.split("-->", 1)[-1] if raw.lstrip().startswith("<!--") else raw
    for line in body.splitlines():
        if line.startswith("## "):
            close()
            page_id, _bar, title = line[3:].partition(" | ")
            page_id, title, lines = page_id.strip(), title.strip(), []
        else:
            lines.append(line)
    close()
    return found


def section(page_id: str | None) -> Section:
    """The section of ``page_id``; the guide's presentation for any other page."""
    found = sections()
    return found.get(page_id or FIRST, found[FIRST])
