"""Data protection: erasing a client, private files and folders, backups of a database in use."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import stat
import subprocess
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from casework import db
from casework.cli import main
from casework.config import documents_dir
from casework.erasure import ERASED, ErasureError, erase_client
from casework.services import Casework, PermissionDeniedError
from tests.conftest import PG_SCHEMA

D = dt.date
NAME = "Zahra Ahmadi"
ORIGINAL = "زهرا احمدی"
STORY = "threatened by the Taliban in Herat"


def _client_with_everything(url: str) -> tuple[Casework, int, int, Path]:
    cw = Casework(url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer")
    cw.add_staff("Jelena Nikolić", "paralegal")
    client = cw.add_client(
        name_latin=NAME, name_original=ORIGINAL, sex="f", birth_date=D(1999, 3, 1),
        nationality="Avganistan", father_name="Karim", contact="+381 60 123 4567",
        notes=STORY, unaccompanied_minor=True,
        family=[{"full_name": "Ali Ahmadi", "relation": "brat"}],
    )  # fmt: skip
    case_id = cw.add_case(client.id, "regular", "first-instance", None).id
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), note=STORY, outcome="rejected")
    cw.update_case(case_id, cw.get_case(case_id).version, drafting={"reasoning": STORY})
    folder = documents_dir() / f"case-{case_id:05d}"
    folder.mkdir(parents=True, exist_ok=True)
    doc = folder / f"zalba-{NAME}.docx"
    doc.write_text(STORY)
    (folder / "zalba.pdf").write_text(STORY)
    cw.record_document(case_id, "appeal", doc, "0" * 64)
    cw.update_client(client.id, cw.get_client(client.id).version, occupation="učiteljica")
    cw.update_case(case_id, cw.get_case(case_id).version, status="closed")
    return cw, client.id, case_id, doc


def _dump(url: str) -> str:
    """Every value in every table, as text."""
    out = []
    with db.engine(url).connect() as conn:
        tables = [
            "client", "family_member", "case_file", "event", "deadline", "document",
            "audit_entry", "outbox_mail", "setting",
        ]  # fmt: skip
        for table in tables:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                out.extend(str(v) for v in row)
    return " ".join(out)


def test_erasure_removes_personal_data_and_keeps_an_anonymous_entry(db_url: str) -> None:
    cw, client_id, case_id, doc = _client_with_everything(db_url)
    report = erase_client(cw, client_id)
    assert report.case_ids == (case_id,)
    assert report.family_deleted == 1 and report.documents == 1
    assert report.files_deleted == 2 and report.files_left == ()
    assert not doc.exists() and not doc.parent.exists()

    client = cw.get_client(client_id)
    assert client.name_latin == ERASED and client.erased
    assert client.name_original is None and client.birth_date is None
    assert client.contact is None and client.notes is None and not client.unaccompanied_minor
    assert client.family == []
    case = cw.get_case(case_id)
    assert case.drafting == {}
    assert all(e.note is None for e in case.events)
    assert [d.path for d in case.documents] == [""]  # the record stays, without a path
    assert [d.rule_id for d in case.deadlines] == ["appeal-regular"]  # shape kept

    dump = _dump(db_url)
    for secret in (NAME, ORIGINAL, STORY, "Karim", "Ali Ahmadi", "123 4567", "učiteljica"):
        assert secret not in dump, secret
    [entry] = [e for e in cw.audit() if e.action == "erase"]
    assert (entry.actor, entry.entity, entry.entity_id) == ("Ana Petrović", "client", client_id)
    assert NAME not in (entry.new or "")
    assert client_id not in [c.id for c in cw.list_clients()]
    with pytest.raises(ErasureError, match="already erased"):
        erase_client(cw, client_id)


def test_sqlite_file_keeps_no_trace_after_erasure(sqlite_url: str) -> None:
    # Deleted or overwritten values linger in free pages and the write-ahead log unless
    # SQLite is told to zero them; read the raw bytes of every file of the database.
    cw, client_id, _case_id, _doc = _client_with_everything(sqlite_url)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    erase_client(cw, client_id)
    db.engine(sqlite_url).dispose()
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))
    for secret in (NAME, ORIGINAL, STORY, "Ali Ahmadi"):
        assert secret.encode("utf-8") not in raw, secret


def test_open_cases_and_paralegals_are_refused(db_url: str) -> None:
    cw = Casework(db_url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer")
    cw.add_staff("Jelena Nikolić", "paralegal")
    client = cw.add_client(name_latin=NAME)
    case_id = cw.add_case(client.id, "regular").id
    with pytest.raises(ErasureError, match=f"open case.*{case_id}.*--status closed"):
        erase_client(cw, client.id)
    cw.update_case(case_id, cw.get_case(case_id).version, status="closed")
    with pytest.raises(PermissionDeniedError, match="lawyer or an admin"):
        erase_client(Casework(db_url, actor="Jelena Nikolić"), client.id)
    assert cw.get_client(client.id).name_latin == NAME  # nothing happened


def test_cli_asks_for_the_id_or_name(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("AZIL_USER", "Ana Petrović")
    cw, client_id, _case_id, _doc = _client_with_everything(sqlite_url)
    monkeypatch.setattr("builtins.input", lambda _prompt: "someone else")
    assert main(["client", "erase", str(client_id)]) == 2
    assert "not confirmed; nothing was erased" in capsys.readouterr().err
    assert cw.get_client(client_id).name_latin == NAME
    monkeypatch.setattr("builtins.input", lambda _prompt: NAME)
    assert main(["client", "erase", str(client_id)]) == 0
    assert f"client {client_id} erased" in capsys.readouterr().out
    assert cw.get_client(client_id).erased
    assert main(["client", "erase", str(client_id), "--yes"]) == 2  # already erased


def test_documents_folder_and_database_file_are_private(sqlite_url: str) -> None:
    folder = documents_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700  # the data folder
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_backup_while_another_connection_writes(sqlite_url: str, tmp_path: Path) -> None:
    cw = Casework(sqlite_url, actor="Ana Petrović")
    for i in range(200):
        cw.add_client(name_latin=f"Client {i:03d}")
    path = sqlite_url.removeprefix("sqlite:///")
    # Another program (the desktop app) holds the database open and keeps writing.
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        conn = sqlite3.connect(path, timeout=10)
        try:
            n = 0
            while not stop.is_set():
                with conn:
                    conn.execute(
                        "INSERT INTO client (name_latin, unaccompanied_minor, "
                        "vulnerability_medical, vulnerability_trauma, erased, created_at, "
                        "updated_at, version) VALUES (?, 0, 0, 0, 0, ?, ?, 1)",
                        (f"Live {n}", "2026-01-01 00:00:00", "2026-01-01 00:00:00"),
                    )
                n += 1
                written.append(n)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        out = tmp_path / "backups" / "azil.backup"
        assert "SQLite backup written" in db.backup(out, sqlite_url)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    copy = sqlite3.connect(out)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {r[0] for r in copy.execute("SELECT name_latin FROM client")}
        assert {f"Client {i:03d}" for i in range(200)} <= names
        assert any(n.startswith("Live ") for n in names)  # writes before the copy are in it
    finally:
        copy.close()
    with pytest.raises(db.DatabaseError, match="never overwrite"):
        db.backup(out, sqlite_url)


@pytest.mark.postgres
def test_postgres_backup_is_a_pg_dump_archive(pg_url: str, tmp_path: Path) -> None:
    if shutil.which("pg_restore") is None:
        pytest.fail("pg_restore is not installed next to pg_dump")
    cw = Casework(pg_url, actor="Ana Petrović")
    cw.add_client(name_latin="Omar Al-Hassan")
    out = tmp_path / "azil.dump"
    assert "pg_dump custom format" in db.backup(out, pg_url)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    listing = subprocess.run(
        ["pg_restore", "--list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert f"TABLE DATA {PG_SCHEMA} client" in listing
    assert f"TABLE DATA {PG_SCHEMA} deadline" in listing
