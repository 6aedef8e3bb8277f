"""The FastAPI application: ``create_app(database_url)``."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
import sqlalchemy as sa
from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from migradesk import __version__
from migradesk.server import (
    access_api,
    admin_api,
    auth_api,
    db,
    http,
    review_api,
    selection_api,
    sync_api,
)
from migradesk.server.auth import Passwords
from migradesk.server.context import ServerContext
from migradesk.server.settings import Settings

DB_ENV = "MIGRADESK_SERVER_DB"
THREADS_ENV = "MIGRADESK_SERVER_THREADS"


def create_app(
    database_url: str | None = None,
    *,
    engine: sa.Engine | None = None,
    settings: Settings | None = None,
    check_schema: bool = True,
) -> FastAPI:
    """The server app on a database URL (or an engine); the schema must be up to date
    (``migradesk-server init-db``; ``serve`` upgrades it before starting)."""
    if engine is None:
        if database_url is None:
            raise ValueError("create_app needs a database URL or an engine")
        engine = db.create_engine(database_url)
    if check_schema:
        db.check_schema(engine)
    settings = settings or Settings()
    context = ServerContext(engine=engine, settings=settings, passwords=Passwords(settings.argon2))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Request handlers run in this many threads: few, so that they do not fight over the
        # GIL (each waits on the database most of the time; the pool has a connection each).
        limiter = anyio.to_thread.current_default_thread_limiter()
        limiter.total_tokens = settings.threads
        yield
        engine.dispose()

    app = FastAPI(
        title="MigraDesk server",
        version=__version__,
        description="IOM's central server for MigraCiudades Argentina: sync and review API.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.migradesk = context
    for router in (
        auth_api.router,
        sync_api.router,
        review_api.router,
        admin_api.router,
        access_api.router,
        selection_api.router,
    ):
        app.include_router(router)
    http.install_error_handlers(app)
    # Added innermost first: the body is read (capped, gunzipped) before anything parses it.
    app.add_middleware(http.RequestBodyMiddleware, max_body=settings.max_body_bytes)
    app.add_middleware(GZipMiddleware, minimum_size=512)
    app.add_middleware(http.ProtocolHeaderMiddleware)
    return app


def create_app_from_env() -> FastAPI:
    """The factory ``serve`` hands to uvicorn (each worker process builds its app from here)."""
    url = os.environ.get(DB_ENV)
    if not url:
        raise RuntimeError(f"set {DB_ENV} to the database URL")
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    threads = int(os.environ.get(THREADS_ENV) or Settings().threads)
    return create_app(url, settings=Settings(threads=threads))
