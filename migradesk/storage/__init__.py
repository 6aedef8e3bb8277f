"""The local store: the only code that talks to the desktop's SQLite database.

``Store`` is loaded when first used (PEP 562): ``migradesk.storage.firstread`` (the start-up's
first read, on the standard library's sqlite3) must be importable without SQLAlchemy, which
costs ~150 ms to import. The errors come from ``errors.py``, which needs no SQLAlchemy either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from migradesk.storage.errors import (
    CorruptDatabaseError,
    DatabaseTooNewError,
    StorageError,
    StorageProblem,
)

if TYPE_CHECKING:
    from migradesk.storage.store import Store

__all__ = ["CorruptDatabaseError", "DatabaseTooNewError", "StorageError", "StorageProblem", "Store"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from migradesk.storage.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
