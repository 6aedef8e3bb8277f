"""The engine against the real server app in-process: push, pull, conflicts, rejections,
retries, the sanity check and honest progress."""

from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
import synckit

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.domain.plan import Action
from migradesk.server import reasons
from migradesk.storage.schema import RECORD_TABLES
from migradesk.storage.schema import outbox as outbox_table
from migradesk.storage.sync import replica, resolution, sync_status
from migradesk.sync.engine import Progress
from migradesk.sync.errors import ErrorKind
from migradesk.sync.lock import SyncLock
from migradesk.sync.transport import Request, Response
from migradesk.wire import protocol

CITY = synckit.CITY.id


def _answer(indicator: str = "a01", **values: object) -> IndicatorAnswer:
    answer = IndicatorAnswer.blank(CITY, "1", indicator)
    for name, value in values.items():
        setattr(answer, name, value)
    return answer


def test_two_desktops_converge(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b = make_desktop(), make_desktop("otra.persona")
    assert a.sync().ok
    answer = _answer(answer="si", notes="desde A")
    a.store.save(answer)
    report = a.sync()
    assert report.ok and report.pushed == 1
    assert b.sync().ok
    assert b.store.get(IndicatorAnswer, answer.id) == answer
    for desk in (a, b):
        synckit.assert_converged(server, desk.store, CITY)
        synckit.assert_outbox_empty(desk.store)
        # Nothing new: the check is skipped (bytes on the wire); others' changes trigger it.
        assert [c.check for c in desk.sync().cities] == ["omitido"]
    a.store.save(_answer(answer="no"))
    assert a.sync().cities[0].check == "omitido"  # only its own change came back
    assert b.sync().cities[0].check == "ok"


def test_long_text_conflict_then_keep_mine(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b = make_desktop(), make_desktop("otra.persona")
    a.store.save(_answer(notes="base"))
    assert a.sync().ok and b.sync().ok
    a.store.save(_answer(notes="versión de A"))
    b.store.save(_answer(notes="versión de B", answer="si"))
    assert a.sync().ok
    report = b.sync()
    assert report.ok and report.conflicts == 1
    (conflict,) = sync_status.open_conflicts(b.store)
    assert (conflict.mine, conflict.theirs, conflict.base) == (
        "versión de B",
        "versión de A",
        "base",
    )
    badges = sync_status.badges(b.store, CITY)
    assert badges[_answer().id] is sync_status.Badge.CONFLICT
    got = b.store.get(IndicatorAnswer, _answer().id)
    assert got is not None and got.notes == "versión de B" and got.answer == "si"
    resolution.resolve_conflict(b.store, conflict.id, resolution.Resolution.KEEP_MINE)
    assert b.sync().ok and a.sync().ok
    for desk in (a, b):
        synckit.assert_converged(server, desk.store, CITY)
    got = a.store.get(IndicatorAnswer, _answer().id)
    assert got is not None and got.notes == "versión de B"


def test_short_field_later_arrival_wins_and_history_keeps_the_other(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b = make_desktop(), make_desktop("otra.persona")
    a.store.save(_answer(answer="no"))
    assert a.sync().ok and b.sync().ok
    a.store.save(_answer(answer="si"))
    b.store.save(_answer(answer="parcial"))
    assert a.sync().ok and b.sync().ok and a.sync().ok
    got = a.store.get(IndicatorAnswer, _answer().id)
    assert got is not None and got.answer == "parcial"
    assert (_answer().id, "answer", '"si"') in server.history_values(CITY)


def test_rejected_change_is_kept_with_reason_and_the_rest_goes_on(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    refused = Action(id=server.taken_id(), city_id=CITY, objective_id="o", title="Mesa")
    a.store.save_all([refused, _answer(answer="si")])
    report = a.sync()
    assert report.ok and report.rejected == 1 and report.pushed == 1
    (rejected,) = sync_status.rejected_entries(a.store)
    assert rejected.kind == "action" and rejected.error == reasons.ID_OF_ANOTHER_CITY
    assert sync_status.badges(a.store, CITY)[refused.id] is sync_status.Badge.REJECTED
    assert sync_status.pending_count(a.store) == 0


def test_a_request_the_server_refuses_is_bisected_to_the_bad_change(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    a.store.save_all([_answer(f"a{i:02}", answer="si") for i in range(1, 8)])
    with a.store.engine.begin() as conn:  # an id the server's request validation refuses
        conn.execute(
            sa.update(outbox_table).where(outbox_table.c.seq == 4).values(mutation_id="m\x00")
        )
    report = a.sync()
    assert report.ok, report.log
    assert report.pushed == 6 and report.rejected == 1
    (bad,) = sync_status.rejected_entries(a.store)
    assert bad.seq == 4 and "422" in (bad.error or "")


def test_retry_after_is_honoured_and_progress_never_goes_back(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    faults = iter(["busy_503", "busy_429"])
    link = synckit.FaultyTransport(server.transport(), lambda _r: next(faults, "ok"))
    a = make_desktop(transport=link)
    a.store.save_all([_answer(f"a{i:02}", answer="si") for i in range(1, 30)])
    seen: list[Progress] = []
    report = a.sync(max_batch=5, progress=seen.append)
    assert report.ok
    assert len(a.sleep.waits) == 2 and min(a.sleep.waits) >= 2  # Retry-After: 2
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert {p.phase for p in seen} >= {"enviando", "recibiendo", "listo"}


def test_gives_up_after_max_attempts_and_resumes_later(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    link = synckit.FaultyTransport(server.transport(), lambda _r: "ok")
    a = make_desktop(transport=link)
    a.store.save(_answer(answer="si"))
    link.offline = True
    report = a.sync(max_attempts=3)
    assert not report.ok and "Refused" in (report.error or "")
    assert report.pending_after == 1
    assert sync_status.city_status(a.store, CITY).last_error
    link.offline = False
    assert a.sync().ok
    synckit.assert_converged(server, a.store, CITY)
    assert sync_status.city_status(a.store, CITY).last_success_at is not None


def test_expired_token_stops_with_a_clear_message(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    a.store.save(_answer(answer="si"))
    a.token = "token-vencido"
    report = a.sync()
    assert not report.ok and "Inicie sesión" in (report.error or "")
    assert report.error_kind is ErrorKind.AUTH_REQUIRED and report.needs_sign_in
    assert report.pending_after == 1


def test_another_protocol_version_is_refused_without_touching_data(
    make_desktop: synckit.DesktopFactory,
) -> None:
    class NewerServer:
        def send(self, request: Request) -> Response:
            return Response(400, {protocol.PROTOCOL_HEADER: "2"}, b'{"detail":"x"}')

        def close(self) -> None:
            pass

    a = make_desktop(transport=NewerServer())
    a.store.save(_answer(answer="si"))
    report = a.sync()
    assert not report.ok and "Actualice MigraDesk" in (report.error or "")
    assert report.error_kind is ErrorKind.PROTOCOL
    assert report.pending_after == 1 and sync_status.rejected_entries(a.store) == []


def test_one_sync_at_a_time(server: synckit.Server, make_desktop: synckit.DesktopFactory) -> None:
    a = make_desktop()
    lock = SyncLock(a.store.path.parent)
    lock.acquire()
    try:
        report = a.sync()
    finally:
        lock.release()
    assert not report.ok and "en curso" in (report.error or "")
    assert report.error_kind is ErrorKind.ALREADY_RUNNING
    assert a.sync().ok


def test_sanity_check_mismatch_downloads_again_without_losing_work(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b = make_desktop(), make_desktop("otra.persona")
    action = Action(city_id=CITY, objective_id="o", title="Mesa")
    a.store.save(action)
    assert a.sync().ok and b.sync().ok
    table = RECORD_TABLES[Action]
    with b.store.engine.begin() as conn:  # a damaged local copy: wrong version, wrong title
        conn.execute(sa.update(table).values(version=1, title="dañado"))
    assert b.sync().cities[0].check == "omitido"  # nothing moved: caught at the daily check
    replica.save_check(b.store, CITY, datetime.now(UTC) - timedelta(days=2))
    report = b.sync()
    assert report.ok and report.cities[0].check == "reparado"
    synckit.assert_converged(server, b.store, CITY)
    assert list((b.store.path.parent / "copias").glob("cambios-*.json"))


def test_pull_progress_uses_server_count_on_first_download(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    a.store.save_all([_answer(f"a{i:02}", answer="si") for i in range(1, 40)])
    assert a.sync().ok
    b = make_desktop("otra.persona")
    seen: list[Progress] = []
    report = b.sync(page_size=10, progress=seen.append)
    assert report.ok and report.cities[0].pages >= 4
    pulls = [p.fraction for p in seen if p.phase == "recibiendo"]
    assert pulls == sorted(pulls) and len(set(pulls)) >= 4


def test_concurrent_syncs_of_one_desktop_exclude_each_other(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    a.store.save_all([_answer(f"a{i:02}", answer="si") for i in range(1, 20)])
    reports = []
    threads = [threading.Thread(target=lambda: reports.append(a.sync(max_batch=2))) for _ in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.ok for r in reports) in ([False, True], [True, True])
    assert a.sync().ok
    synckit.assert_converged(server, a.store, CITY)


@pytest.mark.parametrize("fault", synckit.FAULTS[1:])
def test_each_fault_still_applies_every_change_exactly_once(
    fault: str, server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    injected = iter([fault] * 3)  # the first three exchanges suffer it
    link = synckit.FaultyTransport(server.transport(), lambda _r: next(injected, "ok"))
    a = make_desktop(transport=link)
    b = make_desktop("otra.persona")
    assert b.sync().ok
    start = server.seq(CITY)
    edits = [_answer(f"a{i:02}", answer="si") for i in range(1, 11)]
    a.store.save_all(edits)
    doomed = Action(city_id=CITY, objective_id="o", title="Borrar")
    a.store.save(doomed)
    a.store.delete(Action, doomed.id)  # create, then delete: two changes
    changes = len(a.store.outbox_entries())
    report = a.sync(max_batch=4)
    if not report.ok:
        report = a.sync(max_batch=4)
    assert report.ok, report.log
    synckit.assert_outbox_empty(a.store)
    assert len(server.answered(a.store.client_id)) == changes  # each answered once, stored
    assert server.seq(CITY) - start == changes  # each applied once: one sequence step apiece
    assert b.sync().ok
    for desk in (a, b):
        synckit.assert_converged(server, desk.store, CITY)
    assert fault in link.faults


# An incremental sync in one request: the last batch's push also pulls (?pull_since=)


def _requests(link: synckit.AppTransport) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in link.sent]


def test_a_one_change_sync_is_one_request(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    assert a.sync().ok  # the first download pulls on its own (with the count for progress)
    link = a.transport
    assert isinstance(link, synckit.AppTransport)
    answer = _answer(answer="si")
    a.store.save(answer)
    link.sent.clear()
    report = a.sync()
    assert report.ok and report.pushed == 1
    assert _requests(link) == [("POST", protocol.PUSH_PATH)]
    assert link.sent[0].params["pull_since"] == str(server.seq(CITY) - 1)
    assert report.cities[0].pulled == 1 and report.cities[0].check == "omitido"
    synckit.assert_converged(server, a.store, CITY)  # its own new version came back with it
    synckit.assert_outbox_empty(a.store)
    link.sent.clear()
    assert a.sync().ok  # nothing to push: one small GET pull
    assert _requests(link) == [("GET", protocol.PULL_PATH)]


def test_others_changes_come_with_the_push_and_pages_go_on_with_get(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b = make_desktop(), make_desktop("otra.persona")
    assert a.sync().ok and b.sync().ok
    b.store.save_all([_answer(f"a{i:02}", answer="no") for i in range(1, 6)])
    assert b.sync().ok
    link = a.transport
    assert isinstance(link, synckit.AppTransport)
    a.store.save(_answer("a20", answer="si"))
    link.sent.clear()
    report = a.sync(page_size=2)
    assert report.ok and report.cities[0].pulled == 6 and report.cities[0].pages == 3
    assert report.cities[0].foreign == 5 and report.cities[0].check == "ok"
    push, pulls, checks = protocol.PUSH_PATH, protocol.PULL_PATH, protocol.SUMMARY_PATH
    assert _requests(link) == [("POST", push), ("GET", pulls), ("GET", pulls), ("GET", checks)]
    synckit.assert_converged(server, a.store, CITY)


def test_without_pull_in_the_answer_the_engine_pulls_on_its_own(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    """A server that predates ?pull_since= ignores it and answers the push alone."""

    class OlderServer(synckit.AppTransport):
        def send(self, request: Request) -> Response:
            if request.path == protocol.PUSH_PATH:
                request = dataclasses.replace(request, params={})
            answer = super().send(request)
            assert b'"pull"' not in answer.body
            return answer

    link = OlderServer(server.client)
    a, b = make_desktop(transport=link), make_desktop("otra.persona")
    assert a.sync().ok
    b.store.save(_answer("a02", answer="no"))
    assert b.sync().ok
    a.store.save(_answer(answer="si"))
    link.sent.clear()
    report = a.sync()
    assert report.ok and report.pushed == 1 and report.cities[0].pulled == 2
    assert _requests(link)[:2] == [("POST", protocol.PUSH_PATH), ("GET", protocol.PULL_PATH)]
    synckit.assert_converged(server, a.store, CITY)


def test_the_pull_comes_with_the_last_batch_only(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a = make_desktop()
    assert a.sync().ok
    link = a.transport
    assert isinstance(link, synckit.AppTransport)
    a.store.save_all([_answer(f"a{i:02}", answer="si") for i in range(1, 6)])
    link.sent.clear()
    assert a.sync(max_batch=2).ok
    pushes = [r for r in link.sent if r.path == protocol.PUSH_PATH]
    assert ["pull_since" in r.params for r in pushes] == [False, False, True]
    assert _requests(link) == [("POST", protocol.PUSH_PATH)] * 3
    synckit.assert_converged(server, a.store, CITY)


def test_a_lost_push_pull_answer_is_retried_and_applied_once(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    lost: list[Request] = []

    def plan(request: Request) -> str:  # the first push-pull's answer never arrives
        if request.path == protocol.PUSH_PATH and not lost:
            lost.append(request)
            return "lost_response"
        return "ok"

    link = synckit.FaultyTransport(server.transport(), plan)
    a, b = make_desktop(transport=link), make_desktop("otra.persona")
    assert a.sync().ok
    b.store.save(_answer("a02", answer="no"))
    assert b.sync().ok
    a.store.save(_answer(answer="si"))
    seq = server.seq(CITY)
    report = a.sync()
    assert report.ok and report.pushed == 1 and len(a.sleep.waits) == 1
    assert server.seq(CITY) == seq + 1  # applied once; the retry got the stored answer
    assert "pull_since" in lost[0].params
    synckit.assert_converged(server, a.store, CITY)
    synckit.assert_outbox_empty(a.store)


def test_a_fresh_desktop_syncs_a_city_an_older_server_poisoned(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    """Sync G11: text stored before the push refused it ("\\ud800") reaches a new desktop
    repaired; the city syncs, checks equal, and keeps syncing."""
    from migradesk.domain.report import Workshop, WorkshopKind

    kind = WorkshopKind.DIAGNOSTIC
    poisoned = Workshop(
        id=Workshop.id_for(CITY, kind), city_id=CITY, kind=kind, notes="Medida \ud800 en marcha"
    )
    server.store_unchecked(CITY, poisoned)
    desk = make_desktop()
    report = desk.sync()
    assert report.ok, report.error
    assert [c.check for c in report.cities] == ["ok"]
    got = desk.store.get(Workshop, poisoned.id, CITY)
    assert got is not None and got.notes == "Medida \ufffd en marcha"
    desk.store.save(_answer(answer="si"))
    assert desk.sync().ok and desk.sync().pending_after == 0
