"""``amends worker``: fire promise reminders and misses, once or every ``--interval`` seconds.

Several workers may run against one PostgreSQL database: each reminder fires once (see
``plugin_core.store.reminders``). The worker prints each event; plugins receive them through
the ``commitment_due`` and ``commitment_missed`` hooks.
"""

from __future__ import annotations

import signal
import threading
from datetime import timedelta
from types import FrameType
from typing import Any

import click

from ..errors import AmendsError
from ..hookspecs import hookimpl
from ..plugins import pm
from .base import InputError
from .db import db_option, open_cli_store


class _Echo:
    """Prints the events this worker fires (registered only while the worker runs)."""

    @hookimpl
    def commitment_due(self, commitment: Any) -> None:
        click.echo(f"due      promise {commitment.id} on {commitment.ticket} "
                   f"({commitment.agent}) at {commitment.due:%Y-%m-%d %H:%M} UTC: "
                   f"{commitment.text}")

    @hookimpl
    def commitment_missed(self, commitment: Any) -> None:
        click.echo(f"missed   promise {commitment.id} on {commitment.ticket} "
                   f"({commitment.agent}) was due {commitment.due:%Y-%m-%d %H:%M} UTC: "
                   f"{commitment.text}")


@click.command("worker")
@click.option("--once", is_flag=True, help="Run one pass and exit.")
@click.option("--interval", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds between passes.")
@click.option("--remind-before", type=click.FloatRange(min=0), default=15.0,
              show_default=True, envvar="AMENDS_REMIND_BEFORE_MINUTES",
              help="Minutes before a promise's due time to fire its reminder.")
@db_option
def worker_command(once: bool, interval: float, remind_before: float, db_url: str | None) -> None:
    """Fire reminders for promises falling due and mark the ones missed."""
    from ..store.reminders import run_due

    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    if not once:
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    echo = _Echo()
    pm.register(echo)
    try:
        with open_cli_store(db_url) as store:
            while True:
                try:
                    done = run_due(store, remind_before=timedelta(minutes=remind_before))
                except AmendsError as exc:
                    if once:
                        raise InputError(str(exc)) from None
                    click.echo(f"amends: worker: {exc}; retrying", err=True)
                else:
                    if once or done.reminded or done.missed:
                        click.echo(f"pass: {done.reminded} reminded, {done.missed} missed",
                                   err=True)
                if once or stop.wait(interval):
                    break
    finally:
        pm.unregister(echo)
