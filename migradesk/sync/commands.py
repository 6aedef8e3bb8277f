"""Headless sync: what ``migradesk login`` and ``migradesk sync`` run; the desktop runs the same."""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

from migradesk.domain.base import WORKSPACE_ROLES
from migradesk.storage.store import Store
from migradesk.storage.sync import sync_settings, sync_status
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync.api import Api
from migradesk.sync.backoff import Backoff
from migradesk.sync.cancel import Cancel
from migradesk.sync.credentials import Credentials
from migradesk.sync.demo_guard import refuse_demo
from migradesk.sync.engine import Progress, SyncEngine, SyncReport
from migradesk.sync.errors import AuthRequired, NotConfigured, SyncError
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import HttpTransport, Transport, check_server_url
from migradesk.wire import protocol

LOG_FILE = Path("registros") / "sincronizacion.log"

TransportFactory = Callable[[SyncSettings], Transport]


def _http(settings: SyncSettings) -> Transport:
    return HttpTransport(settings.server_url, ca_bundle=settings.ca_bundle)


def login(
    data_dir: Path,
    server_url: str,
    username: str,
    password: str,
    *,
    device_name: str | None = None,
    ca_bundle: str | None = None,
    allow_insecure_file: bool = False,
    transport: TransportFactory = _http,
) -> protocol.Account:
    """Exchange the password for a device token, keep the token in the keyring and the server
    and account in the data dir. The password itself is never stored (nor anything of it in
    the demo city's data dir: ``DemoNotSynced``)."""
    refuse_demo(data_dir)
    settings = SyncSettings(
        server_url=check_server_url(server_url),
        username=username,
        ca_bundle=ca_bundle,
        allow_insecure_file=allow_insecure_file,
    )
    link = transport(settings)
    try:
        # Someone is waiting at a dialog or a terminal: a few quick retries at most, and a
        # server that asks to wait (a locked account: 429 with Retry-After) is said at once.
        patient = Backoff.interactive(max_attempts=2)
        api = Api(link, log=SyncLog(data_dir / LOG_FILE), backoff=patient)
        answer = api.login(
            protocol.LoginRequest(
                username=username,
                password=password,
                device_name=device_name or f"MigraDesk en {platform.node()}"[:200],
            )
        )
    finally:
        link.close()
    credentials = Credentials(
        data_dir, settings.server_url, username, allow_insecure_file=allow_insecure_file
    )
    credentials.save(answer.token)  # raises the Spanish "no keyring" message when it must
    with Store.open(data_dir) as store:
        sync_settings.save(
            store,
            SyncSettings(
                server_url=settings.server_url,
                username=username,
                role=answer.account.role,
                city_ids=tuple(answer.account.city_ids),
                ca_bundle=ca_bundle,
                allow_insecure_file=allow_insecure_file,
            ),
        )
    return answer.account


def logout(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        settings = sync_settings.load(store)
    if settings is not None:
        _credentials(data_dir, settings).delete()


def sync(
    data_dir: Path,
    *,
    progress: Callable[[Progress], None] | None = None,
    transport: TransportFactory = _http,
    backoff: Backoff | None = None,
    cancel: Cancel | None = None,
) -> SyncReport:
    """Push this desktop's changes and pull its cities'. Failures end up in the report (and in
    the sync log), not as exceptions: the next sync resumes where this one stopped.

    ``backoff``: how long it may wait between retries (``Backoff.interactive()`` for a sync
    someone is watching); ``cancel``: stops it from another thread or a signal handler. The
    demo city's data dir never syncs (``DemoNotSynced``, in the report)."""
    try:
        refuse_demo(data_dir)
    except SyncError as exc:
        return SyncReport.failure(exc)
    with Store.open(data_dir) as store:
        settings = sync_settings.load(store)
        if settings is None:
            return SyncReport.failure(
                NotConfigured(
                    "Este equipo todavía no está conectado a un servidor: use «migradesk login»."
                ),
                pending_after=sync_status.pending_count(store),
            )
        credentials = _credentials(data_dir, settings)
        log = SyncLog(data_dir / LOG_FILE)
        if credentials.token() is None:
            missing = AuthRequired("No hay una sesión guardada: use «migradesk login».")
            log("sync-error", error="AuthRequired", detail=str(missing))
            return SyncReport.failure(
                missing, pending_after=sync_status.pending_count(store), log=log.lines
            )
        link = transport(settings)
        try:
            api = Api(link, credentials, backoff=backoff, log=log, cancel=cancel)
            engine = SyncEngine(
                store,
                api,
                settings.city_ids,
                data_dir=data_dir,
                progress=progress,
                discover=settings.role in WORKSPACE_ROLES,  # every city the account may read
            )
            return engine.run()
        except SyncError as exc:  # e.g. another sync already running
            return SyncReport.failure(exc, pending_after=sync_status.pending_count(store))
        finally:
            link.close()


def status(data_dir: Path) -> list[sync_status.CityStatus]:
    with Store.open(data_dir) as store:
        settings = sync_settings.load(store)
        # A workspace account (IOM, the partner) has no cities of its own: every one it keeps.
        own = settings.city_ids if settings else ()
        cities = list(own) if own else [c.id for c in store.cities()]
        return [sync_status.city_status(store, city_id) for city_id in cities]


def _credentials(data_dir: Path, settings: SyncSettings) -> Credentials:
    return Credentials(
        data_dir,
        settings.server_url,
        settings.username,
        allow_insecure_file=settings.allow_insecure_file,
    )
