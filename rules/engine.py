"""Counting a deadline: the period, the extension over non-working days, the safe date.

Each computed deadline keeps its reasoning as structured steps (a day, a kind, a detail).
Every detail is an interned value that already carries its wording in both languages, so
counting never formats text and rendering a step is one label look-up and one join.
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, NamedTuple, Protocol

from rules.calendar import (
    CLOSURE,
    FIRST_DAY,
    FIRST_ORD,
    LABELS,
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
from rules.catalogue import Binds, Confidence, Counting, Rule, Unit, catalogue, get_rule
from rules.errors import CalendarRangeError, InvalidTriggerError


class StepKind(Enum):
    """The kinds of sentence an explanation is made of, in the order they occur."""

    DAY_ZERO = "day-zero"
    HOUR_ZERO = "hour-zero"
    PERIOD_END = "period-end"
    CLOCK_CHANGE = "clock-change"
    SKIPPED = "skipped"
    NOT_EXTENDED = "not-extended"
    DUE = "due"
    DUE_EXTENDED = "due-extended"
    SAFE = "safe"


class Worded(Protocol):
    """A step's detail: structured data that also carries its sentence in both languages."""

    @property
    def sr(self) -> str: ...

    @property
    def en(self) -> str: ...


class Phrase(NamedTuple):
    """A fixed sentence (due, safe date, day 0)."""

    sr: str
    en: str


class PeriodInfo(NamedTuple):
    """How the period was measured, for the sentence on its last day."""

    period: int
    unit: Unit
    clamped: bool  # months: the target month has no such day, so its last day
    sr: str
    en: str


class NotExtended(NamedTuple):
    """A non-working last day that does not move the end (hours, ECtHR)."""

    reason: Reason
    sr: str
    en: str


class ClockChange(NamedTuple):
    """A summer-time change inside an hour period (forward: the clock jumps ahead)."""

    forward: bool
    sr: str
    en: str


class Step(NamedTuple):
    """One sentence of the legal reasoning: a day (or moment), what it is, and why."""

    day: date
    kind: StepKind
    detail: Worded

    def text(self, lang: Lang = "sr") -> str:
        """'Sat 2024-05-11: authorities do not work on Saturdays' / 'sub 11.05.2024: ...'."""
        words = self.detail.sr if lang == "sr" else self.detail.en
        return f"{moment_label(self.day, lang)}: {words}"

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
        labels = LABELS[lang]
        serbian = lang == "sr"
        return tuple(
            [
                f"{labels.get(s.day) or moment_label(s.day, lang)}: "
                f"{s.detail.sr if serbian else s.detail.en}"
                for s in self.steps
            ]
        )

    def to_json(self, lang: Lang = "sr") -> dict[str, Any]:
        """Exactly the object `azil deadline --json` prints."""
        texts = self.explanation(lang)
        return {
            "rule": self.rule_id,
            "trigger": _iso(self.trigger),
            "due": _iso(self.due),
            "unextended": _iso(self.unextended),
            "safe_date": None if self.safe_date is None else _iso(self.safe_date),
            "extended": self.extended,
            "basis": self.basis,
            "confidence": str(self.confidence),
            "steps": [
                {"date": _iso(s.day), "text": text}
                for s, text in zip(self.steps, texts, strict=True)
            ],
        }


def _deadline(
    rule: Rule,
    trigger: date,
    unextended: date,
    due: date,
    safe: date | None,
    steps: list[Step],
) -> Deadline:
    """Build a frozen Deadline without one object.__setattr__ per field (the dataclass
    __init__ of a frozen class), which was a third of the cost of counting."""
    deadline = object.__new__(Deadline)
    deadline.__dict__.update(
        rule_id=rule.id,
        trigger=trigger,
        unextended=unextended,
        due=due,
        safe_date=safe,
        extended=due != unextended,
        basis=rule.basis,
        confidence=rule.confidence,
        binds=rule.binds,
        steps=tuple(steps),
    )
    return deadline


# --- wording ---------------------------------------------------------------------------


def _plural_sr(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def _period_info(period: int, unit: Unit, clamped: bool) -> PeriodInfo:
    """The sentence for the period's last day (interned below, per rule)."""
    if unit is Unit.DAYS:
        sr, en = f"{period}. dan, poslednji dan roka", f"day {period}, the last day of the period"
    elif unit is Unit.HOURS:
        sr = f"istek {period} {_plural_sr(period, 'čas', 'časa', 'časova')}, kraj roka"
        en = f"{period} hours later, the end of the period"
    else:
        months_sr = _plural_sr(period, "mesec", "meseca", "meseci")
        months_en = "month" if period == 1 else "months"
        if clamped:
            sr = (
                f"istek {period} {months_sr}: taj mesec nema istog datuma, "
                "pa rok ističe poslednjeg dana meseca"
            )
            en = (
                f"{period} {months_en} later: that month has no such day, "
                "so the period ends on its last day"
            )
        else:
            sr = f"istek {period} {months_sr}, poslednji dan roka (isti datum u mesecu)"
            en = f"{period} {months_en} later, the last day of the period (same day of the month)"
    return PeriodInfo(period, unit, clamped, sr, en)


_FILE_SR = "podnesak mora stići organu ili biti predat pošti preporučeno do kraja ovog dana"
_FILE_EN = (
    "the filing must reach the authority, or be posted by registered mail, by the end of this day"
)
DAY_ZERO = Phrase(
    "dan 0, dan događaja, ne računa se u rok", "day 0, the day of the event, not counted"
)
HOUR_ZERO = Phrase(
    "početak: rok teče neprekidno od ovog trenutka",
    "start: the hours run continuously from this moment",
)
DUE_HOURS = Phrase(
    "rok ističe u ovo vreme; rokovi na časove se ne produžavaju",
    "due at this time; periods in hours are never extended",
)
SAFE = Phrase(
    "sigurni datum: poslednji radni dan do isteka roka; produženje počiva na suboti ili "
    "evidentiranom neradnom danu, pa je sigurnije postupiti do ovog dana",
    "safe date: the last working day on or before the period's end; the extension rests on "
    "a Saturday or a recorded closure, so act by this day to be safe",
)
_DUE: dict[tuple[Binds, bool], Phrase] = {
    (Binds.PARTY, False): Phrase(f"rok ističe: {_FILE_SR}", f"due: {_FILE_EN}"),
    (Binds.PARTY, True): Phrase(
        f"prvi sledeći radni dan, rok ističe: {_FILE_SR}", f"the next working day, due: {_FILE_EN}"
    ),
    (Binds.AUTHORITY, False): Phrase(
        "rok organa ističe na kraju ovog dana", "due: the authority's time limit ends with this day"
    ),
    (Binds.AUTHORITY, True): Phrase(
        "prvi sledeći radni dan, rok organa ističe na kraju ovog dana",
        "the next working day, due: the authority's time limit ends with this day",
    ),
}
_CLOCK_FORWARD = ClockChange(
    True,
    "sat se pomera unapred: prikazano vreme je ranije, sigurnije čitanje roka",
    "clocks go forward: the time shown is the earlier, safe reading of the period",
)
_CLOCK_BACK = ClockChange(
    False,
    "sat se vraća unazad: rok na časove zato ističe jedan sat ranije po satu",
    "clocks go back: the hours therefore end one hour earlier on the clock",
)
_NOT_EXTENDED: dict[Reason, NotExtended] = {}


def _not_extended(reason: Reason) -> NotExtended:
    found = _NOT_EXTENDED.get(reason)
    if found is None:
        found = _NOT_EXTENDED[reason] = NotExtended(
            reason,
            f"{reason.sr}; ovaj rok se ne produžava na sledeći radni dan",
            f"{reason.en}; this period is not extended to a working day",
        )
    return found


# --- counting --------------------------------------------------------------------------

_NO_CLOSURES: frozenset[int] = frozenset()
_ONE_HOUR = timedelta(hours=1)


class _Plan(NamedTuple):
    """What counting needs from a rule, derived once from the catalogue's data."""

    rule: Rule
    extend: bool
    due: Phrase
    due_extended: Phrase
    period_end: PeriodInfo  # for the rule's own period, not clamped
    alternatives: dict[tuple[int, bool], PeriodInfo]  # other periods / month clamping


def _plan(rule: Rule) -> _Plan:
    periods = {rule.period} | ({rule.transitional.period} if rule.transitional else set())
    return _Plan(
        rule,
        rule.counting is Counting.EXTEND_TO_NEXT_WORKING_DAY,
        _DUE[(rule.binds, False)],
        _DUE[(rule.binds, True)],
        _period_info(rule.period, rule.unit, False),
        {(p, c): _period_info(p, rule.unit, c) for p in periods for c in (False, True)},
    )


_PLANS: dict[str, _Plan] = {rule.id: _plan(rule) for rule in catalogue()}


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


def _count_calendar(plan: _Plan, trigger: date, closed: frozenset[int]) -> Deadline:
    """Days and months: day 0 not counted; extend a non-working last day (ZUP Art. 80)."""
    rule = plan.rule
    if trigger.__class__ is not date:
        if isinstance(trigger, datetime):
            trigger = trigger.date()
        elif not isinstance(trigger, date):
            raise InvalidTriggerError(
                f"rule '{rule.id}' needs a date as day 0, got {trigger!r} (use YYYY-MM-DD)"
            )
    start = trigger.toordinal()
    if start < FIRST_ORD or start > LAST_ORD:
        raise CalendarRangeError(trigger, FIRST_DAY, LAST_DAY)
    period, info = rule.period, plan.period_end
    if rule.transitional is not None and trigger < rule.transitional.before:
        period = rule.transitional.period
        info = plan.alternatives[(period, False)]
    if rule.unit is Unit.DAYS:
        end_ord = start + period
        if end_ord > LAST_ORD:
            raise _out_of_range(end_ord)
        end = date.fromordinal(end_ord)
    else:
        end, clamped = add_months(trigger, period)
        if clamped:
            info = plan.alternatives[(period, True)]
        end_ord = end.toordinal()
        if end_ord > LAST_ORD:
            raise CalendarRangeError(end, FIRST_DAY, LAST_DAY)
    steps = [Step(trigger, StepKind.DAY_ZERO, DAY_ZERO), Step(end, StepKind.PERIOD_END, info)]
    reason = TABLE[end_ord - FIRST_ORD]
    if reason is None and end_ord in closed:
        reason = CLOSURE
    if not plan.extend:
        if reason is not None:
            steps.append(Step(end, StepKind.NOT_EXTENDED, _not_extended(reason)))
        steps.append(Step(end, StepKind.DUE, plan.due))
        return _deadline(rule, trigger, end, end, None, steps)
    if reason is None:
        steps.append(Step(end, StepKind.DUE, plan.due))
        return _deadline(rule, trigger, end, end, None, steps)
    due_ord = end_ord
    while reason is not None:
        steps.append(Step(date.fromordinal(due_ord), StepKind.SKIPPED, reason))
        due_ord += 1
        if due_ord > LAST_ORD:
            raise _out_of_range(due_ord)
        reason = TABLE[due_ord - FIRST_ORD]
        if reason is None and due_ord in closed:
            reason = CLOSURE
    due = date.fromordinal(due_ord)
    steps.append(Step(due, StepKind.DUE_EXTENDED, plan.due_extended))
    safe = _safe_date(start, end_ord, due_ord, closed)
    if safe is not None:
        steps.append(Step(safe, StepKind.SAFE, SAFE))
    return _deadline(rule, trigger, end, due, safe, steps)


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


def _count_hours(plan: _Plan, trigger: date, closed: frozenset[int]) -> Deadline:
    """Hours run continuously and are never extended (counting rule 5). Where the clocks
    go back inside the period, the elapsed hours end one hour earlier on the clock."""
    rule = plan.rule
    if not isinstance(trigger, datetime):
        raise InvalidTriggerError(
            f"rule '{rule.id}' counts {rule.period} hours: give day 0 with its time, "
            f"e.g. {trigger}T15:00"
        )
    check_range(trigger.date())
    start = trigger.replace(tzinfo=None)
    due = start + timedelta(hours=rule.period)
    steps = [Step(start, StepKind.HOUR_ZERO, HOUR_ZERO)]
    for moment, forward in _clock_changes(start, due):
        steps.append(
            Step(moment, StepKind.CLOCK_CHANGE, _CLOCK_FORWARD if forward else _CLOCK_BACK)
        )
        if not forward:
            due -= _ONE_HOUR
    check_range(due.date())
    steps.append(Step(due, StepKind.PERIOD_END, plan.period_end))
    reason = reason_at(due.toordinal(), closed)
    if reason is not None:
        steps.append(Step(due, StepKind.NOT_EXTENDED, _not_extended(reason)))
    steps.append(Step(due, StepKind.DUE, DUE_HOURS))
    return _deadline(rule, start, due, due, None, steps)


_COUNTERS: dict[Unit, Callable[[_Plan, date, frozenset[int]], Deadline]] = {
    Unit.DAYS: _count_calendar,
    Unit.MONTHS: _count_calendar,
    Unit.HOURS: _count_hours,
}


def compute(rule_id: str, trigger: date, closures: Iterable[date] = ()) -> Deadline:
    """The deadline of `rule_id` whose day 0 is `trigger`, with `closures` as
    non-working days the office recorded. A datetime is needed for hour rules."""
    plan = _PLANS.get(rule_id)
    if plan is None:
        get_rule(rule_id)  # raises UnknownRuleError with a suggestion
        raise AssertionError(rule_id)  # pragma: no cover - every rule has a plan
    closed = closure_ordinals(closures) if closures else _NO_CLOSURES
    return _COUNTERS[plan.rule.unit](plan, trigger, closed)
