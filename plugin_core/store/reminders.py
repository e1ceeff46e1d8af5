"""Reminders for tracked promises: ``commitment_due`` ahead of the due time, then
``commitment_missed`` once it has passed unkept.

Each pass claims a batch of rows in one transaction (PostgreSQL: ``FOR UPDATE SKIP LOCKED``,
so several workers share the work and never take the same row; SQLite: the write lock, so
workers take turns), fires the hook for each and marks them before committing. A worker that
crashes mid-batch commits nothing: the rows stay due and the next pass fires them, so nothing
is lost (a plugin may see a reminder again after a crash, never twice from healthy workers).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select

from .engine import Store
from .models import PromiseRow
from .promises import PromiseState, TrackedPromise

DEFAULT_REMIND_BEFORE = timedelta(minutes=15)
DEFAULT_BATCH = 100


class Pass(NamedTuple):
    """What one pass did: reminders fired and promises marked missed."""

    reminded: int
    missed: int


def run_due(
    store: Store,
    *,
    now: datetime | None = None,
    remind_before: timedelta = DEFAULT_REMIND_BEFORE,
    batch: int = DEFAULT_BATCH,
) -> Pass:
    """Fire every reminder and every miss that is due at ``now``, a batch at a time."""
    at = now.astimezone(UTC) if now is not None else datetime.now(UTC)
    reminded = missed = 0
    while n := _remind_batch(store, at, at + remind_before, batch):
        reminded += n
    while n := _miss_batch(store, at, batch):
        missed += n
    return Pass(reminded, missed)


def _remind_batch(store: Store, at: datetime, horizon: datetime, batch: int) -> int:
    from ..plugins import pm  # imported late: loading plugins may import plugin_core

    with store.write() as session:
        rows = list(
            session.scalars(
                select(PromiseRow)
                .where(
                    PromiseRow.state == PromiseState.OPEN.value,
                    PromiseRow.reminded_at.is_(None),
                    PromiseRow.due.is_not(None),
                    PromiseRow.due <= horizon,
                    PromiseRow.due > at,
                )
                .order_by(PromiseRow.due)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        for row in rows:
            row.reminded_at = at
            pm.hook.commitment_due(commitment=TrackedPromise.from_row(row))
        return len(rows)


def _miss_batch(store: Store, at: datetime, batch: int) -> int:
    from ..plugins import pm

    with store.write() as session:
        rows = list(
            session.scalars(
                select(PromiseRow)
                .where(
                    PromiseRow.state == PromiseState.OPEN.value,
                    PromiseRow.due.is_not(None),
                    PromiseRow.due <= at,
                )
                .order_by(PromiseRow.due)
                .limit(batch)
                .with_for_update(skip_locked=True)
            )
        )
        for row in rows:
            row.state, row.closed_at, row.closed_by = PromiseState.MISSED.value, at, None
            pm.hook.commitment_missed(commitment=TrackedPromise.from_row(row))
        return len(rows)
