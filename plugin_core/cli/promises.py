"""``amends promises``: record sent messages, list promises, keep or cancel one, kept-rates.

``record`` is how a sent message reaches the tracker from the command line (the helpdesk
webhooks do the same): its promises are tracked, and it keeps the ticket's open promises whose
due time has not passed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Literal

import click

from ..config import check_timezone
from ..errors import AmendsError
from .base import Cli, InputError, parse_now, read_input
from .db import db_option, open_cli_store

if TYPE_CHECKING:
    from ..store.promises import KeptRate, TrackedPromise

PROMISE_STATES = ["open", "kept", "missed", "cancelled"]


@click.group("promises", cls=Cli)
def promises_group() -> None:
    """Promises agents made in sent messages, until they are kept, missed or cancelled."""


@promises_group.command("record")
@click.argument("source", metavar="[FILE|-]", required=False)
@click.option("--ticket", required=True, help="Ticket or conversation reference.")
@click.option("--agent", required=True, help="Who sent the message.")
@click.option("--team", help="The agent's team, for kept-rates per team.")
@click.option("--sent-at", "sent_at_text", metavar="ISO",
              help="When it was sent (default: now); anchors 'tomorrow', 'by 3pm'.")
@click.option("--tz", default="UTC", show_default=True, metavar="ZONE",
              help="IANA time zone the message is written in.")
@click.option("--message-id", help="The message's id (default: a hash of its text).")
@db_option
def record_command(
    source: str | None, ticket: str, agent: str, team: str | None, sent_at_text: str | None,
    tz: str, message_id: str | None, db_url: str | None,
) -> None:
    """Track the promises in a sent message (FILE, or standard input)."""
    from ..store.promises import record_message

    text = read_input(source)
    sent_at = parse_now(sent_at_text)
    try:
        zone = check_timezone(tz)
        if sent_at is not None and sent_at.tzinfo is None:
            sent_at = sent_at.replace(tzinfo=zone)
        with open_cli_store(db_url) as store:
            kept, new = record_message(
                store, ticket=ticket, agent=agent, team=team, text=text, sent_at=sent_at,
                tz=tz, message_id=message_id,
            )
    except AmendsError as exc:
        raise InputError(str(exc)) from None
    for p in kept:
        click.echo(f"kept     {p.id}  {_shorten(p.text)}")
    for p in new:
        click.echo(f"tracking {p.id}  {_shorten(p.text)}  {_due(p)}")
    if not kept and not new:
        click.echo("no promises in this message, and none open on the ticket to keep")


@promises_group.command("list")
@click.option("--state", type=click.Choice(PROMISE_STATES), help="Only promises in this state.")
@click.option("--ticket", help="Only this ticket's promises.")
@click.option("--agent", help="Only this agent's promises.")
@click.option("--team", help="Only this team's promises.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@db_option
def list_command(
    state: str | None, ticket: str | None, agent: str | None, team: str | None, fmt: str,
    db_url: str | None,
) -> None:
    """List promises, soonest due first."""
    from ..store.promises import list_promises

    with open_cli_store(db_url) as store:
        try:
            promises = list_promises(store, state=state, ticket=ticket, agent=agent, team=team)
        except AmendsError as exc:
            raise InputError(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in promises], ensure_ascii=False, indent=2))
        return
    for line in _table(promises):
        click.echo(line)


@promises_group.command("keep")
@click.argument("promise_id", type=int)
@click.option("--by", required=True, metavar="WHO", help="Who kept it.")
@db_option
def keep_command(promise_id: int, by: str, db_url: str | None) -> None:
    """Mark an open promise kept (e.g. kept by phone)."""
    _close(promise_id, "kept", by, db_url)


@promises_group.command("cancel")
@click.argument("promise_id", type=int)
@click.option("--by", required=True, metavar="WHO", help="Who cancels it.")
@db_option
def cancel_command(promise_id: int, by: str, db_url: str | None) -> None:
    """Cancel an open promise (e.g. the customer closed the ticket)."""
    _close(promise_id, "cancelled", by, db_url)


@promises_group.command("stats")
@click.option("--by", "by", type=click.Choice(["agent", "team"]), default="agent",
              show_default=True, help="Group the kept-rate by agent or by team.")
@db_option
def stats_command(by: Literal["agent", "team"], db_url: str | None) -> None:
    """Kept-rate per agent or team: kept / (kept + missed)."""
    from ..store.promises import kept_rates

    with open_cli_store(db_url) as store:
        rates = kept_rates(store, by=by)
    for line in _rates_table(rates, by):
        click.echo(line)


def _close(promise_id: int, state: Literal["kept", "cancelled"], by: str, url: str | None) -> None:
    from ..store.promises import close_promise

    with open_cli_store(url) as store:
        try:
            promise = close_promise(store, promise_id, state, by=by)
        except AmendsError as exc:
            raise InputError(str(exc)) from None
    click.echo(f"promise {promise.id} is {promise.state.value}")


def _table(promises: Sequence[TrackedPromise]) -> Iterator[str]:
    if not promises:
        yield "no promises"
        return
    rows = [("id", "state", "due", "ticket", "agent", "promise")] + [
        (str(p.id), p.state.value, _due(p), p.ticket, p.agent, _shorten(p.text))
        for p in promises
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for row in rows:
        yield "  ".join(cell.ljust(w) for cell, w in zip(row[:5], widths, strict=True)) + (
            "  " + row[5]
        )


def _rates_table(rates: Sequence[KeptRate], by: str) -> Iterator[str]:
    if not rates:
        yield "no promises"
        return
    width = max(len(by), *(len(r.name) for r in rates))
    yield f"{by.ljust(width)}  kept  missed  open  cancelled  kept-rate"
    for r in rates:
        rate = f"{r.rate:.0%}" if r.rate is not None else "-"
        yield (f"{r.name.ljust(width)}  {r.kept:>4}  {r.missed:>6}  {r.open:>4}  "
               f"{r.cancelled:>9}  {rate:>9}")


def _due(p: TrackedPromise) -> str:
    if p.due is None:
        return "vague" if p.vague else "no time"
    return p.due.strftime("%Y-%m-%d %H:%M UTC")


def _shorten(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
