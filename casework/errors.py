"""Which exceptions are the rooms' own words to a person (they already say what to fix),
as against bugs: the app and the command line show the first kind as they are and the
second as an unexpected error. One place, so both judge the same way."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assembler import AssemblerError, PdfUnavailableError
from casework import N_, CaseworkError, Problem
from rules import RulesError

if TYPE_CHECKING:
    from casework.models import Event

USER_ERRORS: tuple[type[Exception], ...] = (CaseworkError, RulesError, AssemblerError)


def is_user_error(exc: BaseException) -> bool:
    """An error whose message is meant for the person, not a bug."""
    return isinstance(exc, USER_ERRORS)


# What SQLite says of a file that is not (or no longer) a whole database.
_DAMAGED = ("database disk image is malformed", "file is not a database")


DAMAGED = N_(
    "the database file is damaged ({why}); nothing was changed. Restore the latest backup "
    "(azil db backup makes them; see the README) before going on"
)


def damaged_reason(exc: BaseException) -> str | None:
    """What SQLite said of a damaged database file (issue 13: "unexpected DatabaseError
    [SQL …]"), or None when `exc` is something else."""
    text = str(exc)
    return next((d for d in _DAMAGED if d in text), None)


def damaged_database(exc: BaseException) -> str | None:
    """The one-line message for a damaged database file, or None."""
    why = damaged_reason(exc)
    return None if why is None else str(CaseworkError(DAMAGED, why=why))


def is_pdf_unavailable(exc: BaseException) -> bool:
    """LibreOffice is not installed: everything but the PDF still works."""
    return isinstance(exc, PdfUnavailableError)


# The case file's own errors (raised by the use cases).
class NotFoundError(CaseworkError):
    """A record named by id or name does not exist."""

    exit_code = 2


class ValidationError(CaseworkError):
    """Input that cannot be saved; the message lists every problem at once."""

    exit_code = 2


class StaleEditError(CaseworkError):
    """Someone else saved the record after it was read: no lost updates."""

    def __init__(self, what: Problem, by: str | None, at: dt.datetime | None) -> None:
        when = at.astimezone().strftime("%Y-%m-%d %H:%M") if at else Problem(N_("an unknown time"))
        super().__init__(
            N_(
                "{what} was changed by {who} at {when} after you opened it; "
                "reload it and apply your change again"
            ),
            what=what,
            who=by or Problem(N_("another user")),
            when=when,
        )
        self.by = by
        self.at = at


class PermissionDeniedError(CaseworkError):
    """The acting staff member's role does not allow this action."""


class DuplicateEventError(ValidationError):
    """The same event (case, kind, date, act number) is already recorded: nothing stored."""

    def __init__(self, existing: Event) -> None:
        ref = f" ({existing.reference})" if existing.reference else ""
        super().__init__(
            N_(
                "event {id} already records {kind} on {day}{ref} (recorded by {who}); nothing "
                "was stored (to change it: azil event correct {id})"
            ),
            id=existing.id,
            kind=existing.kind,
            day=existing.occurred_on.isoformat(),
            ref=ref,
            who=existing.recorded_by or "?",
        )
        self.existing_id = existing.id


__all__ = [
    "USER_ERRORS",
    "DuplicateEventError",
    "NotFoundError",
    "PermissionDeniedError",
    "StaleEditError",
    "ValidationError",
    "is_pdf_unavailable",
    "is_user_error",
]
