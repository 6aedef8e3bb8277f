"""The workspace's "Por revisar": what each city waits for from IOM or CIPPEC, by their own
deadlines (week 11 for the self-assessment, three weeks for the report), undated last."""

from __future__ import annotations

from datetime import UTC, date, datetime

from migradesk.domain.actors import Actor
from migradesk.domain.process.queue import queue
from migradesk.domain.register import search
from migradesk.domain.report import WorkshopKind
from migradesk.domain.review import Deliverable, ReviewState

from .citykit import TODAY, Builder


def _report_sent(builder: Builder, on: datetime) -> Builder:
    builder.assessed().workshop(WorkshopKind.DIAGNOSTIC, date(2026, 3, 25)).sections()
    builder.clock = on
    builder.send(Deliverable.REPORT)
    return builder


def test_iom_and_cippec_each_see_their_own_queue_by_their_deadlines() -> None:
    assessment = Builder(search("Tilcara")[0].to_city()).selected().course_done().answers()
    assessment.send(Deliverable.SELF_ASSESSMENT)
    report = _report_sent(Builder(), datetime(2026, 4, 20, 10, tzinfo=UTC))
    answered = _report_sent(
        Builder(search("Maimará")[0].to_city()), datetime(2026, 4, 2, 10, tzinfo=UTC)
    )
    comment = answered.comment_report()
    answered.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
    answered.reply(comment)
    draft = Builder(search("Purmamarca")[0].to_city()).application()  # nothing for IOM yet
    files = [f.file() for f in (draft, answered, report, assessment)]

    iom = queue(files, [Actor.IOM], TODAY)
    assert [(w.city_name, w.action.key) for w in iom] == [
        ("Tilcara", "fase2.revisar"),  # week 11 of Phase 2
        ("Humahuaca", "fase3.revisar"),  # three weeks after the delivery
    ]
    assert iom[0].due is not None and iom[1].due == date(2026, 5, 11)
    assert iom[0].due < iom[1].due and all(w.overdue(TODAY) for w in iom)
    assert iom[1].deliverable is Deliverable.REPORT and iom[1].since == date(2026, 4, 20)

    cippec = queue(files, [Actor.CIPPEC], TODAY)
    assert [(w.city_name, w.action.key) for w in cippec] == [
        ("Humahuaca", "fase3.revisar"),  # IOM and CIPPEC review the report
        ("Maimará", "fase3.validar"),  # the comments answered: CIPPEC validates (no date)
    ]
