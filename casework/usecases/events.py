"""Facts that start, move and close deadlines: events (recorded, corrected, withdrawn)
and closure days; each recomputes what it touches and reports what moved."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import rules
from casework import N_, Problem
from casework.errors import (
    DuplicateEventError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from casework.facts import ALL_BODIES, DeadlineChange, sync_case
from casework.models import (
    Case,
    ClosureDay,
    Deadline,
    DeadlineStatus,
    Event,
    Setting,
    Stage,
    event_identity,
    utcnow,
)
from casework.permissions import Action
from casework.usecases.base import (
    CaseworkBase,
    EventResult,
)
from casework.validation import (
    check_act_date,
    check_enum,
    check_facts,
    unknown_choice,
)
from rules.vocabulary import EventKind, Outcome, Procedure

# The stage a delivered decision opens: the remedy against it (issue 12: recording a
# decision left the case at the stage before, and its number had to be typed again).
_STAGE_OPENED: dict[EventKind, Stage] = {
    EventKind.DECISION_DELIVERED: Stage.APPEAL,
    EventKind.DISCONTINUATION_DELIVERED: Stage.APPEAL,
    EventKind.APPEAL_FILED: Stage.APPEAL,
    EventKind.COMMISSION_DECISION_DELIVERED: Stage.ADMINISTRATIVE_COURT,
    EventKind.LAWSUIT_FILED: Stage.ADMINISTRATIVE_COURT,
    EventKind.JUDGMENT_DELIVERED: Stage.CONSTITUTIONAL_COURT,
    EventKind.CONSTITUTIONAL_APPEAL_FILED: Stage.CONSTITUTIONAL_COURT,
    EventKind.APPLICATION_LODGED: Stage.FIRST_INSTANCE,
}
# Which of the case's numbers a decision's act number is.
_NUMBER_OF: dict[EventKind, str] = {
    EventKind.DECISION_DELIVERED: "asylum_office_no",
    EventKind.DISCONTINUATION_DELIVERED: "asylum_office_no",
    EventKind.COMMISSION_DECISION_DELIVERED: "commission_no",
    EventKind.JUDGMENT_DELIVERED: "court_no",
}


class EventUseCases(CaseworkBase):
    """Facts that start, move and close deadlines."""

    def record_event(
        self,
        case_id: int,
        kind: str,
        on: dt.date,
        at_time: dt.time | None = None,
        reference: str | None = None,
        act_date: dt.date | None = None,
        note: str | None = None,
        today: dt.date | None = None,
        outcome: str | None = None,
        missed_on: dt.date | None = None,
        missed_rule: str | None = None,
    ) -> EventResult:
        """Record what happened; create the deadlines it opens and close those it fulfils.

        A first-instance decision's `outcome` picks its appeal (without it, the shortest
        period any outcome could give); a restoration's `missed_on` sets its absolute
        limit. The same event recorded twice (same case, kind, date and act number) is
        refused. Nothing is stored when a deadline cannot be computed (a date before
        2012, a registration without the time the 72-hour rule needs).
        """
        try:
            event_kind = EventKind(kind)
        except ValueError:
            raise ValidationError(
                problems=[unknown_choice(N_("event kind"), kind, EventKind, "kind")]
            ) from None
        today = today or dt.date.today()
        if on > today:
            raise ValidationError(
                N_("an event cannot be recorded in the future ({day}); check the date"),
                day=on.isoformat(),
            )
        outcome_value = check_facts(event_kind, outcome, missed_on, missed_rule, today)
        check_act_date(act_date, on)
        with self._tx() as s:
            # One writer per case at a time: two people recording the same delivery at
            # once must not both pass the duplicate check (PostgreSQL row lock; SQLite
            # serialises writers anyway).
            case = s.scalar(select(Case).where(Case.id == case_id).with_for_update())
            if case is None:
                raise NotFoundError(N_("no case with id {id} (see: azil case list)"), id=case_id)
            procedure = Procedure(case.procedure)
            triggered = rules.rules_triggered_by(event_kind, procedure)
            if at_time is None and any(r.unit == rules.Unit.HOURS for r in triggered):
                hour_rules = ", ".join(r.id for r in triggered if r.unit == rules.Unit.HOURS)
                raise ValidationError(
                    N_("{rules} counts hours: give the time of the {kind} (e.g. --time 14:30)"),
                    rules=hour_rules,
                    kind=kind,
                )
            ev = Event(
                case_id=case.id,
                kind=event_kind.value,
                occurred_on=on,
                at_time=at_time,
                reference=reference,
                act_date=act_date,
                outcome=outcome_value,
                missed_on=missed_on,
                missed_rule=missed_rule,
                note=note,
                recorded_by=self.actor_name,
            )
            s.add(ev)
            _store_event(s, ev, self._factory)
            self._audit(s, "create", "event", ev.id, case.id, "kind", None, f"{kind} {on}")
            self._follow_the_event(s, case, event_kind, outcome_value, reference)
            closed = self._close_fulfilled(s, case, event_kind, ev)
            synced = sync_case(self, s, case, f"{kind} {on} recorded", today)
            created = tuple(d for d in synced.created if d.event_id == ev.id)
            others = [c for c in synced.changes if c.old_due is not None]
            return EventResult(ev, created, tuple(closed), tuple(others))

    def _follow_the_event(
        self,
        s: Session,
        case: Case,
        kind: EventKind,
        outcome: Outcome | None,
        reference: str | None,
    ) -> None:
        """A decision moves the case to the stage it opens (forward only: a late entry of
        an older fact never moves a case back) and its number fills the case's number at
        that body when the case has none (a number typed on the case is never replaced)."""
        opens = _STAGE_OPENED.get(kind)
        if kind is EventKind.DECISION_DELIVERED and outcome is Outcome.GRANTED:
            opens = None  # refuge granted: nothing to appeal; the lawyer closes the case
        order = list(Stage)
        current = Stage(case.stage)
        changed = False
        if (
            opens is not None
            and current is not Stage.CLOSED
            and (order.index(opens) > order.index(current))
        ):
            case.stage = opens
            changed = True
            self._audit(s, "update", "case", case.id, case.id, "stage", current.value,
                        opens.value)  # fmt: skip
        number_field = _NUMBER_OF.get(kind)
        if number_field and reference and not getattr(case, number_field):
            setattr(case, number_field, reference)
            changed = True
            self._audit(s, "update", "case", case.id, case.id, number_field, None, reference)
        if changed:  # an untouched case keeps its version: a colleague's open form stays valid
            case.updated_by = self.actor_name

    def _close_fulfilled(
        self, s: Session, case: Case, kind: EventKind, ev: Event
    ) -> list[Deadline]:
        """Open deadlines this event fulfils (done) or makes moot (waived, with why)."""
        done: list[Deadline] = []
        for d in s.scalars(
            select(Deadline).where(
                Deadline.case_id == case.id, Deadline.status == DeadlineStatus.OPEN
            )
        ):
            status = rules.get_rule(d.rule_id).ended_by(kind)
            if status is None:
                continue
            reason = f"{kind.value} recorded on {ev.occurred_on.isoformat()}"
            if status == DeadlineStatus.WAIVED.value:
                reason = f"moot: {reason}"
            self._set_status(d, status, reason)
            d.closed_by_event_id = ev.id
            if d.recorded_late and ev.occurred_on <= d.due:
                d.recorded_late = False  # it was met in time after all: recorded late, not late
            self._audit(s, "close", "deadline", d.id, case.id, "status", "open", status)
            done.append(d)
        return done

    def correct_event(
        self,
        event_id: int,
        on: dt.date | None = None,
        at_time: dt.time | None = None,
        reference: str | None = None,
        note: str | None = None,
        expected_version: int | None = None,
        outcome: str | None = None,
        missed_on: dt.date | None = None,
        act_date: dt.date | None = None,
    ) -> list[DeadlineChange]:
        """Correct an event (its date, time, act number and date, outcome, missed day); every
        deadline that depends on it is recomputed (chained ones too) and audited.

        With `expected_version` (what the person saw), a correction made meanwhile by
        someone else is refused with who and when.
        """
        try:
            return self._correct_event(
                event_id, on, at_time, reference, note, expected_version, outcome, missed_on,
                act_date,
            )  # fmt: skip
        except StaleDataError:
            with self._tx() as s:
                ev = self._get(s, Event, event_id)
                raise StaleEditError(
                    Problem.of(N_("event {id}"), id=event_id), ev.updated_by, ev.updated_at
                ) from None

    def _correct_event(
        self,
        event_id: int,
        on: dt.date | None,
        at_time: dt.time | None,
        reference: str | None,
        note: str | None,
        expected_version: int | None,
        outcome: str | None,
        missed_on: dt.date | None,
        act_date: dt.date | None = None,
    ) -> list[DeadlineChange]:
        today = dt.date.today()
        with self._tx() as s:
            ev = self._get(s, Event, event_id)
            if expected_version is not None and ev.version != expected_version:
                raise StaleEditError(
                    Problem.of(N_("event {id}"), id=event_id), ev.updated_by, ev.updated_at
                )
            if on is not None and on > today:
                raise ValidationError(
                    N_("an event cannot lie in the future ({day})"), day=on.isoformat()
                )
            outcome_value = check_facts(
                EventKind(ev.kind), outcome, missed_on, ev.missed_rule, today
            )
            check_act_date(act_date or ev.act_date, on or ev.occurred_on)
            ev.updated_by = self.actor_name
            ev.updated_at = utcnow()
            for key, value in (("occurred_on", on), ("at_time", at_time),
                               ("reference", reference), ("note", note),
                               ("outcome", outcome_value), ("missed_on", missed_on),
                               ("act_date", act_date)):  # fmt: skip
                if value is not None and getattr(ev, key) != value:
                    self._audit(
                        s, "update", "event", ev.id, ev.case_id, key, getattr(ev, key), value
                    )
                    setattr(ev, key, value)
            _store_event(s, ev, self._factory)
            case = self._get(s, Case, ev.case_id)
            why = f"event {ev.id} corrected"
            return sync_case(self, s, case, why, today).changes

    def withdraw_event(
        self, event_id: int, reason: str, expected_version: int | None = None
    ) -> list[Deadline]:
        """Remove an event recorded by mistake; its open deadlines are waived with the reason.

        Lawyers and admins only (it closes deadlines). What the event had fulfilled opens
        again unless another event still fulfils it (the same delivery recorded twice).
        The waived deadlines stay in the case's history; the audit log keeps the event.
        """
        if not reason.strip():
            raise ValidationError(N_("say why the event is withdrawn (--reason '...')"))
        why = reason.strip()
        with self._tx() as s:
            self._require(s, Action.EVENT_WITHDRAW, Problem(N_("withdraw an event")))
            ev = self._get(s, Event, event_id)
            if expected_version is not None and ev.version != expected_version:
                raise StaleEditError(
                    Problem.of(N_("event {id}"), id=event_id), ev.updated_by, ev.updated_at
                )
            what = f"{ev.kind} {ev.occurred_on.isoformat()}" + (
                f" {ev.reference}" if ev.reference else ""
            )
            waived: list[Deadline] = []
            for d in s.scalars(select(Deadline).where(Deadline.event_id == ev.id)):
                if d.status != DeadlineStatus.OPEN.value:
                    continue
                self._set_status(d, DeadlineStatus.WAIVED.value, f"event withdrawn: {why}")
                self._audit(s, "mark", "deadline", d.id, d.case_id, "status", "open",
                            f"waived (event withdrawn: {why})")  # fmt: skip
                waived.append(d)
            remaining = list(
                s.scalars(
                    select(Event)
                    .where(Event.case_id == ev.case_id, Event.id != ev.id)
                    .order_by(Event.occurred_on, Event.id)
                )
            )
            for d in s.scalars(select(Deadline).where(Deadline.closed_by_event_id == ev.id)):
                rule = rules.get_rule(d.rule_id)
                other = next(
                    (e for e in remaining if rule.ended_by(e.kind) and e.occurred_on >= d.trigger),
                    None,
                )
                if other is not None:
                    # Another event still fulfils it: it stays closed, now because of that one.
                    d.closed_by_event_id = other.id
                    why_closed = f"{other.kind} recorded on {other.occurred_on.isoformat()}"
                    moot = d.status == DeadlineStatus.WAIVED.value
                    d.status_reason = f"moot: {why_closed}" if moot else why_closed
                    self._audit(s, "update", "deadline", d.id, d.case_id, "closed_by_event",
                                ev.id, other.id)  # fmt: skip
                    continue
                old_status = d.status
                self._set_status(d, DeadlineStatus.OPEN.value, f"reopened: event withdrawn: {why}")
                d.closed_by_event_id = None
                self._audit(s, "reopen", "deadline", d.id, d.case_id, "status", old_status, "open")
            self._audit(s, "delete", "event", ev.id, ev.case_id, "kind", what, f"withdrawn: {why}")
            s.delete(ev)
            return waived

    def add_closure(self, day: dt.date, reason: str, body: str = "all") -> list[DeadlineChange]:
        """Record a day a body (or every authority and court: "all") was closed.

        Only the deadlines of that body are recomputed and can move (see `rules.Body`).
        """
        problems: list[Problem] = []
        if not reason.strip():
            problems.append(
                Problem.of(
                    N_("say why the day is a closure day (e.g. 'Government day off')"), "reason"
                )
            )
        if body != ALL_BODIES:
            check_enum(rules.Body, body, N_("body (or 'all')"), problems, "body")
        if problems:
            raise ValidationError(problems=problems)
        try:
            with self._tx() as s:
                s.add(
                    ClosureDay(
                        day=day, reason=reason.strip(), body=body, recorded_by=self.actor_name
                    )
                )
                s.flush()
                self._audit(s, "create", "closure_day", None, None, "day", None, f"{day} {reason}")
                return self._sync_around(s, day, f"closure day {day} recorded")
        except IntegrityError:
            raise ValidationError(
                N_("{day} is already recorded as a closure day for {body}"),
                day=day.isoformat(),
                body=body,
            ) from None

    def remove_closure(self, day: dt.date, body: str = "all") -> list[DeadlineChange]:
        """Undo a closure day; deadlines it had moved move back."""
        with self._tx() as s:
            row = s.scalar(select(ClosureDay).where(ClosureDay.day == day, ClosureDay.body == body))
            if row is None:
                raise NotFoundError(
                    N_("{day} is not a recorded closure day for {body} (see: azil closure list)"),
                    day=day.isoformat(),
                    body=body,
                )
            s.delete(row)
            s.flush()
            self._audit(s, "delete", "closure_day", None, None, "day", f"{day} {row.reason}", None)
            return self._sync_around(s, day, f"closure day {day} removed")

    def list_closures(self) -> list[ClosureDay]:
        """The office's closure days, oldest first."""
        with self._tx() as s:
            return list(s.scalars(select(ClosureDay).order_by(ClosureDay.day)))

    def follow_the_law(self) -> list[DeadlineChange]:
        """Recompute every open case's deadlines once after the legal model changed
        (a new DOMAIN.md revision: e.g. a decision without a recorded outcome now takes
        the shortest appeal); afterwards a no-op (one setting is read)."""
        key = "system.legal_model"
        if self.get_setting(key) == rules.LEGAL_MODEL:
            return []
        changes: list[DeadlineChange] = []
        try:
            return self._follow_the_law(key, changes)
        except (IntegrityError, StaleDataError):
            # Another desktop did it at the same moment (the setting's row exists now).
            return []

    def _follow_the_law(self, key: str, changes: list[DeadlineChange]) -> list[DeadlineChange]:
        with self._tx() as s:
            has_open = select(Deadline.case_id).where(Deadline.status == DeadlineStatus.OPEN.value)
            cases = s.scalars(select(Case).where(Case.id.in_(has_open)).order_by(Case.id)).all()
            why = f"legal model {rules.LEGAL_MODEL}"
            for case in cases:
                changes.extend(sync_case(self, s, case, why, strict=False).changes)
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=rules.LEGAL_MODEL))
            else:
                row.value = rules.LEGAL_MODEL
            self._audit(s, "update", "setting", None, None, key, None, rules.LEGAL_MODEL)
        return changes

    def _sync_around(self, s: Session, day: dt.date, why: str) -> list[DeadlineChange]:
        """Recompute the cases with an open deadline whose period reaches `day` (a closure
        can only move a deadline that ends on or just before it, chained ones too; the
        absolute limits of restorations are months long, so the window is generous)."""
        case_ids = s.scalars(
            select(Deadline.case_id)
            .where(
                Deadline.status == DeadlineStatus.OPEN.value,
                Deadline.trigger <= day,
                Deadline.due >= day - dt.timedelta(days=1),
            )
            .distinct()
        )
        changes: list[DeadlineChange] = []
        for case_id in sorted(set(case_ids)):
            case = self._get(s, Case, case_id)
            changes.extend(sync_case(self, s, case, why, strict=False).changes)
        return changes


def _store_event(s: Session, ev: Event, factory: sessionmaker[Session]) -> None:
    """Write the event, refusing a twin (same case, kind, date and act number): one already
    stored, or one a correction would create, is found first; one that another desktop
    stores in the moment between is refused by the database's own constraint
    (`Event.identity`, issue 13), and reported as the duplicate it is all the same."""
    case_id, own_id = ev.case_id, ev.id
    identity = event_identity(ev.kind, ev.occurred_on, ev.reference)

    def twin(session: Session) -> Event | None:
        with session.no_autoflush:
            return session.scalar(
                select(Event).where(
                    Event.case_id == case_id,
                    Event.identity == identity,
                    Event.id != own_id if own_id is not None else Event.id.is_not(None),
                )
            )

    found = twin(s)
    if found is not None:
        raise DuplicateEventError(found)
    try:
        s.flush()
    except IntegrityError:
        with factory() as fresh:  # this transaction is spoilt; the other one committed
            found = twin(fresh)
        if found is None:
            raise
        raise DuplicateEventError(found) from None
