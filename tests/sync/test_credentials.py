"""The device token lives in the keyring, never the password; no keyring → a clear message,
and a file only with the user's explicit opt-in."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from synckit import MemoryKeyring

from migradesk.sync.credentials import INSECURE_FILE, SERVICE, Credentials, account_key
from migradesk.sync.errors import CredentialsError

URL = "https://migradesk.iom.int"


def test_token_goes_to_the_keyring_per_server_and_account(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    creds = Credentials(tmp_path, URL, "punto.focal")
    creds.save("tok-1")
    assert memory_keyring.secrets == {(SERVICE, account_key(URL, "punto.focal")): "tok-1"}
    assert Credentials(tmp_path, URL + "/", "punto.focal").load() == "tok-1"
    assert Credentials(tmp_path, URL, "otra").load() is None
    assert creds.refresh("tok-1") is None  # the refused token is not offered again
    memory_keyring.secrets[(SERVICE, account_key(URL, "punto.focal"))] = "tok-2"
    assert creds.refresh("tok-1") == "tok-2"
    creds.delete()
    assert creds.load() is None
    assert list(tmp_path.iterdir()) == []  # no file of ours


def test_no_keyring_gives_a_clear_spanish_message_and_writes_nothing(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(CredentialsError, match="almacén seguro de contraseñas"):
            Credentials(tmp_path, URL, "punto.focal").save("tok")
        assert list(tmp_path.iterdir()) == []
        opted = Credentials(tmp_path, URL, "punto.focal", allow_insecure_file=True)
        opted.save("tok")
        path = tmp_path / INSECURE_FILE
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert opted.load() == "tok"
        assert Credentials(tmp_path, URL, "punto.focal").load() is None  # not without opt-in
    finally:
        keyring.set_keyring(previous)


SECRET_SERVICE_CHECK = textwrap.dedent(
    """
    import sys, tempfile
    from pathlib import Path
    import keyring
    from migradesk.sync.credentials import Credentials, usable_backend
    backend = usable_backend()
    assert backend is not None and "SecretService" in type(backend).__module__, backend
    creds = Credentials(Path(tempfile.mkdtemp()), "https://srv.example", "punto.focal")
    creds.save("tok-real")
    assert creds.load() == "tok-real"
    creds.delete()
    assert creds.load() is None
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (apt-get install gnome-keyring)",
)
def test_real_secret_service_under_a_private_dbus_session(tmp_path: Path) -> None:
    script = tmp_path / "check.py"
    script.write_text(SECRET_SERVICE_CHECK)
    shell = (
        "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f"{sys.executable} {script}"
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=60,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
