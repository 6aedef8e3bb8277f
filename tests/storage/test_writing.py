"""One write transaction for the local database (``Store.writing``): it takes SQLite's write
lock at BEGIN, so two writers never meet halfway (no upgrade deadlock), and it is the only way
storage opens one; the UI never touches SQL (queries stay in storage)."""

from __future__ import annotations

import ast
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

import migradesk
from migradesk.storage import Store
from migradesk.storage.schema import meta

PACKAGE = Path(migradesk.__file__).resolve().parent
# Where a transaction is begun by hand: the helper itself, and the schema migration at open.
BEGINS = {"storage/store.py": 1, "storage/database.py": 1}


def _other_writer(path: Path) -> str | None:
    """What a second connection meets when it asks for the write lock at once."""
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            return str(exc)
        conn.execute("ROLLBACK")
        return None


def test_the_write_lock_is_taken_at_begin(store: Store) -> None:
    assert _other_writer(store.path) is None
    with store.writing():  # not a statement run yet
        assert _other_writer(store.path) == "database is locked"
    assert _other_writer(store.path) is None


def test_a_failed_write_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.writing() as conn:
        conn.execute(sa.insert(meta).values(key="a-medias", value="1"))
        raise RuntimeError("a bug halfway")
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(meta).where(meta.c.key == "a-medias")).first() is None


def _begins(path: Path) -> int:
    """How many ``….begin()`` calls a module makes."""
    return sum(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "begin"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    )


def test_storage_begins_transactions_in_one_place() -> None:
    begins = {
        str(path.relative_to(PACKAGE)): found
        for path in sorted((PACKAGE / "storage").rglob("*.py"))
        if "migrations" not in path.parts and (found := _begins(path))
    }
    assert begins == BEGINS
    immediate = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "server" not in path.parts and "immediate=True" in path.read_text(encoding="utf-8")
    ]
    assert immediate == ["storage/store.py"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_the_ui_runs_no_sql() -> None:
    """Queries live in storage (e.g. the sync panel's badge counts: sync_status.badge_counts);
    the UI calls them through the DB worker."""
    forbidden = ("sqlalchemy", "sqlite3", "migradesk.storage.schema", "migradesk.storage.database")
    found = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imports(path) if name.startswith(forbidden)
        )
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
    }
    assert {module: names for module, names in found.items() if names} == {}
