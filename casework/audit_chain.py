"""The audit log as a hash chain: an entry rewritten, removed or slipped in afterwards is
found by `azil audit verify` (issue 13: any database user could rewrite the log unseen).

Each entry, when written, gets its place in the chain (`seq`), a digest of its old and
new values, and `hash = sha256(previous hash + the entry's fields + the digest)`. The
values are covered through their digest so that erasing a client's personal data (which
blanks old and new values in the log, `casework.erasure`) leaves the chain intact; a
blanked entry is accepted only where a later erasure entry in the chain covers it.

Sealing happens as the entries are flushed (a SQLAlchemy `before_flush` hook), in the
order they were added; on PostgreSQL under a transaction-scoped advisory lock so two
desktops append one after the other, and on both databases the unique `seq` refuses a
fork. Entries written before the chain existed are sealed, in id order, first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from casework.db import advisory_lock
from casework.models import AuditEntry

ERASED = "[obrisano]"  # what erasure writes over old/new values (casework.erasure)
_ORDER = itertools.count()


@event.listens_for(AuditEntry, "init")
def _remember_order(target: AuditEntry, _args: Any, _kwargs: Any) -> None:
    """The order entries were added in a transaction (a session keeps new ones unordered)."""
    target.__dict__["_chain_order"] = next(_ORDER)


def content_digest(old: str | None, new: str | None) -> str:
    return hashlib.sha256(json.dumps([old, new], ensure_ascii=False).encode()).hexdigest()


def entry_hash(prev: str, e: AuditEntry) -> str:
    """The hash of an entry: what it says (values through their digest) after `prev`."""
    # in UTC, to the second: the same on SQLite and PostgreSQL whatever the server's zone
    at = e.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S") if e.at is not None else ""
    fields = [e.seq, at, e.actor, e.action, e.entity, e.entity_id, e.case_id, e.field, e.digest]
    body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + body).encode()).hexdigest()


def _last(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.hash)
        .where(AuditEntry.seq.is_not(None))
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    if row is None or row[0] is None:
        return 0, ""
    return int(row[0]), str(row[1] or "")


@event.listens_for(Session, "before_flush")
def _seal(session: Session, _context: Any, _instances: Any) -> None:
    new = [o for o in session.new if isinstance(o, AuditEntry) and o.seq is None]
    if not new:
        return
    with session.no_autoflush:
        advisory_lock(session.connection(), "azil-audit-chain")
        seq, prev = _last(session)
        # Only the first sealing takes in the entries from before the chain; once it has
        # begun, an entry without a place was put in by hand and stays out (verify says so).
        older = _unsealed(session) if seq == 0 else []
        new.sort(key=lambda e: e.__dict__.get("_chain_order", 0))
        _link(older + new, seq, prev)


def seal_older(session: Session) -> int:
    """Seal the entries written before the chain began, if it has not begun. The
    administrator's `azil db upgrade` does it: on PostgreSQL the application's logins may
    only append to the log, so the first entry they write could not seal the older ones."""
    with session.no_autoflush:
        advisory_lock(session.connection(), "azil-audit-chain")
        seq, prev = _last(session)
        older = _unsealed(session) if seq == 0 else []
        _link(older, seq, prev)
        return len(older)


def _unsealed(session: Session) -> list[AuditEntry]:
    return list(
        session.scalars(select(AuditEntry).where(AuditEntry.seq.is_(None)).order_by(AuditEntry.id))
    )


def _link(entries: list[AuditEntry], seq: int, prev: str) -> None:
    for e in entries:
        seq += 1
        e.seq = seq
        e.digest = content_digest(e.old, e.new)
        e.prev_hash = prev
        e.hash = prev = entry_hash(prev, e)


@dataclass(frozen=True)
class Break:
    """Where the chain does not hold, and why (in English; the CLI prints it)."""

    seq: int | None
    entry_id: int
    why: str


def _erased_scopes(entries: list[AuditEntry]) -> Iterator[tuple[int, int | None, set[int]]]:
    """(seq, client id, case ids) of each erasure recorded in the chain."""
    for e in entries:
        if e.action == "erase" and e.entity == "client" and e.seq is not None:
            found = re.search(r"\(cases ([\d, ]+)\)", e.new or "")
            cases = {int(x) for x in found.group(1).split(",")} if found else set()
            yield e.seq, e.entity_id, cases


def verify(session: Session) -> tuple[int, list[Break]]:
    """Walk the chain in order: (entries checked, every break found)."""
    entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq, AuditEntry.id)))
    sealed = [e for e in entries if e.seq is not None]
    erasures = list(_erased_scopes(sealed))
    breaks: list[Break] = []
    prev, expected = "", 1
    for e in sealed:
        if e.seq != expected:
            breaks.append(Break(e.seq, e.id, f"entry {expected} is missing"))
            expected = e.seq or expected
        if e.prev_hash != prev or entry_hash(prev, e) != e.hash:
            breaks.append(Break(e.seq, e.id, "the entry was changed after it was written"))
        elif e.digest != content_digest(e.old, e.new) and not _erased(e, erasures):
            breaks.append(Break(e.seq, e.id, "its old or new value was changed"))
        prev = e.hash or ""
        expected += 1
    # The first write after the chain began sealed every older entry: an entry without a
    # place beside sealed ones was put into the table by hand.
    for e in entries:
        if e.seq is None and sealed:
            breaks.append(Break(None, e.id, "an entry outside the chain (inserted afterwards)"))
    return len(sealed), breaks


def head(session: Session) -> tuple[int, str]:
    """The chain's last place and hash: noted elsewhere (a backup, a printout), it shows
    later that the chain was not rebuilt from some point on."""
    return _last(session)


def _erased(e: AuditEntry, erasures: list[tuple[int, int | None, set[int]]]) -> bool:
    """A value blanked by a later erasure of its client (allowed: personal data goes)."""
    blanked = e.old in (None, ERASED) and e.new in (None, ERASED)
    return blanked and any(
        seq > (e.seq or 0)
        and ((e.entity == "client" and e.entity_id == client) or e.case_id in cases)
        for seq, client, cases in erasures
    )
