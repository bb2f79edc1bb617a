"""Fixtures shared by every room: an isolated data folder, and databases to test on.

No test touches the real user's data: AZIL_DATA_DIR points into a temporary folder.
PostgreSQL tests run against AZIL_TEST_DATABASE_URL (a real server, never mocked); on
CI a missing URL is a failure, not a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "AZIL_TEST_DATABASE_URL"
# One schema per test process: two runs at once (a developer and CI) never collide.
PG_SCHEMA = f"azil_test_{os.getpid()}"


@pytest.fixture(autouse=True)
def _isolated_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    data = tmp_path_factory.mktemp("azil-data")
    monkeypatch.setenv("AZIL_DATA_DIR", str(data))
    for var in ("AZIL_DATABASE_URL", "AZIL_USER", "AZIL_CONFIG_FILE"):
        monkeypatch.delenv(var, raising=False)
    return data


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh, migrated SQLite database file."""
    from casework import db

    url = f"sqlite:///{tmp_path / 'azil.sqlite3'}"
    db.upgrade(url)
    return url


def pg_base_url() -> str | None:
    return os.environ.get(PG_ENV)


def _require_pg() -> str:
    url = pg_base_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set on CI: PostgreSQL tests must run, not skip")
        pytest.skip(f"{PG_ENV} is not set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test)")
    return url


def fresh_pg_url() -> str:
    """An empty schema on the test server, reached through search_path."""
    base = _require_pg()
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
    admin.dispose()
    url = make_url(base).update_query_dict({"options": f"-csearch_path={PG_SCHEMA}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _drop_pg_schema_at_the_end() -> Iterator[None]:
    yield
    url = pg_base_url()
    if url:
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
        except Exception:  # the server may be gone at the end of a run; nothing to clean
            pass
        finally:
            admin.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL schema (skipped locally without a server; failed on CI)."""
    from casework import db

    url = fresh_pg_url()
    db.upgrade(url)
    yield url
    db.engine(url).dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on the embedded default and on a team's PostgreSQL server."""
    from casework import db

    url = f"sqlite:///{tmp_path / 'azil.sqlite3'}" if request.param == "sqlite" else fresh_pg_url()
    db.upgrade(url)
    yield url
    db.engine(url).dispose()


@pytest.fixture
def discontinuation_marked_l(monkeypatch: pytest.MonkeyPatch) -> None:
    """appeal-discontinuation as if its basis were unconfirmed (confidence L).

    Since DOMAIN.md's check of 2026-12-02 no rule is L; the warning a rule of confidence L
    must carry everywhere its deadline is shown is still tested, end to end, on this one.
    """
    import dataclasses
    import sys

    import rules

    catalogue, engine = sys.modules["rules.catalogue"], sys.modules["rules.engine"]

    rule = dataclasses.replace(
        rules.get_rule("appeal-discontinuation"), confidence=rules.Confidence.L
    )
    monkeypatch.setitem(catalogue._BY_ID, rule.id, rule)
    monkeypatch.setitem(engine._PLANS, rule.id, engine._plan(rule))


def store_setting_as_an_older_azil_would(url: str, key: str, value: str) -> None:
    """Write a setting without casework's checks (an older azil stored it unchecked), to
    test that reading it still refuses with a clear message."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from casework.models import Setting

    with Session(create_engine(url)) as s, s.begin():
        s.merge(Setting(key=key, value=value))


class MemoryKeyring(KeyringBackend):
    """A keyring for the test (this machine has none: keyring's fail backend)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The system keyring replaced by one in memory for the test, put back after it."""
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)
