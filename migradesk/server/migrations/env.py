"""Alembic environment: migrations run on the connection handed in by db.upgrade()."""

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from migradesk.server.db import UtcDateTime, metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through migradesk.server.db.upgrade()")


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Migrations spell out plain SQLAlchemy types, never this package's TypeDecorators."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    render_item=render_item,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
