"""The ``amends`` command. Each sub-command lives in its own module of this package.

Exit status: 0 success, 1 when ``amends check`` finds something at ``--fail-on`` or above,
2 for bad usage or unreadable input (one ``amends: error: ...`` line on stderr).
"""

from __future__ import annotations

import click

from .. import __version__
from .base import Cli
from .check import check_command, fails, rules_command
from .db import db_group
from .draft import draft_command, templates_command
from .offers import offers_group
from .promises import promises_group
from .worker import worker_command


@click.group(cls=Cli)
@click.version_option(__version__, prog_name="amends")
def cli() -> None:
    """Draft and check what support agents send after something went wrong."""


cli.add_command(check_command)
cli.add_command(rules_command)
cli.add_command(offers_group)
cli.add_command(db_group)
cli.add_command(promises_group)
cli.add_command(worker_command)
cli.add_command(draft_command)
cli.add_command(templates_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="amends")


__all__ = ["cli", "fails", "main"]
