"""Moving bytes to the server and back, behind a one-method interface so that tests can inject
faults. The real one is a ``requests`` Session that never retries by itself: retries belong to
the engine, which knows which requests are safe to repeat and how long to wait.

Every exchange ends (sync G12): the read timeout catches a stalled connection, and an overall
deadline, sized for the bytes the exchange carries on a slow link, catches a server that drips
a byte now and then; a cancel aborts the exchange in flight. Whatever goes wrong on the way is
said once, here, in Spanish (``transport_errors``); the library's own words stay in ``detail``
for the sync log."""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import threading
import weakref
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from migradesk.sync.errors import DeadlineExceeded, SyncCancelled, SyncError
from migradesk.sync.transport_errors import network_error

CONNECT_TIMEOUT = 10.0
# Seconds without a single byte from the server: a stalled connection, not a slow one.
READ_TIMEOUT = 30.0
# The overall deadline of one exchange: this much, plus the time its bytes take on a link
# slower than the slowest sync.md plans for (≈64 kbit/s): a slow link finishes, a drip does not.
DEADLINE_BASE = 60.0
SLOW_LINK_BYTES_PER_S = 4_000.0


@dataclasses.dataclass(frozen=True)
class Request:
    method: str  # GET | POST
    path: str
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    body: bytes | None = None
    expected_bytes: int = 0  # how much the answer may carry, on the wire: sizes the deadline


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


@runtime_checkable
class Abortable(Protocol):
    def abort(self) -> None:
        """Interrupt the exchange in flight from any thread (it raises SyncCancelled), and
        every later one."""
        ...


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


class _Sockets:
    """The sockets a transport's connections open, so that a deadline or a cancel on another
    thread can interrupt a blocking read: shutting a socket down wakes its reader at once."""

    def __init__(self) -> None:
        self._live: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._guard = threading.RLock()  # re-entrant: a signal handler may cancel

    def add(self, sock: socket.socket) -> None:
        with self._guard:
            self._live.add(sock)

    def abort(self) -> None:
        with self._guard:
            live = list(self._live)
        for sock in live:
            with suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)

    def adapter(self, max_retries: Retry) -> HTTPAdapter:
        """A requests adapter whose connections report their sockets here."""
        sockets = self

        class Plain(HTTPConnection):
            def _new_conn(self) -> socket.socket:
                sock = super()._new_conn()
                sockets.add(sock)
                return sock

        class Tls(HTTPSConnection):
            def _new_conn(self) -> socket.socket:
                sock = super()._new_conn()
                sockets.add(sock)
                return sock

        class PlainPool(HTTPConnectionPool):
            ConnectionCls = Plain

        class TlsPool(HTTPSConnectionPool):
            ConnectionCls = Tls

        class Adapter(HTTPAdapter):
            def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
                super().init_poolmanager(*args, **kwargs)
                self.poolmanager.pool_classes_by_scheme = {"http": PlainPool, "https": TlsPool}

        return Adapter(max_retries=max_retries)


class HttpTransport:
    def __init__(
        self,
        base_url: str,
        *,
        ca_bundle: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        deadline_base: float = DEADLINE_BASE,
        link_bytes_per_s: float = SLOW_LINK_BYTES_PER_S,
    ) -> None:
        self.base_url = check_server_url(base_url)
        self.timeout = (connect_timeout, read_timeout)
        self.deadline_base = deadline_base
        self.link_bytes_per_s = link_bytes_per_s
        self._aborted = threading.Event()
        self._sockets = _Sockets()
        self.session = requests.Session()
        # No retry at all in urllib3: a POST repeated behind our back could not be logged or
        # backed off, and its answer would be the one we wait for anyway.
        no_retry = Retry(total=0, connect=0, read=0, redirect=0, status=0, other=0)
        adapter = self._sockets.adapter(no_retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.verify = ca_bundle if ca_bundle else True
        self.session.headers.clear()  # ours only (api.BASE_HEADERS): every byte counts on 2G
        self.session.trust_env = False  # no ~/.netrc credentials or REQUESTS_CA_BUNDLE surprises

    def deadline(self, request: Request) -> float:
        """Seconds the whole exchange may take: connecting, sending, waiting, receiving."""
        size = len(request.body or b"") + max(0, request.expected_bytes)
        return self.deadline_base + size / self.link_bytes_per_s

    def send(self, request: Request) -> Response:
        if self._aborted.is_set():
            raise SyncCancelled()
        limit = self.deadline(request)
        with self._deadline(limit) as expired:
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
                body = answer.content  # reads (and un-gzips) the whole body
            except requests.exceptions.RequestException as exc:
                self._interrupted(expired, limit)
                raise network_error(exc, self.base_url) from exc
            self._interrupted(expired, limit)  # a cut body may look complete: never trust it
        return Response(answer.status_code, CaseInsensitiveDict(answer.headers), body)

    @contextmanager
    def _deadline(self, seconds: float) -> Iterator[threading.Event]:
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            self._sockets.abort()

        timer = threading.Timer(seconds, expire)
        timer.daemon = True
        timer.start()
        try:
            yield expired
        finally:
            timer.cancel()

    def _interrupted(self, expired: threading.Event, limit: float) -> None:
        if self._aborted.is_set():
            raise SyncCancelled()
        if expired.is_set():
            raise DeadlineExceeded(
                f"El servidor tardó más de {round(limit)} s en completar una respuesta y se "
                "dejó de esperarla. Sus cambios siguen guardados en este equipo; la próxima "
                "sincronización sigue desde aquí. Si se repite, revise la conexión o avise a "
                "soporte.",
                detail=f"overall deadline of {limit:.1f} s exceeded",
            )

    def abort(self) -> None:
        self._aborted.set()
        self._sockets.abort()

    def close(self) -> None:
        self.session.close()
