"""HTTP plumbing: request bodies (size cap, gzip), the protocol header, errors as JSON.

Every error answer is ``{"detail": "<a sentence>"}``; bad input gets a 4xx, never a 500.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from http import HTTPStatus
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from migradesk.domain.text import clean
from migradesk.server.accounts import AccountError
from migradesk.wire.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

log = logging.getLogger("migradesk.server")

_PROTOCOL_HEADER = PROTOCOL_HEADER.lower().encode("latin-1")
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class _Refusal(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    # A detail may quote what the client sent: made encodable first (sync G11, never a 500).
    return JSONResponse({"detail": clean(detail)}, status_code=status, headers=headers)


def protocol_refusal(version: int) -> tuple[int, str] | None:
    """Why a desktop speaking ``version`` cannot sync here (status, message), or None."""
    if version < PROTOCOL_VERSION:
        return 426, (
            f"Esta versión de MigraDesk usa el protocolo de sincronización {version} y el "
            f"servidor necesita el {PROTOCOL_VERSION}: actualice MigraDesk para sincronizar "
            "(sus datos locales están a salvo)."
        )
    if version > PROTOCOL_VERSION:
        return 400, (
            f"Esta versión de MigraDesk usa el protocolo de sincronización {version}, más nuevo "
            f"que el del servidor ({PROTOCOL_VERSION}): hay que actualizar el servidor "
            "(sus datos locales están a salvo)."
        )
    return None


def check_protocol(value: str) -> None:
    """The desktop's protocol version from the header: unknown → a clear refusal."""
    try:
        version = int(value.strip())
    except ValueError:
        raise _Refusal(400, f"{PROTOCOL_HEADER} debe ser un número de protocolo.") from None
    refusal = protocol_refusal(version)
    if refusal is not None:
        raise _Refusal(*refusal)


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip body of at most ``limit`` bytes (413 past it, 400 if corrupt)."""
    out = bytearray()
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += inflater.decompress(rest, limit + 1 - len(out))
            if len(out) > limit or inflater.unconsumed_tail:
                raise _Refusal(413, f"La solicitud descomprimida supera {limit} bytes.")
            if not inflater.eof:
                raise _Refusal(400, "La solicitud comprimida (gzip) está incompleta.")
            rest = inflater.unused_data
    except zlib.error:
        raise _Refusal(400, "La solicitud comprimida (gzip) está dañada.") from None
    return bytes(out)


class RequestBodyMiddleware:
    """Reads a request body up to the cap, decompresses gzip, checks the protocol header.

    The handler then sees a plain body (no Content-Encoding) of at most ``max_body`` bytes.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            await self._handle(scope, receive, send)
        except _Refusal as refusal:
            response = error_response(refusal.status, refusal.detail, refusal.headers)
            await response(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers: dict[bytes, bytes] = {}
        for name, value in scope["headers"]:
            headers[name.lower()] = value
        if scope["path"].startswith(API_PREFIX) and _PROTOCOL_HEADER in headers:
            check_protocol(headers[_PROTOCOL_HEADER].decode("latin-1"))
        if scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        encoding = headers.get(b"content-encoding", b"").decode("latin-1").strip().lower()
        if encoding not in ("", "identity", "gzip"):
            raise _Refusal(415, f"Codificación «{encoding}» no admitida: use gzip o ninguna.")
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            raise _Refusal(413, _too_large(self.max_body))
        body = await self._read(receive)
        if encoding == "gzip":
            body = gunzip(body, self.max_body)
        new_headers = [
            (name, value)
            for name, value in scope["headers"]
            if name.lower() not in (b"content-encoding", b"content-length")
        ]
        new_headers.append((b"content-length", str(len(body)).encode()))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app({**scope, "headers": new_headers}, replay, send)

    async def _read(self, receive: Receive) -> bytes:
        chunks = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Refusal(400, "La conexión se cortó antes de recibir toda la solicitud.")
            chunks += message.get("body", b"")
            if len(chunks) > self.max_body:
                raise _Refusal(413, _too_large(self.max_body))
            if not message.get("more_body", False):
                return bytes(chunks)


class ProtocolHeaderMiddleware:
    """Every answer says which protocol the server speaks."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.header = (_PROTOCOL_HEADER, str(PROTOCOL_VERSION).encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if all(name.lower() != _PROTOCOL_HEADER for name, _ in headers):
                    headers.append(self.header)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_header)


# Errors


_WHERE = {"body": "cuerpo", "query": "parámetro", "path": "ruta", "header": "encabezado"}


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(part) for part in loc]
    if parts and parts[0] in _WHERE:
        rest = ".".join(parts[1:])
        return f"{_WHERE[parts[0]]} {rest}" if rest else _WHERE[parts[0]]
    return ".".join(parts)


def _problem(error: dict[str, Any]) -> str:
    """One pydantic error type in Spanish (its own message is English)."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "falta este dato"
    if kind == "too_long":
        return f"admite como máximo {ctx.get('max_length', '?')} elementos"
    if kind == "string_too_long":
        return f"admite como máximo {ctx.get('max_length', '?')} caracteres"
    if kind in ("too_short", "string_too_short"):
        return "es demasiado corto o está vacío"
    if kind == "extra_forbidden":
        return "dato no admitido"
    if kind == "greater_than_equal":
        return f"debe ser al menos {ctx.get('ge', '?')}"
    if kind == "less_than_equal":
        return f"debe ser como máximo {ctx.get('le', '?')}"
    if kind.startswith("int_"):
        return "debe ser un número entero"
    if kind.startswith("string_") and kind != "string_pattern_mismatch":
        return "debe ser un texto"
    if kind in ("enum", "literal_error"):
        return "valor no admitido"
    if kind in ("string_pattern_mismatch", "model_type", "dict_type", "list_type", "tuple_type"):
        return "formato no válido"
    return "valor no válido"


def describe_validation(errors: list[Any]) -> tuple[int, str]:
    """A status and one readable Spanish sentence for pydantic/FastAPI validation errors."""
    for error in errors:
        if error.get("type") == "json_invalid":
            return 400, "La solicitud no es JSON válido."
    problems = []
    for error in errors[:5]:
        message = _problem(error)
        where = _location(error.get("loc", ()))
        if error.get("type") == "too_long" and "mutations" in where:
            message += " (envíe lotes más pequeños)"
        problems.append(f"{where}: {message}" if where else message)
    more = f" (y {len(errors) - 5} más)" if len(errors) > 5 else ""
    return 422, "Solicitud no válida: " + "; ".join(problems) + more + "."


def _too_large(limit: int) -> str:
    return f"La solicitud supera {limit} bytes: envíe lotes más pequeños."


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    status, detail = describe_validation(list(exc.errors()))
    return error_response(status, detail)


_DEFAULT_DETAILS = {
    404: "No existe esa dirección en el servidor.",
    405: "Esa dirección no admite este método.",
}


UNREADABLE_BODY = (
    "No se pudo leer la solicitud como JSON. Envíe un JSON válido (la especificación del "
    "protocolo está en /docs del servidor)."
)
NOT_UTF8 = (
    "La solicitud no está codificada en UTF-8: envíe el texto en UTF-8 (así lo hace MigraDesk; "
    "revise el programa que la generó)."
)
TOO_DEEP = (
    "La solicitud está anidada a demasiada profundidad: ningún dato del protocolo lo necesita; "
    "revise el programa que la generó."
)


def _parse_failure(exc: StarletteHTTPException) -> str | None:
    """FastAPI answers a body it cannot decode or parse with its own English 400 ("There was an
    error parsing the body"), raised from the real cause: say that cause in Spanish."""
    cause = exc.__cause__
    if exc.status_code != 400 or cause is None or isinstance(cause, StarletteHTTPException):
        return None
    if isinstance(cause, UnicodeDecodeError):
        return NOT_UTF8
    if isinstance(cause, RecursionError):
        return TOO_DEEP
    return UNREADABLE_BODY


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    detail = _parse_failure(exc) or detail
    if detail == HTTPStatus(exc.status_code).phrase:  # Starlette's default, in English
        detail = _DEFAULT_DETAILS.get(exc.status_code, f"Error {exc.status_code}.")
    return error_response(exc.status_code, detail, dict(exc.headers or {}))


async def _account_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AccountError)
    return error_response(exc.status, exc.detail)


async def _too_deep(request: Request, exc: Exception) -> JSONResponse:
    return error_response(400, TOO_DEEP)


async def _data_error(request: Request, exc: Exception) -> JSONResponse:
    log.warning("value refused by the database on %s: %s", request.url.path, exc)
    return error_response(422, "La solicitud contiene un valor que no se puede guardar.")


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    log.error("database error on %s: %s", request.url.path, exc)
    return error_response(
        503,
        "La base de datos está ocupada o no disponible; vuelva a intentar en unos momentos.",
        {"Retry-After": "5"},
    )


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, "Error interno del servidor; el problema quedó registrado.")


def install_error_handlers(app: FastAPI) -> None:
    handlers: list[tuple[type[Exception], Callable[[Request, Exception], Awaitable[Any]]]] = [
        (RequestValidationError, _validation_error),
        (StarletteHTTPException, _http_error),
        (AccountError, _account_error),
        (RecursionError, _too_deep),
        (sa.exc.DataError, _data_error),
        (sa.exc.OperationalError, _database_unavailable),
        (Exception, _server_error),
    ]
    for exc_class, handler in handlers:
        app.add_exception_handler(exc_class, handler)
