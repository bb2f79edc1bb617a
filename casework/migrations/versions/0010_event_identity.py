"""The same event (case, kind, date, act number) is refused by the database too: two
desktops recording one delivery at the same moment could both pass the use case's check
(issue 13). `event.identity` holds kind|date|act number, unique per case.

Events already recorded twice before this revision keep both rows: the later ones get
their id appended, so the upgrade never fails on an office's existing data; correcting
such a twin into the other's identity is then refused.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity", sa.String(length=200), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, case_id, kind, occurred_on, reference FROM event ORDER BY id")
    ).all()
    seen: set[tuple[int, str]] = set()
    for row in rows:
        day = row.occurred_on if isinstance(row.occurred_on, str) else row.occurred_on.isoformat()
        identity = f"{row.kind}|{day}|{row.reference or ''}"
        if (row.case_id, identity) in seen:
            identity = f"{identity}#{row.id}"
        seen.add((row.case_id, identity))
        bind.execute(
            sa.text("UPDATE event SET identity = :identity WHERE id = :id"),
            {"identity": identity, "id": row.id},
        )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.alter_column("identity", existing_type=sa.String(length=200), nullable=False)
        batch_op.create_unique_constraint("uq_event_case_identity", ["case_id", "identity"])


def downgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_constraint("uq_event_case_identity", type_="unique")
        batch_op.drop_column("identity")
