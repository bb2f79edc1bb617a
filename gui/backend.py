"""The GUI's one doorway to the rooms other people are still building.

Screens never call `rules`, `casework.documents` or `casework.reminders` directly: they
call these functions, which answer from the real module when it is there and otherwise
raise `Unavailable` with a reason the screen shows ("the deadline engine is not
available yet"). When the module lands, the screens work without a change here.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from casework.services import Casework, DeadlineRow


class Unavailable(Exception):
    """A part of the app that has not landed (or failed to import); the message says which."""


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except Exception as exc:  # a module half-written by a colleague must not kill the app
        raise Unavailable(f"{name}: {exc}") from exc


def _rules_attr(name: str) -> Any:
    rules = _module("rules")
    value = getattr(rules, name, None)
    if value is None:
        raise Unavailable(f"rules.{name} is missing")
    return value


# ---------------------------------------------------------------------- rules
@dataclass(frozen=True)
class RuleInfo:
    """What a screen shows about a rule."""

    id: str
    name_sr: str
    name_en: str
    confidence: str
    basis: str
    hours: bool


def _info(rule: Any) -> RuleInfo:
    unit = str(getattr(rule.unit, "value", rule.unit))
    conf = str(getattr(rule.confidence, "value", rule.confidence))
    return RuleInfo(rule.id, rule.name_sr, rule.name_en, conf, rule.basis, unit == "hours")


def catalogue() -> list[RuleInfo]:
    """Every rule (for the rule filter); empty when the engine has not landed."""
    try:
        return [_info(r) for r in _rules_attr("catalogue")()]
    except Unavailable:
        return []


def triggered(kind: str, procedure: str, outcome: str | None = None) -> list[RuleInfo]:
    """The rules an event of `kind` starts in a case of `procedure` (shown before saving),
    chained ones included; a decision's `outcome` picks its appeal."""
    from rules.vocabulary import EventKind, Outcome, Procedure

    fn = _rules_attr("plan_event")
    plan = fn(EventKind(kind), Procedure(procedure), Outcome(outcome) if outcome else None)
    return [_info(p.rule) for p in plan]


def rule_names(rule_id: str) -> tuple[str, str]:
    """A rule's name in Serbian and English (its id when the engine is not there)."""
    try:
        rule = _rules_attr("get_rule")(rule_id)
    except Exception:
        return rule_id, rule_id
    return rule.name_sr, rule.name_en


def needs_time(kind: str, procedure: str) -> bool:
    """True when the event starts an hour rule (the time field is then required)."""
    try:
        return any(r.hours for r in triggered(kind, procedure))
    except Unavailable:
        return kind == "registration"  # the 72-hour rule (DOMAIN.md); the engine will confirm


def non_working_reason(day: dt.date, closures: Sequence[dt.date], lang: str) -> str | None:
    """Why a day is not a working day (holiday, weekend, closure), or None."""
    fn = _rules_attr("non_working_reason")
    try:
        result = fn(day, tuple(closures), lang)
    except Exception:  # outside the engine's verified calendar: say nothing rather than guess
        return None
    return str(result) if result is not None else None


# ---------------------------------------------------------------------- documents
@dataclass(frozen=True)
class TemplateChoice:
    id: str
    title_sr: str
    title_en: str


def templates() -> list[TemplateChoice]:
    """The filings the office can generate."""
    assembler = _module("assembler")
    try:
        found = assembler.all_templates()
    except Exception as exc:
        raise Unavailable(str(exc)) from exc
    return [
        TemplateChoice(x.id, getattr(x, "title_sr", x.id), getattr(x, "title_en", x.id))
        for x in found
    ]


def _documents() -> ModuleType:
    return _module("casework.documents")


def check_case(case_id: int, template_id: str, cw: Casework) -> list[Any]:
    """Every missing or invalid field for the template (assembler.Problem values)."""
    return list(_documents().check_case(case_id, template_id, cw=cw))


def late_problems(
    case_id: int, template_id: str, cw: Casework, today: dt.date | None = None
) -> list[Any]:
    """Why the filing would go out late (passed, fulfilled, dates contradicting)."""
    return list(_documents().late_problems(case_id, template_id, cw, today))


def generate(
    case_id: int,
    template_id: str,
    cw: Casework,
    pdf: bool = False,
    script: str | None = None,
    late_reason: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """Make the filing; returns the .docx path (the Document row or `Generated` both work)."""
    result = _documents().generate(
        case_id, template_id, script=script, pdf=pdf, cw=cw, late_reason=late_reason, today=today
    )
    doc = getattr(result, "document", result)
    return Path(doc.path)


def case_folder(case_id: int) -> Path:
    """The case's document folder."""
    return Path(_documents().case_folder(case_id))


# ---------------------------------------------------------------------- reminders
@dataclass(frozen=True)
class ReminderLine:
    """One reminder to show: the deadline and why it reminds now."""

    row: DeadlineRow
    why: str
    team: bool = False  # shown to everyone: the lawyer is on leave or none is assigned


def reminders(
    cw: Casework, staff: str | None, today: dt.date | None = None
) -> tuple[list[ReminderLine], bool]:
    """Reminders due now for `staff` (None: the team); the flag says the real module answered.

    One line per deadline (a team run has one digest per person; a deadline shared by
    several digests is shown once). Without `casework.reminders`, the deadlines due
    within 7 days (overdue included) are shown, and the panel says so.
    """
    try:
        mod = _module("casework.reminders")
        fn = getattr(mod, "reminders", None)
        if not callable(fn):
            raise Unavailable("casework.reminders.reminders is missing")
    except Unavailable:
        rows = cw.deadlines(within_days=7, staff=staff, today=today)
        return [ReminderLine(r, "") for r in rows], False
    result = fn(cw, day=today, staff=staff)
    lines: dict[int, ReminderLine] = {}
    for digest in result.digests:
        for why, items in (
            ("overdue", digest.overdue),
            ("today", digest.due_today),
            ("remind", digest.remind),
        ):
            for item in items:
                lines.setdefault(item.row.id, ReminderLine(item.row, why, item.team))
    return sorted(lines.values(), key=lambda x: (x.row.due, x.row.id)), True
