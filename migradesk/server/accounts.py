"""Accounts: create users, change passwords and roles, revoke tokens (CLI and admin API)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa

from migradesk.domain.base import CITY_ROLES, Role, role_name
from migradesk.server import auth
from migradesk.server.auth import Passwords
from migradesk.server.db import cities, tokens, user_cities, users
from migradesk.server.settings import Settings

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._@+-]{0,99}$")


class AccountError(Exception):
    """A request about accounts or cities that cannot be done, with the reason."""

    def __init__(self, detail: str, status: int = 422) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status


@dataclasses.dataclass(frozen=True)
class UserInfo:
    username: str
    role: Role
    city_ids: list[str]
    disabled: bool
    created_at: datetime


def no_such_user(username: str) -> str:
    return f"No existe el usuario «{username}»."


def check_password(settings: Settings, password: str) -> None:
    if len(password) < settings.min_password_length:
        raise AccountError(
            f"La contraseña debe tener al menos {settings.min_password_length} caracteres."
        )
    if len(password) > 1000 or "\x00" in password:
        raise AccountError(
            "La contraseña debe tener como máximo 1000 caracteres y ningún carácter nulo."
        )


def check_username(username: str) -> str:
    name = auth.normalize_username(username)
    if not USERNAME_PATTERN.match(name):
        raise AccountError(
            "El nombre de usuario debe tener de 1 a 100 caracteres (letras minúsculas, dígitos "
            "y . _ @ + -) y empezar con una letra o un dígito."
        )
    return name


def resolve_city(conn: sa.Connection, id_or_name: str) -> str:
    """A city's id from its id or its (unique, case-insensitive) name."""
    found = conn.execute(sa.select(cities.c.id).where(cities.c.id == id_or_name)).first()
    if found is not None:
        return str(found.id)
    rows = conn.execute(
        sa.select(cities.c.id, cities.c.province).where(
            sa.func.lower(cities.c.name) == id_or_name.strip().lower()
        )
    ).all()
    if len(rows) == 1:
        return str(rows[0].id)
    if not rows:
        raise AccountError(f"No existe ninguna ciudad con el id o el nombre «{id_or_name}».", 404)
    raise AccountError(
        f"Hay varias ciudades llamadas «{id_or_name}»; indique el id de una de ellas: "
        + ", ".join(f"{row.id} ({row.province})" for row in rows)
        + ".",
        409,
    )


def _check_cities(conn: sa.Connection, role: Role, city_ids: Iterable[str]) -> list[str]:
    """The ids of the given cities (ids or names), checked against the role."""
    wanted = sorted({resolve_city(conn, city) for city in city_ids})
    if role in CITY_ROLES and not wanted:
        raise AccountError(f"Una cuenta de {role_name(role)} necesita su ciudad (--city).")
    if role not in CITY_ROLES and wanted:
        raise AccountError(
            f"Una cuenta de {role_name(role)} ve todas las ciudades: no le asigne ninguna."
        )
    return wanted


def _user_id(conn: sa.Connection, username: str) -> int:
    found = conn.execute(
        sa.select(users.c.id).where(users.c.username == auth.normalize_username(username))
    ).scalar_one_or_none()
    if found is None:
        raise AccountError(no_such_user(username), 404)
    return int(found)


def create_user(
    conn: sa.Connection,
    passwords: Passwords,
    settings: Settings,
    *,
    username: str,
    password: str,
    role: Role,
    city_ids: Iterable[str],
    now: datetime,
) -> UserInfo:
    check_username(username)
    check_password(settings, password)
    return create_user_with_hash(
        conn,
        username=username,
        password_hash=passwords.hash(password),
        role=role,
        city_ids=city_ids,
        now=now,
    )


def create_user_with_hash(
    conn: sa.Connection,
    *,
    username: str,
    password_hash: str,
    role: Role,
    city_ids: Iterable[str],
    now: datetime,
) -> UserInfo:
    """An account whose password was hashed earlier (an approved access request's)."""
    name = check_username(username)
    wanted = _check_cities(conn, role, city_ids)
    exists = conn.execute(sa.select(users.c.id).where(users.c.username == name)).first()
    if exists is not None:
        raise AccountError(f"El usuario «{name}» ya existe.", 409)
    user_id = conn.execute(
        sa.insert(users)
        .values(
            username=name,
            password_hash=password_hash,
            role=role.value,
            created_at=now,
            password_changed_at=now,
        )
        .returning(users.c.id)
    ).scalar_one()
    if wanted:
        conn.execute(sa.insert(user_cities), [{"user_id": user_id, "city_id": c} for c in wanted])
    return get_user(conn, name)


def set_password(
    conn: sa.Connection,
    passwords: Passwords,
    settings: Settings,
    username: str,
    password: str,
    now: datetime,
    *,
    revoke: bool = True,
) -> int:
    """Change a password; by default the account's device tokens are revoked (returns how many)."""
    check_password(settings, password)
    user_id = _user_id(conn, username)
    conn.execute(
        sa.update(users)
        .where(users.c.id == user_id)
        .values(password_hash=passwords.hash(password), password_changed_at=now)
    )
    return auth.revoke_user_tokens(conn, user_id, now) if revoke else 0


def revoke_tokens(conn: sa.Connection, username: str, now: datetime) -> int:
    return auth.revoke_user_tokens(conn, _user_id(conn, username), now)


def update_user(
    conn: sa.Connection,
    passwords: Passwords,
    settings: Settings,
    username: str,
    now: datetime,
    *,
    role: Role | None = None,
    city_ids: list[str] | None = None,
    disabled: bool | None = None,
    password: str | None = None,
    actor: str | None = None,
) -> UserInfo:
    """Change an account; ``actor`` (an administrator) cannot demote or disable themselves."""
    current = get_user(conn, username)
    changes_access = role not in (None, current.role) or city_ids is not None or disabled
    if actor is not None and auth.normalize_username(actor) == current.username and changes_access:
        raise AccountError(
            "Una cuenta de administración no puede cambiar su propio rol ni sus ciudades, "
            "ni desactivarse a sí misma.",
            409,
        )
    user_id = _user_id(conn, username)
    new_role = role or current.role
    if role is not None or city_ids is not None:
        wanted = _check_cities(
            conn, new_role, city_ids if city_ids is not None else current.city_ids
        )
        conn.execute(sa.update(users).where(users.c.id == user_id).values(role=new_role.value))
        conn.execute(sa.delete(user_cities).where(user_cities.c.user_id == user_id))
        if wanted:
            conn.execute(
                sa.insert(user_cities), [{"user_id": user_id, "city_id": c} for c in wanted]
            )
    if disabled is not None:
        conn.execute(sa.update(users).where(users.c.id == user_id).values(disabled=disabled))
        if disabled:
            auth.revoke_user_tokens(conn, user_id, now)
    if password is not None:
        set_password(conn, passwords, settings, username, password, now)
    return get_user(conn, username)


def get_user(conn: sa.Connection, username: str) -> UserInfo:
    found = list_users(conn, [auth.normalize_username(username)])
    if not found:
        raise AccountError(no_such_user(username), 404)
    return found[0]


def list_users(conn: sa.Connection, usernames: list[str] | None = None) -> list[UserInfo]:
    query = sa.select(
        users.c.id, users.c.username, users.c.role, users.c.disabled, users.c.created_at
    ).order_by(users.c.username)
    if usernames is not None:
        query = query.where(users.c.username.in_(usernames))
    rows = conn.execute(query).all()
    links = conn.execute(
        sa.select(user_cities.c.user_id, user_cities.c.city_id).order_by(user_cities.c.city_id)
    ).all()
    by_user: dict[int, list[str]] = {}
    for link in links:
        by_user.setdefault(link.user_id, []).append(link.city_id)
    return [
        UserInfo(
            username=row.username,
            role=Role(row.role),
            city_ids=by_user.get(row.id, []),
            disabled=row.disabled,
            created_at=row.created_at,
        )
        for row in rows
    ]


def active_tokens(conn: sa.Connection, username: str, now: datetime) -> int:
    user_id = _user_id(conn, username)
    return conn.execute(
        sa.select(sa.func.count())
        .select_from(tokens)
        .where(
            tokens.c.user_id == user_id, tokens.c.revoked_at.is_(None), tokens.c.expires_at > now
        )
    ).scalar_one()
