"""Fase 2 · Autoevaluación: the 73 indicators in a tree on the left, ONE editor on the right."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process.reviews import LOCKED
from migradesk.domain.questionnaire import Indicator, load_questionnaire
from migradesk.domain.review import Comment, Deliverable, ReviewEvent

from migradesk.ui.formats import fmt_int, fmt_percent
from migradesk.ui.pages.base import Page, set_pill
from migradesk.ui.pages.fase2_tree import FILTERS, IndicatorTree, Progress, progress_of
from migradesk.ui.session import Session
from migradesk.ui.style import em
from migradesk.ui.widgets.assessment_editor import IndicatorEditor
from migradesk.ui.widgets.forms import (
    Banner,
    Card,
    ConfirmBar,
    data_label,
    set_editable,
    side_by_side,
)
from migradesk.ui.widgets.report_comments import CommentsPanel
from migradesk.ui.widgets.sending import Sender


class Fase2Page(Page):
    PAGE_ID = "fase2"
    KINDS = (IndicatorAnswer, ReviewEvent, Comment)
    MAX_WIDTH_EM = 112.0
    editor: IndicatorEditor  # built in parts(), used by callbacks connected before it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.questionnaire = load_questionnaire()
        self.version = self.questionnaire.version
        self.current_id = self.questionnaire.indicators()[0].id
        self.locked = False
        self.finish()

    def parts(self) -> Iterator[None]:
        self.banner = Banner()
        self.content.addWidget(self.banner)
        self.content.addWidget(self._progress_card())
        self.confirm = ConfirmBar()
        self.content.addWidget(self.confirm)
        self.sending = Sender(self, Deliverable.SELF_ASSESSMENT, self.banner, self.confirm)

        left = Card(self.tr("Indicadores"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Mostrar"))
        for key, text in FILTERS:
            self.filter.addItem(self.tr(text), key)  # declared in fase2_tree
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        left.body.addWidget(self.filter)
        self.tree = IndicatorTree(self.questionnaire)
        self.tree.indicator_selected.connect(self.select)
        self.tree.activated_indicator.connect(lambda _i: self.editor.focus_answer())
        left.body.addWidget(self.tree, 1)
        left.setMaximumWidth(em(left, 34) + 40)  # beside the editor; above it, full width
        yield

        self.comments = CommentsPanel(self.session, IndicatorAnswer.KIND)
        self.editor = IndicatorEditor(self.comments)
        self.editor.next.connect(lambda: self.step(+1))
        self.editor.previous.connect(lambda: self.step(-1))
        self.content.addWidget(side_by_side(left, self.editor, min_em=(30, 40)))

        self.binder = self.bind(
            IndicatorAnswer,
            lambda f: f.answers(self.version).get(self.current_id),
            self._new_answer,
            self.tr("autoevaluación"),
        )
        self.editor.bind(self.binder)
        for keys, delta in (("Ctrl+Down", +1), ("Ctrl+Up", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.step(d, focus=True))
        self._show_current()
        if self.session.file is not None:
            first = next(
                (i.id for i in self.questionnaire.indicators() if not self._answered(i.id)),
                self.current_id,
            )
            self.select(first)

    def description(self) -> str:
        return self.tr(
            "El diagnóstico propio de la ciudad: para cada indicador, si existe la medida y cómo. "
            "No es un puntaje; todo se guarda solo, en este equipo."
        )

    def _progress_card(self) -> Card:
        card = Card(self.tr("Avance"))
        row = QHBoxLayout()
        column = QVBoxLayout()
        self.progress_text = data_label("")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        column.addWidget(self.progress_text)
        column.addWidget(self.progress_bar)
        row.addLayout(column, 1)
        self.send_button = QPushButton(self.tr("Enviar a OIM para revisión…"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.sending.ask())
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignVCenter)
        card.body.addLayout(row)
        return card

    # Selection

    def _new_answer(self, file: CityFile) -> IndicatorAnswer:
        return IndicatorAnswer.blank(file.city.id, self.version, self.current_id)

    def _answered(self, indicator_id: str) -> bool:
        file = self.session.file
        answer = None if file is None else file.answers(self.version).get(indicator_id)
        return answer is not None and bool(answer.answer)

    def current(self) -> Indicator:
        return self.questionnaire.indicator(self.current_id)

    def select(self, indicator_id: str) -> None:
        """Show ``indicator_id`` in the editor (saving the previous one's pending edits)."""
        if indicator_id == self.current_id and self.tree.current_id() == indicator_id:
            return
        self.binder.flush()
        self.current_id = indicator_id
        self.tree.set_current(indicator_id)
        self._show_current()
        self.binder.load()
        if self.session.file is not None:
            set_pill(self.editor.badge, self.session.badge(self._answer_id(indicator_id)))

    def step(self, delta: int, focus: bool = False) -> None:
        """Next / previous indicator among those the filter shows."""
        shown = self.tree.visible_ids()
        if not shown:
            return
        if self.current_id in shown:
            index = shown.index(self.current_id) + delta
        else:
            index = 0 if delta > 0 else len(shown) - 1
        self.select(shown[max(0, min(index, len(shown) - 1))])
        if focus:
            self.editor.focus_answer()

    def _show_current(self) -> None:
        indicator = self.current()
        total = len(self.questionnaire.dimension(indicator.dimension).indicators)
        self.editor.show_indicator(indicator, total)
        file = self.session.file
        if file is not None:
            self.comments.show_anchor(
                IndicatorAnswer.id_for(file.city.id, self.version, self.current_id)
            )
        shown = self.tree.visible_ids()
        position = shown.index(self.current_id) if self.current_id in shown else -1
        self.editor.previous_button.setEnabled(position > 0)
        self.editor.next_button.setEnabled(0 <= position < len(shown) - 1)

    # Refresh

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        progress = progress_of(self.questionnaire, file)
        self.tree.update_status(progress)
        self._apply_filter(progress)
        self._show_progress(progress)
        self.locked = self.sending.show_stage(file) in LOCKED
        set_editable(self.editor.editors, not self.locked)
        self.send_button.setEnabled(not self.locked)
        if self.locked:
            self.confirm.setVisible(False)
        self._show_current()

    def _answer_id(self, indicator_id: str) -> str:
        file = self.session.file
        assert file is not None
        return IndicatorAnswer.id_for(file.city.id, self.version, indicator_id)

    def update_badges(self) -> None:
        """The selected answer's pill; every indicator's state in the tree."""
        super().update_badges()
        if self.session.file is None:
            return
        badges = self.session.badges
        found = {}
        for indicator in self.questionnaire.indicators():
            badge = badges.get(self._answer_id(indicator.id))
            if badge is not None:
                found[indicator.id] = badge
        self.tree.show_badges(found)
        set_pill(self.editor.badge, found.get(self.current_id))

    def _apply_filter(self, progress: Progress | None = None) -> None:
        file = self.session.file
        if file is None:
            return
        progress = progress or progress_of(self.questionnaire, file)
        for index, (key, text) in enumerate(FILTERS):
            count = progress.count(key)
            self.filter.setItemText(index, f"{self.tr(text)} ({fmt_int(count)})")
        self.tree.apply_filter(self.filter.currentData(), progress, keep=self.current_id)

    def _show_progress(self, progress: Progress) -> None:
        text = self.tr("%1 de %2 indicadores respondidos · %3 con medidas en marcha")
        text = text.replace("%1", fmt_int(progress.answered)).replace("%2", fmt_int(progress.total))
        self.progress_text.setText(text.replace("%3", fmt_percent(progress.share)))
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.answered)
