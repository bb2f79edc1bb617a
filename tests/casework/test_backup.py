"""A whole office in one archive and back: the database and the documents, checked file
by file, nothing replaced without being kept (issue 13: backups left out the documents,
and there was no restore)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest

from casework import documents
from casework.backup import backup_office, restore_office
from casework.cli import main
from casework.config import documents_dir
from casework.db import DatabaseError
from casework.services import Casework

D = dt.date


def _office_with_a_document(url: str) -> tuple[Casework, int, Path]:
    cw = Casework(url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer", sex="f")
    client = cw.add_client(name_latin="Omar Al-Hassan", sex="m")
    case = cw.add_case(client.id, "regular")
    # a filing made earlier, in the case's folder, with its record
    filing = documents.case_folder(case.id) / "punomocje_omar-al-hassan_2024-05-02_v1.docx"
    filing.write_bytes(b"PK\x03\x04 a filing's bytes")
    cw.record_document(case.id, "poa", filing, hashlib.sha256(filing.read_bytes()).hexdigest(), ())
    return cw, case.id, filing


def test_backup_and_restore_bring_back_the_database_and_the_documents(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", sqlite_url)
    cw, case_id, filing = _office_with_a_document(sqlite_url)
    original = filing.read_bytes()
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                    today=D(2024, 5, 2))  # fmt: skip
    before = [(r.rule_id, r.due, r.status) for r in cw.deadlines(None, None, None, case_id)]
    assert before  # the appeal, due Mon 13 May 2024
    archive = tmp_path / "office.zip"
    assert main(["db", "backup", "--out", str(archive)]) == 0
    names = zipfile.ZipFile(archive).namelist()
    assert "database.sqlite3" in names and "manifest.json" in names
    assert any(n.startswith("documents/") and n.endswith(".docx") for n in names)
    # The computer is lost: the database and the documents are gone.
    sqlite_file = Path(sqlite_url.removeprefix("sqlite:///"))
    from casework import db

    db.engine(sqlite_url).dispose()
    sqlite_file.unlink()
    shutil.rmtree(documents_dir())
    assert main(["db", "restore", str(archive), "--yes"]) == 0
    back = Casework(sqlite_url, actor="Ana Petrović")
    after = [(r.rule_id, r.due, r.status) for r in back.deadlines(None, None, None, case_id)]
    assert after == before  # the same deadlines
    [doc] = back.get_case(case_id).documents
    assert Path(doc.path).read_bytes() == original  # the record points at a file that is there


def test_a_restore_never_overwrites_an_office_with_data(sqlite_url: str, tmp_path: Path) -> None:
    cw, _case_id, _filing = _office_with_a_document(sqlite_url)
    archive = backup_office(tmp_path / "office.zip", sqlite_url).path
    cw.add_client(name_latin="Added After The Backup")
    with pytest.raises(DatabaseError, match="not empty"):
        restore_office(archive, sqlite_url)
    names = [c.name_latin for c in Casework(sqlite_url).list_clients()]
    assert "Added After The Backup" in names  # untouched


def test_a_damaged_archive_restores_nothing(sqlite_url: str, tmp_path: Path) -> None:
    _cw, _case_id, _filing = _office_with_a_document(sqlite_url)
    archive = backup_office(tmp_path / "office.zip", sqlite_url).path
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "database.sqlite3":
                data = data[:-10] + b"0123456789"
            dst.writestr(item, data)
    with pytest.raises(DatabaseError, match="does not match its checksum; nothing was restored"):
        restore_office(damaged, sqlite_url)


def test_a_backup_never_overwrites(sqlite_url: str, tmp_path: Path) -> None:
    out = tmp_path / "office.zip"
    out.write_text("an older backup")
    with pytest.raises(DatabaseError, match="already exists"):
        backup_office(out, sqlite_url)
    assert out.read_text() == "an older backup"
