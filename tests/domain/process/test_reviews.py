"""Review states follow the server's sequence, never the writers' clocks (sync G8), and a send
is "por enviar" until the server acknowledges it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from migradesk.domain.base import Role
from migradesk.domain.process import Stage, is_locked, review
from migradesk.domain.process.reviews import waiting_comments
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState

from .citykit import Builder

SELF = Deliverable.SELF_ASSESSMENT
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def event(city: Builder, state: ReviewState, at: datetime) -> ReviewEvent:
    return ReviewEvent(city_id=city.city.id, deliverable=SELF, state=state, at=at)


def test_a_city_clock_three_days_ahead_does_not_hide_iom_s_answer(city: Builder) -> None:
    city.add(event(city, ReviewState.SENT, NOW + timedelta(days=3)))  # seq 1, PC ahead
    city.add(event(city, ReviewState.HAS_ISSUES, NOW))  # seq 2, on the server's clock
    assert review(city.file(), SELF).stage is Stage.COMMENTED
    assert not is_locked(city.file(), SELF)


def test_a_city_clock_two_days_behind_does_not_hide_a_resend(city: Builder) -> None:
    city.add(event(city, ReviewState.SENT, NOW))
    city.add(event(city, ReviewState.HAS_ISSUES, NOW + timedelta(hours=1)))
    resend = event(city, ReviewState.SENT, NOW + timedelta(hours=2) - timedelta(days=2))
    city.add(resend, ack=False)  # not pushed yet: after everything this PC has seen
    assert review(city.file(), SELF).stage is Stage.TO_SEND
    city.versions[resend.id] = 3  # acknowledged
    assert review(city.file(), SELF).stage is Stage.SENT
    assert review(city.file(), SELF).latest is resend


def test_a_send_is_to_send_until_acknowledged_then_sent(city: Builder) -> None:
    city.answers()
    sent = city.send(SELF, ack=False)
    found = review(city.file(), SELF)
    assert found.stage is Stage.TO_SEND and found.unsent is sent and found.sent_on is None
    assert is_locked(city.file(), SELF)
    city.versions[sent.id] = 7
    found = review(city.file(), SELF)
    assert found.stage is Stage.SENT and found.unsent is None
    assert found.sent_on == sent.at.date()


def test_an_answered_send_counts_as_delivered_even_without_a_sequence(city: Builder) -> None:
    """A file written before sequences were kept (the demo): IOM answered, so it arrived."""
    sent = city.send(SELF, ack=False)
    city.add(event(city, ReviewState.APPROVED, sent.at + timedelta(days=5)), ack=False)
    found = review(city.file(), SELF)
    assert found.stage is Stage.DONE and found.first_on(ReviewState.SENT) == sent.at.date()


def test_the_report_goes_through_comments_and_validation_to_final(city: Builder) -> None:
    city.assessed()
    stages = []
    city.send(Deliverable.REPORT)
    stages.append(review(city.file(), Deliverable.REPORT).stage)
    comment = city.comment_report()
    city.iom(Deliverable.REPORT, ReviewState.HAS_ISSUES)
    stages.append(review(city.file(), Deliverable.REPORT).stage)
    partner = city.comment_report("4", Role.PARTNER)  # CIPPEC's, as its own
    assert waiting_comments(city.file()) == [partner, comment]
    city.reply(comment)
    city.reply(partner)
    assert waiting_comments(city.file()) == []
    city.iom(Deliverable.REPORT, ReviewState.VALIDATED)
    stages.append(review(city.file(), Deliverable.REPORT).stage)
    assert not is_locked(city.file(), Deliverable.REPORT)  # the city incorporates them
    city.send(Deliverable.REPORT, final=True)
    stages.append(review(city.file(), Deliverable.REPORT).stage)
    city.iom(Deliverable.REPORT, ReviewState.APPROVED)
    stages.append(review(city.file(), Deliverable.REPORT).stage)
    assert stages == [Stage.SENT, Stage.COMMENTED, Stage.VALIDATED, Stage.SENT, Stage.DONE]


def test_the_application_ends_when_iom_receives_it(city: Builder) -> None:
    city.application()
    city.send(Deliverable.APPLICATION)
    assert review(city.file(), Deliverable.APPLICATION).stage is Stage.SENT
    city.iom(Deliverable.APPLICATION, ReviewState.RECEIVED)
    assert review(city.file(), Deliverable.APPLICATION).stage is Stage.DONE
