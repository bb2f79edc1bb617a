"""Checking what a person typed before it is stored: every problem at once, in words
that say what to fix (clients, family members, recorded facts, enumerated values)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import assembler
import rules
from casework import N_, Problem
from casework.errors import ValidationError
from casework.models import (
    Client,
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
    problems: list[Problem] = []
    value: Outcome | None = None
    if outcome is not None:
        if kind not in (EventKind.DECISION_DELIVERED, EventKind.PUBLIC_NOTICE_POSTED):
            problems.append(
                Problem.of(
                    N_(
                        "an outcome belongs to a first-instance decision (decision-delivered "
                        "or public-notice-posted), not to {kind}"
                    ),
                    "outcome",
                    kind=kind.value,
                )
            )
        try:
            value = Outcome(outcome)
        except ValueError:
            problems.append(unknown_choice(N_("outcome"), outcome, Outcome, "outcome"))
    if (missed_on is not None or missed_rule is not None) and (
        kind is not EventKind.MISSED_DEADLINE_CAUSE_CEASED
    ):
        problems.append(
            Problem.of(
                N_("a missed day belongs to missed-deadline-cause-ceased, not to {kind}"),
                "missed_on",
                kind=kind.value,
            )
        )
    if missed_on is not None and missed_on > today:
        problems.append(
            Problem.of(
                N_("the missed day {day} lies in the future"),
                "missed_on",
                day=missed_on.isoformat(),
            )
        )
    if missed_rule is not None:
        if missed_rule not in {r.id for r in rules.catalogue()}:
            problems.append(
                Problem.of(
                    N_("unknown rule {rule!r} for the missed deadline (see: azil rules)"),
                    "missed_rule",
                    rule=missed_rule,
                )
            )
        elif missed_rule == "constitutional-appeal" and missed_on is None:
            problems.append(
                Problem.of(
                    N_(
                        "a missed constitutional appeal needs the missed day (--missed DATE): "
                        "nothing can be asked 3 months after it (Law on the Constitutional "
                        "Court Art. 84(3))"
                    ),
                    "missed_on",
                )
            )
    if problems:
        raise ValidationError(problems=problems)
    return value


def check_act_date(act_date: dt.date | None, delivered: dt.date) -> None:
    """An act is dated on or before the day it is delivered: a later date is a typo, and
    a filing would then cite an act that did not yet exist (issue 13)."""
    if act_date is not None and act_date > delivered:
        raise ValidationError(
            problems=[
                Problem.of(
                    N_("the act's date {act} is after its delivery {day}: check both dates"),
                    "act_date",
                    act=act_date.isoformat(),
                    day=delivered.isoformat(),
                )
            ]
        )


def choices_text(enum: type[Any]) -> str:
    return ", ".join(m.value for m in enum)


def unknown_choice(what: str, value: str, enum: type[Any], field: str = "") -> Problem:
    """'unknown procedure "regluar" (did you mean "regular"?) (choose one of: ...)':
    `what` is marked with `N_` so that it is worded in the person's language."""
    close = _close(value, [m.value for m in enum])
    if close:
        return Problem.of(
            N_("unknown {what} {value!r} (did you mean {close!r}?) (choose one of: {choices})"),
            field, what=Problem(what), value=value, close=close, choices=choices_text(enum),
        )  # fmt: skip
    return Problem.of(
        N_("unknown {what} {value!r} (choose one of: {choices})"),
        field, what=Problem(what), value=value, choices=choices_text(enum),
    )  # fmt: skip


def check_enum(
    enum: type[Any], value: str, what: str, problems: list[Problem], field: str = ""
) -> None:
    if value not in {m.value for m in enum}:
        problems.append(unknown_choice(what, value, enum, field))


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


def _close(word: str, options: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return close[0] if close else ""


def unknown_staff(name: str, names: Sequence[str]) -> Problem:
    """No staff member of that name; the nearest name, if one is close."""
    close = _close(name, names)
    if close:
        return Problem.of(
            N_("no staff member named {name!r} (did you mean {close!r}?)"),
            "staff", name=name, close=close,
        )  # fmt: skip
    return Problem.of(
        N_("no staff member named {name!r} (see: azil staff list)"), "staff", name=name
    )


def clean_name_forms(text: str, problems: list[Problem]) -> str | None:
    """A person's name in grammatical cases, stored in one canonical spelling."""
    try:
        return assembler.format_forms(assembler.parse_forms(text)) or None
    except ValueError as exc:
        problems.append(Problem.of(N_("the name's forms: {why}"), "name_forms", why=str(exc)))
        return text


# Characters that have no place in a name or a one-line field: control characters
# (a newline splits a filing's line) and the bidirectional overrides that make a name read
# differently from how it is stored (U+202E turns "Ali" into what looks like another name).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MULTILINE = frozenset({"notes", "documents_held", "vulnerability_medical",
                        "vulnerability_trauma", "contact"})  # fmt: skip


def check_text(
    model: type[Any], field: str, value: str, problems: list[Problem], multiline: bool = False
) -> None:
    """The same limits on every database (issue 13: SQLite took a 10,000-character name
    that PostgreSQL refused with a message printing the client's data): the column's
    length, and no control or direction-override character. The message names the field,
    never the value."""
    column = model.__table__.columns.get(field)
    limit = getattr(column.type, "length", None) if column is not None else None
    if limit is not None and len(value) > limit:
        problems.append(
            Problem.of(
                N_("{what} is too long: {length} characters, at most {limit}"),
                field, what=field, length=len(value), limit=limit,
            )
        )  # fmt: skip
    allowed = {"\n", "\t", "\r"} if multiline else set()
    bad = sorted(
        {f"U+{ord(c):04X}" for c in value if (ord(c) < 32 or ord(c) == 127) and c not in allowed}
        | {f"U+{ord(c):04X}" for c in value if c in _BIDI_CONTROLS}
    )
    if bad:
        problems.append(
            Problem.of(
                N_("{what} holds invisible control characters ({codes}); retype it"),
                field, what=field, codes=", ".join(bad),
            )
        )  # fmt: skip


def clean_client_values(values: dict[str, Any], partial: bool = False) -> dict[str, Any]:
    problems: list[Problem] = []
    unknown = set(values) - CLIENT_FIELDS
    if unknown:
        problems.append(
            Problem.of(N_("unknown client field(s): {names}"), names=", ".join(sorted(unknown)))
        )
    clean: dict[str, Any] = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    clean = {k: (None if v == "" else v) for k, v in clean.items()}
    for key, value in clean.items():
        if isinstance(value, str) and key in CLIENT_FIELDS:
            check_text(Client, key, value, problems, multiline=key in _MULTILINE)
    if (not partial or "name_latin" in clean) and not clean.get("name_latin"):
        problems.append(
            Problem.of(N_("the client's name in Latin script is required"), "name_latin")
        )
    if clean.get("sex") is not None:
        check_enum(Sex, clean["sex"], N_("sex"), problems, "sex")
    if clean.get("guardian_sex") is not None:
        check_enum(Sex, clean["guardian_sex"], N_("guardian's sex"), problems, "guardian_sex")
    if clean.get("name_forms") is not None:
        clean["name_forms"] = clean_name_forms(clean["name_forms"], problems)
    if clean.get("marital_status") is not None:
        # The application form's own list (assembler's field catalogue) is the vocabulary.
        choices = assembler.all_fields()["marital_status"].choices
        if clean["marital_status"] not in choices:
            problems.append(
                Problem.of(
                    N_("unknown marital status {value!r} (choose one of: {choices})"),
                    "marital_status",
                    value=clean["marital_status"],
                    choices=", ".join(choices),
                )
            )
    bd = clean.get("birth_date")
    if bd is not None:
        if bd > dt.date.today():
            problems.append(
                Problem.of(
                    N_("birth date {day} lies in the future"), "birth_date", day=bd.isoformat()
                )
            )
        clean.setdefault("birth_year", bd.year)
    if problems:
        raise ValidationError(problems=problems)
    return clean


def family_member(position: int, row: dict[str, Any]) -> FamilyMember:
    name = str(row.get("full_name") or "").strip()
    relation = str(row.get("relation") or "").strip()
    problems: list[Problem] = []
    for key in ("full_name", "relation", "nationality", "whereabouts"):
        value = row.get(key)
        if isinstance(value, str):
            check_text(FamilyMember, key, value.strip(), problems)
    if problems:
        raise ValidationError(problems=problems)
    if not name or not relation:
        raise ValidationError(
            N_("family member {number} needs a full name and a relation"), number=position + 1
        )
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
