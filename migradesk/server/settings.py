"""The server's tunables, with production defaults (tests pass cheaper password hashing)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from migradesk.wire.protocol import MAX_BODY_BYTES


@dataclasses.dataclass(frozen=True, kw_only=True)
class Argon2Params:
    """argon2id cost: the defaults are RFC 9106's low-memory profile (64 MiB, 3 passes)."""

    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


@dataclasses.dataclass(frozen=True, kw_only=True)
class Settings:
    token_lifetime: timedelta = timedelta(days=90)
    # Login rate limiting: failures counted over a sliding window.
    login_window: timedelta = timedelta(minutes=15)
    max_failures_per_account: int = 5
    max_failures_per_address: int = 30
    # Access requests of cities not yet in the programme (unauthenticated): per client address.
    access_request_window: timedelta = timedelta(hours=1)
    max_access_requests_per_address: int = 5
    argon2: Argon2Params = dataclasses.field(default_factory=Argon2Params)
    # Request bodies: on the wire and after gzip decompression.
    max_body_bytes: int = MAX_BODY_BYTES
    min_password_length: int = 10
    # Threads per worker process running request handlers (they mostly wait on the database;
    # more threads only fight over the GIL: measured in bench/server_sync.py).
    threads: int = 4
