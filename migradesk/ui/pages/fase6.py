"""Fase 6 · Implementación y monitoreo: each action's status and % done, dated updates with
notes, overdue actions highlighted, and the plan's progress over time."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.plan import (
    Action,
    ActionStatus,
    MonitoringUpdate,
    Objective,
    PriorityArea,
)
from migradesk.domain.plan_figures import PlanRow, plan_rows, progress_over_time, summary
from migradesk.domain.process.reviews import Stage, review
from migradesk.domain.review import Comment, Deliverable, ReviewEvent

from migradesk.ui.formats import fmt_date, fmt_int
from migradesk.ui.pages.base import Page
from migradesk.ui.pages.fase6_model import (
    END,
    PERCENT,
    PERCENT_ROLE,
    REPORTED,
    TITLE,
    Filter,
    FilterProxy,
    MonitoringModel,
    matches,
)
from migradesk.ui.session import Session
from migradesk.ui.undo import SaveRecordsCommand
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import (
    Banner,
    Card,
    SpinBox,
    choice_combo,
    clear_layout,
    data_label,
    label,
)
from migradesk.ui.widgets.monitoring_chart import ProgressChart
from migradesk.ui.widgets.monitoring_delegate import PercentDelegate, SelectedRowDelegate
from migradesk.ui.widgets.plan_labels import status_label
from migradesk.ui.widgets.report_comments import CommentsPanel
from migradesk.ui.widgets.table_fit import fit_columns


class Fase6Page(Page):
    PAGE_ID = "fase6"
    KINDS = (PriorityArea, Objective, Action, MonitoringUpdate, ReviewEvent, Comment)
    MAX_WIDTH_EM = 100.0

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.rows: list[PlanRow] = []
        self.finish()

    def parts(self) -> Iterator[None]:
        self.banner = Banner()
        self.content.addWidget(self.banner)
        self._summary_card()
        yield
        self._actions_card()
        yield
        self._detail_card()

    def description(self) -> str:
        return self.tr(
            "El seguimiento del plan de acción: registre cada avance con su fecha, estado y "
            "porcentaje. Las acciones vencidas sin completar se marcan en naranja."
        )

    # Building

    def _summary_card(self) -> None:
        card = Card(self.tr("Avance del plan"))
        row = QHBoxLayout()
        row.setSpacing(24)
        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(12)
        self.figures.setVerticalSpacing(4)
        figures_box = QVBoxLayout()
        figures_box.addLayout(self.figures)
        figures_box.addStretch(1)
        row.addLayout(figures_box, 2)
        chart_box = QVBoxLayout()
        chart_box.setSpacing(2)
        chart_box.addWidget(
            label(self.tr("Avance promedio de las acciones, según cada actualización"), "hint")
        )
        self.chart = ProgressChart()
        chart_box.addWidget(self.chart)
        row.addLayout(chart_box, 3)
        card.body.addLayout(row)
        self.content.addWidget(card)

    def _actions_card(self) -> None:
        card = Card(self.tr("Acciones"))
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[Filter, QPushButton] = {}
        for wanted in Filter:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName("filter")
            self.filter_group.addButton(button)
            self.filter_buttons[wanted] = button
            button.clicked.connect(lambda _c=False, w=wanted: self.set_filter(w))
            filters.addWidget(button)
        self.filter_buttons[Filter.ALL].setChecked(True)
        filters.addStretch(1)
        card.body.addLayout(filters)

        self.model = MonitoringModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # A selected overdue row stays orange: that row only paints through Python (a delegate
        # on every cell would cost a page switch ~15 ms of Python paint calls).
        self._tinted_row = -1
        percent = PercentDelegate(PERCENT_ROLE, self.table)
        self.table.setItemDelegateForColumn(PERCENT, percent)
        self.tinted = SelectedRowDelegate({PERCENT: percent}, self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Acciones del plan"))
        # Measured on new data only, not on each page switch; names and areas wrap.
        self.fitter = fit_columns(self.table, TITLE, nowrap=(END, PERCENT, REPORTED))
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.selectionModel().currentRowChanged.connect(self._tint_current_row)
        card.body.addWidget(self.table)
        self.empty = label(
            self.tr("El plan de acción todavía no tiene acciones. Se escriben en la Fase 4."),
            "muted",
        )
        card.body.addWidget(self.empty)
        self.content.addWidget(card)

    def _detail_card(self) -> None:
        self.detail_card = Card(self.tr("Seguimiento de la acción"))
        self.detail_title = data_label()
        self.detail_title.setFont(self.detail_title.font())
        font = self.detail_title.font()
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail_meta = data_label("", "muted")
        self.sparkline = ProgressChart(compact=True)
        self.sparkline.setMaximumWidth(self._em(18))
        top = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.detail_title)
        texts.addWidget(self.detail_meta)
        top.addLayout(texts, 1)
        top.addWidget(self.sparkline, 0, Qt.AlignmentFlag.AlignTop)

        self.history = QGridLayout()
        self.history.setHorizontalSpacing(14)
        self.history.setVerticalSpacing(4)
        self.history.setColumnStretch(3, 1)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(label(self.tr("Actualizaciones"), "cardTitle"))
        column.addLayout(self.history)
        column.addStretch(1)
        # IOM's comments on the selected action, beside it (as in Fases 2 and 3)
        self.comments = CommentsPanel(self.session, Action.KIND)
        self.comments.setMinimumWidth(self._em(14))
        self.comments.setMaximumWidth(self._em(22))
        beside = QHBoxLayout()
        beside.setSpacing(18)
        beside.addLayout(column, 3)
        beside.addWidget(self.comments, 2)
        self.detail_card.body.addLayout(beside)

        self.detail_card.body.addSpacing(6)
        self.detail_card.body.addWidget(label(self.tr("Nueva actualización"), "cardTitle"))
        form = QHBoxLayout()
        form.setSpacing(8)
        self.update_date = DateEdit()
        self.update_date.setAccessibleName(self.tr("Fecha"))
        self.update_date.setMinimumWidth(self._em(10))
        self.update_date.setMaximumWidth(self._em(12))
        self.update_status = choice_combo([(status_label(s), s) for s in ActionStatus])
        self.update_status.setAccessibleName(self.tr("Estado"))
        self.update_status.activated.connect(self._status_picked)
        self.update_percent = SpinBox(0, 100)
        self.update_percent.setSingleStep(5)
        self.update_percent.setSuffix(" %")
        self.update_percent.setAccessibleName(self.tr("Porcentaje hecho"))
        self.update_note = QLineEdit()
        self.update_note.setPlaceholderText(self.tr("Qué se hizo, qué falta, qué la demora"))
        self.update_note.setAccessibleName(self.tr("Nota"))
        self.update_note.returnPressed.connect(self.add_update)
        self.add_button = QPushButton(self.tr("Agregar actualización"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_update)
        for widget in (self.update_date, self.update_status, self.update_percent):
            form.addWidget(widget)
        form.addWidget(self.update_note, 1)
        form.addWidget(self.add_button)
        self.detail_card.body.addLayout(form)
        self.update_error = label("", "error")
        self.update_error.setVisible(False)
        self.detail_card.body.addWidget(self.update_error)
        self.content.addWidget(self.detail_card)

    def _em(self, count: float) -> int:
        return round(self.fontMetrics().horizontalAdvance("M") * count)

    # Refresh

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        today = self.session.today()
        current = self.current_row()
        self.rows = plan_rows(file, today)
        self.model.set_rows(self.rows)
        self.fitter.measure()
        self._show_banner()
        self._show_figures()
        self.chart.set_points(progress_over_time(self.rows, today))
        for wanted, button in self.filter_buttons.items():
            count = sum(matches(r, wanted) for r in self.rows)
            text = {
                Filter.ALL: self.tr("Todas (%1)"),
                Filter.OVERDUE: self.tr("Vencidas (%1)"),
                Filter.IN_PROGRESS: self.tr("En curso (%1)"),
            }[wanted]
            button.setText(text.replace("%1", str(count)))
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        visible = min(max(self.proxy.rowCount(), 4), 14)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * visible
            + 4
        )
        self.select_action(current.action.id if current else None)

    def _show_banner(self) -> None:
        file = self.session.file
        assert file is not None
        if review(file, Deliverable.ACTION_PLAN).stage is Stage.DONE:
            self.banner.show_text("")
        else:
            self.banner.show_text(
                self.tr(
                    "El monitoreo empieza cuando OIM valida el plan de acción (Fase 4). Puede "
                    "registrar avances desde ya."
                )
            )

    def _show_figures(self) -> None:
        clear_layout(self.figures)
        figures = summary(self.rows)
        counts = [
            (self.tr("Acciones en el plan"), fmt_int(figures.actions)),
            (self.tr("Completadas"), fmt_int(figures.done)),
            (self.tr("En curso o demoradas"), fmt_int(figures.running)),
            (self.tr("Vencidas sin completar"), fmt_int(figures.overdue)),
            (self.tr("Sin actualizaciones"), fmt_int(figures.not_reported)),
            (self.tr("Avance promedio"), f"{fmt_int(figures.average_shown)} %"),
        ]
        for n, (text, value) in enumerate(counts):
            number = label(value, wrap=False)
            font = number.font()
            font.setBold(True)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            if n == 3 and figures.overdue:
                number.setObjectName("error")
            self.figures.addWidget(number, n, 0)
            caption = label(text)
            if n == len(counts) - 1:
                caption.setToolTip(
                    self.tr(
                        "Cuenta cada acción completada con el 100 % y cada acción sin "
                        "actualizaciones con el 0 %, y deja fuera las canceladas (criterio de "
                        "MigraDesk; la guía no lo fija)."
                    )
                )
            self.figures.addWidget(caption, n, 1)
        self.figures.setColumnStretch(1, 1)

    # Filtering and selection

    def set_filter(self, wanted: Filter) -> None:
        current = self.current_row()
        self.filter_buttons[wanted].setChecked(True)
        self.proxy.set_filter(wanted)
        self.select_action(current.action.id if current else None)

    def current_row(self) -> PlanRow | None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.rows[index.row()] if index.isValid() else None

    def select_action(self, action_id: str | None) -> None:
        row = self.model.row_of(action_id) if action_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
        self._show_detail()

    def _show_detail(self, *_args: object) -> None:
        row = self.current_row()
        self.detail_card.setVisible(row is not None)
        if row is None:
            return
        action = row.action
        self.detail_title.setText(action.title)
        meta = [
            action.responsible_area,
            f"{fmt_date(action.start)} – {fmt_date(action.end)}" if action.start else "",
            action.indicator,
            action.target,
        ]
        self.detail_meta.setText(" · ".join(m for m in meta if m))
        file = self.session.file
        assert file is not None
        self.comments.show_anchor(action.id)
        updates = file.updates_of(action.id)
        self.sparkline.set_points([(u.reported_on, u.percent_done) for u in updates])
        self.sparkline.setVisible(len(updates) > 1)
        clear_layout(self.history)
        if not updates:
            self.history.addWidget(label(self.tr("Todavía no hay actualizaciones."), "muted"), 0, 0)
        for n, update in enumerate(reversed(updates)):
            status = label(status_label(update.status), wrap=False)
            self.history.addWidget(data_label(fmt_date(update.reported_on)), n, 0)
            self.history.addWidget(status, n, 1)
            self.history.addWidget(data_label(f"{update.percent_done} %"), n, 2)
            self.history.addWidget(data_label(update.note), n, 3)
        if not self.update_date.line.text():
            self.update_date.set_date(self.session.today())
        latest = row.latest
        self.update_status.setCurrentIndex(
            self.update_status.findData(latest.status if latest else ActionStatus.IN_PROGRESS)
        )
        self.update_percent.setValue(latest.percent_done if latest else 0)
        self.update_error.setVisible(False)

    # Adding an update

    def _tint_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._tinted_row >= 0:
            self.table.setItemDelegateForRow(self._tinted_row, None)  # type: ignore[arg-type]
        self._tinted_row = current.row() if current.isValid() else -1
        if self._tinted_row >= 0:
            self.table.setItemDelegateForRow(self._tinted_row, self.tinted)

    def _status_picked(self, _index: int) -> None:
        if self.update_status.currentData() == ActionStatus.DONE:
            self.update_percent.setValue(100)

    def add_update(self) -> None:
        row = self.current_row()
        file = self.session.file
        if row is None or file is None:
            return
        try:
            day = self.update_date.date()
        except ValueError as exc:
            self._update_problem(str(exc))
            return
        if day is None:
            self._update_problem(self.tr("Indique la fecha de la actualización."))
            return
        if day > self.session.today():
            self._update_problem(self.tr("La fecha no puede ser posterior a hoy."))
            return
        status = ActionStatus(self.update_status.currentData())
        update = MonitoringUpdate(
            city_id=file.city.id,
            action_id=row.action.id,
            reported_on=day,
            status=status,
            percent_done=self.update_percent.value(),
            note=self.update_note.text().strip(),
        )
        text = self.tr("Actualizar «%1»").replace("%1", row.action.title)
        self.update_note.clear()
        self.session.undo_stack.push(SaveRecordsCommand(self.session, [None], [update], text))

    def _update_problem(self, text: str) -> None:
        self.update_error.setText(text)
        self.update_error.setVisible(True)
