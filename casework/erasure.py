"""Erasing a client's personal data: clients are asylum seekers, their data can endanger them.

The client row stays (cases, deadlines and statistics keep their shape) but every
personal field is cleared and the name becomes "[obrisano]"; family rows are deleted;
free text that may tell the client's story (event notes, drafting text, reasons) is
cleared; generated files are deleted from disk and their rows kept without a path; the
old and new values in the audit log about the client and their cases are blanked. One
anonymous audit entry remains: who erased which client id, and when.

On SQLite the erase runs with `secure_delete` and truncates the write-ahead log, so the
old values do not linger in the file. Backups taken earlier still hold them.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from casework import N_, CaseworkError, Problem
from casework.audit_chain import ERASED  # the chain accepts exactly this blank
from casework.db import session_factory
from casework.documents import case_folder_path
from casework.models import (
    AuditEntry,
    Case,
    CaseStatus,
    Client,
    Deadline,
    Document,
    Event,
    OutboxMail,
    utcnow,
)
from casework.permissions import Action
from casework.services import CLIENT_FIELDS, Casework

_BOOLEAN_FIELDS = frozenset(
    {"unaccompanied_minor", "vulnerability_medical", "vulnerability_trauma"}
)


class ErasureError(CaseworkError):
    """The client cannot be erased (yet); the message says what to do first."""

    exit_code = 2


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did, without personal data."""

    client_id: int
    case_ids: tuple[int, ...]
    family_deleted: int
    documents: int
    files_deleted: int
    files_left: tuple[str, ...]  # files that could not be deleted (say so to the user)
    audit_blanked: int
    # PostgreSQL: the vacuum that drops the old row versions holding the erased values ran
    # (None: not PostgreSQL; False: this login does not own the tables, autovacuum will).
    vacuumed: bool | None = None


def erase_client(cw: Casework, client_id: int) -> ErasureReport:
    """Erase one client's personal data (lawyers and admins only; open cases refused)."""
    factory = session_factory(cw.url)
    with factory() as s:
        sqlite = s.get_bind().dialect.name == "sqlite"
        try:
            if sqlite:
                s.execute(text("PRAGMA secure_delete=ON"))  # zero what is overwritten
            report, files = _erase(cw, s, client_id)
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            if sqlite:
                s.execute(text("PRAGMA secure_delete=OFF"))
                s.commit()
        if sqlite:
            # Old page images live on in the WAL file until a checkpoint truncates it.
            with contextlib.suppress(Exception):
                s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
                s.commit()
    deleted, left = _delete_files(files, report.case_ids)
    return ErasureReport(
        report.client_id, report.case_ids, report.family_deleted, report.documents,
        deleted, tuple(left), report.audit_blanked, _vacuum(factory),
    )  # fmt: skip


# Every table an erasure changes: their old row versions still hold what was erased.
_ERASED_TABLES = ("client", "family_member", "case_file", "event", "deadline", "document",
                  "audit_entry", "outbox_mail")  # fmt: skip


def _vacuum(factory: sessionmaker[Session]) -> bool | None:
    """On PostgreSQL an UPDATE leaves the old row version on disk until a vacuum drops it
    (issue 13: erasure ends with one). VACUUM runs outside a transaction and only for the
    tables' owner; an office login that is not says so, and the server's autovacuum will."""
    eng = factory.kw["bind"]
    if eng.dialect.name != "postgresql":
        return None
    with factory() as s:
        owner = s.scalar(
            text(
                "SELECT bool_and(pg_has_role(current_user, tableowner, 'USAGE')) "
                "FROM pg_tables WHERE schemaname = current_schema() AND tablename = ANY(:t)"
            ),
            {"t": list(_ERASED_TABLES)},
        )
    if not owner:
        return False
    with eng.connect() as raw:
        raw = raw.execution_options(isolation_level="AUTOCOMMIT")
        for table in _ERASED_TABLES:
            raw.exec_driver_sql(f"VACUUM {table}")
        return True


def _erase(cw: Casework, s: Session, client_id: int) -> tuple[ErasureReport, list[Path]]:
    cw._require(s, Action.CLIENT_ERASE, Problem(N_("erase a client's data")))
    client = cw._get(s, Client, client_id)
    if client.erased:
        raise ErasureError(N_("client {id}'s personal data is already erased"), id=client_id)
    cases = list(s.scalars(select(Case).where(Case.client_id == client_id).order_by(Case.id)))
    still_open = [c.id for c in cases if c.status == CaseStatus.OPEN.value]
    if still_open:
        ids = ", ".join(str(i) for i in still_open)
        raise ErasureError(
            N_(
                "client {id} has open case(s) {ids}: their deadlines would lose their owner's "
                "name; close them first (azil case edit {first} --status closed)"
            ),
            id=client_id,
            ids=ids,
            first=still_open[0],
        )
    case_ids = tuple(c.id for c in cases)
    names = [n for n in (client.name_latin, client.name_original) if n]

    for key in CLIENT_FIELDS:
        setattr(client, key, False if key in _BOOLEAN_FIELDS else None)
    client.name_latin = ERASED
    client.erased = True
    client.updated_by = cw.actor_name
    client.updated_at = utcnow()
    family = len(client.family)
    client.family.clear()
    s.flush()

    files: list[Path] = []
    documents = 0
    if case_ids:
        for case in cases:
            case.drafting = {}
            case.updated_by = cw.actor_name
            case.updated_at = utcnow()
        s.execute(update(Event).where(Event.case_id.in_(case_ids)).values(note=None))
        s.execute(
            update(Deadline)
            .where(Deadline.case_id.in_(case_ids), Deadline.status_reason.is_not(None))
            .values(status_reason=ERASED)
            .execution_options(synchronize_session=False)
        )
        for doc in s.scalars(select(Document).where(Document.case_id.in_(case_ids))):
            if doc.path:
                files.append(Path(doc.path))
                # its PDF is made beside it, named after it, wherever --out put them both
                # (issue 13: a PDF outside the case folder survived the erasure)
                files.extend(Path(doc.path).parent.glob(f"{Path(doc.path).stem}*.pdf"))
            doc.path = ""
            documents += 1

    about_client = (AuditEntry.entity == "client") & (AuditEntry.entity_id == client_id)
    scope = or_(about_client, AuditEntry.case_id.in_(case_ids)) if case_ids else about_client
    carrying = scope & (AuditEntry.old.is_not(None) | AuditEntry.new.is_not(None))
    if s.get_bind().dialect.name == "postgresql":
        # The log is append-only for the office's logins (casework.team); the one change
        # erasure makes to it goes through a function that can write nothing but the mark.
        entry_ids = list(s.scalars(select(AuditEntry.id).where(carrying)))
        blanked = int(s.scalar(text("SELECT azil_blank_audit(:ids)"), {"ids": entry_ids}) or 0)
    else:
        blanked = 0
        for entry in s.scalars(select(AuditEntry).where(carrying)):
            entry.old = ERASED if entry.old is not None else None
            entry.new = ERASED if entry.new is not None else None
            blanked += 1

    # Digests not yet sent may name the client.
    for mail in s.scalars(select(OutboxMail).where(OutboxMail.sent_at.is_(None))):
        body = mail.body
        for name in names:
            body = body.replace(name, ERASED)
        mail.body = body

    s.info.setdefault("azil.changed", set()).update({"client", "case", "document"})
    s.add(
        AuditEntry(
            at=utcnow(), actor=cw.actor_name, action="erase", entity="client",
            entity_id=client_id, case_id=None, field=None, old=None,
            new="personal data erased" + (f" (cases {', '.join(map(str, case_ids))})"
                                          if case_ids else ""),
        )
    )  # fmt: skip
    report = ErasureReport(client_id, case_ids, family, documents, 0, (), blanked)
    return report, files


def _delete_files(files: list[Path], case_ids: tuple[int, ...]) -> tuple[int, list[str]]:
    """Delete the recorded files and the cases' folders; list what could not be deleted."""
    deleted = 0
    left: list[str] = []
    for path in files:
        try:
            path.unlink()
            deleted += 1
        except FileNotFoundError:
            pass
        except OSError:
            left.append(str(path))
    for case_id in case_ids:
        folder = case_folder_path(case_id)
        if not folder.exists():
            continue
        for p in sorted(folder.rglob("*"), key=lambda x: len(x.parts), reverse=True):
            try:
                if p.is_dir() and not p.is_symlink():
                    p.rmdir()
                else:
                    p.unlink()
                    deleted += 1
            except OSError:
                left.append(str(p))
        with contextlib.suppress(OSError):
            folder.rmdir()
    return deleted, left
