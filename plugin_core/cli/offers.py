"""``amends offers``: log, list, approve, move and export remediation offers.

``log`` prints the new offer's id; a repeated ``--key`` prints the id already logged under it
and exits 0, so a retried call never logs an offer twice. ``export --format csv`` writes one
header line and one row per offer to stdout.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from ..errors import AmendsError
from ..models import Severity
from .base import Cli, InputError, choices
from .db import db_option, open_cli_store

if TYPE_CHECKING:
    from ..store import LedgerOffer

OFFER_TYPES = ["credit", "refund", "priority-support", "other"]
OFFER_STATES = ["proposed", "approved", "offered", "accepted", "declined", "fulfilled", "void"]
EXPORT_COLUMNS = (
    "id", "key", "ticket", "platform", "customer", "type", "amount", "currency", "state",
    "severity", "offered_by", "approver", "approval_required", "reason", "created_at",
    "updated_at",
)
PROGRESS_MIN_ROWS = 1000  # exports at least this long show progress on a terminal
FLUSH_EVERY = 500  # rows written to stdout at a time


@click.group("offers", cls=Cli)
def offers_group() -> None:
    """The offer ledger: credits, refunds and priority support offered after an incident."""


@offers_group.command("log")
@click.option("--ticket", required=True, help="Ticket or conversation reference.")
@click.option("--platform", required=True, help="Where the conversation is (zendesk, slack...).")
@click.option("--customer", required=True, help="Customer id or name.")
@click.option("--type", "offer_type", type=click.Choice(OFFER_TYPES), required=True,
              help="What is offered.")
@click.option("--amount", required=True, help="Amount, e.g. 40 or 12.50 (0 for none).")
@click.option("--currency", required=True, help="ISO 4217 code, e.g. USD.")
@click.option("--severity", type=click.Choice(choices(Severity)), required=True,
              help="How bad the incident was for the customer.")
@click.option("--by", "offered_by", required=True, metavar="WHO", help="Who offers it.")
@click.option("--key", required=True, metavar="IDEMPOTENCY_KEY",
              help="Unique key: logging the same key again returns the same offer.")
@click.option("--reason", metavar="TEXT", help="Why it is offered.")
@click.option("--monthly-fee", type=float, metavar="AMOUNT",
              help="The customer's monthly fee, for the policy's approval bound.")
@click.option("--tier", default="standard", show_default=True, help="The customer's tier.")
@db_option
def log_command(
    ticket: str, platform: str, customer: str, offer_type: str, amount: str, currency: str,
    severity: str, offered_by: str, key: str, reason: str | None, monthly_fee: float | None,
    tier: str, db_url: str | None,
) -> None:
    """Log a proposed offer and print its id."""
    from ..store import log_offer

    with open_cli_store(db_url) as store:
        try:
            offer, created = log_offer(
                store, ticket=ticket, platform=platform, customer=customer, type=offer_type,
                amount=amount, currency=currency, severity=severity, offered_by=offered_by,
                key=key, reason=reason, monthly_fee=monthly_fee, tier=tier,
            )
        except AmendsError as exc:
            raise InputError(str(exc)) from None
    if not created:
        click.echo(f"amends: offer {offer.id} was already logged with key {key!r}", err=True)
    elif offer.approval_required:
        click.echo(
            f"amends: offer {offer.id} is above the approval bound: a lead must approve it "
            f"(amends offers approve {offer.id} --by LEAD)",
            err=True,
        )
    click.echo(offer.id)


@offers_group.command("list")
@click.option("--state", type=click.Choice(OFFER_STATES), help="Only offers in this state.")
@click.option("--ticket", help="Only offers on this ticket.")
@click.option("--customer", help="Only offers to this customer.")
@db_option
def list_command(
    state: str | None, ticket: str | None, customer: str | None, db_url: str | None
) -> None:
    """List offers as a table, oldest first."""
    from ..store import list_offers

    with open_cli_store(db_url) as store:
        try:
            offers = list_offers(store, state=state, ticket=ticket, customer=customer)
        except AmendsError as exc:
            raise InputError(str(exc)) from None
    if not offers:
        click.echo("No offers match.")
        return
    for line in render_table(offers):
        click.echo(line)


@offers_group.command("approve")
@click.argument("offer_id", type=int)
@click.option("--by", required=True, metavar="WHO", help="Who approves (not the agent).")
@click.option("--note", metavar="TEXT", help="Kept in the audit trail.")
@db_option
def approve_command(offer_id: int, by: str, note: str | None, db_url: str | None) -> None:
    """Approve offer OFFER_ID (needed above the policy's approval bound)."""
    from ..store import approve

    with open_cli_store(db_url) as store:
        try:
            offer = approve(store, offer_id, by=by, note=note)
        except AmendsError as exc:
            raise InputError(str(exc)) from None
    click.echo(f"offer {offer.id} approved by {offer.approver}")


@offers_group.command("set-state")
@click.argument("offer_id", type=int)
@click.argument("state", type=click.Choice(OFFER_STATES))
@click.option("--by", required=True, metavar="WHO", help="Who makes the change.")
@click.option("--note", metavar="TEXT", help="Kept in the audit trail.")
@db_option
def set_state_command(
    offer_id: int, state: str, by: str, note: str | None, db_url: str | None
) -> None:
    """Move offer OFFER_ID to STATE (see the README for the allowed changes)."""
    from ..store import set_state

    with open_cli_store(db_url) as store:
        try:
            offer = set_state(store, offer_id, state, by=by, note=note)
        except AmendsError as exc:
            raise InputError(str(exc)) from None
    click.echo(f"offer {offer.id} is now {offer.state.value}")


@offers_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv",
              show_default=True, help="CSV (one header line, one row per offer) or JSON.")
@click.option("--state", type=click.Choice(OFFER_STATES), help="Only offers in this state.")
@click.option("--ticket", help="Only offers on this ticket.")
@click.option("--customer", help="Only offers to this customer.")
@click.option("--progress/--no-progress", default=None,
              help=f"Progress on stderr (default: on a terminal, from {PROGRESS_MIN_ROWS} rows).")
@db_option
def export_command(
    fmt: str, state: str | None, ticket: str | None, customer: str | None,
    progress: bool | None, db_url: str | None,
) -> None:
    """Write every offer (or those matching the filters) to stdout, streamed."""
    from ..store import count_offers, iter_offers

    filters: dict[str, Any] = {"state": state, "ticket": ticket, "customer": customer}
    with open_cli_store(db_url) as store:
        try:
            total = count_offers(store, **filters)
            if progress is None:
                progress = sys.stderr.isatty() and total >= PROGRESS_MIN_ROWS
            rows = iter_offers(store, **filters)
            chunks = csv_chunks(rows) if fmt == "csv" else json_chunks(rows)
            _write(chunks, total, progress)
        except AmendsError as exc:
            raise InputError(str(exc)) from None


def _write(chunks: Iterable[tuple[str, int]], total: int, progress: bool) -> None:
    """Write text chunks to stdout; each says how many rows it holds, for the progress bar."""
    try:
        if not progress:
            for text, _ in chunks:
                click.echo(text, nl=False)
            return
        with click.progressbar(length=total, label="exporting offers", file=sys.stderr) as bar:
            for text, n in chunks:
                click.echo(text, nl=False)
                bar.update(n)
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `amends offers export | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)


def csv_chunks(offers: Iterable[LedgerOffer]) -> Iterator[tuple[str, int]]:
    """CSV text: the header line, then rows in chunks of ``FLUSH_EVERY``."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for offer in offers:
        writer.writerow(offer.as_dict())
        n += 1
        if n == FLUSH_EVERY:
            yield _drain(buffer), n
            n = 0
    yield _drain(buffer), n


def json_chunks(offers: Iterable[LedgerOffer]) -> Iterator[tuple[str, int]]:
    """A JSON array of offer objects (amounts as decimal strings), in chunks."""
    parts: list[str] = []
    first = True
    for offer in offers:
        parts.append(("[\n  " if first else ",\n  ") + json.dumps(offer.as_dict()))
        first = False
        if len(parts) == FLUSH_EVERY:
            yield "".join(parts), len(parts)
            parts = []
    parts.append("[]\n" if first else "\n]\n")
    yield "".join(parts), len(parts) - 1


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def render_table(offers: Sequence[LedgerOffer]) -> list[str]:
    """Offers as aligned columns for a person to read."""
    header = ("ID", "STATE", "TYPE", "AMOUNT", "TICKET", "CUSTOMER", "BY", "APPROVER", "CREATED")
    rows = [
        (
            str(o.id), o.state.value, o.type.value, f"{o.amount} {o.currency}", o.ticket,
            o.customer, o.offered_by, o.approver or "-",
            o.created_at.strftime("%Y-%m-%d %H:%M"),
        )
        for o in offers
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    right = {0, 3}  # numbers align right
    return [
        "  ".join(
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in [header, *rows]
    ]
