"""Small helpers shared by the command modules: output, date arguments, the Casework handle."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from casework.services import Casework


def open_casework() -> Casework:
    """The case file for this computer's database, migrated to the newest schema first,
    its open deadlines recomputed once if the legal model changed since they were.
    (SQLAlchemy and Alembic are imported here, not when `azil --help` starts.)"""
    from casework import db
    from casework.services import Casework

    db.prepare()
    cw = Casework()
    moved = cw.follow_the_law()
    if moved:
        print(
            f"azil: the legal model changed ({len(moved)} deadline(s) recomputed; see: azil audit)",
            file=sys.stderr,
        )
    return cw


def print_json(obj: Any) -> None:
    """JSON for scripts: UTF-8, not ASCII-escaped, stable key order as built."""
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def _default(x: object) -> str:
    if isinstance(x, dt.datetime):
        return x.isoformat(timespec="minutes")
    if isinstance(x, dt.date | dt.time):
        return x.isoformat()
    raise TypeError(f"cannot write {type(x).__name__} as JSON")


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned text table for terminals."""
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, r, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(x.rstrip() for x in out)
