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
    d = rules.compute(rule_id, trigger, closures)
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
    d = rules.compute(rule_id, trigger, closures)
    if d.safe_date is not None:
        assert trigger < d.safe_date <= d.unextended < d.due
        assert rules.is_working_day(d.safe_date, closures)
        assert d.steps[-1].kind is rules.StepKind.SAFE


@given(st.sampled_from(CALENDAR_RULES), triggers, triggers, st.lists(triggers, max_size=10))
def test_later_trigger_never_gives_an_earlier_due_date(rule_id, a, b, closures):
    early, late = min(a, b), max(a, b)
    assert rules.compute(rule_id, early, closures).due <= rules.compute(rule_id, late, closures).due


@given(st.sampled_from(CALENDAR_RULES), closures_near())
def test_closures_only_ever_delay(rule_id, tc):
    trigger, closures = tc
    assert rules.compute(rule_id, trigger, closures).due >= rules.compute(rule_id, trigger).due


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
    d = rules.compute(rule_id, trigger)
    texts = d.explanation(lang)
    assert len(texts) >= 3
    assert all(": " in t and t.split(": ", 1)[1] for t in texts)
    assert [s.kind for s in d.steps][:2] == [rules.StepKind.DAY_ZERO, rules.StepKind.PERIOD_END]
