"""The office's report (issue 15): a small office built by hand, every figure checked
against a count written here with why. Two half-year periods: P1 = 2024-01-01..06-30,
P2 = 2024-07-01..12-31; acts before, inside, between and after them; two clients with acts
in both periods."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update

from casework import db
from casework.errors import NotFoundError, ValidationError
from casework.models import Document
from casework.reporting import HIDDEN, to_json
from casework.services import Casework

D = dt.date
P1 = (D(2024, 1, 1), D(2024, 6, 30))
P2 = (D(2024, 7, 1), D(2024, 12, 31))


def _deadline(cw: Casework, case_id: int, rule_id: str) -> int:
    [d] = [d for d in cw.get_case(case_id).deadlines if d.rule_id == rule_id]
    return d.id


def _document(cw: Casework, url: str, case_id: int, template: str, at: dt.date) -> None:
    """A filing generated on `at` (the use case stamps now; the test moves it back)."""
    doc = cw.record_document(case_id, template, Path(f"/tmp/{template}.docx"), "0" * 64)
    with db.engine(url).begin() as conn:
        stamp = dt.datetime.combine(at, dt.time(10), tzinfo=dt.UTC)
        conn.execute(update(Document).where(Document.id == doc.id).values(generated_at=stamp))


@pytest.fixture
def office(db_url: str) -> Casework:
    setup = Casework(db_url, actor="setup")
    setup.add_staff("Ana Petrović", "lawyer")
    cw = Casework(db_url, actor="Ana Petrović")

    def event(case_id: int, kind: str, on: dt.date, **kw: object) -> None:
        cw.record_event(case_id, kind, on, today=on, **kw)  # type: ignore[arg-type]

    # C1 Ahmad: born 1 Aug 2006, 17 at his first act in P1, 18 at his first act in P2.
    c1 = cw.add_client(name_latin="Ahmad", sex="m", nationality="Avganistan",
                       birth_date=D(2006, 8, 1), unaccompanied_minor=True)  # fmt: skip
    k1 = cw.add_case(c1.id, "regular", office_ref="APC-1").id
    # Lodged Wed 10 Jan 2024: decision-regular due 10 Apr 2024 (3 months, a Wednesday).
    event(k1, "application-lodged", D(2024, 1, 10))
    # Decided 28 May (the act's date), delivered 3 Jun: 48 days late (20 left in April + 28).
    event(k1, "decision-delivered", D(2024, 6, 3), act_date=D(2024, 5, 28), outcome="rejected")
    # appeal-regular: Mon 3 Jun + 15 = Tue 18 Jun; filed 10 Jun: met on time.
    event(k1, "appeal-filed", D(2024, 6, 10))
    # P2: the Commission's decision on Tue 15 Oct: lawsuit due Thu 14 Nov (15 Oct + 30;
    # 11 Nov lies inside); filed 20 Nov: met late.
    event(k1, "commission-decision-delivered", D(2024, 10, 15))
    event(k1, "lawsuit-filed", D(2024, 11, 20))

    # C2 Lina: only a birth year (1995: 29 in 2024), trauma.
    c2 = cw.add_client(name_latin="Lina", sex="f", nationality="Sirija", birth_year=1995,
                       vulnerability_trauma=True)  # fmt: skip
    k2 = cw.add_case(c2.id, "regular", office_ref="APC-2").id
    # Lodged Fri 1 Sep 2023 (before P1): decision-regular due Fri 1 Dec 2023.
    event(k2, "application-lodged", D(2023, 9, 1))
    # Delivered Fri 15 Mar 2024, no act date: 30 (Dec) + 31 + 29 + 15 = 105 days late.
    event(k2, "decision-delivered", D(2024, 3, 15), outcome="dismissed-safe-third-country")
    # appeal-dismissal: 8 days -> Sat 23 Mar -> Mon 25 Mar 2024; never filed: missed.
    cw.mark_deadline(_deadline(cw, k2, "appeal-dismissal"), "missed")

    # C3 Omar: born 1 Feb 1960 (64 in 2024), medical.
    c3 = cw.add_client(name_latin="Omar", sex="m", nationality="Irak",
                       birth_date=D(1960, 2, 1), vulnerability_medical=True)  # fmt: skip
    k3 = cw.add_case(c3.id, "regular", office_ref="APC-3").id
    # Lodged Mon 5 Feb 2024: 5 May is Easter Sunday, 6 May Easter Monday -> due Tue 7 May.
    event(k3, "application-lodged", D(2024, 2, 5))
    # Decided 15 Apr (act date), delivered Sat 20 Apr: on time.
    event(k3, "decision-delivered", D(2024, 4, 20), act_date=D(2024, 4, 15), outcome="rejected")
    # appeal-regular: 20 Apr + 15 = Sun 5 May, Easter Monday 6 May -> Tue 7 May; waived.
    cw.mark_deadline(_deadline(cw, k3, "appeal-regular"), "waived", "the client withdrew")
    _document(cw, db_url, k3, "appeal", D(2024, 5, 20))  # a filing in P1
    _document(cw, db_url, k3, "poa", D(2023, 12, 20))  # before P1: not counted

    # C4: nothing known of the person; only filings (one in P1, one after P2).
    c4 = cw.add_client(name_latin="Reza")
    k4 = cw.add_case(c4.id, "regular", office_ref="APC-4").id
    _document(cw, db_url, k4, "poa", D(2024, 4, 1))
    _document(cw, db_url, k4, "appeal", D(2025, 1, 5))

    # C5 Maryam: everything in 2023, before both periods.
    c5 = cw.add_client(name_latin="Maryam", sex="f", nationality="Iran", birth_year=1980)
    k5 = cw.add_case(c5.id, "regular", office_ref="APC-5").id
    event(k5, "application-lodged", D(2023, 1, 9))
    event(k5, "decision-delivered", D(2023, 5, 2), outcome="granted")

    # C6 Imran: born 3 Mar 2012 (11, then 12). Lodged Tue 20 Feb 2024: decision-regular due
    # Mon 20 May 2024; still no decision at the end of P1 (waiting); decided 10 Dec 2024:
    # 11 (May) + 30 + 31 + 31 + 30 + 31 + 30 + 10 = 204 days late.
    c6 = cw.add_client(name_latin="Imran", sex="m", nationality="Pakistan",
                       birth_date=D(2012, 3, 3))  # fmt: skip
    k6 = cw.add_case(c6.id, "regular", office_ref="APC-6").id
    event(k6, "application-lodged", D(2024, 2, 20))
    # appeal-regular: Tue 10 Dec + 15 = Wed 25 Dec 2024 (a working day in Serbia): open.
    event(k6, "decision-delivered", D(2024, 12, 10), outcome="rejected")

    # Brief services: three in P1 (one of them became C2), one on the first day of P2.
    cw.add_brief_service(D(2024, 3, 1), "Avganistan", "m", "pravo na azil", born=2007,
                         place="Horgoš", language="dari")  # fmt: skip
    cw.add_brief_service(D(2024, 5, 5), "Avganistan", "f", "registracija",
                         age_group_value="18-34", client_id=c2.id)  # fmt: skip
    cw.add_brief_service(D(2024, 6, 30), "Maroko", "m", "pravni položaj")
    cw.add_brief_service(D(2024, 7, 1), "Sirija", "m", "pravo na azil")
    # Workshops and outreach: two workshops and one outreach in P1, one workshop before.
    cw.add_activity("workshop", D(2024, 2, 10), "Krnjača", "postupak azila", 25, women=10,
                    minors=5)  # fmt: skip
    cw.add_activity("workshop", D(2024, 6, 15), "Bogovađa", "prava i obaveze", 12)
    cw.add_activity("outreach", D(2024, 4, 4), "Beograd, park", "informisanje", 150)
    cw.add_activity("workshop", D(2023, 12, 31), "Sjenica", "postupak azila", 40)
    return cw


def test_persons_given_legal_aid_in_the_first_half_of_2024(office: Casework) -> None:
    aid = office.report(*P1).legal_aid
    # C1, C2, C3 (events), C4 (a filing only), C6 (lodging): five; C5's acts are all 2023.
    assert aid.persons == 5
    assert aid.by_nationality == {"Avganistan": 1, "Irak": 1, "Pakistan": 1, "Sirija": 1,
                                  "unknown": 1}  # fmt: skip
    assert aid.by_sex == {"m": 3, "f": 1, "unknown": 1}  # C1, C3, C6; C2; C4
    # At the first act in P1: C6 11, C1 17, C2 29 (year only), C3 64, C4 unknown.
    assert aid.by_age_group == {"under-14": 1, "14-17": 1, "18-34": 1, "35-59": 0, "60+": 1,
                                "unknown": 1}  # fmt: skip
    assert aid.by_vulnerability == {"unaccompanied_minor": 1, "medical": 1, "trauma": 1,
                                    "none": 2}  # fmt: skip


def test_a_client_with_acts_in_both_halves_counts_in_each_at_their_age_then(
    office: Casework,
) -> None:
    aid = office.report(*P2).legal_aid
    assert aid.persons == 2  # C1 (Commission, lawsuit) and C6 (decision)
    assert aid.by_nationality == {"Avganistan": 1, "Pakistan": 1}
    # C1 turned 18 on 1 Aug 2024: in P2 he is counted an adult; C6 is 12.
    assert aid.by_age_group["18-34"] == 1 and aid.by_age_group["under-14"] == 1
    assert aid.by_age_group["14-17"] == 0
    # The whole year counts each of them once.
    assert office.report(P1[0], P2[1]).legal_aid.persons == 5


def test_filings_and_outcomes(office: Casework) -> None:
    p1 = office.report(*P1)
    # C3's appeal (20 May) and C4's power of attorney (1 Apr); not Dec 2023 nor Jan 2025.
    assert p1.filings == {"appeal": 1, "poa": 1}
    # First-instance decisions delivered in P1: C1 and C3 rejected, C2 dismissed.
    assert p1.outcomes == {
        "first-instance": {"rejected": 2, "dismissed-safe-third-country": 1},
        "commission": {},
        "court": {},
    }
    p2 = office.report(*P2)
    assert p2.filings == {}
    # C6's rejection; C1's Commission decision (its outcome is not recorded).
    assert p2.outcomes == {"first-instance": {"rejected": 1}, "commission": {"unknown": 1},
                           "court": {}}  # fmt: skip


def test_the_teams_deadlines_by_their_due_date(office: Casework) -> None:
    # P1: C1's appeal (due 18 Jun, filed 10 Jun) on time; C2's appeal-dismissal (25 Mar)
    # missed; C3's appeal (7 May) waived. The appeal-silence deadlines fall in 2025.
    assert office.report(*P1).deadlines == {"met_on_time": 1, "met_late": 0, "missed": 1,
                                            "waived": 1, "open": 0}  # fmt: skip
    # P2: C1's lawsuit (due 14 Nov, filed 20 Nov) late; C6's appeal (25 Dec) still open.
    assert office.report(*P2).deadlines == {"met_on_time": 0, "met_late": 1, "missed": 0,
                                            "waived": 0, "open": 1}  # fmt: skip


def test_how_late_the_asylum_office_decides(office: Casework) -> None:
    p1 = office.report(*P1).authority_delays
    regular = p1["decision-regular"]
    # Decided in P1: C1 (48 late), C2 (105 late), C3 (on time). C5's 2023 decision is not.
    assert (regular.decided, regular.late) == (3, 2)
    assert regular.median_days_late == 76.5  # (48 + 105) / 2, over the late ones
    assert regular.max_days_late == 105
    assert regular.waiting == 1  # C6: due 20 May, no decision by 30 June
    assert regular.max_days_waiting == 41  # 11 days of May + 30 of June
    assert [(c.office_ref, c.decided) for c in regular.waiting_cases] == [("APC-6", None)]
    assert [(c.office_ref, c.days_late) for c in regular.cases] == [
        ("APC-2", 105),
        ("APC-1", 48),
        ("APC-3", 0),
    ]
    assert regular.cases[1].decided == D(2024, 5, 28)  # the act's date, not the delivery
    p2 = office.report(*P2).authority_delays["decision-regular"]
    assert (p2.decided, p2.late, p2.median_days_late, p2.max_days_late, p2.waiting) == (
        1, 1, 204.0, 204, 0,
    )  # fmt: skip


def test_a_wait_is_counted_to_today_when_the_period_runs_on(office: Casework) -> None:
    # A report of the whole of 2024 made on 10 June 2024: C6's decision (due 20 May) has
    # not come yet; its wait is 21 days (11 of May + 10 of June), not counted to 31 December.
    regular = office.report(D(2024, 1, 1), D(2024, 12, 31), today=D(2024, 6, 10))
    waiting = regular.authority_delays["decision-regular"]
    assert (waiting.waiting, waiting.max_days_waiting) == (1, 21)


def test_brief_services_workshops_outreach_and_targets(office: Casework) -> None:
    report = office.report(*P1)
    briefs = report.brief_services
    assert briefs.count == 3  # 1 Mar, 5 May, 30 Jun; not 1 Jul
    assert briefs.by_nationality == {"Avganistan": 2, "Maroko": 1}
    assert briefs.by_sex == {"m": 2, "f": 1}
    # Born 2007: 17 on 1 Mar 2024; "18-34" given; the third gave no age.
    assert briefs.by_age_group == {"under-14": 0, "14-17": 1, "18-34": 1, "35-59": 0, "60+": 0,
                                   "unknown": 1}  # fmt: skip
    assert briefs.became_clients == 1
    # Two workshops (25 + 12), 10 women and 5 minors; the Dec 2023 one is outside.
    assert report.workshops == {"count": 2, "participants": 37, "women": 10, "minors": 5}
    assert report.outreach == {"count": 1, "people_reached": 150}
    progress = {t.key: (t.figure, t.target) for t in report.targets}
    assert progress == {
        "target_legal_aid": (5, 500),  # the NGO's numbers: no target set in the office
        "target_brief_services": (3, 300),
        "target_workshops": (2, 40),
        "target_people_reached": (150, 1000),
    }
    office.set_setting("target_workshops", "4")
    [workshops] = [t for t in office.report(*P1).targets if t.key == "target_workshops"]
    assert workshops.progress == 0.5


def test_donor_json_hides_counts_under_five_and_the_cases(office: Casework) -> None:
    out = to_json(office.report(*P1), donor=True)
    assert out["legal_aid"]["persons"] == 5  # five may be shown
    assert out["legal_aid"]["by_sex"] == {"m": HIDDEN, "f": HIDDEN, "unknown": HIDDEN}
    assert out["legal_aid"]["by_age_group"]["35-59"] == 0  # 0 describes nobody: stays
    assert out["workshops"] == {"count": HIDDEN, "participants": 37, "women": 10, "minors": 5}
    delays = out["authority_delays"]["decision-regular"]
    assert delays == {"decided": HIDDEN, "late": HIDDEN, "median_days_late": 76.5,
                      "max_days_late": 105, "waiting": HIDDEN,
                      "max_days_waiting": 41}  # fmt: skip
    assert out["targets"]["target_brief_services"]["progress"] is None  # would reveal 3
    assert out["targets"]["target_legal_aid"]["progress"] == 0.01
    full = to_json(office.report(*P1))
    assert full["authority_delays"]["decision-regular"]["cases"][0] == {
        "case": 2, "office_ref": "APC-2", "due": "2023-12-01", "decided": "2024-03-15",
        "days_late": 105,
    }  # fmt: skip


def test_bad_input_is_refused_with_what_to_fix(office: Casework) -> None:
    with pytest.raises(ValidationError, match="not both"):
        office.add_brief_service(D(2024, 3, 1), "Avganistan", "m", "azil", born=2000,
                                 age_group_value="18-34")  # fmt: skip
    with pytest.raises(ValidationError, match="unknown age group"):
        office.add_brief_service(D(2024, 3, 1), "Avganistan", "m", "azil", age_group_value="18")
    with pytest.raises(ValidationError, match="sex is needed"):  # the app's form, unchosen
        office.add_brief_service(D(2024, 3, 1), "Avganistan", "", "azil")
    with pytest.raises(NotFoundError, match="no client with id 99"):
        office.add_brief_service(D(2024, 3, 1), "Avganistan", "m", "azil", client_id=99)
    with pytest.raises(ValidationError, match="nationality holds invisible control") as info:
        office.add_brief_service(D(2024, 3, 1), "Avgan\u202eistan", "m", "azil")
    assert "Avgan" not in str(info.value)  # the field is named, the value never echoed
    with pytest.raises(ValidationError, match=r"the number of women \(13\) cannot exceed"):
        office.add_activity("workshop", D(2024, 3, 1), "Krnjača", "azil", 12, women=13)
    with pytest.raises(ValidationError, match="participants cannot be negative"):
        office.add_activity("workshop", D(2024, 3, 1), "Krnjača", "azil", -1)
    with pytest.raises(ValidationError, match="ends"):
        office.report(D(2024, 6, 1), D(2024, 5, 1))


def test_an_authority_deadline_of_a_closed_case_is_not_counted_as_awaited(db_url: str) -> None:
    # Lodged Wed 10 Jan 2024: the Office's decision is due Wed 10 Apr 2024. The client left
    # and the case was closed in February: nobody knows whether a decision came, so the
    # report does not count the wait (by 30 June it would read 81 days).
    setup = Casework(db_url, actor="setup")
    setup.add_staff("Ana Petrović", "lawyer")
    cw = Casework(db_url, actor="Ana Petrović")
    followed = cw.add_client(name_latin="Reza", sex="m", nationality="Iran")
    left = cw.add_client(name_latin="Nour", sex="f", nationality="Sirija")
    for client in (followed, left):
        case = cw.add_case(client.id, "regular")
        cw.record_event(case.id, "application-lodged", D(2024, 1, 10), today=D(2024, 1, 10))
    cw.update_case(case.id, cw.get_case(case.id).version, status="closed")
    regular = cw.report(*P1, today=D(2024, 7, 1)).authority_delays["decision-regular"]
    # 10 Apr -> 30 Jun: 20 days of April + 31 of May + 30 of June = 81
    assert (regular.waiting, regular.max_days_waiting) == (1, 81)
