"""The one root of the failures MigraDesk expects and explains to the user.

A ``KnownError`` is a problem of the input (``DomainError``), of the computer
(``StorageError``), of the connection or the server (``SyncError``) or of a document to export
(``PdfExportError``): its text is the message for the user, in Spanish, saying what happened
and what to do next. Anything else is a bug: the UI's ``errors.report`` sends it to the log and
the crash dialog, never its text to the user. Qt-free and importing nothing of MigraDesk, so
that every layer may derive from it.
"""

from __future__ import annotations


class KnownError(Exception):
    """A failure with a message for the user (``user_message``; ``str()`` gives the same)."""

    @property
    def user_message(self) -> str:
        return str(self)
