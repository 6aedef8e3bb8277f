"""``can``: each gate of the guide, one test per rule, with the missing items it names."""

from __future__ import annotations

from datetime import date, timedelta

from migradesk.domain.actors import Actor
from migradesk.domain.base import Role
from migradesk.domain.process import Act, can, can_role
from migradesk.domain.process.gates import act_of
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable, ReviewState

from .citykit import TODAY, Builder

CITY, IOM, CIPPEC = Actor.CITY, Actor.IOM, Actor.CIPPEC
APP, SELF, REPORT, PLAN = (
    Deliverable.APPLICATION,
    Deliverable.SELF_ASSESSMENT,
    Deliverable.REPORT,
    Deliverable.ACTION_PLAN,
)


def missing(
    city: Builder, act: Act, deliverable: Deliverable, actor: Actor = CITY, today: date = TODAY
) -> list[str]:
    return [str(m) for m in can(actor, act, deliverable, file=city.file(), today=today).missing]


IN_COURSE = date(2025, 11, 25)  # the course (confirmed 13/10/2025) closes on 22/12/2025


# --- Sending the application ------------------------------------------------------------------


def test_send_application_requires_both_sections_and_the_letter(city: Builder) -> None:
    found = missing(city, Act.SEND, APP)
    assert "Sección 1: falta la población actual estimada." in found
    assert "Sección 2: falta responder si hay convenios." in found
    assert "Carta de intención: falta el nombre del/de la intendente/a." in found
    assert "Carta de intención: falta el Punto Focal que designa." in found
    city.application()
    assert missing(city, Act.SEND, APP) == []


def test_send_application_requires_the_focal_points_post(city: Builder) -> None:
    city.application()
    focal = city.file().focal_point
    assert focal is not None
    focal.post = ""
    assert missing(city, Act.SEND, APP) == ["Carta de intención: falta el cargo del Punto Focal."]


# --- Sending the self-assessment --------------------------------------------------------------


def test_send_self_assessment_requires_every_indicator_answered(city: Builder) -> None:
    city.selected().course_done()
    assert missing(city, Act.SEND, SELF) == [
        "Faltan 73 de 73 indicadores por responder (No sabe y No aplica también son respuestas)."
    ]
    city.answers(72)
    assert "Faltan 1 de 73" in missing(city, Act.SEND, SELF)[0]
    city.answers()
    assert missing(city, Act.SEND, SELF) == []


def test_send_self_assessment_requires_the_application_received_by_iom(city: Builder) -> None:
    city.application().confirmed().course_done().answers()
    assert missing(city, Act.SEND, SELF) == ["La inscripción todavía no fue recibida por OIM."]
    city.send(APP)
    assert missing(city, Act.SEND, SELF) == ["La inscripción todavía no fue recibida por OIM."]
    city.iom(APP, ReviewState.RECEIVED)
    assert missing(city, Act.SEND, SELF) == []


def test_send_self_assessment_requires_the_confirmation_note(city: Builder) -> None:
    city.application()
    city.send(APP)
    city.iom(APP, ReviewState.RECEIVED)
    city.course_done().answers()
    assert missing(city, Act.SEND, SELF) == [
        "Falta la nota de confirmación del/de la intendente/a."
    ]


def test_send_self_assessment_requires_the_focal_point_to_finish_the_course(
    city: Builder,
) -> None:
    city.selected().answers()
    city.official("Raúl Cruz")  # another official finished: not enough
    assert missing(city, Act.SEND, SELF) == [
        "El Punto Focal, Luz Mamani, no está inscripto en el curso."
    ]
    city.official("Luz Mamani", focal=True, done=False)
    assert missing(city, Act.SEND, SELF, today=IN_COURSE) == [
        "Luz Mamani no completó el curso (0 de 6 partes; vence el 22/12/2025)."
    ]


def test_send_self_assessment_requires_every_official_added_to_finish_the_course(
    city: Builder,
) -> None:
    city.selected().answers()
    city.official("Luz Mamani", focal=True)
    city.official("Raúl Cruz", done=False, enrolled=START_LATE)
    assert missing(city, Act.SEND, SELF, today=IN_COURSE) == [
        "Raúl Cruz no completó el curso (0 de 6 partes; vence el 19/01/2026)."
    ]


START_LATE = date(2025, 11, 24)  # after the 2-week window: a course of its own, 8 weeks


def test_an_expired_course_is_not_completed(city: Builder) -> None:
    city.selected().answers()
    city.official("Luz Mamani", focal=True)
    late = city.official("Raúl Cruz", done=False)
    city.add(late)  # 5 of 6 parts, and the course closed
    for step in ("initial_questionnaire", "module_1", "module_2", "module_3", "module_4"):
        setattr(late, step, date(2025, 11, 20))
    assert missing(city, Act.SEND, SELF) == [
        "El curso de Raúl Cruz venció el 22/12/2025 sin completarse."
    ]
    late.final_questionnaire = date(2026, 1, 10)  # after the close: does not count
    assert missing(city, Act.SEND, SELF) == [
        "El curso de Raúl Cruz venció el 22/12/2025 sin completarse."
    ]
    late.final_questionnaire = date(2025, 12, 20)
    assert missing(city, Act.SEND, SELF) == []


def test_officials_added_after_the_self_assessment_went_to_iom_do_not_hold_the_city_back(
    city: Builder,
) -> None:
    city.assessed()
    city.official("Tomás Ríos", done=False, enrolled=date(2026, 2, 1))  # after the send
    city.workshop(WorkshopKind.DIAGNOSTIC).sections()
    assert missing(city, Act.SEND, REPORT) == []


# --- The report -------------------------------------------------------------------------------


def test_send_report_requires_the_self_assessment_reviewed_by_iom(city: Builder) -> None:
    city.selected().course_done().answers()
    city.send(SELF)
    city.workshop(WorkshopKind.DIAGNOSTIC).sections()
    assert missing(city, Act.SEND, REPORT) == ["OIM todavía no revisó la autoevaluación."]


def test_send_report_requires_the_diagnostic_workshop_held(city: Builder) -> None:
    city.assessed().sections()
    expected = ["Falta registrar el workshop de evaluación y diagnóstico (fecha y participantes)."]
    assert missing(city, Act.SEND, REPORT) == expected
    city.workshop(WorkshopKind.DIAGNOSTIC, on=TODAY + timedelta(days=3))  # not yet
    assert missing(city, Act.SEND, REPORT) == expected
    city.workshop(WorkshopKind.DIAGNOSTIC, people=0)  # held, nobody registered
    assert missing(city, Act.SEND, REPORT) == expected


def test_send_report_requires_text_in_every_section(city: Builder) -> None:
    city.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections(skip=("2c", "6"))
    assert missing(city, Act.SEND, REPORT) == [
        "La sección 2c del reporte no tiene texto.",
        "La sección 6 del reporte no tiene texto.",
    ]


def test_final_report_requires_the_comments_validated(city: Builder) -> None:
    city.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    city.send(REPORT)
    comment = city.comment_report()
    city.iom(REPORT, ReviewState.HAS_ISSUES)
    assert missing(city, Act.SEND_FINAL, REPORT) == [
        "Antes de la versión final, CIPPEC y la ciudad validan los comentarios de OIM."
    ]
    assert missing(city, Act.VALIDATE, REPORT, CIPPEC) == [
        "Falta que la ciudad responda 1 comentarios sobre el reporte."
    ]
    city.reply(comment)
    assert missing(city, Act.VALIDATE, REPORT, CIPPEC) == []
    city.iom(REPORT, ReviewState.VALIDATED)
    assert missing(city, Act.SEND_FINAL, REPORT) == []
    assert missing(city, Act.SEND, REPORT) == [
        "Los comentarios ya están validados: envíe la versión final."
    ]


def test_iom_approves_the_report_only_in_its_final_version(city: Builder) -> None:
    city.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    city.send(REPORT)
    assert missing(city, Act.APPROVE, REPORT, IOM) == [
        "La versión en revisión no es la final: coméntela o espere la versión final."
    ]
    assert missing(city, Act.COMMENT, REPORT, CIPPEC) == []  # CIPPEC comments the report


def test_send_plan_requires_the_report_final(city: Builder) -> None:
    city.assessed().plan()
    assert missing(city, Act.SEND, PLAN) == [
        "El reporte de evaluación todavía no está en su versión final."
    ]


def test_send_plan_requires_each_action_with_dates_and_a_responsible_area(city: Builder) -> None:
    city.reported()
    assert missing(city, Act.SEND, PLAN) == ["Marque al menos un área como prioritaria."]
    city.plan(responsible="")
    assert missing(city, Act.SEND, PLAN) == ["La acción «Protocolo» no tiene área responsable."]


# --- Honest sending ---------------------------------------------------------------------------


def test_a_send_the_server_has_not_acknowledged_can_be_withdrawn_and_not_sent_again(
    city: Builder,
) -> None:
    city.application()
    city.send(APP, ack=False)
    assert missing(city, Act.WITHDRAW, APP) == []
    assert missing(city, Act.SEND, APP) == [
        "Ya está por enviar: sale de este equipo cuando haya conexión."
    ]
    assert missing(city, Act.EDIT, APP) == [
        "No se edita mientras está enviado a OIM o ya aprobado."
    ]
    city.versions[next(iter(reversed(city.records)))] = 99  # the server acknowledged it
    assert missing(city, Act.WITHDRAW, APP) == ["No hay un envío pendiente que se pueda retirar."]
    assert missing(city, Act.SEND, APP) == ["Ya fue enviado: OIM lo está revisando."]


# --- Who moves what ---------------------------------------------------------------------------


def test_only_the_city_sends_and_only_iom_answers(city: Builder) -> None:
    city.application()
    assert missing(city, Act.SEND, APP, IOM) == ["Esto le corresponde a la ciudad."]
    city.send(APP)
    assert missing(city, Act.RECEIVE, APP, CITY) == ["Esto le corresponde a OIM."]
    assert missing(city, Act.RECEIVE, APP, IOM) == []
    assert missing(city, Act.COMMENT, SELF, CIPPEC) == ["Esto le corresponde a OIM."]
    file = city.file()
    assert can_role(Role.REVIEWER, Act.RECEIVE, APP, file=file, today=TODAY)
    assert not can_role(Role.FOCAL_POINT, Act.RECEIVE, APP, file=file, today=TODAY)


def test_iom_answers_only_what_was_sent(city: Builder) -> None:
    city.application()
    assert missing(city, Act.COMMENT, SELF, IOM) == [
        "No hay nada enviado esperando la respuesta de OIM."
    ]
    # An application sent by e-mail, as the guide allows, can be received without a send.
    assert missing(city, Act.RECEIVE, APP, IOM) == []


def test_each_review_event_is_an_act(city: Builder) -> None:
    city.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    preliminary = city.send(REPORT)
    assert act_of(preliminary, city.file()) is Act.SEND
    final = city.send(REPORT, final=True)
    assert act_of(final, city.file()) is Act.SEND_FINAL
    assert act_of(city.iom(REPORT, ReviewState.VALIDATED), city.file()) is Act.VALIDATE


def test_the_partner_acts_for_cippec_and_the_reviewer_for_iom(city: Builder) -> None:
    """CIPPEC has accounts of its own: its comments on the report and their validation are its
    own, IOM's reviewers no longer record them for it."""
    city.assessed().workshop(WorkshopKind.DIAGNOSTIC).sections()
    city.send(REPORT)
    reply_to = city.comment_report()
    city.iom(REPORT, ReviewState.HAS_ISSUES)
    city.reply(reply_to)
    file = city.file()
    assert can_role(Role.PARTNER, Act.VALIDATE, REPORT, file=file, today=TODAY)
    refused = can_role(Role.REVIEWER, Act.VALIDATE, REPORT, file=file, today=TODAY)
    assert str(refused) == "Esto le corresponde a CIPPEC."
    assert str(can_role(Role.PARTNER, Act.APPROVE, REPORT, file=file, today=TODAY)) == (
        "Esto le corresponde a OIM."
    )
    assert str(can_role(Role.ADMIN, Act.CERTIFY, None, file=file, today=TODAY)) == (
        "Esto le corresponde a OIM."
    )
