"""The headless commands behind `migradesk login` and `migradesk sync`."""

from __future__ import annotations

import json
import re
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import synckit
from synckit import MemoryKeyring

from migradesk.domain.assessment import IndicatorAnswer
from migradesk.storage import Store
from migradesk.storage.sync import sync_settings
from migradesk.sync import commands
from migradesk.sync.commands import LOG_FILE
from migradesk.sync.errors import AuthRequired, ErrorKind, ServerBusy, SyncError
from migradesk.sync.transport import Request, Response
from migradesk.wire import protocol

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
    assert report.error_kind is ErrorKind.NOT_CONFIGURED and report.needs_sign_in


class ExpiryInThePast:
    """The server's login answer rewritten with an expiry already past: with sliding expiry the
    server extends a token on each use, so the date seen at login is never the authority."""

    def __init__(self, inner: synckit.AppTransport) -> None:
        self.inner = inner

    def send(self, request: Request) -> Response:
        answer = self.inner.send(request)
        if request.path != protocol.LOGIN_PATH or answer.status != 200:
            return answer
        data = json.loads(answer.body)
        data["expires_at"] = "2000-01-01T00:00:00+00:00"
        return Response(answer.status, answer.headers, json.dumps(data).encode())

    def close(self) -> None:
        pass


def test_the_expiry_seen_at_login_never_ends_the_session_early(
    server: synckit.Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = tmp_path / "datos"
    link = lambda _settings: ExpiryInThePast(server.transport())  # noqa: E731
    commands.login(data, URL, "punto.focal", synckit.PASSWORD, transport=link)
    with Store.open(data) as store:
        settings = sync_settings.load(store)
        assert settings is not None and "2000" not in repr(settings)  # not stored at all
    report = commands.sync(data, transport=link)
    assert report.ok, report.error  # the server accepted the token: that is what counts


def test_a_refused_token_is_a_typed_auth_error(
    server: synckit.Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = tmp_path / "datos"
    link = lambda _settings: server.transport()  # noqa: E731
    commands.login(data, URL, "punto.focal", synckit.PASSWORD, transport=link)
    for key in memory_keyring.secrets:
        memory_keyring.secrets[key] = "token-revocado"
    report = commands.sync(data, transport=link)
    assert not report.ok and report.error_kind is ErrorKind.AUTH_REQUIRED
    assert report.needs_sign_in
    memory_keyring.secrets.clear()
    report = commands.sync(data, transport=link)  # no token saved at all: the same kind
    assert report.error_kind is ErrorKind.AUTH_REQUIRED


def _lock_out(server: synckit.Server, tmp_path: Path, username: str = "punto.focal") -> None:
    link = lambda _settings: server.transport()  # noqa: E731
    for _ in range(5):
        with pytest.raises(AuthRequired):
            commands.login(tmp_path, URL, username, "otra-clave-cualquiera", transport=link)


def test_sign_in_during_a_lockout_says_why_and_when_at_once(
    server: synckit.Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """After 5 wrong passwords the server answers 429 with its reason and Retry-After: 900.
    The sign-in says both at once instead of waiting (it waited 600 s per retry, 8 times)."""
    _lock_out(server, tmp_path)
    link = lambda _settings: server.transport()  # noqa: E731
    caught: list[BaseException] = []

    def sign_in() -> None:
        try:
            commands.login(tmp_path, URL, "punto.focal", synckit.PASSWORD, transport=link)
        except BaseException as exc:
            caught.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=sign_in, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the sign-in is waiting out the lockout in silence"
    assert time.monotonic() - started < 5
    (busy,) = caught
    assert isinstance(busy, ServerBusy) and busy.retry_at is not None
    assert busy.reason is not None and busy.reason.startswith("Demasiados intentos fallidos")
    message = str(busy)
    assert message.startswith(busy.reason)
    assert re.search(r"Puede intentar de nuevo a partir de las \d\d:\d\d \(en 15 min\)", message)
    assert 880 < (busy.retry_at - datetime.now(UTC)).total_seconds() <= 900
    assert memory_keyring.secrets == {}
