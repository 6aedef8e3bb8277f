"""A small Markdown → platypus converter for the report's sections.

Covers what the report editor offers: headings (#, ##, ###), paragraphs, bullet and numbered
lists (nested by indentation), block quotes, horizontal rules, **bold**, *italics* (and the
underscore forms), `code`, [links](url) and hard line breaks. Everything else is shown as text:
the input is escaped first, so ``<``, ``&`` or stray asterisks never break the layout.
(Not a dependency: markdown-it-py is not one of the app's requirements, and this subset is small.)
"""

from __future__ import annotations

import dataclasses
import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, ListFlowable, ListItem, Paragraph, Spacer

from migradesk.pdf.fonts import SANS
from migradesk.pdf.layout import Heading
from migradesk.pdf.theme import ACCENT, RULE, Styles

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^(\s*)([-*+•])\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,4})[.)]\s+(.*)$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")

_BR = "\x01"
_SLOT = re.compile("\x00(\\d+)\x00")


@dataclasses.dataclass
class _Item:
    indent: int
    ordered: bool
    number: int
    text: str
    children: list[_Item] = dataclasses.field(default_factory=list)


def inline(text: str) -> str:
    """Markdown inline syntax → reportlab paragraph markup (always well-formed)."""
    slots: list[str] = []

    def keep(markup: str) -> str:
        slots.append(markup)
        return f"\x00{len(slots) - 1}\x00"

    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!>~|])", lambda m: keep(escape(m.group(1))), text)
    text = re.sub(r"`([^`]+)`", lambda m: keep(escape(m.group(1))), text)

    def link(match: re.Match[str]) -> str:
        url = escape(match.group(2), {'"': "&quot;"})
        return keep(f'<a href="{url}" color="#1F4E79"><u>') + match.group(1) + keep("</u></a>")

    text = re.sub(r"\[([^\]\n]+)\]\((\S+?)\)", link, text)
    text = escape(text)
    text = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", r"<i>\1</i>", text)
    text = re.sub(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])", r"<i>\1</i>", text)
    text = text.replace(_BR, "<br/>")
    while _SLOT.search(text):
        text = _SLOT.sub(lambda m: slots[int(m.group(1))], text)
    return text


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from Markdown inline text; plain text if the markup cannot be parsed."""
    markup = inline(text)
    try:
        return Paragraph(markup, style)
    except ValueError:  # crossed emphasis such as "**a *b** c*": show the text as written
        return Paragraph(escape(text.replace(_BR, " ")), style)


def _join(lines: list[str]) -> str:
    parts = []
    for line in lines:
        hard = line.endswith("  ") or line.rstrip().endswith("\\")
        stripped = line.strip()
        if stripped.endswith("\\") and hard:
            stripped = stripped[:-1].rstrip()
        parts.append(stripped + (_BR if hard else ""))
    joined = " ".join(parts)
    return joined.rstrip(_BR).replace(_BR + " ", _BR)


def _list_marker(line: str) -> tuple[int, bool, int, str] | None:
    if _RULE.match(line):
        return None
    found = _BULLET.match(line)
    if found:
        return len(found.group(1).expandtabs(4)), False, 0, found.group(3)
    found = _NUMBERED.match(line)
    if found:
        return len(found.group(1).expandtabs(4)), True, int(found.group(2)), found.group(3)
    return None


def _nest(flat: list[_Item]) -> list[_Item]:
    roots: list[_Item] = []
    stack: list[_Item] = []
    for item in flat:
        while stack and item.indent <= stack[-1].indent:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


def _list_flowable(items: list[_Item], style: ParagraphStyle, depth: int) -> ListFlowable:
    # A list's kind is its first item's; a change of kind at the same level starts a new list.
    ordered = items[0].ordered
    flowables = []
    for item in items:
        content: list[Flowable] = [paragraph(item.text, style)]
        if item.children:
            content.extend(_list_groups(item.children, style, depth + 1))
        flowables.append(ListItem(content, value=item.number if ordered else None))
    return ListFlowable(
        flowables,
        bulletType="1" if ordered else "bullet",
        start=items[0].number if ordered else ("•" if depth % 2 == 0 else "–"),
        bulletFormat="%s." if ordered else None,
        bulletFontName=SANS,
        bulletFontSize=style.fontSize,
        bulletColor=ACCENT,
        leftIndent=6 * mm if ordered else 5 * mm,
        bulletDedent="auto",
        spaceBefore=0,
        spaceAfter=style.spaceAfter,
    )


def _list_groups(items: list[_Item], style: ParagraphStyle, depth: int) -> list[Flowable]:
    groups: list[list[_Item]] = []
    for item in items:
        if groups and groups[-1][0].ordered == item.ordered:
            groups[-1].append(item)
        else:
            groups.append([item])
    return [_list_flowable(group, style, depth) for group in groups]


def markdown_flowables(
    text: str,
    *,
    heading_level: int | None = None,
    body: ParagraphStyle = Styles.body,
    heading_styles: tuple[ParagraphStyle, ...] = (Styles.h2, Styles.h3, Styles.h3),
) -> list[Flowable]:
    """Flowables for a Markdown text. ``heading_level`` is the bookmark level of a ``#``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    story: list[Flowable] = []
    para: list[str] = []
    quote: list[str] = []
    items: list[_Item] = []

    def flush() -> None:
        if para:
            story.append(paragraph(_join(para), body))
            para.clear()
        if quote:
            story.append(paragraph(_join(quote), Styles.quote))
            quote.clear()
        if items:
            story.extend(_list_groups(_nest(items), body, 0))
            items.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.strip():
            # A blank line ends a paragraph; a list goes on if its next line is an item.
            if items:
                following = next((ln for ln in lines[index:] if ln.strip()), "")
                if _list_marker(following) is not None:
                    continue
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            depth = len(heading.group(1)) - 1
            style = heading_styles[min(depth, len(heading_styles) - 1)]
            level = None if heading_level is None else heading_level + min(depth, 1)
            title = heading.group(2).strip()
            story.append(_heading(title, style, level))
            continue
        if _RULE.match(line) and not para:
            flush()
            story.append(
                HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=8)
            )
            continue
        marker = _list_marker(line)
        if marker is not None:
            if para or quote:
                flush()
            indent, ordered, number, item_text = marker
            items.append(_Item(indent, ordered, number, item_text))
            continue
        found = _QUOTE.match(line)
        if found and not items:
            if para:
                flush()
            quote.append(found.group(1))
            continue
        if items:  # a continuation line of the last item
            items[-1].text = f"{items[-1].text} {line.strip()}"
            continue
        if quote:
            quote.append(line)
            continue
        para.append(line)
    flush()
    if story:
        story.append(Spacer(1, 2))
    return story


def _heading(title: str, style: ParagraphStyle, level: int | None) -> Flowable:
    # Heading escapes its text; Markdown emphasis in a title is dropped rather than shown raw.
    plain = re.sub(r"(\*\*|__|\*|_|`)", "", title)
    return Heading(plain, style, level, toc=False)
