"""Facts change, deadlines follow (issue 9; DOMAIN.md principles 1-5), in the case file.

One table row per change-of-facts path; every date counted by hand from the law and the
calendar, the count in the comment. Each test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from casework.facts import DeadlineChange
from casework.services import Casework, DuplicateEventError, ValidationError
from casework.urgency import Urgency, overdue_remedy, urgency

D = dt.date
TODAY = D(2024, 4, 30)  # the day the office records, unless a test says otherwise


def _office(url: str) -> Casework:
    cw = Casework(url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer", sex="f")
    return cw


def _case(cw: Casework, procedure: str = "regular") -> int:
    client = cw.add_client(name_latin="Zahra Ahmadi", sex="f")
    return cw.add_case(client.id, procedure, "first-instance", None, opened_on=D(2024, 1, 5)).id


def _open(cw: Casework, case_id: int) -> dict[str, tuple[dt.date, dt.date | None]]:
    """rule -> (due, safe date) of the case's open deadlines."""
    return {
        r.rule_id: (r.due, r.safe_date)
        for r in cw.deadlines(case_id=case_id, today=TODAY)
        if r.status == "open"
    }


def _lines(changes: list[DeadlineChange]) -> list[str]:
    return sorted(c.line() for c in changes)


def test_a_dismissal_in_the_regular_procedure_gets_eight_days(db_url: str) -> None:
    # Scenario 1. Safe-third-country dismissal handed over Fri 26 Apr 2024 (ZAPZ Art.
    # 42(4)): 8 days -> Sat 4 May, Holy Saturday; Easter; Easter Monday -> Tue 7 May.
    # The regular appeal's 15 days would have given Mon 13 May: 6 days too late.
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26),
                    outcome="dismissed-safe-third-country", today=TODAY)  # fmt: skip
    assert _open(cw, case_id) == {"appeal-dismissal": (D(2024, 5, 7), None)}


def test_an_unrecorded_outcome_takes_the_shortest_period_until_filled_in(db_url: str) -> None:
    # Principle 1: without the outcome, the regular procedure's shortest appeal (8 days,
    # a dismissal) -> Tue 7 May 2024, flagged. Filled in as a rejection on the merits:
    # 15 days -> Sat 11 May -> Mon 13 May, safe Fri 10 May; the flag goes.
    cw = _office(db_url)
    case_id = _case(cw)
    ev = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), today=TODAY).event
    [row] = cw.deadlines(case_id=case_id, today=TODAY)
    assert (row.rule_id, row.due, row.outcome_unknown) == ("appeal-dismissal", D(2024, 5, 7), True)
    assert "uzet je najkraći mogući rok" in cw.explanation(row.id)[0]["sr"]
    changes = cw.correct_event(ev.id, outcome="rejected")
    assert _lines(changes) == ["appeal-regular: 2024-05-07 -> 2024-05-13"]
    assert changes[0].old_rule_id == "appeal-dismissal"
    [row] = cw.deadlines(case_id=case_id, today=TODAY)
    assert (row.rule_id, row.due, row.safe_date) == (
        "appeal-regular",
        D(2024, 5, 13),
        D(2024, 5, 10),
    )
    assert row.outcome_unknown is False
    audit = [e for e in cw.audit(case_id) if e.action == "recompute"]
    assert {e.field for e in audit} == {"rule", "due"}


def test_a_grant_closes_the_appeal_and_a_correction_brings_it_back(db_url: str) -> None:
    # Principle 2: a grant opens no appeal. Corrected back to a rejection, the same
    # deadline opens again (Mon 13 May 2024), with its history.
    cw = _office(db_url)
    case_id = _case(cw)
    ev = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                         today=TODAY).event  # fmt: skip
    [before] = cw.deadlines(case_id=case_id, today=TODAY)
    assert _lines(cw.correct_event(ev.id, outcome="granted")) == [
        "appeal-regular: 2024-05-13 -> none"
    ]
    assert _open(cw, case_id) == {}
    assert _lines(cw.correct_event(ev.id, outcome="rejected")) == [
        "appeal-regular: none -> 2024-05-13"
    ]
    [after] = cw.deadlines(case_id=case_id, today=TODAY)
    assert after.id == before.id and after.due == D(2024, 5, 13)


def test_changing_the_procedure_moves_the_appeal(db_url: str) -> None:
    # Scenario 2. A rejection delivered Fri 26 Apr 2024: regular 15 days -> Mon 13 May;
    # accelerated 8 days (ZAPZ Art. 40(5)) -> Sat 4 May (Holy Saturday) -> Tue 7 May.
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                    today=TODAY)  # fmt: skip
    version = cw.get_case(case_id).version
    _case_row, moved = cw.edit_case(case_id, version, procedure="accelerated")
    assert _lines(moved) == ["appeal-accelerated: 2024-05-13 -> 2024-05-07"]
    assert _open(cw, case_id) == {"appeal-accelerated": (D(2024, 5, 7), None)}


def test_changing_the_procedure_moves_the_offices_decision_period_and_its_chain(
    db_url: str,
) -> None:
    # Lodged Mon 4 Mar 2024. Regular: 3 months -> Tue 4 Jun 2024 (ZAPZ Art. 39(1)), and
    # the appeal for silence it would open: Tue 4 Jun + 12 months -> Wed 4 Jun 2025. At
    # the border: 28 days -> Mon 1 Apr 2024 (ZAPZ Art. 41(5)); missing it lets the
    # applicant in (Art. 41(6)), not an appeal for silence: that deadline no longer applies.
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "application-lodged", D(2024, 3, 4), today=TODAY)
    assert _open(cw, case_id) == {
        "decision-regular": (D(2024, 6, 4), None),
        "appeal-silence": (D(2025, 6, 4), None),
    }
    _row, moved = cw.edit_case(case_id, cw.get_case(case_id).version, procedure="border")
    assert _lines(moved) == [
        "appeal-silence: 2025-06-04 -> none",
        "decision-border: 2024-06-04 -> 2024-04-01",
    ]
    assert _open(cw, case_id) == {"decision-border": (D(2024, 4, 1), None)}


def test_correcting_a_date_moves_the_chained_deadlines_too(db_url: str) -> None:
    # Registered Fri 1 Mar 2024 10:00. The Office's 15 days: Sat 16 Mar -> Mon 18 Mar;
    # own-initiative lodging: Mon 18 Mar + 8 = Tue 26 Mar, and counted from the
    # unextended Sat 16 Mar + 8 = Sun 24 -> Mon 25 Mar: the safe date (principle 4).
    # 72 hours: Mon 4 Mar 10:00. Corrected to Mon 4 Mar 2024 10:00: 15 days -> Tue 19
    # Mar; own initiative Tue 19 + 8 = Wed 27 Mar (no extension, no safe date);
    # 72 hours -> Thu 7 Mar 10:00.
    cw = _office(db_url)
    case_id = _case(cw)
    ev = cw.record_event(case_id, "registration", D(2024, 3, 1), at_time=dt.time(10, 0),
                         today=TODAY).event  # fmt: skip
    assert _open(cw, case_id) == {
        "report-to-centre": (D(2024, 3, 4), None),
        "lodging-office": (D(2024, 3, 18), None),
        "lodging-own-initiative": (D(2024, 3, 26), D(2024, 3, 25)),
    }
    changes = cw.correct_event(ev.id, on=D(2024, 3, 4))
    assert _lines(changes) == [
        "lodging-office: 2024-03-18 -> 2024-03-19",
        "lodging-own-initiative: 2024-03-26 -> 2024-03-27",
        "report-to-centre: 2024-03-04 -> 2024-03-07",
    ]
    assert _open(cw, case_id)["lodging-own-initiative"] == (D(2024, 3, 27), None)


def test_a_closure_day_moves_a_chain(db_url: str) -> None:
    # Registered Fri 1 Mar 2024: lodging-office Mon 18 Mar. The office records the Asylum
    # Office closed on Mon 18 Mar: -> Tue 19 Mar; own initiative from Tue 19 + 8 = Wed 27
    # Mar, the safe reading from the unextended Sat 16 + 8 = Sun 24 -> Mon 25 Mar.
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "registration", D(2024, 3, 1), at_time=dt.time(10, 0), today=TODAY)
    changes = cw.add_closure(D(2024, 3, 18), "Kancelarija za azil nije radila", "asylum-office")
    assert _lines(changes) == [
        "lodging-office: 2024-03-18 -> 2024-03-19",
        "lodging-own-initiative: 2024-03-26 -> 2024-03-27",
    ]
    assert _open(cw, case_id)["lodging-own-initiative"] == (D(2024, 3, 27), D(2024, 3, 25))
    back = cw.remove_closure(D(2024, 3, 18), "asylum-office")
    assert _lines(back) == [
        "lodging-office: 2024-03-19 -> 2024-03-18",
        "lodging-own-initiative: 2024-03-27 -> 2024-03-26",
    ]


def test_the_same_event_twice_is_refused(db_url: str) -> None:
    # Scenario 3: one person twice.
    cw = _office(db_url)
    case_id = _case(cw)
    first = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), reference="26-1/24",
                            outcome="rejected", today=TODAY).event  # fmt: skip
    with pytest.raises(DuplicateEventError, match=f"event {first.id} already records"):
        cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), reference="26-1/24",
                        today=TODAY)  # fmt: skip
    assert len(cw.deadlines(case_id=case_id, today=TODAY, status=None)) == 1
    assert len(cw.get_case(case_id).events) == 1


@pytest.mark.postgres
def test_two_people_recording_the_same_delivery_at_once(pg_url: str) -> None:
    # Scenario 3: two desktops press "record" together; the case row lock lets one in,
    # the other is told which event already records it. One deadline, not two.
    cw = _office(pg_url)
    case_id = _case(cw)
    desks = [Casework(pg_url, actor="Ana Petrović") for _ in range(2)]
    barrier = threading.Barrier(2)
    outcome: list[str] = []

    def press(desk: Casework) -> None:
        barrier.wait()
        try:
            desk.record_event(case_id, "decision-delivered", D(2024, 4, 26),
                              outcome="rejected", today=TODAY)  # fmt: skip
            outcome.append("stored")
        except DuplicateEventError:
            outcome.append("refused")

    threads = [threading.Thread(target=press, args=(d,)) for d in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(outcome) == ["refused", "stored"]
    assert len(cw.deadlines(case_id=case_id, today=TODAY, status=None)) == 1


def test_withdrawing_one_of_two_deliveries_keeps_what_the_other_fulfils(db_url: str) -> None:
    # Scenario 3: the same delivery recorded twice under two forms of its number; one
    # is withdrawn. The Office's decision deadline stays fulfilled by the other.
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "application-lodged", D(2024, 1, 10), today=TODAY)
    first = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), reference="26-1/24",
                            outcome="rejected", today=TODAY).event  # fmt: skip
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), reference="26-0001/24",
                    outcome="rejected", today=TODAY)  # fmt: skip
    cw.withdraw_event(first.id, "recorded twice")
    rows = {r.rule_id: r for r in cw.deadlines(case_id=case_id, today=TODAY, status=None)}
    assert rows["decision-regular"].status == "done"
    assert rows["appeal-silence"].status == "waived"  # moot: the Office decided


def test_withdrawing_the_only_delivery_reopens_the_offices_deadline(db_url: str) -> None:
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "application-lodged", D(2024, 1, 10), today=TODAY)
    ev = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                         today=TODAY).event  # fmt: skip
    cw.withdraw_event(ev.id, "wrong case")
    # Lodged Wed 10 Jan 2024 + 3 months = Wed 10 Apr 2024.
    assert _open(cw, case_id)["decision-regular"] == (D(2024, 4, 10), None)


def test_an_event_recorded_after_its_deadline_is_overdue_at_once(db_url: str) -> None:
    # Principle 5. A rejection delivered Fri 26 Apr 2024 is recorded on Sat 1 Jun 2024:
    # its appeal ended Mon 13 May. Overdue at once, with restoration: 8 days from the
    # cause ceasing, never after 3 months from the missed day, Mon 13 May + 3 months =
    # Tue 13 Aug 2024 (ZUP Art. 83(1)-(2)).
    cw = _office(db_url)
    case_id = _case(cw)
    late_day = D(2024, 6, 1)
    res = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                          today=late_day)  # fmt: skip
    assert [d.rule_id for d in res.late] == ["appeal-regular"]
    [row] = cw.deadlines(case_id=case_id, today=late_day)
    assert row.urgency is Urgency.OVERDUE and row.recorded_late
    assert row.remedy_sr == (
        "Rok je propušten: predlog za vraćanje u pređašnje stanje u roku od 8 dana od "
        "prestanka razloga propuštanja, najkasnije do 13.08.2024. (čl. 82. st. 1. i čl. 83. "
        "st. 1. i 2. ZUP)."
    )


def test_restoration_in_the_case_file_applies_its_absolute_limit(db_url: str) -> None:
    # DOMAIN.md example: missed Mon 3 Mar 2025, cause ceased Fri 30 May 2025: the 3
    # months end Tue 3 Jun 2025, before the 8 days (Mon 9 Jun).
    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "missed-deadline-cause-ceased", D(2025, 5, 30),
                    missed_on=D(2025, 3, 3), today=D(2025, 5, 31))  # fmt: skip
    assert _open(cw, case_id) == {"restoration": (D(2025, 6, 3), None)}
    # A missed constitutional appeal: the Constitutional Court's 15 days; without the
    # missed day it cannot be counted and nothing is stored.
    with pytest.raises(ValidationError, match="needs the missed day"):
        cw.record_event(case_id, "missed-deadline-cause-ceased", D(2025, 5, 12),
                        missed_rule="constitutional-appeal", today=D(2025, 5, 31))  # fmt: skip
    cw.record_event(case_id, "missed-deadline-cause-ceased", D(2025, 5, 12),
                    missed_on=D(2025, 3, 3), missed_rule="constitutional-appeal",
                    today=D(2025, 5, 31))  # fmt: skip
    # Ceased Mon 12 May 2025 + 15 = Tue 27 May (before the limit, Tue 3 Jun).
    assert _open(cw, case_id)["restoration-constitutional"] == (D(2025, 5, 27), None)


def test_an_outcome_only_belongs_to_a_decision(db_url: str) -> None:
    cw = _office(db_url)
    case_id = _case(cw)
    with pytest.raises(ValidationError, match="belongs to a first-instance decision"):
        cw.record_event(case_id, "appeal-filed", D(2024, 4, 26), outcome="rejected", today=TODAY)
    with pytest.raises(ValidationError, match="did you mean 'rejected'"):
        cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejectd",
                        today=TODAY)  # fmt: skip
    assert cw.get_case(case_id).events == []


# (due, safe date, binds, today) -> urgency: one rule for the list, the app, reminders.
URGENCY = [
    # A party's deadline counts down to its safe date: due Mon 13 May, safe Fri 10 May.
    (D(2024, 5, 13), D(2024, 5, 10), "party", D(2024, 5, 2), Urgency.LATER),  # 8 days to 10th
    (D(2024, 5, 13), D(2024, 5, 10), "party", D(2024, 5, 3), Urgency.THIS_WEEK),  # 7 days
    (D(2024, 5, 13), D(2024, 5, 10), "party", D(2024, 5, 7), Urgency.SOON),  # 3 days
    (D(2024, 5, 13), D(2024, 5, 10), "party", D(2024, 5, 10), Urgency.TODAY),  # safe date
    (D(2024, 5, 13), D(2024, 5, 10), "party", D(2024, 5, 13), Urgency.TODAY),  # the last day
    (D(2024, 5, 13), D(2024, 5, 10), "party", D(2024, 5, 14), Urgency.OVERDUE),
    # An authority's counts to its due date and then opens the remedy.
    (D(2024, 5, 13), None, "authority", D(2024, 5, 6), Urgency.THIS_WEEK),
    (D(2024, 5, 13), None, "authority", D(2024, 5, 14), Urgency.REMEDY_OPEN),
    # Public delivery binds nobody: past, it is simply done.
    (D(2024, 5, 13), None, "nobody", D(2024, 5, 14), Urgency.PASSED),
]


@pytest.mark.parametrize(("due", "safe", "binds", "today", "expected"), URGENCY)
def test_one_rule_decides_urgency(due, safe, binds, today, expected) -> None:  # type: ignore[no-untyped-def]
    assert urgency(due, safe, binds, today) is expected


def test_no_restoration_is_offered_where_the_law_gives_none() -> None:
    # ZUP Art. 83(3): no restoration of the restoration period; the ECtHR's limit has none.
    assert overdue_remedy("restoration", D(2024, 5, 13)) is None
    assert overdue_remedy("ecthr-application", D(2024, 5, 13)) is None
    # A missed constitutional appeal: the Constitutional Court's own, 15 days.
    sr, en = overdue_remedy("constitutional-appeal", D(2024, 5, 13)) or ("", "")
    assert "15 dana" in sr and "Law on the Constitutional Court Art. 84(2) and (3)" in en


def test_a_case_file_from_before_is_brought_up_to_date_once(db_url: str) -> None:
    # A decision recorded before outcomes existed kept the regular 15 days (Mon 13 May
    # 2024). Opening the case file under the new legal model recomputes it once: the
    # outcome is not recorded, so the shortest appeal, 8 days -> Tue 7 May 2024.
    from sqlalchemy import update

    from casework.db import session_factory
    from casework.models import Deadline, Event

    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected", today=TODAY)
    with session_factory(db_url)() as s, s.begin():  # as an older azil stored it
        s.execute(update(Deadline).values(rule_id="appeal-regular"))
        s.execute(update(Event).values(outcome=None))
    moved = cw.follow_the_law()
    assert _lines(moved) == ["appeal-dismissal: 2024-05-13 -> 2024-05-07"]
    assert cw.follow_the_law() == []  # once


def test_a_detention_case_takes_the_shortest_appeal_until_its_procedure_is_known(
    db_url: str,
) -> None:
    # "Detention" is where the applicant is, not the asylum procedure. A rejection
    # delivered Fri 26 Apr 2024: the shortest appeal of any procedure, the border's 5
    # days -> Wed 1 May (Labour Day), Thu 2 May, Fri 3 May Good Friday, Sat 4, Sun 5
    # Easter, Mon 6 Easter Monday -> Tue 7 May; flagged. Recorded as regular: 15 days
    # -> Sat 11 May -> Mon 13 May.
    cw = _office(db_url)
    case_id = _case(cw, "detention")
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected", today=TODAY)
    [row] = cw.deadlines(case_id=case_id, today=TODAY)
    assert (row.rule_id, row.due, row.procedure_unknown) == ("appeal-border", D(2024, 5, 7), True)
    _c, moved = cw.edit_case(case_id, cw.get_case(case_id).version, procedure="regular")
    assert _lines(moved) == ["appeal-regular: 2024-05-07 -> 2024-05-13"]
    [row] = cw.deadlines(case_id=case_id, today=TODAY)
    assert row.procedure_unknown is False


def test_a_deadline_met_in_time_is_not_called_late(db_url: str) -> None:
    # Registered Mon 25 Nov 2024 10:00 and reported Tue 26 Nov, both recorded on Mon 2
    # Dec: the 72 hours (to Thu 28 Nov 10:00) had passed when the registration was
    # recorded, but the report, recorded next, was in time: not late.
    cw = _office(db_url)
    case_id = _case(cw)
    late_day = D(2024, 12, 2)
    res = cw.record_event(case_id, "registration", D(2024, 11, 25), at_time=dt.time(10, 0),
                          today=late_day)  # fmt: skip
    assert [d.rule_id for d in res.late] == ["report-to-centre"]
    cw.record_event(case_id, "reported-to-centre", D(2024, 11, 26), today=late_day)
    [row] = [r for r in cw.deadlines(case_id=case_id, status=None, today=late_day)
             if r.rule_id == "report-to-centre"]  # fmt: skip
    assert row.status == "done" and row.recorded_late is False


def test_an_old_case_the_engine_cannot_count_does_not_block_a_closure_day(db_url: str) -> None:
    # A case stored by an older azil with an event before the verified calendar (2011):
    # recording a closure day recomputes the office's cases; that one is left as it was,
    # neither blocking the closure nor waived.
    from sqlalchemy import update

    from casework.db import session_factory
    from casework.models import Event

    cw = _office(db_url)
    old = _case(cw)
    cw.record_event(old, "decision-delivered", D(2024, 4, 26), outcome="rejected", today=TODAY)
    with session_factory(db_url)() as s, s.begin():
        s.execute(update(Event).where(Event.case_id == old).values(occurred_on=D(2011, 5, 2)))
    fresh = _case(cw)
    cw.record_event(fresh, "decision-delivered", D(2024, 4, 26), outcome="rejected", today=TODAY)
    # Mon 13 May 2024 recorded closed: the fresh appeal moves to Tue 14 May.
    changes = cw.add_closure(D(2024, 5, 13), "Kancelarija nije radila", "asylum-office")
    assert _lines(changes) == ["appeal-regular: 2024-05-13 -> 2024-05-14"]
    assert [r.status for r in cw.deadlines(case_id=old, status=None, today=TODAY)] == ["open"]


def test_a_decision_moves_the_case_to_the_stage_it_opens_and_fills_its_number(
    sqlite_url: str,
) -> None:
    # Issue 12: recording a decision left the case at the first-instance stage and its
    # number had to be typed again on the case. A decision opens the remedy against it:
    # the Asylum Office's rejection opens the appeal (ZAPZ Art. 95(1)), the Commission's
    # decision the lawsuit; a late entry of an older fact never moves the case back, and
    # a number typed on the case is never replaced.
    cw = Casework(sqlite_url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer")
    client = cw.add_client(name_latin="Reza Hosseini")
    case = cw.add_case(client.id, "regular", stage="application", commission_no="Až 1/24")
    today = D(2024, 7, 1)
    cw.record_event(case.id, "decision-delivered", D(2024, 4, 26), reference="26-1234/24",
                    outcome="rejected", today=today)  # fmt: skip
    after = cw.get_case(case.id)
    assert (after.stage, after.asylum_office_no) == ("appeal", "26-1234/24")
    cw.record_event(case.id, "commission-decision-delivered", D(2024, 6, 20),
                    reference="Až 412/24", today=today)  # fmt: skip
    after = cw.get_case(case.id)
    assert after.stage == "administrative-court"
    assert after.commission_no == "Až 1/24"  # typed by the lawyer: kept
    cw.record_event(case.id, "application-lodged", D(2024, 1, 10), today=today)
    assert cw.get_case(case.id).stage == "administrative-court"  # never backwards
    granted = cw.add_case(client.id, "regular", stage="first-instance")
    cw.record_event(granted.id, "decision-delivered", D(2024, 4, 26), outcome="granted",
                    today=today)  # fmt: skip
    assert cw.get_case(granted.id).stage == "first-instance"  # nothing to appeal
    fields = {(e.field, e.new) for e in cw.audit(case.id) if e.entity == "case"}
    assert ("stage", "appeal") in fields and ("asylum_office_no", "26-1234/24") in fields


def test_an_event_that_changes_nothing_on_the_case_leaves_a_colleagues_form_valid(
    sqlite_url: str,
) -> None:
    # Recording an interview must not bump the case's version: Ana's open form (read at
    # that version) would otherwise be refused as stale when she saves it.
    ana = Casework(sqlite_url, actor="Ana Petrović")
    ana.add_staff("Ana Petrović", "lawyer")
    ana.add_staff("Marko Jovanović", "lawyer")
    case = ana.add_case(ana.add_client(name_latin="Reza Hosseini").id, "regular",
                        stage="first-instance")  # fmt: skip
    before = ana.get_case(case.id).version
    marko = Casework(sqlite_url, actor="Marko Jovanović")
    marko.record_event(case.id, "interview-held", D(2024, 5, 2), today=D(2024, 5, 2))
    assert ana.get_case(case.id).version == before
    ana.update_case(case.id, before, office_ref="P-12/24")  # not refused as stale


def test_the_database_itself_refuses_a_second_identical_event(db_url: str) -> None:
    # Issue 13: the use case's check is one wall; the unique (case, kind|date|act number)
    # is the second, for a writer that went around it (here: plain SQL).
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from casework import db

    cw = _office(db_url)
    case_id = _case(cw)
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                    today=TODAY)  # fmt: skip
    with pytest.raises(IntegrityError), db.engine(db_url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (case_id, kind, occurred_on, identity, recorded_at, version) "
                "SELECT case_id, kind, occurred_on, identity, recorded_at, 1 FROM event"
            )
        )
    assert len(cw.get_case(case_id).events) == 1


def test_correcting_an_event_into_its_twin_is_refused_and_changes_nothing(db_url: str) -> None:
    # Two deliveries recorded a day apart; correcting the second onto the first's day
    # would make one event twice: refused (through the database's constraint), the
    # second event and its deadlines as they were.
    cw = _office(db_url)
    case_id = _case(cw)
    first = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                            today=TODAY).event  # fmt: skip
    second = cw.record_event(case_id, "decision-delivered", D(2024, 4, 29),
                             outcome="rejected", today=TODAY).event  # fmt: skip
    before = _open(cw, case_id)
    with pytest.raises(DuplicateEventError, match=f"event {first.id} already records"):
        cw.correct_event(second.id, on=D(2024, 4, 26))
    kept = next(e for e in cw.get_case(case_id).events if e.id == second.id)
    assert kept.occurred_on == D(2024, 4, 29)
    assert _open(cw, case_id) == before
