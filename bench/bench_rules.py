"""Deadlines per second: the engine against a bare counting loop.

Run: PYTHONPATH=. python bench/bench_rules.py [N]. Same 100,000 (rule, trigger) pairs
for all. The bare loop adds the period (timedelta for days, relativedelta for months) and
steps over a precomputed set of non-working days, nothing else. The engine is timed
twice: `rules.compute` alone (the due date, unextended end and safe date, with the
reasoning available: built when `.steps` is first read; issue 9's goal is at most 3x the
bare loop for day rules), and `rules.compute` plus every step rendered in Serbian. Results
are checked equal to the bare loop's, so all do the same counting.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

import rules
from rules import Counting, Unit


def pairs(n: int) -> list[tuple[rules.Rule, date]]:
    """Calendar rules (hours rules take datetimes and are trivial; restorations with an
    absolute limit need a second date) over 2012-2049."""
    rng = random.Random(3)
    catalogue = [r for r in rules.catalogue() if r.unit is not Unit.HOURS and r.limit is None]
    first = date(2012, 1, 1).toordinal()
    last = date(2049, 12, 1).toordinal()
    return [(rng.choice(catalogue), date.fromordinal(rng.randint(first, last))) for _ in range(n)]


def non_working_set() -> set[date]:
    day, end, out = date(2012, 1, 1), date(2050, 12, 31), set()
    while day <= end:
        if not rules.is_working_day(day):
            out.add(day)
        day += timedelta(days=1)
    return out


def bare(work: list[tuple[rules.Rule, date]], closed: set[date]) -> list[date]:
    one = timedelta(days=1)
    out = []
    for rule, trigger in work:
        period = rule.period_for(trigger)
        if rule.unit is Unit.DAYS:
            due = trigger + timedelta(days=period)
        else:
            due = trigger + relativedelta(months=period)
        if rule.counting is Counting.EXTEND_TO_NEXT_WORKING_DAY:
            while due in closed:
                due += one
        out.append(due)
    return out


def engine_dates(work: list[tuple[rules.Rule, date]]) -> list[date]:
    compute = rules.compute
    return [compute(rule.id, trigger).due for rule, trigger in work]


def engine(work: list[tuple[rules.Rule, date]], lang: rules.Lang) -> list[date]:
    out = []
    for rule, trigger in work:
        d = rules.compute(rule.id, trigger)
        d.explanation(lang)
        out.append(d.due)
    return out


def measure(name: str, fn, *args) -> tuple[float, list[date]]:
    start = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - start
    print(f"{name:<40} {len(result) / seconds:>12,.0f} deadlines/s  ({seconds:.3f} s)")
    return seconds, result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    work = pairs(n)
    days_only = [(r, t) for r, t in work if r.unit is Unit.DAYS]
    closed = non_working_set()
    engine(work[:1000], "sr")  # warm the label caches as a running app would have them
    print(f"{n:,} triggers ({len(days_only):,} of them day rules), steps rendered in Serbian")
    t_bare, r_bare = measure("bare loop, all rules", bare, work, closed)
    t_dates, r_dates = measure("rules.compute, all rules", engine_dates, work)
    t_eng, r_eng = measure("compute + explanation, all rules", engine, work, "sr")
    assert r_bare == r_eng == r_dates, "the bare loop and the engine disagree"
    print(f"ratio compute/bare (all rules): {t_dates / t_bare:.2f}x")
    print(f"ratio compute+explanation/bare (all rules): {t_eng / t_bare:.2f}x")
    t_bare_d, _ = measure("bare loop, day rules only", bare, days_only, closed)
    t_dates_d, _ = measure("rules.compute, day rules only", engine_dates, days_only)
    t_eng_d, _ = measure("compute + explanation, day rules only", engine, days_only, "sr")
    print(f"ratio compute/bare (day rules only): {t_dates_d / t_bare_d:.2f}x")
    print(f"ratio compute+explanation/bare (day rules only): {t_eng_d / t_bare_d:.2f}x")


if __name__ == "__main__":
    main()
