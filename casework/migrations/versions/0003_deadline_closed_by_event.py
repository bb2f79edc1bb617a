"""Deadlines remember the event that fulfilled them (withdrawing it reopens them).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_by_event_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_deadline_closed_by_event_id_event"),
            "event",
            ["closed_by_event_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_deadline_closed_by_event_id_event"), type_="foreignkey"
        )
        batch_op.drop_column("closed_by_event_id")
