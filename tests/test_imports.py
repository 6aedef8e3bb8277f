"""The layers hold (architecture.md): the core never imports Qt (style.md §1: the CLI, sync,
the server and PDFs run without a screen), and the packages import each other in one direction
only (the wire contract at the bottom, the UI at the top)."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import migradesk

PACKAGE = Path(migradesk.__file__).resolve().parent

# Every module of these runs without Qt.
QT_FREE = ("domain", "storage", "sync", "pdf", "server", "wire")
# The nodes of the import graph: a module belongs to the longest of these that contains it
# (storage's sync bookkeeping is a layer of its own, above the store); any other module of the
# package (cli, demo, logs…) is a node by itself.
COMPONENTS = (
    "migradesk.wire",
    "migradesk.domain",
    "migradesk.storage.sync",
    "migradesk.storage",
    "migradesk.sync",
    "migradesk.pdf",
    "migradesk.server",
    "migradesk.ui",
)


def _modules() -> Iterator[tuple[str, Path]]:
    """Every module of the package but the alembic scripts (run by alembic, not imported)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


MODULES = dict(_modules())


def _imports(path: Path) -> Iterator[str]:
    """The absolute imports of a module, wherever they are (functions' lazy imports too)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # ``from migradesk.storage import replica``: the module
                name = f"{node.module}.{alias.name}"
                yield name if name in MODULES else node.module


def _component(module: str) -> str:
    return next((c for c in COMPONENTS if module == c or module.startswith(c + ".")), module)


def _qt_free(module: str) -> bool:
    return any(module.startswith(f"migradesk.{p}.") or module == f"migradesk.{p}" for p in QT_FREE)


def test_the_walk_sees_every_layer() -> None:
    found = {_component(m) for m in MODULES}
    assert set(COMPONENTS) <= found
    assert "migradesk.storage.sync.replica" in MODULES
    assert "migradesk.server.push" in MODULES


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _qt_free(m)))
def test_no_qt_in_the_core(module: str) -> None:
    """Not even inside a function: the server and `migradesk sync` have no Qt to import."""
    bad = [
        name
        for name in _imports(MODULES[module])
        if name.split(".")[0] == "PySide6" or _component(name) == "migradesk.ui"
    ]
    assert not bad, f"{module} imports {bad}"


def test_every_core_module_loads_without_pyside6() -> None:
    """Importing each module of the core (what really runs, transitive imports included)
    leaves PySide6 unloaded."""
    names = [*sorted(m for m in MODULES if _qt_free(m)), "migradesk.cli"]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        source = _component(module)
        for name in _imports(path):
            if name.split(".")[0] != "migradesk":
                continue
            target = _component(name)
            if target != source and target != "migradesk":  # the root only says version()
                graph.setdefault(source, set()).add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of ``graph`` (as the path that closes it), or None."""
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        for target in sorted(graph.get(node, ())):
            found = visit(target, [*path, node])
            if found is not None:
                return found
        done.add(node)
        return None

    for node in sorted(graph):
        found = visit(node, [])
        if found is not None:
            return found
    return None


def test_the_packages_import_each_other_in_one_direction() -> None:
    """E.g. storage's sync bookkeeping builds on the wire contract and the sync engine on it;
    the contract imports neither (a protocol inside ``migradesk.sync`` made a cycle)."""
    assert _cycle(_graph()) is None, " → ".join(_cycle(_graph()) or [])


def test_the_cycle_check_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_wire_contract_is_the_bottom_layer() -> None:
    graph = _graph()
    assert graph.get("migradesk.wire", set()) <= {"migradesk.domain"}
    assert "migradesk.sync" not in graph.get("migradesk.storage.sync", set())
    assert not graph.get("migradesk.storage", set()) & {
        "migradesk.storage.sync",
        "migradesk.sync",
        "migradesk.wire",
    }
