"""Word-by-word differences between two versions of a text, as HTML for a QTextBrowser."""

from __future__ import annotations

import difflib
import html
import re

from migradesk.ui import style

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)

MINE_MARK = f"background: {style.ACCENT_SOFT}; color: {style.ACCENT}; font-weight: 600;"
THEIRS_MARK = f"background: {style.WARN_SOFT}; color: {style.WARN}; font-weight: 600;"


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text or "")


def _html(parts: list[tuple[str, bool]], mark: str) -> str:
    out = []
    for text, changed in parts:
        escaped = html.escape(text).replace("\n", "<br/>")
        if changed and text.strip():
            out.append(f'<span style="{mark}">{escaped}</span>')
        else:
            out.append(escaped)
    return "".join(out)


def word_diff(mine: str, theirs: str) -> tuple[str, str]:
    """(mine, theirs) as HTML, each with the words the other version lacks highlighted."""
    a, b = tokens(mine), tokens(theirs)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        same = op == "equal"
        left.append(("".join(a[i1:i2]), not same))
        right.append(("".join(b[j1:j2]), not same))
    style_block = "white-space: pre-wrap;"
    return (
        f'<div style="{style_block}">{_html(left, MINE_MARK)}</div>',
        f'<div style="{style_block}">{_html(right, THEIRS_MARK)}</div>',
    )


def changed_words(mine: str, theirs: str) -> int:
    """How many words differ (for a one-line summary)."""
    a, b = tokens(mine), tokens(theirs)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    count = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            count += sum(1 for t in a[i1:i2] + b[j1:j2] if t.strip())
    return count
