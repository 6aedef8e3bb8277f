"""Sending a deliverable to IOM: the SENT event (the inline confirmation: ``forms.ConfirmBar``)."""

from __future__ import annotations

from datetime import date, datetime

from migradesk.domain.cityfile import CityFile
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState


def now_on(day: date) -> datetime:
    """The current time of day on the session's ``day`` (tests fix the day)."""
    now = datetime.now().astimezone()  # the storage keeps aware datetimes only
    return datetime.combine(day, now.time().replace(microsecond=0), tzinfo=now.tzinfo)


def sent_event(
    file: CityFile, deliverable: Deliverable, at: datetime, note: str = ""
) -> ReviewEvent:
    """The city's "sent to IOM" step, signed with the focal point's name."""
    focal_point = file.focal_point
    return ReviewEvent(
        city_id=file.city.id,
        deliverable=deliverable,
        state=ReviewState.SENT,
        at=at,
        by=focal_point.name if focal_point is not None else "",
        note=note,
    )
