"""Alembic environment: migrations run on the connection handed in by database.upgrade()."""

from alembic import context

from migradesk.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through migradesk.storage.database.upgrade()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
