"""Team mode with real logins (issue 13): each staff member may have their own PostgreSQL
login (`staff.db_login`); the acting person is the staff member whose login is the
connection's `current_user`.

On PostgreSQL the audit log becomes append-only for every application role (grants in
`casework.team`), so the one change erasure must make to it, blanking a client's personal
data in old and new values, goes through a function that runs with its owner's rights and
can do nothing but write the erasure mark (`casework.audit_chain.ERASED`).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BLANK_AUDIT = """
CREATE OR REPLACE FUNCTION azil_blank_audit(entry_ids integer[]) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    WITH blanked AS (
        UPDATE audit_entry
           SET old = CASE WHEN old IS NULL THEN NULL ELSE '[obrisano]' END,
               new = CASE WHEN new IS NULL THEN NULL ELSE '[obrisano]' END
         WHERE id = ANY(entry_ids)
        RETURNING 1)
    SELECT count(*)::integer FROM blanked
$$
"""


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_login", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_staff_db_login"), ["db_login"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # the function finds the log in the schema it is made in, whatever the caller's path
        schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar_one()
        op.execute(BLANK_AUDIT.format(schema=schema))
        op.execute("REVOKE ALL ON FUNCTION azil_blank_audit(integer[]) FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS azil_blank_audit(integer[])")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_staff_db_login"), type_="unique")
        batch_op.drop_column("db_login")
