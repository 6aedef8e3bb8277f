"""A city's pages as IOM and CIPPEC see them from the workspace: the city's content read-only,
each deliverable's review actions at the top of its step (``review_card``), the certification on
Fase 5 (``certify_card``), and the comments panels in the reviewer's mode (a new comment, quoting
the passage selected in the report).

Read-only is applied to every page after each refresh (a page re-enables what its own locks
allow) and when a tab of the page changes (tabs are built when first shown): text fields read
only, choices disabled, tables not editable, and the buttons that write the city's records
hidden. The store would refuse those writes anyway (``domain.permissions``); this only shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from migradesk.domain.process.steps import DELIVERABLES

from migradesk.ui.pages.base import Page
from migradesk.ui.widgets.forms import mark_locked
from migradesk.ui.widgets.report_comments import CommentsPanel

if TYPE_CHECKING:
    from migradesk.ui.workspace.controller import WorkspaceController

# Per page: the buttons that write the city's records (attribute paths), hidden for IOM.
WRITES: dict[str, tuple[str, ...]] = {
    "inscripcion": ("send_button",),
    "punto_focal": ("open_button", "save_button", "cancel_button"),
    "fase1": ("add_button", "remove_button"),
    "fase2": ("send_button",),
    "fase3": (
        "send_button",
        "final_button",
        "prefill_button",
        "workshop.add_button",
        "workshop.remove_button",
    ),
    "fase4": (
        "send_button",
        "add_area_button",
        "remove_area_button",
        "plan.add_objective_button",
        "plan.add_action_button",
        "plan.up_button",
        "plan.down_button",
        "plan.remove_button",
    ),
    "fase6": ("add_button",),
}
# Per page: editors that choose what to show, not what the city says (left as they are).
BROWSES: dict[str, tuple[str, ...]] = {
    "fase2": ("filter",),
    "fase3": ("versions.older", "versions.newer"),
}


def attribute(root: object, path: str) -> object | None:
    """``root.a.b`` for the path "a.b"; None when a part is missing (built later)."""
    found: object | None = root
    for name in path.split("."):
        found = getattr(found, name, None)
        if found is None:
            return None
    return found


def make_read_only(page: Page) -> None:
    """The city's content on ``page`` read-only (see the module's docstring)."""
    keep: list[QWidget] = [w for w in page.findChildren(CommentsPanel)]
    for path in BROWSES.get(page.PAGE_ID, ()):
        found = attribute(page, path)
        if isinstance(found, QWidget):
            keep.append(found)
    from migradesk.ui.workspace.certify_card import CertifyCard
    from migradesk.ui.workspace.review_card import ReviewCard

    keep += page.findChildren(ReviewCard) + page.findChildren(CertifyCard)

    def kept(widget: QWidget) -> bool:
        return any(k is widget or k.isAncestorOf(widget) for k in keep)

    for widget in page.findChildren(QWidget):
        if kept(widget):
            continue
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                widget.setReadOnly(True)
                mark_locked(widget, True)
        elif isinstance(widget, QComboBox | QCheckBox | QRadioButton):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for path in WRITES.get(page.PAGE_ID, ()):
        found = attribute(page, path)
        if isinstance(found, QAbstractButton):
            found.setVisible(False)
    for _suggestion, button in getattr(page, "suggestion_buttons", ()):
        button.setVisible(False)
    editor = getattr(page, "editor", None)
    if editor is not None and hasattr(editor, "set_read_only"):
        editor.set_read_only(True)


def adapt(page: Page, controller: WorkspaceController) -> None:
    """IOM's (or CIPPEC's) view of a city's page, made once when the page is built."""
    session = controller.session
    deliverable = DELIVERABLES.get(page.PAGE_ID)
    if deliverable is not None:
        from migradesk.ui.workspace.review_card import ReviewCard

        page.content.insertWidget(1, ReviewCard(page, deliverable, controller))
    if page.PAGE_ID == "fase5" and session.role == "reviewer":
        from migradesk.ui.workspace.certify_card import CertifyCard

        page.content.insertWidget(1, CertifyCard(page, controller))

    watched: list[QTabBar] = []

    def again() -> None:
        for panel in page.findChildren(CommentsPanel):
            panel.author_source = controller.author_name
            if page.PAGE_ID == "fase3" and panel.passage_source is None:
                panel.passage_source = lambda: _selected_passage(page)
        for tabs in page.findChildren(QTabBar):  # a tab is built when first shown (a
            # QTabWidget's own bar too)
            if tabs not in watched:
                watched.append(tabs)
                tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, page, again))
        make_read_only(page)

    page.refreshed.connect(again)
    if page.built:
        again()


def _selected_passage(page: Page) -> str:
    editor = getattr(page, "editor", None)
    edit = getattr(editor, "edit", None)
    if not isinstance(edit, QTextEdit):
        return ""
    return edit.textCursor().selectedText()
