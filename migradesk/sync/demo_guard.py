"""The demo city's data dir (``paths.demo_dir``) never syncs: no sign-in, no server settings,
no token, no access request and no sync there (the user would believe they work in their own
city, and the account would end up in the demo's folder). Every sync entry point asks
``refuse_demo`` first; the desktop does not offer them there (``ui/sync/controller.py``)."""

from __future__ import annotations

from pathlib import Path

from migradesk import paths
from migradesk.sync.errors import SyncError


class DemoNotSynced(SyncError):
    """A sync operation asked for the demo city's data dir."""


def refuse_demo(data_dir: Path) -> None:
    """Raise ``DemoNotSynced`` (said in Spanish, before anything is read, sent or written) when
    ``data_dir`` is the demo city's."""
    if paths.is_demo_dir(data_dir):
        raise DemoNotSynced(
            f"{data_dir} es la carpeta de la ciudad de demostración, que no se sincroniza "
            "nunca: use la carpeta de datos de su ciudad."
        )
