"""The offer ledger: what was offered to whom, who approved it, and every change since.

An offer moves through the states in ``TRANSITIONS`` (the one table that decides what is
allowed); each change, creation included, appends a row to the audit trail. An offer above
the remediation policy's approval bound can't be ``offered`` until someone other than the
agent who logged it approves it. Logging is idempotent: a repeated key returns the offer
already logged under it, also when two processes log it at the same moment.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError

from ..errors import UsageError
from ..models import Severity
from ..remediation import Policy, check_currency, needs_approval
from .engine import Store
from .errors import ApprovalRequired, OfferNotFound, TransitionError
from .inputs import choice, required_text, utc
from .models import AMOUNT_PRECISION, AMOUNT_SCALE, OfferAuditRow, OfferRow


class OfferType(StrEnum):
    """What kind of remedy was offered."""

    CREDIT = "credit"
    REFUND = "refund"
    PRIORITY_SUPPORT = "priority-support"
    OTHER = "other"


class OfferState(StrEnum):
    """Where an offer is in its life."""

    PROPOSED = "proposed"  # logged by an agent, not yet made to the customer
    APPROVED = "approved"  # a lead approved it (required above the policy bound)
    OFFERED = "offered"  # made to the customer
    ACCEPTED = "accepted"  # the customer took it
    DECLINED = "declined"  # the customer turned it down
    FULFILLED = "fulfilled"  # paid, credited or delivered
    VOID = "void"  # withdrawn or cancelled; nothing is owed


S = OfferState
#: Allowed changes, from state -> to states. ``fulfilled`` and ``void`` are final.
#: ``proposed -> offered`` skips approval, so it is refused for offers that need one.
TRANSITIONS: Mapping[OfferState, frozenset[OfferState]] = {
    S.PROPOSED: frozenset({S.APPROVED, S.OFFERED, S.VOID}),
    S.APPROVED: frozenset({S.OFFERED, S.VOID}),
    S.OFFERED: frozenset({S.ACCEPTED, S.DECLINED, S.VOID}),
    S.ACCEPTED: frozenset({S.FULFILLED, S.VOID}),
    S.DECLINED: frozenset({S.VOID}),
    S.FULFILLED: frozenset(),
    S.VOID: frozenset(),
}

_CENTS = Decimal("0.01")
_MAX_AMOUNT = Decimal(10) ** (AMOUNT_PRECISION - AMOUNT_SCALE)


@dataclass(frozen=True)
class LedgerOffer:
    """An offer as stored (a snapshot: changing it changes nothing in the ledger)."""

    id: int
    key: str
    ticket: str
    platform: str
    customer: str
    type: OfferType
    amount: Decimal
    currency: str
    reason: str | None
    severity: Severity
    offered_by: str
    state: OfferState
    approval_required: bool
    approver: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: OfferRow) -> LedgerOffer:
        return cls(
            id=row.id, key=row.key, ticket=row.ticket, platform=row.platform,
            customer=row.customer, type=OfferType(row.type), amount=canonical_amount(row.amount),
            currency=row.currency, reason=row.reason, severity=Severity(row.severity),
            offered_by=row.offered_by, state=OfferState(row.state),
            approval_required=row.approval_required, approver=row.approver,
            created_at=row.created_at, updated_at=row.updated_at,
        )

    def as_dict(self) -> dict[str, Any]:
        """Plain values for export: amount as a decimal string, times in ISO 8601."""
        return {
            "id": self.id, "key": self.key, "ticket": self.ticket, "platform": self.platform,
            "customer": self.customer, "type": self.type.value, "amount": str(self.amount),
            "currency": self.currency, "state": self.state.value,
            "severity": self.severity.value, "offered_by": self.offered_by,
            "approver": self.approver, "approval_required": self.approval_required,
            "reason": self.reason, "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True)
class AuditEntry:
    """One change to an offer: who, when, from which state to which (None: created)."""

    offer_id: int
    actor: str
    at: datetime
    from_state: OfferState | None
    to_state: OfferState
    note: str | None


class Logged(NamedTuple):
    """What ``log_offer`` returns: the offer, and False when its key was logged before."""

    offer: LedgerOffer
    created: bool


def log_offer(
    store: Store,
    *,
    ticket: str,
    platform: str,
    customer: str,
    type: OfferType | str,
    amount: Decimal | str | int | float,
    currency: str,
    severity: Severity | str,
    offered_by: str,
    key: str,
    reason: str | None = None,
    monthly_fee: float | None = None,
    tier: str = "standard",
    policy: Policy | None = None,
    now: datetime | None = None,
) -> Logged:
    """Record a proposed offer, or return the one already logged under ``key``.

    Whether it needs a lead's approval is decided now, by ``needs_approval`` with
    ``monthly_fee``, ``tier`` and ``policy`` (default: the team's policy). Raises UsageError
    (nothing written) for a negative or malformed amount, an unknown currency, type or
    severity, or an empty field. Fires ``offer_logged`` for a new offer.
    """
    offer_type = choice(OfferType, type, "offer type")
    key = required_text("key", key)
    value = parse_amount(amount)
    values: dict[str, Any] = {
        "ticket": required_text("ticket", ticket),
        "platform": required_text("platform", platform, limit=50),
        "customer": required_text("customer", customer),
        "key": key,
        "offered_by": required_text("by", offered_by),
        "type": offer_type.value,
        "amount": value,
        "currency": check_currency(currency),
        "severity": choice(Severity, severity, "severity").value,
        "reason": (reason or "").strip() or None,
    }
    existing = _by_key(store, key)
    if existing is not None:
        return Logged(existing, created=False)
    at = utc(now)
    required = needs_approval(
        offer_type.value, float(value), monthly_fee=monthly_fee, tier=tier, policy=policy
    )
    try:
        with store.write() as session:
            row = OfferRow(
                **values, state=S.PROPOSED.value, approval_required=required,
                approver=None, created_at=at, updated_at=at,
            )
            session.add(row)
            session.flush()
            session.add(
                OfferAuditRow(
                    offer_id=row.id, actor=values["offered_by"], at=at, from_state=None,
                    to_state=S.PROPOSED.value, note="logged" + (
                        "; needs approval (above the policy bound)" if required else ""
                    ),
                )
            )
            offer = LedgerOffer.from_row(row)
    except IntegrityError:
        # Another process logged the same key between our check and our insert.
        existing = _by_key(store, key)
        if existing is None:
            raise
        return Logged(existing, created=False)
    _notify(offer)
    return Logged(offer, created=True)


def approve(
    store: Store, offer_id: int, *, by: str, note: str | None = None,
    now: datetime | None = None,
) -> LedgerOffer:
    """Approve a proposed offer (``by`` becomes its approver; not the agent who logged it)."""
    return set_state(store, offer_id, S.APPROVED, by=by, note=note, now=now)


def set_state(
    store: Store,
    offer_id: int,
    state: OfferState | str,
    *,
    by: str,
    note: str | None = None,
    now: datetime | None = None,
) -> LedgerOffer:
    """Move an offer to ``state`` if ``TRANSITIONS`` allows it; the change is audited.

    Moving to ``approved`` records ``by`` as the approver. Raises TransitionError for a
    change the table doesn't allow, ApprovalRequired for an unapproved offer above the
    bound, OfferNotFound for an unknown id; nothing is written then.
    """
    target = choice(OfferState, state, "state")
    actor = required_text("by", by)
    at = utc(now)
    with store.write() as session:
        row = session.scalars(
            select(OfferRow).where(OfferRow.id == offer_id).with_for_update()
        ).one_or_none()
        if row is None:
            raise OfferNotFound(f"no offer with id {offer_id}")
        current = OfferState(row.state)
        check_transition(current, target, offer_id)
        if target is S.APPROVED:
            if actor.casefold() == row.offered_by.casefold():
                raise ApprovalRequired(
                    f"offer {offer_id} was logged by {row.offered_by}; "
                    "someone else must approve it"
                )
            row.approver = actor
        if target is S.OFFERED and row.approval_required and row.approver is None:
            raise ApprovalRequired(
                f"offer {offer_id} is above the policy's approval bound and has no approver: "
                f"approve it first (amends offers approve {offer_id} --by LEAD)"
            )
        row.state = target.value
        row.updated_at = at
        session.add(
            OfferAuditRow(
                offer_id=row.id, actor=actor, at=at, from_state=current.value,
                to_state=target.value, note=(note or "").strip() or None,
            )
        )
        offer = LedgerOffer.from_row(row)
    _notify(offer)
    return offer


def check_transition(current: OfferState, target: OfferState, offer_id: int | None = None) -> None:
    """Raise TransitionError unless ``TRANSITIONS`` allows ``current -> target``."""
    if target in TRANSITIONS[current]:
        return
    which = f"offer {offer_id}" if offer_id is not None else "an offer"
    allowed = ", ".join(sorted(TRANSITIONS[current])) or "none: it is final"
    raise TransitionError(
        f"{which} is {current.value} and can't become {target.value} (allowed: {allowed})"
    )


def get_offer(store: Store, offer_id: int) -> LedgerOffer:
    """The offer with ``offer_id``; OfferNotFound when there is none."""
    with store.read() as session:
        row = session.get(OfferRow, offer_id)
        if row is None:
            raise OfferNotFound(f"no offer with id {offer_id}")
        return LedgerOffer.from_row(row)


def list_offers(
    store: Store, *, state: OfferState | str | None = None, ticket: str | None = None,
    customer: str | None = None,
) -> list[LedgerOffer]:
    """Offers matching every filter given, oldest first."""
    return list(iter_offers(store, state=state, ticket=ticket, customer=customer))


def iter_offers(
    store: Store, *, state: OfferState | str | None = None, ticket: str | None = None,
    customer: str | None = None, batch: int = 500,
) -> Iterator[LedgerOffer]:
    """Like ``list_offers``, but streamed ``batch`` rows at a time (for large exports)."""
    stmt = _filtered(select(OfferRow), state, ticket, customer).order_by(OfferRow.id)
    with store.read() as session:
        for row in session.scalars(stmt.execution_options(yield_per=batch)):
            yield LedgerOffer.from_row(row)
            session.expunge(row)


def count_offers(
    store: Store, *, state: OfferState | str | None = None, ticket: str | None = None,
    customer: str | None = None,
) -> int:
    """How many offers match the filters."""
    stmt = _filtered(select(func.count()).select_from(OfferRow), state, ticket, customer)
    with store.read() as session:
        return int(session.scalar(stmt) or 0)


def offer_history(store: Store, offer_id: int) -> list[AuditEntry]:
    """Every change to the offer, oldest first (its creation is the first entry)."""
    stmt = (
        select(OfferAuditRow)
        .where(OfferAuditRow.offer_id == offer_id)
        .order_by(OfferAuditRow.id)
    )
    with store.read() as session:
        return [
            AuditEntry(
                offer_id=r.offer_id, actor=r.actor, at=r.at,
                from_state=OfferState(r.from_state) if r.from_state else None,
                to_state=OfferState(r.to_state), note=r.note,
            )
            for r in session.scalars(stmt)
        ]


def canonical_amount(amount: Decimal) -> Decimal:
    """The same amount written one way everywhere: two decimals, or more when needed."""
    cents = amount.quantize(_CENTS, rounding=ROUND_DOWN)
    return cents if cents == amount else amount.normalize()


def parse_amount(value: Decimal | str | int | float) -> Decimal:
    """A non-negative amount with at most 4 decimal places; UsageError otherwise."""
    try:
        amount = Decimal(str(value).strip()) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise UsageError(f"amount {value!r} is not a number (e.g. 40 or 12.50)") from None
    if not amount.is_finite():
        raise UsageError(f"amount {value!r} is not a number (e.g. 40 or 12.50)")
    if amount < 0:
        raise UsageError(f"amount {value} is negative: an offer can't take money")
    if amount != amount.quantize(Decimal(1).scaleb(-AMOUNT_SCALE), rounding=ROUND_DOWN):
        raise UsageError(f"amount {value} has more than {AMOUNT_SCALE} decimal places")
    if amount >= _MAX_AMOUNT:
        raise UsageError(f"amount {value} is too large")
    return amount + 0  # normalise -0 to 0


def _by_key(store: Store, key: str) -> LedgerOffer | None:
    with store.read() as session:
        row = session.scalars(select(OfferRow).where(OfferRow.key == key)).one_or_none()
        return LedgerOffer.from_row(row) if row is not None else None


def _filtered(
    stmt: Select[Any], state: OfferState | str | None, ticket: str | None, customer: str | None
) -> Select[Any]:
    if state is not None:
        stmt = stmt.where(OfferRow.state == choice(OfferState, state, "state").value)
    if ticket is not None:
        stmt = stmt.where(OfferRow.ticket == ticket)
    if customer is not None:
        stmt = stmt.where(OfferRow.customer == customer)
    return stmt


def _notify(offer: LedgerOffer) -> None:
    """Tell plugins (e.g. to notify finance), after the change is committed."""
    from ..plugins import pm  # imported late: loading plugins may import plugin_core

    pm.hook.offer_logged(offer=offer)
