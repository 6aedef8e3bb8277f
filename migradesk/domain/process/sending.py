"""What the city writes when it sends a deliverable to IOM: the review event (and, for the
report, a numbered copy of its sections). Whether it may send is ``gates.can``'s question."""

from __future__ import annotations

from datetime import datetime

from migradesk.domain.base import Record
from migradesk.domain.cityfile import CityFile
from migradesk.domain.report import ReportStatus, ReportVersion
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

PRELIMINARY_NOTE = "Versión preliminar enviada a OIM para su revisión."
FINAL_NOTE = "Versión final, con los comentarios validados."


def send_records(
    file: CityFile, deliverable: Deliverable, at: datetime, *, final: bool = False
) -> list[Record]:
    """The records of one send, signed with the focal point's name (``at``: shown only)."""
    focal = file.focal_point
    records: list[Record] = []
    note = ""
    if deliverable is Deliverable.REPORT:
        number = max((v.number for v in file.report_versions), default=0) + 1
        records.append(
            ReportVersion(
                id=ReportVersion.id_for(file.city.id, number),  # version n is one (sync G13)
                city_id=file.city.id,
                number=number,
                status=ReportStatus.FINAL if final else ReportStatus.SENT,
                created_at=at,
                sections={key: s.text for key, s in file.report_sections.items()},
                note=FINAL_NOTE if final else PRELIMINARY_NOTE,
            )
        )
        note = f"Versión {number}."
    records.append(
        ReviewEvent(
            city_id=file.city.id,
            deliverable=deliverable,
            state=ReviewState.SENT,
            at=at,
            by=focal.name if focal is not None else "",
            note=note,
        )
    )
    return records


def withdrawal(file: CityFile, deliverable: Deliverable) -> list[Record]:
    """What withdrawing the deliverable's unsent send removes (nothing if there is none): its
    event and, for the report, the copy written with it."""
    from migradesk.domain.process.reviews import review

    event = review(file, deliverable).unsent
    if event is None:
        return []
    found: list[Record] = [event]
    if deliverable is Deliverable.REPORT:
        latest = file.report_versions[-1] if file.report_versions else None
        if latest is not None and file.server_seq(latest.id) == 0:
            found.insert(0, latest)
    return found
