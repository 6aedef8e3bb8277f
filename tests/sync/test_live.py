"""End to end against a real `migradesk-server serve` on loopback (PostgreSQL when
MIGRADESK_TEST_PG is set): two desktops of a city and a reviewer, over HTTP with requests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import synckit

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.base import Role
from migradesk.domain.plan import Action
from migradesk.domain.review import Comment, Milestone, PhaseDate
from migradesk.storage.sync import resolution, sync_status

CITY = synckit.CITY.id


def test_two_desktops_and_a_reviewer_converge(
    live_server: synckit.LiveServer, tmp_path: Path, template_dir: Path
) -> None:
    a = synckit.live_desktop(live_server, tmp_path, template_dir, "punto.focal")
    b = synckit.live_desktop(live_server, tmp_path, template_dir, "otra.persona")
    r = synckit.live_desktop(live_server, tmp_path, template_dir, "revisora")
    desks = (a, b, r)
    try:
        for desk in desks:
            assert desk.sync().ok
        answers = [IndicatorAnswer.blank(CITY, "1", f"c{i:02}") for i in range(40)]
        for n, answer in enumerate(answers):
            answer.answer = "si"
            answer.notes = f"nota {n} " * 20
        a.store.save_all(answers)
        action = Action(city_id=CITY, objective_id="o", title="Mesa de atención")
        b.store.save(action)
        r.store.save_all(
            [
                PhaseDate(
                    id=PhaseDate.id_for(CITY, Milestone.CAMPAIGN_LAUNCH),
                    city_id=CITY,
                    milestone=Milestone.CAMPAIGN_LAUNCH,
                    on=date(2026, 3, 2),
                ),
                Comment(
                    city_id=CITY,
                    anchor_kind="action",
                    anchor_id=action.id,
                    author="revisora",
                    author_role=Role.REVIEWER,
                    body="Bien.",
                    created_at=datetime.now(UTC),
                ),
            ]
        )
        for desk in desks:
            assert desk.sync(max_batch=16).ok
        # Concurrent edits: a long text on both sides, a short field on both sides.
        a.store.save(IndicatorAnswer(**{**answers[0].__dict__, "notes": "A", "answer": "no"}))
        b_answer = b.store.get(IndicatorAnswer, answers[0].id)
        assert b_answer is not None
        b_answer.notes, b_answer.answer = "B", "parcial"
        b.store.save(b_answer)
        assert a.sync().ok
        report = b.sync()
        assert report.ok and report.conflicts == 1
        (conflict,) = sync_status.open_conflicts(b.store)
        resolution.resolve_conflict(b.store, conflict.id, resolution.Resolution.MERGED, "A y B")
        for _ in range(2):
            for desk in desks:
                assert desk.sync().ok
        for desk in desks:
            synckit.assert_outbox_empty(desk.store)
            synckit.assert_converged(live_server.inspect, desk.store, CITY)
            assert desk.sync().cities[0].check in ("ok", "omitido")
        got = a.store.get(IndicatorAnswer, answers[0].id)
        assert got is not None and (got.notes, got.answer) == ("A y B", "parcial")
    finally:
        for desk in desks:
            desk.transport.close()
            desk.store.close()
