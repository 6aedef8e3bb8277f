"""/api/v1/admin: accounts and cities, for administrators only."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, ConfigDict, Field

from migradesk.domain.base import Role
from migradesk.domain.city import Region
from migradesk.server import accounts, cities, db
from migradesk.server.context import Context
from migradesk.server.policy import AdminPrincipal
from migradesk.wire.protocol import API_PREFIX, ErrorResponse

ERRORS: dict[int | str, dict[str, object]] = {
    status: {"model": ErrorResponse} for status in (400, 401, 403, 404, 409, 413, 422)
}
router = APIRouter(prefix=f"{API_PREFIX}/admin", tags=["admin"], responses=ERRORS)

Username = Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._@+-]+$")]
CityRef = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00]+$")]


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserIn(Input):
    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)
    role: Role
    city_ids: list[CityRef] = Field(default_factory=list, max_length=100)


class UserPatch(Input):
    role: Role | None = None
    city_ids: list[CityRef] | None = Field(default=None, max_length=100)
    disabled: bool | None = None
    password: str | None = Field(default=None, min_length=1, max_length=1000)


class UserOut(BaseModel):
    username: str
    role: Role
    city_ids: list[str]
    disabled: bool
    created_at: datetime


class Revoked(BaseModel):
    revoked: int


class CityIn(Input):
    name: str = Field(default="", max_length=200, pattern=r"^[^\x00]*$")
    province: str = Field(default="", max_length=100, pattern=r"^[^\x00]*$")
    indec_code: str = Field(default="", max_length=20, pattern=r"^[0-9]*$")
    region: Region | None = None


class CityOut(BaseModel):
    id: str
    name: str
    province: str
    indec_code: str
    seq: int


def _user(info: accounts.UserInfo) -> UserOut:
    return UserOut(
        username=info.username,
        role=info.role,
        city_ids=info.city_ids,
        disabled=info.disabled,
        created_at=info.created_at,
    )


def _city(info: cities.CityInfo) -> CityOut:
    return CityOut(
        id=info.id,
        name=info.name,
        province=info.province,
        indec_code=info.indec_code,
        seq=info.seq,
    )


@router.get("/users", response_model=list[UserOut])
def list_users(admin: AdminPrincipal, context: Context) -> list[UserOut]:
    with db.read(context.engine) as conn:
        return [_user(info) for info in accounts.list_users(conn)]


@router.post("/users", response_model=UserOut, status_code=201)
def create_user(body: UserIn, admin: AdminPrincipal, context: Context) -> UserOut:
    """A new account; focal points and officials need their city."""
    with db.write(context.engine) as conn:
        info = accounts.create_user(
            conn,
            context.passwords,
            context.settings,
            username=body.username,
            password=body.password,
            role=body.role,
            city_ids=body.city_ids,
            now=datetime.now(UTC),
        )
    return _user(info)


@router.patch("/users/{username}", response_model=UserOut)
def update_user(
    username: Username, body: UserPatch, admin: AdminPrincipal, context: Context
) -> UserOut:
    """Change an account's role, cities, password or disable it (which revokes its tokens)."""
    with db.write(context.engine) as conn:
        info = accounts.update_user(
            conn,
            context.passwords,
            context.settings,
            username,
            datetime.now(UTC),
            role=body.role,
            city_ids=body.city_ids,
            disabled=body.disabled,
            password=body.password,
            actor=admin.username,
        )
    return _user(info)


@router.post("/users/{username}/revoke-tokens", response_model=Revoked)
def revoke_tokens(username: Username, admin: AdminPrincipal, context: Context) -> Revoked:
    """Log the account out of every device."""
    with db.write(context.engine) as conn:
        return Revoked(revoked=accounts.revoke_tokens(conn, username, datetime.now(UTC)))


@router.get("/cities", response_model=list[CityOut])
def list_cities(admin: AdminPrincipal, context: Context) -> list[CityOut]:
    with db.read(context.engine) as conn:
        return [_city(info) for info in cities.list_cities(conn)]


@router.post("/cities", response_model=CityOut, status_code=201)
def create_city(body: CityIn, admin: AdminPrincipal, context: Context) -> CityOut:
    """A new city, from the register by INDEC code, or by name and province."""
    city = cities.build_city(
        body.name, body.province, indec_code=body.indec_code, region=body.region
    )
    with db.write(context.engine) as conn:
        return _city(cities.create_city(conn, city, datetime.now(UTC)))
