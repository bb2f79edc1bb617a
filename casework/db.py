"""Engines, sessions, migrations and backups, on SQLite (default) or PostgreSQL (team)."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from casework import N_, CaseworkError, encryption, keychain
from casework.config import data_dir, database_url, ensure_private_dir
from casework.errors import DAMAGED, damaged_reason
from casework.team import apply_grants

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


_EXISTS = N_("{out} already exists; choose another --out (backups never overwrite)")


class DatabaseError(CaseworkError):
    """The database cannot be reached or used; the message names the URL (no password)."""


def safe_url(url: str) -> str:
    """The URL with any password hidden, fit for an error message."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<malformed database URL>"


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # the driver's own BEGIN off: see _sqlite_begin
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for the URL (default: this computer's), with SQLite made safe for us."""
    url = url or database_url()
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(
            N_(
                "the database URL {url!r} is malformed; use e.g. "
                "postgresql+psycopg://user@host:5432/azil or sqlite:///path/azil.sqlite3"
            ),
            url=url,
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            _prepare_sqlite_file(Path(path))
        # an encrypted file: sqlcipher3 with the key, never in the URL (casework.encryption)
        options = encryption.engine_options(Path(path)) if path and path != ":memory:" else {}
        engine = create_engine(url, **options)
        event.listen(engine, "connect", _on_sqlite_connect)
        # pysqlite opens a transaction only before INSERT/UPDATE/DELETE, so a migration's
        # CREATE/ALTER committed one by one and a killed upgrade left half a schema
        # (issue 13). Here every transaction is SQLite's own BEGIN ... COMMIT, DDL included.
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=_connect_args(parsed))
    except Exception as exc:  # a missing driver, a bad option
        raise DatabaseError(
            N_("cannot use the database {url}: {why}"), url=safe_url(url), why=str(exc)
        ) from exc


def _connect_args(parsed: Any) -> dict[str, Any]:
    if parsed.get_backend_name() == "postgresql":
        password = stored_password(parsed)
        return {"connect_timeout": 5} | ({"password": password} if password else {})
    return {}


KEYRING_SERVICE = "azil-team-login"  # (the encryption key is under "azil-database")


def keyring_account(parsed: Any) -> str:
    """The keyring entry of a team login: login@server:port/database."""
    host, port = parsed.host or "localhost", parsed.port or 5432
    return f"{parsed.username}@{host}:{port}/{parsed.database}"


def stored_password(parsed: Any) -> str | None:
    """A team login's password from the OS keyring (`azil db password`), when neither the
    URL nor libpq's own sources (PGPASSWORD, a service file, ~/.pgpass) are meant to give
    it: scripts keep using those, a desktop never stores it in a settings file."""
    if parsed.password or not parsed.username:
        return None
    if any(os.environ.get(v) for v in ("PGPASSWORD", "PGSERVICE", "PGPASSFILE")):
        return None
    return keychain.read(KEYRING_SERVICE, keyring_account(parsed))


def team_login(url: str) -> Any:
    """The parsed URL of a team's PostgreSQL login, or a message saying what to give."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.username:
        raise DatabaseError(
            N_(
                "a password is kept only for a team's PostgreSQL login: give the database "
                "URL with your login (e.g. postgresql+psycopg://ana_petrovic@server/azil)"
            )
        )
    return parsed


def remember_password(url: str, password: str) -> None:
    """Keep a team login's password in the OS keyring, where every start finds it
    (`stored_password`); the settings file and the URL never hold it."""
    parsed = team_login(url)
    try:
        keychain.write(KEYRING_SERVICE, keyring_account(parsed), password)
    except keychain.KeyringUnavailable as exc:
        raise DatabaseError(
            N_(
                "this computer has no usable system keyring ({why}); scripts can use "
                "PGPASSWORD or a ~/.pgpass file instead"
            ),
            why=str(exc),
        ) from exc


def _prepare_sqlite_file(path: Path) -> None:
    """Create the file readable by its owner only before SQLite opens it. A folder that
    does not exist is made only inside azil's own data folder: a mistyped path elsewhere
    would otherwise start a new, empty office unnoticed (issue 13)."""
    if not path.parent.exists():
        own = data_dir().resolve()
        if own != path.parent.resolve() and own not in path.parent.resolve().parents:
            raise DatabaseError(
                N_(
                    "the folder {folder} of the database file does not exist; check the "
                    "path (nothing was created)"
                ),
                folder=str(path.parent),
            )
    if (
        path.exists()
        and path.stat().st_size == 0
        and not path.with_name(path.name + "-wal").exists()
    ):
        # azil's own start writes SQLite's header at once (the WAL mode): an empty file is
        # one that was truncated or copied wrongly, and opening it would start an empty
        # office in place of the real one (issue 13).
        raise DatabaseError(
            N_(
                "the database file {path} is empty (0 bytes); nothing was opened. Restore the "
                "latest backup (azil db restore), or delete the file to start a new office"
            ),
            path=str(path),
        )
    ensure_private_dir(path.parent)
    if not path.exists():
        # Made under another name with SQLite's header written (WAL mode), then moved into
        # place: a file of this name is never azil's own empty one, even after a kill.
        new = path.with_name(path.name + ".new")
        fd = os.open(new, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        con = sqlite3.connect(new)
        try:
            con.execute("PRAGMA journal_mode=WAL")
        finally:
            con.close()
        os.replace(new, path)
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.chmod(0o600)


_ENGINES: OrderedDict[str, Engine] = OrderedDict()
_MAX_ENGINES = 8


def engine(url: str | None = None) -> Engine:
    """The shared engine for a URL (one pool per URL per process).

    A few are kept; the least recently used is disposed, closing its pooled connections,
    rather than left for the garbage collector with connections open.
    """
    url = url or database_url()
    eng = _ENGINES.get(url)
    if eng is not None:
        _ENGINES.move_to_end(url)
        return eng
    eng = _ENGINES[url] = make_engine(url)
    while len(_ENGINES) > _MAX_ENGINES:
        _url, old = _ENGINES.popitem(last=False)
        old.dispose()
    return eng


def forget_engine(url: str) -> None:
    """Close and drop the shared engine of a URL whose file is being replaced (encrypted,
    restored): the next `engine(url)` looks at the new file."""
    eng = _ENGINES.pop(url, None)
    if eng is not None:
        eng.dispose()


def alembic_config(url: str) -> Config:
    """Alembic's configuration, pointing at our migrations inside the package."""
    return _config_for(MIGRATIONS_DIR, url)


def _config_for(folder: Path, url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(folder))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes SQLite's write lock at once: two writers that both read first and
    # then write would otherwise both decide on the same old state (see `exclusive`).
    immediate = conn.get_execution_options().get("azil_immediate")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def advisory_lock(conn: Any, name: str) -> None:
    """On PostgreSQL, wait for the transaction-scoped lock of this name (released at
    commit or rollback); elsewhere nothing (SQLite serialises writers itself)."""
    if conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The URL for pg_dump/pg_restore without its password, and an environment that
    carries the password instead: never on a command line, where every user of the
    computer could read it in `ps` (issue 13)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    # (URL.set() keeps a password given as None: replace the field itself)
    target = parsed._replace(password=None).set(drivername="postgresql")
    return target.render_as_string(hide_password=False), env


@functools.cache
def _script(folder: Path) -> ScriptDirectory:
    return ScriptDirectory.from_config(_config_for(folder, "sqlite://"))


def script() -> ScriptDirectory:
    """The migrations this program ships, read once per process (each start asks)."""
    return _script(MIGRATIONS_DIR)


@contextmanager
def exclusive(url: str | None, name: str) -> Iterator[Session]:
    """A transaction that no other `exclusive` one of the same name runs beside, on any
    computer: SQLite's write lock taken at its start; on PostgreSQL a transaction-scoped
    advisory lock. For read-then-write steps that must happen once (queueing a day's
    digests, claiming mail to send); committed at the end, rolled back on an error."""
    with session_factory(url or database_url())() as s:
        advisory_lock(s.connection(execution_options={"azil_immediate": True}), name)
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise


class SchemaError(DatabaseError):
    """The database's schema is not the one this program works with; nothing was changed."""


def program_revision() -> str:
    """The newest schema revision this program knows."""
    return str(script().get_current_head())


def schema_state(url: str | None = None) -> tuple[str | None, str]:
    """(the database's revision, None when it has no schema yet; this program's newest).

    Only connects and reads: "Test connection" uses it, and nothing is migrated by it.
    """
    url = url or database_url()
    head = script().get_current_head()
    assert head is not None
    try:
        with engine(url).connect() as conn:
            return MigrationContext.configure(conn).get_current_revision(), head
    except (OperationalError, DBAPIError) as exc:
        raise _unreachable(url, exc) from exc


def _refuse_newer(url: str, current: str | None) -> None:
    """A revision this program does not know was written by a newer azil: refuse (an
    older program would otherwise read, or write, a schema it does not understand)."""
    if current is None:
        return
    if not _known(script(), current):
        raise SchemaError(
            N_("this database was upgraded by a newer azil (revision {revision}); update azil"),
            revision=current,
            code="schema-newer",
        )


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises for an unknown revision id
        return False


def upgrade(url: str | None = None) -> None:
    """Bring the database to the newest schema: all pending migrations in one transaction,
    on SQLite as on PostgreSQL, so an interrupted upgrade leaves the old schema whole.
    A schema newer than this program is refused and left alone."""
    url = url or database_url()
    current, head = schema_state(url)
    _refuse_newer(url, current)
    postgresql = make_url(url).get_backend_name() == "postgresql"
    if current == head and not postgresql:
        return
    eng = engine(url)
    try:
        with eng.begin() as conn:
            if current != head:
                cfg = alembic_config(url)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            # a team's logins may do what their role may, on every table there is now
            apply_grants(conn)
    except (OperationalError, DBAPIError) as exc:
        why = str(exc.orig or exc).strip().splitlines()[0]
        if postgresql and ("permission denied" in why or "must be owner" in why):
            raise DatabaseError(
                N_(
                    "only the owner of the database {url} can upgrade it and grant the "
                    "office's roles their rights: run azil db upgrade with the owner's "
                    "login; nothing was changed ({why})"
                ),
                url=safe_url(url),
                why=why,
            ) from exc
        raise _unreachable(url, exc) from exc


def prepare(url: str | None = None) -> None:
    """What a start does (the app, each command): the embedded SQLite database is brought
    to the newest schema (this computer's account is its boundary); a team's PostgreSQL
    is never migrated by a start, since one newer desktop would silently upgrade the whole
    team: an older schema is reported, for an administrator's `azil db upgrade`."""
    url = url or database_url()
    if make_url(url).get_backend_name() == "sqlite":
        upgrade(url)
        return
    current, head = schema_state(url)
    _refuse_newer(url, current)
    if current != head:
        raise SchemaError(
            N_(
                "the team database {url} has an older schema (revision {revision}, this azil "
                "needs {head}); an administrator runs: azil db upgrade"
            ),
            url=safe_url(url),
            revision=current or "none",
            head=head,
            code="schema-older",
        )


def connection_state(url: str) -> str:
    """What "Test connection" reports, reading only: "missing" (no SQLite file there yet;
    nothing is created), "empty" (no schema), "current", "older" or "newer"."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:" and not Path(path).exists():
            return "missing"
    current, head = schema_state(url)
    if current is None:
        return "empty"
    if current == head:
        return "current"
    return "older" if _known(script(), current) else "newer"


def is_current(url: str | None = None) -> bool:
    """True when the database already has the newest schema."""
    current, head = schema_state(url)
    return current == head


def _unreachable(url: str, exc: BaseException) -> DatabaseError:
    damaged = damaged_reason(exc)
    if damaged is not None:
        return DatabaseError(DAMAGED, why=damaged)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    return DatabaseError(N_("cannot reach the database {url}: {why}"), url=safe_url(url), why=first)


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    """Sessions for the URL; objects stay readable after commit (the GUI shows them)."""
    return sessionmaker(engine(url or database_url()), expire_on_commit=False)


def backup(out: Path, url: str | None = None) -> str:
    """A consistent copy while the app may be open: SQLite's online backup; pg_dump for PostgreSQL.

    Returns a one-line description of what was written.
    """
    url = url or database_url()
    parsed = make_url(url)
    ensure_private_dir(out.parent)
    if parsed.get_backend_name() == "sqlite":
        src_path = parsed.database
        if not src_path or src_path == ":memory:" or not Path(src_path).exists():
            raise DatabaseError(N_("there is no SQLite file to back up at {path!r}"), path=src_path)
        if out.exists():
            raise DatabaseError(_EXISTS, out=out)
        tmp = out.with_name(out.name + ".part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        # an encrypted database's copy is encrypted with the same key
        src, dst = encryption.backup_connections(Path(src_path), tmp)
        try:
            with dst:
                src.backup(dst)
            # A backup of a damaged file is no backup (issue 13: it reported success).
            verdict = dst.execute("PRAGMA integrity_check").fetchone()
        except encryption.sqlite_errors() as exc:
            verdict = (str(exc),)
        finally:
            dst.close()
            src.close()
        if verdict is None or verdict[0] != "ok":
            tmp.unlink(missing_ok=True)
            raise DatabaseError(
                N_(
                    "the database {path} is damaged ({why}); no backup was written. Keep "
                    "the file as it is and restore the latest good backup"
                ),
                path=src_path,
                why=verdict[0] if verdict else "no answer",
            )
        os.replace(tmp, out)
        return f"SQLite backup written to {out}"
    if parsed.get_backend_name() == "postgresql":
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise DatabaseError(
                N_(
                    "pg_dump is not installed; install the PostgreSQL client tools "
                    "(Debian: apt-get install postgresql-client) and run "
                    "pg_dump --format=custom --file {out} '<database URL>'"
                ),
                out=out,
            )
        libpq_url, env = libpq_target(url)
        if out.exists():
            raise DatabaseError(_EXISTS, out=out)
        result = subprocess.run(  # fixed program, URL (without password) as one argument
            [pg_dump, "--format=custom", "--no-owner", "--file", str(out), libpq_url],
            capture_output=True,
            text=True,
            check=False,
            env=env,
        )
        if result.returncode != 0:
            out.unlink(missing_ok=True)
            raise DatabaseError(
                N_("pg_dump failed: {why}"), why=result.stderr.strip().splitlines()[-1:]
            )
        out.chmod(0o600)
        return (
            f"PostgreSQL backup (pg_dump custom format) written to {out}; restore with pg_restore"
        )
    raise DatabaseError(
        N_("backups of {kind} databases are not supported"), kind=parsed.get_backend_name()
    )
