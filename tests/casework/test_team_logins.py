"""Team mode with real logins, on the real PostgreSQL server (issue 13: anyone could act
as anyone, a paralegal could make themselves admin, any database user could rewrite the
audit log). Each staff member connects with their own login; the acting person is the
staff member whose login is `current_user`; the role × action table refuses a paralegal
through azil, and the database's grants refuse the same through plain SQL."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from casework import audit_chain, db
from casework.cli import main
from casework.erasure import erase_client
from casework.errors import PermissionDeniedError, ValidationError
from casework.services import Casework
from casework.team import group_role

pytestmark = pytest.mark.postgres
D = dt.date


def _as(url: str, login: str) -> str:
    """The same database and schema, connecting as `login` (trust auth on the test server)."""
    return make_url(url).set(username=login, password=None).render_as_string(False)


@pytest.fixture
def logins(pg_url: str) -> Iterator[dict[str, str]]:
    """Three fresh logins on the server, dropped afterwards (roles belong to the server)."""
    tag = uuid.uuid4().hex[:8]
    names = {who: f"azil_t{tag}_{who}" for who in ("ana", "lena", "pera")}
    yield names
    for url in list(db._ENGINES):
        db._ENGINES.pop(url).dispose()
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for login in names.values():
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
    admin.dispose()


@pytest.fixture
def office(pg_url: str, logins: dict[str, str]) -> dict[str, Casework]:
    """An office whose database's owner made the first admin (a new office has no one
    else to ask); that admin, connected with her own login, made the lawyer's and the
    paralegal's logins. One client with a decided case."""
    owner = Casework(pg_url, actor="Postavljanje")
    owner.add_staff("Ana Petrović", "admin", sex="f", login=logins["ana"])
    ana = Casework(_as(pg_url, logins["ana"]))
    ana.add_staff("Lena Kovač", "lawyer", sex="f", login=logins["lena"])
    ana.add_staff("Pera Jović", "paralegal", sex="m", login=logins["pera"])
    client = owner.add_client(name_latin="Omar Al-Hassan", sex="m")
    case = owner.add_case(client.id, "regular")
    owner.record_event(case.id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                       today=D(2024, 5, 2))  # fmt: skip
    owner.update_case(case.id, owner.get_case(case.id).version, status="closed")
    owner = Casework(pg_url, actor="Ana Petrović")  # the owner's account, for what only it may
    return {who: Casework(_as(pg_url, login)) for who, login in logins.items()} | {"owner": owner}


def _sql(url: str) -> Engine:
    return create_engine(url, isolation_level="AUTOCOMMIT")


def test_the_login_is_who_one_is_whatever_azil_user_says(
    office: dict[str, Casework], monkeypatch: pytest.MonkeyPatch
) -> None:
    # AZIL_USER names the admin; the connection is Pera's: azil acts as Pera.
    monkeypatch.setenv("AZIL_USER", "Ana Petrović")
    pera = Casework(office["pera"].url, actor="Ana Petrović")
    assert pera.actor_name == "Pera Jović"
    client = pera.add_client(name_latin="Sara Haddad", sex="f")
    with db.session_factory(pera.url)() as s:
        actor = s.scalar(
            text("SELECT actor FROM audit_entry WHERE entity = 'client' AND entity_id = :i"),
            {"i": client.id},
        )
    assert actor == "Pera Jović"


def test_a_paralegal_login_is_refused_every_admin_and_lawyer_action_through_azil(
    office: dict[str, Casework],
) -> None:
    pera = office["pera"]
    me = pera.find_staff("Pera Jović")
    refusals = [
        lambda: pera.update_staff(me.id, role="admin"),  # the finding: made themselves admin
        lambda: pera.add_staff("Novi Kolega", "admin"),
        lambda: pera.set_settings({"office_name": "Lažna kancelarija"}),
        lambda: erase_client(pera, 1),
    ]
    for attempt in refusals:
        with pytest.raises(PermissionDeniedError):
            attempt()
    # what is theirs to keep stays theirs
    assert pera.update_staff(me.id, email="pera@example.org").email == "pera@example.org"
    assert pera.find_staff("Pera Jović").role == "paralegal"


def test_a_paralegal_login_is_refused_the_same_through_plain_sql(
    office: dict[str, Casework],
) -> None:
    eng = _sql(office["pera"].url)
    with eng.connect() as conn:
        for statement in (
            "UPDATE staff SET role = 'admin' WHERE db_login = current_user",
            "INSERT INTO staff (name, role, active) VALUES ('Uljez', 'admin', true)",
            "DELETE FROM staff",
            "UPDATE audit_entry SET new = 'prepravljeno'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "INSERT INTO setting (key, value) VALUES ('office_name', 'Lažna kancelarija')",
            "UPDATE alembic_version SET version_num = '0001'",
        ):
            with pytest.raises((ProgrammingError, DBAPIError), match=r"permission denied|policy"):
                conn.exec_driver_sql(statement)
        # row policies: another person's row and the office's settings are simply not theirs
        changed = conn.exec_driver_sql("UPDATE staff SET email = 'x@y' WHERE name = 'Ana Petrović'")
        assert changed.rowcount == 0
        changed = conn.exec_driver_sql("UPDATE setting SET value = 'x'")
        assert changed.rowcount == 0
        # appending to the log is what every login does
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one() > 0
    eng.dispose()


def test_even_an_admin_login_cannot_rewrite_the_audit_log(office: dict[str, Casework]) -> None:
    eng = _sql(office["ana"].url)
    with eng.connect() as conn:
        for statement in ("UPDATE audit_entry SET actor = 'niko'", "DELETE FROM audit_entry"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                conn.exec_driver_sql(statement)
    eng.dispose()


def test_a_row_rewritten_by_the_owner_is_found_by_audit_verify(
    office: dict[str, Casework],
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Only the database's owner can still write to the log; the chain finds what it did.
    with db.engine(pg_url).begin() as conn:
        conn.exec_driver_sql(
            "UPDATE audit_entry SET actor = 'Lena Kovač' WHERE actor = 'Postavljanje' "
            "AND entity = 'client'"
        )
    monkeypatch.setenv("AZIL_DATABASE_URL", office["lena"].url)
    assert main(["audit", "verify"]) == 1
    assert "Lena Kovač" not in capsys.readouterr().out  # verify names places, not values


def test_an_admin_login_adds_a_colleague_and_a_change_of_role_moves_their_login(
    office: dict[str, Casework], logins: dict[str, str], pg_url: str
) -> None:
    ana = office["ana"]
    pera = ana.find_staff("Pera Jović")
    ana.update_staff(pera.id, role="lawyer")
    database = make_url(pg_url).database or ""
    eng = _sql(pg_url)
    with eng.connect() as conn:
        member_of = {
            group: conn.execute(
                text("SELECT pg_has_role(:login, :group, 'MEMBER')"),
                {"login": logins["pera"], "group": group_role(database, group)},
            ).scalar_one()
            for group in ("lawyer", "admin")
        }
    eng.dispose()
    assert member_of == {"lawyer": True, "admin": False}
    # now a lawyer, Pera may set the letterhead; still not manage staff
    Casework(office["pera"].url).set_settings({"office_name": "Centar za pravnu pomoć"})
    with pytest.raises(PermissionDeniedError):
        Casework(office["pera"].url).add_staff("Još Jedan", "paralegal")


def test_a_lawyer_login_erases_a_client_and_the_chain_still_holds(
    office: dict[str, Casework], pg_url: str
) -> None:
    report = erase_client(office["lena"], 1)
    assert report.audit_blanked > 0
    # Lena does not own the tables: the vacuum is the server's to do, and the report says so
    assert report.vacuumed is False
    with db.session_factory(pg_url)() as s:
        assert audit_chain.verify(s)[1] == []
        names = s.scalar(
            text("SELECT count(*) FROM audit_entry WHERE new LIKE '%Omar%' OR old LIKE '%Omar%'")
        )
    assert names == 0


def test_the_owner_erasing_ends_with_a_vacuum(office: dict[str, Casework]) -> None:
    assert erase_client(office["owner"], 1).vacuumed is True


def test_a_login_on_the_embedded_database_is_refused_with_what_to_do(sqlite_url: str) -> None:
    cw = Casework(sqlite_url, actor="Ana Petrović")
    with pytest.raises(ValidationError, match="PostgreSQL"):
        cw.add_staff("Ana Petrović", "admin", login="ana")
    assert cw.list_staff() == []  # nothing stored


def test_a_login_name_postgresql_would_fold_or_refuse_is_refused(pg_url: str) -> None:
    cw = Casework(pg_url, actor="Postavljanje")
    for bad in ("Ana", "ana-petrovic", "1ana", "ana; drop table staff"):
        with pytest.raises(ValidationError, match="small Latin letters"):
            cw.add_staff("Ana Petrović", "admin", login=bad)
    assert cw.list_staff() == []


def test_db_upgrade_by_an_office_login_is_refused_with_who_can(
    office: dict[str, Casework], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    # Even an admin's login does not own the tables: the upgrade (and its grants) is the
    # owner's, and the message says so instead of "cannot reach the database".
    monkeypatch.setenv("AZIL_DATABASE_URL", office["ana"].url)
    assert main(["db", "upgrade"]) != 0
    err = capsys.readouterr().err
    assert "only the owner of the database" in err and "Traceback" not in err


def test_an_admin_login_makes_another_admin_who_can_make_logins_in_turn(
    office: dict[str, Casework], pg_url: str
) -> None:
    tag = uuid.uuid4().hex[:8]
    second, third = f"azil_t{tag}_mira", f"azil_t{tag}_zoran"
    try:
        office["ana"].add_staff("Mira Ilić", "admin", sex="f", login=second)
        mira = Casework(_as(pg_url, second))
        assert mira.actor_name == "Mira Ilić"
        mira.add_staff("Zoran Lukić", "paralegal", sex="m", login=third)
        assert Casework(_as(pg_url, third)).actor_name == "Zoran Lukić"
    finally:
        for url in list(db._ENGINES):
            db._ENGINES.pop(url).dispose()
        eng = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with eng.connect() as conn:
            for login in (third, second):
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
        eng.dispose()
