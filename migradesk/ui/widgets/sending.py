"""Sending a deliverable to IOM, honestly.

"Enviar a OIM" asks the process model first: while the deliverable is incomplete in the guide's
terms (or a step before it is not over) the page lists what is missing and nothing is sent.
Otherwise the user confirms and the send is saved on this PC; until the server acknowledges it
the page says "Por enviar" (it goes when there is a connection) and offers to withdraw it; only
then "Enviado a OIM el …". The page's banner shows each stage from the model.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from migradesk.domain.actors import Actor
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process import Act, Stage, can, review
from migradesk.domain.process.reviews import LOCKED
from migradesk.domain.process.sending import send_records, withdrawal
from migradesk.domain.report import ReportVersion
from migradesk.domain.review import Deliverable, ReviewEvent

from migradesk.ui.formats import fmt_date
from migradesk.ui.i18n import QT_TRANSLATE_NOOP
from migradesk.ui.process_labels import phrase_text
from migradesk.ui.widgets.forms import Banner, BannerButton, ConfirmBar

if TYPE_CHECKING:
    from migradesk.storage import Store

    from migradesk.ui.pages.base import Page

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

QUESTIONS = {
    Deliverable.APPLICATION: QT_TRANSLATE_NOOP(
        "Sender", "¿Enviar la inscripción a OIM? Mientras OIM la recibe no se podrá editar."
    ),
    Deliverable.SELF_ASSESSMENT: QT_TRANSLATE_NOOP(
        "Sender", "¿Enviar la autoevaluación a OIM? Mientras OIM la revisa no se podrá editar."
    ),
    Deliverable.REPORT: QT_TRANSLATE_NOOP(
        "Sender",
        "¿Enviar el texto actual a OIM como versión preliminar? Se guarda una copia numerada y "
        "el reporte no se podrá editar hasta que OIM y CIPPEC lo comenten.",
    ),
    Deliverable.ACTION_PLAN: QT_TRANSLATE_NOOP(
        "Sender",
        "¿Enviar el plan de acción a OIM para su validación? Mientras OIM lo revisa no podrá "
        "editarlo.",
    ),
}


def now_on(day: date) -> datetime:
    """The current time of day on the session's ``day`` (tests fix the day); shown only."""
    now = datetime.now().astimezone()  # the storage keeps aware datetimes only
    return datetime.combine(day, now.time().replace(microsecond=0), tzinfo=now.tzinfo)


class Sender(QObject):
    """The sending of one deliverable on its page: ``ask()`` from the page's button; the page's
    ``banner`` and ``confirm`` bar show the questions, what is missing and the stage."""

    def __init__(
        self, page: Page, deliverable: Deliverable, banner: Banner, confirm: ConfirmBar
    ) -> None:
        super().__init__(page)
        self.page = page
        self.session = page.session
        self.deliverable = deliverable
        self.banner = banner
        self.confirm = confirm
        self.missing: list[str] = []  # what the last attempt found missing
        self._act = Act.SEND
        confirm.confirmed.connect(self._send)

    # Sending

    def ask(self, final: bool = False) -> None:
        """The user pressed "Enviar": list what is missing, or ask to confirm."""
        self.page.flush()
        file = self.session.file
        if file is None:
            return
        act = Act.SEND_FINAL if final else Act.SEND
        verdict = can(Actor.CITY, act, self.deliverable, file=file, today=self.session.today())
        self.missing = [phrase_text(m) for m in verdict.missing]
        if self.missing:
            text = self.tr("Todavía no se puede enviar. Falta:") + "\n"
            text += "\n".join(f"• {m}" for m in self.missing)
            self.confirm.show_text(
                text, "warn", [BannerButton(self.tr("Cerrar"), self.confirm.cancel)]
            )
            self.confirm.buttons[0].setFocus()
            return
        self._act = act
        if final:
            question = self.tr(
                "¿Enviar el texto actual a OIM como versión final? Se guarda una copia numerada "
                "y el reporte no se podrá editar mientras OIM la revisa."
            )
            self.confirm.ask(question, self.tr("Enviar versión final"))
        else:
            question = translate("Sender", QUESTIONS[self.deliverable])
            self.confirm.ask(question, self.tr("Enviar a OIM"))

    def _send(self) -> None:
        file = self.session.file
        if file is None:
            return
        today = self.session.today()
        if not can(Actor.CITY, self._act, self.deliverable, file=file, today=today):
            return  # the file changed meanwhile: the next click says why
        records = send_records(
            file, self.deliverable, now_on(today), final=self._act is Act.SEND_FINAL
        )
        self.confirm.setVisible(False)
        self.session.save(records, initiator=self.page)

    def withdraw(self) -> None:
        """Take back a send that has not left this PC (the storage refuses otherwise)."""
        file = self.session.file
        if file is None:
            return
        records = withdrawal(file, self.deliverable)
        if not records:
            return

        def op(store: Store) -> None:
            from migradesk.storage.sync.unsent import withdraw

            withdraw(store, records)

        self.session.run(op, kinds={ReviewEvent.KIND, ReportVersion.KIND}, initiator=self.page)

    # The stage, in the page's banner

    def show_stage(self, file: CityFile) -> Stage:
        """Say the deliverable's stage in the banner; returns it (the page locks by it)."""
        found = review(file, self.deliverable)
        when = fmt_date(found.since)
        if found.stage is Stage.TO_SEND:
            text = self.tr(
                "Por enviar: sale de este equipo hacia OIM cuando haya conexión. Mientras tanto "
                "no se edita; si necesita cambiar algo, retire el envío."
            )
            self.banner.show_text(
                text, "warn", [BannerButton(self.tr("Retirar el envío"), self.withdraw)], "lock"
            )
            return found.stage
        texts = _stage_texts(self.deliverable)
        text = texts.get(found.stage, "")
        if found.stage in (Stage.SENT, Stage.RECEIVED):
            when = fmt_date(found.sent_on or found.since)
        if self.deliverable is Deliverable.REPORT and file.report_versions:
            text = text.replace("%2", str(file.report_versions[-1].number))
        tone = {Stage.DONE: "ok", Stage.COMMENTED: "warn", Stage.VALIDATED: "warn"}
        locked = "lock" if found.stage in LOCKED else ""
        self.banner.show_text(text.replace("%1", when), tone.get(found.stage, "info"), (), locked)
        return found.stage


def _stage_texts(deliverable: Deliverable) -> dict[Stage, str]:
    sent = {
        Deliverable.APPLICATION: translate(
            "Sender",
            "Inscripción enviada a OIM el %1. Podrá editarla de nuevo si OIM la devuelve con "
            "observaciones.",
        ),
        Deliverable.SELF_ASSESSMENT: translate(
            "Sender",
            "Autoevaluación enviada a OIM el %1: no se puede editar mientras OIM la revisa. Si "
            "la devuelve con observaciones, podrá corregirla.",
        ),
        Deliverable.REPORT: translate(
            "Sender",
            "Versión %2 enviada a OIM el %1: el reporte no se puede editar mientras OIM y "
            "CIPPEC lo revisan.",
        ),
        Deliverable.ACTION_PLAN: translate(
            "Sender",
            "Plan enviado a OIM el %1. Mientras OIM lo revisa no se puede editar; podrá hacerlo "
            "de nuevo si lo devuelve con observaciones.",
        ),
    }[deliverable]
    commented = {
        Deliverable.APPLICATION: translate(
            "Sender",
            "OIM devolvió la inscripción con observaciones el %1: revise los comentarios, corrija "
            "lo necesario y vuelva a enviarla.",
        ),
        Deliverable.SELF_ASSESSMENT: translate(
            "Sender",
            "OIM devolvió la autoevaluación con observaciones el %1: revise los comentarios "
            "(filtro «Con comentarios de OIM»), corrija lo necesario y vuelva a enviarla.",
        ),
        Deliverable.REPORT: translate(
            "Sender",
            "OIM y CIPPEC comentaron el reporte el %1: responda cada comentario junto a su "
            "sección; luego CIPPEC y la ciudad validan qué incorporar en la versión final.",
        ),
        Deliverable.ACTION_PLAN: translate(
            "Sender",
            "OIM devolvió el plan con observaciones el %1: revise los comentarios, corrija y "
            "vuelva a enviarlo.",
        ),
    }[deliverable]
    done = {
        Deliverable.APPLICATION: translate(
            "Sender",
            "OIM recibió la inscripción el %1. El formulario queda como referencia y ya no se "
            "edita.",
        ),
        Deliverable.SELF_ASSESSMENT: translate(
            "Sender", "OIM revisó la autoevaluación el %1. Queda como referencia y ya no se edita."
        ),
        Deliverable.REPORT: translate(
            "Sender",
            "OIM aprobó la versión final del reporte el %1. Queda como referencia y ya no se "
            "edita.",
        ),
        Deliverable.ACTION_PLAN: translate(
            "Sender",
            "OIM validó el plan de acción el %1. Ya no se edita; su seguimiento está en la Fase 6.",
        ),
    }[deliverable]
    texts = {Stage.SENT: sent, Stage.RECEIVED: sent, Stage.COMMENTED: commented, Stage.DONE: done}
    if deliverable is Deliverable.REPORT:
        texts[Stage.VALIDATED] = translate(
            "Sender",
            "Comentarios validados con CIPPEC el %1: incorpore lo acordado y envíe la versión "
            "final.",
        )
    return texts
