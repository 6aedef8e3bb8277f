"""Asking for access: what ``migradesk apply`` and the desktop's "Solicitar acceso" run.

A city not yet in the programme sends its application (the local records: the city, the form,
the focal point) with the account it asks for; the answer's claim is kept in the data dir to
read the request's state later. Once an IOM admin approves it, the user signs in as usual
(``commands.login``) with the username and password chosen here. Design:
``migradesk/server/SELECTION.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from migradesk.domain.selection_applications import SentApplication
from migradesk.storage.store import Store
from migradesk.storage.sync import access_ticket
from migradesk.storage.sync.access_ticket import AccessTicket
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync.api import Api, encode
from migradesk.sync.backoff import Backoff
from migradesk.sync.demo_guard import refuse_demo
from migradesk.sync.errors import SyncError
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import HttpTransport, Transport, check_server_url
from migradesk.wire import access_protocol as wire

LOG_FILE = Path("registros") / "sincronizacion.log"
TransportFactory = Callable[[SyncSettings], Transport]


class AccessError(SyncError):
    """Something on this side stops the request (said in Spanish, before any network)."""


def _http(settings: SyncSettings) -> Transport:
    return HttpTransport(settings.server_url, ca_bundle=settings.ca_bundle)


def _api(
    data_dir: Path, server_url: str, ca_bundle: str | None, transport: TransportFactory
) -> tuple[Api, Transport]:
    refuse_demo(data_dir)  # nothing asked of a server from the demo city's data dir
    link = transport(SyncSettings(server_url=server_url, username="", ca_bundle=ca_bundle))
    # Someone waits at a dialog or a terminal: few retries; a 429 is said at once.
    api = Api(link, log=SyncLog(data_dir / LOG_FILE), backoff=Backoff.interactive(max_attempts=2))
    return api, link


def open_campaigns(
    data_dir: Path,
    server_url: str,
    *,
    ca_bundle: str | None = None,
    transport: TransportFactory = _http,
) -> list[wire.CampaignOut]:
    """The campaigns receiving applications today."""
    api, link = _api(data_dir, check_server_url(server_url), ca_bundle, transport)
    try:
        found = api.call("GET", wire.OPEN_CAMPAIGNS_PATH, model=wire.CampaignList, auth=False)
    finally:
        link.close()
    return list(found.root)


def local_application(data_dir: Path, city_id: str | None = None) -> SentApplication:
    """This desktop's application, as it would be sent; AccessError if it is not complete."""
    with Store.open(data_dir) as store:
        cities = store.cities()
        if city_id is None:
            if not cities:
                raise AccessError(
                    "La carpeta de datos no tiene ninguna ciudad: complete primero la inscripción."
                )
            if len(cities) > 1:
                raise AccessError(
                    f"La carpeta de datos tiene {len(cities)} ciudades: indique cuál (--city)."
                )
            city_id = cities[0].id
        file = store.load_city_file(city_id)
    if file.application is None:
        raise AccessError("Complete primero el formulario de inscripción (secciones 1 y 2).")
    sent = SentApplication(file.city, file.application, file.focal_point)
    missing = sent.missing()
    if missing:
        raise AccessError("A la inscripción le falta: " + "; ".join(missing) + ".")
    return sent


def request_access(
    data_dir: Path,
    server_url: str,
    campaign: wire.CampaignOut,
    username: str,
    password: str,
    contact: wire.Contact,
    *,
    city_id: str | None = None,
    ca_bundle: str | None = None,
    transport: TransportFactory = _http,
    now: datetime | None = None,
) -> AccessTicket:
    """Send the application and ask for an account; keep the request's ticket."""
    refuse_demo(data_dir)  # before its application is even read
    url = check_server_url(server_url)
    sent = local_application(data_dir, city_id)
    body, headers = encode(
        wire.AccessRequestIn(
            campaign_id=campaign.id,
            username=username,
            password=password,
            contact=contact,
            application=sent.snapshot(),
        )
    )
    api, link = _api(data_dir, url, ca_bundle, transport)
    try:
        answer = api.call(
            "POST",
            wire.ACCESS_REQUESTS_PATH,
            body=body,
            headers=headers,
            model=wire.AccessRequestSent,
            auth=False,
            retry=False,  # not idempotent: a second request would be a second one
        )
    finally:
        link.close()
    ticket = AccessTicket(
        server_url=url,
        request_id=answer.id,
        claim=answer.claim,
        username=username.strip().casefold(),
        city_id=sent.city.id,
        campaign_name=campaign.name,
        sent_at=now or datetime.now(UTC),
        ca_bundle=ca_bundle,
    )
    with Store.open(data_dir) as store:
        access_ticket.save(store, ticket)
    return ticket


def saved_ticket(data_dir: Path) -> AccessTicket | None:
    with Store.open(data_dir) as store:
        return access_ticket.load(store)


def request_status(
    data_dir: Path, *, transport: TransportFactory = _http
) -> tuple[AccessTicket, wire.AccessRequestStatus]:
    """The state of the request this desktop sent."""
    ticket = saved_ticket(data_dir)
    if ticket is None:
        raise AccessError("Este equipo no envió ninguna solicitud de acceso.")
    api, link = _api(data_dir, ticket.server_url, ticket.ca_bundle, transport)
    try:
        status = api.call(
            "GET",
            f"{wire.ACCESS_REQUESTS_PATH}/{ticket.request_id}",
            headers={wire.CLAIM_HEADER: ticket.claim},
            model=wire.AccessRequestStatus,
            auth=False,
        )
    finally:
        link.close()
    return ticket, status
