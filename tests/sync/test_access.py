"""Asking for access from a desktop (``migradesk apply``), against the server app in-process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import synckit

from migradesk.domain.application import Application, Presence
from migradesk.domain.people import FocalPoint
from migradesk.domain.register import by_code
from migradesk.domain.selection_offers import argentina_day
from migradesk.server import campaigns, db
from migradesk.storage import Store
from migradesk.sync import access
from migradesk.sync.errors import RequestRejected, ServerBusy
from migradesk.wire.access_protocol import Contact, RequestState

URL = "http://127.0.0.1:8000"
CONTACT = Contact(name="Ana Quispe", email="ana@humahuaca.gob.ar")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[synckit.Server]:
    running = synckit.Server(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    now = datetime.now(UTC)
    with db.write(running.engine) as conn:
        campaigns.create_campaign(conn, "Convocatoria 2026", argentina_day(now), "admin", now)
    yield running
    running.close()


def desktop(folder: Path, code: str = "380105") -> Path:
    city = by_code(code).to_city()
    form = Application(
        id=Application.id_for(city.id),
        city_id=city.id,
        migration_body=Presence.NONE,
        migrant_programmes=Presence.NONE,
        agreements=Presence.INCIPIENT,
        mayor_name="Intendenta",
    )
    with Store.open(folder) as store:
        store.save_all([city, form, FocalPoint(city_id=city.id, name="Ana")])
    return folder


def test_a_request_is_sent_its_ticket_kept_and_its_state_read(
    tmp_path: Path, server: synckit.Server
) -> None:
    data = desktop(tmp_path / "datos")
    link = lambda _settings: server.transport()  # noqa: E731
    [campaign] = access.open_campaigns(data, URL, transport=link)
    ticket = access.request_access(
        data, URL, campaign, "Ana.Quispe", synckit.PASSWORD, CONTACT, transport=link
    )
    assert (ticket.username, ticket.campaign_name) == ("ana.quispe", "Convocatoria 2026")
    assert access.saved_ticket(data) == ticket
    _, status = access.request_status(data, transport=link)
    assert (status.state, status.city_name) == (RequestState.PENDING, "Humahuaca")
    # Nothing of the password on this desktop.
    with Store.open(data) as store, store.engine.connect() as conn:
        stored = " ".join(str(row) for row in conn.exec_driver_sql("SELECT * FROM meta"))
    assert synckit.PASSWORD not in stored


def test_the_servers_refusals_reach_the_user_in_its_words(
    tmp_path: Path, server: synckit.Server
) -> None:
    link = lambda _settings: server.transport()  # noqa: E731
    data = desktop(tmp_path / "a")
    [campaign] = access.open_campaigns(data, URL, transport=link)
    access.request_access(data, URL, campaign, "ana", synckit.PASSWORD, CONTACT, transport=link)
    with pytest.raises(RequestRejected, match="El nombre de usuario «ana» no está disponible"):
        access.request_access(data, URL, campaign, "ana", synckit.PASSWORD, CONTACT, transport=link)
    for index in range(4):
        access.request_access(
            data, URL, campaign, f"u{index}", synckit.PASSWORD, CONTACT, transport=link
        )
    with pytest.raises(ServerBusy, match="Demasiadas solicitudes de acceso"):
        access.request_access(data, URL, campaign, "u9", synckit.PASSWORD, CONTACT, transport=link)


def test_nothing_is_sent_without_a_complete_application(tmp_path: Path) -> None:
    with pytest.raises(access.AccessError, match="no tiene ninguna ciudad"):
        access.local_application(tmp_path / "vacia")
    with pytest.raises(access.AccessError, match="no envió ninguna solicitud"):
        access.request_status(tmp_path / "vacia")
