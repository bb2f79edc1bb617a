"""The deadline engine: dates in, deadlines out, each with its legal reasoning.

Pure Python. Imports neither Qt nor SQLAlchemy nor docxtpl (checked by import-linter).
The public API is re-exported here; casework codes against these names only.
"""

import importlib
from typing import TYPE_CHECKING, Any

# The catalogue is eager: its function `catalogue` shares the submodule's name, and an
# eager import is what makes the name mean the function (it is light: no calendar).
from rules.catalogue import (
    LEGAL_MODEL,
    AbsoluteLimit,
    Binds,
    Confidence,
    Counting,
    Planned,
    Rule,
    Transitional,
    Unit,
    appeal_rule_for,
    catalogue,
    get_rule,
    period_words,
    plan_event,
    procedure_unknown,
    rules_chained_from,
    rules_triggered_by,
    slot,
)
from rules.citations import Cite, Law, cite_text
from rules.errors import (
    CalendarDataError,
    CalendarRangeError,
    InvalidClosureError,
    InvalidTriggerError,
    RulesError,
    UnknownRuleError,
)
from rules.vocabulary import Body, EventKind, Lang, Outcome, Procedure

if TYPE_CHECKING:
    from rules.calendar import (
        FIRST_DAY,
        LAST_DAY,
        is_working_day,
        moment_label,
        non_working_reason,
    )
    from rules.engine import BELGRADE, Deadline, Step, StepKind, add_months, compute

# The calendar builds its table of 39 years when first imported and the engine its own
# tables: a command that lists rules or prints help must not pay for them, so their
# names are imported when first used (PEP 562).
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        ("FIRST_DAY", "LAST_DAY", "is_working_day", "moment_label", "non_working_reason"),
        "rules.calendar",
    ),
    **dict.fromkeys(
        ("BELGRADE", "Deadline", "Step", "StepKind", "add_months", "compute"),
        "rules.engine",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "BELGRADE",
    "FIRST_DAY",
    "LAST_DAY",
    "LEGAL_MODEL",
    "AbsoluteLimit",
    "Binds",
    "Body",
    "CalendarDataError",
    "CalendarRangeError",
    "Cite",
    "Confidence",
    "Counting",
    "Deadline",
    "EventKind",
    "InvalidClosureError",
    "InvalidTriggerError",
    "Lang",
    "Law",
    "Outcome",
    "Planned",
    "Procedure",
    "Rule",
    "RulesError",
    "Step",
    "StepKind",
    "Transitional",
    "Unit",
    "UnknownRuleError",
    "add_months",
    "appeal_rule_for",
    "catalogue",
    "cite_text",
    "compute",
    "get_rule",
    "is_working_day",
    "moment_label",
    "non_working_reason",
    "period_words",
    "plan_event",
    "procedure_unknown",
    "rules_chained_from",
    "rules_triggered_by",
    "slot",
]
