"""Calendar export: a file any calendar program imports, that updates instead of duplicating.

The export is parsed back with icalendar; dates are counted by hand.
"""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import icalendar
import pytest

from casework.cli import main
from casework.ical import export_calendar
from casework.services import Casework

D = dt.date


def _office(url: str) -> tuple[Casework, int, int]:
    admin = Casework(url, actor="Ivan Đorđević")
    admin.add_staff("Ivan Đorđević", "admin")
    ana = admin.add_staff("Ana Petrović", "lawyer").id
    marko = admin.add_staff("Marko Jovanović", "lawyer").id
    return admin, ana, marko


def _case(cw: Casework, lawyer: int | None, name: str, kind: str, on: dt.date) -> int:
    client = cw.add_client(name_latin=name)
    case_id = cw.add_case(client.id, "regular", "first-instance", lawyer).id
    # A decision rejected on the merits: the regular 15-day appeal.
    outcome = "rejected" if kind == "decision-delivered" else None
    cw.record_event(case_id, kind, on, outcome=outcome)
    return case_id


def _events(path: Path) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def _only(events: dict[str, icalendar.Event], needle: str) -> icalendar.Event:
    found = [ev for ev in events.values() if needle in str(ev["SUMMARY"])]
    assert len(found) == 1, [str(ev["SUMMARY"]) for ev in events.values()]
    return found[0]


def test_all_day_event_with_alarms_at_the_reminder_offsets(db_url: str, tmp_path: Path) -> None:
    # appeal-regular, delivered Fri 2024-04-26 -> due Mon 2024-05-13, safe date Fri
    # 2024-05-10 (DOMAIN.md worked example). Offsets 7, 3, 1, 0 count toward the safe date:
    # Fri 05-03, Tue 05-07, Thu 05-09, Fri 05-10 = 10, 6, 4 and 3 days before the all-day
    # start on 05-13; each alarm rings at 09:00 of its day.
    cw, ana, _marko = _office(db_url)
    _case(cw, ana, "Omar Al-Hassan", "decision-delivered", D(2024, 4, 26))
    out = tmp_path / "azil.ics"
    assert export_calendar(cw, out).events == 1
    [ev] = _events(out).values()
    assert ev.decoded("DTSTART") == D(2024, 5, 13)  # a date: an all-day event
    assert not isinstance(ev.decoded("DTSTART"), dt.datetime)
    assert ev.decoded("DTEND") == D(2024, 5, 14)
    summary = str(ev["SUMMARY"])
    assert "Omar Al-Hassan" in summary and "2024-05-13" in summary
    description = str(ev["DESCRIPTION"])
    assert "2024-05-10" in description  # the safe date
    assert "ZAPZ" in description  # the legal basis
    assert "2024-05-11" in description  # a step of the reasoning (day 15 = Sat 05-11)
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in ev.walk("VALARM"))
    assert triggers == [
        dt.timedelta(days=-10, hours=9),
        dt.timedelta(days=-6, hours=9),
        dt.timedelta(days=-4, hours=9),
        dt.timedelta(days=-3, hours=9),
    ]
    assert all(str(alarm["ACTION"]) == "DISPLAY" for alarm in ev.walk("VALARM"))


def test_authority_deadline_alarms_the_day_after(db_url: str, tmp_path: Path) -> None:
    # decision-regular, lodged Fri 2024-11-29 -> due Fri 2025-02-28; it binds the Office:
    # one alarm on Sat 2025-03-01 at 09:00, i.e. 1 day and 9 hours after the start.
    cw, ana, _marko = _office(db_url)
    _case(cw, ana, "Lina Haddad", "application-lodged", D(2024, 11, 29))
    out = tmp_path / "azil.ics"
    export_calendar(cw, out)
    # Beside it, the appeal for silence it would open (12 months from its end).
    decision, silence = sorted(_events(out).values(), key=lambda e: e.decoded("DTSTART"))
    assert silence.decoded("DTSTART") == D(2026, 3, 2)  # Sat 28 Feb 2026 -> Mon 2 Mar
    ev = decision
    assert ev.decoded("DTSTART") == D(2025, 2, 28)
    assert [a.decoded("TRIGGER") for a in ev.walk("VALARM")] == [dt.timedelta(days=1, hours=9)]
    assert "151" in str(ev["DESCRIPTION"])  # the remedy: appeal for silence, ZUP Art. 151(3)


def test_confidence_l_event_says_verify(
    db_url: str, tmp_path: Path, discontinuation_marked_l: None
) -> None:
    cw, ana, _marko = _office(db_url)
    _case(cw, ana, "Reza Hosseini", "discontinuation-delivered", D(2024, 4, 26))
    out = tmp_path / "azil.ics"
    export_calendar(cw, out, lang="en")
    [ev] = _events(out).values()
    assert "verify the legal basis" in str(ev["SUMMARY"])
    assert "VERIFY THE LEGAL BASIS" in str(ev["DESCRIPTION"])


def test_uids_stay_and_sequence_grows_so_reimport_updates(db_url: str, tmp_path: Path) -> None:
    cw, ana, marko = _office(db_url)
    _case(cw, ana, "Omar Al-Hassan", "decision-delivered", D(2024, 4, 26))
    _case(cw, marko, "Lina Haddad", "decision-delivered", D(2024, 4, 26))
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(cw, first)
    before = _events(first)
    assert len(before) == 2
    assert all(uid.startswith("deadline-") and "@" in uid for uid in before)
    omar = _only(before, "Omar")
    deadline_id = int(str(omar["UID"]).split("@")[0].removeprefix("deadline-"))
    cw.set_reminder_offsets(deadline_id, [2])
    export_calendar(cw, second)
    after = _events(second)
    assert set(after) == set(before)  # same UIDs: the calendar updates, not duplicates
    changed = after[str(omar["UID"])]
    assert int(changed["SEQUENCE"]) > int(omar["SEQUENCE"])
    assert changed.decoded("LAST-MODIFIED") >= omar.decoded("LAST-MODIFIED")
    # The new offset: 2 days before the safe date Fri 05-10 = Wed 05-08, 5 days before 05-13.
    assert [a.decoded("TRIGGER") for a in changed.walk("VALARM")] == [
        dt.timedelta(days=-5, hours=9)
    ]


def test_only_open_deadlines_and_one_persons_cases(db_url: str, tmp_path: Path) -> None:
    cw, ana, marko = _office(db_url)
    _case(cw, ana, "Omar Al-Hassan", "decision-delivered", D(2024, 4, 26))
    marko_case = _case(cw, marko, "Lina Haddad", "decision-delivered", D(2024, 4, 26))
    _case(cw, None, "Reza Hosseini", "decision-delivered", D(2024, 4, 26))
    out = tmp_path / "ana.ics"
    export_calendar(cw, out, staff="Ana Petrović")
    names = sorted(str(ev["SUMMARY"]).split(" — ")[0] for ev in _events(out).values())
    assert names == ["Omar Al-Hassan", "Reza Hosseini"]  # hers and the unassigned one
    [marko_deadline] = cw.get_case(marko_case).deadlines
    Casework(db_url, actor="Marko Jovanović").mark_deadline(marko_deadline.id, "done")
    before = _events(out)
    export_calendar(cw, out)
    events = _events(out)
    running = [ev for ev in events.values() if str(ev.get("STATUS", "")) != "CANCELLED"]
    assert len(running) == 2  # Marko's is done: no longer a deadline in the calendar...
    [gone] = [ev for ev in events.values() if str(ev.get("STATUS", "")) == "CANCELLED"]
    # ...but sent as cancelled under its old UID, so a calendar program drops the event an
    # earlier export (for the whole office) had put there.
    assert str(gone["UID"]).startswith(f"deadline-{marko_deadline.id}@")
    assert str(gone["UID"]) not in before  # Ana's earlier export never had it


def test_a_closed_case_cancels_its_events_with_a_higher_sequence(
    db_url: str, tmp_path: Path
) -> None:
    cw, ana, _marko = _office(db_url)
    case_id = _case(cw, ana, "Omar Al-Hassan", "decision-delivered", D(2024, 4, 26))
    out = tmp_path / "office.ics"
    export_calendar(cw, out)
    [first] = _events(out).values()
    cw.update_case(case_id, cw.get_case(case_id).version, status="closed")
    export_calendar(cw, out)
    [again] = _events(out).values()
    assert str(again["UID"]) == str(first["UID"])
    assert str(again["STATUS"]) == "CANCELLED"
    assert int(again["SEQUENCE"]) > int(first["SEQUENCE"])


def test_file_is_private_and_replaced_whole(db_url: str, tmp_path: Path) -> None:
    cw, ana, _marko = _office(db_url)
    _case(cw, ana, "Omar Al-Hassan", "decision-delivered", D(2024, 4, 26))
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "azil.ics"
    out.write_text("old export")
    out.chmod(0o644)
    export_calendar(cw, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in folder.iterdir()] == ["azil.ics"]  # no temporary file left


def test_cli_export(
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", db_url)
    cw, ana, _marko = _office(db_url)
    _case(cw, ana, "Omar Al-Hassan", "decision-delivered", D(2024, 4, 26))
    out = tmp_path / "ana.ics"
    assert main(["calendar", "export", "--staff", "Ana Petrović", "--out", str(out)]) == 0
    assert "1 deadline(s) written" in capsys.readouterr().out
    assert len(_events(out)) == 1
    assert main(["calendar", "export", "--staff", "Ana", "--out", str(out)]) == 2
    assert "no staff member named 'Ana'" in capsys.readouterr().err
