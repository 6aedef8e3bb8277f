"""IOM's online requests from the workspace: accounts and cities (admins), the access requests
and the selection runs (IOM). These need the server at the moment (they are not records of a
city's file: accounts and selections live on the server only); every failure is a SyncError
with a Spanish sentence, as for a sync.

Contracts: ``server/admin_api.py``, ``server/access_api.py``, ``server/SELECTION.md``; the
models here read only the fields the workspace shows and ignore the rest.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel

from migradesk.storage.store import Store
from migradesk.storage.sync import sync_settings
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync.api import BASE_HEADERS, Api, check_status, encode
from migradesk.sync.backoff import Backoff
from migradesk.sync.credentials import Credentials
from migradesk.sync.errors import AuthRequired, NotConfigured
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import HttpTransport, Request, Transport
from migradesk.wire.protocol import API_PREFIX

LOG_FILE = Path("registros") / "sincronizacion.log"
TransportFactory = Callable[[SyncSettings], Transport]
ADMIN = f"{API_PREFIX}/admin"
SELECTION = f"{API_PREFIX}/selection"


class Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Account(Answer):
    username: str
    role: str
    city_ids: list[str] = Field(default_factory=list)
    disabled: bool = False
    created_at: datetime | None = None


class Accounts(RootModel[list[Account]]):
    pass


class City(Answer):
    id: str
    name: str
    province: str
    indec_code: str = ""
    seq: int = 0


class Cities(RootModel[list[City]]):
    pass


class Revoked(Answer):
    revoked: int


class AccessRequest(Answer):
    id: str
    city_id: str
    city_name: str
    province: str
    username: str
    received_at: datetime
    state: str  # pendiente | aprobada | rechazada
    reason: str = ""
    city_in_programme: bool = False
    missing: list[str] = Field(default_factory=list)


class AccessRequests(RootModel[list[AccessRequest]]):
    pass


class Run(Answer):
    id: str
    title: str
    status: str
    created_at: datetime
    candidates: int = 0
    selected: int = 0
    pending_ties: int = 0


class Runs(RootModel[list[Run]]):
    pass


class NewAccount(Body):
    username: str
    password: str
    role: str
    city_ids: list[str] = Field(default_factory=list)


class AccountChange(Body):
    password: str | None = None
    disabled: bool | None = None


class NewCity(Body):
    name: str = ""
    province: str = ""
    indec_code: str = ""


class Approval(Body):
    allow_existing_city: bool = False


class Rejection(Body):
    reason: str


class WorkspaceApi:
    """The workspace's online requests over a signed-in ``Api``."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def _send(self, method: str, path: str, body: BaseModel | None, model: type[Any]) -> Any:
        payload, headers = encode(body) if body is not None else (None, {})
        return self.api.call(method, path, body=payload, headers=headers, model=model)

    # Accounts and cities (admins)

    def accounts(self) -> list[Account]:
        return list(self._send("GET", f"{ADMIN}/users", None, Accounts).root)

    def create_account(
        self, username: str, password: str, role: str, city_ids: list[str]
    ) -> Account:
        body = NewAccount(username=username, password=password, role=role, city_ids=city_ids)
        found: Account = self._send("POST", f"{ADMIN}/users", body, Account)
        return found

    def reset_password(self, username: str, password: str) -> Account:
        found: Account = self._send(
            "PATCH", f"{ADMIN}/users/{username}", AccountChange(password=password), Account
        )
        return found

    def revoke_devices(self, username: str) -> int:
        found: Revoked = self._send(
            "POST", f"{ADMIN}/users/{username}/revoke-tokens", None, Revoked
        )
        return found.revoked

    def cities(self) -> list[City]:
        return list(self._send("GET", f"{ADMIN}/cities", None, Cities).root)

    def create_city(self, name: str = "", province: str = "", indec_code: str = "") -> City:
        body = NewCity(name=name, province=province, indec_code=indec_code)
        found: City = self._send("POST", f"{ADMIN}/cities", body, City)
        return found

    # Access requests and the selection (IOM)

    def access_requests(self) -> list[AccessRequest]:
        return list(self._send("GET", f"{SELECTION}/access-requests", None, AccessRequests).root)

    def approve(self, request_id: str, allow_existing_city: bool = False) -> AccessRequest:
        found: AccessRequest = self._send(
            "POST",
            f"{ADMIN}/access-requests/{request_id}/approve",
            Approval(allow_existing_city=allow_existing_city),
            AccessRequest,
        )
        return found

    def reject(self, request_id: str, reason: str) -> AccessRequest:
        found: AccessRequest = self._send(
            "POST", f"{ADMIN}/access-requests/{request_id}/reject", Rejection(reason=reason),
            AccessRequest,
        )  # fmt: skip
        return found

    def runs(self) -> list[Run]:
        return list(self._send("GET", f"{SELECTION}/runs", None, Runs).root)

    def results_pdf(self, run_id: str) -> bytes:
        """A run's explained results, as the server renders them."""
        token = self.api.tokens.token() if self.api.tokens else None
        headers = {**BASE_HEADERS, "Authorization": f"Bearer {token}"} if token else BASE_HEADERS
        response = self.api.transport.send(
            Request("GET", f"{SELECTION}/runs/{run_id}/results.pdf", {}, headers, None, 200_000)
        )
        check_status(response)
        return response.body


def _http(settings: SyncSettings) -> Transport:
    return HttpTransport(settings.server_url, ca_bundle=settings.ca_bundle)


@contextlib.contextmanager
def signed_in(data_dir: Path, transport: TransportFactory = _http) -> Iterator[WorkspaceApi]:
    """The workspace's client as this desktop is signed in (its server, account and token)."""
    with Store.open(data_dir) as store:
        settings = sync_settings.load(store)
    if settings is None:
        raise NotConfigured("Este equipo no está conectado a un servidor: inicie sesión.")
    credentials = Credentials(
        data_dir,
        settings.server_url,
        settings.username,
        allow_insecure_file=settings.allow_insecure_file,
    )
    if credentials.token() is None:
        raise AuthRequired("No hay una sesión guardada: inicie sesión de nuevo.")
    link = transport(settings)
    try:
        api = Api(
            link,
            credentials,
            backoff=Backoff.interactive(max_attempts=2),
            log=SyncLog(data_dir / LOG_FILE),
        )
        yield WorkspaceApi(api)
    finally:
        link.close()
