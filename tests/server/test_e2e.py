"""End to end: accounts made with the CLI, a real ``migradesk-server serve --workers 2`` on a
loopback port (SQLite, and PostgreSQL when MIGRADESK_TEST_PG is set), and desktops talking HTTP:
the push → pull → comment → review cycle, concurrent retries, concurrent pushes."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from serverkit import (
    PASSWORD,
    ServerProcess,
    fast_tmp_dir,
    fresh_pg_database,
    mutation,
    pg_base_url,
    push_body,
    run_cli,
)

from migradesk.domain.plan import PriorityArea
from migradesk.domain.report import ReportSection
from migradesk.domain.review import Deliverable
from migradesk.wire.protocol import PULL_PATH, PUSH_PATH, SUMMARY_PATH, summary_digest

sys.path.insert(0, str(Path(__file__).parents[1] / "domain" / "process"))
import citykit


@dataclasses.dataclass
class Served:
    server: ServerProcess
    db_url: str
    humahuaca: str
    tilcara: str

    def url(self, path: str) -> str:
        return f"{self.server.url}{path}"


def _cli(db_url: str, *args: str, password: str | None = None) -> str:
    stdin = f"{password}\n" if password is not None else None
    done = run_cli(args, db_url=db_url, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _cli_all(db_url: str, commands: list[list[str]]) -> list[str]:
    """CLI commands run side by side (each is a process; the database serialises writers)."""
    stdin = f"{PASSWORD}\n"
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "migradesk.server.cli", *args, "--db", db_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    outputs = []
    for process in running:
        out, err = process.communicate(stdin, timeout=120)
        assert process.returncode == 0, err
        outputs.append(out)
    return outputs


def _set_up(db_url: str, log: Path) -> Served:
    """Two cities and three accounts through the CLI, then the server."""
    _cli(db_url, "init-db")
    made = _cli_all(db_url, [["add-city", "Humahuaca", "Jujuy"], ["add-city", "Tilcara", "Jujuy"]])
    humahuaca, tilcara = (re.findall(r"agregada con el id (\S+)", out)[0] for out in made)
    _cli_all(
        db_url,
        [
            ["add-user", "ana", "--role", "focal_point", "--city", "Humahuaca", "--password-stdin"],
            ["add-user", "beto", "--role", "official", "--city", tilcara, "--password-stdin"],
            ["add-user", "rita", "--role", "reviewer", "--password-stdin"],
        ],
    )
    return Served(ServerProcess(db_url, log, workers=2), db_url, humahuaca, tilcara)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def served(request: pytest.FixtureRequest) -> Iterator[Served]:
    if request.param == "sqlite":
        with fast_tmp_dir() as folder:
            running = _set_up(f"sqlite:///{folder / 'server.sqlite3'}", folder / "server.log")
            try:
                yield running
            finally:
                running.server.stop()
        return
    base = pg_base_url()
    if base is None:
        pytest.skip("set MIGRADESK_TEST_PG to run against PostgreSQL")
    with fast_tmp_dir() as folder, fresh_pg_database(base) as url:
        running = _set_up(url, folder / "server.log")
        try:
            yield running
        finally:
            running.server.stop()


def _pull_all(
    served: Served, session: requests.Session, city: str, since: int = 0
) -> tuple[list[dict[str, Any]], int]:
    changes: list[dict[str, Any]] = []
    while True:
        response = session.get(
            served.url(PULL_PATH),
            params={"city_id": city, "since": str(since), "limit": "50"},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        page = response.json()
        changes.extend(page["changes"])
        since = page["cursor"]
        if not page["has_more"]:
            return changes, since


def _push(served: Served, session: requests.Session, body: dict[str, Any]) -> list[dict[str, Any]]:
    response = session.post(served.url(PUSH_PATH), json=body, timeout=60)
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_the_push_pull_comment_review_cycle(served: Served) -> None:
    ana = served.server.login("ana")
    rita = served.server.login("rita")
    beto = served.server.login("beto")
    city = served.humahuaca

    _, cursor = _pull_all(served, ana, city)
    section = ReportSection(
        id=ReportSection.id_for(city, 1), city_id=city, section=1, text="Contexto local…"
    )
    area = PriorityArea(city_id=city, title="Acceso a la documentación", importance=5)
    # The application, complete, and its send (the server checks the gate again).
    applied = citykit.Builder().application()
    assert applied.city.id == city  # add-city by name took the register's id
    sent = applied.send(Deliverable.APPLICATION)
    records = [section, area, *applied.records.values()]
    results = _push(served, ana, push_body(city, [mutation(r) for r in records], "pc-ana"))
    assert [r["status"] for r in results] == ["applied"] * len(records)

    # A reviewer reads it, comments on the section and answers the review.
    seen, _ = _pull_all(served, rita, city)
    assert {c["id"] for c in seen} >= {section.id, area.id}
    base = f"/api/v1/cities/{city}"
    comment = rita.post(
        served.url(f"{base}/comments"),
        json={"anchor_kind": "report_section", "anchor_id": section.id, "body": "Ampliar."},
        timeout=30,
    )
    assert comment.status_code == 201, comment.text
    for state in ("con_observaciones", "recibido"):  # the second: nothing waits any more
        review = rita.post(
            served.url(f"{base}/reviews"),
            json={"deliverable": "inscripcion", "state": state},
            timeout=30,
        )
        if state == "recibido":
            assert review.status_code == 409, review.text
        else:
            assert review.status_code == 201, review.text

    # The city's next (incremental) pull brings exactly those, in order.
    changes, cursor = _pull_all(served, ana, city, cursor)
    assert [c["kind"] for c in changes] == [
        "report_section",
        "priority_area",
        "application",
        "focal_point",
        "review_event",
        "comment",
        "review_event",
    ]
    assert changes[4]["id"] == sent.id and changes[5]["fields"]["body"] == "Ampliar."
    assert changes[-1]["fields"]["state"] == "con_observaciones"
    empty = ana.get(
        served.url(PULL_PATH), params={"city_id": city, "since": str(cursor)}, timeout=30
    )
    assert empty.json()["changes"] == [] and len(empty.content) < 100

    # The summary agrees with what the desktop holds.
    everything, _ = _pull_all(served, ana, city)
    summary = ana.get(served.url(SUMMARY_PATH), params={"city_id": city}, timeout=30).json()
    assert summary["digest"] == summary_digest([(c["id"], c["version"]) for c in everything])

    # Another city's account sees none of it; a gzip body works over the wire.
    refused = beto.get(served.url(PULL_PATH), params={"city_id": city}, timeout=30)
    assert refused.status_code == 403
    own = PriorityArea(city_id=served.tilcara, title="Salud")
    body = gzip.compress(json.dumps(push_body(served.tilcara, [mutation(own)], "pc-beto")).encode())
    sent = beto.post(
        served.url(PUSH_PATH),
        data=body,
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        timeout=30,
    )
    assert sent.status_code == 200 and sent.json()["results"][0]["status"] == "applied"


def test_the_same_batch_sent_concurrently_is_applied_once(served: Served) -> None:
    city = served.humahuaca
    sessions = [served.server.login("ana") for _ in range(8)]
    _, before = _pull_all(served, sessions[0], city)
    areas = [PriorityArea(city_id=city, title=f"Reintento {n}") for n in range(5)]
    body = push_body(city, [mutation(a) for a in areas], f"pc-{uuid.uuid4()}")
    answers: list[Any] = [None] * len(sessions)
    barrier = threading.Barrier(len(sessions))

    def send(n: int) -> None:
        barrier.wait()
        answers[n] = sessions[n].post(served.url(PUSH_PATH), json=body, timeout=60).json()

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(sessions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answer == answers[0] for answer in answers)
    assert [r["status"] for r in answers[0]["results"]] == ["applied"] * 5
    changes, after = _pull_all(served, sessions[0], city, before)
    assert after == before + 5  # five records, numbered once
    assert sorted(c["id"] for c in changes) == sorted(a.id for a in areas)
    # And once more, in sequence, after the fact.
    assert sessions[0].post(served.url(PUSH_PATH), json=body, timeout=30).json() == answers[0]


def test_concurrent_pushes_to_one_city_never_let_a_cursor_skip_a_change(served: Served) -> None:
    """Writers push to one city while a desktop follows it with its cursor: every change
    committed is seen, though transactions commit in any order."""
    city = served.tilcara
    writers, pushes = 6, 15
    sessions = [served.server.login("beto") for _ in range(writers)]
    follower = served.server.login("beto")
    _, cursor = _pull_all(served, follower, city)
    expected: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    seen: dict[str, int] = {}
    problems: list[str] = []

    def write(n: int) -> None:
        for k in range(pushes):
            area = PriorityArea(city_id=city, title=f"w{n}-{k}", importance=1 + k % 5)
            results = _push(served, sessions[n], push_body(city, [mutation(area)], f"w{n}"))
            if results[0]["status"] != "applied":
                problems.append(str(results))
            with lock:
                expected.add(area.id)

    def follow() -> None:
        nonlocal cursor
        while True:
            finished = done.is_set()
            response = follower.get(
                served.url(PULL_PATH), params={"city_id": city, "since": str(cursor)}, timeout=30
            )
            page = response.json()
            versions = [c["version"] for c in page["changes"]]
            if versions != sorted(versions) or any(v <= cursor for v in versions):
                problems.append(f"out of order after {cursor}: {versions}")
            for change in page["changes"]:
                seen[change["id"]] = change["version"]
            cursor = page["cursor"]
            if finished and not page["has_more"]:
                return

    started = datetime.now(UTC)
    follower_thread = threading.Thread(target=follow)
    follower_thread.start()
    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    follower_thread.join(timeout=120)
    assert not problems, problems[:3]
    assert len(expected) == writers * pushes
    missing = expected - set(seen)
    assert not missing, f"the cursor skipped {len(missing)} committed changes"
    assert (datetime.now(UTC) - started).total_seconds() < 120
