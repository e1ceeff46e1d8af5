"""Offers and their append-only audit trail.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# Exact money: NUMERIC(18, 4); SQLite has no exact decimals, so integer 1/10000ths there.
Money = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")
Time = sa.DateTime(timezone=True)

_TYPES = "'credit', 'refund', 'priority-support', 'other'"
_STATES = "'proposed', 'approved', 'offered', 'accepted', 'declined', 'fulfilled', 'void'"


def upgrade() -> None:
    op.create_table(
        "offers",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("ticket", sa.String(200), nullable=False),
        sa.Column("platform", sa.String(50), nullable=False),
        sa.Column("customer", sa.String(200), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("amount", Money, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("severity", sa.String(20), nullable=False),
        sa.Column("offered_by", sa.String(200), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("approval_required", sa.Boolean(), nullable=False),
        sa.Column("approver", sa.String(200), nullable=True),
        sa.Column("created_at", Time, nullable=False),
        sa.Column("updated_at", Time, nullable=False),
        sa.UniqueConstraint("key", name="uq_offers_key"),
        sa.CheckConstraint("amount >= 0", name="ck_offers_amount_not_negative"),
        sa.CheckConstraint(f"type IN ({_TYPES})", name="ck_offers_type"),
        sa.CheckConstraint(f"state IN ({_STATES})", name="ck_offers_state"),
    )
    op.create_index("ix_offers_ticket", "offers", ["ticket"])
    op.create_index("ix_offers_customer", "offers", ["customer"])
    op.create_index("ix_offers_state", "offers", ["state"])

    op.create_table(
        "offer_audit",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("offer_id", BigId, sa.ForeignKey("offers.id"), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("at", Time, nullable=False),
        sa.Column("from_state", sa.String(20), nullable=True),
        sa.Column("to_state", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )
    op.create_index("ix_offer_audit_offer_id", "offer_audit", ["offer_id"])
    _forbid_audit_edits()


def _forbid_audit_edits() -> None:
    """The audit trail is append-only: the database itself refuses UPDATE and DELETE."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION offer_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'offer_audit is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER offer_audit_append_only BEFORE UPDATE OR DELETE ON offer_audit "
            "FOR EACH ROW EXECUTE FUNCTION offer_audit_append_only()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER offer_audit_no_{action.lower()} BEFORE {action} ON offer_audit "
                "BEGIN SELECT RAISE(ABORT, 'offer_audit is append-only'); END"
            )


def downgrade() -> None:
    op.drop_table("offer_audit")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS offer_audit_append_only()")
    op.drop_table("offers")
