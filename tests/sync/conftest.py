"""Sync fixtures: the server app in-process, desktops on copies of a migrated database, and an
in-memory keyring (tests never touch the user's real keyring)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the synckit helpers, beside the tests

import synckit


@pytest.fixture
def memory_keyring() -> Iterator[synckit.MemoryKeyring]:
    with synckit.memory_keyring() as backend:
        yield backend


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("plantilla")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[synckit.Server]:
    running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    running.add_city()
    running.add_user("punto.focal", synckit.Role.FOCAL_POINT, [synckit.CITY.id])
    running.add_user("otra.persona", synckit.Role.OFFICIAL, [synckit.CITY.id])
    running.add_user("revisora", synckit.Role.REVIEWER, [])
    yield running
    running.close()


@pytest.fixture
def make_desktop(
    server: synckit.Server, tmp_path: Path, template_dir: Path
) -> Iterator[synckit.DesktopFactory]:
    made: list[synckit.Desktop] = []

    def make(username: str = "punto.focal", transport: object = None) -> synckit.Desktop:
        link = transport or server.transport()
        store = synckit.fresh_store(tmp_path / f"desk{len(made)}", template_dir)
        token = synckit.login_token(server.transport(), username, store)
        desk = synckit.Desktop(username, store, link, token, [synckit.CITY.id])  # type: ignore[arg-type]
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.store.close()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[synckit.LiveServer]:
    """A real server process on loopback: SQLite, or PostgreSQL when MIGRADESK_TEST_PG is set."""
    import os

    folder = tmp_path_factory.mktemp("servidor")
    pg = os.environ.get("MIGRADESK_TEST_PG")
    urls = (
        synckit.postgres_database(pg, f"migradesk_sync_{os.getpid()}")
        if pg
        else iter([f"sqlite:///{folder / 'server.sqlite3'}"])
    )
    url = next(urls)
    running = synckit.LiveServer(url, folder / "server.log")
    yield running
    running.close()
    for _ in urls:  # drops the PostgreSQL database
        pass
