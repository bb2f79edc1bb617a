"""The lawyer's part of a filing as a form: which fields, in which words, what is missing,
and a preview of the filing with what is typed so far.

The form asks only what the case file cannot know (`CASE_FILE_FIELDS` lists the rest, and
a missing one is corrected where it is kept: the client, the case or the event). Choices
are offered by meaning (`assembler.fields.CHOICE_LABELS`) and stored as the codes the CLI
and FILINGS.md use. A preview is rendered like the real filing, but with nothing required
and a note at its top saying it is a preview and what is missing; it is converted to PDF
in a private temporary folder removed at once, so nothing is stored, recorded or left on
disk (issue 12: the lawyer saw the filing only after generating it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import assembler
from assembler.fields import FILING, GENDER, choice_label
from casework.documents import (
    _context,
    _unanswered,
    drafting_problems,
    legal_warnings,
    timing_problems,
)
from casework.filing_context import CASE_FILE_FIELDS
from casework.i18n import both
from casework.models import Case
from casework.services import Casework

FieldType = assembler.FieldType


@dataclass(frozen=True)
class Choice:
    """One item of a drop-down or a group of check boxes: the stored code and its words."""

    value: str
    label_sr: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_sr if lang == "sr" else self.label_en


@dataclass(frozen=True)
class FormField:
    """One question of the drafting form (a list's columns are FormFields too)."""

    name: str
    kind: assembler.FieldType
    label_sr: str
    label_en: str
    help_sr: str
    help_en: str
    required: bool
    choices: tuple[Choice, ...] = ()
    columns: tuple[FormField, ...] = ()
    # Asked only when another answer holds a value: (field, value); for a group of check
    # boxes, when that box is ticked (the reasoning of a ground nobody invokes is noise).
    shown_when: tuple[str, object] | None = None

    def label(self, lang: str) -> str:
        return self.label_sr if lang == "sr" else self.label_en

    def help(self, lang: str) -> str:
        return self.help_sr if lang == "sr" else self.help_en


_SHOWN_WHEN: dict[str, tuple[str, object]] = {
    "ground_text_postupak": ("grounds", "postupak"),
    "ground_text_cinjenice": ("grounds", "cinjenicno_stanje"),
    "ground_text_materijalno": ("grounds", "materijalno_pravo"),
    **{f"zus24_text_{n}": ("zus24_points", str(n)) for n in range(1, 6)},
    "suspension_reasons": ("request_suspension", True),
    "means_statement": ("request_fee_exemption", True),
    "damages_amount": ("damages_claim", True),
    "damages_basis": ("damages_claim", True),
    "postponement_reasons": ("request_postponement", True),
}

# The questions every filing shares (copies, attachments, statelessness) come after the
# filing's own, which are what the lawyer opens the form for.
_SHARED_LAST = frozenset(f.name for f in FILING) | {"client_stateless"}


def shown(field: FormField, values: Mapping[str, Any]) -> bool:
    """Whether the form asks this question, given the answers so far."""
    if field.shown_when is None:
        return True
    name, wanted = field.shown_when
    answer = values.get(name)
    if isinstance(answer, list):
        return wanted in answer
    return answer == wanted


def _form_field(field: assembler.Field, required: bool, key: str) -> FormField:
    choices = tuple(
        Choice(v, choice_label(key, v, "sr"), choice_label(key, v, "en")) for v in field.choices
    )
    columns = tuple(_form_field(c, False, f"{field.name}.{c.name}") for c in field.columns)
    return FormField(
        field.name, field.type, field.label_sr, field.label_en, field.help_sr, field.help_en,
        required, choices, columns, _SHOWN_WHEN.get(field.name),
    )  # fmt: skip


def form_fields(template_id: str) -> list[FormField]:
    """The questions a filing asks the lawyer, in the catalogue's (the filing's) order."""
    info = assembler.get_template(template_id)
    mine = set(info.required + info.optional) - CASE_FILE_FIELDS
    ordered = sorted(
        (name for name in assembler.all_fields() if name in mine),
        key=lambda name: name in _SHARED_LAST,  # stable: catalogue order otherwise
    )
    fields = assembler.all_fields()
    return [_form_field(fields[name], name in info.required, name) for name in ordered]


def _with_values(
    case: Case, cw: Casework, values: Mapping[str, Any], today: dt.date | None
) -> tuple[dict[str, Any], list[assembler.Problem]]:
    """The filing's context with the form's values over the stored ones; the values that
    cannot be used (wrong type or choice) are left out and reported."""
    context = _context(case, cw, today)
    invalid = drafting_problems(values)
    bad = {p.field for p in invalid}
    fields = assembler.all_fields()
    for name, value in values.items():
        if name in fields and name not in bad:
            context[name] = value
    return context, invalid


def check(
    case_id: int,
    template_id: str,
    values: Mapping[str, Any],
    cw: Casework,
    today: dt.date | None = None,
) -> list[assembler.Problem]:
    """Everything the filing still misses with the form as it is now (nothing stored):
    the form's own questions and what the case file must hold."""
    case = cw.get_case(case_id)
    context, invalid = _with_values(case, cw, values, today)
    return invalid + _missing(template_id, context, case, today)


def _missing(
    template_id: str, context: dict[str, Any], case: Case, today: dt.date | None
) -> list[assembler.Problem]:
    """What the filing still needs with this context: its fields, its time, its event."""
    return (
        assembler.validate(assembler.get_template(template_id), context)
        + timing_problems(template_id, context, today)
        + _unanswered(template_id, case)
    )


def preview_pdf(
    case_id: int,
    template_id: str,
    values: Mapping[str, Any],
    cw: Casework,
    *,
    script: str = "latin",
    today: dt.date | None = None,
) -> bytes:
    """The filing as it would look now, as PDF bytes: the form's values over the stored
    ones, missing answers left blank and named in a note at the top (a preview is never
    mistaken for the filing). Needs LibreOffice (PdfUnavailableError otherwise)."""
    from assembler.pdf import scratch, to_pdf
    from assembler.render import render_bytes

    case = cw.get_case(case_id)
    context, _invalid = _with_values(case, cw, values, today)
    info = assembler.get_template(template_id)
    missing = _missing(template_id, context, case, today)
    if missing:
        names = "; ".join(dict.fromkeys(p.label_sr or p.message_sr or p.message for p in missing))
        note = both("PREVIEW, not for signing; still missing: {names}", names=names)
    else:
        note = both("PREVIEW, not for signing")
    # Grammar needs a gender to write "žalilac"/"žaliteljka": where none is recorded yet, the
    # preview uses the masculine forms, and its note names the missing gender (a preview
    # that fails on the first blank shows nothing at all). Never done for a real filing.
    for name, field in assembler.all_fields().items():
        if field.choices == GENDER and not context.get(name):
            context[name] = "m"
    relaxed = dataclasses.replace(info, required=(), optional=info.required + info.optional)
    data = render_bytes(
        relaxed,
        context,
        script="cyrillic" if script == "cyrillic" else "latin",
        review_notes=[note.sr, *legal_warnings(case_id, template_id, cw, "sr")],
    )
    with scratch("preview") as work:
        docx = Path(work) / "preview.docx"
        docx.write_bytes(data)
        pdf = to_pdf([docx], Path(work) / "pdf")[0]
        return pdf.read_bytes()
