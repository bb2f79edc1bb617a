"""The case file's tables (SQLAlchemy 2.0, typed). Same models on SQLite and PostgreSQL.

Enumerated values are stored as short strings (validated in the use cases) rather than
native enum types, so migrations stay identical on both databases. Clients, cases and
deadlines carry a version counter: a save based on an old version is refused.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    event,
    false,
    inspect,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# The enums live in casework.vocabulary (no SQLAlchemy there); re-exported from here.
from casework.vocabulary import ActivityKind as ActivityKind
from casework.vocabulary import AgeGroup as AgeGroup
from casework.vocabulary import CaseStatus as CaseStatus
from casework.vocabulary import DeadlineStatus as DeadlineStatus
from casework.vocabulary import Role as Role
from casework.vocabulary import Sex as Sex
from casework.vocabulary import Stage as Stage
from rules.catalogue import Binds
from rules.vocabulary import EventKind, Outcome, Procedure

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps stored in UTC and always read back timezone-aware (SQLite forgets)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    """Now, in UTC, aware."""
    return dt.datetime.now(dt.UTC)


def _values(enum: type[StrEnum]) -> list[str]:
    """Store an enum member as its value ("dismissed-first-country"), not its name."""
    return [member.value for member in enum]


def _enum(enum: type[StrEnum], length: int) -> Enum:
    """An enumerated column stored as a plain string of `length` (no native enum, no
    CHECK: one migration serves SQLite and PostgreSQL); a value outside the enum is
    refused before it reaches the database, and reading gives the enum member."""
    return Enum(
        enum, native_enum=False, length=length, values_callable=_values, validate_strings=True
    )


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (needed for migrations on SQLite)."""

    metadata = MetaData(naming_convention=NAMING)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role, 20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    email: Mapped[str | None] = mapped_column(String(200))
    os_user: Mapped[str | None] = mapped_column(String(100), unique=True)
    # Their own PostgreSQL login in team mode: the acting person is the staff member whose
    # login is the connection's `current_user`, whatever AZIL_USER says (issue 13).
    db_login: Mapped[str | None] = mapped_column(String(63), unique=True)
    # For the signature block of filings: grammatical gender, capacity, bar number.
    sex: Mapped[Sex | None] = mapped_column(_enum(Sex, 1))
    capacity: Mapped[str | None] = mapped_column(String(30))
    bar_no: Mapped[str | None] = mapped_column(String(100))
    # The name in grammatical cases where the declension rule is wrong ("acc=Pavla Ilića").
    name_forms: Mapped[str | None] = mapped_column(String(500))
    # Per-person reminder offsets (days before due) overriding the rules' defaults.
    reminder_offsets: Mapped[list[int] | None] = mapped_column(JSON(none_as_null=True))


class Client(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_latin: Mapped[str] = mapped_column(String(300))
    name_original: Mapped[str | None] = mapped_column(String(300))
    # The name in grammatical cases where the declension rule is wrong ("gen=Pavla Ilića").
    name_forms: Mapped[str | None] = mapped_column(String(500))
    sex: Mapped[Sex | None] = mapped_column(_enum(Sex, 1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_place: Mapped[str | None] = mapped_column(String(200))
    birth_country: Mapped[str | None] = mapped_column(String(200))
    nationality: Mapped[str | None] = mapped_column(String(200))
    ethnicity: Mapped[str | None] = mapped_column(String(200))
    religion: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[str | None] = mapped_column(String(300))
    interpreter_language: Mapped[str | None] = mapped_column(String(100))
    marital_status: Mapped[str | None] = mapped_column(String(50))
    father_name: Mapped[str | None] = mapped_column(String(200))
    mother_name: Mapped[str | None] = mapped_column(String(200))
    education: Mapped[str | None] = mapped_column(String(300))
    occupation: Mapped[str | None] = mapped_column(String(300))
    documents_held: Mapped[str | None] = mapped_column(Text)
    id_document: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(300))
    accommodation: Mapped[str | None] = mapped_column(String(200))
    unaccompanied_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_csr: Mapped[str | None] = mapped_column(String(200))
    guardian_sex: Mapped[Sex | None] = mapped_column(_enum(Sex, 1))
    vulnerability_medical: Mapped[bool] = mapped_column(Boolean, default=False)
    vulnerability_trauma: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    family: Mapped[list[FamilyMember]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="FamilyMember.position"
    )
    cases: Mapped[list[Case]] = relationship(back_populates="client")

    __mapper_args__ = {"version_id_col": version}


class FamilyMember(Base):
    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    full_name: Mapped[str] = mapped_column(String(300))
    relation: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    nationality: Mapped[str | None] = mapped_column(String(200))
    whereabouts: Mapped[str | None] = mapped_column(String(300))
    also_applying: Mapped[bool] = mapped_column(Boolean, default=False)

    client: Mapped[Client] = relationship(back_populates="family")


class Case(Base):
    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    procedure: Mapped[Procedure] = mapped_column(_enum(Procedure, 20))
    stage: Mapped[Stage] = mapped_column(_enum(Stage, 30))
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus, 10), default=CaseStatus.OPEN)
    outcome: Mapped[str | None] = mapped_column(String(300))
    office_ref: Mapped[str | None] = mapped_column(String(100))
    asylum_office_no: Mapped[str | None] = mapped_column(String(100))
    commission_no: Mapped[str | None] = mapped_column(String(100))
    court_no: Mapped[str | None] = mapped_column(String(100))
    constitutional_no: Mapped[str | None] = mapped_column(String(100))
    lawyer_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    # The lawyer's drafting text and choices for filings (reasoning, proposal, ...):
    # template fields that the case file does not model as columns.
    drafting: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    client: Mapped[Client] = relationship(back_populates="cases")
    lawyer: Mapped[Staff | None] = relationship()
    events: Mapped[list[Event]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="[Event.occurred_on, Event.id]",
    )
    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Deadline.due"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Document.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(_enum(EventKind, 50))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    at_time: Mapped[dt.time | None] = mapped_column(Time)
    # The act's own number and date, where the event is the delivery of an act.
    reference: Mapped[str | None] = mapped_column(String(100))
    act_date: Mapped[dt.date | None] = mapped_column(Date)
    # A first-instance decision's outcome (rules.Outcome): it selects the appeal period.
    outcome: Mapped[Outcome | None] = mapped_column(
        Enum(Outcome, native_enum=False, length=40, values_callable=_values, validate_strings=True)
    )
    # A restoration's missed day and the rule whose deadline was missed.
    missed_on: Mapped[dt.date | None] = mapped_column(Date)
    missed_rule: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A correction moves deadlines: two people correcting one event must not both win.
    updated_by: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    # kind|date|act number: one event per case with the same three, refused by the database
    # itself (two desktops saving the same delivery at once). A column, not an index over
    # an expression: an event without an act number must clash with another without one,
    # and NULLs never clash in a unique index (casework.usecases.events keeps it current).
    identity: Mapped[str] = mapped_column(String(200))

    case: Mapped[Case] = relationship(back_populates="events")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("case_id", "identity", name="uq_event_case_identity"),)


def event_identity(kind: object, occurred_on: dt.date, reference: str | None) -> str:
    """What makes two events the same: kind, date and act number (`Event.identity`)."""
    return f"{getattr(kind, 'value', kind)}|{occurred_on.isoformat()}|{reference or ''}"


@event.listens_for(Event, "before_insert")
def _identity_on_insert(_mapper: Any, _conn: Any, target: Event) -> None:
    target.identity = event_identity(target.kind, target.occurred_on, target.reference)


@event.listens_for(Event, "before_update")
def _identity_on_update(_mapper: Any, _conn: Any, target: Event) -> None:
    # Only when what it is changes: a twin kept apart by migration 0010 ("…#id") stays
    # apart until someone corrects it into a clash, which the constraint then refuses.
    state = inspect(target)
    if any(state.attrs[a].history.has_changes() for a in ("kind", "occurred_on", "reference")):
        target.identity = event_identity(target.kind, target.occurred_on, target.reference)


class Deadline(Base):
    __tablename__ = "deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    rule_id: Mapped[str] = mapped_column(String(60))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("deadline.id", ondelete="SET NULL"))
    trigger: Mapped[dt.date] = mapped_column(Date)
    trigger_time: Mapped[dt.time | None] = mapped_column(Time)
    unextended: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date] = mapped_column(Date)
    due_time: Mapped[dt.time | None] = mapped_column(Time)
    safe_date: Mapped[dt.date | None] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    binds: Mapped[Binds] = mapped_column(_enum(Binds, 20))
    basis: Mapped[str] = mapped_column(String(300))
    confidence: Mapped[str] = mapped_column(String(1))
    # Ordered steps of the legal reasoning: [{"date": ..., "sr": ..., "en": ...}].
    explanation: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    reminder_offsets: Mapped[list[int] | None] = mapped_column(JSON(none_as_null=True))
    status: Mapped[DeadlineStatus] = mapped_column(
        _enum(DeadlineStatus, 10), default=DeadlineStatus.OPEN
    )
    status_by: Mapped[str | None] = mapped_column(String(200))
    status_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status_reason: Mapped[str | None] = mapped_column(Text)
    has_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    # The shortest period was taken because the decision's outcome is not recorded.
    outcome_unknown: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Authority deadlines: the day after the legal due date, when the remedy lies.
    remedy_opens: Mapped[dt.date | None] = mapped_column(Date)
    # Already past when its event was recorded (DOMAIN.md principle 5).
    recorded_late: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The event that fulfilled it (e.g. appeal-filed), so withdrawing that event reopens it.
    closed_by_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL")
    )
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    case: Mapped[Case] = relationship(back_populates="deadlines")
    event: Mapped[Event | None] = relationship(foreign_keys=[event_id])

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_deadline_status_due", "status", "due"),
        Index("ix_deadline_case_id", "case_id"),
    )


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[str] = mapped_column(String(60))
    path: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    generated_by: Mapped[str | None] = mapped_column(String(200))
    generated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="documents")


class ClosureDay(Base):
    __tablename__ = "closure_day"
    __table_args__ = (UniqueConstraint("day", "body", name="uq_closure_day_day_body"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300))
    # "all" (every authority and court, e.g. a Government-declared day off) or a
    # rules.Body value: only that body's deadlines are extended.
    body: Mapped[str] = mapped_column(String(40), default="all")
    recorded_by: Mapped[str | None] = mapped_column(String(200))


class Setting(Base):
    """Office-wide settings shared by the team (letterhead, addresses, mail server)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    field: Mapped[str | None] = mapped_column(String(100))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # The chain (casework.audit_chain): place, digest of old/new, hash of the one before
    # and of this one. Set when the entry is written; `azil audit verify` checks them.
    seq: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)
    digest: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


class ReminderRun(Base):
    """A digest delivered to one person for one day (issue 5).

    The next run for that person also delivers the reminders that fell on the days in
    between, so a morning nobody ran `azil reminders` loses nothing. `staff_id` is empty
    for the one digest of an office that has no active staff recorded.
    """

    __tablename__ = "reminder_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    via: Mapped[str] = mapped_column(String(10))
    items: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_reminder_run_staff_day", "staff_id", "day"),)


class OutboxMail(Base):
    """A mail waiting to be sent, or sent: one that fails stays here and is retried.

    Once sent, the body (client names) is cleared; subject, recipient and time remain.
    """

    __tablename__ = "outbox_mail"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    to_addr: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, index=True)
    # Taken by one sending run before it sends (see casework.mail.deliver).
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(40))


class BriefService(Base):
    """Information or advice given to a person who does not (yet) become a case: an
    irregular migrant told their legal position at a border crossing or in a park
    (issue 15). No name: as anonymous as the office wants; `client_id` links the person
    once they become a client."""

    __tablename__ = "brief_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    nationality: Mapped[str] = mapped_column(String(200))
    sex: Mapped[Sex] = mapped_column(_enum(Sex, 1))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    # Given, or worked out from the birth year at the day of the service.
    age_group: Mapped[AgeGroup | None] = mapped_column(_enum(AgeGroup, 10))
    language: Mapped[str | None] = mapped_column(String(100))
    topic: Mapped[str] = mapped_column(String(300))
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="SET NULL"), index=True
    )
    recorded_by: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Activity(Base):
    """A workshop (participants, of them women and minors) or an outreach activity
    (`participants` = people reached), counted for the project's targets (issue 15)."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, 10))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200))
    topic: Mapped[str] = mapped_column(String(300))
    participants: Mapped[int] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    minors: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
