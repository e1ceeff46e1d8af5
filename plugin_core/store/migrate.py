"""Schema migrations with Alembic, run from Python (works from an installed wheel).

The scripts live in ``plugin_core/store/migrations/versions/``, one per schema change.
Upgrades take a lock first (PostgreSQL: an advisory lock; SQLite: ``BEGIN IMMEDIATE``), so
processes starting together migrate once and the others wait, then find nothing to do.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from .errors import StoreError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_WRITE = {"amends_write": True}


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the shipped migrations (and at ``connection``, if given)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this version of Amends."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at; None for an empty database."""
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise _store_error(engine, "cannot read the schema version of", exc) from None


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database to ``revision``; returns (revision before, revision after)."""
    before = current_revision(engine)
    try:
        with engine.execution_options(**_WRITE).begin() as conn:
            command.upgrade(alembic_config(conn), revision)
    except SQLAlchemyError as exc:
        raise _store_error(engine, "cannot migrate", exc) from None
    except CommandError as exc:  # e.g. the database was migrated by a newer Amends
        url = engine.url.render_as_string(hide_password=True)
        raise StoreError(
            f"cannot migrate database {url} (at revision {before}; this Amends knows up to "
            f"{head_revision()}): {exc}"
        ) from None
    return before, current_revision(engine)


def upgrade_if_needed(engine: Engine) -> bool:
    """Upgrade when the database is behind the newest migration; True when it was."""
    if current_revision(engine) == head_revision():
        return False
    upgrade(engine)
    return True


def _store_error(engine: Engine, doing: str, exc: SQLAlchemyError) -> StoreError:
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    url = engine.url.render_as_string(hide_password=True)
    return StoreError(f"{doing} database {url}: {first}")
