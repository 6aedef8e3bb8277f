"""Inicio: what is due next, IOM's comments waiting, the timeline and the self-assessment radar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from migradesk.domain import progress as steps
from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.calendar import Deadline, DeadlineStatus, Owner, next_due, overdue
from migradesk.domain.cityfile import CityFile
from migradesk.domain.plan import Action, MonitoringUpdate, is_overdue, latest_update
from migradesk.domain.questionnaire import load_questionnaire, measure_share
from migradesk.domain.review import PhaseDate

from migradesk.ui.domain_labels import MILESTONE_LABELS, dimension_name, domain_text
from migradesk.ui.formats import fmt_date, fmt_percent
from migradesk.ui.navigator import state_label
from migradesk.ui.pages import spec
from migradesk.ui.pages.base import Page
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
        self.next_title = label("")
        self.next_title.setFont(scaled_font(self.next_title, 1.25, bold=True))
        self.next_when = label("")
        self.next_more = label("", "muted")
        self.current_step = label("")
        for widget in (self.current_step, self.next_title, self.next_when, self.next_more):
            self.next_card.body.addWidget(widget)
        self.next_card.body.addStretch(1)
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
        deadlines = steps.deadlines(file)
        states = [s for s in steps.summaries(file, today) if s.state is not None]
        started = [s for s in states if s.state is not steps.StepState.NOT_STARTED]
        current = started[-1] if started else states[0]
        self.current_step.setText(
            self.tr("Etapa actual: %1 (%2)")
            .replace("%1", spec(current.step_id).title)
            .replace("%2", state_label(current.state))  # type: ignore[arg-type]
        )
        self._show_next(deadlines, today)
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

    def _show_next(self, deadlines: list[Deadline], today_: date) -> None:
        upcoming = next_due(deadlines, today_)
        late = overdue(deadlines, today_)
        if upcoming is None:
            self.next_title.setText(self.tr("No quedan plazos pendientes en el calendario."))
            self.next_when.setText(self._plan_status())
            self.next_more.setText("")
            return
        self.next_title.setText(domain_text(upcoming.label))
        days = upcoming.days_left(today_)
        status = upcoming.status(today_)
        if status is DeadlineStatus.OVERDUE:
            when = self.tr("Venció el %1.").replace("%1", fmt_date(upcoming.due))
        elif status is DeadlineStatus.NOT_STARTED:
            when = self.tr("Empieza el %1 y vence el %2.")
            when = when.replace("%1", fmt_date(upcoming.opens)).replace(
                "%2", fmt_date(upcoming.due)
            )
        elif days == 0:
            when = self.tr("Vence hoy.")
        elif days == 1:
            when = self.tr("Vence mañana (%1).").replace("%1", fmt_date(upcoming.due))
        else:
            when = self.tr("Vence el %1: faltan %2 días.")
            when = when.replace("%1", fmt_date(upcoming.due)).replace("%2", str(days))
        owner = (
            self.tr("A cargo de la ciudad.")
            if upcoming.owner is Owner.CITY
            else self.tr("A cargo de OIM.")
        )
        self.next_when.setText(f"{when} {owner}")
        more = [self._plan_status()]
        if len(late) > 1:
            more.insert(0, self.tr("Otros plazos vencidos: %1.").replace("%1", str(len(late) - 1)))
        self.next_more.setText(" ".join(m for m in more if m))

    def _plan_status(self) -> str:
        file = self.session.file
        assert file is not None
        actions = file.all(Action)
        if not actions:
            return ""
        updates = file.all(MonitoringUpdate)
        today = self.session.today()
        late = [a for a in actions if is_overdue(a, latest_update(updates, a.id), today)]
        if not late:
            return self.tr("Plan de acción: %1 acciones, ninguna demorada.").replace(
                "%1", str(len(actions))
            )
        return (
            self.tr("Plan de acción: %1 de %2 acciones pasaron su fecha de fin sin completarse.")
            .replace("%1", str(len(late)))
            .replace("%2", str(len(actions)))
        )

    def _show_comments(self, file: CityFile) -> None:
        clear_layout(self.comments)
        waiting = steps.iom_comments(file)
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
            if p.milestone.value in MILESTONE_LABELS
        ]
        certification = file.certification
        if certification and certification.certified_on:
            found.append(
                Milestone(
                    domain_text(MILESTONE_LABELS["certificacion"]), certification.certified_on
                )
            )
        return found
