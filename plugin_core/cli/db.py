"""``amends db upgrade``: migrate the database to the schema this version needs.

Every command that uses the database migrates it on first use anyway; this runs the
migrations explicitly (e.g. in a deployment step) and says what it did. It is safe to run
again, and from several machines at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import AmendsError
from .base import Cli, InputError

if TYPE_CHECKING:
    from ..store import Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    """The ``--db URL`` option (default: $AMENDS_DATABASE_URL, then the SQLite file)."""
    return click.option(
        "--db", "db_url", metavar="URL",
        help="Database URL (default: $AMENDS_DATABASE_URL, else a SQLite file in the user "
        "data directory).",
    )(func)


def open_cli_store(url: str | None, *, migrate: bool = True) -> Store:
    """Open the store for a command; any problem is a one-line InputError."""
    from ..store import open_store  # SQLAlchemy loads only for commands that use it

    try:
        return open_store(url, migrate=migrate)
    except AmendsError as exc:
        raise InputError(str(exc)) from None


@click.group("db", cls=Cli)
def db_group() -> None:
    """Manage the database that holds offers."""


@db_group.command("upgrade")
@db_option
def upgrade_command(db_url: str | None) -> None:
    """Migrate the database to the latest schema (safe to repeat)."""
    from ..store import upgrade

    with open_cli_store(db_url, migrate=False) as store:
        try:
            before, after = upgrade(store.engine)
        except AmendsError as exc:
            raise InputError(str(exc)) from None
        if before == after:
            click.echo(f"database {store.url} is up to date (revision {after})")
        else:
            click.echo(f"database {store.url} upgraded from {before or 'empty'} to {after}")
