"""Fase 4 · Plan de acción: candidate areas and their ranking, the plan, its Gantt, the planning
workshop and sending the plan to IOM for validation."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import Action, MonitoringUpdate, Objective, PriorityArea
from migradesk.domain.process.reviews import LOCKED
from migradesk.domain.questionnaire import load_questionnaire
from migradesk.domain.report import ReportSection, ReportVersion, Workshop, WorkshopKind
from migradesk.domain.review import Comment, Deliverable, ReviewEvent

from migradesk.ui.pages.base import Page
from migradesk.ui.pages.fase4_areas import AreasModel, AreasView
from migradesk.ui.pages.fase4_plan import PlanEditor, gantt_rows
from migradesk.ui.pages.fase4_sources import Suggestion, suggestions
from migradesk.ui.session import Session
from migradesk.ui.undo import DeleteRecordsCommand, SaveRecordsCommand
from migradesk.ui.widgets.dateedit import DateEdit
from migradesk.ui.widgets.forms import (
    Banner,
    Card,
    ConfirmBar,
    add_row,
    clear_layout,
    data_label,
    label,
    multiline,
)
from migradesk.ui.widgets.gantt import GanttChart
from migradesk.ui.widgets.sending import Sender

TAB_AREAS, TAB_PLAN, TAB_GANTT, TAB_WORKSHOP = range(4)


class Fase4Page(Page):
    PAGE_ID = "fase4"
    KINDS = (
        PriorityArea, Objective, Action, MonitoringUpdate, ReviewEvent, Comment, ReportSection,
        ReportVersion, Workshop, "indicator_answer", "official",
    )  # fmt: skip
    MAX_WIDTH_EM = 100.0
    sending: Sender  # built in parts(), used by callbacks connected before it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._questionnaire = load_questionnaire()
        self.plan: PlanEditor | None = None  # built when its tab is first shown
        self.gantt: GanttChart | None = None
        self._suggested: list[tuple[Suggestion, bool]] | None = None
        self._suggested_locked = False
        self._locked = False
        self.finish()

    def parts(self) -> Iterator[None]:
        self.banner = Banner()
        self.content.addWidget(self.banner)
        self._send_card()
        areas = self._areas_tab()
        yield
        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        self.tab_pages: list[QWidget] = [areas, QWidget(), QWidget(), self._workshop_tab()]
        self.plan_holder, self.gantt_holder = self.tab_pages[TAB_PLAN], self.tab_pages[TAB_GANTT]
        for text in (
            self.tr("Áreas y priorización"),
            self.tr("Plan de acción"),
            self.tr("Cronograma"),
            self.tr("Taller de planificación"),
        ):
            self.tabs.addTab(text)
        tab_column = QVBoxLayout()
        tab_column.setSpacing(0)
        tab_column.addWidget(self.tabs)
        for page in self.tab_pages:
            tab_column.addWidget(page)
        self.content.addLayout(tab_column)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed(0)

    def description(self) -> str:
        return self.tr(
            "Elija las áreas a fortalecer, califíquelas y escriba para las prioritarias los "
            "objetivos, las acciones y sus plazos. Después envíe el plan a OIM para su validación."
        )

    # Building

    def _send_card(self) -> None:
        self.send_card = Card(self.tr("Validación de OIM"))
        row = QHBoxLayout()
        self.send_text = label(
            self.tr(
                "Cuando el plan esté completo, envíelo a OIM. Mientras OIM lo revisa no se "
                "puede editar."
            ),
            "muted",
        )
        self.send_button = QPushButton(self.tr("Enviar para validación…"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(lambda: self.sending.ask())
        row.addWidget(self.send_text, 1)
        row.addWidget(self.send_button)
        self.send_card.body.addLayout(row)
        self.confirm = ConfirmBar()
        self.send_card.body.addWidget(self.confirm)
        self.sending = Sender(self, Deliverable.ACTION_PLAN, self.banner, self.confirm)
        self.content.addWidget(self.send_card)

    def _areas_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(16)
        card = Card(
            self.tr("Áreas a fortalecer"),
            self.tr(
                "Califique cada área de 1 (baja) a 5 (alta): escriba el número en la celda y pasa "
                "a la siguiente. Marque como prioritarias las que entran en el plan de acción."
            ),
        )
        self.areas_model = AreasModel(self.session, self)
        self.areas_view = AreasView()
        self.areas_view.setModel(self.areas_model)
        self.areas_view.setAccessibleName(self.tr("Áreas a fortalecer, de mayor a menor puntaje"))
        self.areas_model.problem.connect(self._area_problem)
        card.body.addWidget(self.areas_view)
        self.areas_error = label("", "error")
        self.areas_error.setVisible(False)
        card.body.addWidget(self.areas_error)
        row = QHBoxLayout()
        self.new_area = QLineEdit()
        self.new_area.setPlaceholderText(self.tr("Otra área a fortalecer"))
        self.new_area.setAccessibleName(self.tr("Nueva área"))
        self.new_area.returnPressed.connect(self.add_free_area)
        self.add_area_button = QPushButton(self.tr("Agregar"))
        self.add_area_button.clicked.connect(self.add_free_area)
        self.remove_area_button = QPushButton(self.tr("Quitar área"))
        self.remove_area_button.clicked.connect(self.remove_area)
        row.addWidget(self.new_area, 1)
        row.addWidget(self.add_area_button)
        row.addSpacing(12)
        row.addWidget(self.remove_area_button)
        card.body.addLayout(row)
        layout.addWidget(card)

        self.suggestions_card = Card(
            self.tr("Sugerencias"),
            self.tr(
                "Las áreas a fortalecer de la sección 5 del reporte y las dimensiones con "
                "indicadores sin medidas en la autoevaluación. Agréguelas con un clic."
            ),
        )
        self.suggestion_grid = QGridLayout()
        self.suggestion_grid.setHorizontalSpacing(12)
        self.suggestion_grid.setVerticalSpacing(6)
        self.suggestion_grid.setColumnStretch(1, 1)
        self.suggestions_card.body.addLayout(self.suggestion_grid)
        self.suggestion_buttons: list[tuple[Suggestion, QPushButton]] = []
        layout.addWidget(self.suggestions_card)
        layout.addStretch(1)
        return tab

    def _workshop_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 12, 0, 0)
        card = Card(
            self.tr("Taller de planificación estratégica"),
            self.tr("El taller en que la ciudad acuerda el plan de acción, con OIM."),
        )
        binder = self.bind(
            Workshop,
            lambda f: f.workshop(WorkshopKind.PLANNING),
            self._new_workshop,
            self.tr("taller de planificación"),
        )
        self.workshop_date = DateEdit()
        binder.date("held_on", self.workshop_date, None, add_row(
            card.form, self.tr("Fecha"), self.workshop_date
        ))  # fmt: skip
        self.workshop_place = QLineEdit()
        binder.text("place", self.workshop_place, None, add_row(
            card.form, self.tr("Lugar"), self.workshop_place
        ))  # fmt: skip
        self.workshop_notes = multiline(8)
        binder.text("notes", self.workshop_notes, None, add_row(
            card.form, self.tr("Notas y acuerdos"), self.workshop_notes
        ))  # fmt: skip
        self.attendees = label("", "muted")
        card.body.addWidget(self.attendees)
        layout.addWidget(card)
        layout.addStretch(1)
        return tab

    def _new_workshop(self, file: CityFile) -> Workshop:
        return Workshop(
            id=Workshop.id_for(file.city.id, WorkshopKind.PLANNING),
            city_id=file.city.id,
            kind=WorkshopKind.PLANNING,
        )

    def _tab_changed(self, current: int) -> None:
        """Build heavy tabs on first show; only the current tab counts for the page height."""
        if current == TAB_PLAN and self.plan is None:
            self.plan = PlanEditor(self.session)
            holder = QVBoxLayout(self.plan_holder)
            holder.setContentsMargins(0, 12, 0, 0)
            holder.addWidget(self.plan)
            self._refresh_plan()
        if current == TAB_GANTT and self.gantt is None:
            self.gantt = GanttChart()
            holder = QVBoxLayout(self.gantt_holder)
            holder.setContentsMargins(0, 12, 0, 0)
            card = Card(
                self.tr("Cronograma de las acciones"),
                self.tr(
                    "Cada barra va del inicio al fin de la acción. En naranja, las acciones "
                    "vencidas sin completar; en verde, las completadas. La línea roja es hoy."
                ),
            )
            card.body.addWidget(self.gantt)
            holder.addWidget(card)
            holder.addStretch(1)
            self._refresh_gantt()
        for index, page in enumerate(self.tab_pages):
            page.setVisible(index == current)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    # Refresh

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        self._locked = self.sending.show_stage(file) in LOCKED
        self.send_card.setVisible(not self._locked)
        if self._locked:
            self.confirm.setVisible(False)
        self.areas_model.set_file(file, not self._locked)
        self.areas_view.setMinimumHeight(
            self.areas_view.horizontalHeader().height()
            + self.areas_view.verticalHeader().defaultSectionSize()
            * max(4, len(file.priority_areas))
            + 4
        )
        for widget in (self.new_area, self.add_area_button, self.remove_area_button):
            widget.setVisible(not self._locked)
        self._refresh_suggestions(file)
        workshop = file.workshop(WorkshopKind.PLANNING)
        count = len(workshop.attendees) if workshop else 0
        self.attendees.setText(
            self.tr("%1 participantes registrados.").replace("%1", str(count)) if count else ""
        )
        self.attendees.setVisible(bool(count))
        self._refresh_plan()
        self._refresh_gantt()

    def _refresh_plan(self) -> None:
        if self.plan is not None and self.session.file is not None:
            self.plan.set_file(self.session.file, not self._locked)

    def _refresh_gantt(self) -> None:
        if self.gantt is not None and self.session.file is not None:
            self.gantt.set_rows(
                gantt_rows(self.session.file, self.session.today()), self.session.today()
            )

    def _refresh_suggestions(self, file: CityFile) -> None:
        found = [
            (s, s.is_added(file.priority_areas)) for s in suggestions(file, self._questionnaire)
        ]
        if found == self._suggested and self._suggested_locked == self._locked:
            return
        self._suggested, self._suggested_locked = found, self._locked
        clear_layout(self.suggestion_grid)
        self.suggestion_buttons = []
        self.suggestions_card.setVisible(bool(found) and not self._locked)
        for row, (suggestion, added) in enumerate(found):
            self.suggestion_grid.addWidget(self._suggestion_label(suggestion), row, 1)
            if added:
                done = label(self.tr("Agregada"), "muted")
                self.suggestion_grid.addWidget(done, row, 0)
                continue
            button = QPushButton(self.tr("Agregar"))
            button.setAccessibleName(self.tr("Agregar «%1»").replace("%1", suggestion.title))
            button.clicked.connect(lambda _c=False, s=suggestion: self.add_suggestion(s))
            self.suggestion_grid.addWidget(button, row, 0)
            self.suggestion_buttons.append((suggestion, button))

    def _suggestion_label(self, suggestion: Suggestion) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(data_label(suggestion.title))
        if suggestion.gaps:
            origin = self.tr("Autoevaluación: %1 indicadores sin medidas").replace(
                "%1", str(len(suggestion.gaps))
            )
        else:
            origin = self.tr("Reporte de evaluación, sección 5")
        column.addWidget(label(origin, "hint"))
        box.setToolTip(suggestion.description)
        return box

    # Areas

    def add_suggestion(self, suggestion: Suggestion) -> None:
        file = self.session.file
        if file is None or self._locked:
            return
        self._add_area(suggestion.make(file.city.id))

    def add_free_area(self) -> None:
        file = self.session.file
        title = self.new_area.text().strip()
        if file is None or not title or self._locked:
            return
        self._add_area(PriorityArea(city_id=file.city.id, title=title))
        self.new_area.clear()

    def _add_area(self, area: PriorityArea) -> None:
        text = self.tr("Agregar el área «%1»").replace("%1", area.title)
        self.session.undo_stack.push(SaveRecordsCommand(self.session, [None], [area], text, self))
        row = self.areas_model.row_of(area.id)
        if row >= 0:
            self.areas_view.setCurrentIndex(self.areas_model.index(row, 3))
            self.areas_view.setFocus()

    def remove_area(self) -> None:
        area = self.areas_view.current_area()
        file = self.session.file
        if area is None or file is None or self._locked:
            return
        objectives = file.objectives_of(area.id)
        actions = [a for o in objectives for a in file.actions_of(o.id)]
        updates = [u for a in actions for u in file.updates_of(a.id)]
        text = self.tr("Quitar el área «%1»").replace("%1", area.title)
        records = [area, *objectives, *actions, *updates]
        self.session.undo_stack.push(DeleteRecordsCommand(self.session, records, text))

    def _area_problem(self, text: str) -> None:
        self.areas_error.setText(text)
        self.areas_error.setVisible(bool(text))
