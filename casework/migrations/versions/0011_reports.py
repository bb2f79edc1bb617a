"""Brief services (information given to a person who is not a case) and the office's
workshops and outreach activities, counted in the project's reports (issue 15).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "brief_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("nationality", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("age_group", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=100), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_brief_service_client_id_client"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_brief_service")),
    )
    with op.batch_alter_table("brief_service", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_brief_service_given_on"), ["given_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_brief_service_client_id"), ["client_id"], unique=False
        )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("women", sa.Integer(), nullable=True),
        sa.Column("minors", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_held_on"), ["held_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_held_on"))
    op.drop_table("activity")
    with op.batch_alter_table("brief_service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_brief_service_client_id"))
        batch_op.drop_index(batch_op.f("ix_brief_service_given_on"))
    op.drop_table("brief_service")
