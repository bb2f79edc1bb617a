"""A whole office in one archive, and back: the database and the generated documents.

Issue 13: a backup held only the database, which stores each document by its absolute
path, so the filings were lost with the computer; and there was no restore. The archive
is a zip file holding the database copy (SQLite's online backup, or pg_dump's custom
format), the documents folder, and `manifest.json` (the program's version, the schema
revision, where the documents were, and each file's SHA-256). A restore checks every
file against the manifest before it changes anything, moves what it replaces aside
(never deletes it), and points the documents' records at the folder they were restored
to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from casework import N_, encryption
from casework.config import (
    data_dir,
    database_url,
    documents_dir,
    ensure_private_dir,
    program_version,
)
from casework.db import (
    DatabaseError,
    backup,
    engine,
    forget_engine,
    libpq_target,
    safe_url,
    schema_state,
)

MANIFEST = "manifest.json"
_DB_SQLITE = "database.sqlite3"
_DB_PG = "database.pgdump"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Archived:
    path: Path
    documents: int
    kind: str  # "sqlite" or "postgresql"


def backup_office(out: Path, url: str | None = None) -> Archived:
    """Write the archive `out` (never over an existing file): database and documents."""
    url = url or database_url()
    if out.exists():
        raise DatabaseError(
            N_("{out} already exists; choose another --out (backups never overwrite)"), out=out
        )
    kind = make_url(url).get_backend_name()
    revision, _head = schema_state(url)
    ensure_private_dir(out.parent)
    docs = documents_dir()
    with tempfile.TemporaryDirectory(prefix="backup-", dir=_work_dir()) as work:
        db_file = Path(work) / (_DB_SQLITE if kind == "sqlite" else _DB_PG)
        backup(db_file, url)
        files = sorted(p for p in docs.rglob("*") if p.is_file())
        manifest = {
            "azil": program_version(),
            "schema": revision,
            "database": db_file.name,
            # an encrypted database is copied encrypted, with the same key; where it was
            # tells a restore which keyring entry holds that key
            "encrypted": encryption.is_encrypted(db_file),
            "database_path": str(encryption.sqlite_path(url) or ""),
            "documents_dir": str(docs),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "files": {db_file.name: _sha256(db_file)}
            | {f"documents/{p.relative_to(docs).as_posix()}": _sha256(p) for p in files},
        }
        part = out.with_name(out.name + ".part")
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        try:
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as z:
                z.write(db_file, db_file.name)
                for p in files:
                    z.write(p, f"documents/{p.relative_to(docs).as_posix()}")
                z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            os.replace(part, out)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    return Archived(out, len(files), kind)


def _work_dir() -> Path:
    """Scratch space inside the private data folder (a backup holds clients' data)."""
    path = data_dir() / "tmp"
    ensure_private_dir(path)
    return path


@dataclass(frozen=True)
class Restored:
    documents: int
    set_aside: tuple[Path, ...]  # what the restore replaced, kept


def restore_office(archive: Path, url: str | None = None) -> Restored:
    """Bring back an archive made by `backup_office` into this computer's office.

    Every file is checked against the manifest first, and the office restored into must
    be empty (no client, no case, no document): nothing is ever overwritten. SQLite: an
    empty database file there (a fresh start made one) is kept aside and replaced.
    PostgreSQL: restored with pg_restore into the configured database, which must have no
    schema yet. The documents' records follow the folder they were restored to.
    """
    url = url or database_url()
    kind = make_url(url).get_backend_name()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    with tempfile.TemporaryDirectory(prefix="restore-", dir=_work_dir()) as work_:
        work = Path(work_)
        manifest = _unpack(archive, work)
        db_name = str(manifest["database"])
        if (db_name == _DB_SQLITE) != (kind == "sqlite"):
            raise DatabaseError(
                N_("the archive holds a {archived} database, this computer uses {kind}"),
                archived="SQLite" if db_name == _DB_SQLITE else "PostgreSQL",
                kind=kind,
            )
        _refuse_non_empty(url)
        aside: list[Path] = []
        if kind == "sqlite":
            aside += _restore_sqlite(work / db_name, url, stamp,
                                     str(manifest.get("database_path") or ""))  # fmt: skip
        else:
            _restore_postgresql(work / db_name, url)
        docs = documents_dir()
        restored = work / "documents"
        docs.rmdir()  # empty (checked): the restored folder takes its place
        if restored.exists():
            shutil.move(str(restored), str(docs))
        ensure_private_dir(docs)
        count = sum(1 for p in docs.rglob("*") if p.is_file())
        _repoint_documents(url, str(manifest["documents_dir"]), str(docs))
    return Restored(count, tuple(aside))


def _unpack(archive: Path, work: Path) -> dict[str, object]:
    """Extract into `work` and check every file against the manifest (nothing else is
    touched before this succeeds)."""
    try:
        with zipfile.ZipFile(archive) as z:
            manifest = json.loads(z.read(MANIFEST))
            for name in z.namelist():
                target = (work / name).resolve()
                if not target.is_relative_to(work.resolve()):  # "../" in a crafted archive
                    raise DatabaseError(
                        N_("the archive {path} is not an azil backup"), path=archive
                    )
            z.extractall(work)
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, FileNotFoundError) as exc:
        raise DatabaseError(
            N_("the archive {path} is not an azil backup ({why})"), path=archive, why=str(exc)
        ) from exc
    files = manifest.get("files", {})
    for name, expected in files.items():
        path = work / name
        if not path.is_file() or _sha256(path) != expected:
            raise DatabaseError(
                N_("the archive {path} is damaged: {name} does not match its checksum; "
                   "nothing was restored"),
                path=archive, name=name,
            )  # fmt: skip
    return dict(manifest)


def _refuse_non_empty(url: str) -> None:
    """A restore goes into an empty office only: an office with clients or documents is
    never overwritten (restore into a new data folder, e.g. AZIL_DATA_DIR=…)."""
    if any(documents_dir().iterdir()):
        raise DatabaseError(
            N_("the documents folder {folder} is not empty; restore into an empty data "
               "folder (set AZIL_DATA_DIR to a new folder) so nothing here is overwritten"),
            folder=documents_dir(),
        )  # fmt: skip
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(str(parsed.database))
        if not path.exists() or path.stat().st_size == 0:
            return
    current, _head = schema_state(url)
    if current is None:
        return
    with engine(url).connect() as conn:
        clients = conn.execute(text("SELECT COUNT(*) FROM client")).scalar() or 0
        cases = conn.execute(text("SELECT COUNT(*) FROM case_file")).scalar() or 0
    if clients or cases:
        raise DatabaseError(
            N_("this computer's office is not empty ({clients} clients, {cases} cases); "
               "restore into an empty data folder or database, so nothing here is "
               "overwritten"),
            clients=clients, cases=cases,
        )  # fmt: skip


def _restore_sqlite(db_file: Path, url: str, stamp: str, original: str) -> list[Path]:
    target = Path(str(make_url(url).database))
    key = encryption.restore_key(db_file, target, original)  # refused before any change
    if key is not None:
        encryption.keyring_store(target, key)
    forget_engine(url)  # no pooled connection keeps the old file open; the next sees the new
    aside = []
    if target.exists():
        moved = target.with_name(f"{target.name}.before-restore-{stamp}")
        target.rename(moved)
        aside.append(moved)
        for suffix in ("-wal", "-shm"):
            extra = target.with_name(target.name + suffix)
            if extra.exists():
                extra.rename(moved.with_name(moved.name + suffix))
    ensure_private_dir(target.parent)
    shutil.copyfile(db_file, target)
    target.chmod(0o600)
    return aside


def _restore_postgresql(dump: Path, url: str) -> None:
    current, _head = schema_state(url)
    if current is not None:
        raise DatabaseError(
            N_("the team database {url} is not empty; restore into a new, empty database "
               "(createdb) and point azil at it"),
            url=safe_url(url),
        )  # fmt: skip
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        raise DatabaseError(N_("pg_restore is not installed; install the PostgreSQL client"))
    target, env = libpq_target(url)
    run = subprocess.run(
        [pg_restore, "--no-owner", "--exit-on-error", "--dbname", target, str(dump)],
        capture_output=True, text=True, check=False, env=env,
    )  # fmt: skip
    if run.returncode != 0:
        raise DatabaseError(
            N_("pg_restore failed: {why}"), why=run.stderr.strip().splitlines()[-1:]
        )


def _repoint_documents(url: str, old_root: str, new_root: str) -> None:
    """The records keep absolute paths: those under the archived folder move with it."""
    if old_root == new_root:
        return
    engine(url).dispose()
    with engine(url).begin() as conn:
        rows = conn.execute(text("SELECT id, path FROM document WHERE path LIKE :p"),
                            {"p": old_root.rstrip("/") + "/%"}).all()  # fmt: skip
        for doc_id, path in rows:
            conn.execute(
                text("UPDATE document SET path = :new WHERE id = :id"),
                {"new": new_root + str(path)[len(old_root) :], "id": doc_id},
            )
