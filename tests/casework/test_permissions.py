"""The role × action table, walked completely: each role tries each action through the
use case that takes it, and is let through exactly where the table says (issue 13: a
paralegal could make themselves admin)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from casework import documents
from casework.errors import PermissionDeniedError
from casework.permissions import PERMISSIONS, Action, allowed
from casework.services import Casework
from casework.vocabulary import Role

D = dt.date
TODAY = D(2024, 5, 2)
PEOPLE = {Role.ADMIN: "Ivan Đorđević", Role.LAWYER: "Ana Petrović", Role.PARALEGAL: "Jelena Ilić"}


def _office(url: str) -> tuple[Casework, int, int]:
    """An office with an admin, a lawyer and a paralegal; one client with a decision."""
    setup = Casework(url, actor="setup")
    for role in (Role.LAWYER, Role.PARALEGAL, Role.ADMIN):  # the admin last: then staff is theirs
        setup.add_staff(PEOPLE[role], role.value)
    setup = Casework(url, actor=PEOPLE[Role.ADMIN])
    client = setup.add_client(name_latin="Omar Al-Hassan", sex="m")
    case = setup.add_case(client.id, "regular")
    setup.record_event(case.id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                       today=TODAY)  # fmt: skip
    return setup, client.id, case.id


def _attempts(url: str, tmp_path: Path) -> dict[Action, Callable[[Casework], object]]:
    """One use case per action, each on fresh data so every attempt can succeed."""
    setup, _client_id, _case_id = _office(url)

    def new_case() -> tuple[int, int]:
        client = setup.add_client(name_latin="Reza Karimi", sex="m")
        case = setup.add_case(client.id, "regular")
        setup.record_event(case.id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                           today=TODAY)  # fmt: skip
        return client.id, case.id

    def close(cw: Casework) -> object:
        _c, case_id = new_case()
        d = setup.get_case(case_id).deadlines[0]
        return cw.mark_deadline(d.id, "done")

    def withdraw(cw: Casework) -> object:
        _c, case_id = new_case()
        return cw.withdraw_event(setup.get_case(case_id).events[0].id, "recorded by mistake")

    def erase(cw: Casework) -> object:
        from casework.erasure import erase_client

        client_id, case_id = new_case()
        setup.edit_case(case_id, setup.get_case(case_id).version, status="closed")
        return erase_client(cw, client_id)

    def record_document(cw: Casework) -> object:
        _c, case_id = new_case()
        path = documents.case_folder(case_id) / "punomocje_v1.docx"
        path.write_bytes(b"filing")
        return cw.record_document(case_id, "poa", path, hashlib.sha256(b"filing").hexdigest(), ())

    def edit_case(cw: Casework) -> object:
        _c, case_id = new_case()
        return cw.update_case(case_id, setup.get_case(case_id).version, office_ref="APC-1")

    def record_event(cw: Casework) -> object:
        _c, case_id = new_case()
        return cw.record_event(case_id, "appeal-filed", D(2024, 5, 2), today=TODAY)

    def reminders(cw: Casework) -> object:
        _c, case_id = new_case()
        return cw.set_reminder_offsets(setup.get_case(case_id).deadlines[0].id, [3, 1])

    def staff(cw: Casework) -> object:
        other = setup.find_staff(PEOPLE[Role.PARALEGAL])
        return cw.update_staff(other.id, role="admin")  # the paralegal made admin

    return {
        Action.CLIENT_EDIT: lambda cw: cw.add_client(name_latin="Nour Khalil"),
        Action.CASE_EDIT: edit_case,
        Action.EVENT_RECORD: record_event,
        Action.EVENT_WITHDRAW: withdraw,
        Action.DEADLINE_CLOSE: close,
        Action.DEADLINE_REMINDERS: reminders,
        Action.DOCUMENT_RECORD: record_document,
        Action.CLOSURE_EDIT: lambda cw: cw.add_closure(D(2024, 5, 6), "struja"),
        Action.CLIENT_ERASE: erase,
        Action.STAFF_EDIT: staff,
        Action.SETTINGS_EDIT: lambda cw: cw.set_setting("office_name", "Centar"),
        Action.BRIEF_RECORD: lambda cw: cw.add_brief_service(
            D(2024, 5, 2), nationality="Avganistan", sex="m", topic="pravo na azil", today=TODAY
        ),
        Action.ACTIVITY_RECORD: lambda cw: cw.add_activity(
            "workshop",
            D(2024, 5, 2),
            place="Krnjača",
            topic="postupak azila",
            participants=12,
            today=TODAY,
        ),
    }


def test_the_table_names_every_action() -> None:
    assert set(PERMISSIONS) == set(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_each_role_may_take_exactly_the_actions_the_table_gives_it(
    sqlite_url: str, tmp_path: Path, role: Role, action: Action
) -> None:
    attempt = _attempts(sqlite_url, tmp_path)[action]
    actor = Casework(sqlite_url, actor=PEOPLE[role])
    if allowed(role, action):
        attempt(actor)
    else:
        with pytest.raises(PermissionDeniedError, match="may"):
            attempt(actor)


def test_a_paralegal_cannot_make_themselves_admin_but_keeps_their_own_details(
    sqlite_url: str,
) -> None:
    _office(sqlite_url)
    jelena = Casework(sqlite_url, actor=PEOPLE[Role.PARALEGAL])
    me = jelena.find_staff(PEOPLE[Role.PARALEGAL])
    with pytest.raises(PermissionDeniedError, match="only an admin may change a staff member"):
        jelena.update_staff(me.id, role="admin")
    assert jelena.find_staff(PEOPLE[Role.PARALEGAL]).role == "paralegal"
    jelena.update_staff(me.id, email="jelena@example.org")  # her own address: hers to keep
    assert jelena.find_staff(PEOPLE[Role.PARALEGAL]).email == "jelena@example.org"


def test_a_new_office_is_set_up_by_whoever_is_at_the_computer(sqlite_url: str) -> None:
    # No admin yet: the first staff and the letterhead are entered without one.
    first = Casework(sqlite_url, actor="os:ana")
    first.add_staff("Ana Petrović", "lawyer")
    first.set_setting("office_name", "Centar")
    first.add_staff("Ivan Đorđević", "admin")
    # From now on the office has an admin: staff is the admin's.
    with pytest.raises(PermissionDeniedError):
        first.add_staff("Marko Jovanović", "lawyer")
