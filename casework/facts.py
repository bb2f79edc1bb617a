"""Facts change, deadlines follow (DOMAIN.md principle 3).

One function derives, from a case's events, procedure and the office's closure days,
every deadline the law opens, and brings the stored deadlines in line with it: a new one
is created, an open one whose date or rule changed is recomputed, an open one that no
longer applies is waived with the reason. Every path that changes a fact (an event
recorded, corrected or withdrawn, an outcome filled in, the procedure changed, a closure
day added or removed) calls it, so no open deadline keeps a date computed from facts
that are no longer true. The person is told each change, old -> new, and the audit log
keeps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

import rules
from casework.models import Case, Deadline, DeadlineStatus, Event, utcnow
from rules.vocabulary import EventKind, Outcome, Procedure

if TYPE_CHECKING:
    from casework.usecases.base import CaseworkBase

ALL_BODIES = "all"  # a closure day of every authority and court
# The reason a deadline is waived when the facts stop opening it; the same facts coming
# back (the outcome corrected again) reopen that very deadline, with its history.
NO_LONGER_APPLIES = "no longer applies: "


@dataclass(frozen=True)
class DeadlineChange:
    """A deadline whose due date or rule changed with the facts (shown, and audited).

    `old_due` is None for a deadline the change created, `new_due` None for one that no
    longer applies (it was waived). `old_rule_id` is set where the rule itself changed
    (e.g. the outcome turned a 15-day appeal into an 8-day one).
    """

    deadline_id: int
    case_id: int
    rule_id: str
    old_due: dt.date | None
    new_due: dt.date | None
    old_rule_id: str | None = None

    def line(self) -> str:
        """`RULE: OLD -> NEW`, the form scripts read (issue 9)."""
        old = self.old_due.isoformat() if self.old_due else "none"
        new = self.new_due.isoformat() if self.new_due else "none"
        return f"{self.rule_id}: {old} -> {new}"


@dataclass
class Synced:
    """What bringing a case's deadlines in line with its facts did."""

    created: list[Deadline]
    changes: list[DeadlineChange]


def closures_for(rule_id: str, closures: Sequence[tuple[dt.date, str]]) -> list[dt.date]:
    """The closure days that count for this rule: its own body's and those of every body."""
    body = rules.get_rule(rule_id).body.value
    return [day for day, which in closures if which in (ALL_BODIES, body)]


def apply_computed(row: Deadline, computed: rules.Deadline) -> None:
    """Copy an engine result onto a stored deadline (the reasoning in both languages)."""
    trig = computed.trigger
    due = computed.due
    unext = computed.unextended
    row.rule_id = computed.rule_id
    row.trigger = trig.date() if isinstance(trig, dt.datetime) else trig
    row.trigger_time = trig.time() if isinstance(trig, dt.datetime) else None
    row.due = due.date() if isinstance(due, dt.datetime) else due
    row.due_time = due.time() if isinstance(due, dt.datetime) else None
    row.unextended = unext.date() if isinstance(unext, dt.datetime) else unext
    row.safe_date = computed.safe_date
    row.remedy_opens = computed.remedy_opens
    row.extended = computed.extended
    row.binds = computed.binds
    row.basis = computed.basis
    row.confidence = computed.confidence.value
    row.outcome_unknown = computed.outcome_unknown
    row.explanation = [
        {"date": step.iso(), "sr": step.text("sr"), "en": step.text("en")}
        for step in computed.steps
    ]


def due_text(d: Deadline) -> str:
    """The due date as the audit log keeps it (with the time and the safe date)."""
    text = d.due.isoformat()
    if d.due_time is not None:
        text += "T" + d.due_time.strftime("%H:%M")
    if d.safe_date is not None:
        text += f" (safe {d.safe_date.isoformat()})"
    return text


def _event_trigger(ev: Event, rule: rules.Rule) -> dt.date | None:
    """Day 0 from the event: its date, with its time for an hour rule (None: no time)."""
    if rule.unit is rules.Unit.HOURS:
        if ev.at_time is None:
            return None
        return dt.datetime.combine(ev.occurred_on, ev.at_time)
    return ev.occurred_on


def _ended_by(
    events: Sequence[Event], rule: rules.Rule, trigger: dt.date
) -> tuple[Event, str] | None:
    """An event already recorded that fulfils (done) or moots (waived) a deadline
    starting on `trigger`, with the status it gives."""
    day = trigger.date() if isinstance(trigger, dt.datetime) else trigger
    for ev in events:
        status = rule.ended_by(ev.kind)
        if status is not None and ev.occurred_on >= day:
            return ev, status
    return None


def sync_case(
    cw: CaseworkBase,
    s: Session,
    case: Case,
    why: str,
    today: dt.date | None = None,
    strict: bool = True,
) -> Synced:
    """Bring the case's deadlines in line with its facts; `why` goes into the audit log.

    `strict` (a change the person makes to this case): a deadline the engine cannot count
    refuses the change. Not strict (a closure day, a new legal model, over many cases):
    such a deadline is left as it was, so one old case cannot block the office.
    """
    today = today or dt.date.today()
    closures = cw.closures(s)
    procedure = Procedure(case.procedure)
    events = list(
        s.scalars(
            select(Event).where(Event.case_id == case.id).order_by(Event.occurred_on, Event.id)
        )
    )
    rows = list(
        s.scalars(
            select(Deadline)
            .where(Deadline.case_id == case.id, Deadline.event_id.is_not(None))
            .order_by(Deadline.id)
        )
    )
    by_id = {row.id: row for row in rows}

    def key_of(row: Deadline) -> tuple[int | None, str | None, str]:
        parent = by_id.get(row.parent_id) if row.parent_id is not None else None
        return (
            row.event_id,
            rules.slot(parent.rule_id) if parent else None,
            rules.slot(row.rule_id),
        )

    stored: dict[tuple[int | None, str | None, str], list[Deadline]] = {}
    for row in rows:
        stored.setdefault(key_of(row), []).append(row)
    for found in stored.values():
        # An open one first: it is the one the facts can still move.
        found.sort(key=lambda r: (r.status != DeadlineStatus.OPEN.value, r.id))
    # A person's own decisions (done, waived with a reason, missed) stay as they are; a
    # deadline only the facts had waived can be reopened by the facts.
    reopenable = {
        r.id
        for r in rows
        if r.status == DeadlineStatus.WAIVED.value
        and (r.status_reason or "").startswith(NO_LONGER_APPLIES)
    }

    result = Synced([], [])
    matched: set[int] = set()
    for ev in events:
        outcome = Outcome(ev.outcome) if ev.outcome is not None else None
        plan = rules.plan_event(EventKind(ev.kind), procedure, outcome, ev.missed_rule)
        done: dict[str, tuple[rules.Deadline, Deadline]] = {}
        for planned in plan:
            rule = planned.rule
            parent = done.get(planned.parent) if planned.parent else None
            key = (
                ev.id,
                rules.slot(planned.parent) if planned.parent else None,
                rules.slot(rule.id),
            )
            if planned.parent and parent is None:
                # Its parent could not be counted (not strict): leave it as stored too.
                matched.update(r.id for r in stored.get(key, []))
                continue
            trigger = parent[0].due if parent else _event_trigger(ev, rule)
            if trigger is None or (
                rule.limit is not None and rule.limit.required and ev.missed_on is None
            ):
                # A fact it needs is missing (a time, a missed day): what is stored stays.
                matched.update(r.id for r in stored.get(key, []))
                continue
            try:
                computed = rules.compute(
                    rule.id,
                    trigger,
                    closures_for(rule.id, closures),
                    procedure=procedure,
                    missed=ev.missed_on,
                    after=parent[0] if parent else None,
                    outcome_unknown=planned.outcome_unknown,
                    procedure_unknown=planned.procedure_unknown,
                )
            except rules.RulesError:
                if strict:
                    raise
                # Left as stored (e.g. a date before the verified calendar): not waived.
                matched.update(r.id for r in stored.get(key, []))
                continue
            existing = next((r for r in stored.get(key, []) if r.id not in matched), None)
            if existing is None:
                row = _create(
                    cw, s, case, ev, computed, parent[1] if parent else None, events, today
                )
                result.created.append(row)
                if row.status == DeadlineStatus.OPEN.value:
                    result.changes.append(
                        DeadlineChange(row.id, case.id, row.rule_id, None, row.due)
                    )
            else:
                row = existing
                matched.add(row.id)
                if row.id in reopenable:
                    cw._set_status(row, DeadlineStatus.OPEN.value, f"applies again: {why}")
                    cw._audit(s, "reopen", "deadline", row.id, case.id, "status", "waived",
                              f"open (applies again: {why})")  # fmt: skip
                    _update(cw, s, row, computed, why)
                    result.changes.append(
                        DeadlineChange(row.id, case.id, row.rule_id, None, row.due)
                    )
                    done[rule.id] = (computed, row)
                    continue
                change = _update(cw, s, row, computed, why)
                if change is not None:
                    result.changes.append(change)
            done[rule.id] = (computed, row)
    for row in rows:
        if row.id in matched or row.status != DeadlineStatus.OPEN.value:
            continue
        # The facts no longer open this deadline (a grant, another procedure, ...).
        cw._set_status(row, DeadlineStatus.WAIVED.value, f"{NO_LONGER_APPLIES}{why}")
        cw._audit(s, "mark", "deadline", row.id, case.id, "status", "open",
                  f"waived ({NO_LONGER_APPLIES}{why})")  # fmt: skip
        result.changes.append(DeadlineChange(row.id, case.id, row.rule_id, row.due, None))
    return result


def _create(
    cw: CaseworkBase,
    s: Session,
    case: Case,
    ev: Event,
    computed: rules.Deadline,
    parent: Deadline | None,
    events: Sequence[Event],
    today: dt.date,
) -> Deadline:
    rule = rules.get_rule(computed.rule_id)
    row = Deadline(
        case_id=case.id,
        rule_id=rule.id,
        event_id=ev.id,
        parent_id=parent.id if parent is not None else None,
        status=DeadlineStatus.OPEN.value,
        updated_by=cw.actor_name,
    )
    apply_computed(row, computed)
    # Principle 5: a party's deadline already past when its event is recorded is overdue
    # at once (the list offers restoration), not shown as if it were still running.
    row.recorded_late = rule.binds is rules.Binds.PARTY and row.due < today
    s.add(row)
    s.flush()
    cw._audit(s, "create", "deadline", row.id, case.id, "due", None, due_text(row))
    ended = _ended_by([e for e in events if e.id != ev.id], rule, computed.trigger)
    if ended is not None:
        by, status = ended
        reason = f"{by.kind} recorded on {by.occurred_on.isoformat()}"
        if status == DeadlineStatus.WAIVED.value:
            reason = f"moot: {reason}"
        cw._set_status(row, status, reason)
        row.closed_by_event_id = by.id
        if by.occurred_on <= row.due:
            row.recorded_late = False
        cw._audit(s, "close", "deadline", row.id, case.id, "status", "open", status)
    return row


def _update(
    cw: CaseworkBase, s: Session, row: Deadline, computed: rules.Deadline, why: str
) -> DeadlineChange | None:
    """Recompute an open deadline; the change when its date or rule moved."""
    if row.status != DeadlineStatus.OPEN.value:
        return None
    old_rule, old_due, old_text = row.rule_id, row.due, due_text(row)
    apply_computed(row, computed)
    if row.rule_id == old_rule and due_text(row) == old_text:
        return None
    row.updated_by = cw.actor_name
    row.updated_at = utcnow()
    if row.rule_id != old_rule:
        cw._audit(s, "recompute", "deadline", row.id, row.case_id, "rule", old_rule,
                  f"{row.rule_id} ({why})")  # fmt: skip
    cw._audit(s, "recompute", "deadline", row.id, row.case_id, "due", old_text,
              f"{due_text(row)} ({why})")  # fmt: skip
    return DeadlineChange(
        row.id,
        row.case_id,
        row.rule_id,
        old_due,
        row.due,
        old_rule if row.rule_id != old_rule else None,
    )
