"""Checking what a person typed before it is stored: every problem at once, in words
that say what to fix (clients, family members, recorded facts, enumerated values)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import assembler
import rules
from casework.errors import ValidationError
from casework.models import (
    FamilyMember,
    Sex,
)
from rules.vocabulary import EventKind, Outcome


def check_facts(
    kind: EventKind,
    outcome: str | None,
    missed_on: dt.date | None,
    missed_rule: str | None,
    today: dt.date,
) -> Outcome | None:
    """The outcome and the missed day belong to the events whose deadlines they decide."""
    problems: list[str] = []
    value: Outcome | None = None
    if outcome is not None:
        if kind not in (EventKind.DECISION_DELIVERED, EventKind.PUBLIC_NOTICE_POSTED):
            problems.append(
                f"an outcome belongs to a first-instance decision (decision-delivered or "
                f"public-notice-posted), not to {kind.value}"
            )
        try:
            value = Outcome(outcome)
        except ValueError:
            problems.append(
                f"unknown outcome {outcome!r}{suggest(outcome, [o.value for o in Outcome])}"
                f" (choose one of: {choices_text(Outcome)})"
            )
    if (missed_on is not None or missed_rule is not None) and (
        kind is not EventKind.MISSED_DEADLINE_CAUSE_CEASED
    ):
        problems.append(
            f"a missed day belongs to missed-deadline-cause-ceased, not to {kind.value}"
        )
    if missed_on is not None and missed_on > today:
        problems.append(f"the missed day {missed_on.isoformat()} lies in the future")
    if missed_rule is not None:
        if missed_rule not in {r.id for r in rules.catalogue()}:
            problems.append(
                f"unknown rule {missed_rule!r} for the missed deadline (see: azil rules)"
            )
        elif missed_rule == "constitutional-appeal" and missed_on is None:
            problems.append(
                "a missed constitutional appeal needs the missed day (--missed DATE): nothing "
                "can be asked 3 months after it (Law on the Constitutional Court Art. 84(3))"
            )
    if problems:
        raise ValidationError("; ".join(problems))
    return value


def choices_text(enum: type[Any]) -> str:
    return ", ".join(m.value for m in enum)


def check_enum(enum: type[Any], value: str, what: str, problems: list[str]) -> None:
    if value not in {m.value for m in enum}:
        problems.append(f"unknown {what} {value!r} (choose one of: {choices_text(enum)})")


CLIENT_FIELDS: frozenset[str] = frozenset(
    {
        "name_latin", "name_original", "sex", "birth_date", "birth_year", "birth_place",
        "birth_country", "nationality", "ethnicity", "religion", "languages",
        "interpreter_language", "marital_status", "father_name", "mother_name", "education",
        "occupation", "documents_held", "id_document", "contact", "accommodation",
        "unaccompanied_minor", "guardian_name", "guardian_csr", "vulnerability_medical",
        "vulnerability_trauma", "notes", "name_forms", "guardian_sex",
    }
)  # fmt: skip


CASE_FIELDS: frozenset[str] = frozenset(
    {
        "procedure", "stage", "status", "outcome", "office_ref", "asylum_office_no",
        "commission_no", "court_no", "constitutional_no", "lawyer_id", "opened_on", "drafting",
    }
)  # fmt: skip


def suggest(word: str, options: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_name(what: str, name: str, names: Sequence[str]) -> str:
    hint = suggest(name, names)
    return f"no {what} named {name!r}{hint}" + ("" if hint else " (see: azil staff list)")


def clean_name_forms(text: str, problems: list[str]) -> str | None:
    """A person's name in grammatical cases, stored in one canonical spelling."""
    try:
        return assembler.format_forms(assembler.parse_forms(text)) or None
    except ValueError as exc:
        problems.append(f"the name's forms: {exc}")
        return text


def clean_client_values(values: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    problems: list[str] = []
    unknown = set(values) - CLIENT_FIELDS
    if unknown:
        problems.append(f"unknown client field(s): {', '.join(sorted(unknown))}")
    clean: dict[str, Any] = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    clean = {k: (None if v == "" else v) for k, v in clean.items()}
    if (not partial or "name_latin" in clean) and not clean.get("name_latin"):
        problems.append("the client's name in Latin script is required")
    if clean.get("sex") is not None:
        check_enum(Sex, clean["sex"], "sex", problems)
    if clean.get("guardian_sex") is not None:
        check_enum(Sex, clean["guardian_sex"], "guardian's sex", problems)
    if clean.get("name_forms") is not None:
        clean["name_forms"] = clean_name_forms(clean["name_forms"], problems)
    if clean.get("marital_status") is not None:
        # The application form's own list (assembler's field catalogue) is the vocabulary.
        choices = assembler.all_fields()["marital_status"].choices
        if clean["marital_status"] not in choices:
            problems.append(
                f"unknown marital status {clean['marital_status']!r} "
                f"(choose one of: {', '.join(choices)})"
            )
    bd = clean.get("birth_date")
    if bd is not None:
        if bd > dt.date.today():
            problems.append(f"birth date {bd.isoformat()} lies in the future")
        clean.setdefault("birth_year", bd.year)
    if problems:
        raise ValidationError("; ".join(problems))
    return clean


def family_member(position: int, row: dict[str, Any]) -> FamilyMember:
    name = str(row.get("full_name") or "").strip()
    relation = str(row.get("relation") or "").strip()
    if not name or not relation:
        raise ValidationError(f"family member {position + 1} needs a full name and a relation")
    return FamilyMember(
        position=position,
        full_name=name,
        relation=relation,
        birth_date=row.get("birth_date"),
        nationality=row.get("nationality"),
        whereabouts=row.get("whereabouts"),
        also_applying=bool(row.get("also_applying", False)),
    )


def family_text(m: FamilyMember) -> str:
    return f"{m.full_name} ({m.relation})"
