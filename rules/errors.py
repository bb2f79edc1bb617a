"""The errors the engine reports. Each message says what the user should do."""

from __future__ import annotations

import difflib
from datetime import date


class RulesError(Exception):
    """Base of every error the engine reports; the message says what to fix."""

    exit_code = 1


class UnknownRuleError(RulesError):
    """A rule id that is not in the catalogue (a typo, usually: suggest the nearest id)."""

    exit_code = 2

    def __init__(self, rule_id: str, known: tuple[str, ...]) -> None:
        self.rule_id = rule_id
        close = difflib.get_close_matches(rule_id, known, n=1, cutoff=0.5)
        hint = f" (did you mean '{close[0]}'?)" if close else " (run `azil rules` for the list)"
        super().__init__(f"unknown rule '{rule_id}'{hint}")


class CalendarRangeError(RulesError):
    """A date outside the years whose holiday calendar was checked against the law."""

    def __init__(self, day: date, first: date, last: date) -> None:
        self.day = day
        if day < first:
            why = (
                f"{day.isoformat()} is before {first.isoformat()}: the holiday calendar before "
                "2012 differs (2011 amendment of the Holidays Law); count this deadline by hand"
            )
        else:
            why = (
                f"{day.isoformat()} is after {last.isoformat()}, the last day of the verified "
                "holiday calendar; count this deadline by hand"
            )
        super().__init__(why)


class InvalidTriggerError(RulesError):
    """A trigger of the wrong kind for its rule (e.g. an hour rule given no time)."""

    exit_code = 2


class InvalidClosureError(RulesError):
    """A closure day that is not a date."""

    exit_code = 2


class CalendarDataError(RulesError):
    """The installed `holidays` package disagrees with the Holidays Law: nothing is counted."""
