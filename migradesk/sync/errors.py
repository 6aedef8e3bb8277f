"""Sync failures, each with a message the user can read (Spanish), a retry decision and a
typed ``ErrorKind`` that callers decide on (never the message's wording)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import ClassVar

from migradesk.errors import KnownError


class ErrorKind(StrEnum):
    """Why a sync stopped, for code to act on (the UI picks its own words for each)."""

    NETWORK = "network"  # no complete answer: offline, refused, reset, stalled
    SERVER_BUSY = "server-busy"  # 429 / 5xx after the retries
    AUTH_REQUIRED = "auth-required"  # no usable session: the user must sign in again
    TLS = "tls"  # the server's certificate could not be verified
    PROTOCOL = "protocol"  # the server speaks another protocol version: update MigraDesk
    CREDENTIALS = "credentials"  # no safe place for the token on this computer
    REJECTED = "rejected"  # the server refused a request as a whole
    NOT_CONFIGURED = "not-configured"  # this desktop is not connected to a server yet
    ALREADY_RUNNING = "already-running"  # another sync of this desktop is in progress
    STORAGE = "storage"  # the local database (disk full, read-only, locked)
    DATA = "data"  # data this desktop cannot apply (a newer kind, an invalid value)
    CANCELLED = "cancelled"  # the user stopped it (Cancelar, Ctrl+C)
    OTHER = "other"


class SyncError(KnownError):
    """A sync problem with a plain message for the user (Spanish, saying what to do next);
    not retried. ``detail`` keeps the technical cause (often a library's English) for the sync
    log and support, never for the message."""

    kind: ClassVar[ErrorKind] = ErrorKind.OTHER

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.detail = detail if detail is not None else message


class NetworkError(SyncError):
    """No complete answer (refused, reset, stalled, garbled): worth retrying."""

    kind = ErrorKind.NETWORK


class DeadlineExceeded(NetworkError):
    """The exchange took longer than its overall deadline (a server dripping bytes, a link
    too slow for the size): cut, and worth retrying later (sync G12)."""


class SyncCancelled(SyncError):
    """The user cancelled the sync; what was not acknowledged stays in the outbox."""

    kind = ErrorKind.CANCELLED

    def __init__(self) -> None:
        super().__init__(
            "Sincronización cancelada. Lo que faltaba enviar sigue guardado en este equipo y "
            "se enviará en la próxima sincronización."
        )


class ServerBusy(SyncError):
    """429 or 5xx: retry, after ``retry_after`` seconds when the server says so."""

    kind = ErrorKind.SERVER_BUSY

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        *,
        reason: str | None = None,
        detail: str | None = None,
    ) -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after
        self.reason = reason  # the server's own sentence (e.g. why an account is locked)
        self.retry_at = datetime.now(UTC) + timedelta(seconds=retry_after) if retry_after else None


class TlsError(SyncError):
    """The server's certificate could not be verified: retrying will not help."""

    kind = ErrorKind.TLS


class AuthRequired(SyncError):
    """The token was refused (or there is none); log in again."""

    kind = ErrorKind.AUTH_REQUIRED


class RequestRejected(SyncError):
    """A 4xx answer about the request's content: the changes it carried are rejected."""

    kind = ErrorKind.REJECTED

    def __init__(self, message: str, status: int, *, detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.status = status


class PayloadTooLarge(RequestRejected):
    """413: send fewer changes at a time."""


class ProtocolMismatch(SyncError):
    """The server speaks another protocol version: update MigraDesk, nothing is lost."""

    kind = ErrorKind.PROTOCOL


class CredentialsError(SyncError):
    """No safe place for the token on this computer."""

    kind = ErrorKind.CREDENTIALS


class NotConfigured(SyncError):
    """This desktop has no server to sync with yet."""

    kind = ErrorKind.NOT_CONFIGURED


RETRYABLE = (NetworkError, ServerBusy)


def error_kind(exc: BaseException) -> ErrorKind:
    """The kind of any exception a sync can end with."""
    if isinstance(exc, SyncError):
        return exc.kind
    from migradesk.domain.base import DomainError
    from migradesk.storage.database import StorageError

    if isinstance(exc, StorageError):
        return ErrorKind.STORAGE
    if isinstance(exc, DomainError):
        return ErrorKind.DATA
    return ErrorKind.OTHER
