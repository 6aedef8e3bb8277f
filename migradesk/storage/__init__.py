"""The local store: the only code that talks to the desktop's SQLite database."""

from migradesk.storage.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    StorageError,
    StorageProblem,
)
from migradesk.storage.store import Store

__all__ = ["CorruptDatabaseError", "DatabaseTooNewError", "StorageError", "StorageProblem", "Store"]
