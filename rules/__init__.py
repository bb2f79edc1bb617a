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
    Binds,
    Confidence,
    Counting,
    Rule,
    Transitional,
    Unit,
    catalogue,
    get_rule,
    rules_chained_from,
    rules_triggered_by,
)
from rules.engine import Deadline, Step, StepKind, add_months, compute
from rules.errors import (
    CalendarRangeError,
    InvalidClosureError,
    InvalidTriggerError,
    RulesError,
    UnknownRuleError,
)
from rules.vocabulary import Body, EventKind, Procedure

__all__ = [
    "FIRST_DAY",
    "LAST_DAY",
    "Binds",
    "Body",
    "CalendarRangeError",
    "Confidence",
    "Counting",
    "Deadline",
    "EventKind",
    "InvalidClosureError",
    "InvalidTriggerError",
    "Lang",
    "Procedure",
    "Rule",
    "RulesError",
    "Step",
    "StepKind",
    "Transitional",
    "Unit",
    "UnknownRuleError",
    "add_months",
    "catalogue",
    "compute",
    "get_rule",
    "is_working_day",
    "moment_label",
    "non_working_reason",
    "rules_chained_from",
    "rules_triggered_by",
]
