"""Properties every deadline must have, whatever the trigger or the closures."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

import rules
from rules import Counting, Unit

EXTENDING = [
    r.id
    for r in rules.catalogue()
    if r.counting is Counting.EXTEND_TO_NEXT_WORKING_DAY and r.unit is not Unit.HOURS
]
CALENDAR_RULES = [r.id for r in rules.catalogue() if r.unit is not Unit.HOURS]


def facts(rule_id: str, trigger: date) -> dict[str, date]:
    """A restoration that needs its missed day gets one 20 days before the cause ceased."""
    limit = rules.get_rule(rule_id).limit
    if limit is not None and limit.required:
        return {"missed": max(trigger - timedelta(days=20), date(2012, 1, 1))}
    return {}


# Triggers whose longest period (12 months plus extension) stays in the verified range.
triggers = st.dates(min_value=date(2012, 1, 1), max_value=date(2049, 12, 1))


@st.composite
def closures_near(draw, trigger_strategy=triggers):
    trigger = draw(trigger_strategy)
    offsets = draw(st.lists(st.integers(0, 400), max_size=8))
    return trigger, [trigger + timedelta(days=o) for o in offsets]


@given(st.sampled_from(EXTENDING), closures_near())
def test_extending_rules_end_on_a_working_day(rule_id, tc):
    trigger, closures = tc
    d = rules.compute(rule_id, trigger, closures, **facts(rule_id, trigger))
    assert rules.is_working_day(d.due, closures)
    assert d.due >= d.unextended > d.trigger
    # Only the last day moves: every day between the end and the due date is non-working.
    day = d.unextended
    while day < d.due:
        assert not rules.is_working_day(day, closures)
        day += timedelta(days=1)


@given(st.sampled_from(CALENDAR_RULES), closures_near())
def test_safe_date_is_a_working_day_before_the_due_date(rule_id, tc):
    trigger, closures = tc
    d = rules.compute(rule_id, trigger, closures, **facts(rule_id, trigger))
    if d.binds is not rules.Binds.PARTY:
        assert d.safe_date is None  # authority deadlines: a premature remedy is dismissed
    if d.safe_date is not None:
        assert trigger < d.safe_date <= d.unextended < d.due
        # A working day, unless none is left inside the period (DOMAIN.md principle 4).
        assert rules.is_working_day(d.safe_date, closures) or d.safe_date == d.unextended
        assert d.steps[-1].kind is rules.StepKind.SAFE


@given(st.sampled_from(CALENDAR_RULES), triggers, triggers, st.lists(triggers, max_size=10))
def test_later_trigger_never_gives_an_earlier_due_date(rule_id, a, b, closures):
    early, late = min(a, b), max(a, b)
    first = rules.compute(rule_id, early, closures, **facts(rule_id, early))
    assert first.due <= rules.compute(rule_id, late, closures, **facts(rule_id, late)).due


@given(st.sampled_from(CALENDAR_RULES), closures_near())
def test_closures_only_ever_delay(rule_id, tc):
    trigger, closures = tc
    more = rules.compute(rule_id, trigger, closures, **facts(rule_id, trigger))
    assert more.due >= rules.compute(rule_id, trigger, **facts(rule_id, trigger)).due


@given(triggers, st.integers(1, 24))
def test_months_count_like_relativedelta(day, months):
    assert rules.add_months(day, months)[0] == day + relativedelta(months=months)


@given(st.sampled_from([r.id for r in rules.catalogue() if r.counting is Counting.NO_EXTENSION]),
       triggers)  # fmt: skip
def test_non_extending_rules_are_never_extended(rule_id, trigger):
    moment = datetime.combine(trigger, datetime.min.time()).replace(hour=9)
    d = rules.compute(rule_id, moment)
    assert d.due == d.unextended and not d.extended and d.safe_date is None


@given(st.sampled_from(CALENDAR_RULES), triggers, st.sampled_from(["sr", "en"]))
def test_every_step_renders_in_both_languages(rule_id, trigger, lang):
    d = rules.compute(rule_id, trigger, **facts(rule_id, trigger))
    texts = d.explanation(lang)
    assert len(texts) >= 3
    assert all(": " in t and t.split(": ", 1)[1] for t in texts)
    counted = [s.kind for s in d.steps if s.kind is not rules.StepKind.ASSUMPTION]
    assert counted[:2] == [rules.StepKind.DAY_ZERO, rules.StepKind.PERIOD_END]


@given(st.sampled_from(list(rules.Procedure)), triggers)
def test_an_unrecorded_outcome_is_never_later_than_any_outcome(procedure, trigger):
    # DOMAIN.md principle 1: the appeal taken without the outcome ends no later than the
    # appeal of any outcome the decision could have.
    unknown = rules.appeal_rule_for(procedure, None)
    assert unknown is not None
    due = rules.compute(unknown.id, trigger).due
    for outcome in rules.Outcome:
        rule = rules.appeal_rule_for(procedure, outcome)
        if rule is not None:
            assert due <= rules.compute(rule.id, trigger).due
