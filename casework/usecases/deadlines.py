"""Deadlines as the team works them: marked done, waived, missed or reopened (lawyers and
admins), their reminders and reasoning, the list views; documents and the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from casework import N_, Problem
from casework.errors import (
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from casework.models import (
    AuditEntry,
    Case,
    CaseStatus,
    Client,
    Deadline,
    DeadlineStatus,
    Document,
    Staff,
    utcnow,
)
from casework.permissions import Action
from casework.queries import (
    ROW_COLUMNS,
    DeadlineRow,
    case_query,
    deadline_rows,
)
from casework.usecases.base import (
    _CLOSING,
    _NOT_FOUND,
    CaseworkBase,
)
from casework.validation import (
    unknown_choice,
    unknown_staff,
)


class DeadlineUseCases(CaseworkBase):
    """Closing and reading deadlines; documents; the audit log."""

    def mark_deadline(
        self,
        deadline_id: int,
        status: str,
        reason: str | None = None,
        expected_version: int | None = None,
    ) -> Deadline:
        """Mark a deadline done, waived (with a reason) or missed; only lawyers and admins may.

        Two people closing the same deadline: one wins, the other is told who did it.
        """
        if status not in {DeadlineStatus.DONE, DeadlineStatus.WAIVED, DeadlineStatus.MISSED,
                          DeadlineStatus.OPEN}:  # fmt: skip
            raise ValidationError(
                problems=[unknown_choice(N_("status"), status, DeadlineStatus, "status")]
            )
        if status == DeadlineStatus.WAIVED and not (reason and reason.strip()):
            raise ValidationError(N_("waiving a deadline needs a reason (--reason '...')"))
        try:
            with self._tx() as s:
                self._require(s, Action.DEADLINE_CLOSE, Problem(_CLOSING[DeadlineStatus(status)]))
                d = self._get(s, Deadline, deadline_id)
                if expected_version is not None and d.version != expected_version:
                    raise StaleEditError(
                        Problem.of(N_("deadline {id}"), id=deadline_id), d.updated_by, d.updated_at
                    )
                if d.status == status:
                    raise StaleEditError(
                        Problem.of(
                            N_("deadline {id} (already {status})"), id=deadline_id, status=status
                        ),
                        d.status_by,
                        d.status_at,
                    )
                old = d.status
                self._set_status(d, status, reason)
                self._audit(s, "mark", "deadline", d.id, d.case_id, "status", old,
                            f"{status}" + (f" ({reason})" if reason else ""))  # fmt: skip
                return d
        except StaleDataError:
            with self._tx() as s:
                latest = self._get(s, Deadline, deadline_id)
                raise StaleEditError(
                    Problem.of(
                        N_("deadline {id} (now {status})"), id=deadline_id, status=latest.status
                    ),
                    latest.updated_by,
                    latest.updated_at,
                ) from None

    def set_reminder_offsets(self, deadline_id: int, offsets: Sequence[int] | None) -> Deadline:
        """Change when one deadline reminds (None: back to the rule's defaults)."""
        with self._tx() as s:
            d = self._get(s, Deadline, deadline_id)
            old = d.reminder_offsets
            d.reminder_offsets = sorted(set(offsets), reverse=True) if offsets is not None else None
            d.updated_by = self.actor_name
            d.updated_at = utcnow()
            self._audit(s, "update", "deadline", d.id, d.case_id, "reminder_offsets", old,
                        d.reminder_offsets)  # fmt: skip
            return d

    def deadlines(
        self,
        within_days: int | None = None,
        staff: str | None = None,
        status: str | None = DeadlineStatus.OPEN.value,
        case_id: int | None = None,
        today: dt.date | None = None,
        with_explanation: bool | None = None,
    ) -> list[DeadlineRow]:
        """Deadlines by due date (overdue first); for one lawyer's cases or the whole team.

        `within_days` keeps those due up to that many days from today (overdue included).
        The explanation steps come with one case's deadlines (or when asked for); the
        team's list leaves them out, and `explanation(id)` fetches one when it is shown.
        """
        if with_explanation is None:
            with_explanation = case_id is not None
        today = today or dt.date.today()
        with self._tx() as s:
            # Plain columns, not ORM objects: the whole team's list is thousands of rows
            # and is refreshed often (bench/bench_queries.py).
            columns = ROW_COLUMNS + ((Deadline.explanation,) if with_explanation else ())
            q = (
                select(*columns)
                .join(Case, Deadline.case_id == Case.id)
                .join(Client, Case.client_id == Client.id)
                .outerjoin(Staff, Case.lawyer_id == Staff.id)
                .order_by(Deadline.due, Deadline.due_time, Deadline.id)
            )
            if status:
                q = q.where(Deadline.status == status)
            if within_days is not None:
                q = q.where(Deadline.due <= today + dt.timedelta(days=within_days))
            if case_id is not None:
                q = q.where(Deadline.case_id == case_id)
            else:
                # A closed case's leftovers are not the team's work; its own view shows them.
                q = q.where(Case.status == CaseStatus.OPEN.value)
            if staff:
                if s.scalar(select(Staff.id).where(Staff.name == staff)) is None:
                    names = list(s.scalars(select(Staff.name)))
                    raise NotFoundError(problems=[unknown_staff(staff, names)])
                q = q.where(Staff.name == staff)
            rows = s.execute(q).all()
        return deadline_rows(rows, today, with_explanation)

    def explanation(self, deadline_id: int) -> list[dict[str, str]]:
        """One deadline's reasoning steps ({"date", "sr", "en"}), for the row a person opens."""
        with self._tx() as s:
            steps = s.scalar(select(Deadline.explanation).where(Deadline.id == deadline_id))
        if steps is None:
            raise NotFoundError(_NOT_FOUND["Deadline"], id=deadline_id)
        return list(steps)

    def cases_without_open_deadline(self) -> list[Case]:
        """Open cases with no open deadline: how deadlines get forgotten."""
        with self._tx() as s:
            has_open = select(Deadline.case_id).where(Deadline.status == DeadlineStatus.OPEN.value)
            q = case_query().where(Case.status == CaseStatus.OPEN.value, Case.id.not_in(has_open))
            return list(s.scalars(q.order_by(Case.id)).unique())

    def record_document(
        self,
        case_id: int,
        template_id: str,
        path: Path,
        sha256: str,
        draft_rules: Iterable[str] = (),
    ) -> Document:
        """Record a generated file (template, hash, who, when, version).

        The case's open deadlines among `draft_rules` are marked as having a draft
        (generating an appeal marks the appeal deadline).
        """
        with self._tx() as s:
            case = self._get(s, Case, case_id)
            version = 1 + len([d for d in case.documents if d.template_id == template_id])
            doc = Document(
                case_id=case_id,
                template_id=template_id,
                path=str(path),
                sha256=sha256,
                version=version,
                generated_by=self.actor_name,
            )
            s.add(doc)
            s.flush()
            self._audit(s, "generate", "document", doc.id, case_id, "path", None, str(path))
            marks = set(draft_rules)
            for d in case.deadlines:
                if d.rule_id in marks and d.status == DeadlineStatus.OPEN.value and not d.has_draft:
                    d.has_draft = True
                    self._audit(s, "update", "deadline", d.id, case_id, "has_draft", False, True)
            return doc

    def audit(self, case_id: int | None = None, limit: int = 500) -> list[AuditEntry]:
        """The audit history, newest first: of one case, or of the whole office."""
        with self._tx() as s:
            q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if case_id is not None:
                q = q.where(AuditEntry.case_id == case_id)
            return list(s.scalars(q))
