"""What went wrong on the way to the server, said once for everyone (``migradesk login``,
``migradesk sync``, the sign-in dialog, the sync panel): Spanish, naming what to do next.

``requests`` wraps the real cause several layers deep (ConnectionError → MaxRetryError →
NewConnectionError → ConnectionRefusedError); the messages are chosen by that cause's type,
never by its English text, which stays in ``detail`` for the sync log.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from migradesk.sync.errors import NetworkError, TlsError

KEPT = "Sus cambios siguen guardados en este equipo."


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and everything it wraps (args, ``reason``, ``__cause__``, ``__context__``)."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner = [getattr(current, "reason", None), current.__cause__, current.__context__]
        inner += list(current.args)
        pending += [e for e in inner if isinstance(e, BaseException)]


def _has(exc: BaseException, *kinds: type[BaseException]) -> bool:
    return any(isinstance(cause, kinds) for cause in _causes(exc))


def network_error(
    exc: requests.exceptions.RequestException, base_url: str
) -> NetworkError | TlsError:
    """The error to raise for a failed exchange with ``base_url`` (TLS: not worth retrying)."""
    host = urlsplit(base_url).netloc or base_url
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, requests.exceptions.SSLError):
        return TlsError(
            f"No se pudo verificar el certificado del servidor {host} (conexión segura). "
            "Revise la dirección; si su organización usa un certificado propio, indíquelo "
            f"(«migradesk login … --ca-bundle ARCHIVO»). {KEPT}",
            detail=detail,
        )
    if _has(exc, urllib3.exceptions.NameResolutionError, socket.gaierror):
        message = (
            f"No se encontró el servidor «{host}». Revise que la dirección esté bien escrita "
            f"y que este equipo tenga conexión a internet. {KEPT}"
        )
    elif isinstance(exc, requests.exceptions.ConnectTimeout):
        message = (
            f"El servidor {host} no respondió al intento de conexión. Revise la conexión a "
            f"internet e intente de nuevo en unos minutos. {KEPT}"
        )
    elif _has(exc, ConnectionRefusedError, urllib3.exceptions.NewConnectionError):
        message = (
            f"No se pudo conectar con el servidor {host}: este equipo no tiene conexión o el "
            "servidor no está funcionando. Revise la conexión a internet y la dirección, e "
            f"intente de nuevo más tarde. {KEPT}"
        )
    elif isinstance(exc, requests.exceptions.ReadTimeout) or _has(
        exc, urllib3.exceptions.ReadTimeoutError, TimeoutError
    ):
        message = (
            f"El servidor {host} dejó de responder a mitad del intercambio. Intente de nuevo "
            f"más tarde; si se repite, revise la conexión o avise a soporte. {KEPT}"
        )
    elif isinstance(exc, requests.exceptions.ContentDecodingError):
        message = (
            f"La respuesta del servidor {host} llegó dañada (compresión inválida), quizá por "
            "un corte o un intermediario de la red. Intente de nuevo; si se repite, avise a "
            f"soporte. {KEPT}"
        )
    elif isinstance(
        exc, requests.exceptions.ChunkedEncodingError | requests.exceptions.ConnectionError
    ):
        message = (
            f"La conexión con el servidor {host} se cortó antes de completar el intercambio. "
            f"Intente de nuevo cuando la conexión sea estable. {KEPT}"
        )
    else:
        message = (
            f"No se pudo comunicar con el servidor {host}. Revise la conexión a internet y la "
            f"dirección del servidor, e intente de nuevo. {KEPT}"
        )
    return NetworkError(message, detail=detail)
