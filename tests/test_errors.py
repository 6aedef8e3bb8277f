"""One root for the failures MigraDesk explains to the user (``migradesk.errors.KnownError``):
the input's, the disk's, the connection's and the documents' errors all derive from it, so that
the CLI and the UI tell them from bugs with one test (``isinstance(exc, KnownError)``)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

from migradesk import cli
from migradesk.domain.base import DomainError
from migradesk.errors import KnownError
from migradesk.pdf.errors import MissingDataError, PdfExportError
from migradesk.storage.errors import StorageError, StorageProblem
from migradesk.sync.errors import NetworkError, SyncError

# Exceptions of the core that never reach the user, each caught where it is raised.
INTERNAL = {
    "migradesk.storage.firstread._Unknown": "the first read falls back to the Store",
    "migradesk.storage.workspace_read.WorkspaceUnreadable": "the workspace reads via the Store",
}


def _core_exceptions() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for package in ("domain", "storage", "sync", "pdf"):
        root = importlib.import_module(f"migradesk.{package}")
        for info in pkgutil.walk_packages(root.__path__, f"{root.__name__}."):
            if ".migrations" in info.name:
                continue
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if (
                    inspect.isclass(value)
                    and issubclass(value, BaseException)
                    and value.__module__ == module.__name__
                ):
                    found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def test_the_four_roots_are_known_errors() -> None:
    for root in (DomainError, StorageError, SyncError, PdfExportError):
        assert issubclass(root, KnownError), root
    assert issubclass(DomainError, ValueError)  # validators still raise and catch ValueError


def test_every_error_of_the_core_is_known_or_named_internal() -> None:
    found = _core_exceptions()
    assert "migradesk.sync.errors.NetworkError" in found  # the walk sees the modules
    unknown = sorted(n for n, cls in found.items() if not issubclass(cls, KnownError))
    assert unknown == sorted(INTERNAL), unknown


@pytest.mark.parametrize(
    "error",
    [
        DomainError("El código de la ciudad no existe."),
        StorageError("El disco está lleno.", StorageProblem.DISK_FULL),
        NetworkError("No se pudo conectar con el servidor."),
        MissingDataError("la carta de intención", ["Falta el nombre del intendente"]),
    ],
)
def test_a_known_error_carries_the_users_message(error: KnownError) -> None:
    assert error.user_message == str(error)
    assert error.user_message.startswith(("El ", "No se "))


def test_the_cli_says_any_known_errors_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def known(_args: object, _data_dir: object) -> int:
        raise SyncError("El servidor no responde; intente más tarde.")

    monkeypatch.setattr(cli, "_run", known)
    assert cli.main(["--data-dir", str(tmp_path), "status"]) == cli.EXIT_ERROR
    assert "El servidor no responde; intente más tarde." in capsys.readouterr().err
