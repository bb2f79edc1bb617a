"""The exceptions of the assembler room: one base, subclasses that carry their context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assembler.problems import Problem


class AssemblerError(Exception):
    """Base of every error assembly reports; the message says what to fix."""

    exit_code = 1


class UnknownTemplateError(AssemblerError):
    """A template id that is not in the catalogue (a usage error, hence exit code 2)."""

    exit_code = 2

    def __init__(self, template_id: str, known: Sequence[str], suggestion: str | None) -> None:
        hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
        super().__init__(
            f"unknown template '{template_id}'{hint}; known templates: {', '.join(known)}"
        )
        self.template_id = template_id
        self.suggestion = suggestion


class CatalogueUnavailableError(AssemblerError):
    """The field or template catalogue module is missing or broken."""


class ValidationError(AssemblerError):
    """The case data does not satisfy the template; nothing was written."""

    def __init__(self, template_id: str, problems: Sequence[Problem]) -> None:
        lines = "; ".join(str(p) for p in problems)
        super().__init__(
            f"cannot fill '{template_id}': {len(problems)} problem(s) in the case data, "
            f"nothing was written: {lines}"
        )
        self.template_id = template_id
        self.problems = tuple(problems)


class TemplateError(AssemblerError):
    """The template itself is broken (syntax, unknown field, split tag); fix the .docx."""

    def __init__(self, template: str, problems: Sequence[Problem], detail: str = "") -> None:
        lines = "; ".join(str(p) for p in problems) or detail
        super().__init__(
            f"template {template} is broken, nothing was written: {lines}; "
            f"run 'azil templates check {template}' after fixing it"
        )
        self.template = template
        self.problems = tuple(problems)


class OutputError(AssemblerError):
    """The output folder or file cannot be written."""


LIBREOFFICE_DOWNLOAD = "https://www.libreoffice.org/download/"


class PdfUnavailableError(AssemblerError):
    """LibreOffice is not installed, so no PDF can be made."""

    def __init__(self) -> None:
        super().__init__(
            "LibreOffice (soffice) is not installed, so no PDF can be made; everything else "
            "works without it, the .docx included. Get it from "
            f"{LIBREOFFICE_DOWNLOAD} (Debian: apt-get install libreoffice-writer-nogui)"
        )


class PdfConversionError(AssemblerError):
    """LibreOffice ran but did not produce every PDF."""
