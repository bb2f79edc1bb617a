"""The deadline engine: dates in, deadlines out, each with its legal reasoning.

Pure Python. Imports neither Qt nor SQLAlchemy nor docxtpl (checked by import-linter).
The public API is re-exported here; casework codes against these names only.
"""

from rules.calendar import (
    FIRST_DAY,
    LAST_DAY,
    Lang,
    is_working_day,
    moment_label,
    non_working_reason,
)
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
    plan_event,
    procedure_unknown,
    rules_chained_from,
    rules_triggered_by,
    slot,
)
from rules.citations import Cite, Law, cite_text
from rules.engine import BELGRADE, Deadline, Step, StepKind, add_months, compute, period_words
from rules.errors import (
    CalendarDataError,
    CalendarRangeError,
    InvalidClosureError,
    InvalidTriggerError,
    RulesError,
    UnknownRuleError,
)
from rules.vocabulary import Body, EventKind, Outcome, Procedure

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
