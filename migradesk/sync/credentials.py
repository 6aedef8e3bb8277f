"""The device token, kept by the system's keyring (Windows Credential Manager, macOS Keychain,
Secret Service on Linux) — never the password, and never a plain file of ours unless the user
explicitly allows it on a computer without a keyring."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from migradesk.sync.errors import CredentialsError

SERVICE = "MigraDesk"
INSECURE_FILE = "token-sin-cifrar.json"

NO_KEYRING = (
    "Este equipo no tiene un almacén seguro de contraseñas disponible (llavero del sistema), "
    "y MigraDesk no guarda la sesión en un archivo sin cifrar por su cuenta. En Linux, instale "
    "y desbloquee «gnome-keyring» (o KWallet) e inicie sesión de nuevo. Si acepta el riesgo, "
    "active la opción «guardar la sesión en un archivo sin cifrar» (allow_insecure_file)."
)


def account_key(server_url: str, username: str) -> str:
    """The keyring's "username" slot: one token per server and account."""
    return f"{server_url.rstrip('/')}|{username}"


def usable_backend() -> keyring.backend.KeyringBackend | None:
    """The keyring backend, unless it is one that cannot keep a secret safely."""
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return None
    if module == "keyring.backends.chainer" and not getattr(backend, "backends", None):
        return None
    return backend


class Credentials:
    """Saves, finds and forgets the token of one account; also the engine's TokenSource."""

    def __init__(
        self, data_dir: Path, server_url: str, username: str, *, allow_insecure_file: bool = False
    ) -> None:
        self.key = account_key(server_url, username)
        self.file = data_dir / INSECURE_FILE
        self.allow_insecure_file = allow_insecure_file

    def save(self, token: str) -> None:
        backend = usable_backend()
        if backend is not None:
            try:
                backend.set_password(SERVICE, self.key, token)
                return
            except keyring.errors.KeyringError as exc:
                if not self.allow_insecure_file:
                    raise CredentialsError(f"{NO_KEYRING} (Detalle: {exc})") from exc
        if not self.allow_insecure_file:
            raise CredentialsError(NO_KEYRING)
        self._write_file({**self._read_file(), self.key: token})

    def load(self) -> str | None:
        backend = usable_backend()
        if backend is not None:
            try:
                found = backend.get_password(SERVICE, self.key)
            except keyring.errors.KeyringError:
                found = None
            if found:
                return str(found)
        if self.allow_insecure_file:
            return self._read_file().get(self.key)
        return None

    def delete(self) -> None:
        backend = usable_backend()
        if backend is not None:
            with contextlib.suppress(keyring.errors.KeyringError):
                backend.delete_password(SERVICE, self.key)
        entries = self._read_file()
        if self.key in entries:
            del entries[self.key]
            self._write_file(entries)

    # TokenSource

    def token(self) -> str | None:
        return self.load()

    def refresh(self, refused: str | None) -> str | None:
        found = self.load()
        return found if found and found != refused else None

    # The explicit opt-in file

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write_file(self, entries: dict[str, str]) -> None:
        tmp = self.file.with_name(self.file.name + ".tmp")
        try:
            tmp.unlink(missing_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entries, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.file)
        except OSError as exc:
            raise CredentialsError(f"No se pudo guardar la sesión en {self.file}: {exc}") from exc
