"""The workspace's online requests: an admin manages accounts and cities with the server's own
rules, IOM reads the access requests and the runs; a reviewer is refused the admin's part."""

from __future__ import annotations

from pathlib import Path

import pytest
import synckit

from migradesk.domain.base import Role
from migradesk.sync import commands
from migradesk.sync.errors import NotConfigured, RequestRejected
from migradesk.sync.workspace_api import signed_in

X = synckit.CITY.id


def _signed_in(server: synckit.Server, folder: Path, username: str) -> commands.TransportFactory:
    link: commands.TransportFactory = lambda _settings: server.transport()  # noqa: E731
    commands.login(folder, "http://127.0.0.1:8000", username, synckit.PASSWORD, transport=link)
    return link


def test_an_admin_creates_an_account_resets_its_password_and_revokes_its_devices(
    server: synckit.Server, tmp_path: Path, memory_keyring: synckit.MemoryKeyring
) -> None:
    server.add_user("raiz", Role.ADMIN, [])
    link = _signed_in(server, tmp_path / "admin", "raiz")
    with signed_in(tmp_path / "admin", link) as api:
        created = api.create_account("ana.oficial", "una clave larga", "official", [X])
        assert (created.role, created.city_ids) == ("official", [X])
        with pytest.raises(RequestRejected, match="ya existe"):
            api.create_account("ana.oficial", "una clave larga", "official", [X])
        with pytest.raises(RequestRejected, match="necesita su ciudad"):
            api.create_account("sin.ciudad", "una clave larga", "focal_point", [])
        assert "ana.oficial" in {a.username for a in api.accounts()}
        api.reset_password("ana.oficial", "otra clave larga")
        city = api.create_city(indec_code="386189")  # from the register
        assert city.province == "Jujuy" and city.id in {c.id for c in api.cities()}
        assert api.access_requests() == [] and api.runs() == []
    official = tmp_path / "oficial"
    link_official = lambda _settings: server.transport()  # noqa: E731
    commands.login(
        official,
        "http://127.0.0.1:8000",
        "ana.oficial",
        "otra clave larga",
        transport=link_official,
    )
    with signed_in(tmp_path / "admin", link) as api:
        assert api.revoke_devices("ana.oficial") == 1
    report = commands.sync(official, transport=link_official)
    assert not report.ok and report.needs_sign_in  # its device was signed out


def test_a_reviewer_reads_the_selection_but_not_the_accounts(
    server: synckit.Server, tmp_path: Path, memory_keyring: synckit.MemoryKeyring
) -> None:
    link = _signed_in(server, tmp_path, "revisora")
    with signed_in(tmp_path, link) as api:
        assert api.runs() == []
        with pytest.raises(RequestRejected, match="administración"):
            api.accounts()


def test_without_a_session_it_says_to_sign_in(tmp_path: Path) -> None:
    from migradesk.storage import Store

    Store.open(tmp_path).close()
    with pytest.raises(NotConfigured, match="inicie sesión"), signed_in(tmp_path):
        pass
