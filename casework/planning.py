"""What the screens ask the rules about: the catalogue, what an event will start, whether
it needs an hour, and why a day is not a working day.

The app and the command line ask these through casework (the application layer), never
the engine directly, so a rule of the law (which events start an hour rule, which
appeal an outcome opens) is decided in one place: `rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import rules
from rules.vocabulary import EventKind, Lang, Outcome, Procedure


@dataclass(frozen=True)
class RuleInfo:
    """What a screen shows about a rule."""

    id: str
    name_sr: str
    name_en: str
    confidence: str
    basis: str
    hours: bool


def _info(rule: rules.Rule) -> RuleInfo:
    return RuleInfo(
        rule.id,
        rule.name_sr,
        rule.name_en,
        rule.confidence.value,
        rule.basis,
        rule.unit is rules.Unit.HOURS,
    )


def rule_catalogue() -> list[RuleInfo]:
    """Every rule, in catalogue order (for a rule filter)."""
    return [_info(r) for r in rules.catalogue()]


def triggered(kind: str, procedure: str, outcome: str | None = None) -> list[RuleInfo]:
    """The rules an event of `kind` starts in a case of `procedure` (shown before saving),
    chained ones included; a decision's `outcome` picks its appeal."""
    plan = rules.plan_event(
        EventKind(kind), Procedure(procedure), Outcome(outcome) if outcome else None
    )
    return [_info(p.rule) for p in plan]


def needs_time(kind: str, procedure: str) -> bool:
    """True when the event starts a rule counted in hours: its time must be recorded."""
    return any(r.hours for r in triggered(kind, procedure))


def rule_names(rule_id: str) -> tuple[str, str]:
    """A rule's name in Serbian and English (its id for a rule the catalogue no longer has,
    e.g. in an old audit entry)."""
    try:
        rule = rules.get_rule(rule_id)
    except rules.UnknownRuleError:
        return rule_id, rule_id
    return rule.name_sr, rule.name_en


def non_working_reason(day: dt.date, closures: Sequence[dt.date], lang: Lang) -> str | None:
    """Why a day is not a working day (holiday, weekend, closure), or None; outside the
    verified calendar it says nothing rather than guess."""
    try:
        return rules.non_working_reason(day, tuple(closures), lang)
    except rules.CalendarRangeError:
        return None


__all__ = [
    "RuleInfo",
    "needs_time",
    "non_working_reason",
    "rule_catalogue",
    "rule_names",
    "triggered",
]
