"""Migrations finish or leave nothing; a newer schema is refused; a team's database is
upgraded only on purpose (issue 13: a killed upgrade locked the office out, and every
desktop start migrated the whole team's schema)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from casework import db
from casework.cli import main

# A migration after the newest one: it adds a column and a table, then fails (or waits,
# to be killed) before it could finish.
EXTRA = """
import time

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("half_done", sa.String(10), nullable=True))
    op.create_table("half_table", sa.Column("id", sa.Integer, primary_key=True))
    {end}


def downgrade() -> None:
    pass
"""


def _migrations_with_extra(tmp_path: Path, end: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    current_head = sorted(p.stem for p in (folder / "versions").glob("0*.py"))[-1][:4]
    (folder / "versions" / "9999_extra.py").write_text(EXTRA.format(head=current_head, end=end))
    return folder


def _state(url: str) -> tuple[str | None, set[str], set[str]]:
    path = Path(url.removeprefix("sqlite:///"))
    if url.startswith("sqlite:///") and not path.exists():
        return None, set(), set()  # (opening it here would create an empty file)
    eng = create_engine(url)
    try:
        with eng.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            insp = inspect(conn)
            tables = set(insp.get_table_names())
            columns = (
                {c["name"] for c in insp.get_columns("client")} if "client" in tables else set()
            )
        return revision, tables, columns
    finally:
        eng.dispose()


def test_a_failing_migration_on_sqlite_leaves_the_old_schema_whole(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(sqlite_url)
    monkeypatch.setattr(
        db, "MIGRATIONS_DIR", _migrations_with_extra(tmp_path, "raise RuntimeError('power cut')")
    )
    with pytest.raises(RuntimeError, match="power cut"):
        db.upgrade(sqlite_url)
    after = _state(sqlite_url)
    # The column and the table of the unfinished migration are gone with it: SQLite ran
    # the DDL inside the transaction that was rolled back.
    assert after == before
    assert "half_table" not in after[1] and "half_done" not in after[2]


def test_a_killed_upgrade_leaves_the_database_usable(sqlite_url: str, tmp_path: Path) -> None:
    # The upgrade is killed (SIGKILL: no cleanup) while its migration is half done; the
    # next start finds the old schema, whole, and every command works.
    folder = _migrations_with_extra(tmp_path, "time.sleep(60)")
    code = (
        "import pathlib, sys\n"
        "from casework import db\n"
        f"db.MIGRATIONS_DIR = pathlib.Path({str(folder)!r})\n"
        "print('start', flush=True)\n"
        f"db.upgrade({sqlite_url!r})\n"
    )
    with subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
        time.sleep(4)  # well inside the migration's 60 s wait
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    revision, tables, columns = _state(sqlite_url)
    assert revision != "9999" and "half_table" not in tables and "half_done" not in columns
    db.engine(sqlite_url).dispose()
    db.upgrade(sqlite_url)  # with the real migrations: nothing to do, nothing broken
    assert db.is_current(sqlite_url)


def test_a_database_from_a_newer_azil_is_refused_and_left_alone(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.engine(sqlite_url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042'"))
    with pytest.raises(
        db.SchemaError, match=r"upgraded by a newer azil \(revision 0042\); update azil"
    ):
        db.upgrade(sqlite_url)
    monkeypatch.setenv("AZIL_DATABASE_URL", sqlite_url)
    assert main(["case", "list"]) != 0
    err = capsys.readouterr().err
    assert "newer azil (revision 0042)" in err and "Traceback" not in err
    assert "Can't locate revision" not in err
    with db.engine(sqlite_url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0042"
    assert db.connection_state(sqlite_url) == "newer"


@pytest.mark.postgres
def test_a_team_database_is_not_migrated_by_a_start_only_by_db_upgrade(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # One newer desktop must not silently upgrade the whole team's schema: a start that
    # finds an older schema says so; `azil db upgrade` (an administrator's) migrates.
    with db.engine(pg_url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    monkeypatch.setenv("AZIL_DATABASE_URL", pg_url)
    assert db.connection_state(pg_url) == "older"  # "Test connection": reads only
    assert main(["case", "list"]) != 0
    err = capsys.readouterr().err
    assert "older schema (revision 0005" in err and "azil db upgrade" in err
    with db.engine(pg_url).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0005"


def test_test_connection_creates_nothing_for_a_missing_sqlite_file(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "azil.sqlite3"
    assert db.connection_state(f"sqlite:///{target}") == "missing"
    assert not target.parent.exists()


def test_an_upgrade_killed_at_any_moment_leaves_a_working_database(tmp_path: Path) -> None:
    # Issue 13: killing `azil db upgrade` (or the first start) left "table audit_entry
    # already exists" or a column without its revision. The whole upgrade of a new office
    # (every migration) is killed after a growing delay; each time the database is then
    # either untouched (no schema) or complete, and the next upgrade finishes it.
    code = (
        "import sys\n"
        "from casework import db\n"
        "print('start', flush=True)\n"
        "db.upgrade(sys.argv[1])\n"
        "print('done', flush=True)\n"
    )
    # How long a whole upgrade takes here, from "start" to "done": the kills fall across it.
    with subprocess.Popen(
        [sys.executable, "-c", code, f"sqlite:///{tmp_path / 'timing.sqlite3'}"],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
        began = time.monotonic()
        assert proc.stdout.readline().strip() == "done"
        took = time.monotonic() - began
    outcomes = set()
    for i, delay in enumerate(took * k / 14 for k in range(1, 15)):
        url = f"sqlite:///{tmp_path / f'office-{i}.sqlite3'}"
        with subprocess.Popen(
            [sys.executable, "-c", code, url], stdout=subprocess.PIPE, text=True
        ) as proc:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
            time.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        revision, tables, _columns = _state(url)
        head = db.program_revision()
        if revision is None:
            outcomes.add("untouched")
            assert tables <= {"alembic_version"}, tables  # nothing half made
        else:
            outcomes.add("complete")
            assert revision == head and "audit_entry" in tables
        db.upgrade(url)  # finishes (or finds nothing to do), never "already exists"
        assert db.is_current(url)
        db.engine(url).dispose()
    assert outcomes  # (which of the two each kill found depends on the machine's speed)


def test_events_recorded_twice_before_the_constraint_are_kept_by_the_upgrade(
    tmp_path: Path,
) -> None:
    # An office that stored one delivery twice (before issue 13's constraint) must still
    # upgrade: the later twin is kept apart by its id, and nothing is lost.
    fresh = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    eng = create_engine(fresh)
    cfg = db.alembic_config(fresh)
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")
        conn.execute(text("INSERT INTO client (name_latin, unaccompanied_minor, "
                          "vulnerability_medical, vulnerability_trauma, erased, created_at, "
                          "updated_at, version) VALUES ('A', 0, 0, 0, 0, '2024-01-01', "
                          "'2024-01-01', 1)"))  # fmt: skip
        conn.execute(text("INSERT INTO case_file (client_id, procedure, stage, status, drafting, "
                          "opened_on, created_at, updated_at, version) VALUES (1, 'regular', "
                          "'first-instance', 'open', '{}', '2024-01-01', '2024-01-01', "
                          "'2024-01-01', 1)"))  # fmt: skip
        for _ in range(2):
            conn.execute(text("INSERT INTO event (case_id, kind, occurred_on, recorded_at, "
                              "version) VALUES (1, 'decision-delivered', '2024-04-26', "
                              "'2024-04-30', 1)"))  # fmt: skip
    eng.dispose()
    db.upgrade(fresh)
    with db.engine(fresh).connect() as conn:
        rows = conn.execute(text("SELECT id, identity FROM event ORDER BY id")).all()
    assert [r.identity for r in rows] == [
        "decision-delivered|2024-04-26|",
        f"decision-delivered|2024-04-26|#{rows[1].id}",
    ]
