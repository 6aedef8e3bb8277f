"""What every request handler needs: the engine, the settings and the password hasher."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Request

from migradesk.server.auth import Passwords
from migradesk.server.settings import Settings


@dataclasses.dataclass(frozen=True)
class ServerContext:
    engine: sa.Engine
    settings: Settings
    passwords: Passwords


async def get_context(request: Request) -> ServerContext:
    # async: FastAPI runs it on the event loop, not in a worker thread (it does no I/O).
    context: ServerContext = request.app.state.migradesk
    return context


Context = Annotated[ServerContext, Depends(get_context)]
