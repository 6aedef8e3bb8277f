"""Issue 19.3, end to end: a city PC whose clock runs 3 days ahead, or 2 days behind, never
decides a deliverable's state. The desktop sends through a real push, IOM answers through the
review API, the desktop pulls; both sides read the state in the server's order (sync G8)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import synckit

from migradesk.domain.process import Stage, review
from migradesk.domain.review import Deliverable, ReviewEvent, ReviewState
from migradesk.server import cities, db
from migradesk.sync.transport import Request

sys.path.insert(0, str(Path(__file__).parents[1] / "domain" / "process"))
import citykit

SELF = Deliverable.SELF_ASSESSMENT


def iom_answers(server: synckit.Server, state: ReviewState) -> None:
    token = synckit.login_token(server.transport(), "revisora")
    answer = server.client.send(
        Request(
            "POST",
            f"/api/v1/cities/{synckit.CITY.id}/reviews",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                     "X-MigraDesk-Protocol": "1"},
            body=json.dumps({"deliverable": SELF.value, "state": state.value}).encode(),
        )
    )  # fmt: skip
    assert answer.status == 201, answer.body


def stage(desk: synckit.Desktop) -> Stage:
    return review(desk.store.load_city_file(synckit.CITY.id), SELF).stage


@pytest.mark.parametrize("skew", [timedelta(days=3), timedelta(days=-2)], ids=["ahead", "behind"])
def test_a_skewed_city_clock_never_decides_the_state(
    server: synckit.Server, make_desktop: synckit.DesktopFactory, skew: timedelta
) -> None:
    ready = citykit.Builder(synckit.CITY).selected().course_done().answers()
    with db.write(server.engine) as conn:
        cities.load_records(conn, synckit.CITY.id, list(ready.records.values()), synckit.now())
    desk = make_desktop()
    assert desk.sync().ok

    def city_sends() -> None:  # the city PC's clock, skewed, in the event's ``at``
        event = ReviewEvent(
            city_id=synckit.CITY.id, deliverable=SELF, state=ReviewState.SENT,
            at=datetime.now(UTC) + skew,
        )  # fmt: skip
        desk.store.save(event)

    city_sends()
    assert stage(desk) is Stage.TO_SEND
    assert desk.sync().ok
    assert stage(desk) is Stage.SENT
    iom_answers(server, ReviewState.HAS_ISSUES)  # on the server's clock
    assert desk.sync().ok
    assert stage(desk) is Stage.COMMENTED  # 3 days ahead, the send does not hide the answer

    city_sends()  # corrected and sent again, still on the skewed clock
    assert stage(desk) is Stage.TO_SEND  # 2 days behind, the re-send is not hidden either
    assert desk.sync().ok
    assert stage(desk) is Stage.SENT
    iom_answers(server, ReviewState.APPROVED)
    assert desk.sync().ok
    assert stage(desk) is Stage.DONE
