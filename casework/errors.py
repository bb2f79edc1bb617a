"""Which exceptions are the rooms' own words to a person (they already say what to fix),
as against bugs: the app and the command line show the first kind as they are and the
second as an unexpected error. One place, so both judge the same way."""

from __future__ import annotations

from assembler import AssemblerError, PdfUnavailableError
from casework import CaseworkError
from rules import RulesError

USER_ERRORS: tuple[type[Exception], ...] = (CaseworkError, RulesError, AssemblerError)


def is_user_error(exc: BaseException) -> bool:
    """An error whose message is meant for the person, not a bug."""
    return isinstance(exc, USER_ERRORS)


def is_pdf_unavailable(exc: BaseException) -> bool:
    """LibreOffice is not installed: everything but the PDF still works."""
    return isinstance(exc, PdfUnavailableError)


__all__ = ["USER_ERRORS", "is_pdf_unavailable", "is_user_error"]
