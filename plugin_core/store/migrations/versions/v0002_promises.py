"""Promises found in sent messages, tracked until kept, missed or cancelled.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Time = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "promises",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("ticket", sa.String(200), nullable=False),
        sa.Column("agent", sa.String(200), nullable=False),
        sa.Column("team", sa.String(200), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due", Time, nullable=True),
        sa.Column("vague", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("made_at", Time, nullable=False),
        sa.Column("reminded_at", Time, nullable=True),
        sa.Column("closed_at", Time, nullable=True),
        sa.Column("closed_by", sa.String(200), nullable=True),
        sa.UniqueConstraint("key", name="uq_promises_key"),
        sa.CheckConstraint(
            "state IN ('open', 'kept', 'missed', 'cancelled')", name="ck_promises_state"
        ),
    )
    op.create_index("ix_promises_ticket", "promises", ["ticket"])
    op.create_index("ix_promises_agent", "promises", ["agent"])
    op.create_index("ix_promises_team", "promises", ["team"])
    op.create_index("ix_promises_state_due", "promises", ["state", "due"])


def downgrade() -> None:
    op.drop_table("promises")
