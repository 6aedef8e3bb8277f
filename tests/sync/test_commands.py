"""The headless commands behind `migradesk login` and `migradesk sync`."""

from __future__ import annotations

from pathlib import Path

import pytest
import synckit
from synckit import MemoryKeyring

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store, sync_settings
from migradesk.sync import commands
from migradesk.sync.commands import LOG_FILE
from migradesk.sync.errors import AuthRequired, SyncError

URL = "http://127.0.0.1:8000"


def test_login_keeps_only_the_token_and_sync_uses_it(
    server: synckit.Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = tmp_path / "datos"
    link = lambda _settings: server.transport()  # noqa: E731
    account = commands.login(data, URL, "punto.focal", synckit.PASSWORD, transport=link)
    assert account.city_ids == [synckit.CITY.id]
    (token,) = memory_keyring.secrets.values()
    assert synckit.PASSWORD not in token
    with Store.open(data) as store:
        settings = sync_settings.load(store)
        assert settings is not None and settings.city_ids == (synckit.CITY.id,)
        answer = IndicatorAnswer.blank(synckit.CITY.id, "1", "a01")
        answer.answer = "si"
        store.save(answer)
    report = commands.sync(data, transport=link)
    assert report.ok and report.pushed == 1 and report.pulled >= 2
    log = (data / LOG_FILE).read_text(encoding="utf-8")
    assert "sync-end ok=True" in log and token not in log and synckit.PASSWORD not in log
    (status,) = commands.status(data)
    assert status.pending == 0 and status.last_success_at is not None
    with Store.open(data) as store:
        synckit.assert_converged(server, store, synckit.CITY.id)


def test_wrong_password_and_unsafe_url(
    server: synckit.Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    link = lambda _settings: server.transport()  # noqa: E731
    with pytest.raises(AuthRequired, match="contraseña incorrectos"):
        commands.login(tmp_path, URL, "punto.focal", "otra-clave-cualquiera", transport=link)
    with pytest.raises(SyncError, match="https"):
        commands.login(tmp_path, "http://migradesk.example.org", "u", "p", transport=link)
    assert memory_keyring.secrets == {}


def test_sync_before_login_says_what_to_do(tmp_path: Path) -> None:
    report = commands.sync(tmp_path)
    assert not report.ok and "migradesk login" in (report.error or "")
