"""Passwords (argon2id), device tokens (random, stored as SHA-256, expiring, revocable) and login
with rate limiting per account and per client address."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import secrets
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from migradesk.domain.base import Role
from migradesk.server import db
from migradesk.server.db import login_attempts, tokens, user_cities, users
from migradesk.server.settings import Argon2Params, Settings

TOKEN_BYTES = 32


@dataclasses.dataclass(frozen=True)
class Principal:
    """The account behind a request."""

    user_id: int
    username: str
    role: Role
    city_ids: frozenset[str]
    token_id: int | None = None


class Passwords:
    """argon2id hashing with the configured cost."""

    def __init__(self, params: Argon2Params) -> None:
        self._hasher = PasswordHasher(
            time_cost=params.time_cost,
            memory_cost=params.memory_cost_kib,
            parallelism=params.parallelism,
            type=Type.ID,
        )
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str | None, password: str) -> bool:
        """Constant work whether or not the account exists (no timing oracle for usernames)."""
        if password_hash is None:
            if self._dummy is None:
                self._dummy = self._hasher.hash(secrets.token_urlsafe(16))
            password_hash = self._dummy
            password = ""
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def issue_token(
    conn: sa.Connection, user_id: int, device_name: str, now: datetime, lifetime: timedelta
) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires_at = now + lifetime
    conn.execute(
        sa.insert(tokens).values(
            user_id=user_id,
            token_hash=hash_token(token),
            device_name=device_name,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return token, expires_at


def revoke_user_tokens(conn: sa.Connection, user_id: int, now: datetime) -> int:
    result = conn.execute(
        sa.update(tokens)
        .where(tokens.c.user_id == user_id, tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return result.rowcount


def revoke_token(conn: sa.Connection, token_id: int, now: datetime) -> None:
    conn.execute(
        sa.update(tokens)
        .where(tokens.c.id == token_id, tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def user_city_ids(conn: sa.Connection, user_id: int) -> frozenset[str]:
    rows = conn.execute(sa.select(user_cities.c.city_id).where(user_cities.c.user_id == user_id))
    return frozenset(city_id for (city_id,) in rows)


_TOKEN_QUERY = (
    sa.select(
        tokens.c.id,
        tokens.c.last_used_at,
        users.c.id.label("user_id"),
        users.c.username,
        users.c.role,
        user_cities.c.city_id,
    )
    .join(users, users.c.id == tokens.c.user_id)
    .outerjoin(user_cities, user_cities.c.user_id == users.c.id)
    .where(
        tokens.c.token_hash == sa.bindparam("token_hash"),
        tokens.c.revoked_at.is_(None),
        tokens.c.expires_at > sa.bindparam("now"),
        users.c.disabled.is_(False),
    )
)

LAST_USED_RESOLUTION = timedelta(hours=1)


def principal_for_token(
    conn: sa.Connection, token: str, now: datetime
) -> tuple[Principal, bool] | None:
    """The account of a valid (known, unexpired, unrevoked, enabled) token, or None; and whether
    the token's last use should be recorded (at most once an hour: see touch_token).

    One query (a row per city of the account): this runs on every request."""
    rows = conn.execute(_TOKEN_QUERY, {"token_hash": hash_token(token), "now": now}).all()
    if not rows:
        return None
    row = rows[0]
    principal = Principal(
        user_id=row.user_id,
        username=row.username,
        role=Role(row.role),
        city_ids=frozenset(r.city_id for r in rows if r.city_id is not None),
        token_id=row.id,
    )
    stale = row.last_used_at is None or now - row.last_used_at > LAST_USED_RESOLUTION
    return principal, stale


def touch_token(conn: sa.Connection, token_id: int, now: datetime, lifetime: timedelta) -> None:
    """Record a use of a live token and slide its expiry to ``now + lifetime``: a desktop that
    syncs regularly is never logged out. Never shortens it; an expired or revoked token stays so."""
    slid = sa.literal(now + lifetime, db.UtcDateTime())
    conn.execute(
        sa.update(tokens)
        .where(tokens.c.id == token_id, tokens.c.revoked_at.is_(None), tokens.c.expires_at > now)
        .values(
            last_used_at=now,
            expires_at=sa.case((tokens.c.expires_at < slid, slid), else_=tokens.c.expires_at),
        )
    )


# Login


class LoginRefused(Exception):
    def __init__(self, status: int, detail: str, retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.retry_after = retry_after


@dataclasses.dataclass(frozen=True)
class LoginResult:
    token: str
    expires_at: datetime
    principal: Principal


def _locked_for(
    conn: sa.Connection, column: sa.Column[str], value: str, since: datetime, limit: int
) -> datetime | None:
    """When the oldest of the last ``limit`` failures since ``since`` was, if that many exist."""
    rows = conn.execute(
        sa.select(login_attempts.c.at)
        .where(column == value, login_attempts.c.success.is_(False), login_attempts.c.at > since)
        .order_by(login_attempts.c.at.desc())
        .limit(limit)
    ).all()
    return rows[-1].at if len(rows) >= limit else None


def check_rate_limit(
    conn: sa.Connection, settings: Settings, username: str, address: str, now: datetime
) -> None:
    """Raise LoginRefused(429) while an account or an address has too many recent failures."""
    window_start = now - settings.login_window
    last_success = conn.execute(
        sa.select(sa.func.max(login_attempts.c.at)).where(
            login_attempts.c.username == username, login_attempts.c.success.is_(True)
        )
    ).scalar_one_or_none()
    since = max(window_start, last_success) if last_success else window_start
    checks = (
        (login_attempts.c.username, username, since, settings.max_failures_per_account,
         "demasiados intentos fallidos para esta cuenta"),
        (login_attempts.c.address, address, window_start, settings.max_failures_per_address,
         "demasiados intentos fallidos desde esta dirección"),
    )  # fmt: skip
    for column, value, start, limit, what in checks:
        oldest = _locked_for(conn, column, value, start, limit)
        if oldest is not None:
            wait = max(1, math.ceil((oldest + settings.login_window - now).total_seconds()))
            minutes = math.ceil(wait / 60)
            raise LoginRefused(
                429,
                f"Demasiados intentos fallidos ({what}); vuelva a intentar en {minutes} min.",
                retry_after=wait,
            )


def record_attempt(
    conn: sa.Connection, username: str, address: str, now: datetime, success: bool
) -> None:
    conn.execute(
        sa.insert(login_attempts).values(
            username=username[:200], address=address[:100], at=now, success=success
        )
    )
    # Keep the table small: a day of attempts is plenty for any window.
    if success:
        conn.execute(sa.delete(login_attempts).where(login_attempts.c.at < now - timedelta(days=1)))


@dataclasses.dataclass(frozen=True)
class _User:
    id: int
    password_hash: str
    role: str
    disabled: bool


def find_user(conn: sa.Connection, username: str) -> _User | None:
    row = conn.execute(
        sa.select(users.c.id, users.c.password_hash, users.c.role, users.c.disabled).where(
            users.c.username == username
        )
    ).first()
    return None if row is None else _User(row.id, row.password_hash, row.role, row.disabled)


def login(
    engine: sa.Engine,
    passwords: Passwords,
    settings: Settings,
    *,
    username: str,
    password: str,
    address: str,
    device_name: str,
    now: datetime,
) -> LoginResult:
    """Check the rate limits, verify the password and issue a device token.

    The password is verified outside any transaction (argon2 takes a while); the attempt is
    recorded whatever its outcome, in its own transaction.
    """
    name = _safe_text(normalize_username(username))
    address = _safe_text(address)
    with db.read(engine) as conn:
        check_rate_limit(conn, settings, name, address, now)
        user = find_user(conn, name)
    usable = user is not None and not user.disabled
    ok = passwords.verify(user.password_hash if user is not None and usable else None, password)
    result: LoginResult | None = None
    with db.write(engine) as conn:
        record_attempt(conn, name, address, now, ok)
        if ok and user is not None:
            if passwords.needs_rehash(user.password_hash):
                conn.execute(
                    sa.update(users)
                    .where(users.c.id == user.id)
                    .values(password_hash=passwords.hash(password))
                )
            token, expires_at = issue_token(
                conn, user.id, _safe_text(device_name), now, settings.token_lifetime
            )
            principal = Principal(
                user_id=user.id,
                username=name,
                role=Role(user.role),
                city_ids=user_city_ids(conn, user.id),
            )
            result = LoginResult(token, expires_at, principal)
    if result is None:
        raise LoginRefused(401, "Usuario o contraseña incorrectos.")
    return result


def _safe_text(text: str) -> str:
    """No NUL characters (PostgreSQL text cannot hold them) and no lone surrogates."""
    return text.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")
