"""The application layer: what the app and the command line share (issue 11's defects).

Each test names the defect the review found: a rule that lived in one interface only.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from casework.parsing import InputError, parse_date, parse_time
from casework.services import Casework
from casework.settings import SettingError


def test_one_date_parser_for_the_app_and_the_command_line():
    # The app accepted "2024-4-26" and the command line refused it: one parser now.
    assert parse_date("2024-4-26") == dt.date(2024, 4, 26)
    assert parse_date("2024-04-26") == dt.date(2024, 4, 26)
    assert parse_date("26.4.2024.") == dt.date(2024, 4, 26)
    with pytest.raises(InputError) as bad:
        parse_date("26/4/2024")
    assert bad.value.code == "date.bad" and bad.value.params["text"] == "26/4/2024"
    # The same refusal in the Serbian interface, worded from the catalogue (issue 11:
    # casework's errors reached the Serbian interface in English).
    assert bad.value.text("sr") == (
        "datum „26/4/2024” nije datum; upišite ga kao 26.04.2024. ili 2024-04-26"
    )
    assert str(bad.value) == "date '26/4/2024' is not a date; write it as YYYY-MM-DD or d.m.yyyy"
    with pytest.raises(InputError) as impossible:
        parse_date("2024-02-30")
    assert impossible.value.code == "date.impossible"
    with pytest.raises(InputError) as time:
        parse_time("25:00")
    assert time.value.code == "time.bad"


def test_a_setting_is_checked_in_casework_and_nothing_refused_is_stored(sqlite_url: str):
    # A typo in reminder_offsets was stored from the app (only the CLI checked keys) and
    # then broke every reminders run.
    cw = Casework(sqlite_url, actor="Ana Petrović")
    with pytest.raises(SettingError) as bad:
        cw.set_settings({"office_name": "Centar", "reminder_offsets": "7; 3"})
    assert bad.value.code == "setting.offsets"
    assert cw.get_setting("office_name") is None  # the batch is stored whole or not at all
    with pytest.raises(SettingError, match="did you mean 'reminder_offsets'"):
        cw.set_setting("reminder_ofsets", "7, 3")
    stored = cw.set_settings({"reminder_offsets": "0,7, 3,1"})
    assert stored == {"reminder_offsets": "7, 3, 1, 0"}
    assert cw.get_setting("reminder_offsets") == "7, 3, 1, 0"


def test_the_command_line_starts_without_the_database_or_document_libraries():
    # `azil --help` took 0.9 s, almost all of it importing what --help never uses.
    code = (
        "import sys\n"
        "from casework.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('sqlalchemy', 'alembic', 'docxtpl', 'jinja2', 'holidays', 'rules.calendar')\n"
        "print(','.join(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == ""


def test_each_filing_field_the_app_can_point_to_is_a_field_of_the_catalogue():
    # The map from a filing's field to the place in the case file was a hand-written
    # inverse kept in the GUI; it now sits beside the context it inverts.
    import assembler
    from casework import documents

    fields = assembler.all_fields()
    assert set(documents.FIELD_SOURCES) <= set(fields)
    assert {part for part, _item in documents.FIELD_SOURCES.values()} <= {
        "client", "case", "events"
    }  # fmt: skip


def test_who_may_be_a_cases_lawyer_is_decided_in_casework(sqlite_url: str):
    cw = Casework(sqlite_url, actor="Ana Petrović")
    ana = cw.add_staff("Ana Petrović", "lawyer")
    para = cw.add_staff("Jelena Nikolić", "paralegal")
    boss = cw.add_staff("Vesna Ilić", "admin")  # from here on, staff is the admin's
    assert [s.id for s in cw.lawyer_choices()] == [ana.id, boss.id]
    # a paralegal who holds a case (an older record) stays shown for that case
    assert {s.id for s in cw.lawyer_choices(para.id)} == {ana.id, boss.id, para.id}


def test_enumerated_columns_are_typed_and_refuse_what_is_not_in_the_enum(sqlite_url: str):
    # Statuses were plain strings compared by literal ("open", "waived"); a typo would be
    # stored silently. Now the column is the enum: read back as a member, a value outside
    # it refused before the database sees it.
    from sqlalchemy.exc import StatementError

    from casework.models import Staff
    from casework.vocabulary import Role

    cw = Casework(sqlite_url, actor="Ana Petrović")
    ana = cw.add_staff("Ana Petrović", "lawyer")
    assert cw.find_staff("Ana Petrović").role is Role.LAWYER
    with pytest.raises(StatementError), cw._tx() as s:
        s.get(Staff, ana.id).role = "lawyr"  # type: ignore[union-attr,assignment]
    assert cw.find_staff("Ana Petrović").role is Role.LAWYER


def test_an_operation_reports_what_it_changed(sqlite_url: str):
    # The app guessed what to refresh ("deadlines") after each operation; casework now
    # says what changed, from the audit entries the operation wrote.
    cw = Casework(sqlite_url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer")
    client = cw.add_client(name_latin="Ahmad Karimi", sex="m")
    case = cw.add_case(client.id, "regular", "first-instance", lawyer.id)
    cw.take_changes()
    cw.record_event(
        case.id, "decision-delivered", dt.date(2024, 4, 26), outcome="rejected",
        today=dt.date(2024, 4, 29),
    )  # fmt: skip
    assert {"event", "deadline"} <= cw.take_changes()
    assert cw.take_changes() == frozenset()  # reported once
    with pytest.raises(SettingError):
        cw.set_settings({"office_name": "Centar", "reminder_offsets": "x"})
    assert cw.take_changes() == frozenset()  # refused: nothing changed
    cw.set_setting("office_name", "Centar")
    assert cw.take_changes() == {"setting"}


def test_a_refusal_is_structured_and_reaches_the_serbian_interface_in_serbian(
    sqlite_url: str,
):
    # Issue 11: casework's errors reached the Serbian interface in English, and a
    # validation error was one flattened string the app re-derived. Each problem now
    # carries its field and values; the words come from the catalogue by the message.
    from casework.errors import PermissionDeniedError, ValidationError

    cw = Casework(sqlite_url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "paralegal")
    client = cw.add_client(name_latin="Ahmad Karimi")
    with pytest.raises(ValidationError) as bad:
        cw.add_case(client.id, procedure="regluar", stage="apeal")
    fields = [p.field for p in bad.value.problems]
    assert fields == ["procedure", "stage"]
    assert bad.value.problems[0].params["close"] == "regular"
    # Serbian by hand: "postupak" is masculine, so the unknown value "ne postoji";
    # the choices stay as the codes the command line takes.
    assert (
        bad.value.problems[0]
        .text("sr")
        .startswith(
            "postupak „regluar” ne postoji (da li ste mislili „regular”?) (izaberite jedno od: "
        )
    )
    assert str(bad.value).startswith("unknown procedure 'regluar' (did you mean 'regular'?)")
    case = cw.add_case(client.id, procedure="regular")
    cw.record_event(case.id, "application-lodged", dt.date(2026, 11, 2))
    deadline_id = cw.deadlines(case_id=case.id)[0].id
    with pytest.raises(PermissionDeniedError) as refused:
        cw.mark_deadline(deadline_id, "done")
    # "samo advokat ili administrator može da označi rok kao ispunjen": the verb after
    # "može da" in the present tense (označi), the role named as the app names it.
    assert refused.value.text("sr") == (
        "samo advokat ili administrator može da označi rok kao ispunjen; vi radite kao paralegal"
    )


def test_a_message_whose_wording_is_broken_still_reads_and_never_raises():
    # An error's wording must never raise an error of its own: a template with an
    # unknown placeholder comes out as written.
    from casework import CaseworkError

    broken = CaseworkError("a {missing} placeholder and {0}", value=1)
    assert str(broken) == "a {missing} placeholder and {0}"
    assert broken.text("sr") == "a {missing} placeholder and {0}"
