"""Hand-counted deadlines, one table per rule, reasoning in the comment of each row.

Every DOMAIN.md worked example is here. Counting (DOMAIN.md): day 0 is not counted;
months end on the same day number or the month's last day; a non-working last day moves
to the next working day (only the last day moves); hours and the ECtHR limit never move.
Safe date (rule 7): where the move rested on a Saturday or a closure, the last working
day on or before the unextended end.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import rules
from rules import EventKind, Procedure

D = date


def case(rule, trigger, unextended, due, safe=None, closures=(), **facts):
    return pytest.param(
        rule, trigger, closures, unextended, due, safe, facts, id=f"{rule}@{trigger}"
    )


CASES = [
    # --- DOMAIN.md worked examples -------------------------------------------------
    # Fri 26 Apr 2024 + 15 = Sat 11 May (the 1-6 May holidays lie inside, they do not
    # extend); Sat -> Sun -> Mon 13 May. Rests on a Saturday: safe Fri 10 May.
    case("appeal-regular", D(2024, 4, 26), D(2024, 5, 11), D(2024, 5, 13), D(2024, 5, 10)),
    # Thu 25 Apr 2024 + 8 = Fri 3 May, Good Friday; Sat 4 Holy Saturday, Sun 5 Easter,
    # Mon 6 Easter Monday -> Tue 7 May. Holy Saturday is a holiday: no safe date.
    case("appeal-accelerated", D(2024, 4, 25), D(2024, 5, 3), D(2024, 5, 7)),
    # Mon 9 Dec 2024 + 30 = Wed 8 Jan 2025 (1-2 and 7 Jan inside the period).
    case("lawsuit-administrative-court", D(2024, 12, 9), D(2025, 1, 8), D(2025, 1, 8)),
    # Mon 2 Feb 2026 + 15 = Tue 17 Feb, the transfer day for Statehood Day on Sunday
    # 15 Feb -> Wed 18 Feb. A statutory day, so no safe date.
    case("appeal-regular", D(2026, 2, 2), D(2026, 2, 17), D(2026, 2, 18)),
    # Fri 29 Nov 2024 + 3 months: no 29 Feb 2025 -> Fri 28 Feb 2025.
    case("decision-regular", D(2024, 11, 29), D(2025, 2, 28), D(2025, 2, 28)),
    # Mon 30 Sep 2024 + 4 months = Thu 30 Jan 2025.
    case("ecthr-application", D(2024, 9, 30), D(2025, 1, 30), D(2025, 1, 30)),
    # --- month ends and leap years ---------------------------------------------------
    # 31 Oct 2023 + 4 months: Feb 2024 has 29 days -> Thu 29 Feb 2024.
    case("ecthr-application", D(2023, 10, 31), D(2024, 2, 29), D(2024, 2, 29)),
    # 31 Oct 2022 + 4 months: Feb 2023 has 28 days -> Tue 28 Feb 2023.
    case("ecthr-application", D(2022, 10, 31), D(2023, 2, 28), D(2023, 2, 28)),
    # 29 Nov 2023 + 3 months = Thu 29 Feb 2024 (leap year).
    case("decision-regular", D(2023, 11, 29), D(2024, 2, 29), D(2024, 2, 29)),
    # 29 Feb 2024 + 3 months = Wed 29 May 2024 (same day number).
    case("decision-regular", D(2024, 2, 29), D(2024, 5, 29), D(2024, 5, 29)),
    # 11 Feb 2024 + 3 months = Sat 11 May 2024 -> Mon 13 May. The authority's deadline:
    # no safe date (a remedy used before Mon 13 May has passed would be premature).
    case("decision-regular", D(2024, 2, 11), D(2024, 5, 11), D(2024, 5, 13)),
    # 31 Aug 2023 + 6 months: Feb 2024 -> Thu 29 Feb 2024.
    case("decision-regular-extended", D(2023, 8, 31), D(2024, 2, 29), D(2024, 2, 29)),
    # 31 May 2024 + 9 months: Feb 2025 -> Fri 28 Feb 2025.
    case("decision-regular-exceptional", D(2024, 5, 31), D(2025, 2, 28), D(2025, 2, 28)),
    # 29 Feb 2024 + 12 months: no 29 Feb 2025 -> Fri 28 Feb 2025.
    case("decision-regular-max", D(2024, 2, 29), D(2025, 2, 28), D(2025, 2, 28)),
    # --- Easter (Julian) ------------------------------------------------------------------
    # Orthodox Easter 2023 = 16 Apr. Sun 9 Apr + 5 = Fri 14 Good Friday; 15 Holy Sat,
    # 16 Easter, 17 Easter Monday -> Tue 18 Apr. All statutory: no safe date.
    case("appeal-border", D(2023, 4, 9), D(2023, 4, 14), D(2023, 4, 18)),
    # Orthodox Easter 2025 = 20 Apr. Thu 10 Apr + 8 = Fri 18 Good Friday -> Tue 22 Apr.
    case("appeal-subsequent-inadmissible", D(2025, 4, 10), D(2025, 4, 18), D(2025, 4, 22)),
    # Day 1 never moves: delivered on Holy Saturday 4 May 2024, + 5 = Thu 9 May.
    case("appeal-border", D(2024, 5, 4), D(2024, 5, 9), D(2024, 5, 9)),
    # --- Sunday transfer days ----------------------------------------------------------
    # 1 Jan 2023 was a Sunday, 2 Jan a holiday anyway, so Tue 3 Jan was off.
    # Thu 29 Dec 2022 + 5 = Tue 3 Jan -> Wed 4 Jan 2023.
    case("appeal-border", D(2022, 12, 29), D(2023, 1, 3), D(2023, 1, 4)),
    # 2 May 2021 = Sunday and Easter; 3 May Easter Monday; so Tue 4 May was off.
    # Mon 26 Apr 2021 + 8 = Tue 4 May -> Wed 5 May 2021.
    case("appeal-accelerated", D(2021, 4, 26), D(2021, 5, 4), D(2021, 5, 5)),
    # 16 Feb 2025 was a Sunday -> Mon 17 Feb off. Thu 13 Feb + 3 = Sun 16 Feb -> Mon 17
    # (transfer) -> Tue 18 Feb 2025.
    case("legal-aid-decision-urgent", D(2025, 2, 13), D(2025, 2, 16), D(2025, 2, 18)),
    # --- Saturdays, closures (and chained closures) -----------------------------------
    # Fri 1 Mar 2024 + 8 = Sat 9 Mar -> Mon 11 Mar; the authority's: no safe date.
    case("legal-aid-decision", D(2024, 3, 1), D(2024, 3, 9), D(2024, 3, 11)),
    # Fri 1 Mar 2024 + 15 = Sat 16 Mar -> Sun -> Mon 18 Mar; safe Fri 15 Mar.
    case("appeal-regular", D(2024, 3, 1), D(2024, 3, 16), D(2024, 3, 18), D(2024, 3, 15)),
    # Same, the office recorded Mon 18 Mar closed -> Tue 19 Mar; safe Fri 15 Mar.
    case(
        "appeal-regular",
        D(2024, 3, 1),
        D(2024, 3, 16),
        D(2024, 3, 19),
        D(2024, 3, 15),
        closures=(D(2024, 3, 18),),
    ),
    # Closed Mon 18 and Tue 19 Mar (chained) -> Wed 20 Mar; safe Fri 15 Mar.
    case(
        "appeal-regular",
        D(2024, 3, 1),
        D(2024, 3, 16),
        D(2024, 3, 20),
        D(2024, 3, 15),
        closures=(D(2024, 3, 18), D(2024, 3, 19)),
    ),
    # Mon 2 Sep 2024 + 30 = Wed 2 Oct; closed that day -> Thu 3 Oct; safe Tue 1 Oct.
    case(
        "lawsuit-administrative-court",
        D(2024, 9, 2),
        D(2024, 10, 2),
        D(2024, 10, 3),
        D(2024, 10, 1),
        closures=(D(2024, 10, 2),),
    ),
    # A closure inside the period changes nothing: Wed 2 Oct is the last day.
    case(
        "lawsuit-administrative-court",
        D(2024, 9, 2),
        D(2024, 10, 2),
        D(2024, 10, 2),
        closures=(D(2024, 9, 20),),
    ),
    # Tue 2 Jan 2024 + 60: 29 days to 31 Jan, 29 in Feb (58), 1 Mar (59), Sat 2 Mar (60)
    # -> Mon 4 Mar; the Commission's deadline: no safe date.
    case("silence-commission", D(2024, 1, 2), D(2024, 3, 2), D(2024, 3, 4)),
    # --- the other rules ------------------------------------------------------------------
    # Fri 19 Apr 2024 + 15 = Sat 4 May, Holy Saturday; Easter; Easter Monday -> Tue 7 May.
    case("lodging-office", D(2024, 4, 19), D(2024, 5, 4), D(2024, 5, 7)),
    # Day 0 = Tue 7 May 2024 (due of lodging-office above) + 8 = Wed 15 May.
    case("lodging-own-initiative", D(2024, 5, 7), D(2024, 5, 15), D(2024, 5, 15)),
    # Mon 3 Jun 2024 + 30 = Wed 3 Jul.
    case("decision-accelerated", D(2024, 6, 3), D(2024, 7, 3), D(2024, 7, 3)),
    # Mon 3 Jun 2024 + 28 = Mon 1 Jul.
    case("decision-border", D(2024, 6, 3), D(2024, 7, 1), D(2024, 7, 1)),
    # Sun 27 Oct 2024 + 15 = Mon 11 Nov, Armistice Day -> Tue 12 Nov.
    case("admissibility-subsequent", D(2024, 10, 27), D(2024, 11, 11), D(2024, 11, 12)),
    # Regular procedure: Wed 30 Oct 2024 + 15 = Thu 14 Nov (11 Nov inside the period).
    case(
        "appeal-discontinuation",
        D(2024, 10, 30),
        D(2024, 11, 14),
        D(2024, 11, 14),
        procedure=Procedure.REGULAR,
    ),
    # Wed 6 Nov 2024 + 8 = Thu 14 Nov.
    case("appeal-detention", D(2024, 11, 6), D(2024, 11, 14), D(2024, 11, 14)),
    # Thu 26 Dec 2024 + 7 = Thu 2 Jan 2025, New Year -> Fri 3 Jan.
    case("silence-urgency", D(2024, 12, 26), D(2025, 1, 2), D(2025, 1, 3)),
    # Fri 29 Nov 2024 + 30 = Sun 29 Dec -> Mon 30 Dec (Sunday is statutory: no safe date).
    case("constitutional-appeal", D(2024, 11, 29), D(2024, 12, 29), D(2024, 12, 30)),
    # Mon 23 Dec 2024 + 15 = Tue 7 Jan 2025, Christmas -> Wed 8 Jan.
    case("public-delivery", D(2024, 12, 23), D(2025, 1, 7), D(2025, 1, 8)),
    # Mon 30 Dec 2024 + 8 = Tue 7 Jan 2025, Christmas -> Wed 8 Jan.
    case("restoration", D(2024, 12, 30), D(2025, 1, 7), D(2025, 1, 8)),
    # --- ECtHR: transitional 6 months, never extended -----------------------------------
    # Served 15 Sep 2021, before 1 Feb 2022: 6 months -> Tue 15 Mar 2022.
    case("ecthr-application", D(2021, 9, 15), D(2022, 3, 15), D(2022, 3, 15)),
    # Served 31 Jan 2022 (the last day of the old rule): 6 months -> Sun 31 Jul 2022,
    # not extended.
    case("ecthr-application", D(2022, 1, 31), D(2022, 7, 31), D(2022, 7, 31)),
    # Served 1 Feb 2022: 4 months -> Wed 1 Jun 2022.
    case("ecthr-application", D(2022, 2, 1), D(2022, 6, 1), D(2022, 6, 1)),
    # Served 14 May 2024 + 4 months = Sat 14 Sep 2024: stays Saturday (Sabri Güneş).
    case("ecthr-application", D(2024, 5, 14), D(2024, 9, 14), D(2024, 9, 14)),
]


@pytest.mark.parametrize(
    ("rule_id", "trigger", "closures", "unextended", "due", "safe", "facts"), CASES
)
def test_hand_counted(rule_id, trigger, closures, unextended, due, safe, facts):
    deadline = rules.compute(rule_id, trigger, closures, **facts)
    assert (deadline.unextended, deadline.due, deadline.safe_date) == (unextended, due, safe)
    assert deadline.extended == (due != unextended)
    assert deadline.trigger == trigger


def test_every_rule_has_a_hand_counted_case():
    from tests.rules.test_legal_model import NEW_RULE_CASES

    counted = {p.values[0] for p in CASES} | {p.values[0] for p in NEW_RULE_CASES}
    assert counted | {"report-to-centre"} == {r.id for r in rules.catalogue()}


def test_hour_rule_runs_through_sunday_and_easter():
    # Thu 17 Apr 2025 15:00 + 72 h = Sun 20 Apr 2025 15:00, Easter Sunday: never extended.
    d = rules.compute("report-to-centre", datetime(2025, 4, 17, 15, 0))
    assert d.due == datetime(2025, 4, 20, 15, 0)
    assert not d.extended and d.safe_date is None
    assert d.to_json("en")["due"] == "2025-04-20T15:00"
    assert any("not extended" in text for text in d.explanation("en"))


def test_hour_rule_counts_real_hours_when_clocks_go_back():
    # Fri 24 Oct 2025 15:00; clocks go back at 03:00 on Sun 26 Oct, so 72 elapsed hours
    # end at 14:00 on Mon 27 Oct on the clock (the wall-clock 15:00 would be an hour late).
    d = rules.compute("report-to-centre", datetime(2025, 10, 24, 15, 0))
    assert d.due == datetime(2025, 10, 27, 14, 0)


def test_hour_rule_needs_a_time():
    with pytest.raises(rules.InvalidTriggerError, match="T15:00"):
        rules.compute("report-to-centre", date(2025, 4, 17))


def test_chained_lodging_own_initiative_counts_from_the_office_due_date():
    # Registration Fri 19 Apr 2024: lodging-office due Tue 7 May (Easter, see table);
    # lodging-own-initiative day 0 = 7 May + 8 = Wed 15 May 2024.
    (chained,) = rules.rules_chained_from("lodging-office")
    office = rules.compute("lodging-office", date(2024, 4, 19))
    assert chained.id == "lodging-own-initiative"
    assert rules.compute(chained.id, office.due).due == date(2024, 5, 15)


def test_dates_before_2012_are_refused_with_the_reason():
    with pytest.raises(rules.CalendarRangeError, match=r"before 2012.*count this deadline by hand"):
        rules.compute("appeal-regular", date(2011, 12, 31))


def test_dates_past_the_verified_calendar_are_refused():
    # 15 Dec 2050 + 30 days lands in 2051, beyond the checked years.
    with pytest.raises(rules.CalendarRangeError, match="2051"):
        rules.compute("lawsuit-administrative-court", date(2050, 12, 15))
    with pytest.raises(rules.CalendarRangeError):
        rules.is_working_day(date(2051, 1, 3))


def test_unknown_rule_suggests_the_nearest_id():
    with pytest.raises(rules.UnknownRuleError) as info:
        rules.get_rule("apeal-regular")
    assert "did you mean 'appeal-regular'?" in str(info.value)
    assert info.value.exit_code == 2


def test_steps_read_as_the_legal_reasoning_in_english():
    steps = rules.compute("appeal-regular", date(2024, 4, 26)).explanation("en")
    assert steps[0] == "Fri 2024-04-26: day 0, the day of the event, not counted (ZUP Art. 80(2))"
    assert steps[1] == "Sat 2024-05-11: day 15, the last day of the period"
    assert steps[2] == "Sat 2024-05-11: authorities and courts do not work on Saturdays"
    assert steps[3] == "Sun 2024-05-12: Sunday, a non-working day"
    assert steps[4].startswith("Mon 2024-05-13: the next working day (ZUP Art. 80(5)), due")
    assert steps[4].endswith("(ZUP Art. 81(1) and (2))")
    assert steps[5].startswith("Fri 2024-05-10: safe date")
    assert len(steps) == 6


def test_steps_in_serbian_latin_name_the_holiday():
    steps = rules.compute("appeal-accelerated", date(2024, 4, 25)).explanation("sr")
    assert "pet 03.05.2024.: Veliki petak, neradni praznik" in steps
    assert "pon 06.05.2024.: Drugi dan Vaskrsa, neradni praznik" in steps
    transfer = rules.compute("appeal-regular", date(2026, 2, 2)).explanation("sr")
    assert (
        "uto 17.02.2026.: neradni dan jer je Sretenje – Dan državnosti Srbije palo u nedelju "
        "(čl. 3a Zakona o državnim i drugim praznicima u Republici Srbiji)"
    ) in transfer


def test_closure_step_says_the_office_recorded_it():
    d = rules.compute("lawsuit-administrative-court", date(2024, 9, 2), [date(2024, 10, 2)])
    assert "Wed 2024-10-02: closure recorded by the office" in d.explanation("en")


def test_non_working_reason_and_working_days():
    assert rules.non_working_reason(date(2024, 5, 3), lang="en") == "Good Friday, a public holiday"
    assert rules.non_working_reason(date(2023, 1, 3), lang="en") == (
        "non-working day: New Year fell on a Sunday (Holidays Law Art. 3a)"
    )
    assert rules.non_working_reason(date(2024, 5, 10)) is None
    assert rules.is_working_day(date(2024, 1, 8))  # Government "recommended" day off: works
    assert not rules.is_working_day(date(2024, 1, 8), [date(2024, 1, 8)])  # unless recorded


def test_json_matches_the_cli_contract():
    out = rules.compute("appeal-regular", date(2024, 4, 26)).to_json("sr")
    assert list(out) == [
        "rule", "trigger", "due", "unextended", "safe_date", "remedy_opens", "extended",
        "binds", "basis", "confidence", "steps",
    ]  # fmt: skip
    assert out["basis"] == "čl. 95. st. 1. ZAPZ" and out["remedy_opens"] is None
    assert (out["due"], out["unextended"], out["safe_date"]) == (
        "2024-05-13",
        "2024-05-11",
        "2024-05-10",
    )
    assert out["steps"][0] == {
        "date": "2024-04-26",
        "text": "pet 26.04.2024.: dan 0, dan događaja, ne računa se u rok (čl. 80. st. 2. ZUP)",
    }


def test_repr_reads_like_the_result():
    text = repr(rules.compute("appeal-regular", date(2024, 4, 26)))
    assert "due 2024-05-13" in text and "safe 2024-05-10" in text


TRIGGERED = [
    (EventKind.REGISTRATION, Procedure.REGULAR, ("report-to-centre", "lodging-office")),
    (EventKind.APPLICATION_LODGED, Procedure.REGULAR, ("decision-regular",)),
    (EventKind.APPLICATION_LODGED, Procedure.SUBSEQUENT, ()),
    (EventKind.APPLICATION_LODGED, Procedure.DETENTION, ("decision-regular",)),
    (EventKind.APPLICATION_LODGED, Procedure.ACCELERATED, ("decision-accelerated",)),
    (EventKind.APPLICATION_LODGED, Procedure.BORDER, ("decision-border",)),
    (EventKind.SUBSEQUENT_APPLICATION_LODGED, Procedure.SUBSEQUENT, ("admissibility-subsequent",)),
    # An admitted subsequent application is decided in the accelerated procedure: 30
    # days (ZAPZ Art. 40(1)(5) and (2)).
    (EventKind.SUBSEQUENT_ADMITTED, Procedure.SUBSEQUENT, ("decision-accelerated",)),
    # Outcome not recorded: the shortest appeal any outcome could give (8 days for a
    # dismissal in the regular procedure, Art. 42(4); the border's 5 days).
    (EventKind.DECISION_DELIVERED, Procedure.REGULAR, ("appeal-dismissal",)),
    # "Detention" is not an asylum procedure: unknown, so the shortest of all, 5 days.
    (EventKind.DECISION_DELIVERED, Procedure.DETENTION, ("appeal-border",)),
    (EventKind.DECISION_DELIVERED, Procedure.ACCELERATED, ("appeal-accelerated",)),
    (EventKind.DECISION_DELIVERED, Procedure.BORDER, ("appeal-border",)),
    (EventKind.DECISION_DELIVERED, Procedure.SUBSEQUENT, ("appeal-accelerated",)),
    (EventKind.DISCONTINUATION_DELIVERED, Procedure.BORDER, ("appeal-discontinuation",)),
    (EventKind.DETENTION_DECISION_DELIVERED, Procedure.REGULAR, ("appeal-detention",)),
    (EventKind.APPEAL_RECEIVED, Procedure.REGULAR, ("silence-commission",)),
    (EventKind.REPEATED_REQUEST_RECEIVED, Procedure.REGULAR, ("silence-urgency",)),
    (EventKind.COMMISSION_DECISION_DELIVERED, Procedure.REGULAR, ("lawsuit-administrative-court",)),
    (EventKind.JUDGMENT_DELIVERED, Procedure.REGULAR, ("constitutional-appeal",)),
    (EventKind.FINAL_DECISION_SERVED, Procedure.REGULAR, ("ecthr-application",)),
    (EventKind.LEGAL_AID_REQUESTED, Procedure.REGULAR, ("legal-aid-decision",)),
    (EventKind.LEGAL_AID_REQUESTED_URGENT, Procedure.REGULAR, ("legal-aid-decision-urgent",)),
    (EventKind.PUBLIC_NOTICE_POSTED, Procedure.REGULAR, ("public-delivery",)),
    (EventKind.MISSED_DEADLINE_CAUSE_CEASED, Procedure.REGULAR, ("restoration",)),
    (EventKind.INTERVIEW_HELD, Procedure.REGULAR, ()),
    (EventKind.APPEAL_FILED, Procedure.REGULAR, ()),
]


@pytest.mark.parametrize(("event", "procedure", "expected"), TRIGGERED)
def test_event_triggers_exactly_these_rules(event, procedure, expected):
    assert tuple(r.id for r in rules.rules_triggered_by(event, procedure)) == expected


def test_extension_rules_are_never_automatic():
    for rule_id in ("decision-regular-extended", "decision-regular-exceptional"):
        assert not rules.get_rule(rule_id).auto
    assert not rules.get_rule("decision-regular-max").auto
