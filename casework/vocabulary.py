"""The case file's enumerated values: roles, stages, statuses, sex.

Kept apart from the tables (casework.models) so that the command line can offer them as
choices without importing SQLAlchemy. Stored as strings: rename nothing, only add.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["CaseStatus", "DeadlineStatus", "Role", "Sex", "Stage"]


class Role(StrEnum):
    """What a staff member may do: only lawyers and admins close deadlines."""

    LAWYER = "lawyer"
    PARALEGAL = "paralegal"
    ADMIN = "admin"


class Stage(StrEnum):
    """Where a case stands in the procedure."""

    REGISTRATION = "registration"
    APPLICATION = "application"
    FIRST_INSTANCE = "first-instance"
    APPEAL = "appeal"
    ADMINISTRATIVE_COURT = "administrative-court"
    CONSTITUTIONAL_COURT = "constitutional-court"
    ECTHR = "ecthr"
    CLOSED = "closed"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class DeadlineStatus(StrEnum):
    """Open until someone says otherwise; 'done' may also follow from a recorded event."""

    OPEN = "open"
    DONE = "done"
    MISSED = "missed"
    WAIVED = "waived"


class Sex(StrEnum):
    MALE = "m"
    FEMALE = "f"
