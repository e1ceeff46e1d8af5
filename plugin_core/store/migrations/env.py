"""Alembic environment: runs on the connection ``plugin_core.store.migrate`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from plugin_core.store.models import Base

# Any fixed number: the PostgreSQL advisory lock that serialises concurrent upgrades.
ADVISORY_LOCK_ID = 0x616D656E6473  # "amends"


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through plugin_core.store.migrate.upgrade")
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": ADVISORY_LOCK_ID})
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        transactional_ddl=True,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
