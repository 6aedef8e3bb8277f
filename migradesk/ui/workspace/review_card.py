"""A deliverable's review, at the top of its step when IOM (or CIPPEC) opens a city: where it
stands, its history, and the guide's review actions — received, observations, the report's
comments validated (CIPPEC), approval or validation (IOM) — each a review event saved on this
desktop, sent at the next sync and so reaching the city's desktop at its own.

An action is offered only to the actor it belongs to, and enabled only when the process model
allows it now (``can_role``); otherwise the reason is shown. The server checks again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton

from migradesk.domain.actors import actors_of
from migradesk.domain.process import Act, Stage, can_role, review
from migradesk.domain.process.gates import WHO
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

from migradesk.ui.formats import fmt_date
from migradesk.ui.process_labels import phrase_text
from migradesk.ui.widgets.flow import flow_widget
from migradesk.ui.widgets.forms import Card, ConfirmBar, data_label, label, multiline
from migradesk.ui.widgets.sending import now_on

if TYPE_CHECKING:
    from migradesk.ui.pages.base import Page
    from migradesk.ui.workspace.controller import WorkspaceController

STATE_OF: dict[Act, ReviewState] = {
    Act.RECEIVE: ReviewState.RECEIVED,
    Act.COMMENT: ReviewState.HAS_ISSUES,
    Act.VALIDATE: ReviewState.VALIDATED,
    Act.APPROVE: ReviewState.APPROVED,
}


class ReviewCard(Card):
    def __init__(
        self, page: Page, deliverable: Deliverable, controller: WorkspaceController
    ) -> None:
        super().__init__("")
        self.page = page
        self.deliverable = deliverable
        self.controller = controller
        self.session = controller.session
        mine = actors_of(self.session.role)
        self.acts = [
            act
            for act in STATE_OF
            if WHO[act] & mine and (act is not Act.VALIDATE or deliverable is Deliverable.REPORT)
        ]
        self.stage = label("")
        self.history = data_label("", "muted")
        self.body.addWidget(self.stage)
        self.body.addWidget(self.history)
        self.note = multiline(2)
        self.buttons: dict[Act, QPushButton] = {}
        for act in self.acts:
            button = QPushButton()
            button.clicked.connect(lambda _c=False, a=act: self.ask(a))
            self.buttons[act] = button
        if self.acts:
            self.body.addWidget(self.note)
            row, _flow = flow_widget(list(self.buttons.values()))
            self.body.addWidget(row)
        self.why = label("", "muted")
        self.body.addWidget(self.why)
        self.confirm = ConfirmBar()
        self.confirm.confirmed.connect(self._confirmed)
        self.body.addWidget(self.confirm)
        self._asked: Act | None = None
        self.retranslate()
        page.refreshed.connect(self.refresh)

    def retranslate(self) -> None:
        partner = self.session.role == "partner"
        self.title.setText(self.tr("Revisión de CIPPEC") if partner else self.tr("Revisión de OIM"))
        self.note.setPlaceholderText(self.tr("Nota para la ciudad (opcional)"))
        self.note.setAccessibleName(self.tr("Nota para la ciudad"))
        for act, button in self.buttons.items():
            button.setText(self.act_text(act))

    def act_text(self, act: Act) -> str:
        if act is Act.RECEIVE:
            return self.tr("Marcar como recibido")
        if act is Act.COMMENT:
            return self.tr("Devolver con observaciones")
        if act is Act.VALIDATE:
            return self.tr("Validar los comentarios")
        approvals = {
            Deliverable.APPLICATION: self.tr("Dar la inscripción por recibida"),
            Deliverable.SELF_ASSESSMENT: self.tr("Dar la autoevaluación por revisada"),
            Deliverable.REPORT: self.tr("Aprobar la versión final"),
            Deliverable.ACTION_PLAN: self.tr("Validar el plan de acción"),
        }
        return approvals[self.deliverable]

    def state_text(self, state: ReviewState) -> str:
        names = {
            ReviewState.SENT: self.tr("enviado por la ciudad"),
            ReviewState.RECEIVED: self.tr("recibido"),
            ReviewState.HAS_ISSUES: self.tr("con observaciones"),
            ReviewState.VALIDATED: self.tr("comentarios validados"),
            ReviewState.APPROVED: self.tr("aprobado"),
        }
        return names[state]

    def refresh(self) -> None:
        file = self.session.file
        if file is None:
            return
        found = review(file, self.deliverable)
        since = found.since
        text = phrase_text(found.name)
        text = text[:1].upper() + text[1:]
        if since is not None:
            text = self.tr("%1 (desde el %2)").replace("%1", text).replace("%2", fmt_date(since))
        self.stage.setText(text)
        lines = []
        for event in found.events[-6:]:
            line = f"{fmt_date(event.at.date())} · {self.state_text(event.state)}"
            if event.by:
                line += f" · {event.by}"
            if event.note:
                line += f": {event.note}"
            lines.append(line)
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))
        reasons: list[str] = []
        today = self.session.today()
        for act, button in self.buttons.items():
            if act is Act.RECEIVE:  # once received, it is received
                button.setVisible(found.stage is not Stage.RECEIVED)
            verdict = can_role(self.session.role, act, self.deliverable, file=file, today=today)
            button.setEnabled(verdict.allowed)
            button.setToolTip(
                "" if verdict.allowed else " ".join(map(phrase_text, verdict.missing))
            )
            if not verdict.allowed:
                reasons.extend(phrase_text(m) for m in verdict.missing)
        unique = list(dict.fromkeys(reasons))
        allowed = any(b.isEnabled() for b in self.buttons.values())
        self.why.setText("" if allowed or not unique else " ".join(unique))
        self.why.setVisible(bool(self.why.text()))

    def ask(self, act: Act) -> None:
        self._asked = act
        questions = {
            Act.RECEIVE: self.tr("¿Registrar que recibió el envío de la ciudad?"),
            Act.COMMENT: self.tr(
                "¿Devolver con observaciones? La ciudad vuelve a poder editarlo y ve sus "
                "comentarios al sincronizar."
            ),
            Act.VALIDATE: self.tr(
                "¿Validar los comentarios con la ciudad? Después la ciudad envía la versión final."
            ),
            Act.APPROVE: self.tr("¿Confirmar? La ciudad lo verá al sincronizar."),
        }
        self.confirm.ask(questions[act], self.act_text(act))

    def _confirmed(self) -> None:
        act, self._asked = self._asked, None
        file = self.session.file
        if act is None or file is None:
            return
        event = ReviewEvent(
            city_id=file.city.id,
            deliverable=self.deliverable,
            state=STATE_OF[act],
            at=now_on(self.session.today()),
            by=self.controller.author_name(),
            note=self.note.toPlainText().strip(),
        )
        self.note.clear()
        self.session.save(
            [event],
            initiator=self,
            on_saved=lambda: self.controller.notify(
                self.tr(
                    "Guardado: sale en la próxima sincronización y llega a la ciudad en la suya."
                ),
                "ok",
            ),
        )
