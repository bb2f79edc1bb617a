"""The use cases both front ends call: the only way data is changed.

Every change goes through one transaction, writes the audit log, and is refused
(with who changed what, and when) when it was based on a stale version. Recording an
event asks the rules engine which deadlines it triggers; correcting a date or recording
a closure day recomputes what it touches.

This module is the front (`Casework`); what it relies on lives by responsibility:
`errors` (the case file's errors), `validation` (checking what a person typed),
`queries` (the deadline rows and list queries), `search` (folding), `settings`
(office settings), `facts` (recomputing deadlines when facts change). Names from those
modules are re-exported here for the code that imported them from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

import rules
from casework import N_, Problem
from casework.config import current_user_name, os_user_name
from casework.db import DatabaseError, session_factory
from casework.errors import (
    DuplicateEventError,
    NotFoundError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)
from casework.facts import ALL_BODIES, DeadlineChange, sync_case
from casework.queries import (
    ROW_COLUMNS,
    DeadlineRow,
    case_haystack,
    case_query,
    client_haystack,
    deadline_rows,
)
from casework.search import fold
from casework.settings import check_settings
from casework.validation import (
    CASE_FIELDS,
    CLIENT_FIELDS,
    check_enum,
    check_facts,
    clean_client_values,
    clean_name_forms,
    family_member,
    family_text,
    unknown_choice,
    unknown_staff,
)
from casework.vocabulary import LABELS

# Re-exported for the code that imported them from here before the split.
__all__ = [
    "ALL_BODIES",
    "CASE_FIELDS",
    "CLIENT_FIELDS",
    "ROW_COLUMNS",
    "Casework",
    "DeadlineChange",
    "DeadlineRow",
    "DuplicateEventError",
    "EventResult",
    "NotFoundError",
    "PermissionDeniedError",
    "StaleEditError",
    "ValidationError",
    "deadline_rows",
]
from casework.models import (
    AuditEntry,
    Case,
    CaseStatus,
    Client,
    ClosureDay,
    Deadline,
    DeadlineStatus,
    Document,
    Event,
    Role,
    Setting,
    Sex,
    Staff,
    Stage,
    utcnow,
)
from rules.vocabulary import EventKind, Procedure

_T = TypeVar("_T")

# What "not found" says for each record, by the model's name.
_NOT_FOUND: dict[str, str] = {
    "Client": N_("no client with id {id} (see: azil client list)"),
    "Case": N_("no case with id {id} (see: azil case list)"),
    "Event": N_("no event with id {id} (see: azil case show CASE)"),
    "Deadline": N_("no deadline with id {id} (see: azil deadlines)"),
    "Staff": N_("no staff member with id {id} (see: azil staff list)"),
    "Document": N_("no document with id {id} (see: azil case show CASE)"),
}


# What a person does to a deadline, for the refusal that says who may do it.
_CLOSING: dict[DeadlineStatus, str] = {
    DeadlineStatus.DONE: N_("mark a deadline done"),
    DeadlineStatus.WAIVED: N_("waive a deadline"),
    DeadlineStatus.MISSED: N_("mark a deadline missed"),
    DeadlineStatus.OPEN: N_("reopen a deadline"),
}


def _unknown_case_fields(unknown: Iterable[str]) -> Problem:
    return Problem.of(N_("unknown case field(s): {names}"), names=", ".join(sorted(unknown)))


def _acting_as(staff: Staff | None, actor_name: str) -> Problem | str:
    """Who the refused person is acting as: their role, or a name no staff member has."""
    if staff is not None:
        return Problem(LABELS["role"].get(staff.role, staff.role), context="role")
    return Problem.of(N_("{name!r}, not a known staff member,"), name=actor_name)


_CHANGED = "azil.changed"  # Session.info key: the record kinds a transaction's audit names


DEFAULT_ACCOMMODATION: tuple[str, ...] = (
    "Centar za azil Banja Koviljača",
    "Centar za azil Bogovađa",
    "Centar za azil Krnjača",
    "Centar za azil Obrenovac",
    "Centar za azil Sjenica",
    "Centar za azil Tutin",
    "Prihvatni centar Subotica",
    "Prihvatni centar Loznica",
    "Privatni smeštaj",
)


@dataclass(frozen=True)
class EventResult:
    """What recording an event did: the new deadlines and those it fulfilled."""

    event: Event
    created: tuple[Deadline, ...]
    closed: tuple[Deadline, ...]
    # Other deadlines of the case that moved with this fact (e.g. a chained one).
    changes: tuple[DeadlineChange, ...] = ()

    @property
    def late(self) -> tuple[Deadline, ...]:
        """The new deadlines that had already passed when the event was recorded."""
        return tuple(d for d in self.created if d.recorded_late)


class Casework:
    """The office's case file, for one acting person, on one database.

    The acting person is a staff member's name (audit entries carry it): the one given,
    else the one chosen on this computer (AZIL_USER or `azil user set`), else the one an
    admin mapped to this operating-system login, else `os:<login>`.
    """

    def __init__(self, url: str | None = None, actor: str | None = None) -> None:
        self.url = url
        self._factory = session_factory(url)
        self.actor_name = actor or current_user_name() or self._os_login_staff()
        self._changed: set[str] = set()

    def _os_login_staff(self) -> str:
        """The staff member an admin mapped to this OS login, else `os:<login>`."""
        login = os_user_name()
        try:
            with self._factory() as s:
                name = s.scalar(select(Staff.name).where(Staff.os_user == login))
        except SQLAlchemyError:  # not migrated yet, or unreachable: the first real call says
            name = None
        return name or f"os:{login}"

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One unit of work; a busy or vanished database becomes a message, not a traceback."""
        session = self._factory()
        try:
            with session.begin():
                yield session
            # committed: what its audit entries say changed is now true for everyone
            self._changed |= session.info.get(_CHANGED, set())
        except OperationalError as exc:
            detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            if "locked" in detail or "busy" in detail:
                raise DatabaseError(
                    N_(
                        "the database is busy (someone else is saving right now); nothing was "
                        "saved, try again"
                    )
                ) from exc
            raise DatabaseError(
                N_("the database could not be used: {detail}"), detail=detail
            ) from exc
        finally:
            session.close()

    def take_changes(self) -> frozenset[str]:
        """What the operations since the last call changed, as the kinds of record their
        audit entries name ("deadline", "case", "client", "event", "document", "setting",
        "staff", "closure_day"), then forget it: a view refreshes from what an operation
        says it changed, not from its own guess."""
        changed, self._changed = frozenset(self._changed), set()
        return changed

    def _audit(
        self,
        s: Session,
        action: str,
        entity: str,
        entity_id: int | None,
        case_id: int | None = None,
        fld: str | None = None,
        old: object = None,
        new: object = None,
    ) -> None:
        s.info.setdefault(_CHANGED, set()).add(entity)
        s.add(
            AuditEntry(
                at=utcnow(),
                actor=self.actor_name,
                action=action,
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                field=fld,
                old=_text(old),
                new=_text(new),
            )
        )

    def _get(self, s: Session, model: type[_T], ident: int) -> _T:
        obj = s.get(model, ident)
        if obj is None:
            raise NotFoundError(_NOT_FOUND[model.__name__], id=ident)
        return obj

    def _actor_staff(self, s: Session) -> Staff | None:
        return s.scalar(select(Staff).where(Staff.name == self.actor_name))

    # ------------------------------------------------------------------ staff
    def add_staff(
        self,
        name: str,
        role: str,
        email: str | None = None,
        os_user: str | None = None,
        sex: str | None = None,
        capacity: str | None = None,
        bar_no: str | None = None,
        name_forms: str | None = None,
    ) -> Staff:
        """A new colleague; names are unique because people pick themselves by name."""
        problems: list[Problem] = []
        if not name.strip():
            problems.append(Problem.of(N_("a staff member needs a name"), "name"))
        check_enum(Role, role, N_("role"), problems, "role")
        if sex is not None:
            check_enum(Sex, sex, N_("sex"), problems, "sex")
        if name_forms:
            name_forms = clean_name_forms(name_forms, problems)
        if problems:
            raise ValidationError(problems=problems)
        with self._tx() as s:
            if s.scalar(select(Staff).where(Staff.name == name.strip())):
                raise ValidationError(
                    N_("a staff member named {name!r} already exists"), name=name.strip()
                )
            staff = Staff(
                name=name.strip(), role=role, active=True, email=email, os_user=os_user,
                sex=sex, capacity=capacity, bar_no=bar_no, name_forms=name_forms or None,
            )  # fmt: skip
            s.add(staff)
            s.flush()
            self._audit(s, "create", "staff", staff.id, new=f"{staff.name} ({role})")
            return staff

    def update_staff(self, staff_id: int, **changes: Any) -> Staff:
        """Change role, activity (on leave), e-mail or the mapped OS login."""
        allowed = {"name", "role", "active", "email", "os_user", "reminder_offsets", "sex",
                   "capacity", "bar_no", "name_forms"}  # fmt: skip
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError(
                N_("unknown staff field(s): {names}"), names=", ".join(sorted(unknown))
            )
        if changes.get("name_forms") is not None:
            found: list[Problem] = []
            changes["name_forms"] = clean_name_forms(str(changes["name_forms"]), found)
            if found:
                raise ValidationError(problems=found)
        if "role" in changes:
            problems: list[Problem] = []
            check_enum(Role, changes["role"], N_("role"), problems, "role")
            if problems:
                raise ValidationError(problems=problems)
        with self._tx() as s:
            staff = self._get(s, Staff, staff_id)
            for key, value in changes.items():
                old = getattr(staff, key)
                if old != value:
                    setattr(staff, key, value)
                    self._audit(s, "update", "staff", staff.id, fld=key, old=old, new=value)
            return staff

    def list_staff(self, include_inactive: bool = True) -> list[Staff]:
        """Everyone, by name."""
        with self._tx() as s:
            q = select(Staff).order_by(Staff.name)
            if not include_inactive:
                q = q.where(Staff.active.is_(True))
            return list(s.scalars(q))

    def lawyer_choices(self, current_id: int | None = None) -> list[Staff]:
        """Who may be a case's lawyer: lawyers and admins, and whoever holds the case now
        (kept, so a change of role never silently empties a case's record)."""
        allowed = (Role.LAWYER.value, Role.ADMIN.value)
        return [s for s in self.list_staff() if s.role in allowed or s.id == current_id]

    def find_staff(self, name: str) -> Staff:
        """A staff member by exact name, or a helpful error listing near names."""
        with self._tx() as s:
            staff = s.scalar(select(Staff).where(Staff.name == name))
            if staff is None:
                names = list(s.scalars(select(Staff.name)))
                raise NotFoundError(problems=[unknown_staff(name, names)])
            return staff

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """An office-wide setting (letterhead, addresses, mail server), shared by the team."""
        with self._tx() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else default

    def accommodation_options(self) -> list[str]:
        """The office's list of asylum centres and other accommodation (setting
        `accommodation_list`, entries separated by ";"), else the usual centres."""
        stored = self.get_setting("accommodation_list")
        if not stored:
            return list(DEFAULT_ACCOMMODATION)
        return [part.strip() for part in stored.split(";") if part.strip()]

    def settings(self) -> dict[str, str]:
        """Every office-wide setting."""
        with self._tx() as s:
            return {r.key: r.value for r in s.scalars(select(Setting))}

    def set_setting(self, key: str, value: str) -> None:
        """Change an office-wide setting; checked first (casework.settings), audited."""
        self.set_settings({key: value})

    def set_settings(self, values: Mapping[str, str]) -> dict[str, str]:
        """Change several settings at once: every value is checked before any is stored,
        and all are stored in one transaction. Returns the values as stored."""
        clean = check_settings(values)
        with self._tx() as s:
            for key, value in clean.items():
                row = s.get(Setting, key)
                old = row.value if row is not None else None
                if row is None:
                    s.add(Setting(key=key, value=value))
                else:
                    row.value = value
                if old != value:
                    self._audit(s, "update", "setting", None, None, key, old, value)
        return clean

    # ------------------------------------------------------------------ clients
    def add_client(self, family: Sequence[dict[str, Any]] = (), **values: Any) -> Client:
        """A new client; every problem in the input is reported at once."""
        values = clean_client_values(values)
        with self._tx() as s:
            client = Client(**values)
            for i, row in enumerate(family):
                client.family.append(family_member(i, row))
            client.updated_by = self.actor_name
            s.add(client)
            s.flush()
            self._audit(s, "create", "client", client.id, new=client.name_latin)
            return client

    def update_client(
        self,
        client_id: int,
        expected_version: int,
        family: Sequence[dict[str, Any]] | None = None,
        **changes: Any,
    ) -> Client:
        """Save edits made on a client read at `expected_version`; refuse a stale edit."""
        changes = clean_client_values(changes, partial=True)
        try:
            with self._tx() as s:
                client = self._get(s, Client, client_id)
                if client.version != expected_version:
                    raise StaleEditError(
                        Problem.of(N_("client {id}"), id=client_id),
                        client.updated_by,
                        client.updated_at,
                    )
                for key, value in changes.items():
                    old = getattr(client, key)
                    if old != value:
                        setattr(client, key, value)
                        self._audit(s, "update", "client", client.id, fld=key, old=old, new=value)
                if family is not None:
                    old_rows = [family_text(m) for m in client.family]
                    client.family.clear()
                    s.flush()
                    for i, row in enumerate(family):
                        client.family.append(family_member(i, row))
                    new_rows = [family_text(m) for m in client.family]
                    if old_rows != new_rows:
                        self._audit(
                            s, "update", "client", client.id, fld="family",
                            old="; ".join(old_rows), new="; ".join(new_rows),
                        )  # fmt: skip
                client.updated_by = self.actor_name
                client.updated_at = utcnow()
                return client
        except StaleDataError:
            latest = self.get_client(client_id)
            raise StaleEditError(
                Problem.of(N_("client {id}"), id=client_id), latest.updated_by, latest.updated_at
            ) from None

    def get_client(self, client_id: int) -> Client:
        """One client with family and cases."""
        with self._tx() as s:
            client = s.scalar(
                select(Client)
                .where(Client.id == client_id)
                .options(selectinload(Client.family), selectinload(Client.cases))
            )
            if client is None:
                raise NotFoundError(
                    N_("no client with id {id} (see: azil client list)"), id=client_id
                )
            return client

    def list_clients(self, search: str | None = None) -> list[Client]:
        """Clients by name; `search` matches either script, nationality or a case number."""
        with self._tx() as s:
            q = select(Client).where(Client.erased.is_(False)).order_by(Client.name_latin)
            clients = list(s.scalars(q.options(selectinload(Client.cases))))
        if not search:
            return clients
        needle = fold(search)
        return [c for c in clients if needle in client_haystack(c)]

    # ------------------------------------------------------------------ cases
    def add_case(
        self,
        client_id: int,
        procedure: str,
        stage: str = Stage.REGISTRATION.value,
        lawyer_id: int | None = None,
        opened_on: dt.date | None = None,
        **values: Any,
    ) -> Case:
        """Open a case for a client."""
        problems: list[Problem] = []
        check_enum(Procedure, procedure, N_("procedure"), problems, "procedure")
        check_enum(Stage, stage, N_("stage"), problems, "stage")
        unknown = set(values) - CASE_FIELDS
        if unknown:
            problems.append(_unknown_case_fields(unknown))
        if problems:
            raise ValidationError(problems=problems)
        with self._tx() as s:
            self._get(s, Client, client_id)
            if lawyer_id is not None:
                self._get(s, Staff, lawyer_id)
            case = Case(
                client_id=client_id,
                procedure=procedure,
                stage=stage,
                status=CaseStatus.OPEN.value,
                lawyer_id=lawyer_id,
                opened_on=opened_on or dt.date.today(),
                drafting=values.pop("drafting", None) or {},
                updated_by=self.actor_name,
                **values,
            )
            s.add(case)
            s.flush()
            self._audit(s, "create", "case", case.id, case.id, new=f"{procedure}, {stage}")
            return case

    def update_case(self, case_id: int, expected_version: int, **changes: Any) -> Case:
        """Save edits made on a case read at `expected_version`; refuse a stale edit."""
        return self.edit_case(case_id, expected_version, **changes)[0]

    def edit_case(
        self, case_id: int, expected_version: int, **changes: Any
    ) -> tuple[Case, list[DeadlineChange]]:
        """Save edits to a case; a new procedure recomputes every deadline it decides
        (the appeal's period, the Office's decision period) and returns what moved."""
        problems: list[Problem] = []
        unknown = set(changes) - CASE_FIELDS
        if unknown:
            problems.append(_unknown_case_fields(unknown))
        if "procedure" in changes:
            check_enum(Procedure, changes["procedure"], N_("procedure"), problems, "procedure")
        if "stage" in changes:
            check_enum(Stage, changes["stage"], N_("stage"), problems, "stage")
        if "status" in changes:
            check_enum(CaseStatus, changes["status"], N_("status"), problems, "status")
        if problems:
            raise ValidationError(problems=problems)
        try:
            with self._tx() as s:
                case = self._get(s, Case, case_id)
                if case.version != expected_version:
                    raise StaleEditError(
                        Problem.of(N_("case {id}"), id=case_id), case.updated_by, case.updated_at
                    )
                if changes.get("lawyer_id") is not None:
                    self._get(s, Staff, changes["lawyer_id"])
                old_procedure = case.procedure
                for key, value in changes.items():
                    old = getattr(case, key)
                    if old != value:
                        setattr(case, key, value)
                        self._audit(s, "update", "case", case.id, case.id, key, old, value)
                case.updated_by = self.actor_name
                case.updated_at = utcnow()
                moved: list[DeadlineChange] = []
                if case.procedure != old_procedure:
                    s.flush()
                    why = f"procedure {old_procedure} -> {case.procedure}"
                    moved = sync_case(self, s, case, why).changes
                return case, moved
        except StaleDataError:
            latest = self.get_case(case_id)
            raise StaleEditError(
                Problem.of(N_("case {id}"), id=case_id), latest.updated_by, latest.updated_at
            ) from None

    def get_case(self, case_id: int) -> Case:
        """One case with its client, events, deadlines and documents."""
        with self._tx() as s:
            case = s.scalar(case_query().where(Case.id == case_id))
            if case is None:
                raise NotFoundError(N_("no case with id {id} (see: azil case list)"), id=case_id)
            return case

    def list_cases(
        self,
        search: str | None = None,
        stage: str | None = None,
        lawyer: str | None = None,
        status: str | None = None,
    ) -> list[Case]:
        """Cases, newest first; search by name (either script), number or nationality."""
        with self._tx() as s:
            q = case_query().order_by(Case.id.desc())
            if stage:
                q = q.where(Case.stage == stage)
            if status:
                q = q.where(Case.status == status)
            if lawyer:
                q = q.join(Staff, Case.lawyer_id == Staff.id).where(Staff.name == lawyer)
            cases = list(s.scalars(q).unique())
        if not search:
            return cases
        needle = fold(search)
        return [c for c in cases if needle in case_haystack(c)]

    # ------------------------------------------------------------------ events and deadlines
    def closures(self, s: Session | None = None) -> tuple[tuple[dt.date, str], ...]:
        """Every recorded closure day with its body ("all" or a `rules.Body` value)."""
        if s is None:
            with self._tx() as s2:
                return self.closures(s2)
        rows = s.execute(select(ClosureDay.day, ClosureDay.body).order_by(ClosureDay.day))
        return tuple((day, body) for day, body in rows)

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
            same = s.scalar(
                select(Event).where(
                    Event.case_id == case.id,
                    Event.kind == event_kind.value,
                    Event.occurred_on == on,
                    Event.reference.is_(None)
                    if reference is None
                    else Event.reference == reference,
                )
            )
            if same is not None:
                raise DuplicateEventError(same)
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
            s.flush()
            self._audit(s, "create", "event", ev.id, case.id, "kind", None, f"{kind} {on}")
            closed = self._close_fulfilled(s, case, event_kind, ev)
            synced = sync_case(self, s, case, f"{kind} {on} recorded", today)
            created = tuple(d for d in synced.created if d.event_id == ev.id)
            others = [c for c in synced.changes if c.old_due is not None]
            return EventResult(ev, created, tuple(closed), tuple(others))

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
    ) -> list[DeadlineChange]:
        """Correct an event (its date, time, act number, outcome, missed day); every
        deadline that depends on it is recomputed (chained ones too) and audited.

        With `expected_version` (what the person saw), a correction made meanwhile by
        someone else is refused with who and when.
        """
        try:
            return self._correct_event(
                event_id, on, at_time, reference, note, expected_version, outcome, missed_on
            )
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
            ev.updated_by = self.actor_name
            ev.updated_at = utcnow()
            for key, value in (("occurred_on", on), ("at_time", at_time),
                               ("reference", reference), ("note", note),
                               ("outcome", outcome_value), ("missed_on", missed_on)):  # fmt: skip
                if value is not None and getattr(ev, key) != value:
                    self._audit(
                        s, "update", "event", ev.id, ev.case_id, key, getattr(ev, key), value
                    )
                    setattr(ev, key, value)
            s.flush()
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
            self._require_lawyer(s, Problem(N_("withdraw an event")))
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

    def _set_status(self, d: Deadline, status: str, reason: str | None) -> None:
        """A deadline's status with who set it, when and why (the audit entry is the caller's)."""
        now = utcnow()
        d.status = DeadlineStatus(status)
        d.status_by = self.actor_name
        d.status_at = now
        d.status_reason = reason
        d.updated_by = self.actor_name
        d.updated_at = now

    def _require_lawyer(self, s: Session, action: Problem) -> Staff:
        """The acting staff member, who must be a lawyer or an admin for `action`."""
        staff = self._actor_staff(s)
        if staff is None or staff.role not in (Role.LAWYER, Role.ADMIN):
            raise PermissionDeniedError(
                N_("only a lawyer or an admin may {action}; you are acting as {who}"),
                action=action,
                who=_acting_as(staff, self.actor_name),
            )
        return staff

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
                self._require_lawyer(s, Problem(_CLOSING[DeadlineStatus(status)]))
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


# ---------------------------------------------------------------------- helpers


def _value(x: object) -> str:
    return str(getattr(x, "value", x))


def _iso(x: dt.date | dt.datetime) -> str:
    if isinstance(x, dt.datetime):
        return x.strftime("%Y-%m-%dT%H:%M")
    return x.isoformat()


def _text(x: object) -> str | None:
    if x is None:
        return None
    if isinstance(x, dt.date | dt.datetime | dt.time):
        return x.isoformat()
    return str(x)
