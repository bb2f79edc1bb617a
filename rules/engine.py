"""Counting a deadline: the period, the extension over non-working days, the safe date.

Each computed deadline keeps its reasoning as structured steps (a day, a kind, a detail)
that are worded on demand in Serbian or English; counting never formats text.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, NamedTuple

from rules.calendar import (
    FIRST_DAY,
    FIRST_ORD,
    LAST_DAY,
    LAST_ORD,
    TABLE,
    Lang,
    Reason,
    check_range,
    closure_ordinals,
    moment_label,
    reason_at,
)
from rules.catalogue import Binds, Confidence, Counting, Rule, Unit, get_rule
from rules.errors import CalendarRangeError, InvalidTriggerError


class StepKind(Enum):
    """The kinds of sentence an explanation is made of, in the order they occur."""

    DAY_ZERO = "day-zero"
    HOUR_ZERO = "hour-zero"
    PERIOD_END = "period-end"
    CLOCK_CHANGE = "clock-change"
    SKIPPED = "skipped"
    NOT_EXTENDED = "not-extended"
    DUE_PARTY = "due-party"
    DUE_PARTY_EXTENDED = "due-party-extended"
    DUE_AUTHORITY = "due-authority"
    DUE_AUTHORITY_EXTENDED = "due-authority-extended"
    DUE_HOURS = "due-hours"
    SAFE = "safe"


class PeriodInfo(NamedTuple):
    """How the period was measured, for the sentence on its last day."""

    period: int
    unit: Unit
    clamped: bool  # months: the target month has no such day, so its last day


class ClockChange(NamedTuple):
    """A daylight-saving change inside an hour period (forward: the clock jumps ahead)."""

    forward: bool


Detail = Reason | PeriodInfo | ClockChange | None


class Step(NamedTuple):
    """One sentence of the legal reasoning: a day (or moment), what it is, and why."""

    day: date
    kind: StepKind
    detail: Detail = None

    def text(self, lang: Lang = "sr") -> str:
        """'Sat 2024-05-11: authorities do not work on Saturdays' / 'sub 11.05.2024: ...'."""
        return f"{moment_label(self.day, lang)}: {_PHRASES[lang][self.kind](self.detail)}"

    def iso(self) -> str:
        return _iso(self.day)


def _iso(moment: date) -> str:
    """ISO date, or date and time to the minute for hour rules (the CLI's JSON contract)."""
    if isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.isoformat()


@dataclass(frozen=True, repr=False)
class Deadline:
    """A computed deadline: the legal due date, the dates around it, and why."""

    rule_id: str
    trigger: date
    unextended: date
    due: date
    safe_date: date | None  # DOMAIN.md counting rule 7; None where it would equal due
    extended: bool
    basis: str
    confidence: Confidence
    binds: Binds
    steps: tuple[Step, ...]

    def __repr__(self) -> str:
        safe = f", safe {_iso(self.safe_date)}" if self.safe_date else ""
        extended = f" (extended from {_iso(self.unextended)})" if self.extended else ""
        return (
            f"Deadline({self.rule_id}: day 0 {_iso(self.trigger)} -> due {_iso(self.due)}"
            f"{extended}{safe}; {self.basis}, confidence {self.confidence})"
        )

    def explanation(self, lang: Lang = "sr") -> tuple[str, ...]:
        """The steps worded in one language, in order."""
        return tuple(step.text(lang) for step in self.steps)

    def to_json(self, lang: Lang = "sr") -> dict[str, Any]:
        """Exactly the object `azil deadline --json` prints."""
        return {
            "rule": self.rule_id,
            "trigger": _iso(self.trigger),
            "due": _iso(self.due),
            "unextended": _iso(self.unextended),
            "safe_date": None if self.safe_date is None else _iso(self.safe_date),
            "extended": self.extended,
            "basis": self.basis,
            "confidence": str(self.confidence),
            "steps": [{"date": _iso(s.day), "text": s.text(lang)} for s in self.steps],
        }


# --- counting ------------------------------------------------------------------------

_NO_CLOSURES: frozenset[int] = frozenset()
_PERIOD_INFOS: dict[tuple[int, Unit, bool], PeriodInfo] = {}


def _period_info(period: int, unit: Unit, clamped: bool) -> PeriodInfo:
    """Interned, since the same few values occur in every deadline."""
    key = (period, unit, clamped)
    info = _PERIOD_INFOS.get(key)
    if info is None:
        info = _PERIOD_INFOS[key] = PeriodInfo(period, unit, clamped)
    return info


def add_months(day: date, months: int) -> tuple[date, bool]:
    """Same day number `months` later, else the month's last day (counting rule 2)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = _stdcal.monthrange(year, month)[1]
    if day.day > last:
        return date(year, month, last), True
    return date(year, month, day.day), False


def _out_of_range(ordinal: int) -> CalendarRangeError:
    """The range error for a day past the verified calendar, given as an ordinal."""
    return CalendarRangeError(date.fromordinal(min(ordinal, LAST_ORD + 1)), FIRST_DAY, LAST_DAY)


def _due_kind(binds: Binds, extended: bool) -> StepKind:
    if binds is Binds.AUTHORITY:
        return StepKind.DUE_AUTHORITY_EXTENDED if extended else StepKind.DUE_AUTHORITY
    return StepKind.DUE_PARTY_EXTENDED if extended else StepKind.DUE_PARTY


def _count_calendar(rule: Rule, trigger: date, closed: frozenset[int]) -> Deadline:
    """Days and months: day 0 not counted; extend a non-working last day (ZUP Art. 80)."""
    if isinstance(trigger, datetime):
        trigger = trigger.date()
    elif not isinstance(trigger, date):
        raise InvalidTriggerError(
            f"rule '{rule.id}' needs a date as day 0, got {trigger!r} (use YYYY-MM-DD)"
        )
    start = trigger.toordinal()
    if start < FIRST_ORD or start > LAST_ORD:
        raise CalendarRangeError(trigger, FIRST_DAY, LAST_DAY)
    period = rule.period_for(trigger)
    if rule.unit is Unit.DAYS:
        end_ord, clamped = start + period, False
        if end_ord > LAST_ORD:
            raise _out_of_range(end_ord)
        end = date.fromordinal(end_ord)
    else:
        end, clamped = add_months(trigger, period)
        end_ord = end.toordinal()
        if end_ord > LAST_ORD:
            raise CalendarRangeError(end, FIRST_DAY, LAST_DAY)
    steps = [
        Step(trigger, StepKind.DAY_ZERO),
        Step(end, StepKind.PERIOD_END, _period_info(period, rule.unit, clamped)),
    ]
    reason = TABLE[end_ord - FIRST_ORD]
    if reason is None and end_ord in closed:
        reason = reason_at(end_ord, closed)
    safe: date | None = None
    if rule.counting is Counting.NO_EXTENSION:
        if reason is not None:
            steps.append(Step(end, StepKind.NOT_EXTENDED, reason))
        steps.append(Step(end, _due_kind(rule.binds, False)))
        return Deadline(
            rule.id, trigger, end, end, None, False, rule.basis, rule.confidence, rule.binds,
            tuple(steps),
        )  # fmt: skip
    due_ord = end_ord
    while reason is not None:
        steps.append(Step(date.fromordinal(due_ord), StepKind.SKIPPED, reason))
        due_ord += 1
        if due_ord > LAST_ORD:
            raise _out_of_range(due_ord)
        reason = TABLE[due_ord - FIRST_ORD]
        if reason is None and due_ord in closed:
            reason = reason_at(due_ord, closed)
    extended = due_ord != end_ord
    due = date.fromordinal(due_ord) if extended else end
    steps.append(Step(due, _due_kind(rule.binds, extended)))
    if extended:
        safe = _safe_date(start, end_ord, due_ord, closed)
        if safe is not None:
            steps.append(Step(safe, StepKind.SAFE))
    return Deadline(
        rule.id, trigger, end, due, safe, extended, rule.basis, rule.confidence, rule.binds,
        tuple(steps),
    )  # fmt: skip


def _safe_date(start: int, end_ord: int, due_ord: int, closed: frozenset[int]) -> date | None:
    """Counting rule 7: if Saturdays and closures as working days would end the period
    earlier, the last working day on or before the unextended end (after day 0)."""
    alt = end_ord
    while alt < due_ord:
        reason = reason_at(alt, closed)
        if reason is None or reason.soft:
            break
        alt += 1
    if alt >= due_ord:
        return None
    back = end_ord - 1
    while back > start and reason_at(back, closed) is not None:
        back -= 1
    return date.fromordinal(back) if back > start else None


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month, _stdcal.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _clock_changes(start: datetime, end: datetime) -> list[tuple[datetime, bool]]:
    """Serbian (EU) summer-time changes inside (start, end]: local 02:00 on the last
    Sunday of March (forward) and 03:00 on the last Sunday of October (back)."""
    found = []
    for year in range(start.year, end.year + 1):
        spring = datetime.combine(_last_sunday(year, 3), datetime.min.time()).replace(hour=2)
        autumn = datetime.combine(_last_sunday(year, 10), datetime.min.time()).replace(hour=3)
        for moment, forward in ((spring, True), (autumn, False)):
            if start < moment <= end:
                found.append((moment, forward))
    return found


def _count_hours(rule: Rule, trigger: date, closed: frozenset[int]) -> Deadline:
    """Hours run continuously and are never extended (counting rule 5)."""
    if not isinstance(trigger, datetime):
        raise InvalidTriggerError(
            f"rule '{rule.id}' counts {rule.period} hours: give day 0 with its time, "
            f"e.g. {trigger}T15:00"
        )
    check_range(trigger.date())
    naive = trigger.replace(tzinfo=None)
    due = naive + timedelta(hours=rule.period)
    steps = [Step(naive, StepKind.HOUR_ZERO)]
    changes = _clock_changes(naive, due)
    for moment, forward in changes:
        steps.append(Step(moment, StepKind.CLOCK_CHANGE, ClockChange(forward)))
        if not forward:
            # Clocks go back: 72 elapsed hours end one hour earlier on the clock.
            due -= timedelta(hours=1)
    check_range(due.date())
    steps.append(Step(due, StepKind.PERIOD_END, _period_info(rule.period, rule.unit, False)))
    reason = reason_at(due.toordinal(), closed)
    if reason is not None:
        steps.append(Step(due, StepKind.NOT_EXTENDED, reason))
    steps.append(Step(due, StepKind.DUE_HOURS))
    return Deadline(
        rule.id, naive, due, due, None, False, rule.basis, rule.confidence, rule.binds,
        tuple(steps),
    )  # fmt: skip


_COUNTERS: dict[Unit, Callable[[Rule, date, frozenset[int]], Deadline]] = {
    Unit.DAYS: _count_calendar,
    Unit.MONTHS: _count_calendar,
    Unit.HOURS: _count_hours,
}


def compute(rule_id: str, trigger: date, closures: Iterable[date] = ()) -> Deadline:
    """The deadline of `rule_id` whose day 0 is `trigger`, with `closures` as
    non-working days the office recorded. A datetime is needed for hour rules."""
    rule = get_rule(rule_id)
    closed = closure_ordinals(closures) if closures else _NO_CLOSURES
    return _COUNTERS[rule.unit](rule, trigger, closed)


# --- wording -------------------------------------------------------------------------


def _months_sr(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "mesec"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "meseca"
    return "meseci"


def _hours_sr(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "čas"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "časa"
    return "časova"


def _period_end_sr(detail: Detail) -> str:
    assert isinstance(detail, PeriodInfo)
    n = detail.period
    if detail.unit is Unit.DAYS:
        return f"{n}. dan, poslednji dan roka"
    if detail.unit is Unit.HOURS:
        return f"istek {n} {_hours_sr(n)}, kraj roka"
    if detail.clamped:
        return (
            f"istek {n} {_months_sr(n)}: taj mesec nema istog datuma, "
            "pa rok ističe poslednjeg dana meseca"
        )
    return f"istek {n} {_months_sr(n)}, poslednji dan roka (isti datum u mesecu)"


def _period_end_en(detail: Detail) -> str:
    assert isinstance(detail, PeriodInfo)
    n = detail.period
    if detail.unit is Unit.DAYS:
        return f"day {n}, the last day of the period"
    if detail.unit is Unit.HOURS:
        return f"{n} hours later, the end of the period"
    months = "month" if n == 1 else "months"
    if detail.clamped:
        return f"{n} {months} later: that month has no such day, so the period ends on its last day"
    return f"{n} {months} later, the last day of the period (same day of the month)"


def _reason(lang: Lang, suffix: str) -> Callable[[Detail], str]:
    def phrase(detail: Detail) -> str:
        assert isinstance(detail, Reason)
        return detail.text(lang) + suffix

    return phrase


def _clock_sr(detail: Detail) -> str:
    assert isinstance(detail, ClockChange)
    if detail.forward:
        return "sat se pomera unapred: prikazano vreme je ranije, sigurnije čitanje roka"
    return "sat se vraća unazad: rok na časove zato ističe jedan sat ranije po satu"


def _clock_en(detail: Detail) -> str:
    assert isinstance(detail, ClockChange)
    if detail.forward:
        return "clocks go forward: the time shown is the earlier, safe reading of the period"
    return "clocks go back: the hours therefore end one hour earlier on the clock"


def _fixed(text: str) -> Callable[[Detail], str]:
    return lambda _detail: text


_FILE_SR = "podnesak mora stići organu ili biti predat pošti preporučeno do kraja ovog dana"
_FILE_EN = (
    "the filing must reach the authority, or be posted by registered mail, by the end of this day"
)
_SAFE_SR = (
    "sigurni datum: poslednji radni dan do isteka roka; produženje počiva na suboti ili "
    "evidentiranom neradnom danu, pa je sigurnije postupiti do ovog dana"
)
_SAFE_EN = (
    "safe date: the last working day on or before the period's end; the extension rests on "
    "a Saturday or a recorded closure, so act by this day to be safe"
)

_PHRASES: dict[Lang, dict[StepKind, Callable[[Detail], str]]] = {
    "sr": {
        StepKind.DAY_ZERO: _fixed("dan 0, dan događaja, ne računa se u rok"),
        StepKind.HOUR_ZERO: _fixed("početak: rok teče neprekidno od ovog trenutka"),
        StepKind.PERIOD_END: _period_end_sr,
        StepKind.CLOCK_CHANGE: _clock_sr,
        StepKind.SKIPPED: _reason("sr", ""),
        StepKind.NOT_EXTENDED: _reason("sr", "; ovaj rok se ne produžava na sledeći radni dan"),
        StepKind.DUE_PARTY: _fixed(f"rok ističe: {_FILE_SR}"),
        StepKind.DUE_PARTY_EXTENDED: _fixed(f"prvi sledeći radni dan, rok ističe: {_FILE_SR}"),
        StepKind.DUE_AUTHORITY: _fixed("rok organa ističe na kraju ovog dana"),
        StepKind.DUE_AUTHORITY_EXTENDED: _fixed(
            "prvi sledeći radni dan, rok organa ističe na kraju ovog dana"
        ),
        StepKind.DUE_HOURS: _fixed("rok ističe u ovo vreme; rokovi na časove se ne produžavaju"),
        StepKind.SAFE: _fixed(_SAFE_SR),
    },
    "en": {
        StepKind.DAY_ZERO: _fixed("day 0, the day of the event, not counted"),
        StepKind.HOUR_ZERO: _fixed("start: the hours run continuously from this moment"),
        StepKind.PERIOD_END: _period_end_en,
        StepKind.CLOCK_CHANGE: _clock_en,
        StepKind.SKIPPED: _reason("en", ""),
        StepKind.NOT_EXTENDED: _reason("en", "; this period is not extended to a working day"),
        StepKind.DUE_PARTY: _fixed(f"due: {_FILE_EN}"),
        StepKind.DUE_PARTY_EXTENDED: _fixed(f"the next working day, due: {_FILE_EN}"),
        StepKind.DUE_AUTHORITY: _fixed("due: the authority's time limit ends with this day"),
        StepKind.DUE_AUTHORITY_EXTENDED: _fixed(
            "the next working day, due: the authority's time limit ends with this day"
        ),
        StepKind.DUE_HOURS: _fixed("due at this time; periods in hours are never extended"),
        StepKind.SAFE: _fixed(_SAFE_EN),
    },
}
