"""The server's API over a Transport: JSON in and out, gzip bodies, the token, status codes
turned into errors, and retries with backoff for requests that are safe to repeat."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Mapping
from typing import Protocol, TypeVar

import pydantic

from migradesk import __version__
from migradesk.sync import protocol
from migradesk.sync.backoff import Backoff, parse_retry_after
from migradesk.sync.errors import (
    RETRYABLE,
    AuthRequired,
    NetworkError,
    PayloadTooLarge,
    ProtocolMismatch,
    RequestRejected,
    ServerBusy,
    SyncError,
)
from migradesk.sync.synclog import SyncLog
from migradesk.sync.transport import Request, Response, Transport

M = TypeVar("M", bound=pydantic.BaseModel)

GZIP_FROM_BYTES = 512  # smaller bodies gain nothing from gzip's ~20-byte frame
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


def _detail(response: Response) -> str:
    try:
        data = json.loads(response.body)
    except (ValueError, UnicodeDecodeError):
        return response.body[:200].decode("utf-8", "replace")
    if isinstance(data, dict) and "detail" in data:
        detail = data["detail"]
        return detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)
    return str(data)[:200]


def check_status(response: Response) -> None:
    """Raise the error a non-2xx answer means."""
    status = response.status
    if 200 <= status < 300:
        return
    detail = _detail(response)
    if status == 401:
        raise AuthRequired("La sesión con el servidor expiró o no es válida.")
    if status == 413:
        raise PayloadTooLarge(f"Envío demasiado grande para el servidor: {detail}", status)
    if status == 426:
        raise ProtocolMismatch(
            "El servidor usa otra versión del protocolo de sincronización. Actualice MigraDesk;"
            f" sus cambios siguen guardados en este equipo. ({detail})"
        )
    if status == 429 or status >= 500:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        raise ServerBusy(f"El servidor no está disponible ahora (HTTP {status}).", retry_after)
    if 300 <= status < 400:
        raise SyncError(
            f"El servidor respondió con una redirección (HTTP {status}); revise la dirección."
        )
    raise RequestRejected(detail or f"HTTP {status}", status)


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
            f"respuesta incompleta o inválida del servidor: {exc.error_count()} errores"
        ) from exc


class Api:
    def __init__(
        self,
        transport: Transport,
        tokens: TokenSource | None = None,
        *,
        backoff: Backoff | None = None,
        log: SyncLog | None = None,
    ) -> None:
        self.transport = transport
        self.tokens = tokens
        self.backoff = backoff or Backoff()
        self.log = log or SyncLog()

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
            raise AuthRequired("Usuario o contraseña incorrectos.") from None

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
        if pull_since is not None:
            params = {"pull_since": str(pull_since), "pull_limit": str(pull_limit)}
        return self.call(
            "POST",
            protocol.PUSH_PATH,
            params=params,
            body=body,
            headers=headers,
            model=protocol.PushResponse,
            retry=False,
        )

    def pull(self, city_id: str, since: int, limit: int) -> protocol.PullResponse:
        params = {"city_id": city_id, "since": str(since), "limit": str(limit)}
        return self.call("GET", protocol.PULL_PATH, params=params, model=protocol.PullResponse)

    def summary(self, city_id: str) -> protocol.Summary:
        return self.call(
            "GET", protocol.SUMMARY_PATH, params={"city_id": city_id}, model=protocol.Summary
        )

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
    ) -> M:
        attempt = 0
        token = self.tokens.token() if auth and self.tokens else None
        refreshed = False
        while True:
            all_headers = {**BASE_HEADERS, **(headers or {})}
            if token:
                all_headers["Authorization"] = f"Bearer {token}"
            started = time.monotonic()
            try:
                response = self.transport.send(
                    Request(method, path, params or {}, all_headers, body)
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
                if not retry or attempt >= self.backoff.max_attempts:
                    raise
                retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
                wait = self.backoff.delay(attempt, retry_after)
                self.log(
                    "retry",
                    path=path,
                    attempt=attempt,
                    wait_s=round(wait, 2),
                    error=type(exc).__name__,
                    detail=str(exc)[:160],
                )
                self.backoff.sleep(wait)
