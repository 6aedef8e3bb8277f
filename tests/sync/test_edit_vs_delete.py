"""Edit vs delete against the real server app: an edit of a record someone else deleted is never
dropped silently; the desktop asks "restore with my edits?" and either answer converges."""

from __future__ import annotations

import sqlalchemy as sa
import synckit

from migradesk.domain.plan import Action
from migradesk.storage.schema import history
from migradesk.storage.sync import resolution, sync_status
from migradesk.storage.sync.sync_status import Badge
from migradesk.sync.transport import Request, Response

CITY = synckit.CITY.id


def _edited_while_deleted(
    make_desktop: synckit.DesktopFactory,
) -> tuple[synckit.Desktop, synckit.Desktop, Action]:
    """A and B share an action; A edits it offline while B deletes it and syncs; A syncs."""
    a, b = make_desktop(), make_desktop("otra.persona")
    action = Action(city_id=CITY, objective_id="o", title="Mesa de atención", description="base")
    a.store.save(action)
    assert a.sync().ok and b.sync().ok
    action.description = "Con turnos los martes"
    a.store.save(action)  # offline: not synced yet
    assert b.store.delete(Action, action.id)
    assert b.sync().ok
    report = a.sync()
    assert report.ok, report.log
    assert report.conflicts == 1 and report.pending_after == 0
    return a, b, action


def test_edit_of_a_deleted_record_asks_and_restore_brings_it_back_everywhere(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b, action = _edited_while_deleted(make_desktop)
    (conflict,) = sync_status.open_conflicts(a.store)
    assert conflict.deleted and conflict.mine["description"] == "Con turnos los martes"
    assert a.store.get(Action, action.id) is None  # the delete applied here too
    assert sync_status.badges(a.store, CITY)[action.id] is Badge.CONFLICT
    synckit.assert_converged(server, a.store, CITY)  # the question is local; data is equal

    resolution.resolve_conflict(a.store, conflict.id, resolution.Resolution.KEEP_MINE)
    restored = a.store.get(Action, action.id)  # back at once, before any sync
    assert restored is not None and restored.description == "Con turnos los martes"
    assert a.sync().ok and b.sync().ok
    _version, deleted, fields = server.records(CITY)[action.id]
    assert not deleted and fields["description"] == "Con turnos los martes"
    seen_by_b = b.store.get(Action, action.id)
    assert seen_by_b is not None and seen_by_b.description == "Con turnos los martes"
    for desk in (a, b):
        synckit.assert_outbox_empty(desk.store)
        synckit.assert_converged(server, desk.store, CITY)
        assert sync_status.open_conflicts(desk.store) == []


def test_accepting_the_deletion_keeps_the_edits_in_history_only(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b, action = _edited_while_deleted(make_desktop)
    (conflict,) = sync_status.open_conflicts(a.store)
    resolution.resolve_conflict(a.store, conflict.id, resolution.Resolution.KEEP_THEIRS)
    assert a.sync().ok and b.sync().ok
    assert server.records(CITY)[action.id][1] is True
    for desk in (a, b):
        assert desk.store.get(Action, action.id) is None
        synckit.assert_outbox_empty(desk.store)
        synckit.assert_converged(server, desk.store, CITY)
    assert sync_status.open_conflicts(a.store) == []
    assert action.id not in sync_status.badges(a.store, CITY)
    with a.store.engine.connect() as conn:
        kept = {(r.field, r.value) for r in conn.execute(sa.select(history))}
    assert ("description", "Con turnos los martes") in kept


def test_an_edit_made_during_the_sync_is_asked_about_at_the_pull(
    server: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    a, b = make_desktop(), make_desktop("otra.persona")
    action = Action(city_id=CITY, objective_id="o", title="Mesa")
    a.store.save(action)
    assert a.sync().ok and b.sync().ok
    b.store.delete(Action, action.id)
    assert b.sync().ok

    class EditDuringPull:
        """A's user edits the action between A's push and its pull."""

        def __init__(self, inner: synckit.AppTransport) -> None:
            self.inner = inner
            self.done = False

        def send(self, request: Request) -> Response:
            if request.path.endswith("/pull") and not self.done:
                self.done = True
                action.title = "Mesa editada durante la sincronización"
                a.store.save(action)
            return self.inner.send(request)

        def close(self) -> None:
            pass

    a.transport = EditDuringPull(server.transport())
    report = a.sync()
    assert report.ok and report.conflicts == 1
    (conflict,) = sync_status.open_conflicts(a.store)
    assert conflict.deleted and conflict.mine["title"] == action.title
    synckit.assert_outbox_empty(a.store)
    synckit.assert_converged(server, a.store, CITY)
