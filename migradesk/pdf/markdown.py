"""The report's Markdown as platypus flowables, from its CommonMark syntax tree
(``migradesk.domain.markdown``, markdown-it-py).

Headings (bookmarks in the PDF), paragraphs, bullet and numbered lists (nested, loose or tight),
block quotes, rules, tables, code, **bold**, *italics*, ~~strikethrough~~, `code`, links and
line breaks. Every text is escaped, so ``<``, ``&`` or raw HTML show as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from migradesk.domain.markdown import parse, plain
from migradesk.pdf.fonts import SANS
from migradesk.pdf.layout import Heading
from migradesk.pdf.theme import ACCENT, ACCENT_LIGHT, RULE, Grid, Styles

if TYPE_CHECKING:
    from markdown_it.tree import SyntaxTreeNode

LINK = "#1F4E79"
_TAGS = {"strong": "b", "em": "i", "s": "strike"}


def _markup(node: SyntaxTreeNode) -> str:
    """An inline node's children as reportlab paragraph markup (always well-formed)."""
    out = []
    for child in node.children:
        if child.type in ("text", "code_inline"):
            out.append(escape(child.content))
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("<br/>")
        elif child.type in _TAGS:
            tag = _TAGS[child.type]
            out.append(f"<{tag}>{_markup(child)}</{tag}>")
        elif child.type == "link":
            url = escape(str(child.attrs.get("href", "")), {'"': "&quot;"})
            out.append(f'<a href="{url}" color="{LINK}"><u>{_markup(child)}</u></a>')
        else:  # an image: its description
            out.append(escape(plain(child)))
    return "".join(out)


def inline(text: str) -> str:
    """Markdown inline syntax of one paragraph → reportlab paragraph markup."""
    root = parse(text)
    found = next((n for n in root.walk() if n.type == "inline"), None)
    return _markup(found) if found is not None else ""


def _paragraph(node: SyntaxTreeNode, style: ParagraphStyle) -> Paragraph:
    try:
        return Paragraph(_markup(node), style)
    except ValueError:  # markup reportlab refuses all the same: the words as they are
        return Paragraph(escape(plain(node)), style)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from Markdown inline text."""
    root = parse(text)
    found = next((n for n in root.walk() if n.type == "inline"), None)
    return _paragraph(found, style) if found is not None else Paragraph("", style)


class _Writer:
    def __init__(
        self,
        heading_level: int | None,
        body: ParagraphStyle,
        heading_styles: tuple[ParagraphStyle, ...],
    ) -> None:
        self.heading_level = heading_level
        self.body = body
        self.heading_styles = heading_styles

    def blocks(
        self, nodes: list[SyntaxTreeNode], style: ParagraphStyle, depth: int
    ) -> list[Flowable]:
        out: list[Flowable] = []
        for node in nodes:
            out.extend(self.block(node, style, depth))
        return out

    def block(self, node: SyntaxTreeNode, style: ParagraphStyle, depth: int) -> list[Flowable]:
        kind = node.type
        if kind == "paragraph":
            return [_paragraph(node.children[0], style)]
        if kind == "heading":
            return [self.heading(node)]
        if kind in ("bullet_list", "ordered_list"):
            return [self.list(node, style, depth)]
        if kind == "blockquote":
            return self.blocks(node.children, Styles.quote, depth)
        if kind == "hr":
            return [
                HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=8)
            ]
        if kind in ("code_block", "fence"):
            lines = escape(node.content.rstrip("\n")).replace("\n", "<br/>")
            return [Paragraph(lines, style)]
        if kind == "table":
            return [self.table(node, style)]
        return [_paragraph(node, style)] if node.children else []

    def heading(self, node: SyntaxTreeNode) -> Flowable:
        depth = int(node.tag[1:]) - 1  # h1 → 0
        style = self.heading_styles[min(depth, len(self.heading_styles) - 1)]
        level = None if self.heading_level is None else self.heading_level + min(depth, 1)
        # A heading's words only: emphasis in a title is dropped rather than shown raw.
        return Heading(plain(node).strip(), style, level, toc=False)

    def list(self, node: SyntaxTreeNode, style: ParagraphStyle, depth: int) -> ListFlowable:
        ordered = node.type == "ordered_list"
        start = int(node.attrs.get("start", 1)) if ordered else 1
        items = [
            ListItem(self.blocks(item.children, style, depth + 1) or [Paragraph("", style)],
                     value=start + n if ordered else None)
            for n, item in enumerate(node.children)
        ]  # fmt: skip
        return ListFlowable(
            items,
            bulletType="1" if ordered else "bullet",
            start=start if ordered else ("•" if depth % 2 == 0 else "–"),
            bulletFormat="%s." if ordered else None,
            bulletFontName=SANS,
            bulletFontSize=style.fontSize,
            bulletColor=ACCENT,
            leftIndent=6 * mm if ordered else 5 * mm,
            bulletDedent="auto",
            spaceBefore=0,
            spaceAfter=style.spaceAfter,
        )

    def table(self, node: SyntaxTreeNode, style: ParagraphStyle) -> Grid:
        rows = [tr for part in node.children for tr in part.children]
        header = len(node.children[0].children) if node.children[0].type == "thead" else 0
        cells = [
            [_paragraph(cell.children[0], Styles.cell_bold if r < header else Styles.cell)
             if cell.children else "" for cell in tr.children]
            for r, tr in enumerate(rows)
        ]  # fmt: skip
        columns = max(len(r) for r in cells)
        table = Grid(
            [r + [""] * (columns - len(r)) for r in cells],
            colWidths=[f"{100 / columns:.4f}%"] * columns,
            repeatRows=header,
            hAlign="LEFT",
            spaceBefore=2,
            spaceAfter=style.spaceAfter,
        )
        table.setStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, header - 1), ACCENT_LIGHT),
            ]
            if header
            else [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, RULE)]
        )
        return table


def markdown_flowables(
    text: str,
    *,
    heading_level: int | None = None,
    body: ParagraphStyle = Styles.body,
    heading_styles: tuple[ParagraphStyle, ...] = (Styles.h2, Styles.h3, Styles.h3),
) -> list[Flowable]:
    """Flowables for a Markdown text. ``heading_level`` is the bookmark level of a ``#``."""
    writer = _Writer(heading_level, body, heading_styles)
    story = writer.blocks(parse(text).children, body, 0)
    if story:
        story.append(Spacer(1, 2))
    return story
