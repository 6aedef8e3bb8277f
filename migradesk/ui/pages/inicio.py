"""Inicio: what comes next (the process model's answer, with a button that goes there, and every
item due or overdue), IOM's comments waiting, the timeline and the self-assessment radar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from migradesk.domain import process
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process.reviews import Stage, review, waiting_comments
from migradesk.domain.questionnaire import load_questionnaire, measure_share
from migradesk.domain.review import Deliverable, PhaseDate

from migradesk.ui.domain_labels import MILESTONE_LABELS, dimension_name, domain_text
from migradesk.ui.formats import fmt_date, fmt_percent
from migradesk.ui.navigator import state_label
from migradesk.ui.pages import spec
from migradesk.ui.pages.base import Page
from migradesk.ui.process_labels import actors_text, due_text, phrase_text
from migradesk.ui.search import PAGE_OF_KIND
from migradesk.ui.session import Session
from migradesk.ui.style import scaled_font
from migradesk.ui.widgets.forms import Card, clear_layout, data_label, label
from migradesk.ui.widgets.radar import RadarChart
from migradesk.ui.widgets.timeline import Milestone, TimelineChart

MAX_COMMENTS = 4
COMMENT_PAGES = {"action": "fase6"}  # where a comment is shown beside its record


class InicioPage(Page):
    PAGE_ID = "inicio"
    KINDS = ("*",)  # the overview depends on everything
    MAX_WIDTH_EM = 95.0

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.next_card = Card(self.tr("Lo próximo"))
        self.current_step = label("")
        self.next_title = data_label("")  # the model's sentence, translated, with city data
        self.next_title.setFont(scaled_font(self.next_title, 1.25, bold=True))
        self.next_when = label("")
        self.next_button = QPushButton("")
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self._go_next)
        for widget in (self.current_step, self.next_title, self.next_when):
            self.next_card.body.addWidget(widget)
        self.next_card.body.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.due_title = label(self.tr("Pendientes y vencidos"), "muted")
        self.next_card.body.addSpacing(6)
        self.next_card.body.addWidget(self.due_title)
        self.due_list = QVBoxLayout()
        self.due_list.setSpacing(6)
        self.next_card.body.addLayout(self.due_list)
        self.next_card.body.addStretch(1)
        self.next_page = "inicio"
        self.due_items: list[process.NextAction] = []
        top.addWidget(self.next_card, 1)

        self.comments_card = Card(self.tr("Comentarios de OIM por responder"))
        self.comments = QVBoxLayout()
        self.comments.setSpacing(10)
        self.comments_card.body.addLayout(self.comments)
        self.comments_card.body.addStretch(1)
        top.addWidget(self.comments_card, 1)
        self.content.addLayout(top)

        timeline_card = Card(
            self.tr("Calendario del proceso"),
            self.tr(
                "Los plazos de la guía, calculados con las fechas que fija OIM. "
                "La línea roja marca el día de hoy."
            ),
        )
        self.timeline = TimelineChart()
        timeline_card.body.addWidget(self.timeline)
        self.content.addWidget(timeline_card)

        radar_card = Card(
            self.tr("Autoevaluación"),
            self.tr(
                "Proporción de indicadores con medidas en marcha, por dimensión (sin contar los "
                "que no aplican)."
            ),
        )
        radar_row = QHBoxLayout()
        self.radar = RadarChart()
        radar_row.addWidget(self.radar, 3)
        self.legend = QGridLayout()
        self.legend.setVerticalSpacing(4)
        self.legend.setHorizontalSpacing(10)
        legend_box = QVBoxLayout()
        legend_box.addLayout(self.legend)
        legend_box.addStretch(1)
        radar_row.addLayout(legend_box, 2)
        radar_card.body.addLayout(radar_row)
        self.content.addWidget(radar_card)
        self._questionnaire = load_questionnaire()
        self.finish()

    def title(self) -> str:
        file = self.session.file
        if file is None:
            return self.tr("Inicio")
        return self.tr("%1 · %2").replace("%1", file.city.name).replace("%2", file.city.province)

    def description(self) -> str:
        return self.tr("El estado de la certificación MigraCiudades de su ciudad, de un vistazo.")

    def refresh(self) -> None:
        file = self.session.file
        assert file is not None
        today = self.session.today()
        self.heading.setText(self.title())
        deadlines = process.deadlines(file, today)
        self._show_next(file, today)
        self._show_comments(file)
        self.timeline.set_data(deadlines, self._milestones(), today)
        answers = {
            a.indicator_id: a.answer for a in file.all(IndicatorAnswer)
            if a.questionnaire_version == self._questionnaire.version
        }  # fmt: skip
        shares = measure_share(self._questionnaire, answers)
        self.radar.set_shares(shares)
        clear_layout(self.legend)
        for row, dimension in enumerate(self._questionnaire.dimensions):
            name = label(f"{dimension.code}) {dimension_name(dimension.code, dimension.name)}")
            value = label(fmt_percent(shares.get(dimension.code, 0.0)))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.legend.addWidget(name, row, 0)
            self.legend.addWidget(value, row, 1)
        self.legend.setColumnStretch(0, 1)

    def _show_next(self, file: CityFile, today: date) -> None:
        """The process model's next action, who does it and by when, a button that goes there,
        and below it every item due or overdue."""
        summary = process.overview(file, today)
        if summary.state is not None:
            self.current_step.setText(
                self.tr("Etapa actual: %1 (%2)")
                .replace("%1", spec(summary.step_id).title)
                .replace("%2", state_label(summary.state))
            )
        actions = process.next_actions(file, today)
        first = summary.next
        if first is None:  # certified, with nothing left to report
            self.next_title.setText(
                self.tr("La ciudad está certificada y no quedan acciones pendientes.")
            )
            self.next_when.setText("")
            self.next_button.setVisible(False)
            self.next_page = "inicio"
        else:
            self.next_title.setText(phrase_text(first.text))
            who = self.tr("A cargo de %1.").replace("%1", actors_text(first.actors))
            self.next_when.setText(f"{due_text(first, today)} {who}")
            self.next_page = first.step_id
            self.next_button.setText(self.tr("Ir a %1").replace("%1", spec(first.step_id).title))
            self.next_button.setVisible(first.step_id != self.PAGE_ID)
        self._show_due([a for a in process.agenda(actions, today) if a != first], today)

    def _show_due(self, items: list[process.NextAction], today: date) -> None:
        clear_layout(self.due_list)
        self.due_items = items
        self.due_title.setVisible(bool(items))
        for action in items:
            row = QHBoxLayout()
            when = label(due_text(action, today), "error" if action.overdue(today) else "muted")
            text = data_label(phrase_text(action.text))
            go = QPushButton(self.tr("Ir"))
            go.setObjectName("link")  # style.py
            go.setAccessibleName(self.tr("Ir a %1").replace("%1", spec(action.step_id).title))
            go.clicked.connect(lambda _c=False, p=action.step_id: self.navigate.emit(p))
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(text)
            column.addWidget(when)
            row.addLayout(column, 1)
            row.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
            self.due_list.addLayout(row)

    def _go_next(self) -> None:
        if self.next_page != self.PAGE_ID:
            self.navigate.emit(self.next_page)

    def _show_comments(self, file: CityFile) -> None:
        clear_layout(self.comments)
        waiting = waiting_comments(file)
        if not waiting:
            self.comments.addWidget(
                label(self.tr("No hay comentarios esperando respuesta."), "muted")
            )
            return
        for comment in waiting[:MAX_COMMENTS]:
            row = QVBoxLayout()
            row.setSpacing(0)
            meta = self.tr("%1 · %2").replace("%1", fmt_date(comment.created_at.date()))
            meta = meta.replace("%2", comment.author)
            row.addWidget(data_label(meta, "muted"))
            body = comment.body if len(comment.body) < 160 else comment.body[:157] + "…"
            row.addWidget(data_label(body))
            page_id = COMMENT_PAGES.get(comment.anchor_kind) or PAGE_OF_KIND.get(
                comment.anchor_kind
            )
            if page_id and page_id != self.PAGE_ID:
                link = QPushButton(self.tr("Ver y responder"))
                link.setObjectName("link")  # style.py
                link.setCursor(Qt.CursorShape.PointingHandCursor)
                link.clicked.connect(lambda _c=False, p=page_id: self.navigate.emit(p))
                row.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
            self.comments.addLayout(row)
        if len(waiting) > MAX_COMMENTS:
            more = self.tr("y %1 más.").replace("%1", str(len(waiting) - MAX_COMMENTS))
            self.comments.addWidget(label(more, "muted"))

    def _milestones(self) -> list[Milestone]:
        file = self.session.file
        assert file is not None
        found = [
            Milestone(domain_text(MILESTONE_LABELS[p.milestone.value]), p.on)
            for p in file.all(PhaseDate)
            if p.milestone.value in MILESTONE_LABELS and p.milestone.value != "plan_validado"
        ]
        plan = review(file, Deliverable.ACTION_PLAN)
        if plan.stage is Stage.DONE and plan.since is not None:  # one record: IOM's review
            found.append(Milestone(domain_text(MILESTONE_LABELS["plan_validado"]), plan.since))
        certification = file.certification
        if certification and certification.certified_on:
            found.append(
                Milestone(
                    domain_text(MILESTONE_LABELS["certificacion"]), certification.certified_on
                )
            )
        return found
