"""The status bar's "Última sincronización" on a workspace desktop: true of every city the
replica holds (the oldest city's last success), with no city open, as the panel's header."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from migradesk.storage import Store
from migradesk.storage.sync import replica

from migradesk.ui.sync import snapshot

from .conftest import WorkspaceDir


def test_a_workspace_s_last_sync_is_the_oldest_of_every_city_it_holds(
    workspace_dir: WorkspaceDir,
) -> None:
    data_dir: Path = workspace_dir("reviewer")
    now = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
    with Store.open(data_dir) as store:
        cities = snapshot.sync_settings.load(store)
        assert cities is not None and cities.city_ids == ()  # every city it may read
        ids = [c.id for c in store.cities()]
        assert len(ids) == 10
        for n, city_id in enumerate(ids):
            replica.mark_success(store, city_id, now - timedelta(minutes=n))
        found = snapshot.read(store, None, detailed=False)
        assert found.last_success_at == now - timedelta(minutes=len(ids) - 1)
        replica.mark_error(store, ids[0], "sin conexión")  # an error keeps the last success
        assert snapshot.read(store, None, detailed=False).last_success_at is not None
