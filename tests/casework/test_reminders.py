"""Reminders: the right deadline reaches the right person on the right day, and nothing is lost.

Deadlines are created through `record_event` (the real rules engine); every reminder day
below is counted by hand from the deadline's dates.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import rules
from casework.cli import main
from casework.reminders import Digest, ReminderItem, record_runs, reminders
from casework.services import Casework, NotFoundError, ValidationError
from casework.settings import SettingError
from tests.conftest import store_setting_as_an_older_azil_would

D = dt.date


def _office(url: str) -> tuple[Casework, dict[str, int]]:
    admin = Casework(url, actor="Ivan Đorđević")
    ids = {
        "Ivan Đorđević": admin.add_staff("Ivan Đorđević", "admin").id,
        "Ana Petrović": admin.add_staff("Ana Petrović", "lawyer", email="ana@example.org").id,
        "Marko Jovanović": admin.add_staff("Marko Jovanović", "lawyer").id,
        "Jelena Nikolić": admin.add_staff("Jelena Nikolić", "paralegal").id,
    }
    return admin, ids


def _case(cw: Casework, lawyer_id: int | None, name: str = "Omar Al-Hassan") -> int:
    client = cw.add_client(name_latin=name)
    return cw.add_case(client.id, "regular", "first-instance", lawyer_id).id


def _appeal(cw: Casework, lawyer_id: int | None, name: str = "Omar Al-Hassan") -> tuple[int, int]:
    # appeal-regular, decision delivered Fri 2024-04-26: day 15 = Sat 2024-05-11 -> Sun ->
    # due Mon 2024-05-13; the extension rested on a Saturday, so the safe date is
    # Fri 2024-05-10 (DOMAIN.md worked example). Default offsets 7, 3, 1, 0 count toward
    # the safe date: Fri 05-03, Tue 05-07, Thu 05-09, Fri 05-10.
    case_id = _case(cw, lawyer_id, name)
    res = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    [appeal] = [d for d in res.created if d.rule_id == "appeal-regular"]
    assert (appeal.due, appeal.safe_date) == (D(2024, 5, 13), D(2024, 5, 10))
    return case_id, appeal.id


def _digest(cw: Casework, day: dt.date, staff: str) -> Digest:
    [digest] = reminders(cw, day, staff).digests
    return digest


def _where(digest: Digest, deadline_id: int) -> str | None:
    for section in ("overdue", "due_today", "remind"):
        items: tuple[ReminderItem, ...] = getattr(digest, section)
        if any(i.row.id == deadline_id for i in items):
            return section
    return None


@pytest.mark.parametrize(
    ("day", "section"),
    [
        (D(2024, 5, 2), None),  # 8 days before the safe date: no offset
        (D(2024, 5, 3), "remind"),  # 7 days before the safe date
        (D(2024, 5, 6), None),  # 4 days before: no offset (and no run missed)
        (D(2024, 5, 7), "remind"),  # 3 days before
        (D(2024, 5, 9), "remind"),  # 1 day before
        (D(2024, 5, 10), "due_today"),  # the safe date: act today
        (D(2024, 5, 11), "due_today"),  # past the safe date, legal due date still ahead
        (D(2024, 5, 13), "due_today"),  # the legal last day
        (D(2024, 5, 14), "overdue"),
    ],
)
def test_filing_reminds_toward_the_safe_date(sqlite_url: str, day: dt.date, section: str) -> None:
    cw, staff = _office(sqlite_url)
    _case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    assert _where(_digest(cw, day, "Ana Petrović"), appeal) == section


def test_reminder_days_and_the_offsets_used_are_reported(db_url: str) -> None:
    cw, staff = _office(db_url)
    _case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    [item] = _digest(cw, D(2024, 5, 7), "Ana Petrović").remind
    assert item.row.id == appeal
    assert item.offsets == (7, 3, 1, 0)
    assert item.reminder_days == (D(2024, 5, 7),)
    assert item.row.days_left == 6  # Tue 05-07 -> Mon 05-13
    assert not item.team


def test_missed_mornings_are_caught_up_after_the_last_run(db_url: str) -> None:
    # Ana's last digest was on Thu 2024-05-02. Nobody ran it on Fri 05-03 (7-day reminder)
    # nor on Tue 05-07 (3-day reminder); on Wed 05-08 both are delivered.
    cw, staff = _office(db_url)
    _case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    record_runs(cw, reminders(cw, D(2024, 5, 2), "Ana Petrović").digests, "print")
    digest = _digest(cw, D(2024, 5, 8), "Ana Petrović")
    assert digest.window_start == D(2024, 5, 3)
    [item] = digest.remind
    assert item.row.id == appeal
    assert item.reminder_days == (D(2024, 5, 3), D(2024, 5, 7))
    assert "since Fri 2024-05-03" in digest.to_text("en")
    # the Serbian digest (the default) says it in Serbian, dates in the office's style
    assert "uključeni su i podsetnici od pet 03.05.2024." in digest.to_text()
    # Marko never ran it: his window is today only, so nothing is caught up for him.
    assert reminders(cw, D(2024, 5, 8), "Marko Jovanović").digests[0].window_start == D(2024, 5, 8)


def test_running_twice_on_one_day_still_shows_that_days_reminders(db_url: str) -> None:
    cw, staff = _office(db_url)
    _case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    first = reminders(cw, D(2024, 5, 7), "Ana Petrović")
    record_runs(cw, first.digests, "print")
    assert _where(_digest(cw, D(2024, 5, 7), "Ana Petrović"), appeal) == "remind"


def test_offsets_of_the_deadline_then_of_the_lawyer_then_of_the_rule(db_url: str) -> None:
    cw, staff = _office(db_url)
    _case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    # Ana prefers 10 days: 10 days before the safe date Fri 05-10 = Tue 2024-04-30.
    cw.update_staff(staff["Ana Petrović"], reminder_offsets=[10])
    assert _where(_digest(cw, D(2024, 4, 30), "Ana Petrović"), appeal) == "remind"
    assert _where(_digest(cw, D(2024, 5, 3), "Ana Petrović"), appeal) is None
    # This deadline alone: 2 days before the safe date = Wed 2024-05-08.
    cw.set_reminder_offsets(appeal, [2])
    assert _where(_digest(cw, D(2024, 5, 8), "Ana Petrović"), appeal) == "remind"
    assert _where(_digest(cw, D(2024, 4, 30), "Ana Petrović"), appeal) is None


def test_authority_deadline_reminds_the_day_after_with_the_remedy(db_url: str) -> None:
    # decision-regular, application lodged Fri 2024-11-29: 3 months -> Fri 2025-02-28
    # (DOMAIN.md worked example). It binds the Asylum Office: the reminder comes the day
    # after it passes, Sat 2025-03-01, naming the remedy (appeal for silence).
    import rules

    cw, staff = _office(db_url)
    case_id = _case(cw, staff["Ana Petrović"])
    res = cw.record_event(case_id, "application-lodged", D(2024, 11, 29))
    decision, silence = res.created  # and the appeal for silence it would open
    assert silence.rule_id == "appeal-silence"
    assert (decision.rule_id, decision.due) == ("decision-regular", D(2025, 2, 28))
    assert _where(_digest(cw, D(2025, 2, 27), "Ana Petrović"), decision.id) is None
    digest = _digest(cw, D(2025, 3, 1), "Ana Petrović")
    [item] = digest.overdue
    assert item.row.id == decision.id
    assert item.reminder_days == (D(2025, 3, 1),)
    remedy = rules.get_rule("decision-regular").remedy_sr
    assert remedy and item.row.remedy_sr == remedy
    assert remedy in digest.to_text("sr")


def test_confidence_l_says_verify_the_legal_basis(
    db_url: str, discontinuation_marked_l: None
) -> None:
    # appeal-discontinuation (marked L here), regular procedure, delivered Fri 2024-04-26:
    # 15 days as the regular appeal -> due Mon 2024-05-13, safe date Fri 2024-05-10; one
    # day before = 05-09.
    cw, staff = _office(db_url)
    case_id = _case(cw, staff["Ana Petrović"])
    cw.record_event(case_id, "discontinuation-delivered", D(2024, 4, 26))
    result = reminders(cw, D(2024, 5, 9), "Ana Petrović")
    text = result.digests[0].to_text("en")
    assert "appeal-discontinuation" in text
    assert "verify the legal basis" in text
    assert "! pouzdanost L: proverite pravni osnov" in result.digests[0].to_text()
    [item] = result.to_json()["digests"][0]["remind"]
    assert item["verify_legal_basis"] is True


def test_lawyer_on_leave_or_none_goes_to_the_whole_team(db_url: str) -> None:
    cw, staff = _office(db_url)
    _c1, marko_appeal = _appeal(cw, staff["Marko Jovanović"], "Lina Haddad")
    _c2, orphan_appeal = _appeal(cw, None, "Reza Hosseini")
    day = D(2024, 5, 7)

    def holders(deadline_id: int) -> set[str]:
        return {
            d.staff or "" for d in reminders(cw, day).digests if _where(d, deadline_id) is not None
        }

    everyone = {"Ivan Đorđević", "Ana Petrović", "Marko Jovanović", "Jelena Nikolić"}
    assert holders(marko_appeal) == {"Marko Jovanović"}
    assert holders(orphan_appeal) == everyone  # no lawyer: everybody's
    cw.update_staff(staff["Marko Jovanović"], active=False)
    assert holders(marko_appeal) == everyone - {"Marko Jovanović"}
    [item] = _digest(cw, day, "Jelena Nikolić").remind[:1]
    assert item.team
    assert "on leave" in _digest(cw, day, "Ana Petrović").to_text("en")
    assert "je na odsustvu" in _digest(cw, day, "Ana Petrović").to_text()


def test_office_without_active_staff_gets_one_digest(db_url: str) -> None:
    cw = Casework(db_url, actor="someone")
    _case_id, appeal = _appeal(cw, None)
    [digest] = reminders(cw, D(2024, 5, 7)).digests
    assert digest.staff is None
    assert _where(digest, appeal) == "remind"


def test_done_deadlines_and_closed_cases_do_not_remind(db_url: str) -> None:
    cw, staff = _office(db_url)
    ana = Casework(db_url, actor="Ana Petrović")
    case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    _c2, other = _appeal(cw, staff["Ana Petrović"], "Lina Haddad")
    ana.mark_deadline(appeal, "done")
    cw.update_case(_c2, cw.get_case(_c2).version, status="closed")
    digest = _digest(cw, D(2024, 5, 14), "Ana Petrović")
    assert _where(digest, appeal) is None
    assert _where(digest, other) is None
    assert case_id in [c.case_id for c in digest.forgotten]  # open, nothing left open


def test_open_case_without_open_deadline_is_flagged(db_url: str) -> None:
    cw, staff = _office(db_url)
    quiet = _case(cw, staff["Ana Petrovi\u0107"], "Gulalai Safi")
    busy, _appeal_id = _appeal(cw, staff["Ana Petrović"])
    digest = _digest(cw, D(2024, 5, 1), "Ana Petrović")
    assert [c.case_id for c in digest.forgotten] == [quiet]
    assert "OPEN CASES WITHOUT ANY OPEN DEADLINE" in digest.to_text("en")
    # Issue 11: the Serbian digest had English headings.
    assert "OTVORENI PREDMETI BEZ IJEDNOG OTVORENOG ROKA (1)" in digest.to_text()
    assert [c.case_id for c in _digest(cw, D(2024, 5, 1), "Marko Jovanović").forgotten] == []
    assert busy not in [c.case_id for c in digest.forgotten]


def test_unknown_staff_name_is_refused_with_a_suggestion(db_url: str) -> None:
    cw, _staff = _office(db_url)
    with pytest.raises(NotFoundError, match="did you mean 'Ana Petrović'"):
        reminders(cw, D(2024, 5, 7), "Ana Petrovic")


def test_cli_json_shape_and_text(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", db_url)
    cw, staff = _office(db_url)
    _case_id, appeal = _appeal(cw, staff["Ana Petrović"])
    assert main(["reminders", "--json", "--on", "2024-05-07"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "azil.reminders/1" and data["day"] == "2024-05-07"
    ana = next(d for d in data["digests"] if d["staff"] == "Ana Petrović")
    assert set(ana) >= {"overdue", "due_today", "remind", "cases_without_open_deadline",
                        "window_start", "email"}  # fmt: skip
    [item] = ana["remind"]
    assert item["id"] == appeal and item["due"] == "2024-05-13"
    assert item["safe_date"] == "2024-05-10" and item["reminder_days"] == ["2024-05-07"]
    assert main(["reminders", "--staff", "Ana Petrović", "--on", "7.5.2024", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Reminders for Ana Petrović, Tue 2024-05-07" in out
    assert "due Mon 2024-05-13, safe date Fri 2024-05-10" in out
    # --on is a check: it records nothing, so no run shifts anyone's window.
    assert reminders(cw, D(2024, 5, 9), "Ana Petrović").digests[0].window_start == D(2024, 5, 9)


def test_cli_unknown_staff_is_one_line(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", sqlite_url)
    _office(sqlite_url)
    assert main(["reminders", "--staff", "Nobody"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("azil: no staff member named 'Nobody'")


def test_office_default_offsets_apply_to_filings_not_to_authority_deadlines(
    sqlite_url: str,
) -> None:
    # The office sets "10, 2": a filing deadline with no offsets of its own or of its
    # lawyer reminds 10 and 2 days before; an authority deadline keeps the day after.
    from casework.reminders import office_offsets, offsets_for

    cw = Casework(sqlite_url)
    assert office_offsets(cw) is None
    cw.set_setting("reminder_offsets", "10, 2")
    office = office_offsets(cw)
    assert office == (10, 2)
    appeal = rules.get_rule("appeal-regular")
    decision = rules.get_rule("decision-regular")
    assert offsets_for(None, None, appeal, "party", office) == (10, 2)
    assert offsets_for(None, (5,), appeal, "party", office) == (5,)  # the lawyer's own win
    assert offsets_for((1,), (5,), appeal, "party", office) == (1,)  # the deadline's own win
    assert offsets_for(None, None, decision, "authority", office) == (-1,)
    # casework refuses the value; one an older azil stored is refused when read
    with pytest.raises(SettingError, match="reminder_offsets"):
        cw.set_setting("reminder_offsets", "7,x")
    store_setting_as_an_older_azil_would(sqlite_url, "reminder_offsets", "7,x")
    with pytest.raises(ValidationError, match="reminder_offsets"):
        office_offsets(cw)


def test_office_offsets_longer_than_any_rules_are_still_reminded(sqlite_url: str) -> None:
    # ECtHR application: final decision served Mon 2024-09-30 -> due Thu 2025-01-30
    # (DOMAIN.md worked example). The office reminds filings 45 days ahead, longer than
    # any rule's own offset (30 for the ECtHR): on 2024-12-16 (45 days before) Ana's
    # digest must hold it.
    cw, ids = _office(sqlite_url)
    client = cw.add_client(name_latin="Dmitrij Sokolov")
    case = cw.add_case(client.id, "regular", "ecthr", ids["Ana Petrović"])
    cw.record_event(case.id, "final-decision-served", dt.date(2024, 9, 30))
    cw.set_setting("reminder_offsets", "45")
    [ana] = reminders(cw, day=dt.date(2024, 12, 16), staff="Ana Petrović").digests
    assert [i.row.due for i in ana.remind] == [dt.date(2025, 1, 30)]
    [before] = reminders(cw, day=dt.date(2024, 12, 15), staff="Ana Petrović").digests
    assert before.remind == ()
