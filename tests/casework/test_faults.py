"""Faults get answers a person can act on, and nothing is made or lost on the way
(issue 13: a damaged file gave "unexpected DatabaseError [SQL …]" and its backup reported
success; `| head` gave "unexpected BrokenPipeError"; `deadlines --case 9999` succeeded; a
path into a missing folder silently started an empty office; pg_dump got the password on
its command line)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casework import db
from casework.cli import main
from casework.services import Casework


def _damage(path: Path) -> None:
    """Overwrite the pages after the header, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for i in range(200, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_named_and_its_backup_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'azil.sqlite3'}"
    db.upgrade(url)
    cw = Casework(url, actor="Ana Petrović")
    for i in range(30):
        cw.add_client(name_latin=f"Klijent {i}")
    db.engine(url).dispose()
    with db.engine(url).connect() as conn:  # fold the WAL into the file before damaging it
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.engine(url).dispose()
    _damage(tmp_path / "azil.sqlite3")
    monkeypatch.setenv("AZIL_DATABASE_URL", url)
    assert main(["client", "list"]) != 0
    err = capsys.readouterr().err
    assert "damaged" in err and "restore the latest backup" in err.lower()
    assert "unexpected" not in err and "[SQL" not in err
    out = tmp_path / "copy.backup"
    assert main(["db", "backup", "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert "damaged" in err and "unexpected" not in err
    assert not out.exists()  # no "backup" of a damaged file
    with pytest.raises(db.DatabaseError, match="no backup was written"):
        db.backup(tmp_path / "raw.backup", url)  # the copy itself is checked too
    assert not (tmp_path / "raw.backup").exists()


def test_deadlines_of_a_case_that_does_not_exist_is_an_error(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", sqlite_url)
    assert main(["deadlines", "--case", "9999"]) == 2
    assert "no case with id 9999" in capsys.readouterr().err


def test_a_database_path_into_a_missing_folder_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "Dokumenti" / "azli" / "azil.sqlite3"  # a typo in a folder name
    monkeypatch.setenv("AZIL_DATABASE_URL", f"sqlite:///{missing}")
    assert main(["case", "list"]) != 0
    assert "does not exist" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_output_into_a_closed_pipe_ends_quietly(sqlite_url: str, tmp_path: Path) -> None:
    cw = Casework(sqlite_url, actor="Ana Petrović")
    for i in range(400):
        cw.add_client(name_latin=f"Klijent {i}")
    script = tmp_path / "list.py"
    script.write_text(
        "import os, sys\n"
        f"os.environ['AZIL_DATABASE_URL'] = {sqlite_url!r}\n"
        "from casework.cli import main\n"
        "sys.exit(main(['client', 'list']))\n"
    )
    run = subprocess.run(
        f"{sys.executable} {script} | head -n 2",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.stdout.count("\n") == 2
    assert "BrokenPipe" not in run.stderr and "unexpected" not in run.stderr


def test_pg_dump_never_sees_the_password_on_its_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        seen["command"], seen["env"] = command, kwargs.get("env")
        Path(command[command.index("--file") + 1]).write_bytes(b"dump")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(db.shutil, "which", lambda _name: "/usr/bin/pg_dump")
    monkeypatch.setattr(db.subprocess, "run", fake_run)
    db.backup(tmp_path / "team.backup", "postgresql+psycopg://ana:tajna-lozinka@db.local/azil")
    assert not any("tajna-lozinka" in part for part in seen["command"])  # type: ignore[union-attr]
    assert seen["env"]["PGPASSWORD"] == "tajna-lozinka"  # type: ignore[index]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("A" * 10_000, "too long: 10000 characters, at most 300"),
        ("Ali\nReza", "U+000A"),  # a newline would split the filing's line
        ("Ali \u202eazeR", "U+202E"),  # right-to-left override: reads as another name
        ("Ali\x01", "U+0001"),
    ],
)
def test_a_name_is_held_to_the_same_limits_on_every_database(
    db_url: str, name: str, why: str
) -> None:
    from casework.errors import ValidationError

    cw = Casework(db_url, actor="Ana Petrović")
    with pytest.raises(ValidationError) as refused:
        cw.add_client(name_latin=name)
    message = str(refused.value)
    assert why in message and "name_latin" in message
    assert name not in message  # the client's data is not printed back
    assert cw.list_clients() == []  # nothing stored


def test_erasure_also_removes_the_pdf_made_beside_a_filing_outside_the_case_folder(
    sqlite_url: str, tmp_path: Path
) -> None:
    # `azil render ... --pdf --out DIR` put both files outside the case folder; erasure
    # followed only the recorded .docx (issue 13).
    import hashlib

    from casework.erasure import erase_client

    cw = Casework(sqlite_url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer", sex="f")
    client = cw.add_client(name_latin="Omar Al-Hassan")
    case = cw.add_case(client.id, "regular")
    out = tmp_path / "elsewhere"
    out.mkdir()
    docx, pdf = out / "zalba_omar_v1.docx", out / "zalba_omar_v1.pdf"
    docx.write_bytes(b"docx")
    pdf.write_bytes(b"%PDF")
    cw.record_document(case.id, "appeal", docx, hashlib.sha256(b"docx").hexdigest(), ())
    unrelated = out / "zalba_someone_else_v1.pdf"
    unrelated.write_bytes(b"%PDF")
    cw.edit_case(case.id, cw.get_case(case.id).version, status="closed")
    erase_client(cw, client.id)
    assert not docx.exists() and not pdf.exists()
    assert unrelated.exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_conversions_work_in_the_private_folder_and_sweep_what_a_killed_one_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    import docx as pydocx

    from assembler import pdf as pdf_module

    scratch = tmp_path / "scratch"
    left = scratch / "azil-soffice-killed"
    left.mkdir(parents=True)
    (left / "00000.docx").write_bytes(b"a client's filing")
    old = time.time() - 24 * 3600
    os.utime(left, (old, old))
    monkeypatch.setattr(pdf_module, "work_root", lambda: scratch)
    document = pydocx.Document()
    document.add_paragraph("Žalba")
    source = tmp_path / "zalba.docx"
    document.save(str(source))
    [made] = pdf_module.to_pdf([source], tmp_path / "out")
    assert made.read_bytes().startswith(b"%PDF")
    assert not left.exists()  # the killed run's copies are gone
    assert list(scratch.iterdir()) == []  # and this run left nothing


def test_an_empty_database_file_is_not_taken_for_a_new_office(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 13: a zero-length azil.sqlite3 (truncated, copied wrongly) silently became an
    # empty office, as if every client had gone.
    empty = tmp_path / "azil.sqlite3"
    empty.write_bytes(b"")
    monkeypatch.setenv("AZIL_DATABASE_URL", f"sqlite:///{empty}")
    assert main(["case", "list"]) != 0
    err = capsys.readouterr().err
    assert "is empty (0 bytes)" in err and "azil db restore" in err
    assert empty.stat().st_size == 0  # nothing was written into it
