"""Sync failures, each with a message the user can read (Spanish) and a retry decision."""

from __future__ import annotations


class SyncError(Exception):
    """A sync problem with a plain message for the user; not retried."""


class NetworkError(SyncError):
    """No complete answer (refused, reset, stalled, garbled): worth retrying."""


class ServerBusy(SyncError):
    """429 or 5xx: retry, after ``retry_after`` seconds when the server says so."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TlsError(SyncError):
    """The server's certificate could not be verified: retrying will not help."""


class AuthRequired(SyncError):
    """The token was refused; log in again."""


class RequestRejected(SyncError):
    """A 4xx answer about the request's content: the changes it carried are rejected."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class PayloadTooLarge(RequestRejected):
    """413: send fewer changes at a time."""


class ProtocolMismatch(SyncError):
    """The server speaks another protocol version: update MigraDesk, nothing is lost."""


class CredentialsError(SyncError):
    """No safe place for the token on this computer, or none saved."""


RETRYABLE = (NetworkError, ServerBusy)
