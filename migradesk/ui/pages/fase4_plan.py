"""Fase 4: the action plan editor (toolbar + tree with inline editors) and its Gantt tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDataWidgetMapper,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import Action, ActionStatus, Objective
from migradesk.domain.plan_figures import PlanRow, plan_rows

from migradesk.ui.formats import fmt_date
from migradesk.ui.pages.fase4_model import (
    DATE_COLUMNS,
    INDICATOR,
    RESOURCES,
    SYNC,
    TARGET,
    TITLE,
    PlanModel,
)
from migradesk.ui.session import Session
from migradesk.ui.style import em
from migradesk.ui.widgets.flow import Responsive
from migradesk.ui.widgets.forms import Card, add_row, label, set_editable
from migradesk.ui.widgets.gantt import BarState, GanttRow
from migradesk.ui.widgets.plan_delegates import PlanDelegate
from migradesk.ui.widgets.plan_labels import status_label
from migradesk.ui.widgets.report_comments import CommentsPanel
from migradesk.ui.widgets.table_fit import fit_columns

DETAIL_COLUMNS = (RESOURCES, INDICATOR, TARGET)


class PlanTree(QTreeView):
    """Supr clears a date or a text cell; F2, Enter or double click edit it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        if (
            event.key() == Qt.Key.Key_Delete
            and index.isValid()
            and index.column() != TITLE
            and self.state() != QAbstractItemView.State.EditingState
            and model.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            model.setData(index, None if index.column() in DATE_COLUMNS else "")
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        trigger = QAbstractItemView.EditTrigger.EditKeyPressed
        if enter and index.isValid() and not editing and self.edit(index, trigger, event):
            return
        super().keyPressEvent(event)


class PlanEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PlanModel(session, self)
        self.tree = PlanTree()
        self.tree.setModel(self.model)
        self.delegate = PlanDelegate(DATE_COLUMNS, self.model.completions, session.today, self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setAlternatingRowColors(False)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.setAccessibleName(self.tr("Plan de acción"))
        # Every column on screen, text wrapped, never cut (table_fit); then the sync mark
        # beside the title, always in view.
        fit_columns(self.tree, TITLE, nowrap=(*DATE_COLUMNS, SYNC))
        self.tree.header().moveSection(SYNC, TITLE + 1)
        for column in DETAIL_COLUMNS:  # edited below the tree: the columns on screen fit
            self.tree.setColumnHidden(column, True)
        self.tree.setMinimumHeight(em(self, 40))
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self.tree.selectionModel().currentChanged.connect(self._show_details)
        self._details_card()
        self.model.problem.connect(self._show_problem)

        self.add_objective_button = QPushButton(self.tr("Agregar objetivo"))
        self.add_action_button = QPushButton(self.tr("Agregar acción"))
        self.up_button = QPushButton(self.tr("Subir"))
        self.down_button = QPushButton(self.tr("Bajar"))
        self.remove_button = QPushButton(self.tr("Quitar"))
        self.add_objective_button.clicked.connect(self.add_objective)
        self.add_action_button.clicked.connect(self.add_action)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self.remove)
        self.up_button.setToolTip(self.tr("Mover arriba (Alt+↑)"))
        self.down_button.setToolTip(self.tr("Mover abajo (Alt+↓)"))
        self.up_button.setShortcut("Alt+Up")
        self.down_button.setShortcut("Alt+Down")
        tools = QHBoxLayout()
        for button in (self.add_objective_button, self.add_action_button):
            tools.addWidget(button)
        tools.addSpacing(12)
        for button in (self.up_button, self.down_button, self.remove_button):
            tools.addWidget(button)
        tools.addStretch(1)

        self.hint = label(
            self.tr(
                "Seleccione un área para agregarle un objetivo, o un objetivo para agregarle "
                "acciones. Doble clic, Intro o F2 editan la celda; Supr la vacía."
            ),
            "hint",
        )
        self.error = label("", "error")
        self.error.setVisible(False)
        self.empty = label(
            self.tr(
                "Todavía no hay áreas prioritarias. Márquelas en la pestaña «Áreas y "
                "priorización» para escribir sus objetivos y acciones."
            ),
            "muted",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        # Below the tree, about the action selected: its details, and IOM's and CIPPEC's
        # comments on it with the city's answers (side by side when there is room).
        self.comments = CommentsPanel(self.session, Action.KIND)
        self.comments.setMinimumWidth(em(self, 12))
        below = QHBoxLayout()
        below.addWidget(self.details, 3)
        below.addWidget(self.comments, 2)
        self._responsive = Responsive(below, self.comments, em(self, 50), em(self, 24))
        layout.addLayout(below)
        self._keep: tuple[str, int] | None = None
        self._focus_new: str | None = None

    def _details_card(self) -> None:
        """The selected action's resources, indicator and target (the model's columns, edited
        through it: undo and saving as in the tree's cells)."""
        self.details = Card(self.tr("Recursos, indicador y meta de la acción"))
        self.mapper = QDataWidgetMapper(self)
        self.mapper.setModel(self.model)
        self.mapper.setSubmitPolicy(QDataWidgetMapper.SubmitPolicy.AutoSubmit)
        self.detail_fields: dict[int, QLineEdit] = {}
        captions = {
            RESOURCES: self.tr("Recursos"),
            INDICATOR: self.tr("Indicador"),
            TARGET: self.tr("Meta"),
        }
        for column in DETAIL_COLUMNS:
            field = QLineEdit()
            add_row(self.details.form, captions[column], field)
            self.mapper.addMapping(field, column)
            self.detail_fields[column] = field
        self.details_hint = label(
            self.tr("Seleccione una acción para ver y escribir sus recursos, indicador y meta."),
            "muted",
        )
        self.details.body.addWidget(self.details_hint)

    def _show_details(self, *_args: object) -> None:
        index = self.tree.currentIndex()
        action = isinstance(self.model.record(index), Action)
        if action:
            self.mapper.setRootIndex(index.parent())
            self.mapper.setCurrentIndex(index.row())
        else:
            self.mapper.setCurrentModelIndex(QModelIndex())
            for field in self.detail_fields.values():
                field.clear()
        set_editable(list(self.detail_fields.values()), action and self.model.editable)
        self.details_hint.setVisible(not action)
        self._show_comments()

    def _show_comments(self) -> None:
        record = self.model.record(self.tree.currentIndex())
        self.comments.show_anchor(record.id if isinstance(record, Action) else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._responsive.update(self.width())

    def set_file(self, file: CityFile, editable: bool) -> None:
        self.model.set_file(file, editable)
        for button in (
            self.add_objective_button, self.add_action_button, self.up_button,
            self.down_button, self.remove_button,
        ):  # fmt: skip
            button.setVisible(editable)
        self.hint.setVisible(editable)
        self.empty.setVisible(not self.model.roots)
        self._update_buttons()
        self._show_comments()  # a comment saved or pulled: the tree may stay as it was
        if self._focus_new is not None:
            index = self.model.index_of(self._focus_new)
            if index.isValid():
                self._focus_new = None
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                QTimer.singleShot(0, lambda: self.tree.edit(self.tree.currentIndex()))

    # Keeping the place across resets

    def _remember(self) -> None:
        record = self.model.record(self.tree.currentIndex())
        self._keep = (record.id, self.tree.currentIndex().column()) if record else None

    def _restore(self) -> None:
        self.tree.expandAll()
        for row, node in enumerate(self.model.roots):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            area_index = self.model.index(row, 0)
            for child in range(len(node.children)):
                self.tree.setFirstColumnSpanned(child, area_index, True)
        if self._keep is not None:
            index = self.model.index_of(*self._keep)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._keep = None
        self._show_details()

    # Toolbar

    def _update_buttons(self, *_args: object) -> None:
        record = self.model.record(self.tree.currentIndex())
        editable = self.model.editable
        self.add_objective_button.setEnabled(editable and record is not None)
        self.add_action_button.setEnabled(editable and isinstance(record, Objective | Action))
        movable = editable and isinstance(record, Objective | Action)
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)
        self.remove_button.setEnabled(movable)

    def add_objective(self) -> None:
        new_id = self.model.add_objective(self.tree.currentIndex(), self.tr("Nuevo objetivo"))
        self._after_add(new_id)

    def add_action(self) -> None:
        new_id = self.model.add_action(self.tree.currentIndex(), self.tr("Nueva acción"))
        self._after_add(new_id)

    def _after_add(self, new_id: str | None) -> None:
        if new_id is None:
            return
        index = self.model.index_of(new_id)
        if index.isValid():  # the worker already answered (tests, a fast disk)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
            self.tree.edit(index)
        else:
            self._focus_new = new_id

    def remove(self) -> None:
        self.model.remove(self.tree.currentIndex())

    def _move(self, delta: int) -> None:
        index = self.tree.currentIndex()
        record = self.model.record(index)
        if record is not None and self.model.move(index, delta):
            self._keep = (record.id, index.column())
            moved = self.model.index_of(record.id, index.column())
            if moved.isValid():
                self.tree.setCurrentIndex(moved)

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def gantt_rows(file: CityFile, today: date) -> list[GanttRow]:
    """The plan's dated actions (``plan_rows``), under a heading per objective."""
    rows: list[GanttRow] = []
    objective = None
    for row in plan_rows(file, today):
        if not (row.action.start or row.action.end):
            continue
        if row.objective.id != objective:
            objective = row.objective.id
            rows.append(GanttRow(row.objective.title, heading=True))
        rows.append(_bar(row))
    return rows


def _bar(row: PlanRow) -> GanttRow:
    action = row.action
    if row.status is ActionStatus.DONE:
        state = BarState.DONE
    elif row.status is ActionStatus.CANCELLED:
        state = BarState.CANCELLED
    elif row.overdue:
        state = BarState.OVERDUE
    else:
        state = BarState.PLANNED
    status = status_label(row.status)
    detail = "\n".join(
        t
        for t in (
            action.title,
            f"{fmt_date(action.start)} – {fmt_date(action.end)}",
            action.responsible_area,
            f"{status} · {row.percent} %" if row.latest else status,
            row.area.title,
        )
        if t
    )
    return GanttRow(action.title, action.start or action.end, action.end, state, detail=detail)
