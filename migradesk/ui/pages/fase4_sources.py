"""Where candidate areas come from: section 5 of the report and the self-assessment's gaps."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from migradesk.domain.cityfile import CityFile
from migradesk.domain.markdown import parse, plain
from migradesk.domain.plan import AreaSource, PriorityArea
from migradesk.domain.questionnaire import Indicator, Questionnaire

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

REPORT_SECTION_KEY = "5"  # Áreas a fortalecer
TITLE_MAX = 90

_AFTER_LEAD = re.compile(r"^[:.,–-]?\s*")


@dataclasses.dataclass(frozen=True)
class Suggestion:
    """A candidate area the user can add with one click."""

    title: str
    description: str
    source: AreaSource
    dimensions: tuple[str, ...] = ()
    gaps: tuple[str, ...] = ()  # indicator ids without measures (gap suggestions)

    def make(self, city_id: str) -> PriorityArea:
        return PriorityArea(
            city_id=city_id,
            title=self.title,
            description=self.description,
            dimensions=list(self.dimensions),
            source=self.source,
        )

    def is_added(self, areas: list[PriorityArea]) -> bool:
        wanted = self.title.casefold().strip()
        return any(a.title.casefold().strip() == wanted for a in areas)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _shorten(text: str) -> str:
    text = text.strip().rstrip(".")
    if len(text) <= TITLE_MAX:
        return text
    cut = text[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _entries(markdown: str) -> list[SyntaxTreeNode]:
    """The inline text of each list item (nested ones too); of each paragraph outside a quote
    when the text has no list."""
    root = parse(markdown)
    items = [n for n in root.walk() if n.type == "list_item"]
    if items:
        firsts = [next((c for c in i.children if c.type == "paragraph"), None) for i in items]
        return [p.children[0] for p in firsts if p is not None]
    quoted = {id(p) for q in root.walk() if q.type == "blockquote" for p in q.walk()}
    return [p.children[0] for p in root.walk() if p.type == "paragraph" and id(p) not in quoted]


def report_items(markdown: str) -> list[tuple[str, str]]:
    """(title, description) of each list item of a section; its paragraphs when it has none.
    An item that opens in bold is titled by it ("**Datos**: registrar…"); another, by its first
    clause."""
    found = []
    for entry in _entries(markdown):
        text = plain(entry).strip()
        parts = [c for c in entry.children if c.type != "text" or c.content]
        if parts and parts[0].type == "strong":
            title = plain(parts[0]).strip().rstrip(":")
            after = "".join(plain(c) for c in parts[1:]).lstrip()
            rest = _capitalised(_AFTER_LEAD.sub("", after, count=1).strip())
            description = rest if after.startswith(":") and rest else text
        else:
            head = re.split(r"[:.;]\s", text, maxsplit=1)[0]
            title, description = _shorten(head), text
        if title:
            found.append((title, description if description != title else ""))
    return found


def report_text(file: CityFile) -> str:
    """Section 5 as the city works on it, else as in the latest version of the report."""
    section = file.report_sections.get(REPORT_SECTION_KEY)
    if section is not None and section.text.strip():
        return section.text
    for version in reversed(file.report_versions):
        if version.sections.get(REPORT_SECTION_KEY, "").strip():
            return version.sections[REPORT_SECTION_KEY]
    return ""


def gap_indicators(file: CityFile, questionnaire: Questionnaire) -> dict[str, list[Indicator]]:
    """Per dimension code, the answered indicators whose answer is not a measure ("No", "No
    sabe"); "No aplica" and unanswered indicators are not gaps."""
    answers = file.answers(questionnaire.version)
    gaps: dict[str, list[Indicator]] = {}
    for dimension in questionnaire.dimensions:
        for indicator in dimension.indicators:
            answer = answers.get(indicator.id)
            if answer is None or not answer.answer:
                continue
            codes = indicator.scale.codes()
            if answer.answer not in codes:
                continue
            option = indicator.scale.option(answer.answer)
            if not option.counts_as_measure and not option.excluded:
                gaps.setdefault(dimension.code, []).append(indicator)
    return gaps


def suggestions(file: CityFile, questionnaire: Questionnaire) -> list[Suggestion]:
    found = [
        Suggestion(title, description, AreaSource.REPORT)
        for title, description in report_items(report_text(file))
    ]
    for code, indicators in gap_indicators(file, questionnaire).items():
        dimension = questionnaire.dimension(code)
        lines = "\n".join(f"- {i.question}" for i in indicators)
        found.append(
            Suggestion(
                title=dimension.name,
                description=f"Indicadores sin medidas en la autoevaluación:\n{lines}",
                source=AreaSource.GAP,
                dimensions=(code,),
                gaps=tuple(i.id for i in indicators),
            )
        )
    return found
