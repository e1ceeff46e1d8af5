"""The promise tracker: what agents promised in sent messages, and whether they kept it.

``record_message`` takes a message as it was sent on a ticket: first, any open promise made
earlier on that ticket whose due time has not passed is kept (this message is the update);
then every commitment the checker finds in the message becomes an open promise. Recording the
same message twice changes nothing (each promise has a key made of ticket, message and
position). ``run_due`` (see ``worker.py``) fires the reminders and marks missed promises.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from ..errors import UsageError
from .engine import Store
from .errors import PromiseNotFound, TransitionError
from .inputs import choice, required_text, utc
from .models import PromiseRow


class PromiseState(StrEnum):
    """Where a promise is: open until kept, missed or cancelled (all three final)."""

    OPEN = "open"
    KEPT = "kept"
    MISSED = "missed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class TrackedPromise:
    """A promise as stored (a snapshot); what the ``commitment_*`` hooks receive."""

    id: int
    ticket: str
    agent: str
    team: str | None
    text: str
    due: datetime | None
    vague: bool
    state: PromiseState
    made_at: datetime
    reminded_at: datetime | None
    closed_at: datetime | None
    closed_by: str | None

    @classmethod
    def from_row(cls, row: PromiseRow) -> TrackedPromise:
        return cls(
            id=row.id, ticket=row.ticket, agent=row.agent, team=row.team, text=row.text,
            due=row.due, vague=row.vague, state=PromiseState(row.state), made_at=row.made_at,
            reminded_at=row.reminded_at, closed_at=row.closed_at, closed_by=row.closed_by,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain values for JSON: times in ISO 8601."""

        def iso(t: datetime | None) -> str | None:
            return t.isoformat() if t is not None else None

        return {
            "id": self.id, "ticket": self.ticket, "agent": self.agent, "team": self.team,
            "text": self.text, "due": iso(self.due), "vague": self.vague,
            "state": self.state.value, "made_at": iso(self.made_at),
            "reminded_at": iso(self.reminded_at), "closed_at": iso(self.closed_at),
            "closed_by": self.closed_by,
        }


class Recorded(NamedTuple):
    """What ``record_message`` did: promises it kept, and promises it started tracking."""

    kept: list[TrackedPromise]
    new: list[TrackedPromise]


class KeptRate(NamedTuple):
    """Promise outcomes for one agent or team; ``rate`` is kept / (kept + missed)."""

    name: str
    kept: int
    missed: int
    open: int
    cancelled: int

    @property
    def rate(self) -> float | None:
        closed = self.kept + self.missed
        return self.kept / closed if closed else None


def record_message(
    store: Store,
    *,
    ticket: str,
    agent: str,
    text: str,
    team: str | None = None,
    sent_at: datetime | None = None,
    tz: str = "UTC",
    message_id: str | None = None,
) -> Recorded:
    """Track a sent message: keep the ticket's open promises, track the new ones it makes.

    ``sent_at`` anchors relative times ("tomorrow", "within 2 hours") and decides which
    earlier promises it keeps; ``message_id`` (else a hash of the text) makes recording
    idempotent.
    """
    from ..checker import check  # the checker loads plugins; keep store imports light

    ticket, agent = required_text("ticket", ticket), required_text("agent", agent)
    team = (team or "").strip() or None
    if not text.strip():
        raise UsageError("the message is empty: there is nothing to track")
    at = utc(sent_at)
    report = check(text, kind="update", now=at, tz=tz)
    message = message_id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    with store.write() as session:
        due_or_vague = or_(PromiseRow.due.is_(None), PromiseRow.due >= at)
        kept_rows = list(
            session.scalars(
                select(PromiseRow)
                .where(
                    PromiseRow.ticket == ticket,
                    PromiseRow.state == PromiseState.OPEN.value,
                    PromiseRow.made_at < at,
                    due_or_vague,
                )
                .with_for_update()
            )
        )
        for row in kept_rows:
            row.state, row.closed_at, row.closed_by = PromiseState.KEPT.value, at, agent
        kept = [TrackedPromise.from_row(row) for row in kept_rows]
    new = []
    for c in report.commitments:
        row = PromiseRow(
            key=f"{ticket}:{message}:{c.start}", ticket=ticket, agent=agent, team=team,
            text=c.text, due=c.due, vague=c.vague, state=PromiseState.OPEN.value, made_at=at,
        )
        try:
            with store.write() as session:
                session.add(row)
                session.flush()
                new.append(TrackedPromise.from_row(row))
        except IntegrityError:
            continue  # this message was recorded before
    return Recorded(kept, new)


def get_promise(store: Store, promise_id: int) -> TrackedPromise:
    """The promise with ``promise_id``; PromiseNotFound when there is none."""
    with store.read() as session:
        row = session.get(PromiseRow, promise_id)
        if row is None:
            raise PromiseNotFound(f"no promise with id {promise_id}")
        return TrackedPromise.from_row(row)


def list_promises(
    store: Store,
    *,
    state: PromiseState | str | None = None,
    ticket: str | None = None,
    agent: str | None = None,
    team: str | None = None,
) -> list[TrackedPromise]:
    """Promises matching every filter given, soonest due first (no due time last)."""
    stmt = select(PromiseRow)
    if state is not None:
        stmt = stmt.where(PromiseRow.state == choice(PromiseState, state, "promise state").value)
    for column, value in ((PromiseRow.ticket, ticket), (PromiseRow.agent, agent),
                          (PromiseRow.team, team)):
        if value is not None:
            stmt = stmt.where(column == value)
    stmt = stmt.order_by(PromiseRow.due.is_(None), PromiseRow.due, PromiseRow.id)
    with store.read() as session:
        return [TrackedPromise.from_row(row) for row in session.scalars(stmt)]


def close_promise(
    store: Store,
    promise_id: int,
    state: Literal["kept", "cancelled"] | PromiseState,
    *,
    by: str,
    now: datetime | None = None,
) -> TrackedPromise:
    """Mark an open promise kept or cancelled by hand; TransitionError when it is closed."""
    target = choice(PromiseState, state, "promise state")
    if target not in (PromiseState.KEPT, PromiseState.CANCELLED):
        raise UsageError(f"a promise can be marked kept or cancelled by hand, not {target}")
    actor, at = required_text("by", by), utc(now)
    with store.write() as session:
        row = session.scalars(
            select(PromiseRow).where(PromiseRow.id == promise_id).with_for_update()
        ).one_or_none()
        if row is None:
            raise PromiseNotFound(f"no promise with id {promise_id}")
        if row.state != PromiseState.OPEN.value:
            raise TransitionError(
                f"promise {promise_id} is already {row.state}; only open promises can change"
            )
        row.state, row.closed_at, row.closed_by = target.value, at, actor
        return TrackedPromise.from_row(row)


def kept_rates(store: Store, *, by: Literal["agent", "team"] = "agent") -> list[KeptRate]:
    """Kept, missed, open and cancelled counts per agent (or team), by name."""
    column = PromiseRow.agent if by == "agent" else PromiseRow.team
    stmt = (
        select(column, PromiseRow.state, func.count())
        .group_by(column, PromiseRow.state)
        .order_by(column)
    )
    counts: dict[str, dict[str, int]] = {}
    with store.read() as session:
        for name, state, n in session.execute(stmt):
            counts.setdefault(name or "(no team)", {})[state] = n
    return [
        KeptRate(name, c.get("kept", 0), c.get("missed", 0), c.get("open", 0),
                 c.get("cancelled", 0))
        for name, c in counts.items()
    ]


__all__ = [
    "KeptRate",
    "PromiseState",
    "Recorded",
    "TrackedPromise",
    "close_promise",
    "get_promise",
    "kept_rates",
    "list_promises",
    "record_message",
]
