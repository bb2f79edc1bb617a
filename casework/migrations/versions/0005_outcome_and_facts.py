"""Events record a decision's outcome and a restoration's missed day; deadlines record
what they assumed (outcome unknown), when their remedy opens, and whether they were
already past when recorded (issue 9).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("missed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("missed_rule", sa.String(length=60), nullable=True))
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("outcome_unknown", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("remedy_opens", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("recorded_late", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("deadline", schema=None) as batch_op:
        batch_op.drop_column("recorded_late")
        batch_op.drop_column("remedy_opens")
        batch_op.drop_column("outcome_unknown")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_column("missed_rule")
        batch_op.drop_column("missed_on")
        batch_op.drop_column("outcome")
