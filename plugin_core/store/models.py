"""Tables, as SQLAlchemy 2 typed declarative models on one ``Base``.

Every table's schema is created by a migration in ``migrations/versions/`` (never by
``create_all``); a test compares these models with the migrated database, so the two can't drift.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator, TypeEngine

AMOUNT_SCALE = 4  # decimal places kept for money amounts
AMOUNT_PRECISION = 18  # total digits: amounts below 10**14
_SCALE = Decimal(10) ** AMOUNT_SCALE

# Primary keys: BIGINT where the database has it; INTEGER on SQLite, where only an
# ``INTEGER PRIMARY KEY`` column gets automatic ids.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC time, also on SQLite (which stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("times stored by Amends must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Money(TypeDecorator[Decimal]):
    """An exact amount: NUMERIC(18, 4), or on SQLite (no exact decimals) integer 1/10000ths."""

    impl = Numeric(AMOUNT_PRECISION, AMOUNT_SCALE, asdecimal=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(AMOUNT_PRECISION, AMOUNT_SCALE, asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        scaled = value * _SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"amount {value} has more than {AMOUNT_SCALE} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return (Decimal(int(value)) / _SCALE).quantize(Decimal(1).scaleb(-AMOUNT_SCALE))
        return Decimal(value)


class Base(DeclarativeBase):
    """Metadata shared by every Amends table."""


OFFER_TYPES = ("credit", "refund", "priority-support", "other")
OFFER_STATES = ("proposed", "approved", "offered", "accepted", "declined", "fulfilled", "void")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class OfferRow(Base):
    """One remediation offer; its state changes are in ``offer_audit``."""

    __tablename__ = "offers"
    __table_args__ = (
        UniqueConstraint("key", name="uq_offers_key"),
        CheckConstraint("amount >= 0", name="ck_offers_amount_not_negative"),
        CheckConstraint(_one_of("type", OFFER_TYPES), name="ck_offers_type"),
        CheckConstraint(_one_of("state", OFFER_STATES), name="ck_offers_state"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200))
    ticket: Mapped[str] = mapped_column(String(200), index=True)
    platform: Mapped[str] = mapped_column(String(50))
    customer: Mapped[str] = mapped_column(String(200), index=True)
    type: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(20))
    offered_by: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(20), index=True)
    approval_required: Mapped[bool] = mapped_column(Boolean)
    approver: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OfferAuditRow(Base):
    """One change to an offer (creation included). Append-only: triggers refuse edits."""

    __tablename__ = "offer_audit"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    offer_id: Mapped[int] = mapped_column(BigId, ForeignKey("offers.id"), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


PROMISE_STATES = ("open", "kept", "missed", "cancelled")


class PromiseRow(Base):
    """A promise found in a sent message, tracked until it is kept, missed or cancelled."""

    __tablename__ = "promises"
    __table_args__ = (
        UniqueConstraint("key", name="uq_promises_key"),
        CheckConstraint(_one_of("state", PROMISE_STATES), name="ck_promises_state"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(300))
    ticket: Mapped[str] = mapped_column(String(200), index=True)
    agent: Mapped[str] = mapped_column(String(200), index=True)
    team: Mapped[str | None] = mapped_column(String(200), index=True)
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    vague: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(20))
    made_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(200))


Index("ix_promises_state_due", PromiseRow.state, PromiseRow.due)
