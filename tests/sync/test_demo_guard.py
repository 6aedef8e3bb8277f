"""The demo city's folder (``<data>/demostracion``) never syncs: with a real demo written there
and a real server (in-process) that knows the account, signing in, syncing and asking for access
are refused before any request, and nothing of an account ends up in the demo's folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import synckit
from synckit import MemoryKeyring

from migradesk import paths
from migradesk.demo import write_demo
from migradesk.storage import Store
from migradesk.storage.sync import access_ticket, sync_settings
from migradesk.storage.sync.sync_settings import SyncSettings
from migradesk.sync import access, commands
from migradesk.sync.credentials import INSECURE_FILE
from migradesk.sync.demo_guard import DemoNotSynced
from migradesk.sync.transport import Transport
from migradesk.wire.access_protocol import CampaignOut, Contact

TODAY = date(2026, 11, 25)
URL = "http://127.0.0.1:8000"


def test_the_demo_folder_never_signs_in_syncs_or_asks_for_access(
    server: synckit.Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    demo = paths.demo_dir(tmp_path / "datos")
    write_demo(demo, TODAY)
    asked: list[SyncSettings] = []

    def link(settings: SyncSettings) -> Transport:
        asked.append(settings)
        return server.transport()

    with pytest.raises(DemoNotSynced, match="ciudad de demostración"):
        commands.login(demo, URL, "punto.focal", synckit.PASSWORD, transport=link)
    report = commands.sync(demo, transport=link)
    assert not report.ok and report.pushed == 0
    assert "ciudad de demostración" in (report.error or "")
    with pytest.raises(DemoNotSynced):
        access.open_campaigns(demo, URL, transport=link)
    campaign = CampaignOut(
        id="c1",
        name="Convocatoria",
        launched_on=TODAY,
        deadline=TODAY,
        results_due=TODAY,
        open=True,
    )
    contact = Contact(name="Ana Quispe", email="ana@example.org")
    with pytest.raises(DemoNotSynced):
        access.request_access(
            demo, URL, campaign, "ana", "una-clave-larga", contact, transport=link
        )
    assert asked == [] and memory_keyring.secrets == {}
    assert not (demo / INSECURE_FILE).exists()
    with Store.open(demo) as store:
        assert sync_settings.load(store) is None and access_ticket.load(store) is None

    # Only the folder decides: the same server and account sign in anywhere else.
    account = commands.login(
        tmp_path / "datos", URL, "punto.focal", synckit.PASSWORD, transport=link
    )
    assert account.username == "punto.focal" and len(asked) == 1


def test_the_demo_folder_is_known_however_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = paths.demo_dir(tmp_path)
    demo.mkdir()
    assert paths.is_demo_dir(demo) and paths.is_demo_dir(Path(f"{demo}/"))
    monkeypatch.chdir(demo)
    assert paths.is_demo_dir(Path("."))
    assert not paths.is_demo_dir(tmp_path) and not paths.is_demo_dir(tmp_path / "demo")
