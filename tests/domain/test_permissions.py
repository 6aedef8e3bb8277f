"""Who may write what: one rule, which the server's policy and the desktop's store both apply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from migradesk.domain import permissions
from migradesk.domain.base import Role
from migradesk.domain.kinds import record_types
from migradesk.domain.review import Comment, Deliverable, ReviewEvent, ReviewState

CITY = "c1"


def test_every_kind_has_a_spanish_subject() -> None:
    for cls in record_types():
        assert cls.KIND in permissions.KIND_SUBJECTS, cls.KIND


def test_the_servers_policy_asks_the_same_rule() -> None:
    pytest.importorskip("fastapi")
    from migradesk.server import policy

    for role in Role:
        for cls in record_types():
            allowed = policy.decide(role, frozenset({CITY}), policy.Access.WRITE, CITY, cls.KIND)
            assert allowed == permissions.kind_refusal(role, cls), (role, cls.KIND)


def test_iom_writes_its_records_and_the_city_its_own() -> None:
    writable = {
        role: {cls.KIND for cls in record_types() if permissions.kind_refusal(role, cls) is None}
        for role in Role
    }
    assert {"certification", "phase_date"} <= writable[Role.REVIEWER]
    assert {"certification", "phase_date"}.isdisjoint(writable[Role.FOCAL_POINT])
    assert writable[Role.FOCAL_POINT] == writable[Role.OFFICIAL]
    assert "indicator_answer" not in writable[Role.REVIEWER]
    assert writable[Role.ADMIN] == {"city"}
    assert writable[Role.PARTNER] == {"comment", "review_event"}  # CIPPEC: no dates, no seal


def _event(state: ReviewState) -> ReviewEvent:
    at = datetime(2026, 5, 1, tzinfo=UTC)
    return ReviewEvent(city_id=CITY, deliverable=Deliverable.REPORT, state=state, at=at)


def test_a_city_sends_and_iom_answers() -> None:
    sent, approved = _event(ReviewState.SENT), _event(ReviewState.APPROVED)
    assert permissions.record_refusal(Role.FOCAL_POINT, sent) is None
    assert permissions.record_refusal(Role.FOCAL_POINT, approved) == permissions.CITY_SENDS_ONLY
    assert permissions.record_refusal(Role.REVIEWER, approved) is None
    assert permissions.record_refusal(Role.REVIEWER, sent) == permissions.REVIEWERS_ANSWER
    validated = _event(ReviewState.VALIDATED)
    assert permissions.record_refusal(Role.PARTNER, validated) is None
    assert permissions.record_refusal(Role.PARTNER, sent) == permissions.REVIEWERS_ANSWER


def test_a_comment_carries_its_authors_role() -> None:
    comment = Comment(
        city_id=CITY,
        anchor_kind="action",
        anchor_id="a",
        author="Ana",
        author_role=Role.OFFICIAL,
        body="Listo.",
        created_at=datetime(2026, 5, 1, tzinfo=UTC),
    )
    assert permissions.record_refusal(Role.OFFICIAL, comment) is None
    with pytest.raises(permissions.WriteRefused, match=r"rol de quien lo escribe \(punto focal"):
        permissions.check_write(Role.FOCAL_POINT, comment)
