"""Who may write what: the ONE rule of which role writes which kind of record, and the rules
that depend on what a record says.

The server's policy applies it to every pushed mutation; the desktop's store applies it to every
save with the role of the account this desktop is signed in to (the focal point's before any
sign-in), and the sync sets aside, before sending, what an earlier role queued. So the outbox
only ever holds changes the server will accept from this account, and a change the role cannot
make is refused when it is saved, with its reason, instead of being discovered at the server
(sync G2 and G9: every change is applied or shown as refused with a reason).

The reasons are Spanish sentences for the person who reads them (the server sends the same ones).
"""

from __future__ import annotations

from migradesk.domain.base import CITY_ROLES, DomainError, Record, Role, role_name
from migradesk.domain.kinds import record_types
from migradesk.domain.review import Comment, ReviewEvent

# Each kind as the subject of a sentence ("Los comentarios no se pueden borrar.").
KIND_SUBJECTS = {
    "action": "Las acciones",
    "application": "Las postulaciones",
    "certification": "Las certificaciones",
    "city": "Los datos de la ciudad",
    "comment": "Los comentarios",
    "focal_point": "Los puntos focales",
    "indicator_answer": "Las respuestas del cuestionario",
    "monitoring_update": "Los avances de monitoreo",
    "objective": "Los objetivos",
    "official": "Las personas funcionarias",
    "phase_date": "Las fechas de fase",
    "priority_area": "Las áreas prioritarias",
    "report_section": "Las secciones del reporte",
    "report_version": "Las versiones del reporte",
    "review_event": "Los envíos y respuestas de revisión",
    "workshop": "Los talleres",
}

CITY_SENDS_ONLY = "Una ciudad solo puede enviar un entregable a revisión (estado «enviado»)."
REVIEWERS_ANSWER = (
    "OIM y CIPPEC responden las revisiones; solo la ciudad envía un entregable (estado «enviado»)."
)


class WriteRefused(DomainError):
    """A change the signed-in role may not make: refused when saved, never queued."""


def kind_subject(kind: str) -> str:
    return KIND_SUBJECTS.get(kind, "Los registros de este tipo")


def role_cannot_write(role: str, kind: str | None = None) -> str:
    what = "los registros de una ciudad" if kind is None else kind_subject(kind).lower()
    return f"Su rol ({role_name(role)}) no puede modificar {what}."


def comment_role(role: str) -> str:
    return f"Un comentario debe llevar el rol de quien lo escribe ({role_name(role)})."


def writes_anything(role: str) -> bool:
    """Whether the role may write some kind of a city's records."""
    return any(role in cls.WRITERS for cls in record_types())


def kind_refusal(role: str, cls: type[Record]) -> str | None:
    """None if ``role`` may create, change or delete records of this kind; else the reason."""
    return None if role in cls.WRITERS else role_cannot_write(role, cls.KIND)


def content_refusal(role: str, record: Record) -> str | None:
    """The rules that depend on what a record says: a city only *sends* a deliverable and IOM
    only answers; a comment carries its author's real role."""
    if isinstance(record, ReviewEvent) and (
        role not in Role.__members__.values() or not record.allowed_for(Role(role))
    ):
        return CITY_SENDS_ONLY if role in CITY_ROLES else REVIEWERS_ANSWER
    if isinstance(record, Comment) and record.author_role != role:
        return comment_role(role)
    return None


def record_refusal(role: str, record: Record) -> str | None:
    """None if ``role`` may write this record as it is; else the reason."""
    return kind_refusal(role, type(record)) or content_refusal(role, record)


def check_write(role: str, record: Record) -> None:
    """Raise WriteRefused with the reason when ``role`` may not write ``record``."""
    reason = record_refusal(role, record)
    if reason is not None:
        raise WriteRefused(reason)
