"""The local store: the only code that talks to the desktop's SQLite database."""

from migradesk.storage.database import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    StorageError,
)
from migradesk.storage.store import Store

__all__ = ["CorruptDatabaseError", "DatabaseTooNewError", "StorageError", "Store"]
