"""From the case file to a filing: the template context, generation, and the record of it.

`case_context` is the one place that maps the case file onto the template contract
(`assembler/fields.py`): what the database models (client, case, events, deadlines,
office settings) plus the lawyer's drafting text stored on the case. The same dict is
what `azil case export ID --json` prints and what `azil render --case-file` reads, so a
document can be made without a database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import assembler
import casework.scratch  # noqa: F401 (conversions work in the private, swept folder)
import rules
from casework import N_, CaseworkError
from casework.config import data_dir, documents_dir, ensure_private_dir
from casework.filing_context import (
    _APPEAL_RULES,
    _DEADLINE_FIELDS,
    _FIRST_INSTANCE_DECISIONS,
    _client,
    _deadline,
    _deadlines,
    _empty_json,
    _events,
    _latest,
    _office,
    _procedure_type,
    _representative,
)
from casework.i18n import both, numeric_day
from casework.models import Case, Document
from casework.services import Casework, ValidationError
from casework.settings import DEFAULT_SETTINGS
from casework.urgency import overdue_remedy
from casework.vocabulary import DeadlineStatus
from rules.i18n import Phrase

# Fields the events decide: typing them as drafting text would give a second, possibly
# contradicting, source (issue 9: the appeal reads the outcome from the event).
_FROM_EVENTS = frozenset({"ao_decision_outcome"})

# Which deadlines a generated filing is the draft for (shown as "draft ready" beside them).
DRAFT_RULES: dict[str, tuple[str, ...]] = {
    "appeal": _APPEAL_RULES,
    "lawsuit": ("lawsuit-administrative-court",),
    "constitutional-appeal": ("constitutional-appeal",),
    "application": ("lodging-office", "lodging-own-initiative"),
}

# The filing that answers a deadline: the party's own (an appeal within its days), or the
# remedy once an authority is silent past its limit (the urgency to the Commission).
_FILING_OF_RULE: dict[str, str] = {
    **{rule: template for template, rules_ in DRAFT_RULES.items() for rule in rules_},
    "silence-commission": "urgency",
}


def filing_for_rule(rule_id: str) -> str | None:
    """The template that answers a deadline of this rule, or None (nothing to draft)."""
    return _FILING_OF_RULE.get(rule_id)


def office_templates_dir() -> Path:
    """Where the office keeps its own versions of the templates (`azil templates add`)."""
    return data_dir() / "templates"


# Every filing made through casework takes the office's version of a template first.
assembler.use_office_templates(office_templates_dir)


class DocumentError(CaseworkError):
    """A document cannot be made for this case; the message lists what to fix."""


class LateFilingError(DocumentError):
    """The filing's time limit has passed, is fulfilled, or the dates contradict it.

    Refused unless the person confirms the filing as late with a reason (`--late`, or the
    app's confirmation); the text then never claims it is in time.
    """

    def __init__(self, template_title: str, problems: Sequence[assembler.Problem]) -> None:
        super().__init__(
            N_(
                "{title}: {details} (to file it anyway, confirm it as late with a reason: "
                "--late 'REASON')"
            ),
            problems=tuple(problems),
            title=template_title,
            details="; ".join(p.message for p in problems),
        )


@dataclass(frozen=True)
class Generated:
    """A generated filing: the stored record, its PDF when asked for, and what to verify."""

    document: Document
    pdf: Path | None
    warnings: tuple[str, ...] = ()


# A filing field's kind, for the app's drafting questions (the catalogue is the assembler's).
FieldType = assembler.FieldType


def field_spec(name: str) -> assembler.Field | None:
    """The catalogue's declaration of a filing field (kind, choices, labels), or None."""
    return assembler.all_fields().get(name)


# Where in the case file each filing field comes from, as (part, item): the inverse of
# the context built below, kept beside it so both change together. The app uses it to
# show the person where to fill a missing field (part = its tab, item = the form's field).
FIELD_SOURCES: dict[str, tuple[str, str]] = {
    "client_full_name": ("client", "name_latin"),
    "client_name_original": ("client", "name_original"),
    "client_gender": ("client", "sex"),
    "client_birth_date": ("client", "birth_date"),
    "client_birth_year": ("client", "birth_date"),
    "client_birth_place": ("client", "birth_place"),
    "client_birth_country": ("client", "birth_country"),
    "client_citizenship": ("client", "nationality"),
    "client_father_name": ("client", "father_name"),
    "client_mother_name": ("client", "mother_name"),
    "client_id_doc": ("client", "id_document"),
    "guardian_name": ("client", "guardian_name"),
    "guardian_gender": ("client", "guardian_sex"),
    "guardian_csr": ("client", "guardian_csr"),
    "client_name_forms": ("client", "name_forms"),
    "client_residence": ("client", "accommodation"),
    "client_language": ("client", "interpreter_language"),
    "ethnicity": ("client", "ethnicity"),
    "religion": ("client", "religion"),
    "family_members": ("client", "family"),
    "rep_full_name": ("case", "lawyer"),
    "rep_gender": ("case", "lawyer"),
    "rep_kind": ("case", "lawyer"),
    "rep_bar_no": ("case", "lawyer"),
    "office_ref_no": ("case", "office_ref"),
    "ao_decision_no": ("events", "reference"),
    "ao_decision_date": ("events", "act_date"),
    "ao_decision_delivered": ("events", "date"),
    "registration_date": ("events", "date"),
    "application_date": ("events", "date"),
    "commission_decision_no": ("case", "commission_no"),
}


# The events whose record holds a filing's event field: a missing value is corrected on
# that event, not typed as a new one (issue 12: the link opened the new-event form, and
# the delivery got recorded twice).
FIELD_EVENTS: dict[str, tuple[str, ...]] = {
    "ao_decision_no": _FIRST_INSTANCE_DECISIONS,
    "ao_decision_date": _FIRST_INSTANCE_DECISIONS,
    "ao_decision_delivered": _FIRST_INSTANCE_DECISIONS,
    "registration_date": ("registration",),
    "application_date": ("application-lodged", "subsequent-application-lodged"),
}


@dataclass(frozen=True)
class TemplateChoice:
    """A filing the office can generate, as a screen lists it."""

    id: str
    title_sr: str
    title_en: str
    default_script: str = "latin"  # the constitutional appeal is written in Cyrillic


def template_choices() -> list[TemplateChoice]:
    """The filings the office can generate, in catalogue order."""
    try:
        found = assembler.all_templates()
    except assembler.AssemblerError as exc:  # the catalogue shipped broken: say so
        raise DocumentError(str(exc)) from exc
    return [TemplateChoice(t.id, t.title_sr, t.title_en, t.default_script) for t in found]


def case_folder_path(case_id: int) -> Path:
    """Where the case's documents live (without creating the folder)."""
    return documents_dir() / f"case-{case_id:05d}"


def case_folder(case_id: int) -> Path:
    """The case's own folder under the documents folder, created owner-only if missing."""
    folder = case_folder_path(case_id)
    ensure_private_dir(folder)
    return folder


def open_case_ids(cw: Casework | None = None) -> list[int]:
    """Ids of every open case, for `render-batch --all-open`."""
    cw = cw or Casework()
    return [c.id for c in cw.list_cases(status="open")]


def case_context(
    case_id: int, cw: Casework | None = None, today: dt.date | None = None
) -> dict[str, Any]:
    """Everything a filing needs about the case, keyed by the template contract's names.

    Values are JSON-ready (dates as ISO strings). Every field of the catalogue is present;
    what the case file does not know is empty, so `validate` can list it.
    """
    cw = cw or Casework()
    return _context(cw.get_case(case_id), cw, today)


def _context(case: Case, cw: Casework, today: dt.date | None) -> dict[str, Any]:
    """`case_context` for a case already loaded (a filing loads it once)."""
    settings = {**DEFAULT_SETTINGS, **cw.settings()}
    today = today or dt.date.today()
    ctx: dict[str, Any] = {}
    ctx.update(_office(settings, case))
    ctx.update(_representative(case.lawyer, settings))
    ctx.update(_client(case))
    ctx.update(_events(case))
    ctx.update(_deadlines(case))
    ctx["procedure_type"] = _procedure_type(case)
    ctx["place"] = settings["place"]
    ctx["date_signed"] = today.isoformat()
    ctx["script"] = "latin"
    drafting = {
        k: v
        for k, v in (case.drafting or {}).items()
        if v not in (None, "", []) and k not in _FROM_EVENTS
    }
    office_due = as_date(ctx.get("office_deadline_date"))
    if office_due is not None and today > office_due and "self_lodging" not in drafting:
        # The Office's 15 days have passed: the application is lodged on the applicant's
        # own initiative, within the 8 days of ZAPZ čl. 36 st. 2, and says so.
        ctx["self_lodging"] = True
    ctx.update(drafting)
    fields = assembler.all_fields()
    out = {name: ctx.get(name, _empty_json(field)) for name, field in fields.items()}
    out["case_id"] = case.id
    # Time limits of confidence L the filing may state: a file exported for rendering
    # elsewhere carries them, so the document is marked in that path too.
    out["review_notes"] = _review_notes(case)
    return out


def _review_notes(case: Case, used: set[str] | None = None, lang: rules.Lang = "sr") -> list[str]:
    """The notes for the lawyer about time limits of confidence L in this case (of the
    fields in `used`, a template's, where given): Serbian for the document, English for
    the person generating it."""
    notes = []
    for name, rule_ids in _DEADLINE_FIELDS:
        found = _deadline(case, rule_ids) if used is None or name in used else None
        if found is None or found.confidence != "L":
            continue
        rule = rules.get_rule(found.rule_id)
        days = rules.period_words(
            rule.period_for(found.trigger, rules.Procedure(case.procedure)), rule.unit, lang
        )
        basis = rule.basis_text(lang, case.procedure)
        if lang == "sr":  # for the document, which names no field
            words = both(
                "the time limit of {days} ({basis}) has confidence L: verify the legal basis "
                "before filing",
                days=days,
                basis=basis,
            )
            notes.append(words.sr)
        else:  # for the person generating it
            words = both(
                "{name}: the time limit of {rule} ({days}, {basis}) has confidence L: verify "
                "the legal basis before filing",
                name=name,
                rule=rule.id,
                days=days,
                basis=basis,
            )
            notes.append(words.en)
    return notes


def _problem(words: Phrase, field: str = "", label: Phrase | None = None) -> assembler.Problem:
    """A problem with its message (and its field's label) in both languages."""
    return assembler.Problem(
        message=words.en,
        field=field,
        label_sr=label.sr if label else "",
        label_en=label.en if label else "",
        message_sr=words.sr,
    )


def check_case(
    case_id: int, template_id: str, cw: Casework | None = None
) -> list[assembler.Problem]:
    """Every missing or invalid field for this template, all at once (empty: ready)."""
    info = assembler.get_template(template_id)
    context = case_context(case_id, cw)
    return assembler.validate(info, context) + timing_problems(template_id, context)


def timing_problems(
    template_id: str, context: Mapping[str, Any], today: dt.date | None = None
) -> list[assembler.Problem]:
    """Filings the law does not yet allow (FILINGS.md 5): the urgency under ZUS Art. 19.

    The repeated request to the Commission is a precondition of a silence lawsuit only once
    its 60 days have run; sent earlier it is premature, so it is refused until the day
    after `silence_deadline`.
    """
    if template_id != "urgency" or context.get("silence_level") == "first_instance":
        return []
    deadline = as_date(context.get("silence_deadline"))
    if deadline is None:
        return []
    signed = as_date(context.get("date_signed")) or today or dt.date.today()
    if signed > deadline:
        return []
    first = deadline + dt.timedelta(days=1)
    return [
        _problem(
            both(
                "the Commission's 60 days (ZUS Art. 19) run until {deadline}; an urgency "
                "sent earlier is premature: date it {first} or later",
                deadline=numeric_day(deadline),
                first=numeric_day(first),
            ),
            "silence_deadline",
            both("End of the Commission's time limit"),
        )
    ]


def legal_warnings(
    case_id: int, template_id: str, cw: Casework | None = None, lang: str = "en"
) -> list[str]:
    """Time limits the filing states whose legal basis is uncertain (confidence L).

    DOMAIN.md: a rule of confidence L says so wherever its deadline is shown; a filing that
    states it is one such place (the Serbian text goes into the document itself).
    """
    cw = cw or Casework()
    info = assembler.get_template(template_id)
    used = set(info.required) | set(info.optional)
    return _review_notes(cw.get_case(case_id), used, "en" if lang == "en" else "sr")


def context_for(
    case_id: int,
    template_id: str,
    cw: Casework | None = None,
    late_reason: str | None = None,
    today: dt.date | None = None,
    validate: bool = False,
) -> dict[str, Any]:
    """The case's context for one template, refused when the law does not allow it yet,
    when the event it answers is not recorded, or (unless confirmed late with a reason)
    when its time limit has passed or is fulfilled. The one path every front end
    generates through (render, render-batch, the app); `validate` also lists every
    missing field in the same refusal."""
    cw = cw or Casework()
    case = cw.get_case(case_id)
    context = _context(case, cw, today)
    problems = timing_problems(template_id, context) + _unanswered(template_id, case)
    if validate:
        problems = assembler.validate(assembler.get_template(template_id), context) + problems
    if problems:
        title = assembler.get_template(template_id).title_en
        raise DocumentError(
            N_("{title} for case {id} needs: {needs}"),
            problems=problems,
            title=title,
            id=case_id,
            needs="; ".join(str(p) for p in problems),
        )
    late = timeliness_problems(template_id, context, case)
    return confirm_late(template_id, context, late, late_reason)


def _unanswered(template_id: str, case: Case) -> list[assembler.Problem]:
    """A filing answers a recorded event, never a number typed into a field; an urgency
    has nothing to ask once the Commission's decision is delivered (the lawsuit answers
    that decision)."""
    if template_id in ("poa", "poa-constitutional"):
        client = case.client
        if client.unaccompanied_minor and not client.guardian_name:
            return [
                _problem(
                    both(
                        "the client is a minor: the power of attorney is granted by the "
                        "temporary guardian; record the guardian (client field guardian_name)"
                    ),
                    "guardian_name",
                    both("Temporary guardian"),
                )
            ]
    if template_id == "urgency":
        decided = _latest(case, "commission-decision-delivered")
        received = _latest(case, "appeal-received")
        if decided is not None and (
            received is None or decided.occurred_on >= received.occurred_on
        ):
            return [
                _problem(
                    both(
                        "the Commission's decision was delivered on {day}: an urgency would "
                        "say it was not; the lawsuit answers that decision",
                        day=numeric_day(decided.occurred_on),
                    )
                )
            ]
    answer = _ANSWERS.get(template_id)
    if answer is None:
        return []
    rule_ids, _deadline_field, _delivered_field, event = answer
    if _deadline(case, rule_ids) is not None and any(
        e.kind in _EVENT_KINDS[event] for e in case.events
    ):
        return []
    return [
        _problem(
            both(
                "no {event} is recorded for this case: record it first (azil event add {id} "
                "{event} DATE); the filing's facts and its time limit come from it",
                event=event,
                id=case.id,
            )
        )
    ]


def late_problems(
    case_id: int, template_id: str, cw: Casework | None = None, today: dt.date | None = None
) -> list[assembler.Problem]:
    """Why the filing would be late (for a front end to ask the person to confirm)."""
    cw = cw or Casework()
    case = cw.get_case(case_id)
    return timeliness_problems(template_id, _context(case, cw, today), case)


def confirm_late(
    template_id: str,
    context: dict[str, Any],
    late: Sequence[assembler.Problem],
    late_reason: str | None,
) -> dict[str, Any]:
    """Refuse a late filing, or mark the context late with the person's reason."""
    if not late:
        return context
    reason = (late_reason or "").strip()
    if not reason:
        raise LateFilingError(assembler.get_template(template_id).title_en, late)
    return {**context, "filed_late": True, "late_reason": reason}


# The time limit each filing answers: its rules, the context's field for its last day,
# the field for the delivery that started it, and the event that must be recorded.
_ANSWERS: dict[str, tuple[tuple[str, ...], str, str, str]] = {
    "appeal": (_APPEAL_RULES, "appeal_deadline", "ao_decision_delivered", "decision-delivered"),
    "lawsuit": (
        ("lawsuit-administrative-court",),
        "lawsuit_deadline",
        "commission_decision_delivered",
        "commission-decision-delivered",
    ),
    "constitutional-appeal": (
        ("constitutional-appeal",),
        "cc_deadline",
        "contested_act_delivered",
        "judgment-delivered",
    ),
}


def timeliness_problems(
    template_id: str, context: Mapping[str, Any], case: Case | None = None
) -> list[assembler.Problem]:
    """Why a filing would go out late (DOMAIN.md principle 5; issue 10): its deadline
    passed before the signing date, is already fulfilled, or the signing date lies before
    the delivery that started it. With `case`, the deadline must also exist: a filing
    answers a recorded event, never a number typed into a field."""
    answer = _ANSWERS.get(template_id)
    if answer is None:
        return []
    rule_ids, deadline_field, delivered_field, _event = answer
    signed = as_date(context.get("date_signed")) or dt.date.today()
    out: list[assembler.Problem] = []
    rule_id = rule_ids[0]
    found = _deadline(case, rule_ids) if case is not None else None
    if found is not None:
        rule_id = found.rule_id
        if found.status == DeadlineStatus.DONE:
            out.append(
                _problem(
                    both(
                        "its time limit ({rule}, due {day}) is already fulfilled: {why}",
                        rule=found.rule_id,
                        day=numeric_day(found.due),
                        why=found.status_reason or both("marked done"),
                    )
                )
            )
    due = as_date(context.get(deadline_field))
    delivered = as_date(context.get(delivered_field))
    if due is not None and signed > due and not out:
        remedy = overdue_remedy(rule_id, due)
        late = both(
            "the time limit ended {due} and the filing is signed {signed}: it is late; {remedy}",
            due=numeric_day(due),
            signed=numeric_day(signed),
            remedy=Phrase(*remedy) if remedy else both("the law gives no restoration"),
        )
        out.append(_problem(late, deadline_field))
    if delivered is not None and signed < delivered:
        out.append(
            _problem(
                both(
                    "the signing date {signed} is before the delivery {delivered}: check "
                    "both dates",
                    signed=numeric_day(signed),
                    delivered=numeric_day(delivered),
                ),
                "date_signed",
            )
        )
    return out


# A filing's recorded event: the decision may also come by public notice.
_EVENT_KINDS: dict[str, frozenset[str]] = {
    "decision-delivered": frozenset(
        {"decision-delivered", "discontinuation-delivered", "public-notice-posted"}
    ),
    "commission-decision-delivered": frozenset({"commission-decision-delivered"}),
    "judgment-delivered": frozenset({"judgment-delivered"}),
}


def as_date(value: object) -> dt.date | None:
    """A date, or an ISO day as the catalogue stores it; None for anything else."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def parse_field_text(name: str, text: str) -> Any:
    """A value typed on the command line, in the type the field needs.

    Multi-choice fields take comma-separated values, lists take JSON, yes/no fields take
    yes/no/da/ne/true/false; everything else is kept exactly as typed.
    """
    fields = assembler.all_fields()
    field = fields.get(name)
    if field is None:
        return text
    kind = field.type
    if kind == assembler.FieldType.MULTI_ENUM:
        return [part.strip() for part in text.split(",") if part.strip()]
    if kind == assembler.FieldType.LIST:
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise ValidationError(
                N_("{name} takes a JSON list of rows ({why})"), name=name, why=str(exc)
            ) from exc
        if not isinstance(value, list):
            raise ValidationError(N_("{name} takes a JSON list of rows, e.g. [{{...}}]"), name=name)
        return value
    if kind == assembler.FieldType.BOOL:
        answer = text.strip().casefold()
        if answer in {"yes", "da", "true", "1"}:
            return True
        if answer in {"no", "ne", "false", "0"}:
            return False
        raise ValidationError(N_("{name} takes yes or no, not {text!r}"), name=name, text=text)
    if kind == assembler.FieldType.INT:
        try:
            return int(text)
        except ValueError:
            raise ValidationError(
                N_("{name} takes a whole number, not {text!r}"), name=name, text=text
            ) from None
    return text


def set_drafting(
    case_id: int, expected_version: int, values: Mapping[str, Any], cw: Casework | None = None
) -> Case:
    """Store the lawyer's text and choices for filings (reasoning, proposal, ...) on the case.

    Only fields of the template contract are accepted; every unknown name and invalid
    value is reported at once and nothing is saved.
    """
    cw = cw or Casework()
    problems = drafting_problems(values)
    if problems:
        raise ValidationError(problems=problems)
    known = {k: v for k, v in values.items() if k in assembler.all_fields()}
    case = cw.get_case(case_id)
    drafting = dict(case.drafting or {})
    drafting.update({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in known.items()})
    return cw.update_case(case_id, expected_version, drafting=drafting)


def drafting_problems(values: Mapping[str, Any]) -> list[assembler.Problem]:
    """Why these drafting values cannot be stored: unknown names, values the events decide,
    wrong types or choices (the checks a filing's validation makes, on just these)."""
    fields = assembler.all_fields()
    problems = [
        assembler.Problem("unknown field: not in the field catalogue", field=name)
        for name in values
        if name not in fields
    ]
    problems += [
        _problem(
            both(
                "not typed: it is the outcome recorded on the decision event (azil event "
                "correct EVENT_ID --outcome rejected|dismissed-safe-third-country|...)"
            ),
            name,
        )
        for name in values
        if name in _FROM_EVENTS
    ]
    known = {k: v for k, v in values.items() if k in fields}
    # The same checks a filing's validation makes (types, choices, list rows), on just
    # these fields: nothing invalid is stored for a template to trip over later.
    scope = assembler.TemplateInfo(
        id="drafting", filename="", title_sr="", title_en="", default_script="latin",
        required=(), optional=tuple(known), legal_basis="",
    )  # fmt: skip
    return problems + assembler.validate(scope, known)


def generate(
    case_id: int,
    template_id: str,
    *,
    script: str | None = None,
    pdf: bool = False,
    out_dir: Path | None = None,
    cw: Casework | None = None,
    late_reason: str | None = None,
    today: dt.date | None = None,
) -> Generated:
    """Validate, render into the case's folder (never overwriting), record it, mark drafts.

    Generating an appeal marks the case's open appeal deadline as having a draft. A late
    filing is refused (LateFilingError) unless `late_reason` confirms it; time limits of
    confidence L are noted, highlighted, at the top of the document.
    """
    cw = cw or Casework()
    info = assembler.get_template(template_id)
    context = context_for(case_id, template_id, cw, late_reason, today, validate=True)
    chosen = script or info.default_script
    if chosen not in ("latin", "cyrillic"):
        raise ValidationError(N_("unknown script {script!r}; use latin or cyrillic"), script=chosen)
    warnings = tuple(legal_warnings(case_id, template_id, cw))
    # the function by its module: `import assembler.batch` anywhere in the process makes
    # the package's `render` the submodule (Python binds a submodule on its package)
    from assembler.render import render as render_filing

    result = render_filing(
        info,
        context,
        out_dir or case_folder(case_id),
        script=chosen,  # type: ignore[arg-type]
        review_notes=legal_warnings(case_id, template_id, cw, "sr"),
    )
    doc = record_document(case_id, template_id, result.path, result.sha256, cw=cw)
    pdf_path: Path | None = None
    if pdf:
        from assembler.pdf import to_pdf

        pdf_path = to_pdf([result.path], result.path.parent)[0]
    return Generated(doc, pdf_path, warnings)


def record_document(
    case_id: int, template_id: str, path: Path, sha256: str, cw: Casework | None = None
) -> Document:
    """Record a generated file (template, hash, who, when, version) and mark the draft."""
    marks = DRAFT_RULES.get(template_id, ())
    return (cw or Casework()).record_document(case_id, template_id, path, sha256, marks)
