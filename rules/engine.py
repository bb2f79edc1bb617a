"""Counting a deadline: the period, the extension over non-working days, the safe date.

Counting is a few look-ups in tables precomputed over the verified calendar (the next
working day, the last working day before a day, whether an extension crosses a
Saturday). The legal reasoning is built only when it is read (`Deadline.steps`): the
team's list computes thousands of dates and opens one explanation at a time. Each step's
detail already carries its wording in both languages, and cites the counting provision
it applies (ZUP Art. 80(2) and (5), Holidays Law Art. 3a, Sabri Güneş for the ECtHR).
"""

from __future__ import annotations

import calendar as _stdcal
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo

from rules import calendar as _cal
from rules.calendar import (
    FIRST_DAY,
    FIRST_ORD,
    LABELS,
    LAST_DAY,
    LAST_ORD,
    TABLE,
    Lang,
    Reason,
    check_range,
    check_verified,
    closure_ordinals,
    moment_label,
    reason_at,
)
from rules.catalogue import (
    AbsoluteLimit,
    Binds,
    Confidence,
    Counting,
    Rule,
    Unit,
    catalogue,
    get_rule,
    period_words,
)
from rules.citations import (
    CC_BY_POST,
    COURT_RULES,
    DAY_COUNT,
    EXTENSION,
    FILING_IN_TIME,
    LAWSUIT_BY_POST,
    Cite,
    cite_text,
)
from rules.errors import CalendarRangeError, InvalidTriggerError
from rules.i18n import N_, Phrase, both, serbian
from rules.vocabulary import Body, Procedure

BELGRADE = ZoneInfo("Europe/Belgrade")


class StepKind(Enum):
    """The kinds of sentence an explanation is made of, in the order they occur."""

    ASSUMPTION = "assumption"
    DAY_ZERO = "day-zero"
    HOUR_ZERO = "hour-zero"
    PERIOD_END = "period-end"
    CLOCK_CHANGE = "clock-change"
    SKIPPED = "skipped"
    NOT_EXTENDED = "not-extended"
    CANDIDATE = "candidate"
    LIMIT = "limit"
    DUE = "due"
    DUE_EXTENDED = "due-extended"
    OPENS = "opens"
    SAFE = "safe"


class Worded(Protocol):
    """A step's detail: structured data that also carries its sentence in both languages."""

    @property
    def sr(self) -> str: ...

    @property
    def en(self) -> str: ...


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


class _Context(NamedTuple):
    """What the reasoning needs beyond the dates, kept to build it when it is read."""

    plan: _Plan
    closed: frozenset[int]
    period: int
    procedure: Procedure | None
    missed: date | None
    after: Deadline | None
    outcome_unknown: bool
    procedure_unknown: bool = False


class Deadline:
    """A computed deadline: the legal due date, the dates around it, and why.

    `safe_date` (party deadlines, DOMAIN.md principle 4): act by this day where the
    extension rests on a Saturday or a recorded closure. `remedy_opens` (authority
    deadlines): the day after the legal due date, from which the remedy lies; never
    earlier, so an authority deadline has no safe date.
    """

    __slots__ = (
        "_ctx",
        "_steps",
        "binds",
        "confidence",
        "due",
        "extended",
        "limit_due",
        "remedy_opens",
        "rule_id",
        "safe_date",
        "trigger",
        "unextended",
    )

    _ctx: _Context
    _steps: tuple[Step, ...] | None
    rule_id: str
    trigger: date
    unextended: date
    due: date
    safe_date: date | None
    extended: bool
    confidence: Confidence
    binds: Binds
    remedy_opens: date | None
    limit_due: date | None  # the absolute limit's end (restoration), where it was checked

    @property
    def rule(self) -> Rule:
        return self._ctx.plan.rule

    @property
    def outcome_unknown(self) -> bool:
        """The rule was taken as the shortest because the decision's outcome is unknown."""
        return self._ctx.outcome_unknown

    @property
    def basis(self) -> str:
        """The legal basis as Serbian courts cite it."""
        return self.basis_text("sr")

    def basis_text(self, lang: Lang = "sr") -> str:
        """The basis in one language; the procedure's own provision where it decides."""
        return self._ctx.plan.rule.basis_text(lang, self._ctx.procedure)

    @property
    def procedure_unknown(self) -> bool:
        """The shortest period was taken because the asylum procedure is not known."""
        ctx = self._ctx
        if ctx.procedure_unknown:
            return True
        known = {which for which, _p, _c in ctx.plan.rule.by_procedure}
        return bool(known) and ctx.procedure not in known

    @property
    def steps(self) -> tuple[Step, ...]:
        """The reasoning, built on first reading (counting does not need it)."""
        steps = self._steps
        if steps is None:
            steps = self._steps = tuple(_explain(self))
        return steps

    def __repr__(self) -> str:
        safe = f", safe {_iso(self.safe_date)}" if self.safe_date else ""
        extended = f" (extended from {_iso(self.unextended)})" if self.extended else ""
        return (
            f"Deadline({self.rule_id}: day 0 {_iso(self.trigger)} -> due {_iso(self.due)}"
            f"{extended}{safe}; {self.rule.basis_text('en')}, confidence {self.confidence})"
        )

    def explanation(self, lang: Lang = "sr") -> tuple[str, ...]:
        """The steps worded in one language, in order."""
        labels = LABELS[lang]
        in_serbian = lang == "sr"
        return tuple(
            [
                f"{labels.get(s.day) or moment_label(s.day, lang)}: "
                f"{s.detail.sr if in_serbian else s.detail.en}"
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
            "remedy_opens": None if self.remedy_opens is None else _iso(self.remedy_opens),
            "extended": self.extended,
            "binds": str(self.binds),
            "basis": self.basis_text(lang),
            "confidence": str(self.confidence),
            "steps": [
                {"date": _iso(s.day), "text": text}
                for s, text in zip(self.steps, texts, strict=True)
            ],
        }


def _make(
    ctx: _Context,
    trigger: date,
    unextended: date,
    due: date,
    safe: date | None,
    limit_due: date | None = None,
) -> Deadline:
    rule = ctx.plan.rule
    d = object.__new__(Deadline)
    d._ctx = ctx
    d._steps = None
    d.rule_id = rule.id
    d.trigger = trigger
    d.unextended = unextended
    d.due = due
    d.extended = due != unextended
    d.confidence = rule.confidence
    d.binds = rule.binds
    d.limit_due = limit_due
    if rule.binds is Binds.PARTY:
        d.safe_date = safe
        d.remedy_opens = None
    else:
        d.safe_date = None
        d.remedy_opens = (
            due + timedelta(days=1)
            if rule.binds is Binds.AUTHORITY and rule.unit is not Unit.HOURS
            else None
        )
    return d


# --- wording ---------------------------------------------------------------------------


def _period_info(period: int, unit: Unit, clamped: bool) -> PeriodInfo:
    """The sentence for the period's last day (interned below, per rule)."""
    if unit is Unit.DAYS:
        words = both("day {n}, the last day of the period", n=period)
    elif unit is Unit.HOURS:
        words = both("{hours} later, the end of the period", hours=_words(period, unit))
    elif clamped:
        words = both(
            "{months} later: that month has no such day, so the period ends on its last "
            "day ({cite})",
            months=_words(period, unit),
            cite=_cite(DAY_COUNT),
        )
    else:
        words = both(
            "{months} later, the last day of the period (same day of the month)",
            months=_words(period, unit),
        )
    return PeriodInfo(period, unit, clamped, words.sr, words.en)


def _words(period: int, unit: Unit) -> Phrase:
    """'15 dana' / '15 days'."""
    return Phrase(period_words(period, unit, "sr"), period_words(period, unit, "en"))


def _cite(cite: Cite) -> Phrase:
    """'čl. 92. st. 1. ZUP' / 'ZUP Art. 92(1)'."""
    return Phrase(cite.text("sr"), cite.text("en"))


def _cites(cites: tuple[Cite, ...]) -> Phrase:
    return Phrase(cite_text(cites, "sr"), cite_text(cites, "en"))


def _moment(moment: date) -> Phrase:
    """'pon 13.05.2024.' / 'Mon 2024-05-13'."""
    return Phrase(moment_label(moment, "sr"), moment_label(moment, "en"))


class _Forum(NamedTuple):
    """Where a filing is received and which rules count its period (authority or court)."""

    day_cite: Phrase | None  # the counting provision
    receiver: Phrase  # who must receive it: "organu" / "the authority"
    by_post: Phrase | None  # the provision on filing by registered post


def _pair(cite: Cite | None) -> Phrase | None:
    return None if cite is None else _cite(cite)


# ZUP counts for the Asylum Office and the Commission; ZUS refers the Administrative
# Court to the civil procedure rules (čl. 74. ZUS); the Constitutional Court has its own
# rule on post (čl. 32. st. 3.), no counting provision of its own in laws/.
_FORUMS: dict[Body, _Forum] = {
    Body.ADMINISTRATIVE_COURT: _Forum(
        both("{cite}: the civil procedure rules", cite=_cite(COURT_RULES)),
        both("the court"),
        _pair(LAWSUIT_BY_POST),
    ),
    Body.CONSTITUTIONAL_COURT: _Forum(None, both("the Court"), _pair(CC_BY_POST)),
    Body.HIGHER_COURT: _Forum(None, both("the court"), None),
}
_AUTHORITY = _Forum(_pair(DAY_COUNT), both("the authority"), _pair(FILING_IN_TIME))


def _cited(text: Phrase, cite: Phrase | None) -> Phrase:
    """The sentence followed by its provision in brackets, in each language."""
    if cite is None:
        return text
    return Phrase(f"{text.sr} ({cite.sr})", f"{text.en} ({cite.en})")


def _forum_phrases(rule: Rule) -> tuple[Phrase, Phrase, Phrase]:
    """Day 0, due, due after an extension: worded for the body that receives the filing."""
    forum = _FORUMS.get(rule.body, _AUTHORITY)
    extension = _pair(EXTENSION) if forum is _AUTHORITY else forum.day_cite
    if rule.unit is Unit.MONTHS:
        zero = _cited(
            both("day 0, the day of the event; the period ends on the same day number"),
            forum.day_cite,
        )
    else:
        zero = _cited(both("day 0, the day of the event, not counted"), forum.day_cite)
    filing = _cited(
        both(
            "the filing must reach {receiver}, or be posted by registered mail, by the end "
            "of this day",
            receiver=forum.receiver,
        ),
        forum.by_post,
    )
    following = _cited(both("the next working day"), extension)
    if rule.binds is Binds.PARTY:
        due = both("due: {filing}", filing=filing)
        extended = both("{next}, due: {filing}", next=following, filing=filing)
    elif rule.binds is Binds.AUTHORITY:
        due = both("due: the authority's time limit ends with this day")
        extended = both(
            "{next}, due: the authority's time limit ends with this day", next=following
        )
    else:
        due = both("the period ends with this day; delivery is then deemed done")
        extended = both(
            "{next}, the period ends with this day; delivery is then deemed done",
            next=following,
        )
    return zero, due, extended


DAY_ZERO_ECHR = both(
    "day 0, the day the final decision was served; the period runs from the next day"
)
HOUR_ZERO = both("start: the hours run continuously from this moment (Belgrade time)")
DUE_HOURS = both("due at this time; periods in hours are never extended")


def _safe_phrase(unextended: date) -> Phrase:
    return both(
        "safe date: the last working day before the period's unextended end ({day}); the "
        "extension rests on a Saturday or a recorded closure, so act by this day to be safe",
        day=_moment(unextended),
    )


SAFE_NO_WORKING_DAY = both(
    "safe date: no working day is left inside the period, so the safe date is the "
    "unextended end itself; the extension rests on a Saturday or a recorded closure"
)
REMEDY_OPENS = both(
    "from this day, the first after the authority's time limit, the remedy lies; used "
    "earlier it would be premature"
)
_CLOCK_FORWARD = ClockChange(
    True, *both("clocks go forward: the time shown is the earlier, safe reading of the period")
)
_CLOCK_BACK = ClockChange(
    False, *both("clocks go back: the hours therefore end one hour earlier on the clock")
)
_NOT_EXTENDED: dict[tuple[Reason, bool], NotExtended] = {}


def _not_extended(reason: Reason, echr: bool) -> NotExtended:
    found = _NOT_EXTENDED.get((reason, echr))
    if found is None:
        if echr:
            words = both(
                "{reason}; this period is not extended to a working day (ECtHR, Sabri Güneş "
                "v. Turkey [GC], 2012)",
                reason=Phrase(reason.sr, reason.en),
            )
        else:
            words = both(
                "{reason}; this period is not extended to a working day",
                reason=Phrase(reason.sr, reason.en),
            )
        found = _NOT_EXTENDED[(reason, echr)] = NotExtended(reason, words.sr, words.en)
    return found


# --- counting tables -------------------------------------------------------------------

_SPAN = LAST_ORD - FIRST_ORD + 1


def _tables() -> tuple[list[int], list[int], list[bool]]:
    """NEXT[i]: the first working day on or after day i (an ordinal; LAST_ORD + 1 past
    the range); PREV[i]: the last working day on or before day i (FIRST_ORD - 1 before
    it); SATURDAY_RUN[i]: the run of non-working days from day i to NEXT[i] holds a
    Saturday (so the extension rests on one: DOMAIN.md principle 4)."""
    nxt = [0] * _SPAN
    sat = [False] * _SPAN
    following, saw = LAST_ORD + 1, False
    for i in range(_SPAN - 1, -1, -1):
        reason = TABLE[i]
        if reason is None:
            following, saw = FIRST_ORD + i, False
        elif reason.soft:
            saw = True
        nxt[i], sat[i] = following, saw
    prev = [0] * _SPAN
    last = FIRST_ORD - 1
    for i in range(_SPAN):
        if TABLE[i] is None:
            last = FIRST_ORD + i
        prev[i] = last
    return nxt, prev, sat


NEXT, PREV, SATURDAY_RUN = _tables()


_DUE_ECHR = both(
    "due: the application must be sent to the Court by the end of this day (the date of "
    "dispatch counts, Rule 47 of the Rules of Court)"
)


class _Plan(NamedTuple):
    """What counting needs from a rule, derived once from the catalogue's data."""

    rule: Rule
    extend: bool
    party: bool
    day_zero: Phrase
    due: Phrase
    due_extended: Phrase
    period_end: PeriodInfo  # for the rule's own period, not clamped
    alternatives: dict[tuple[int, bool], PeriodInfo]  # other periods / month clamping


def _plan(rule: Rule) -> _Plan:
    periods = {rule.period} | ({rule.transitional.period} if rule.transitional else set())
    periods |= {p for _, p, _c in rule.by_procedure}
    echr = rule.counting is Counting.NO_EXTENSION and rule.unit is not Unit.HOURS
    zero, due, extended = _forum_phrases(rule)
    return _Plan(
        rule,
        rule.counting is Counting.EXTEND_TO_NEXT_WORKING_DAY,
        rule.binds is Binds.PARTY,
        DAY_ZERO_ECHR if echr else zero,
        _DUE_ECHR if echr else due,
        extended,
        _period_info(rule.period, rule.unit, False),
        {(p, c): _period_info(p, rule.unit, c) for p in periods for c in (False, True)},
    )


_PLANS: dict[str, _Plan] = {rule.id: _plan(rule) for rule in catalogue()}
_NO_CLOSURES: frozenset[int] = frozenset()


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


def _end_ordinal(rule: Rule, trigger: date, start: int, period: int) -> int:
    """The unextended end: day 0 + days, or the same day number months later."""
    days = rule.unit is Unit.DAYS
    end = start + period if days else add_months(trigger, period)[0].toordinal()
    if end > LAST_ORD:
        raise _out_of_range(end)
    return end


def _extend(end: int, closed: frozenset[int]) -> int:
    """The first working day on or after `end` (ZUP Art. 80(5))."""
    due = NEXT[end - FIRST_ORD]
    if closed:
        while due in closed or (due <= LAST_ORD and TABLE[due - FIRST_ORD] is not None):
            due += 1
            if due > LAST_ORD:
                break
    if due > LAST_ORD:
        raise _out_of_range(due)
    return due


def _safe(start: int, end: int, due: int, closed: frozenset[int]) -> int | None:
    """Principle 4: where the extension crossed a Saturday or a recorded closure, the last
    working day on or before the unextended end (after day 0), else that end itself."""
    if due == end:
        return None
    if closed:
        if not any((r := reason_at(o, closed)) is not None and r.soft for o in range(end, due)):
            return None
        back = end - 1
        while back > start and reason_at(back, closed) is not None:
            back -= 1
        return back if back > start else end
    if not SATURDAY_RUN[end - FIRST_ORD]:
        return None
    back = PREV[end - 1 - FIRST_ORD]
    return back if back > start else end


def _as_date(rule: Rule, trigger: date) -> date:
    if trigger.__class__ is date:
        return trigger
    if isinstance(trigger, datetime):
        return trigger.date()
    raise InvalidTriggerError(
        f"rule '{rule.id}' needs a date as day 0, got {trigger!r} (use YYYY-MM-DD)"
    )


def _count_calendar(plan: _Plan, trigger: date, closed: frozenset[int], facts: _Facts) -> Deadline:
    """Days and months: day 0 not counted; extend a non-working last day (ZUP Art. 80)."""
    rule = plan.rule
    procedure, missed, after = facts.procedure, facts.missed, facts.after
    trigger = _as_date(rule, trigger)
    start = trigger.toordinal()
    if start < FIRST_ORD or start > LAST_ORD:
        raise CalendarRangeError(trigger, FIRST_DAY, LAST_DAY)
    if _cal.UNVERIFIED_YEARS:  # a package that disagrees with the law: refuse
        check_verified(trigger)
    period = rule.period_for(trigger, procedure)
    end = _end_ordinal(rule, trigger, start, period)
    ctx = _Context(
        plan, closed, period, procedure, missed, after, facts.outcome_unknown,
        facts.procedure_unknown,
    )  # fmt: skip
    if not plan.extend:
        end_day = date.fromordinal(end)
        return _make(ctx, trigger, end_day, end_day, None)
    working = TABLE[end - FIRST_ORD] is None and end not in closed
    due = end if working else _extend(end, closed)
    safe = _safe(start, end, due, closed) if plan.party else None
    limit_due: int | None = None
    if rule.limit is not None and missed is not None:
        limit_end, limit_due = _limit(rule, missed, closed)
        if limit_due < due:
            end, due = limit_end, limit_due
            safe = _safe(missed.toordinal(), end, due, closed)
    if after is not None and after.extended and plan.party:
        # A chained rule also counts from the unextended end of the rule before it.
        alt = compute(rule.id, after.unextended, _days(closed), procedure=procedure)
        alt_act = alt.safe_date or alt.due
        if alt_act.toordinal() < (safe or due):
            safe = alt_act.toordinal()
    return _make(
        ctx,
        trigger,
        date.fromordinal(end),
        date.fromordinal(due),
        None if safe is None else date.fromordinal(safe),
        None if limit_due is None else date.fromordinal(limit_due),
    )


def _limit(rule: Rule, missed: date, closed: frozenset[int]) -> tuple[int, int]:
    """The absolute limit counted in months from the missed day, extended like the rule."""
    assert rule.limit is not None
    check_range(missed)
    end_day, _ = add_months(missed, rule.limit.months)
    end = end_day.toordinal()
    if end > LAST_ORD:
        raise _out_of_range(end)
    reason = reason_at(end, closed)
    return end, end if reason is None else _extend(end, closed)


def _days(closed: frozenset[int]) -> list[date]:
    return [date.fromordinal(o) for o in closed]


# --- hours ------------------------------------------------------------------------------

_UTC = ZoneInfo("UTC")


def _local(moment: datetime) -> datetime:
    """A trigger as Belgrade wall-clock time: a time-zone-aware one is converted."""
    if moment.tzinfo is not None:
        return moment.astimezone(BELGRADE).replace(tzinfo=None)
    return moment


def _exists(wall: datetime) -> bool:
    """False for a wall-clock time skipped when the clocks go forward."""
    aware = wall.replace(tzinfo=BELGRADE)
    back = aware.astimezone(_UTC).astimezone(BELGRADE).replace(tzinfo=None)
    return back == wall


def _ambiguous(wall: datetime) -> bool:
    """True for a wall-clock time that happens twice when the clocks go back."""
    first = wall.replace(tzinfo=BELGRADE, fold=0).utcoffset()
    second = wall.replace(tzinfo=BELGRADE, fold=1).utcoffset()
    return first != second


def _hour_readings(start: datetime, hours: int) -> tuple[datetime, datetime]:
    """The wall-clock reading (start + hours on the clock) and the elapsed reading (the
    hours really elapsed, from zoneinfo's offsets), both as Belgrade wall-clock times."""
    wall = start + timedelta(hours=hours)
    aware = start.replace(tzinfo=BELGRADE)
    elapsed = (aware.astimezone(_UTC) + timedelta(hours=hours)).astimezone(BELGRADE)
    return wall, elapsed.replace(tzinfo=None)


def _count_hours(plan: _Plan, trigger: date, closed: frozenset[int], facts: _Facts) -> Deadline:
    """Hours run continuously and are never extended (counting rule 5). Where the clocks
    change inside the period, the earlier of the wall-clock and the elapsed reading."""
    rule = plan.rule
    if not isinstance(trigger, datetime):
        raise InvalidTriggerError(
            f"rule '{rule.id}' counts {rule.period} hours: give day 0 with its time, "
            f"e.g. {trigger}T15:00"
        )
    start = _local(trigger)
    check_range(start.date())
    check_verified(start.date())
    wall, elapsed = _hour_readings(start, rule.period)
    due = min(wall, elapsed)
    if not _exists(due):
        # The clock jumps from 02:00 to 03:00: the period ends when the jump happens.
        due = due.replace(minute=0) if due.hour == 2 else due
    check_range(due.date())
    ctx = _Context(plan, closed, rule.period, *facts)
    return _make(ctx, start, due, due, None)


# --- reasoning --------------------------------------------------------------------------


def _assumptions(d: Deadline) -> list[Step]:
    """What the count assumed, said first: a missing fact, the procedure's period, the
    rule it follows, and from when it may be used."""
    ctx = d._ctx
    rule = ctx.plan.rule
    steps: list[Step] = []
    if not (ctx.procedure_unknown or ctx.outcome_unknown or rule.by_procedure or ctx.after):
        return steps
    words = _words(ctx.period, rule.unit)
    basis = Phrase(d.basis_text("sr"), d.basis_text("en"))
    if ctx.procedure_unknown:
        steps.append(
            Step(
                d.trigger,
                StepKind.ASSUMPTION,
                both(
                    "the asylum procedure is not recorded (detention is not an asylum "
                    "procedure): the shortest possible period is taken ({words}, {basis}); "
                    "record the procedure",
                    words=words,
                    basis=basis,
                ),
            )
        )
    if ctx.outcome_unknown:
        steps.append(
            Step(
                d.trigger,
                StepKind.ASSUMPTION,
                both(
                    "the decision's outcome is not recorded: the shortest possible period is "
                    "taken ({words}, {basis}); record the outcome",
                    words=words,
                    basis=basis,
                ),
            )
        )
    if rule.by_procedure:
        known = {which for which, _p, _c in rule.by_procedure}
        if ctx.procedure is None or ctx.procedure not in known:
            detail = both(
                "the asylum procedure is not known: the shortest possible period is taken "
                "({words})",
                words=words,
            )
        else:
            detail = both(
                "the period in this procedure ({procedure}): {words} ({basis})",
                procedure=Phrase(serbian(_PROCEDURE[ctx.procedure]), ctx.procedure.value),
                words=words,
                basis=basis,
            )
        steps.append(Step(d.trigger, StepKind.ASSUMPTION, detail))
    if ctx.after is not None:
        parent = ctx.after.rule
        steps.append(
            Step(
                d.trigger,
                StepKind.ASSUMPTION,
                both(
                    "day 0 is the end of the period of {basis}",
                    basis=Phrase(parent.basis_text("sr"), parent.basis_text("en")),
                ),
            )
        )
        if ctx.after.binds is Binds.AUTHORITY:
            steps.append(
                Step(
                    ctx.after.due + timedelta(days=1),
                    StepKind.OPENS,
                    both("the first day it may be lodged; lodged earlier it would be premature"),
                )
            )
    return steps


# The procedure's name in a reasoning sentence ("the period in this procedure (regular)").
_PROCEDURE = {
    Procedure.REGULAR: N_("regular"),
    Procedure.ACCELERATED: N_("accelerated"),
    Procedure.BORDER: N_("border"),
    Procedure.SUBSEQUENT: N_("subsequent application"),
    Procedure.DETENTION: N_("detention"),
}


def _walk(
    plan: _Plan,
    trigger: date,
    period: int,
    closed: frozenset[int],
    final: bool,
    subjective: bool = False,
) -> tuple[list[Step], int, int]:
    """The sentences of one count from `trigger`: day 0, the last day, each skipped day,
    the due day. With `final` False the due day is a candidate, not the due date;
    `subjective` names the period as a restoration's subjective one."""
    rule = plan.rule
    echr = rule.counting is Counting.NO_EXTENSION
    start = trigger.toordinal()
    end = _end_ordinal(rule, trigger, start, period)
    info: Worded = plan.alternatives[(period, False)]
    if rule.unit is Unit.MONTHS and add_months(trigger, period)[1]:
        info = plan.alternatives[(period, True)]
    if subjective:
        info = both("day {n}, the last day of the subjective period", n=period)
    end_day = date.fromordinal(end)
    steps = [
        Step(trigger, StepKind.DAY_ZERO, plan.day_zero),
        Step(end_day, StepKind.PERIOD_END, info),
    ]
    reason = reason_at(end, closed)
    if not plan.extend:
        if reason is not None:
            steps.append(Step(end_day, StepKind.NOT_EXTENDED, _not_extended(reason, echr)))
        steps.append(Step(end_day, StepKind.DUE if final else StepKind.CANDIDATE, plan.due))
        return steps, end, end
    due = end
    while reason is not None:
        steps.append(Step(date.fromordinal(due), StepKind.SKIPPED, reason))
        due += 1
        reason = reason_at(due, closed)
    phrase = plan.due_extended if due != end else plan.due
    kind = StepKind.DUE_EXTENDED if due != end else StepKind.DUE
    if not final:
        kind = StepKind.CANDIDATE
        phrase = both(
            "the subjective period of {words} would end here", words=_words(period, rule.unit)
        )
    steps.append(Step(date.fromordinal(due), kind, phrase))
    return steps, end, due


def _explain(d: Deadline) -> list[Step]:
    ctx = d._ctx
    plan = ctx.plan
    rule = plan.rule
    steps = _assumptions(d)
    if rule.unit is Unit.HOURS:
        return steps + _explain_hours(d)
    limit = rule.limit
    if limit is None:
        steps += _walk(plan, d.trigger, ctx.period, ctx.closed, final=True)[0]
    elif ctx.missed is None:
        steps += _walk(plan, d.trigger, ctx.period, ctx.closed, final=True)[0]
        steps.append(
            Step(
                d.due,
                StepKind.LIMIT,
                both(
                    "the objective limit of {months} from the missed day ({cites}) was not "
                    "checked: the missed day is not given, and the period may end earlier",
                    months=_words(limit.months, Unit.MONTHS),
                    cites=_cites(limit.cites),
                ),
            )
        )
    else:
        steps += _explain_limit(d, limit)
    if d.remedy_opens is not None:
        steps.append(Step(d.remedy_opens, StepKind.OPENS, REMEDY_OPENS))
    if d.safe_date is not None:
        steps.append(_safe_step(d))
    return steps


def _explain_limit(d: Deadline, limit: AbsoluteLimit) -> list[Step]:
    """A restoration: the subjective period from the cause ceasing, the objective limit
    from the missed day, and which of the two ends first."""
    ctx = d._ctx
    plan = ctx.plan
    rule = plan.rule
    assert ctx.missed is not None and d.limit_due is not None
    limited = d.limit_due == d.due
    steps, _, own_due = _walk(
        plan, d.trigger, ctx.period, ctx.closed, final=not limited, subjective=True
    )
    months = _words(limit.months, Unit.MONTHS)
    steps.append(
        Step(
            ctx.missed,
            StepKind.LIMIT,
            both(
                "the missed day; the objective limit of {months} runs from it ({cites})",
                months=months,
                cites=_cites(limit.cites),
            ),
        )
    )
    limit_end, _ = add_months(ctx.missed, limit.months)
    steps.append(
        Step(limit_end, StepKind.LIMIT, both("{months} after the missed day", months=months))
    )
    day = limit_end.toordinal()
    reason = reason_at(day, ctx.closed)
    while reason is not None:
        steps.append(Step(date.fromordinal(day), StepKind.SKIPPED, reason))
        day += 1
        reason = reason_at(day, ctx.closed)
    if not limited:
        steps.append(
            Step(
                date.fromordinal(own_due),
                StepKind.LIMIT,
                both(
                    "the earlier date applies: the subjective period of {words} (the "
                    "objective limit ends {day})",
                    words=_words(ctx.period, rule.unit),
                    day=_moment(d.limit_due),
                ),
            )
        )
        return steps
    kind = StepKind.DUE_EXTENDED if d.extended else StepKind.DUE
    steps.append(
        Step(
            d.due,
            kind,
            both("the earlier date applies: the objective limit; {due}", due=plan.due),
        )
    )
    if d.due < d.trigger:
        steps.append(
            Step(
                d.due,
                StepKind.LIMIT,
                both(
                    "the objective limit ended before the cause ceased: restoration can no "
                    "longer be sought, save force majeure"
                ),
            )
        )
    return steps


def _safe_step(d: Deadline) -> Step:
    assert d.safe_date is not None
    ctx = d._ctx
    after = ctx.after
    if after is not None and after.extended:
        own = compute(
            d.rule_id,
            d.trigger,
            _days(ctx.closed),
            procedure=ctx.procedure,
            missed=ctx.missed,
        )
        if own.safe_date != d.safe_date:
            return Step(
                d.safe_date,
                StepKind.SAFE,
                both(
                    "safe date: counted from the unextended end of the period before ({day}); "
                    "act by this day to be safe",
                    day=_moment(after.unextended),
                ),
            )
    if d.safe_date == d.unextended:
        return Step(d.safe_date, StepKind.SAFE, SAFE_NO_WORKING_DAY)
    return Step(d.safe_date, StepKind.SAFE, _safe_phrase(d.unextended))


def _explain_hours(d: Deadline) -> list[Step]:
    ctx = d._ctx
    start = d.trigger
    assert isinstance(start, datetime)
    steps = [Step(start, StepKind.HOUR_ZERO, HOUR_ZERO)]
    wall, elapsed = _hour_readings(start, ctx.period)
    if elapsed != wall:
        forward = elapsed > wall
        moment = _clock_change_moment(start, max(wall, elapsed))
        steps.append(
            Step(moment, StepKind.CLOCK_CHANGE, _CLOCK_FORWARD if forward else _CLOCK_BACK)
        )
    due = d.due
    assert isinstance(due, datetime)
    skipped = not _exists(min(wall, elapsed))
    if not skipped:
        steps.append(Step(due, StepKind.PERIOD_END, ctx.plan.period_end))
    if skipped:
        steps.append(
            Step(
                due,
                StepKind.CLOCK_CHANGE,
                both(
                    "{time} does not exist that day (the clocks go forward at 02:00): the "
                    "period ends when the clocks change",
                    time=min(wall, elapsed).strftime("%H:%M"),
                ),
            )
        )
    elif _ambiguous(due):
        steps.append(
            Step(
                due,
                StepKind.CLOCK_CHANGE,
                both(
                    "{time} happens twice that day (the clocks go back at 03:00): the period "
                    "ends the first time the clock shows it",
                    time=due.strftime("%H:%M"),
                ),
            )
        )
    reason = reason_at(due.toordinal(), ctx.closed)
    if reason is not None:
        steps.append(Step(due, StepKind.NOT_EXTENDED, _not_extended(reason, False)))
    steps.append(Step(due, StepKind.DUE, DUE_HOURS))
    return steps


def _clock_change_moment(start: datetime, end: datetime) -> datetime:
    """The wall-clock moment of the (first) offset change between start and end."""
    aware = start.replace(tzinfo=BELGRADE)
    offset = aware.utcoffset()
    probe = start
    while probe < end:
        probe += timedelta(hours=1)
        now = probe.replace(tzinfo=BELGRADE).utcoffset()
        if now != offset:
            assert now is not None and offset is not None
            # Forward: the clocks jump at 02:00 (to 03:00); back: at 03:00 (to 02:00).
            hour = 2 if now > offset else 3
            return probe.replace(hour=hour, minute=0)
    return end


# --- the entry point --------------------------------------------------------------------


def compute(
    rule_id: str,
    trigger: date,
    closures: Iterable[date] = (),
    *,
    procedure: Procedure | None = None,
    missed: date | None = None,
    after: Deadline | None = None,
    outcome_unknown: bool = False,
    procedure_unknown: bool = False,
) -> Deadline:
    """The deadline of `rule_id` whose day 0 is `trigger`, with `closures` as non-working
    days the office recorded. A datetime is needed for hour rules (a time-zone-aware one
    is converted to Belgrade time).

    `procedure` picks a procedure-dependent period (without it: the shortest);
    `missed` is the missed day of a restoration (its absolute limit); `after` is the
    deadline a chained rule follows (its safe reading counts from that one's unextended
    end); `outcome_unknown` says the rule was taken as the shortest because the
    decision's outcome is not recorded, `procedure_unknown` because the asylum
    procedure is not (the reasoning says so).
    """
    plan = _PLANS.get(rule_id)
    if plan is None:
        get_rule(rule_id)  # raises UnknownRuleError with a suggestion
        raise AssertionError(rule_id)  # pragma: no cover - every rule has a plan
    closed = closure_ordinals(closures) if closures else _NO_CLOSURES
    rule = plan.rule
    if rule.limit is not None and missed is None and rule.limit.required:
        raise InvalidTriggerError(
            f"rule '{rule.id}' needs the missed day: nothing can be asked after 3 months "
            "from it (give --missed DATE)"
        )
    if procedure is None and missed is None and after is None:
        facts = _NO_FACTS[outcome_unknown, procedure_unknown]
    else:
        facts = _Facts(procedure, missed, after, outcome_unknown, procedure_unknown)
    if rule.unit is Unit.HOURS:
        return _count_hours(plan, trigger, closed, facts)
    return _count_calendar(plan, trigger, closed, facts)


class _Facts(NamedTuple):
    procedure: Procedure | None
    missed: date | None
    after: Deadline | None
    outcome_unknown: bool
    procedure_unknown: bool


_NO_FACTS = {(o, p): _Facts(None, None, None, o, p) for o in (False, True) for p in (False, True)}
