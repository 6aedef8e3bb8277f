"""A readable word-level comparison of two versions of the report, section by section (difflib)."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from migradesk.ui import style
from migradesk.ui.widgets.report_editor import markdown_plain

TOKEN_RE = re.compile(r"\s+|\w+|[^\w\s]")
INSERTED = f"background:{style.OK_SOFT}; color:{style.OK}; text-decoration:underline;"
DELETED = "background:#fbe3e1; color:#b3261e; text-decoration:line-through;"


def _escape(tokens: Sequence[str]) -> str:
    return html.escape("".join(tokens)).replace("\n", "<br>")


def word_diff(old: str, new: str) -> tuple[str, int, int]:
    """HTML of ``new`` with deleted words struck out and inserted ones underlined; the counts of
    inserted and deleted words."""
    a, b = TOKEN_RE.findall(old), TOKEN_RE.findall(new)
    out: list[str] = []
    inserted = deleted = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(_escape(a[i1:i2]))
            continue
        if op in ("delete", "replace"):
            out.append(f'<span style="{DELETED}">{_escape(a[i1:i2])}</span>')
            deleted += sum(1 for t in a[i1:i2] if t.strip())
        if op in ("insert", "replace"):
            out.append(f'<span style="{INSERTED}">{_escape(b[j1:j2])}</span>')
            inserted += sum(1 for t in b[j1:j2] if t.strip())
    return "".join(out), inserted, deleted


def diff_html(
    keys: Sequence[str],
    title: Callable[[str], str],
    old: Mapping[str, str],
    new: Mapping[str, str],
) -> str:
    """Every section that changed, with its word diff; a line for the unchanged ones."""
    parts: list[str] = []
    unchanged: list[str] = []
    for key in keys:
        before = markdown_plain(old.get(key, "")).strip()
        after = markdown_plain(new.get(key, "")).strip()
        if before == after:
            unchanged.append(key)
            continue
        body, inserted, deleted = word_diff(before, after)
        counts = QCoreApplication.translate("ReportDiff", "%1 palabras agregadas, %2 quitadas")
        counts = counts.replace("%1", str(inserted)).replace("%2", str(deleted))
        empty = QCoreApplication.translate("ReportDiff", "(sección vacía)")
        parts.append(
            f"<h3>{html.escape(title(key))}</h3>"
            f'<p style="color:{style.MUTED}">{html.escape(counts)}</p>'
            f"<p>{body or html.escape(empty)}</p>"
        )
    if not parts:
        same_text = QCoreApplication.translate(
            "ReportDiff", "Las dos versiones tienen el mismo texto."
        )
        return f"<p>{html.escape(same_text)}</p>"
    added, removed = (
        QCoreApplication.translate("ReportDiff", "texto agregado"),
        QCoreApplication.translate("ReportDiff", "texto quitado"),
    )
    legend = (
        f'<p><span style="{INSERTED}">{html.escape(added)}</span> · '
        f'<span style="{DELETED}">{html.escape(removed)}</span></p>'
    )
    if unchanged:
        same = QCoreApplication.translate("ReportDiff", "Sin cambios: %1.").replace(
            "%1", ", ".join(unchanged)
        )
        parts.append(f'<p style="color:{style.MUTED}">{html.escape(same)}</p>')
    return legend + "".join(parts)
