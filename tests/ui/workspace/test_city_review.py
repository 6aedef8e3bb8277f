"""A city opened by IOM or CIPPEC: the city's content read-only, each deliverable's review
actions as records saved to be sent (to the actor they belong to, when the process allows
them), comments anchored to an indicator or to a passage of the report, as each one's own."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from migradesk.domain.base import Role
from migradesk.domain.plan import Action, Objective
from migradesk.domain.process import Act, Stage, review
from migradesk.domain.review import Comment, Deliverable, ReviewEvent, ReviewState

from migradesk.ui.main_window import MainWindow
from migradesk.ui.pages import PAGE_IDS
from migradesk.ui.pages.fase2 import Fase2Page
from migradesk.ui.pages.fase3 import Fase3Page
from migradesk.ui.pages.fase4 import TAB_PLAN, Fase4Page
from migradesk.ui.widgets.report_comments import CommentsPanel
from migradesk.ui.workspace.certify_card import CertifyCard
from migradesk.ui.workspace.city_review import WRITES, attribute
from migradesk.ui.workspace.review_card import ReviewCard

from ..conftest import OpenWindow
from ..typing_helper import type_text
from .conftest import WorkspaceDir


def _open(window: MainWindow, name: str, page_id: str) -> object:
    controller = window.workspace
    assert controller is not None and controller.snapshot is not None
    city = next(r.city_id for r in controller.snapshot.rows if r.name == name)
    controller.open_city(city, page_id)
    assert window.current_page_id == page_id
    return window.stack.currentWidget()


def _card(page: object) -> ReviewCard:
    [card] = page.findChildren(ReviewCard)  # type: ignore[attr-defined]
    return card


def test_iom_reviews_a_self_assessment_and_comments_an_indicator(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("reviewer"))
    page = _open(window, "Villa María", "fase2")
    assert isinstance(page, Fase2Page)
    assert not page.send_button.isVisible()  # the city's own button
    assert page.editor.isVisible()
    editable = [
        w
        for w in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
        if w.isVisible() and not w.isReadOnly()
    ]
    assert set(editable) == {page.comments.reply, _card(page).note}  # IOM's own: to comment
    card = _card(page)
    assert card.title.text() == "Revisión de OIM"
    assert set(card.buttons) == {Act.RECEIVE, Act.COMMENT, Act.APPROVE}  # no CIPPEC's part
    assert card.buttons[Act.APPROVE].isEnabled()

    type_text(page.comments.reply, "¿Cuántos trámites terminaron con la residencia?")
    page.comments.reply_button.click()
    file = window.session.file
    assert file is not None
    [comment] = [c for c in file.all(Comment) if c.body.startswith("¿Cuántos")]
    assert comment.author_role is Role.REVIEWER and comment.author == "demo.reviewer (OIM)"
    assert comment.anchor_id == page.comments.anchor_id and comment.reply_to is None

    type_text(card.note, "Formulario completo.")
    card.buttons[Act.APPROVE].click()
    card.confirm.confirm_button.click()  # type: ignore[union-attr]
    file = window.session.file
    assert file is not None and review(file, Deliverable.SELF_ASSESSMENT).stage is Stage.DONE
    latest = review(file, Deliverable.SELF_ASSESSMENT).latest
    assert latest is not None and (latest.note, latest.by) == (
        "Formulario completo.",
        "demo.reviewer (OIM)",
    )
    assert window.session.pending == 2  # the comment and the review: sent at the next sync
    snapshot = window.workspace.snapshot  # type: ignore[union-attr]
    assert snapshot is not None and snapshot.row(file.city.id).pending == 2  # type: ignore[union-attr]
    assert "Villa María" not in [w.city_name for w in snapshot.queue]
    assert not card.buttons[Act.APPROVE].isEnabled()  # nothing waits any more
    assert card.why.text() == "No hay nada enviado esperando la respuesta de OIM."


def test_cippec_comments_a_passage_of_the_report_and_cannot_approve(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("partner"))
    page = _open(window, "San Carlos de Bariloche", "fase3")
    assert isinstance(page, Fase3Page)
    assert page.editor.edit.isReadOnly() and not page.send_button.isVisible()
    card = _card(page)
    assert card.title.text() == "Revisión de CIPPEC"
    assert set(card.buttons) == {Act.COMMENT, Act.VALIDATE}  # receiving, approving: IOM's
    assert card.buttons[Act.COMMENT].isEnabled() and not card.buttons[Act.VALIDATE].isEnabled()
    page.select_section("5")
    cursor = page.editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    page.editor.edit.setTextCursor(cursor)
    selected = cursor.selectedText()
    assert selected
    type_text(page.comments.reply, "Sumar un apartado sobre mujeres migrantes.")
    page.comments.reply_button.click()
    file = window.session.file
    assert file is not None
    [comment] = [c for c in file.all(Comment) if c.author_role is Role.PARTNER]
    assert (comment.author_role, comment.passage) == (Role.PARTNER, selected)
    assert comment.author == "demo.partner (CIPPEC)"
    boxes = page.comments.findChildren(QAbstractButton)
    assert page.comments.comments == [comment] and boxes  # shown with CIPPEC's colour
    card.buttons[Act.COMMENT].click()
    card.confirm.confirm_button.click()  # type: ignore[union-attr]
    file = window.session.file
    assert file is not None
    assert review(file, Deliverable.REPORT).stage is Stage.COMMENTED
    [event] = [e for e in file.all(ReviewEvent) if e.state is ReviewState.HAS_ISSUES]
    assert event.by == "demo.partner (CIPPEC)"


def test_every_city_page_is_read_only_for_iom_and_its_writing_buttons_hidden(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("reviewer"))
    for page_id in PAGE_IDS:
        page = _open(window, "La Matanza", page_id)
        for tabs in page.findChildren(QTabBar):  # every tab, built when first shown
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                QApplication.processEvents()  # the read-only pass after the tab is built
        for path in WRITES.get(page_id, ()):
            button = attribute(page, path)
            assert isinstance(button, QAbstractButton), (page_id, path)
            assert not button.isVisible(), (page_id, path)
        assert isinstance(page, QWidget)
        ours = [*page.findChildren(CommentsPanel), *page.findChildren(ReviewCard)]
        ours += page.findChildren(CertifyCard)
        editors = [*page.findChildren(QLineEdit), *page.findChildren(QTextEdit)]
        for editor in editors:
            if any(o.isAncestorOf(editor) for o in ours) or isinstance(editor.parent(), QComboBox):
                continue  # IOM's own (to comment, to review), or a choice that browses
            assert editor.isReadOnly(), (page_id, editor.objectName())


def test_iom_comments_an_action_of_the_plan_selected_in_its_tree(
    open_window: OpenWindow, workspace_dir: WorkspaceDir
) -> None:
    window = open_window(workspace_dir("reviewer"))
    page = _open(window, "Posadas", "fase4")
    assert isinstance(page, Fase4Page)
    page.show_tab(TAB_PLAN)
    QApplication.processEvents()
    plan = page.plan
    assert plan is not None
    file = window.session.file
    assert file is not None
    action = file.all(Action)[0]
    plan.tree.setCurrentIndex(plan.model.index_of(action.id))
    assert plan.comments.anchor_id == action.id and plan.comments.reply.isVisible()
    type_text(plan.comments.reply, "Sumar un indicador de avance.")
    plan.comments.reply_button.click()
    file = window.session.file
    assert file is not None
    [comment] = [c for c in file.all(Comment) if c.anchor_kind == Action.KIND]
    assert (comment.anchor_id, comment.author_role) == (action.id, Role.REVIEWER)
    assert comment.author == "demo.reviewer (OIM)"
    assert plan.comments.comments == [comment]
    objective = file.all(Objective)[0]
    plan.tree.setCurrentIndex(plan.model.index_of(objective.id))
    assert plan.comments.anchor_id == "" and not plan.comments.reply.isVisible()
