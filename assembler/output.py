"""Writing files that never overwrite, never appear half-written, and only the owner reads.

Client data endangers clients: files are created 0600 and folders 0700.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from assembler.errors import OutputError
from assembler.translit import to_latin

_FOLD = str.maketrans({"đ": "dj", "Đ": "Dj", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"})


# A file name's part from text stays well under every file system's 255-byte limit, with
# room for the rest of the name and a version (issue 13: one 10,000-character word gave
# "File name too long" on every later render).
MAX_SLUG = 60


def slug(text: str, max_words: int = 4, max_chars: int = MAX_SLUG) -> str:
    """ASCII file-name part from Serbian text (either script): "Žalba" -> "zalba"; at
    most `max_words` words and `max_chars` characters, whatever the words' length."""
    folded = unicodedata.normalize("NFKD", to_latin(text).translate(_FOLD))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)[:max_words]
    return "-".join(words)[:max_chars].rstrip("-")


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (and parents) for the owner only; existing folders stay as they are."""
    try:
        missing = [p for p in (path, *path.parents) if not p.exists()]
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        for created in missing:
            created.chmod(0o700)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {path}: {exc.strerror}") from exc
    if not path.is_dir():
        raise OutputError(f"the output path {path} is not a folder")
    return path


def _claim(tmp: Path, final: Path) -> bool:
    """Give `tmp` the name `final` unless that name exists; True when it worked.

    A hard link is atomic and exclusive: the name appears with the whole content or
    not at all. Where links are impossible, the name is reserved by an exclusive create
    and the finished file renamed over the reservation.
    """
    try:
        os.link(tmp, final)
    except FileExistsError:
        return False
    except OSError:
        try:
            fd = os.open(final, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return False
        os.close(fd)
        tmp.replace(final)
        return True
    tmp.unlink()
    return True


def write_new_version(data: bytes, out_dir: Path, stem: str, suffix: str) -> Path:
    """Write `data` as `<stem>_v<N><suffix>` in `out_dir`, N one above any existing version."""
    ensure_private_dir(out_dir)
    pattern = re.compile(re.escape(stem) + r"_v(\d+)" + re.escape(suffix) + "$")
    existing = [int(m.group(1)) for p in out_dir.iterdir() if (m := pattern.match(p.name))]
    version = max(existing, default=0) + 1
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".azil-", suffix=".part", dir=out_dir)
    except OSError as exc:
        raise OutputError(f"cannot write into {out_dir}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        while True:
            final = out_dir / f"{stem}_v{version}{suffix}"
            if _claim(tmp, final):
                return final
            version += 1
    except OSError as exc:
        raise OutputError(f"cannot write {stem}{suffix} into {out_dir}: {exc.strerror}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def default_stem(title_sr: str, client_name: object, on: object) -> str:
    """`zalba_ahmadi-karim_2026-11-26`: what, for whom, which day."""
    what = slug(title_sr, max_words=1) or "dokument"
    who = slug(client_name, max_words=4) if isinstance(client_name, str) else ""
    day = on if isinstance(on, dt.date) else dt.date.today()
    return f"{what}_{who or 'klijent'}_{day.isoformat()}"
