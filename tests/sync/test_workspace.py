"""IOM's workspace keeps a replica of every city its account may read, with the same engine (a
cursor per city): the reviewer's and the partner's desktops discover the cities, pull each one,
skip those with nothing new, and what they write reaches each city's desktop on its next sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import synckit

from migradesk.domain.base import Role
from migradesk.domain.review import Milestone, PhaseDate
from migradesk.storage import Store, workspace_read
from migradesk.storage.sync import sync_settings
from migradesk.sync import commands
from migradesk.wire import protocol

X, Y = synckit.CITY.id, synckit.OTHER_CITY.id


@pytest.fixture
def campaign(server: synckit.Server) -> Iterator[synckit.Server]:
    server.add_city(synckit.OTHER_CITY)
    server.add_user("punto.focal.y", Role.FOCAL_POINT, [Y])
    server.add_user("cippec", Role.PARTNER, [])
    yield server


def _launch(city_id: str) -> PhaseDate:
    milestone = Milestone.CAMPAIGN_LAUNCH
    return PhaseDate(
        id=PhaseDate.id_for(city_id, milestone),
        city_id=city_id,
        milestone=milestone,
        on=date(2026, 3, 2),
    )


def test_a_reviewer_keeps_every_city_and_skips_those_with_nothing_new(
    campaign: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    reviewer = make_desktop("revisora")
    report = reviewer.sync(discover=True)
    assert report.ok, report.error
    assert sorted(c.city_id for c in report.cities) == sorted([X, Y])
    for city_id in (X, Y):
        synckit.assert_converged(campaign, reviewer.store, city_id)
    listed = workspace_read.read(reviewer.store.path)
    assert set(listed.files) == {X, Y}
    assert listed.server[X].seq == campaign.seq(X)
    assert listed.server[X].last_seen_at is None  # no desktop of the city signed in yet

    # IOM sets the launch of both cities at once, offline; one sync sends both.
    reviewer.store.save_all([_launch(X), _launch(Y)])
    assert workspace_read.read(reviewer.store.path).pending == {X: 1, Y: 1}
    report = reviewer.sync(discover=True)
    assert report.ok and report.pushed == 2 and report.pending_after == 0

    city = make_desktop("punto.focal.y")
    city.city_ids = [Y]
    assert city.sync().ok
    assert city.store.get(PhaseDate, PhaseDate.id_for(Y, Milestone.CAMPAIGN_LAUNCH), Y)

    before = len(reviewer.store.outbox_entries())
    again = reviewer.sync(discover=True)  # nothing new anywhere: no pull at all
    assert again.ok and before == 0
    skipped = [line for line in again.log if "pull-skip" in line]
    assert len(skipped) == 2, again.log
    seen = workspace_read.read(reviewer.store.path).server
    assert seen[Y].last_seen_at is not None and seen[X].last_seen_at is None


def test_the_partner_signs_in_and_syncs_every_city_from_the_command_line(
    campaign: synckit.Server, tmp_path: Path
) -> None:
    link: commands.TransportFactory = lambda _settings: campaign.transport()  # noqa: E731
    with synckit.memory_keyring():
        account = commands.login(
            tmp_path, "http://127.0.0.1:8000", "cippec", synckit.PASSWORD, transport=link
        )
        assert (account.role, account.city_ids) == ("partner", [])
        report = commands.sync(tmp_path, transport=link)
        assert report.ok, report.error
        assert sorted(c.city_id for c in report.cities) == sorted([X, Y])
        assert {s.city_id for s in commands.status(tmp_path)} == {X, Y}
    with Store.open(tmp_path) as store:
        settings = sync_settings.load(store)
        assert settings is not None and settings.role == "partner"
        for city_id in (X, Y):
            synckit.assert_converged(campaign, store, city_id)
        assert store.role() == "partner"
    replica = workspace_read.read(tmp_path / "migradesk.sqlite3")
    assert replica.last_sync is not None
    assert datetime.now(UTC) - replica.last_sync < timedelta(minutes=5)


def test_the_workspace_s_first_sync_asks_no_count_before_each_city_s_download(
    campaign: synckit.Server, make_desktop: synckit.DesktopFactory
) -> None:
    """A round trip per city saved on a slow link (bench/workspace.py): the count is only for a
    city's own progress bar; each city is still checked after its download."""
    reviewer = make_desktop("revisora")
    report = reviewer.sync(discover=True)
    assert report.ok, report.error
    sent = reviewer.transport.sent  # type: ignore[attr-defined]
    paths = [r.path for r in sent]
    assert paths.count(protocol.SUMMARY_PATH) == 2  # the two checks, after the pulls
    first_pull = paths.index(protocol.PULL_PATH)
    assert protocol.SUMMARY_PATH not in paths[:first_pull]
    for city_id in (X, Y):
        synckit.assert_converged(campaign, reviewer.store, city_id)

    city = make_desktop("punto.focal.y")  # a city's desktop: its count first, for the bar
    city.city_ids = [Y]
    assert city.sync().ok
    paths = [r.path for r in city.transport.sent]  # type: ignore[attr-defined]
    assert paths.index(protocol.SUMMARY_PATH) < paths.index(protocol.PULL_PATH)
