"""Fase 2: the progress figures and the tree of dimensions and indicators (with the filters)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.cityfile import CityFile
from migradesk.domain.questionnaire import Questionnaire, QuestionnaireError
from migradesk.domain.review import Comment
from migradesk.storage.status_values import Badge

from migradesk.ui import style
from migradesk.ui.domain_labels import dimension_short
from migradesk.ui.formats import fmt_percent
from migradesk.ui.i18n import QT_TRANSLATE_NOOP
from migradesk.ui.style import em
from migradesk.ui.sync.labels import badge_text
from migradesk.ui.widgets.wrap import wrap_items

ALL, UNANSWERED, COMMENTED = "all", "unanswered", "comments"
FILTERS = (
    (ALL, QT_TRANSLATE_NOOP("Fase2Page", "Todos los indicadores")),
    (UNANSWERED, QT_TRANSLATE_NOOP("Fase2Page", "Sin responder")),
    (COMMENTED, QT_TRANSLATE_NOOP("Fase2Page", "Con comentarios de OIM")),
)
ID_ROLE = Qt.ItemDataRole.UserRole
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclasses.dataclass
class Progress:
    total: int = 0
    answered: int = 0
    share: float = 0.0  # of the answered, not excluded: with a measure
    dimensions: dict[str, tuple[int, int, float]] = dataclasses.field(default_factory=dict)
    answered_ids: set[str] = dataclasses.field(default_factory=set)
    commented_ids: set[str] = dataclasses.field(default_factory=set)

    def count(self, key: str) -> int:
        if key == UNANSWERED:
            return self.total - self.answered
        if key == COMMENTED:
            return len(self.commented_ids)
        return self.total

    def shows(self, key: str, indicator_id: str) -> bool:
        if key == UNANSWERED:
            return indicator_id not in self.answered_ids
        if key == COMMENTED:
            return indicator_id in self.commented_ids
        return True


def progress_of(questionnaire: Questionnaire, file: CityFile) -> Progress:
    """Answered / total and the share with measures, overall and per dimension."""
    answers = file.answers(questionnaire.version)
    by_answer_id = {
        IndicatorAnswer.id_for(file.city.id, questionnaire.version, i.id): i.id
        for i in questionnaire.indicators()
    }
    progress = Progress()
    progress.commented_ids = _commented(file, by_answer_id)
    counted_all = measures_all = 0
    for dimension in questionnaire.dimensions:
        answered = counted = measures = 0
        for indicator in dimension.indicators:
            answer = answers.get(indicator.id)
            code = answer.answer if answer is not None else None
            if not code:
                counted += 1
                continue
            answered += 1
            progress.answered_ids.add(indicator.id)
            try:
                option = indicator.scale.option(code)
            except QuestionnaireError:
                counted += 1
                continue
            if option.excluded:
                continue
            counted += 1
            measures += option.counts_as_measure
        total = len(dimension.indicators)
        share = measures / counted if counted else 0.0
        progress.dimensions[dimension.code] = (answered, total, share)
        progress.total += total
        progress.answered += answered
        counted_all += counted
        measures_all += measures
    progress.share = measures_all / counted_all if counted_all else 0.0
    return progress


def _commented(file: CityFile, by_answer_id: dict[str, str]) -> set[str]:
    return {
        by_answer_id[c.anchor_id]
        for c in file.all(Comment)
        if c.anchor_kind == IndicatorAnswer.KIND and c.anchor_id in by_answer_id
    }


class IndicatorTree(QTreeWidget):
    """Dimensions (with answered/total and share with measures) and their indicators."""

    indicator_selected = Signal(str)
    activated_indicator = Signal(str)

    def __init__(self, questionnaire: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setIndentation(em(self, 1.2))
        wrap_items(self, (0,))  # each question whole, on as many lines as it needs
        self.setAccessibleName(self.tr("Indicadores de la autoevaluación"))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(em(self, 16))  # its card caps its width beside the editor
        self.items: dict[str, QTreeWidgetItem] = {}
        self.dimension_items: dict[str, QTreeWidgetItem] = {}
        for dimension in questionnaire.dimensions:
            top = QTreeWidgetItem([f"{dimension.code} · {dimension_short(dimension.code)}", ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(top)
            self.dimension_items[dimension.code] = top
            for indicator in dimension.indicators:
                item = QTreeWidgetItem([f"{indicator.id.upper()}  {indicator.question}", ""])
                item.setData(0, ID_ROLE, indicator.id)
                item.setToolTip(0, indicator.question)
                item.setData(0, QUESTION_ROLE, indicator.question)
                top.addChild(item)
                self.items[indicator.id] = item
        self.expandAll()
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)

    def _current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        indicator_id = item.data(0, ID_ROLE) if item is not None else None
        if indicator_id:
            self.indicator_selected.emit(indicator_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        indicator_id = item.data(0, ID_ROLE)
        if indicator_id:
            self.activated_indicator.emit(indicator_id)

    def current_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def set_current(self, indicator_id: str) -> None:
        item = self.items.get(indicator_id)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)

    def visible_ids(self) -> list[str]:
        return [
            indicator_id
            for indicator_id, item in self.items.items()
            if not item.isHidden() and not ((parent := item.parent()) and parent.isHidden())
        ]

    def update_status(self, progress: Progress) -> None:
        ok, warn = QBrush(QColor(style.OK)), QBrush(QColor(style.WARN))
        for code, top in self.dimension_items.items():
            answered, total, share = progress.dimensions.get(code, (0, 0, 0.0))
            top.setText(1, f"{answered}/{total} · {fmt_percent(share)}")
            top.setToolTip(
                1,
                self.tr("%1 de %2 respondidos · %3 con medidas")
                .replace("%1", str(answered))
                .replace("%2", str(total))
                .replace("%3", fmt_percent(share)),
            )
        for indicator_id, item in self.items.items():
            answered = indicator_id in progress.answered_ids
            commented = indicator_id in progress.commented_ids
            marks = ("● " if commented else "") + ("✓" if answered else "")
            item.setText(1, marks)
            item.setForeground(1, warn if commented else ok)
            tips = []
            if answered:
                tips.append(self.tr("Respondido"))
            if commented:
                tips.append(self.tr("Con comentarios de OIM"))
            item.setToolTip(1, " · ".join(tips) or self.tr("Sin responder"))

    def show_badges(self, badges: dict[str, Badge]) -> None:
        """Each indicator's sync state in its tooltip; conflicts and rejections marked with
        the warning icon."""
        warn = QBrush(QColor(style.WARN))
        for indicator_id, item in self.items.items():
            badge = badges.get(indicator_id)
            question = item.data(0, QUESTION_ROLE)
            item.setToolTip(0, f"{question}\n({badge_text(badge)})" if badge else question)
            alarm = badge in (Badge.CONFLICT, Badge.REJECTED)
            item.setIcon(1, style.icon("warning") if alarm else QIcon())
            if alarm:
                item.setForeground(1, warn)

    def apply_filter(self, key: str, progress: Progress, keep: str = "") -> None:
        """Show the indicators the filter selects (and ``keep``, the one being edited)."""
        for top in self.dimension_items.values():
            shown = 0
            for index in range(top.childCount()):
                item = top.child(index)
                if item is None:
                    continue
                indicator_id = item.data(0, ID_ROLE)
                visible = indicator_id == keep or progress.shows(key, indicator_id)
                item.setHidden(not visible)
                shown += visible
            top.setHidden(shown == 0)
