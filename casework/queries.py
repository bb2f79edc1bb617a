"""Reading the case file for lists: the deadline rows every screen and the command line
show, the case and client queries, and their search keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

import rules
from casework.models import (
    Case,
    Client,
    Deadline,
    DeadlineStatus,
    Staff,
)
from casework.search import fold
from casework.urgency import Urgency, act_by, overdue_remedy, urgency


class DeadlineRow(NamedTuple):
    """One line of the upcoming-deadlines list, with what a person needs to act on it.

    A named tuple: immutable, and cheap to build for every open deadline of the office.
    """

    id: int
    case_id: int
    client_name: str
    client_name_original: str | None
    procedure: str
    rule_id: str
    rule_name_sr: str
    rule_name_en: str
    due: dt.date
    due_time: dt.time | None
    safe_date: dt.date | None
    status: str
    binds: str
    confidence: str
    basis: str  # as Serbian courts cite it; basis_en in English
    lawyer: str | None
    lawyer_active: bool
    has_draft: bool
    days_left: int
    remedy_sr: str | None = None
    remedy_en: str | None = None
    # Steps of the reasoning: filled for one case's deadlines; see Casework.explanation.
    explanation: Sequence[dict[str, str]] = ()
    version: int = 0  # pass back as expected_version when marking the deadline
    basis_en: str = ""
    remedy_opens: dt.date | None = None  # authority deadlines: the day the remedy lies
    outcome_unknown: bool = False  # the shortest appeal was taken: record the outcome
    procedure_unknown: bool = False  # the shortest was taken: record the asylum procedure
    recorded_late: bool = False  # already past when its event was recorded
    urgency: Urgency = Urgency.LATER
    # Who closed it (done, waived, missed) or reopened it, when, and why: the row's details.
    status_by: str | None = None
    status_at: dt.datetime | None = None
    status_reason: str | None = None

    @property
    def effective_date(self) -> dt.date:
        """The date to act by: the safe date of a party's deadline, else the due date."""
        return act_by(self.due, self.safe_date, self.binds)

    def basis_text(self, lang: str) -> str:
        return self.basis_en if lang == "en" and self.basis_en else self.basis

    def remedy(self, lang: str) -> str | None:
        return self.remedy_en if lang == "en" else self.remedy_sr

    def to_json(self, lang: str = "sr") -> dict[str, Any]:
        """A stable JSON shape for scripts (`basis` in the chosen language)."""
        return {
            "id": self.id,
            "case": self.case_id,
            "client": self.client_name,
            "client_original": self.client_name_original,
            "procedure": self.procedure,
            "rule": self.rule_id,
            "rule_name": {"sr": self.rule_name_sr, "en": self.rule_name_en},
            "due": self.due.isoformat()
            + (f"T{self.due_time.strftime('%H:%M')}" if self.due_time else ""),
            "safe_date": self.safe_date.isoformat() if self.safe_date else None,
            "remedy_opens": self.remedy_opens.isoformat() if self.remedy_opens else None,
            "days_left": self.days_left,
            "urgency": self.urgency.value,
            "status": self.status,
            "binds": self.binds,
            "confidence": self.confidence,
            "verify_legal_basis": self.confidence == "L",
            "basis": self.basis_text(lang),
            "lawyer": self.lawyer,
            "lawyer_active": self.lawyer_active,
            "has_draft": self.has_draft,
            "outcome_unknown": self.outcome_unknown,
            "procedure_unknown": self.procedure_unknown,
            "recorded_late": self.recorded_late,
            "remedy": {"sr": self.remedy_sr, "en": self.remedy_en} if self.remedy_sr else None,
        }


def case_query() -> Select[Case]:
    return select(Case).options(
        selectinload(Case.client).selectinload(Client.family),
        selectinload(Case.lawyer),
        selectinload(Case.events),
        selectinload(Case.deadlines),
        selectinload(Case.documents),
    )


ROW_COLUMNS = (
    Deadline.id,
    Deadline.case_id,
    Deadline.rule_id,
    Deadline.due,
    Deadline.due_time,
    Deadline.safe_date,
    Deadline.status,
    Deadline.binds,
    Deadline.confidence,
    Deadline.basis,
    Deadline.has_draft,
    Deadline.version,
    Case.procedure,
    Client.name_latin,
    Client.name_original,
    Staff.name,
    Staff.active,
    Deadline.remedy_opens,
    Deadline.outcome_unknown,
    Deadline.recorded_late,
    Deadline.status_by,
    Deadline.status_at,
    Deadline.status_reason,
)
_WITH_EXPLANATION = len(ROW_COLUMNS)  # where the explanation follows, when asked for


def deadline_rows(
    rows: Sequence[tuple[Any, ...]], today: dt.date, with_explanation: bool = False
) -> list[DeadlineRow]:
    """List rows from plain tuples of `ROW_COLUMNS` (then the explanation, if asked):
    the one place the team's list, a case's list and the reminders build their rows, so
    urgency, remedy and basis are decided once (positional: this runs for every row)."""
    out: list[DeadlineRow] = []
    rule_of: dict[str, rules.Rule] = {}
    open_ = DeadlineStatus.OPEN.value
    party = rules.Binds.PARTY.value
    now = dt.datetime.now()
    for r in rows:
        (ident, case_id, rule_id, due, due_time, safe, status, binds, confidence, _basis,
         has_draft, version, procedure, name, original, lawyer, active, opens, unknown,
         late, closed_by, closed_at, closed_why) = r[:_WITH_EXPLANATION]  # fmt: skip
        rule = rule_of.get(rule_id)
        if rule is None:
            rule = rule_of[rule_id] = rules.get_rule(rule_id)
        level = urgency(due, safe, binds, today, due_time, now)
        remedy_sr = remedy_en = None
        if status == open_ and level is Urgency.REMEDY_OPEN:
            remedy_sr, remedy_en = rule.remedy_sr, rule.remedy_en
        elif status == open_ and level is Urgency.OVERDUE and binds == party:
            remedy_sr, remedy_en = overdue_remedy(rule_id, due) or (None, None)
        out.append(
            DeadlineRow(
                id=ident,
                case_id=case_id,
                client_name=name,
                client_name_original=original,
                procedure=procedure,
                rule_id=rule_id,
                rule_name_sr=rule.name_sr,
                rule_name_en=rule.name_en,
                due=due,
                due_time=due_time,
                safe_date=safe,
                status=status,
                binds=binds,
                confidence=confidence,
                basis=rule.basis_text("sr", procedure),
                lawyer=lawyer,
                lawyer_active=bool(active),
                has_draft=has_draft,
                days_left=(due - today).days,
                remedy_sr=remedy_sr,
                remedy_en=remedy_en,
                explanation=(r[_WITH_EXPLANATION] or ()) if with_explanation else (),
                version=version,
                basis_en=rule.basis_text("en", procedure),
                remedy_opens=opens,
                outcome_unknown=bool(unknown),
                procedure_unknown=status == open_ and rules.procedure_unknown(rule_id, procedure),
                recorded_late=bool(late),
                urgency=level,
                status_by=closed_by,
                status_at=closed_at,
                status_reason=closed_why,
            )
        )
    return out


def client_haystack(c: Client) -> str:
    parts = [c.name_latin, c.name_original or "", c.nationality or ""]
    for case in c.cases:
        parts += [case.asylum_office_no or "", case.commission_no or "", case.court_no or "",
                  case.office_ref or ""]  # fmt: skip
    return fold(" | ".join(parts)) + " | " + " | ".join(parts).casefold()


def case_haystack(case: Case) -> str:
    c = case.client
    parts = [c.name_latin, c.name_original or "", c.nationality or "", case.asylum_office_no or "",
             case.commission_no or "", case.court_no or "", case.constitutional_no or "",
             case.office_ref or "", str(case.id)]  # fmt: skip
    return fold(" | ".join(parts)) + " | " + " | ".join(parts).casefold()
