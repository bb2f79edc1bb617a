"""A client's and a staff member's name in grammatical cases, where the rule is wrong
("gen=Pavla Ilića; acc=Pavla Ilića"): filings decline names, and a lawyer must not have
to retype a wrong form in every filing; and the guardian's sex, for "privremena
starateljka" (issue 10).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_forms", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("guardian_sex", sa.String(length=1), nullable=True))
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_forms", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("name_forms")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("guardian_sex")
        batch_op.drop_column("name_forms")
