"""Where azil keeps its data and which database it talks to, for this computer.

Per-computer settings (database URL, who is at the keyboard) live in a small JSON file
in the user's config folder; office-wide settings (letterhead, addresses, reminders)
live in the database so the whole team shares them.
"""

from __future__ import annotations

import getpass
import json
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import platformdirs

APP_NAME = "azil"


def data_dir() -> Path:
    """The user's data folder (AZIL_DATA_DIR overrides it, e.g. for tests or a USB stick)."""
    override = os.environ.get("AZIL_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    ensure_private_dir(path)
    return path


def config_file() -> Path:
    """The per-computer settings file (AZIL_CONFIG_FILE overrides it)."""
    override = os.environ.get("AZIL_CONFIG_FILE")
    if override:
        return Path(override)
    if os.environ.get("AZIL_DATA_DIR"):
        return Path(os.environ["AZIL_DATA_DIR"]) / "config.json"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.json"


def read_local() -> dict[str, str]:
    """Read the per-computer settings; a missing or unreadable file means defaults."""
    path = config_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def write_local(**values: str | None) -> None:
    """Update the per-computer settings file atomically, readable by its owner only."""
    path = config_file()
    ensure_private_dir(path.parent)
    current = read_local()
    for key, value in values.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = value
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(current, fh, ensure_ascii=False, indent=2)
    os.replace(tmp, path)


def default_sqlite_path() -> Path:
    """The embedded database file: one person, no set-up."""
    return data_dir() / "azil.sqlite3"


def database_url() -> str:
    """AZIL_DATABASE_URL, else the URL saved on this computer, else the SQLite file."""
    url = os.environ.get("AZIL_DATABASE_URL") or read_local().get("database_url")
    return url or f"sqlite:///{default_sqlite_path()}"


def documents_dir() -> Path:
    """Generated filings live beside the data, one folder per case."""
    path = data_dir() / "documents"
    ensure_private_dir(path)
    return path


def current_user_name() -> str | None:
    """Who is at the keyboard: AZIL_USER, else the staff member chosen on this computer."""
    return os.environ.get("AZIL_USER") or read_local().get("user")


def os_user_name() -> str:
    """The operating-system login, which an admin can map to a staff member."""
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems; fall back
        return "unknown"


def ensure_private_dir(path: Path) -> None:
    """Create a folder (and missing parents) readable by its owner only.

    Client data can endanger clients, so what azil creates is private; a folder that
    already exists (the user's home, /tmp, a shared drive) is never changed.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    for created in missing:
        created.chmod(0o700)


def program_version() -> str:
    """azil's installed version (the bundle carries its metadata too); "unknown" for a
    checkout on PYTHONPATH that was never installed."""
    try:
        return version("azil")
    except PackageNotFoundError:
        return "unknown"
