"""Encryption at rest for the embedded SQLite database (SQLCipher, issue 13).

A lost or stolen laptop must not give away who the office's clients are. `azil db
encrypt` turns the SQLite file into a SQLCipher one; from then on every page of the file
and of its WAL is encrypted (AES-256, SQLCipher 4's defaults).

How azil knows: a plain SQLite file starts with "SQLite format 3\\0"; a SQLCipher file
starts with 16 random bytes (its salt). So a file without that header is taken as
encrypted and opened with the key. (A file whose first page was destroyed looks the
same; the messages say so.)

Where the key is: `AZIL_DB_KEY` (headless use: the scheduler, a server, tests), else the
system keyring (service "azil-database", account: the database file's absolute path).
azil writes to the keyring only keys it made or found there itself.

How the engine gets it: never through the URL. `database_url()` stays
`sqlite:///…`, so `safe_url`, the engine cache, Alembic's configuration, backups,
`db info` and error messages never hold the key. SQLAlchemy's `sqlite+pysqlcipher`
dialect is not used because it takes the key from the URL's password (and pools one
connection per thread); instead the ordinary pysqlite dialect gets `sqlcipher3` as its
DB-API module and a `creator` that opens each connection with `PRAGMA key` as its first
statement, before any of casework.db's own PRAGMAs and BEGINs run on it.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from casework import N_, CaseworkError, Problem, keychain

KEY_ENV = "AZIL_DB_KEY"
KEYRING_SERVICE = "azil-database"
SQLITE_HEADER = b"SQLite format 3\x00"
KEYRING = N_("the system keyring")  # where a key came from, as the messages say it


class EncryptionError(CaseworkError):
    """The encrypted database cannot be opened (no key, a wrong key) or encrypted."""


_NO_KEY = N_(
    "the database {path} is encrypted and no key was found: set AZIL_DB_KEY or store the "
    "key in the system keyring (service azil-database, account {path}); if it was never "
    "encrypted, the file is damaged: restore the latest backup"
)
_WRONG_KEY = N_(
    "the key does not open the database {path} (from {source}); set the right key in "
    "AZIL_DB_KEY or the system keyring; nothing was changed"
)


def dbapi() -> Any:
    """sqlcipher3's DB-API module (imported only when an encrypted file is used)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def sqlite_errors() -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (they are unrelated classes)."""
    return (sqlite3.DatabaseError, dbapi().DatabaseError)


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file without SQLite's header (a SQLCipher file)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(head) and head != SQLITE_HEADER


def sqlite_path(url: str) -> Path | None:
    """The SQLite file of a URL, or None (PostgreSQL, in-memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database
    return Path(name) if name and name != ":memory:" else None


def is_encrypted_url(url: str) -> bool:
    """What `azil db info` reports: the database at `url` is a SQLCipher file."""
    path = sqlite_path(url)
    return path is not None and is_encrypted(path)


def _account(path: Path) -> str:
    return str(path.resolve())


def _keyring_get(path: Path) -> str | None:
    return keychain.read(KEYRING_SERVICE, _account(path))


def keyring_store(path: Path, key: str) -> None:
    """Keep the key of the database file `path` in the system keyring."""
    try:
        keychain.write(KEYRING_SERVICE, _account(path), key)
    except keychain.KeyringUnavailable as exc:
        raise EncryptionError(
            N_(
                "the system keyring cannot keep the key ({why}); nothing was encrypted. Set "
                "AZIL_DB_KEY to a long secret of your own and run azil db encrypt again"
            ),
            why=str(exc),
        ) from exc


def find_key(path: Path) -> tuple[str, str] | None:
    """(the key, where it came from) for the file `path`, or None."""
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return from_env, KEY_ENV
    stored = _keyring_get(path)
    return (stored, KEYRING) if stored else None


def key_for(path: Path) -> tuple[str, str]:
    """The key of the encrypted file `path`; a one-line error when there is none."""
    found = find_key(path)
    if found is None:
        raise EncryptionError(_NO_KEY, path=str(path), code="db-key-missing")
    return found


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path, key: str | None, source: str = KEY_ENV, **kwargs: Any) -> Any:
    """A sqlcipher3 connection to `path`, keyed (None: a plain file) and checked: a wrong
    key is said as such, not as SQLite's "file is not a database" (which reads as damage)."""
    sc = dbapi()
    con = sc.connect(str(path), **kwargs)
    try:
        # SQLCipher logs a failed page decryption to stderr: the message below says it.
        con.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            con.execute(f"PRAGMA key = {_quote(key)}")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sc.DatabaseError as exc:
        con.close()
        if key is not None and "file is not a database" in str(exc):
            raise EncryptionError(
                _WRONG_KEY,
                path=str(path),
                source=source if source == KEY_ENV else Problem(source),
                code="db-key-wrong",
            ) from None
        raise
    return con


def engine_options(path: Path) -> dict[str, Any]:
    """`create_engine` arguments for the SQLite file `path`: none for a plain file; for
    an encrypted one, sqlcipher3 as the driver and a creator that keys each connection.
    A missing key is reported here, before any connection is tried."""
    if not is_encrypted(path):
        return {}
    key, source = key_for(path)

    def creator() -> Any:
        # check_same_thread off as the pysqlite dialect does for a pooled file database
        return connect(path, key, source, check_same_thread=False)

    return {"module": dbapi(), "creator": creator}


def backup_connections(src: Path, dst: Path) -> tuple[Any, Any]:
    """Connections for SQLite's online backup of `src` into the new file `dst`: plain
    sqlite3 for a plain file; for an encrypted one both keyed with its key, so the copy
    is encrypted too (SQLCipher copies pages between databases of the same key)."""
    if not is_encrypted(src):
        return sqlite3.connect(src), sqlite3.connect(dst)
    key, source = key_for(src)
    return connect(src, key, source), connect(dst, key, source)


@dataclass(frozen=True)
class Encrypted:
    path: Path
    key_source: str  # KEY_ENV or "keyring"


_ALREADY = N_("the database {path} is already encrypted; nothing was changed")
_IN_USE = N_(
    "the database {path} is in use (the azil app or another command has it open); close "
    "it and run azil db encrypt again; nothing was changed"
)


def encrypt(url: str, forget: Callable[[str], None]) -> Encrypted:
    """Turn the SQLite file of `url` into a SQLCipher file in place.

    The encrypted copy is written beside it (`….encrypting`), checked (integrity, the
    same rows in every table) and only then moved over the original: a kill at any step
    leaves the original working. The original is held locked throughout, so no other
    program writes to the file that is being replaced. `forget` drops this process's
    pooled connections to the old file.
    """
    path = sqlite_path(url)
    if path is None:
        raise EncryptionError(
            N_(
                "encryption at rest is for the embedded database; protect a team's "
                "PostgreSQL server with its own disk encryption"
            ),
            code="db-encrypt-postgresql",
        )
    if not path.exists():
        raise EncryptionError(N_("there is no database file at {path}"), path=str(path))
    if is_encrypted(path):
        raise EncryptionError(_ALREADY, path=str(path), code="db-already-encrypted")
    # the person's own key, else a new random one (an old keyring entry is not reused)
    own = os.environ.get(KEY_ENV)
    key, source = (own, KEY_ENV) if own else (secrets.token_urlsafe(32), "")
    forget(url)
    temp = path.with_name(path.name + ".encrypting")
    temp.unlink(missing_ok=True)  # a killed earlier attempt's copy
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    plain = connect(path, None, isolation_level=None, timeout=0.5)
    try:
        _hold(plain, path)
        counts = _row_counts(plain)
        plain.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(temp), key))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
        _verify(temp, key, counts)
        if not source:
            keyring_store(path, key)
            source = "keyring"
        if os.name == "nt":  # Windows replaces no open file: unlocked first, not wiped
            plain.close()
            os.replace(temp, path)
        else:
            with path.open("r+b") as old:
                os.replace(temp, path)
                plain.close()
                _wipe(old)
    except BaseException:
        plain.close()
        temp.unlink(missing_ok=True)
        raise
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return Encrypted(path, source)


def _hold(plain: Any, path: Path) -> None:
    """Fold the WAL into the file, leave WAL mode (so closing this connection later
    touches no file by name) and keep a lock until the end. Each step needs the only
    connection to the file: another one open means the app is running."""
    sc = dbapi()
    try:
        mode = plain.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        plain.execute("PRAGMA locking_mode=EXCLUSIVE")
        plain.execute("BEGIN IMMEDIATE")  # held: EXCLUSIVE mode keeps locks after COMMIT
        plain.execute("COMMIT")
    except sc.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise EncryptionError(_IN_USE, path=str(path), code="db-in-use") from None
        raise
    if str(mode).lower() != "delete":
        raise EncryptionError(_IN_USE, path=str(path), code="db-in-use")


def _row_counts(con: Any) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]  # fmt: skip
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _verify(temp: Path, key: str, counts: dict[str, int]) -> None:
    con = connect(temp, key)
    try:
        verdict = con.execute("PRAGMA integrity_check").fetchone()
        copied = _row_counts(con)
    finally:
        con.close()
    if verdict is None or verdict[0] != "ok" or copied != counts:
        raise EncryptionError(
            N_("the encrypted copy of {path} did not check out ({why}); nothing was changed"),
            path=str(temp.with_name(temp.name.removesuffix(".encrypting"))),
            why=verdict[0] if verdict and verdict[0] != "ok" else "row counts differ",
        )


def _wipe(old: Any) -> None:
    """Overwrite the replaced plain file's bytes (best effort: an SSD or a copy-on-write
    file system may keep old blocks; docs/architecture.md says to encrypt the disk)."""
    size = os.fstat(old.fileno()).st_size
    old.seek(0)
    block = b"\0" * (1 << 20)
    left = size
    while left > 0:
        left -= old.write(block[: min(left, len(block))])
    old.flush()
    os.fsync(old.fileno())


def restore_key(archived: Path, target: Path, original: str | None) -> str | None:
    """Before a restore changes anything: find the key that opens the archived database
    file (AZIL_DB_KEY, else the keyring entry of the file it was backed up from, else
    that of `target`), or refuse in one line. Returns the key to keep in the keyring for
    `target` when it came from another file's entry (the account is the file's path, and
    a restore into a new data folder is a new path), else None."""
    if not is_encrypted(archived):
        return None
    env = os.environ.get(KEY_ENV)
    if env:
        connect(archived, env, KEY_ENV).close()  # a wrong key is refused here
        return None
    wrong: EncryptionError | None = None
    for account in dict.fromkeys(a for a in (original, str(target)) if a):
        stored = _keyring_get(Path(account))
        if stored is None:
            continue
        try:
            connect(archived, stored, KEYRING).close()
        except EncryptionError as exc:
            wrong = exc
            continue
        return stored if Path(account).resolve() != target.resolve() else None
    if wrong is not None:
        raise wrong
    raise EncryptionError(
        N_(
            "the archive's database is encrypted and no key for it was found: set AZIL_DB_KEY "
            "to its key; nothing was restored"
        ),
        code="db-key-missing",
    )


def plain_copies(path: Path, backups: Path) -> list[Path]:
    """Unencrypted copies of the office left after `azil db encrypt`: archives in the
    default backups folder made before it, and files a restore kept aside. Said to the
    person, never deleted by azil (one may be the only good backup)."""
    import json
    import zipfile

    found = [p for p in path.parent.glob(f"{path.name}.before-restore-*") if p.is_file()]
    for archive in sorted(backups.glob("*.zip")) if backups.is_dir() else ():
        try:
            with zipfile.ZipFile(archive) as z:
                encrypted = json.loads(z.read("manifest.json")).get("encrypted") is True
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            encrypted = False
        if not encrypted:
            found.append(archive)
    return sorted(found)
