"""Recording events creates, closes and recomputes deadlines; every date counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from casework.services import (
    Casework,
    NotFoundError,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)

D = dt.date


def _office(url: str) -> tuple[Casework, int]:
    admin = Casework(url, actor="Ivan Đorđević")
    admin.add_staff("Ivan Đorđević", "admin")
    ana = admin.add_staff("Ana Petrović", "lawyer", sex="f")
    admin.add_staff("Jelena Nikolić", "paralegal")
    return admin, ana.id


def _case(cw: Casework, procedure: str = "regular", lawyer_id: int | None = None) -> int:
    client = cw.add_client(name_latin="Zahra Ahmadi", name_original="زهرا احمدی", sex="f")
    return cw.add_case(
        client.id, procedure, "first-instance", lawyer_id, opened_on=D(2024, 1, 5)
    ).id


def _only(result_deadlines, rule_id):  # type: ignore[no-untyped-def]
    found = [d for d in result_deadlines if d.rule_id == rule_id]
    assert len(found) == 1, [d.rule_id for d in result_deadlines]
    return found[0]


def test_delivered_decision_gives_the_appeal_deadline_with_its_reasoning(db_url: str) -> None:
    # DOMAIN.md worked example: decision delivered Fri 2024-04-26, regular procedure, 15 days.
    # Day 15 = Sat 2024-05-11 (the 1-6 May holidays lie inside the period and do not
    # extend it); Sat and Sun 12 May are non-working -> due Mon 2024-05-13. The extension
    # rested on a Saturday, so the safe date is Fri 2024-05-10.
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    res = cw.record_event(
        case_id, "decision-delivered", D(2024, 4, 26), reference="26-1234/24", outcome="rejected"
    )
    appeal = _only(res.created, "appeal-regular")
    assert appeal.due == D(2024, 5, 13)
    assert appeal.unextended == D(2024, 5, 11)
    assert appeal.safe_date == D(2024, 5, 10)
    assert appeal.extended is True
    assert appeal.confidence == "H"
    assert appeal.basis == "čl. 95. st. 1. ZAPZ"
    texts = " ".join(step["en"] for step in appeal.explanation)
    assert "2024-05-11" in texts and "2024-05-13" in texts
    assert all(step["sr"] and step["en"] for step in appeal.explanation)


def test_procedure_chooses_the_rule(db_url: str) -> None:
    # Accelerated procedure, delivered Thu 2024-04-25, 8 days: day 8 = Fri 2024-05-03,
    # Good Friday; Sat 4 May (Holy Saturday), Sun 5 May (Easter), Mon 6 May (Easter
    # Monday) are all non-working -> due Tue 2024-05-07 (DOMAIN.md worked example).
    cw, ana = _office(db_url)
    case_id = _case(cw, "accelerated", ana)
    res = cw.record_event(case_id, "decision-delivered", D(2024, 4, 25), outcome="rejected")
    assert _only(res.created, "appeal-accelerated").due == D(2024, 5, 7)


def test_correcting_the_date_recomputes_and_is_audited(db_url: str) -> None:
    # Corrected from 2024-04-26 to Thu 2024-04-25: day 15 = Fri 2024-05-10, a working day
    # (no holiday), so it is due that day, unextended, with no separate safe date.
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    res = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    changes = cw.correct_event(res.event.id, on=D(2024, 4, 25))
    assert [(c.rule_id, c.old_due, c.new_due) for c in changes] == [
        ("appeal-regular", D(2024, 5, 13), D(2024, 5, 10))
    ]
    [d] = cw.get_case(case_id).deadlines
    assert (d.due, d.safe_date, d.extended) == (D(2024, 5, 10), None, False)
    audit = [(e.action, e.field, e.old, e.new) for e in cw.audit(case_id)]
    assert ("update", "occurred_on", "2024-04-26", "2024-04-25") in audit
    assert any(a == "recompute" and new.startswith("2024-05-10") for a, _, _, new in audit)


def test_closure_day_moves_the_deadlines_it_touches_and_only_those(db_url: str) -> None:
    # Delivered Mon 2024-06-03: day 15 = Tue 2024-06-18, an ordinary working day.
    # The office records 18 June as a day the Asylum Office was closed: the period ends at
    # the end of the next working day, Wed 2024-06-19; the extension rests on a recorded
    # closure, so the safe date is the last working day before it, Mon 2024-06-17.
    # A deadline in another case, due 2024-05-13, is untouched.
    cw, ana = _office(db_url)
    case_a = _case(cw, "regular", ana)
    case_b = _case(cw, "regular", ana)
    cw.record_event(case_a, "decision-delivered", D(2024, 6, 3), outcome="rejected")
    cw.record_event(case_b, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    changes = cw.add_closure(D(2024, 6, 18), "Asylum Office closed (power cut)")
    assert [(c.case_id, c.old_due, c.new_due) for c in changes] == [
        (case_a, D(2024, 6, 18), D(2024, 6, 19))
    ]
    [moved] = cw.get_case(case_a).deadlines
    assert moved.safe_date == D(2024, 6, 17)
    back = cw.remove_closure(D(2024, 6, 18))
    assert [(c.old_due, c.new_due) for c in back] == [(D(2024, 6, 19), D(2024, 6, 18))]
    with pytest.raises(ValidationError, match=r"reason|why"):
        cw.add_closure(D(2024, 6, 20), "  ")


def test_registration_chains_the_own_initiative_period(db_url: str) -> None:
    # Registration Mon 2026-11-02 at 10:00.
    # report-to-centre: 72 hours, continuous, never extended -> Thu 2026-11-05 10:00.
    # lodging-office: 15 days -> Tue 2026-11-17 (11 Nov, Armistice Day, lies inside).
    # lodging-own-initiative: 8 days from the end of lodging-office -> Wed 2026-11-25.
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    res = cw.record_event(case_id, "registration", D(2026, 11, 2), dt.time(10, 0))
    centre = _only(res.created, "report-to-centre")
    assert (centre.due, centre.due_time) == (D(2026, 11, 5), dt.time(10, 0))
    assert _only(res.created, "lodging-office").due == D(2026, 11, 17)
    own = _only(res.created, "lodging-own-initiative")
    assert own.due == D(2026, 11, 25)
    assert own.parent_id == _only(res.created, "lodging-office").id


def test_hour_rule_needs_a_time_and_nothing_is_stored_without_it(db_url: str) -> None:
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    with pytest.raises(ValidationError, match="--time"):
        cw.record_event(case_id, "registration", D(2026, 11, 2))
    assert cw.get_case(case_id).events == []


def test_date_before_2012_is_refused_and_nothing_is_stored(db_url: str) -> None:
    from rules import RulesError

    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    with pytest.raises(RulesError, match="2012"):
        cw.record_event(case_id, "decision-delivered", D(2011, 5, 4), outcome="rejected")
    case = cw.get_case(case_id)
    assert case.events == [] and case.deadlines == []


def test_unknown_event_kind_suggests_the_right_one(db_url: str) -> None:
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    with pytest.raises(ValidationError, match="did you mean 'decision-delivered'"):
        cw.record_event(case_id, "decision-deliverd", D(2024, 4, 26))
    with pytest.raises(NotFoundError, match="no case with id 999"):
        cw.record_event(999, "decision-delivered", D(2024, 4, 26), outcome="rejected")


def test_filing_the_appeal_fulfils_the_appeal_deadline(db_url: str) -> None:
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    res = cw.record_event(case_id, "appeal-filed", D(2024, 5, 9))
    assert [d.rule_id for d in res.closed] == ["appeal-regular"]
    assert cw.deadlines(case_id=case_id) == []


def test_passed_authority_deadline_shows_the_remedy(db_url: str) -> None:
    # Application lodged Wed 2024-01-10, regular procedure: the Office must decide in
    # 3 months -> Wed 2024-04-10. On 2024-06-01 that has passed: the list says which
    # remedy opened (appeal for administrative silence).
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    cw.record_event(case_id, "application-lodged", D(2024, 1, 10))
    rows = {r.rule_id: r for r in cw.deadlines(case_id=case_id, today=D(2024, 6, 1))}
    row = rows["decision-regular"]
    assert row.due == D(2024, 4, 10) and row.safe_date is None
    assert row.remedy_opens == D(2024, 4, 11)  # the day after, never earlier
    assert row.binds == "authority" and row.remedy_sr and row.remedy_en
    assert row.urgency == "remedy-open"
    # The appeal for silence counts from the end of the Office's period: Wed 10 Apr
    # 2024 + 12 months = Thu 10 Apr 2025 (ZUP Art. 153(2)).
    assert rows["appeal-silence"].due == D(2025, 4, 10)
    before = {r.rule_id: r for r in cw.deadlines(case_id=case_id, today=D(2024, 4, 1))}
    assert before["decision-regular"].remedy_sr is None


def test_only_lawyers_and_admins_close_deadlines_and_waiving_needs_a_reason(db_url: str) -> None:
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    res = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    deadline_id = res.created[0].id
    paralegal = Casework(db_url, actor="Jelena Nikolić")
    with pytest.raises(PermissionDeniedError, match="paralegal"):
        paralegal.mark_deadline(deadline_id, "done")
    lawyer = Casework(db_url, actor="Ana Petrović")
    with pytest.raises(ValidationError, match="reason"):
        lawyer.mark_deadline(deadline_id, "waived")
    lawyer.mark_deadline(deadline_id, "waived", "client withdrew the application")
    with pytest.raises(StaleEditError, match="already waived"):
        cw.mark_deadline(deadline_id, "waived", "again")
    [entry] = [e for e in cw.audit(case_id) if e.action == "mark"]
    assert entry.actor == "Ana Petrović" and "client withdrew" in (entry.new or "")


def test_deadline_list_for_one_person_and_a_window(db_url: str) -> None:
    cw, ana = _office(db_url)
    marko = cw.add_staff("Marko Jovanović", "lawyer").id
    a = _case(cw, "regular", ana)
    b = _case(cw, "accelerated", marko)
    cw.record_event(a, "decision-delivered", D(2024, 4, 26), outcome="rejected")  # due 2024-05-13
    cw.record_event(b, "decision-delivered", D(2024, 4, 25), outcome="rejected")  # due 2024-05-07
    today = D(2024, 5, 2)
    assert [r.due for r in cw.deadlines(today=today)] == [D(2024, 5, 7), D(2024, 5, 13)]
    assert [r.case_id for r in cw.deadlines(staff="Ana Petrović", today=today)] == [a]
    assert [r.case_id for r in cw.deadlines(within_days=7, today=today)] == [b]
    with pytest.raises(NotFoundError, match="did you mean 'Ana Petrović'"):
        cw.deadlines(staff="Ana Petrovic")


def test_a_closure_extends_only_the_deadlines_of_the_body_that_was_closed(db_url: str) -> None:
    # Commission decision delivered Mon 2024-12-09: the lawsuit is due Wed 2025-01-08
    # (DOMAIN.md worked example; 1-2 and 7 January lie inside the period). The lawsuit is
    # filed with the Administrative Court, so a day the Asylum Office was closed must not
    # move it: showing a later legal due date than the law gives is the error to avoid.
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    cw.record_event(case_id, "commission-decision-delivered", D(2024, 12, 9))
    assert cw.add_closure(D(2025, 1, 8), "Kancelarija za azil nije radila", "asylum-office") == []
    [lawsuit] = cw.get_case(case_id).deadlines
    assert (lawsuit.due, lawsuit.safe_date) == (D(2025, 1, 8), None)
    # The court itself closed on 8 January: the period ends at the end of the next working
    # day, Thu 2025-01-09. The extension rests on a closure, so the safe date is the last
    # working day on or before the unextended end: 8 Jan closed, 7 Jan Orthodox Christmas
    # -> Mon 2025-01-06.
    changes = cw.add_closure(D(2025, 1, 8), "Upravni sud ne radi", "administrative-court")
    assert [(c.old_due, c.new_due) for c in changes] == [(D(2025, 1, 8), D(2025, 1, 9))]
    [lawsuit] = cw.get_case(case_id).deadlines
    assert lawsuit.safe_date == D(2025, 1, 6)
    with pytest.raises(ValidationError, match="unknown body"):
        cw.add_closure(D(2025, 1, 10), "typo", "asylum-ofice")


def test_the_team_list_fetches_a_deadlines_reasoning_on_demand(db_url: str) -> None:
    # The whole team's list leaves the steps out (thousands of rows); one case's list and
    # Casework.explanation(id) carry them, in both languages, in order.
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    [team_row] = cw.deadlines(today=D(2024, 5, 2))
    [case_row] = cw.deadlines(case_id=case_id, today=D(2024, 5, 2))
    assert team_row.explanation == () and case_row.explanation
    steps = cw.explanation(team_row.id)
    assert list(steps) == list(case_row.explanation)
    assert steps[0]["date"] == "2024-04-26" and steps[-1]["date"] == "2024-05-10"  # safe date
    assert team_row.version == 1
    with pytest.raises(NotFoundError):
        cw.explanation(999)


def test_withdrawing_a_mistaken_event_undoes_what_it_did(db_url: str) -> None:
    # The paralegal recorded "appeal filed" on the wrong case: the appeal deadline of this
    # case was closed by it. Withdrawing it reopens that deadline; withdrawing the decision
    # itself waives the appeal deadline it created. Everything stays in the audit log.
    cw, ana = _office(db_url)
    case_id = _case(cw, "regular", ana)
    decision = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    filed = cw.record_event(case_id, "appeal-filed", D(2024, 5, 2))
    assert cw.deadlines(case_id=case_id) == []  # closed by the (mistaken) filing
    paralegal = Casework(db_url, actor="Jelena Nikolić")
    with pytest.raises(PermissionDeniedError):
        paralegal.withdraw_event(filed.event.id, "pogrešan predmet")
    lawyer = Casework(db_url, actor="Ana Petrović")
    with pytest.raises(ValidationError, match="why"):
        lawyer.withdraw_event(filed.event.id, " ")
    assert lawyer.withdraw_event(filed.event.id, "pogrešan predmet") == []
    [reopened] = cw.deadlines(case_id=case_id)
    assert reopened.rule_id == "appeal-regular" and reopened.due == D(2024, 5, 13)
    waived = lawyer.withdraw_event(decision.event.id, "rešenje nije dostavljeno")
    assert [d.rule_id for d in waived] == ["appeal-regular"]
    case = cw.get_case(case_id)
    assert case.events == []
    assert [d.status for d in case.deadlines] == ["waived"]
    history = [(e.action, e.entity, e.new) for e in cw.audit(case_id)]
    assert ("delete", "event", "withdrawn: pogrešan predmet") in history
    assert ("reopen", "deadline", "open") in history


def test_two_people_correcting_one_event_the_second_is_refused(db_url: str) -> None:
    # Both opened the decision delivered on 2024-04-26 (version 1). Ana corrects it to the
    # 25th; Marko's correction, based on what he saw, must not silently move the appeal
    # deadline again: it is refused, naming Ana, and her correction stands.
    cw, ana_id = _office(db_url)
    cw.add_staff("Marko Jovanović", "lawyer")
    case_id = _case(cw, "regular", ana_id)
    ev = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected").event
    seen = cw.get_case(case_id).events[0].version
    ana, marko = Casework(db_url, actor="Ana Petrović"), Casework(db_url, actor="Marko Jovanović")
    ana.correct_event(ev.id, on=D(2024, 4, 25), expected_version=seen)
    with pytest.raises(StaleEditError, match="Ana Petrović"):
        marko.correct_event(ev.id, on=D(2024, 4, 24), expected_version=seen)
    with pytest.raises(StaleEditError, match="Ana Petrović"):
        marko.withdraw_event(ev.id, "pogrešno", expected_version=seen)
    [d] = cw.get_case(case_id).deadlines
    assert d.due == D(2024, 5, 10)  # from the 25th: day 15 = Fri 10 May, a working day
