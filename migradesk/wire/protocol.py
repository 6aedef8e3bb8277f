"""The wire protocol between desktops and IOM's server (/api/v1), shared by both sides.

Records travel as their kind, id, city and fields in JSON form (``migradesk.domain.base.to_wire``).
A desktop pushes its outbox as mutations carrying the values it replaced; the server merges per
field and answers each mutation once (a retry gets the stored answer). A desktop pulls every change
of a city after a cursor, in pages, in the order of the city's sequence.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-MigraDesk-Protocol"
API_PREFIX = "/api/v1"
HEALTH_PATH = "/healthz"
LOGIN_PATH = f"{API_PREFIX}/auth/login"
# POST PushRequest → PushResponse. With ?pull_since=&pull_limit= the answer also carries the
# city's changes after that cursor, batch included (``PushResponse.pull``): an incremental sync
# is one request. Query parameters, not body fields: a server that predates
# them ignores them (and answers without ``pull``), where an unknown body field is refused.
PUSH_PATH = f"{API_PREFIX}/sync/push"
PULL_PATH = f"{API_PREFIX}/sync/pull"  # GET ?city_id=&since=&limit= → PullResponse
SUMMARY_PATH = f"{API_PREFIX}/sync/summary"  # GET ?city_id= → Summary
CITIES_PATH = f"{API_PREFIX}/cities"  # GET → CityList: the cities the account may read
# Every other request carries "Authorization: Bearer <token>".

MAX_BATCH = 200  # mutations per push
MAX_BODY_BYTES = 2 * 1024 * 1024  # after gzip decompression
MAX_PAGE = 1000  # changes per pulled page
DEFAULT_PAGE = 300
MAX_CURSOR = 2**62  # sequence numbers are BIGINT


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Op(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class Mutation(Message):
    """One outbox entry: ``changes`` maps a field to [the value the desktop saw, its new value]."""

    mutation_id: str = Field(min_length=1, max_length=64)
    kind: str = Field(min_length=1, max_length=40)
    record_id: str = Field(min_length=1, max_length=64)
    op: Op
    changes: dict[str, tuple[Any, Any]] = Field(default_factory=dict)
    base_version: int = Field(ge=0)


class PushRequest(Message):
    protocol: int = PROTOCOL_VERSION
    client_id: str = Field(min_length=1, max_length=64)
    city_id: str = Field(min_length=1, max_length=64)
    mutations: list[Mutation] = Field(max_length=MAX_BATCH)


class ResultStatus(StrEnum):
    APPLIED = "applied"  # every field merged in (some may have overwritten a concurrent value)
    CONFLICT = "conflict"  # applied but for long-text fields edited on both sides, kept aside
    REJECTED = "rejected"  # refused as a whole (validation, permission); nothing applied
    # Not applied: someone deleted the record after the version this change was based on. The
    # desktop asks "restore with my edits?"; a restore is an upsert based on the deletion's
    # version (``MutationResult.version``), which the server applies and so undeletes.
    DELETED = "deleted"


class FieldConflict(Message):
    field: str
    mine: Any  # the value this mutation wanted
    theirs: Any  # the server's current value, which stays until someone resolves


class MutationResult(Message):
    mutation_id: str
    status: ResultStatus
    version: int | None = None  # the record's server version after this mutation
    conflicts: list[FieldConflict] = Field(default_factory=list)
    error: str | None = None  # why it was rejected, for the user


class RecordState(Message):
    """A record as the server holds it now (full fields: a pull never needs earlier pages)."""

    kind: str
    id: str
    city_id: str
    version: int  # the city sequence number of its last change
    deleted: bool = False
    fields: dict[str, Any]


class PullResponse(Message):
    protocol: int = PROTOCOL_VERSION
    changes: list[RecordState]
    cursor: int  # pass as ``since`` next time; the highest sequence number in this page
    has_more: bool


class PushResponse(Message):
    protocol: int = PROTOCOL_VERSION
    results: list[MutationResult]
    # Only when the push asked for it (``pull_since``), and then always: the page a GET pull
    # after this push would return. Absent, not null, otherwise: older desktops refuse fields
    # they do not know (``PushResponse.wire``).
    pull: PullResponse | None = None

    def wire(self) -> str:
        """The JSON answer: without ``pull`` when there is none."""
        return self.model_dump_json(exclude=None if self.pull is not None else {"pull"})


class Summary(Message):
    """For the sanity check after a sync: counts and a hash of (id, version) of every record of
    the city, deleted ones included, compared by both sides."""

    city_id: str
    count: int
    digest: str


class CityListing(BaseModel):
    """A city the account may read, as the server lists it (IOM's workspace syncs them all).
    Fields a later server adds are ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str
    name: str
    province: str
    indec_code: str = ""
    seq: int = 0  # the city's latest sequence number: a desktop at this cursor is up to date
    # When a desktop of the city last reached the server (a sync, a login; hourly resolution).
    last_seen_at: datetime | None = None


class CityList(RootModel[list[CityListing]]):
    pass


class LoginRequest(Message):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    device_name: str = Field(default="", max_length=200)


class Account(Message):
    username: str
    role: str
    city_ids: list[str]


class LoginResponse(Message):
    token: str
    expires_at: str  # ISO 8601
    account: Account


class ErrorResponse(Message):
    detail: str


def summary_digest(pairs: list[tuple[str, int]]) -> str:
    """The hash both sides compute over a city's live records: sorted (id, version) pairs."""
    import hashlib

    digest = hashlib.sha256()
    for record_id, version in sorted(pairs):
        digest.update(f"{record_id}:{version}\n".encode("utf-8", "surrogatepass"))  # never fails
    return digest.hexdigest()
