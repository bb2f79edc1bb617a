"""What every use case shares: one transaction per operation, the audit log, who is
acting, what an operation changed, and the words for a record that does not exist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

import casework.audit_chain  # noqa: F401  (seals each audit entry as it is written)
from casework import N_, Problem
from casework.config import current_user_name, os_user_name
from casework.db import DatabaseError, session_factory
from casework.errors import (
    NotFoundError,
    PermissionDeniedError,
)
from casework.facts import DeadlineChange
from casework.models import (
    AuditEntry,
    ClosureDay,
    Deadline,
    DeadlineStatus,
    Event,
    Role,
    Setting,
    Staff,
    utcnow,
)
from casework.permissions import PERMISSIONS, SETUP_ACTIONS, Action, allowed
from casework.team import login_staff_name
from casework.vocabulary import LABELS

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


class CaseworkBase:
    """The case file for one acting person on one database: the plumbing of the use cases."""

    def __init__(self, url: str | None = None, actor: str | None = None) -> None:
        self.url = url
        self._factory = session_factory(url)
        # On a team's PostgreSQL the login is who one is, whatever AZIL_USER says (issue 13).
        self.actor_name = (
            self._login_staff() or actor or current_user_name() or self._os_login_staff()
        )
        self._changed: set[str] = set()

    def _login_staff(self) -> str | None:
        """The staff member whose PostgreSQL login this connection uses (team mode)."""
        if self._factory.kw["bind"].dialect.name != "postgresql":
            return None
        try:
            with self._factory() as s:
                return login_staff_name(s.connection())
        except SQLAlchemyError:  # not migrated yet, or unreachable: the first real call says
            return None

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

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """An office-wide setting (letterhead, addresses, mail server), shared by the team."""
        with self._tx() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else default

    def _get(self, s: Session, model: type[_T], ident: int) -> _T:
        obj = s.get(model, ident)
        if obj is None:
            raise NotFoundError(_NOT_FOUND[model.__name__], id=ident)
        return obj

    def _actor_staff(self, s: Session) -> Staff | None:
        return s.scalar(select(Staff).where(Staff.name == self.actor_name))

    # ------------------------------------------------------------------ events and deadlines
    def closures(self, s: Session | None = None) -> tuple[tuple[dt.date, str], ...]:
        """Every recorded closure day with its body ("all" or a `rules.Body` value)."""
        if s is None:
            with self._tx() as s2:
                return self.closures(s2)
        rows = s.execute(select(ClosureDay.day, ClosureDay.body).order_by(ClosureDay.day))
        return tuple((day, body) for day, body in rows)

    def _set_status(self, d: Deadline, status: str, reason: str | None) -> None:
        """A deadline's status with who set it, when and why (the audit entry is the caller's)."""
        now = utcnow()
        d.status = DeadlineStatus(status)
        d.status_by = self.actor_name
        d.status_at = now
        d.status_reason = reason
        d.updated_by = self.actor_name
        d.updated_at = now

    def _require(self, s: Session, action: Action, doing: Problem) -> Staff | None:
        """The acting staff member, refused unless the role × action table lets their
        role take `action` (`doing` words it for the refusal)."""
        staff = self._actor_staff(s)
        has_admin = action not in SETUP_ACTIONS or bool(
            s.scalar(select(Staff.id).where(Staff.role == Role.ADMIN).limit(1))
        )
        if allowed(staff.role if staff is not None else None, action, has_admin):
            return staff
        admins_only = PERMISSIONS[action] == frozenset({Role.ADMIN})
        raise PermissionDeniedError(
            N_("only an admin may {action}; you are acting as {who}")
            if admins_only
            else N_("only a lawyer or an admin may {action}; you are acting as {who}"),
            action=doing,
            who=_acting_as(staff, self.actor_name),
        )


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
