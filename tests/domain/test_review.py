from __future__ import annotations

from datetime import UTC, datetime, timedelta

from migradesk.domain.base import Role
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

T0 = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _event(state: ReviewState, minutes: int) -> ReviewEvent:
    return ReviewEvent(
        city_id="c",
        deliverable=Deliverable.SELF_ASSESSMENT,
        state=state,
        at=T0 + timedelta(minutes=minutes),
    )


def test_cities_only_send_and_reviewers_only_answer() -> None:
    assert _event(ReviewState.SENT, 0).allowed_for(Role.FOCAL_POINT)
    assert not _event(ReviewState.APPROVED, 0).allowed_for(Role.FOCAL_POINT)
    assert _event(ReviewState.APPROVED, 0).allowed_for(Role.REVIEWER)
    assert not _event(ReviewState.SENT, 0).allowed_for(Role.REVIEWER)
    assert not _event(ReviewState.APPROVED, 0).allowed_for(Role.ADMIN)
