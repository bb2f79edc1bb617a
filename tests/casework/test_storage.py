"""Storage: migrations equal the models on both databases, files are private, locking works."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from casework import db
from casework.models import Base
from casework.services import Casework, StaleEditError


def test_migrations_produce_exactly_the_models(db_url: str) -> None:
    # An empty database migrated with Alembic must not differ from the models in any
    # table, column, type or index; otherwise SQLite and PostgreSQL users drift apart.
    with db.engine(db_url).connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []
    assert db.is_current(db_url)


def test_upgrade_is_idempotent(db_url: str) -> None:
    db.upgrade(db_url)
    db.upgrade(db_url)
    assert db.is_current(db_url)


def test_sqlite_file_is_private_and_in_wal_mode(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with db.engine(sqlite_url).connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_default_database_lives_in_the_data_folder(_isolated_data: Path) -> None:
    from casework.config import database_url

    assert database_url() == f"sqlite:///{_isolated_data / 'azil.sqlite3'}"


def test_unreachable_database_gives_one_clear_error() -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/nothing"
    with pytest.raises(db.DatabaseError) as err:
        db.upgrade(url)
    message = str(err.value)
    assert "cannot reach the database" in message
    assert "secret" not in message  # never print a password


def test_malformed_url_says_how_to_write_one() -> None:
    with pytest.raises(db.DatabaseError, match="malformed"):
        db.make_engine("not a url at all")


def _client(url: str, actor: str = "Ana Petrović") -> tuple[Casework, int]:
    cw = Casework(url, actor=actor)
    return cw, cw.add_client(name_latin="Ahmad Karimi", name_original="احمد کریمی").id


def test_second_stale_save_is_refused_naming_who_and_when(db_url: str) -> None:
    # Two users open the same client (version 1). The first saves; the second's save,
    # based on version 1, must be refused and say who changed it - not merged silently.
    ana, client_id = _client(db_url, "Ana Petrović")
    marko = Casework(db_url, actor="Marko Jovanović")
    seen_by_marko = marko.get_client(client_id)
    ana.update_client(client_id, ana.get_client(client_id).version, nationality="Avganistan")
    with pytest.raises(StaleEditError, match="Ana Petrović") as err:
        marko.update_client(client_id, seen_by_marko.version, nationality="Iran")
    assert err.value.by == "Ana Petrović"
    assert marko.get_client(client_id).nationality == "Avganistan"


def test_every_change_writes_the_audit_log(db_url: str) -> None:
    cw, client_id = _client(db_url)
    c = cw.get_client(client_id)
    cw.update_client(client_id, c.version, nationality="Avganistan", religion="islam")
    case = cw.add_case(client_id, "regular", opened_on=dt.date(2026, 11, 2))
    cw.update_case(case.id, cw.get_case(case.id).version, asylum_office_no="26-1234/26")
    entries = cw.audit()
    fields = {(e.entity, e.field, e.new) for e in entries}
    assert ("client", "nationality", "Avganistan") in fields
    assert ("client", "religion", "islam") in fields
    assert ("case", "asylum_office_no", "26-1234/26") in fields
    assert all(e.actor == "Ana Petrović" for e in entries)
    assert [e.new for e in cw.audit(case.id) if e.field == "asylum_office_no"] == ["26-1234/26"]


def test_existing_folders_are_never_made_private(tmp_path: Path) -> None:
    # A database or backup placed in a folder the user already has (home, /tmp, a shared
    # drive) must not change that folder's permissions; folders azil creates are private.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    url = f"sqlite:///{shared / 'azil.sqlite3'}"
    db.upgrade(url)
    db.backup(shared / "copy.sqlite3", url)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE((shared / "azil.sqlite3").stat().st_mode) == 0o600
    assert stat.S_IMODE((shared / "copy.sqlite3").stat().st_mode) == 0o600
    fresh = shared / "new" / "deeper"
    db.backup(fresh / "copy.sqlite3", url)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "new").stat().st_mode) == 0o700


def test_the_office_edits_its_accommodation_list(sqlite_url: str) -> None:
    cw = Casework(sqlite_url)
    assert "Centar za azil Krnjača" in cw.accommodation_options()  # the usual centres
    cw.set_setting("accommodation_list", "Centar za azil Krnjača; Prihvatni centar Šid ;")
    assert cw.accommodation_options() == ["Centar za azil Krnjača", "Prihvatni centar Šid"]
