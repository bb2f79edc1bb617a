"""The legal model around the counting (issue 9): which rule a decision opens, the new
rules, absolute limits, safe dates in chains, authority deadlines, hours in Belgrade time.

Every date below was counted by hand from the law (DOMAIN.md, laws/) and the calendar;
the reasoning is in the comment of each row.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

import rules
from rules import Binds, EventKind, Outcome, Procedure

D = date
P = Procedure
O = Outcome  # noqa: E741


def case(rule, trigger, unextended, due, safe=None, closures=(), **facts):
    return pytest.param(
        rule, trigger, closures, unextended, due, safe, facts, id=f"{rule}@{trigger}"
    )


NEW_RULE_CASES = [
    # DOMAIN.md worked example: a safe-third-country dismissal handed over Fri 26 Apr
    # 2024: day 8 = Sat 4 May, Holy Saturday (a holiday, not a plain Saturday); Easter
    # Sunday 5, Easter Monday 6 -> Tue 7 May. Statutory days only: no safe date.
    case("appeal-dismissal", D(2024, 4, 26), D(2024, 5, 4), D(2024, 5, 7)),
    # Mon 4 Mar 2024 + 8 = Tue 12 Mar, a working day.
    case("appeal-dismissal", D(2024, 3, 4), D(2024, 3, 12), D(2024, 3, 12)),
    # Appeal for silence (ZUP Art. 153(2)): day 0 = the day the decision period ended,
    # Fri 28 Feb 2025; 12 months -> Sat 28 Feb 2026 -> Sun 1 Mar -> Mon 2 Mar 2026. The
    # move rests on a Saturday: safe date Fri 27 Feb 2026.
    case("appeal-silence", D(2025, 2, 28), D(2026, 2, 28), D(2026, 3, 2), D(2026, 2, 27)),
    # Constitutional Court restoration (Art. 84(2)-(3)): cause ceased Mon 12 May 2025,
    # + 15 = Tue 27 May; missed Mon 3 Mar 2025 + 3 months = Tue 3 Jun. Earlier: 27 May.
    case(
        "restoration-constitutional",
        D(2025, 5, 12),
        D(2025, 5, 27),
        D(2025, 5, 27),
        missed=D(2025, 3, 3),
    ),
    # Ceased Fri 30 May 2025 + 15 = Sat 14 Jun -> Mon 16 Jun; but 3 months from the missed
    # Mon 3 Mar end on Tue 3 Jun 2025: the absolute limit wins.
    case(
        "restoration-constitutional",
        D(2025, 5, 30),
        D(2025, 6, 3),
        D(2025, 6, 3),
        missed=D(2025, 3, 3),
    ),
    # DOMAIN.md worked example (ZUP Art. 83(1)-(2)): missed Mon 3 Mar 2025, ceased Fri 30
    # May: 8 days -> Sat 7 Jun -> Mon 9 Jun; 3 months from the missed day end Tue 3 Jun.
    case("restoration", D(2025, 5, 30), D(2025, 6, 3), D(2025, 6, 3), missed=D(2025, 3, 3)),
    # Missed Fri 7 Mar 2025: 3 months -> Sat 7 Jun -> Mon 9 Jun (safe Fri 6 Jun); ceased
    # Mon 2 Jun: 8 days -> Tue 10 Jun. The limit is earlier: Mon 9 Jun, safe Fri 6 Jun.
    case(
        "restoration",
        D(2025, 6, 2),
        D(2025, 6, 7),
        D(2025, 6, 9),
        D(2025, 6, 6),
        missed=D(2025, 3, 7),
    ),
    # Ceased Mon 12 May 2025 + 8 = Tue 20 May; the limit (Tue 3 Jun) is later: 20 May.
    case("restoration", D(2025, 5, 12), D(2025, 5, 20), D(2025, 5, 20), missed=D(2025, 3, 3)),
]

PROCEDURE_CASES = [
    # Discontinuation delivered Wed 30 Oct 2024 (ZAPZ Art. 95(1), 40(5), 41(7)):
    # regular: + 15 = Thu 14 Nov (11 Nov lies inside); accelerated and an admitted
    # subsequent application: + 8 = Thu 7 Nov; border: + 5 = Mon 4 Nov.
    case(
        "appeal-discontinuation",
        D(2024, 10, 30),
        D(2024, 11, 14),
        D(2024, 11, 14),
        procedure=P.REGULAR,
    ),
    case(
        "appeal-discontinuation",
        D(2024, 10, 30),
        D(2024, 11, 7),
        D(2024, 11, 7),
        procedure=P.ACCELERATED,
    ),
    case(
        "appeal-discontinuation",
        D(2024, 10, 30),
        D(2024, 11, 7),
        D(2024, 11, 7),
        procedure=P.SUBSEQUENT,
    ),
    case(
        "appeal-discontinuation",
        D(2024, 10, 30),
        D(2024, 11, 4),
        D(2024, 11, 4),
        procedure=P.BORDER,
    ),
    # No procedure given: the shortest period any procedure gives, the border's 5 days.
    case("appeal-discontinuation", D(2024, 10, 30), D(2024, 11, 4), D(2024, 11, 4)),
    # Principle 4: no working day left in the period. Border appeal, delivered Mon 4 Mar
    # 2024, the Asylum Office recorded closed Tue 5 to Fri 8: day 5 = Sat 9 -> Sun ->
    # Mon 11. The move rests on a Saturday, but no working day lies inside the period:
    # the safe date is the unextended end itself, Sat 9 Mar.
    case(
        "appeal-border",
        D(2024, 3, 4),
        D(2024, 3, 9),
        D(2024, 3, 11),
        D(2024, 3, 9),
        closures=(D(2024, 3, 5), D(2024, 3, 6), D(2024, 3, 7), D(2024, 3, 8)),
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "trigger", "closures", "unextended", "due", "safe", "facts"),
    NEW_RULE_CASES + PROCEDURE_CASES,
)
def test_hand_counted(rule_id, trigger, closures, unextended, due, safe, facts):
    d = rules.compute(rule_id, trigger, closures, **facts)
    assert (d.unextended, d.due, d.safe_date) == (unextended, due, safe)


# (procedure, outcome) -> the appeal rule and its period in days (DOMAIN.md principle 2).
OUTCOMES = [
    # Regular procedure: merits 15 days (ZAPZ Art. 95(1)); dismissals 8 (Art. 42(4)).
    (P.REGULAR, O.REJECTED, "appeal-regular", 15),
    (P.REGULAR, O.SUBSIDIARY_INSTEAD_OF_REFUGE, "appeal-regular", 15),
    (P.REGULAR, O.DISMISSED_SAFE_THIRD_COUNTRY, "appeal-dismissal", 8),
    (P.REGULAR, O.DISMISSED_FIRST_COUNTRY, "appeal-dismissal", 8),
    (P.REGULAR, None, "appeal-dismissal", 8),  # not recorded: the shortest possible
    # Detention says where the applicant is, not which procedure decides: the procedure
    # is unknown, so the shortest appeal any procedure gives, the border's 5 days.
    (P.DETENTION, O.REJECTED, "appeal-border", 5),
    (P.DETENTION, O.DISMISSED_FIRST_COUNTRY, "appeal-border", 5),
    # Accelerated: 8 days either way (Art. 40(5), Art. 42(4)).
    (P.ACCELERATED, O.REJECTED, "appeal-accelerated", 8),
    (P.ACCELERATED, O.DISMISSED_SAFE_THIRD_COUNTRY, "appeal-dismissal", 8),
    (P.ACCELERATED, None, "appeal-accelerated", 8),
    # Border: every decision, dismissals included, 5 days (Art. 41(7)).
    (P.BORDER, O.REJECTED, "appeal-border", 5),
    (P.BORDER, O.DISMISSED_SAFE_THIRD_COUNTRY, "appeal-border", 5),
    (P.BORDER, None, "appeal-border", 5),
    # Subsequent: a dismissal 8 (Art. 42(3)-(4)); an admitted one decided on the merits
    # in the accelerated procedure (Art. 40(1)(5)), so 8 as well (Art. 40(5)).
    (P.SUBSEQUENT, O.DISMISSED_SUBSEQUENT, "appeal-dismissal", 8),
    (P.SUBSEQUENT, O.REJECTED, "appeal-accelerated", 8),
]


@pytest.mark.parametrize(("procedure", "outcome", "rule_id", "days"), OUTCOMES)
def test_the_outcome_selects_the_appeal(procedure, outcome, rule_id, days):
    rule = rules.appeal_rule_for(procedure, outcome)
    assert rule is not None and (rule.id, rule.period) == (rule_id, days)
    (planned,) = rules.plan_event(EventKind.DECISION_DELIVERED, procedure, outcome)
    assert planned.rule.id == rule_id and planned.outcome_unknown == (outcome is None)


@pytest.mark.parametrize("procedure", list(P))
def test_a_grant_opens_no_appeal(procedure):
    assert rules.appeal_rule_for(procedure, O.GRANTED) is None
    assert rules.plan_event(EventKind.DECISION_DELIVERED, procedure, O.GRANTED) == ()


def test_unknown_outcome_says_the_shortest_period_was_taken():
    d = rules.compute("appeal-dismissal", D(2024, 4, 26), outcome_unknown=True)
    first_sr, first_en = d.explanation("sr")[0], d.explanation("en")[0]
    assert "ishod rešenja nije unet: uzet je najkraći mogući rok (8 dana" in first_sr
    assert "outcome is not recorded: the shortest possible period is taken (8 days" in first_en


def test_dismissal_in_the_regular_procedure_is_seven_days_earlier():
    # Issue 9, scenario 1: the same delivery, Fri 26 Apr 2024: a dismissal is due Tue 7
    # May (8 days), a rejection on the merits Mon 13 May (15 days).
    rejected = rules.appeal_rule_for(P.REGULAR, O.REJECTED)
    dismissed = rules.appeal_rule_for(P.REGULAR, O.DISMISSED_SAFE_THIRD_COUNTRY)
    assert rejected is not None and dismissed is not None
    assert rules.compute(rejected.id, D(2024, 4, 26)).due == D(2024, 5, 13)
    assert rules.compute(dismissed.id, D(2024, 4, 26)).due == D(2024, 5, 7)


def test_subsequent_admission_starts_the_accelerated_decision_period():
    # ZAPZ Art. 40(2): 30 days from the admitted subsequent application, Mon 3 Jun 2024
    # + 30 = Wed 3 Jul 2024; and the Office's silence then opens the appeal for silence.
    plan = rules.plan_event(EventKind.SUBSEQUENT_ADMITTED, P.SUBSEQUENT)
    assert [(p.rule.id, p.parent) for p in plan] == [
        ("decision-accelerated", None),
        ("appeal-silence", "decision-accelerated"),
    ]
    assert rules.compute("decision-accelerated", D(2024, 6, 3)).due == D(2024, 7, 3)


def test_restoration_follows_the_missed_act():
    ordinary = rules.plan_event(EventKind.MISSED_DEADLINE_CAUSE_CEASED, P.REGULAR)
    court = rules.plan_event(
        EventKind.MISSED_DEADLINE_CAUSE_CEASED, P.REGULAR, missed_rule="constitutional-appeal"
    )
    assert [p.rule.id for p in ordinary] == ["restoration"]
    assert [p.rule.id for p in court] == ["restoration-constitutional"]


def test_restoration_shows_both_ends_and_cites_the_limit():
    d = rules.compute("restoration", D(2025, 5, 30), missed=D(2025, 3, 3))
    text = "\n".join(d.explanation("sr"))
    assert "pon 09.06.2025.: ovde bi istekao subjektivni rok od 8 dana" in text
    assert "pon 03.03.2025.: propušteni dan; od njega teče objektivni rok od 3 meseca" in text
    assert "(čl. 83. st. 2. ZUP)" in text
    assert "uto 03.06.2025.: primenjuje se raniji datum: objektivni rok" in text
    assert d.limit_due == D(2025, 6, 3)


def test_restoration_without_the_missed_day_says_the_limit_was_not_checked():
    d = rules.compute("restoration", D(2025, 5, 30))
    # 8 days: Sat 7 Jun -> Mon 9 Jun 2025 (safe Fri 6 Jun); the limit unknown.
    assert (d.due, d.safe_date, d.limit_due) == (D(2025, 6, 9), D(2025, 6, 6), None)
    assert any("was not checked" in line for line in d.explanation("en"))


def test_constitutional_restoration_needs_the_missed_day():
    with pytest.raises(rules.InvalidTriggerError, match="missed day"):
        rules.compute("restoration-constitutional", D(2025, 5, 30))


def test_restoration_after_the_absolute_limit_says_it_is_too_late():
    # Missed Mon 3 Mar 2025; the cause ceased only Mon 9 Jun, after the limit (Tue 3 Jun).
    d = rules.compute("restoration", D(2025, 6, 9), missed=D(2025, 3, 3))
    assert d.due == D(2025, 6, 3) and d.due < d.trigger
    assert any("can no longer be sought" in line for line in d.explanation("en"))


def test_authority_deadlines_have_no_safe_date_but_the_day_the_remedy_opens():
    # Issue 9, scenario 6. Urgency received Thu 26 Dec 2024 + 7 = Thu 2 Jan 2025, New
    # Year -> Fri 3 Jan. A lawsuit for silence lies from Sat 4 Jan, never before.
    d = rules.compute("silence-urgency", D(2024, 12, 26))
    assert (d.due, d.safe_date, d.remedy_opens) == (D(2025, 1, 3), None, D(2025, 1, 4))
    assert d.to_json("en")["remedy_opens"] == "2025-01-04"
    # Decision lodged Sun 11 Feb 2024 + 3 months = Sat 11 May -> Mon 13 May: no safe
    # date although the move rests on a Saturday.
    d = rules.compute("decision-regular", D(2024, 2, 11))
    assert (d.due, d.safe_date, d.remedy_opens) == (D(2024, 5, 13), None, D(2024, 5, 14))


def test_public_delivery_binds_nobody():
    d = rules.compute("public-delivery", D(2024, 12, 23))
    assert d.binds is Binds.NOBODY and d.safe_date is None and d.remedy_opens is None


def test_chained_own_initiative_lodging_carries_the_safe_reading():
    # Issue 9, scenario 5. Registered Fri 1 Mar 2024: the Office's 15 days end Sat 16 Mar
    # -> Mon 18 Mar. Own-initiative lodging: Mon 18 Mar + 8 = Tue 26 Mar. Counted from the
    # unextended Sat 16 Mar: + 8 = Sun 24 Mar -> Mon 25 Mar: the safe date.
    office = rules.compute("lodging-office", D(2024, 3, 1))
    assert (office.unextended, office.due) == (D(2024, 3, 16), D(2024, 3, 18))
    own = rules.compute("lodging-own-initiative", office.due, after=office)
    assert (own.due, own.safe_date) == (D(2024, 3, 26), D(2024, 3, 25))
    assert any("unextended end of the period before" in s for s in own.explanation("en"))


def test_appeal_after_public_delivery_carries_the_safe_reading():
    # Notice posted Fri 1 Mar 2024: deemed delivered at the end of Sat 16 Mar -> Mon 18
    # Mar. Regular appeal: Mon 18 Mar + 15 = Tue 2 Apr 2024. From the unextended Sat 16
    # Mar: + 15 = Sun 31 Mar -> Mon 1 Apr: the safe date.
    plan = rules.plan_event(EventKind.PUBLIC_NOTICE_POSTED, P.REGULAR, O.REJECTED)
    assert [(p.rule.id, p.parent) for p in plan] == [
        ("public-delivery", None),
        ("appeal-regular", "public-delivery"),
    ]
    delivery = rules.compute("public-delivery", D(2024, 3, 1))
    appeal = rules.compute("appeal-regular", delivery.due, after=delivery)
    assert (appeal.due, appeal.safe_date) == (D(2024, 4, 2), D(2024, 4, 1))


def test_hour_rule_converts_an_aware_time_to_belgrade():
    # 13:00 UTC on Thu 17 Apr 2025 is 15:00 in Belgrade (summer time, UTC+2): + 72 h =
    # Sun 20 Apr 2025 15:00.
    d = rules.compute("report-to-centre", datetime(2025, 4, 17, 13, 0, tzinfo=UTC))
    assert d.due == datetime(2025, 4, 20, 15, 0)


def test_hour_rule_names_a_time_that_does_not_exist():
    # Thu 28 Mar 2024 02:30 + 72 h on the clock = Sun 31 Mar 02:30, which does not exist
    # (the clocks jump from 02:00 to 03:00): the period ends at the jump, 02:00.
    d = rules.compute("report-to-centre", datetime(2024, 3, 28, 2, 30))
    assert d.due == datetime(2024, 3, 31, 2, 0)
    assert any("02:30 does not exist that day" in s for s in d.explanation("en"))


def test_hour_rule_names_a_time_that_happens_twice():
    # Thu 23 Oct 2025 02:30 + 72 elapsed hours = Sun 26 Oct 02:30 summer time, the first
    # of the two 02:30s of that night (the clocks go back at 03:00).
    d = rules.compute("report-to-centre", datetime(2025, 10, 23, 2, 30))
    assert d.due == datetime(2025, 10, 26, 2, 30)
    assert any("happens twice" in s for s in d.explanation("en"))


def test_the_calendar_is_checked_against_the_law_at_start():
    from rules.calendar import UNVERIFIED_YEARS, law_holidays

    assert frozenset() == UNVERIFIED_YEARS
    # Statehood Day 2026 fell on a Sunday: Tue 17 Feb was off (Art. 3a).
    assert D(2026, 2, 17) in law_holidays(2026)


def test_a_package_that_disagrees_with_the_law_stops_counting(monkeypatch):
    import rules.calendar as cal

    monkeypatch.setattr(cal, "UNVERIFIED_YEARS", frozenset({2030}))
    with pytest.raises(rules.CalendarDataError, match="2030"):
        rules.compute("appeal-regular", D(2030, 3, 1))
    assert rules.compute("appeal-regular", D(2024, 3, 1)).due == D(2024, 3, 18)


@pytest.mark.parametrize("rule", rules.catalogue(), ids=lambda r: r.id)
def test_every_basis_reads_in_each_language(rule):
    sr, en = rule.basis_text("sr"), rule.basis_text("en")
    assert sr.startswith("čl. ")
    assert "Art. " in en and "čl." not in en and "Art." not in sr
    for placeholder in ("article", "articles", "(", "+"):
        assert placeholder not in sr, sr
