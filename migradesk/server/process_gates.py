"""The process model's gates, checked again on the server (the desktops check first).

A review event (a city's send, IOM's or CIPPEC's answer) and a certification are written only
when the process model allows them for the writer's role against the city's file as the server
holds it (with what the same push applied before). The REST API answers 409 with the Spanish
reason; a pushed change is rejected with it. The plan's validation is recorded once, as IOM's
review of the plan: a phase date for it is refused.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from migradesk.domain.base import Record
from migradesk.domain.process import Act, act_of, can_role
from migradesk.domain.review import Certification, Milestone, PhaseDate, ReviewEvent
from migradesk.server import city_files, policy

PLAN_VALIDATED_IS_A_REVIEW = (
    "La validación del plan de acción se registra una sola vez: como revisión del plan "
    "(aprobado), no como fecha."
)
PREFIX = {
    Act.CERTIFY: "No se puede certificar a la ciudad todavía.",
    Act.SEND: "No se puede enviar todavía.",
    Act.SEND_FINAL: "No se puede enviar la versión final todavía.",
}
ANSWER = "No se puede registrar esta revisión."


def refusal(
    conn: sa.Connection, role: policy.Actor, city_id: str, record: Record, now: datetime
) -> str | None:
    """Why the process does not allow writing ``record`` now (None: it does)."""
    if role == policy.SYSTEM:
        return None  # the server's own loaders (the demo, a city's first record)
    if isinstance(record, PhaseDate) and record.milestone is Milestone.ACTION_PLAN_VALIDATED:
        return PLAN_VALIDATED_IS_A_REVIEW
    if isinstance(record, Certification):
        if record.certified_on is None:
            return None  # IOM may note the ceremony's place before it sets the date
        act, deliverable = Act.CERTIFY, None
    elif isinstance(record, ReviewEvent):
        deliverable = record.deliverable
        act = Act.SEND  # refined below, with the file
    else:
        return None
    file = city_files.load(conn, city_id)
    if isinstance(record, ReviewEvent):
        existing = {e.id for e in file.all(ReviewEvent)}
        if record.id in existing:
            return None  # the same event again (append-only: the push engine decides)
        act = act_of(record, file)
    verdict = can_role(role, act, deliverable, file=file, today=now.date())
    if verdict:
        return None
    return f"{PREFIX.get(act, ANSWER)} {verdict}"
