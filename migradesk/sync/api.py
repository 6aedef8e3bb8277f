"""The server's API over a Transport: JSON in and out, gzip bodies, the token, status codes
turned into errors, and retries with backoff for requests that are safe to repeat."""

from __future__ import annotations

import gzip
import json
import math
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

import pydantic

from migradesk import __version__
from migradesk.sync.backoff import Backoff, parse_retry_after
from migradesk.sync.cancel import Cancel
from migradesk.sync.errors import (
    RETRYABLE,
    AuthRequired,
    DeadlineExceeded,
    NetworkError,
    PayloadTooLarge,
    ProtocolMismatch,
    RequestRejected,
    ServerBusy,
    SyncError,
)
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import Abortable, Request, Response, Transport
from migradesk.wire import protocol

M = TypeVar("M", bound=pydantic.BaseModel)

GZIP_FROM_BYTES = 512  # smaller bodies gain nothing from gzip's ~20-byte frame
# What a record or a push result weighs on the wire, gzipped, generously: sizes the deadlines.
RECORD_WIRE_BYTES = 2_000
RESULT_WIRE_BYTES = 300
BASE_HEADERS = {
    "User-Agent": f"MigraDesk/{__version__}",
    "Accept-Encoding": "gzip",
    protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION),
}


class TokenSource(Protocol):
    def token(self) -> str | None: ...

    def refresh(self, refused: str | None) -> str | None:
        """A token other than the refused one (e.g. saved by a newer login), or None."""
        ...


def encode(message: pydantic.BaseModel) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        message.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")
    ).encode()
    headers = {"Content-Type": "application/json"}
    if len(body) >= GZIP_FROM_BYTES:
        body = gzip.compress(body, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return body, headers


def _detail(response: Response) -> str | None:
    """The server's own sentence (``{"detail": "..."}``, Spanish from a MigraDesk server); None
    for anything else (a proxy's HTML page, an empty body)."""
    try:
        data = json.loads(response.body)
    except (ValueError, UnicodeDecodeError):
        return None
    detail = data.get("detail") if isinstance(data, dict) else None
    if isinstance(detail, str) and detail.strip():
        return detail.strip()
    if detail:  # a list of validation problems, from another FastAPI
        return json.dumps(detail, ensure_ascii=False)[:300]
    return None


def when_to_retry(seconds: float) -> str:
    """ "a partir de las 14:35 (en 15 min)": when a refused request may be tried again."""
    at = datetime.now().astimezone() + timedelta(seconds=seconds)
    minutes = max(1, math.ceil(seconds / 60))
    return f"a partir de las {at:%H:%M} (en {minutes} min)"


def check_status(response: Response) -> None:
    """Raise the error a non-2xx answer means, in words that say what to do next."""
    status = response.status
    if 200 <= status < 300:
        return
    detail = _detail(response)
    raw = response.body[:300].decode("utf-8", "replace")
    said = f" El servidor dijo: «{detail}»" if detail else ""
    if status == 401:
        raise AuthRequired(
            "La sesión con el servidor expiró o no es válida. Inicie sesión de nuevo; sus "
            "cambios siguen guardados en este equipo.",
            detail=raw,
        )
    if status == 413:
        raise PayloadTooLarge(f"Envío demasiado grande para el servidor.{said}", status, detail=raw)
    if status == 426:
        raise ProtocolMismatch(
            "El servidor usa otra versión del protocolo de sincronización. Actualice MigraDesk;"
            f" sus cambios siguen guardados en este equipo.{said}",
            detail=raw,
        )
    if status == 429 or status >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        reason = detail if detail and status == 429 else None
        lead = reason or (
            f"El servidor no está disponible en este momento (HTTP {status})."
            if status != 429
            else "El servidor pidió esperar antes de recibir más solicitudes."
        )
        when = (
            f"Puede intentar de nuevo {when_to_retry(retry_after)}."
            if retry_after
            else "Intente de nuevo en unos minutos."
        )
        raise ServerBusy(
            f"{lead} {when} Sus cambios siguen guardados en este equipo.",
            retry_after,
            reason=reason,
            detail=raw,
        )
    if 300 <= status < 400:
        raise SyncError(
            f"El servidor respondió con una redirección (HTTP {status}): revise la dirección "
            "del servidor (por ejemplo, https:// en lugar de http://).",
            detail=raw,
        )
    if detail is None:
        raise RequestRejected(
            f"El servidor rechazó la solicitud (HTTP {status}) sin decir por qué: revise que "
            "la dirección sea la del servidor de MigraDesk; si lo es, avise a soporte.",
            status,
            detail=raw,
        )
    raise RequestRejected(detail, status, detail=raw)


def parse(response: Response, model: type[M]) -> M:
    # Before the status: a server on another protocol may refuse us with a plain 400.
    announced = response.headers.get(protocol.PROTOCOL_HEADER)
    if announced is not None and announced.strip() != str(protocol.PROTOCOL_VERSION):
        raise ProtocolMismatch(
            f"El servidor usa la versión {announced} del protocolo y este MigraDesk la "
            f"{protocol.PROTOCOL_VERSION}. Actualice MigraDesk; sus cambios siguen guardados."
        )
    check_status(response)
    try:
        return model.model_validate_json(response.body)
    except pydantic.ValidationError as exc:
        # Truncated or garbled on the way (a proxy, a cut): the request is safe to repeat.
        raise NetworkError(
            "La respuesta del servidor llegó incompleta o no es la de un servidor de "
            "MigraDesk. Intente de nuevo; si se repite, revise la dirección del servidor. Sus "
            "cambios siguen guardados en este equipo.",
            detail=f"{exc.error_count()} validation errors: {str(exc)[:300]}",
        ) from exc


class Api:
    def __init__(
        self,
        transport: Transport,
        tokens: TokenSource | None = None,
        *,
        backoff: Backoff | None = None,
        log: SyncLog | None = None,
        cancel: Cancel | None = None,
    ) -> None:
        self.transport = transport
        self.tokens = tokens
        self.backoff = backoff or Backoff()
        self.log = log or SyncLog()
        self.cancel = cancel or Cancel()
        if isinstance(transport, Abortable):
            self.cancel.on_cancel(transport.abort)

    def login(self, request: protocol.LoginRequest) -> protocol.LoginResponse:
        body, headers = encode(request)
        try:
            return self.call(
                "POST",
                protocol.LOGIN_PATH,
                body=body,
                headers=headers,
                model=protocol.LoginResponse,
                auth=False,
            )
        except AuthRequired:
            raise AuthRequired(
                "Usuario o contraseña incorrectos. Revíselos e intente de nuevo (tras varios "
                "intentos fallidos el servidor bloquea la cuenta por unos minutos)."
            ) from None

    def push(
        self,
        request: protocol.PushRequest,
        *,
        pull_since: int | None = None,
        pull_limit: int = protocol.DEFAULT_PAGE,
    ) -> protocol.PushResponse:
        """One attempt: the engine decides how to retry (and how to shrink the batch).

        With ``pull_since`` the server also answers with the city's changes after that cursor
        (``PushResponse.pull``; None from a server that does not know the parameter)."""
        body, headers = encode(request)
        params = {}
        expected = RESULT_WIRE_BYTES * len(request.mutations)
        if pull_since is not None:
            params = {"pull_since": str(pull_since), "pull_limit": str(pull_limit)}
            expected += RECORD_WIRE_BYTES * pull_limit
        return self.call(
            "POST",
            protocol.PUSH_PATH,
            params=params,
            body=body,
            headers=headers,
            model=protocol.PushResponse,
            retry=False,
            expected_bytes=expected,
        )

    def pull(
        self, city_id: str, since: int, limit: int, expected: int | None = None
    ) -> protocol.PullResponse:
        """A page of at most ``limit`` changes; ``expected``: how many the server has left to
        send, when known (a first download), to size the deadline."""
        params = {"city_id": city_id, "since": str(since), "limit": str(limit)}
        rows = limit if expected is None else max(1, min(limit, expected))
        return self.call(
            "GET",
            protocol.PULL_PATH,
            params=params,
            model=protocol.PullResponse,
            expected_bytes=RECORD_WIRE_BYTES * rows,
        )

    def cities(self) -> list[protocol.CityListing]:
        """The cities this account may read (every city, for IOM's and the partner's)."""
        return self.call("GET", protocol.CITIES_PATH, model=protocol.CityList).root

    def summary(self, city_id: str) -> protocol.Summary:
        return self.call(
            "GET", protocol.SUMMARY_PATH, params={"city_id": city_id}, model=protocol.Summary
        )

    def retry_wait(self, exc: SyncError, attempt: int, event: str, **fields: Any) -> None:
        """Wait before retry number ``attempt`` after ``exc``, or raise ``exc`` when the
        retries are spent or the wait would be longer than this sync may wait (a Retry-After
        beyond its patience: the error then says when to come back)."""
        if isinstance(exc, DeadlineExceeded):
            # The link or the server is far slower than the slowest link planned for (a drip):
            # the same exchange would only miss its deadline again. The next sync resumes.
            raise exc
        retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
        wait = self.backoff.delay(attempt, retry_after)
        if self.backoff.gives_up(attempt, wait):
            raise exc
        self.log(
            event,
            **fields,
            attempt=attempt,
            wait_s=round(wait, 2),
            error=type(exc).__name__,
            detail=exc.detail[:160],
        )
        if self.backoff.sleep is None:
            self.cancel.sleep(wait)
        else:
            self.backoff.sleep(wait)
            self.cancel.check()

    def call(
        self,
        method: str,
        path: str,
        *,
        model: type[M],
        params: Mapping[str, str] | None = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
        retry: bool = True,
        expected_bytes: int = 0,
    ) -> M:
        attempt = 0
        token = self.tokens.token() if auth and self.tokens else None
        refreshed = False
        while True:
            self.cancel.check()
            all_headers = {**BASE_HEADERS, **(headers or {})}
            if token:
                all_headers["Authorization"] = f"Bearer {token}"
            started = time.monotonic()
            try:
                response = self.transport.send(
                    Request(method, path, params or {}, all_headers, body, expected_bytes)
                )
                self.log(
                    "http",
                    method=method,
                    path=path,
                    status=response.status,
                    ms=round((time.monotonic() - started) * 1000),
                    bytes_in=len(response.body),
                )
                return parse(response, model)
            except AuthRequired:
                if not auth or refreshed or self.tokens is None:
                    raise
                refreshed = True
                token = self.tokens.refresh(token)
                if token is None:
                    raise AuthRequired(
                        "La sesión con el servidor expiró. Inicie sesión de nuevo "
                        "(«migradesk login»); sus cambios siguen guardados en este equipo."
                    ) from None
                self.log("auth-refreshed")
            except RETRYABLE as exc:
                attempt += 1
                if not retry:
                    raise
                self.retry_wait(exc, attempt, "retry", path=path)
