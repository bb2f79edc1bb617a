"""Which exceptions are the rooms' own words to a person (they already say what to fix),
as against bugs: the app and the command line show the first kind as they are and the
second as an unexpected error. One place, so both judge the same way."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from assembler import AssemblerError, PdfUnavailableError
from casework import CaseworkError
from rules import RulesError

if TYPE_CHECKING:
    from casework.models import Event

USER_ERRORS: tuple[type[Exception], ...] = (CaseworkError, RulesError, AssemblerError)


def is_user_error(exc: BaseException) -> bool:
    """An error whose message is meant for the person, not a bug."""
    return isinstance(exc, USER_ERRORS)


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

    def __init__(self, what: str, by: str | None, at: dt.datetime | None) -> None:
        when = at.astimezone().strftime("%Y-%m-%d %H:%M") if at else "an unknown time"
        who = by or "another user"
        super().__init__(
            f"{what} was changed by {who} at {when} after you opened it; "
            "reload it and apply your change again"
        )
        self.by = by
        self.at = at


class PermissionDeniedError(CaseworkError):
    """The acting staff member's role does not allow this action."""


class DuplicateEventError(ValidationError):
    """The same event (case, kind, date, act number) is already recorded: nothing stored."""

    def __init__(self, existing: Event) -> None:
        ref = f" ({existing.reference})" if existing.reference else ""
        who = f" by {existing.recorded_by}" if existing.recorded_by else ""
        super().__init__(
            f"event {existing.id} already records {existing.kind} on "
            f"{existing.occurred_on.isoformat()}{ref}{who}; nothing was stored (to change it: "
            f"azil event correct {existing.id})"
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
