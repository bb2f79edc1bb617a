"""Encryption at rest (issue 13): after `azil db encrypt` no client's name is in the
database file or its WAL, every command works as before, a missing or wrong key is one
line (never "damaged", never a traceback), backups stay encrypted and restore, and an
interrupted encryption leaves the original working."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import keyring
import pytest
from keyring.backends import fail

from casework import db, encryption
from casework.config import default_sqlite_path
from tests.casework.cli_helpers import one_line_error, run
from tests.conftest import MemoryKeyring

NAME = "Zaynab Haddad"
KEY = "a test key with a quote ' in it"


@pytest.fixture(autouse=True)
def _no_keyring() -> Iterator[None]:
    """No test reads or writes the real keyring of the computer it runs on."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A small office in the default SQLite file: a client, a case, a deadline."""
    monkeypatch.setenv("AZIL_USER", "Ana Petrović")
    monkeypatch.setenv(encryption.KEY_ENV, KEY)
    for argv in (
        ["staff", "add", "Ana Petrović", "--role", "lawyer", "--sex", "f"],
        ["settings", "set", "office_name", "Pravna pomoć"],
        ["settings", "set", "office_address", "Dobračina 1, Beograd"],
        ["client", "add", "--name", NAME, "--sex", "f", "--born", "1990-03-04"],
        ["case", "add", "--client", "1", "--procedure", "regular", "--lawyer", "Ana Petrović"],
        ["event", "add", "1", "decision-delivered", "26.4.2024", "--outcome", "rejected"],
    ):
        assert run(capsys, *argv)[0] == 0, argv
    return default_sqlite_path()


def _forget() -> None:
    """What a new process would see: no pooled connection of this one."""
    for url in list(db._ENGINES):
        db.forget_engine(url)


def _results(capsys: pytest.CaptureFixture[str], out: Path) -> tuple[str, str, list[str]]:
    code, deadlines, _ = run(capsys, "deadlines", "--json")
    assert code == 0
    code, clients, _ = run(capsys, "client", "list")
    assert code == 0
    code, rendered, _ = run(capsys, "render", "poa", "--case", "1", "--out", str(out))
    assert code == 0
    text = [p.text for p in docx.Document(rendered.split()[0]).paragraphs]
    assert any(NAME in t for t in text)
    return deadlines, clients, text


def _bytes_of(path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def test_an_encrypted_office_shows_no_name_and_works_as_before(
    office: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = _results(capsys, tmp_path / "before")
    assert NAME.encode() in _bytes_of(office)  # the check below can see a name
    code, out, _ = run(capsys, "db", "encrypt")
    assert code == 0
    assert "encrypted" in out and encryption.KEY_ENV in out and KEY not in out
    assert not Path(f"{office}.encrypting").exists()
    after = _results(capsys, tmp_path / "after")  # the filing is recorded: a write
    assert after == before  # the same deadlines, clients and filing
    assert run(capsys, "client", "add", "--name", f"{NAME} Junior", "--sex", "m")[0] == 0
    assert Path(f"{office}-wal").stat().st_size > 0  # written, not yet checkpointed
    data = _bytes_of(office)
    assert NAME.encode() not in data and b"SQLite format 3" not in data
    assert "Zaynab".encode("utf-16-le") not in data
    code, out, _ = run(capsys, "db", "info", "--json")
    info = json.loads(out)
    assert info["encrypted"] is True
    assert info["schema_revision"] == info["program_revision"] == db.program_revision()
    assert KEY not in out
    _forget()  # a new process: keyed again from AZIL_DB_KEY
    assert run(capsys, "deadlines", "--json")[1] == before[0]


def test_without_the_key_or_with_a_wrong_one_it_is_one_line_and_nothing_changes(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "db", "encrypt")[0] == 0
    _forget()
    digest = hashlib.sha256(_bytes_of(office)).hexdigest()
    monkeypatch.delenv(encryption.KEY_ENV)
    code, _, err = run(capsys, "client", "list")
    assert code != 0
    line = one_line_error(err)
    assert "is encrypted and no key was found" in line and "AZIL_DB_KEY" in line
    _forget()
    monkeypatch.setenv(encryption.KEY_ENV, "not the key")
    code, _, err = run(capsys, "deadlines")
    assert code != 0
    line = one_line_error(err)
    assert "the key does not open the database" in line and "damaged" not in line
    code, _, err = run(capsys, "db", "backup", "--out", str(office.parent / "x.zip"))
    assert code != 0 and "the key does not open" in one_line_error(err)
    _forget()
    assert hashlib.sha256(_bytes_of(office)).hexdigest() == digest
    assert not (office.parent / "x.zip").exists()
    code, out, _ = run(capsys, "db", "info", "--json")  # still says where and what it is
    assert code == 0 and json.loads(out)["encrypted"] is True


def test_a_backup_of_an_encrypted_office_is_encrypted_and_restores(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert run(capsys, "db", "encrypt")[0] == 0
    deadlines = run(capsys, "deadlines", "--json")[1]
    archive = tmp_path / "office.zip"
    assert run(capsys, "db", "backup", "--out", str(archive))[0] == 0
    with zipfile.ZipFile(archive) as z:
        data = z.read("database.sqlite3")
        manifest = json.loads(z.read("manifest.json"))
    assert NAME.encode() not in data and not data.startswith(b"SQLite format 3")
    assert manifest["encrypted"] is True
    # another computer: an empty data folder, the key given by hand
    _forget()
    monkeypatch.setenv("AZIL_DATA_DIR", str(tmp_path / "new-office"))
    assert run(capsys, "db", "restore", str(archive), "--yes")[0] == 0
    restored = default_sqlite_path()
    assert restored != office and encryption.is_encrypted(restored)
    assert NAME.encode() not in _bytes_of(restored)
    _forget()
    assert run(capsys, "deadlines", "--json")[1] == deadlines


def test_a_restore_without_the_key_changes_nothing(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert run(capsys, "db", "encrypt")[0] == 0
    archive = tmp_path / "office.zip"
    assert run(capsys, "db", "backup", "--out", str(archive))[0] == 0
    _forget()
    monkeypatch.setenv("AZIL_DATA_DIR", str(tmp_path / "new-office"))
    monkeypatch.delenv(encryption.KEY_ENV)
    code, _, err = run(capsys, "db", "restore", str(archive), "--yes")
    assert code != 0 and "no key for it was found" in one_line_error(err)
    assert not default_sqlite_path().exists()


def test_encrypting_twice_or_a_team_database_is_refused(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "db", "encrypt")[0] == 0
    digest = hashlib.sha256(office.read_bytes()).hexdigest()
    code, _, err = run(capsys, "db", "encrypt")
    assert code != 0 and "already encrypted" in one_line_error(err)
    assert hashlib.sha256(office.read_bytes()).hexdigest() == digest
    monkeypatch.setenv("AZIL_DATABASE_URL", "postgresql+psycopg://azil@127.0.0.1:1/nowhere")
    code, _, err = run(capsys, "db", "encrypt")
    assert code != 0 and "PostgreSQL server with its own disk encryption" in err


def _plain_and_whole(path: Path) -> None:
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT name_latin FROM client").fetchall() == [(NAME,)]
    finally:
        con.close()


def test_an_encryption_stopped_before_the_move_leaves_the_original_working(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # as Ctrl+C (or a kill) just before the file is moved

    with monkeypatch.context() as m:
        m.setattr(encryption.os, "replace", killed)
        assert run(capsys, "db", "encrypt")[0] == 130
    _plain_and_whole(office)
    assert not Path(f"{office}.encrypting").exists()
    assert NAME in run(capsys, "client", "list")[1]


def test_an_open_app_makes_encryption_wait(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Another program holding the file open (a process of its own: SQLite's locks are
    # the process's, so a connection in this one would not stand for the app).
    app = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM client').fetchone(); print('open', flush=True); "
         "sys.stdin.read()", str(office)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert app.stdout is not None and app.stdout.readline() == "open\n"
        code, _, err = run(capsys, "db", "encrypt")
    finally:
        app.communicate("")
    assert code != 0 and "is in use" in one_line_error(err)
    _plain_and_whole(office)


def test_without_a_key_of_ones_own_the_key_is_made_and_kept_in_the_keyring(
    office: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # tests/conftest.py
) -> None:
    monkeypatch.delenv(encryption.KEY_ENV)
    deadlines = run(capsys, "deadlines", "--json")[1]
    code, out, _ = run(capsys, "db", "encrypt")
    assert code == 0 and "system keyring" in out
    [(service, account)] = memory_keyring.entries
    assert (service, account) == (encryption.KEYRING_SERVICE, str(office.resolve()))
    assert len(memory_keyring.entries[service, account]) >= 40  # 32 random bytes
    _forget()
    assert run(capsys, "deadlines", "--json")[1] == deadlines
    archive = tmp_path / "office.zip"
    assert run(capsys, "db", "backup", "--out", str(archive))[0] == 0
    _forget()
    monkeypatch.setenv("AZIL_DATA_DIR", str(tmp_path / "new-office"))
    assert run(capsys, "db", "restore", str(archive), "--yes")[0] == 0
    # the key now also belongs to the restored file's path
    assert memory_keyring.get_password(service, str(default_sqlite_path().resolve()))
    _forget()
    assert run(capsys, "deadlines", "--json")[1] == deadlines


def test_with_no_keyring_and_no_key_nothing_is_encrypted(
    office: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(encryption.KEY_ENV)
    code, _, err = run(capsys, "db", "encrypt")
    assert code != 0
    assert "keyring cannot keep the key" in one_line_error(err) and "AZIL_DB_KEY" in err
    _forget()
    _plain_and_whole(office)
    assert not Path(f"{office}.encrypting").exists()


def test_earlier_plain_backups_are_pointed_out_not_deleted(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "db", "backup")[0] == 0  # into the data folder's backups/
    [plain] = (office.parent / "backups").glob("*.zip")
    code, _, err = run(capsys, "db", "encrypt")
    assert code == 0
    assert "1 earlier cop(ies) of the office are not encrypted" in err and str(plain) in err
    assert plain.exists()
    assert run(capsys, "db", "backup", "--out", str(office.parent / "backups" / "new.zip"))[0] == 0
    assert encryption.plain_copies(office, office.parent / "backups") == [plain]


def test_a_process_killed_before_the_move_leaves_the_original_working(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _forget()
    # SIGKILL at the moment of the move: no cleanup of azil's runs, the lock dies with it
    script = (
        "import os, signal, sys\n"
        "from casework import encryption\n"
        "from casework.cli import main\n"
        "encryption.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)\n"
        "sys.exit(main(['db', 'encrypt']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert done.returncode == -9, done.stderr
    _plain_and_whole(office)
    assert Path(f"{office}.encrypting").exists()  # the verified copy, never moved
    assert NAME in run(capsys, "client", "list")[1]
    _forget()
    assert run(capsys, "db", "encrypt")[0] == 0  # a new attempt starts over
    assert encryption.is_encrypted(office) and not Path(f"{office}.encrypting").exists()
    assert NAME in run(capsys, "client", "list")[1]
