"""Moving bytes to the server and back, behind a one-method interface so that tests can inject
faults. The real one is a ``requests`` Session that never retries by itself: retries belong to
the engine, which knows which requests are safe to repeat and how long to wait."""

from __future__ import annotations

import dataclasses
import ipaddress
from collections.abc import Mapping
from typing import Protocol
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.util.retry import Retry

from migradesk.sync.errors import NetworkError, SyncError, TlsError

CONNECT_TIMEOUT = 10.0
# Seconds without a single byte from the server: a stalled connection, not a slow one.
READ_TIMEOUT = 30.0


@dataclasses.dataclass(frozen=True)
class Request:
    method: str  # GET | POST
    path: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    body: bytes | None = None


@dataclasses.dataclass(frozen=True)
class Response:
    status: int
    headers: Mapping[str, str]  # case-insensitive
    body: bytes  # already decoded from any Content-Encoding


class Transport(Protocol):
    def send(self, request: Request) -> Response:
        """One HTTP exchange; raises NetworkError when no complete answer arrived."""
        ...

    def close(self) -> None: ...


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """The server's base URL, without a trailing slash; plain http only to this computer."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"La dirección del servidor no es válida: {url!r} (ej.: https://…).")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SyncError(
            "La conexión con el servidor debe ser segura (https://). Solo se acepta http:// "
            "para un servidor en este mismo equipo."
        )
    if parts.query or parts.fragment:
        raise SyncError(f"La dirección del servidor no debe llevar parámetros: {url!r}.")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class HttpTransport:
    def __init__(
        self,
        base_url: str,
        *,
        ca_bundle: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        # No retry at all in urllib3: a POST repeated behind our back could not be logged or
        # backed off, and its answer would be the one we wait for anyway.
        no_retry = Retry(total=0, connect=0, read=0, redirect=0, status=0, other=0)
        adapter = HTTPAdapter(max_retries=no_retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.verify = ca_bundle if ca_bundle else True
        self.session.headers.clear()  # ours only (api.BASE_HEADERS): every byte counts on 2G
        self.session.trust_env = False  # no ~/.netrc credentials or REQUESTS_CA_BUNDLE surprises

    def send(self, request: Request) -> Response:
        try:
            answer = self.session.request(
                request.method,
                self.base_url + request.path,
                params=dict(request.params),
                headers=dict(request.headers),
                data=request.body,
                timeout=self.timeout,
                allow_redirects=False,
            )
            body = answer.content  # reads (and un-gzips) the whole body under the read timeout
        except requests.exceptions.SSLError as exc:
            raise TlsError(
                "No se pudo verificar el certificado del servidor (conexión segura). Revise la "
                f"dirección o configure el certificado de su organización. Detalle: {exc}"
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise NetworkError(f"{type(exc).__name__}: {exc}") from exc
        return Response(answer.status_code, CaseInsensitiveDict(answer.headers), body)

    def close(self) -> None:
        self.session.close()
