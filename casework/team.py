"""Team mode on PostgreSQL: each staff member their own login, and the database's grants
a second wall behind the role × action table (issue 13: anyone could act as anyone, and
any database user could rewrite the audit log).

Three group roles per office database (`azil_<database>_paralegal`, `_lawyer`, `_admin`;
per database, since roles belong to the whole server and two offices may share one),
each a member of the one before. A staff member's login is a member of their role's
group and nothing else. What the groups may do:

- every group: read and write the case file (clients, cases, events, deadlines,
  documents, mail); read the staff list and the settings; only *append* to the audit log
  (no UPDATE, DELETE or TRUNCATE: a rewrite needs the owner's account, and even then
  `azil audit verify` finds it); change only their own e-mail, sex, capacity, bar number,
  name forms and reminder offsets (column grants plus a row policy), and among the
  settings only azil's own `system.*` bookkeeping;
- lawyers, besides: the office's settings (letterhead, addresses, mail server), and
  blanking a client's personal data in the audit log on erasure, through
  `azil_blank_audit` (migration 0009), which can write nothing but the erasure mark;
- admins, besides: add, change and remove staff, and create logins (CREATEROLE).

The grants are (re)applied by `azil db upgrade`, an administrator's command, after every
migration, so a table added by a later revision is covered too. On the embedded SQLite
database none of this applies: the computer's account is the boundary.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from casework import N_
from casework.errors import PermissionDeniedError, ValidationError
from casework.vocabulary import Role

# A login as PostgreSQL accepts it unquoted: lower case, so that `psql -U` and azil agree.
_LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
# From the least to the most one may do: each group is a member of the one before.
_LADDER = (Role.PARALEGAL, Role.LAWYER, Role.ADMIN)
# What anyone may change of their own staff row (the rest is an admin's).
OWN_STAFF_COLUMNS = ("email", "sex", "capacity", "bar_no", "name_forms", "reminder_offsets")


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def group_role(database: str, role: Role | str) -> str:
    """The office database's group role for `role` (at most 63 characters, PostgreSQL's
    limit, with the role's name always whole at the end)."""
    suffix = f"_{Role(role).value}"
    stem = re.sub(r"[^a-z0-9_]", "_", f"azil_{database.lower()}")
    return stem[: 63 - len(suffix)] + suffix


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def apply_grants(conn: Connection) -> None:
    """Create the office's group roles if missing and grant each what its role may do.

    Idempotent; run by the owner of the tables (the administrator's `azil db upgrade`).
    """
    if not is_postgresql(conn):
        return
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    para, lawyer, admin = (_q(conn, group_role(database, r)) for r in _LADDER)
    for role in _LADDER:
        name = group_role(database, role)
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first():
            continue
        conn.exec_driver_sql(f"CREATE ROLE {_q(conn, name)} NOLOGIN")
    db = _q(conn, database)
    # the schema azil's tables are in (`public`, unless search_path says otherwise)
    schema = _q(conn, str(conn.execute(text("SELECT current_schema()")).scalar_one()))
    own = ", ".join(OWN_STAFF_COLUMNS)
    for statement in (
        f"GRANT {para} TO {lawyer}",
        f"GRANT {lawyer} TO {admin}",
        # only the office's own logins (and the server's superusers) connect
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {db} TO {para}",
        f"GRANT USAGE ON SCHEMA {schema} TO {para}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {para}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {para}",
        # the audit log: append-only for everyone the application connects as
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {para}, {lawyer}, {admin}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {para}",
        # staff: everyone reads; each changes a few of their own fields; admins the rest
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON staff FROM {para}",
        f"GRANT UPDATE ({own}) ON staff TO {para}",
        f"GRANT INSERT, UPDATE, DELETE ON staff TO {admin}",
        "ALTER TABLE staff ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS azil_read ON staff",
        "CREATE POLICY azil_read ON staff FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS azil_own ON staff",
        f"CREATE POLICY azil_own ON staff FOR UPDATE TO {para} "
        "USING (db_login = current_user) WITH CHECK (db_login = current_user)",
        "DROP POLICY IF EXISTS azil_admin ON staff",
        f"CREATE POLICY azil_admin ON staff FOR ALL TO {admin} USING (true) WITH CHECK (true)",
        # settings: the office's are a lawyer's; azil's own bookkeeping (system.*) anyone's
        f"REVOKE TRUNCATE ON setting FROM {para}",
        "ALTER TABLE setting ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS azil_read ON setting",
        "CREATE POLICY azil_read ON setting FOR SELECT USING (true)",
        "DROP POLICY IF EXISTS azil_system ON setting",
        f"CREATE POLICY azil_system ON setting FOR ALL TO {para} "
        "USING (starts_with(key, 'system.')) WITH CHECK (starts_with(key, 'system.'))",
        "DROP POLICY IF EXISTS azil_office ON setting",
        f"CREATE POLICY azil_office ON setting FOR ALL TO {lawyer} USING (true) WITH CHECK (true)",
        f"GRANT EXECUTE ON FUNCTION azil_blank_audit(integer[]) TO {lawyer}",
    ):
        conn.exec_driver_sql(statement)


def login_staff_name(conn: Connection) -> str | None:
    """The name of the staff member whose login this connection is, if any."""
    if not is_postgresql(conn):
        return None
    row = conn.execute(text("SELECT name FROM staff WHERE db_login = current_user")).first()
    return str(row[0]) if row is not None else None


def check_login(login: str) -> str:
    """The login as PostgreSQL will know it, or a message saying what a login may be."""
    if not _LOGIN.fullmatch(login):
        raise ValidationError(
            N_(
                "the login {login!r} cannot be used: small Latin letters, digits and _ only, "
                "starting with a letter, at most 63 characters (e.g. ana_petrovic)"
            ),
            login=login,
        )
    return login


def create_login(conn: Connection, login: str, role: Role | str, password: str | None) -> None:
    """Give `login` the office role's group (creating the login if the server has none by
    that name); an admin's login may create logins in turn."""
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first()
    ident = _q(conn, login)
    try:
        if exists is None:
            conn.exec_driver_sql(f"CREATE ROLE {ident} LOGIN")
        _set_group(conn, database, login, role)
        if password:
            _set_password(conn, ident, password)
    except Exception as exc:
        if "permission denied" in str(exc) or "must have" in str(exc):
            raise PermissionDeniedError(
                N_(
                    "the database refused to create the login {login}: connect as an admin "
                    "whose login may create logins ({why})"
                ),
                login=login,
                why=str(getattr(exc, "orig", exc)).strip().splitlines()[0],
            ) from exc
        raise


def change_group(conn: Connection, login: str, role: Role | str) -> None:
    """Move a login to another role's group (an admin changed the person's role)."""
    database = str(conn.execute(text("SELECT current_database()")).scalar_one())
    _set_group(conn, database, login, role)


def _set_group(conn: Connection, database: str, login: str, role: Role | str) -> None:
    ident = _q(conn, login)
    groups = [_q(conn, group_role(database, r)) for r in _LADDER]
    conn.exec_driver_sql(f"REVOKE {', '.join(groups)} FROM {ident}")
    if Role(role) is Role.ADMIN:
        # An admin hands the groups on to the logins they create: PostgreSQL 16 and later
        # ask for ADMIN OPTION on a group to grant it, whatever CREATEROLE says.
        conn.exec_driver_sql(f"GRANT {', '.join(groups)} TO {ident} WITH ADMIN OPTION")
        conn.exec_driver_sql(f"ALTER ROLE {ident} CREATEROLE")
        return
    conn.exec_driver_sql(f"GRANT {_q(conn, group_role(database, role))} TO {ident}")
    conn.exec_driver_sql(f"ALTER ROLE {ident} NOCREATEROLE")


def _set_password(conn: Connection, ident: str, password: str) -> None:
    # A utility statement takes no bind parameters: the driver's own quoting of a literal.
    from psycopg import sql

    raw: Any = conn.connection.driver_connection
    raw.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.SQL(ident), sql.Literal(password)))
