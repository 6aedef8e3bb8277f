"""The report's text language: CommonMark (markdown-it-py), as the report editor writes it.

The editor (Qt's ``QTextDocument.toMarkdown``) writes CommonMark with GitHub's tables and
strikethrough; every reader of the report text outside the editor — the PDFs, the candidate areas
taken from section 5 — parses it here, with one parser. Raw HTML is not markup in a report: it is
shown as the text it is.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it loads at the first parse (~15 ms: never before a first paint)
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def parse(text: str) -> SyntaxTreeNode:
    """The text's syntax tree (its root)."""
    from markdown_it.tree import SyntaxTreeNode

    return SyntaxTreeNode(_parser().parse(text))


def plain(node: SyntaxTreeNode) -> str:
    """The words a reader sees in a part of the tree, without markup: line breaks as spaces,
    blocks separated by a blank line."""
    if node.type in ("text", "code_inline"):
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return " "
    if node.type in ("code_block", "fence"):
        return node.content.rstrip("\n")
    if node.type == "inline":
        return "".join(plain(child) for child in node.children)
    parts = [plain(child) for child in node.children]
    separator = "\n\n" if node.is_root or node.type in ("blockquote", "list_item") else ""
    if node.type in ("bullet_list", "ordered_list", "table", "thead", "tbody"):
        separator = "\n"
    if node.type == "tr":
        separator = " "
    return separator.join(p for p in parts if p)
