"""The team on one PostgreSQL server: two desktops, two connections, different people.

Each `Casework` gets its own engine (its own connection pool, told apart by
application_name), as two desktops would. Nothing is mocked.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from casework import db
from casework.services import (
    Casework,
    PermissionDeniedError,
    StaleEditError,
    ValidationError,
)

pytestmark = pytest.mark.postgres
D = dt.date


def _desktop(pg_url: str, who: str) -> str:
    """The same database as another desktop would reach it: a URL of its own, its own pool."""
    return (
        make_url(pg_url)
        .update_query_dict({"application_name": f"azil-{who}"})
        .render_as_string(hide_password=False)
    )


@pytest.fixture
def team(pg_url: str) -> Iterator[tuple[Casework, Casework, Casework, int]]:
    """Ana and Marko (lawyers) at two desktops, Jelena (paralegal) at a third; one open case."""
    admin = Casework(pg_url, actor="Ivan Đorđević")
    admin.add_staff("Ivan Đorđević", "admin")
    ana_id = admin.add_staff("Ana Petrović", "lawyer").id
    admin.add_staff("Marko Jovanović", "lawyer")
    admin.add_staff("Jelena Nikolić", "paralegal")
    urls = [_desktop(pg_url, w) for w in ("ana", "marko", "jelena")]
    ana = Casework(urls[0], actor="Ana Petrović")
    marko = Casework(urls[1], actor="Marko Jovanović")
    jelena = Casework(urls[2], actor="Jelena Nikolić")
    client = ana.add_client(name_latin="Omar Al-Hassan")
    case_id = ana.add_case(client.id, "regular", "first-instance", ana_id).id
    yield ana, marko, jelena, case_id
    for url in urls:
        db.engine(url).dispose()


def _appeal(cw: Casework, case_id: int) -> int:
    # Decision delivered Fri 2024-04-26 -> appeal-regular due Mon 2024-05-13 (DOMAIN.md).
    res = cw.record_event(case_id, "decision-delivered", D(2024, 4, 26), outcome="rejected")
    [appeal] = [d for d in res.created if d.rule_id == "appeal-regular"]
    return appeal.id


def test_two_desktops_really_are_two_connections(pg_url: str, team: tuple) -> None:
    ana, marko, _jelena, _case = team
    names = set()
    for cw in (ana, marko):
        with db.engine(cw.url).connect() as conn:
            names.add(conn.execute(text("SHOW application_name")).scalar())
    assert names == {"azil-ana", "azil-marko"}


def test_what_one_records_the_other_sees(team: tuple) -> None:
    ana, marko, _jelena, case_id = team
    appeal = _appeal(ana, case_id)
    rows = marko.deadlines(case_id=case_id)
    assert [(r.id, r.due) for r in rows] == [(appeal, D(2024, 5, 13))]
    assert "Omar Al-Hassan" in [c.name_latin for c in marko.list_clients()]


def test_second_edit_of_a_case_is_refused_with_who_and_when(team: tuple) -> None:
    ana, marko, _jelena, case_id = team
    seen_by_marko = marko.get_case(case_id)
    ana.update_case(case_id, ana.get_case(case_id).version, asylum_office_no="26-1234/24")
    with pytest.raises(StaleEditError, match="changed by Ana Petrović at") as err:
        marko.update_case(case_id, seen_by_marko.version, asylum_office_no="26-9999/24")
    assert err.value.by == "Ana Petrović" and err.value.at is not None
    assert marko.get_case(case_id).asylum_office_no == "26-1234/24"  # no lost update


def test_closing_the_same_deadline_twice_one_wins_the_other_is_told(team: tuple) -> None:
    ana, marko, _jelena, case_id = team
    appeal = _appeal(ana, case_id)
    version = marko.deadlines(case_id=case_id)[0]
    assert version.id == appeal
    read_version = ana.get_case(case_id).deadlines[0].version
    ana.mark_deadline(appeal, "done", expected_version=read_version)
    with pytest.raises(StaleEditError, match="Ana Petrović"):
        marko.mark_deadline(appeal, "done", expected_version=read_version)
    with pytest.raises(StaleEditError, match=r"already done.*Ana Petrović"):
        marko.mark_deadline(appeal, "done")


def test_a_true_race_to_close_a_deadline(team: tuple) -> None:
    # Both desktops read the deadline at the same version and press "done" together.
    # PostgreSQL serialises the two UPDATE ... WHERE version = v: exactly one succeeds.
    ana, marko, _jelena, case_id = team
    for round_no in range(5):
        appeal = _appeal(ana, case_id) if round_no == 0 else _new_appeal(ana, case_id)
        version = next(d.version for d in ana.get_case(case_id).deadlines if d.id == appeal)
        outcome = _race(((ana, "ana"), (marko, "marko")), appeal, version)
        assert sorted(v.split(":")[0] for v in outcome.values()) == ["told", "won"], outcome
        winner = "Ana Petrović" if outcome["ana"] == "won" else "Marko Jovanović"
        loser_message = next(v for v in outcome.values() if v.startswith("told"))
        assert winner in loser_message
        [row] = [r for r in ana.deadlines(case_id=case_id, status="done") if r.id == appeal]
        audit = [e for e in ana.audit(case_id) if e.entity_id == appeal and e.action == "mark"]
        assert [e.actor for e in audit] == [winner]  # one mark, by the winner
        assert row.status == "done"


def _race(desks: tuple[tuple[Casework, str], ...], deadline: int, version: int) -> dict[str, str]:
    """Every desk presses "done" at the same moment (a barrier); what each was told."""
    barrier = threading.Barrier(len(desks))
    outcome: dict[str, str] = {}

    def press(cw: Casework, who: str) -> None:
        barrier.wait()
        try:
            cw.mark_deadline(deadline, "done", expected_version=version)
            outcome[who] = "won"
        except StaleEditError as exc:
            outcome[who] = f"told: {exc}"

    threads = [threading.Thread(target=press, args=desk) for desk in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return outcome


_DECISION_NO = itertools.count(1)


def _new_appeal(cw: Casework, case_id: int) -> int:
    # A fresh delivery of another decision (its own number: the same one twice is refused)
    # in the same case gives a new open appeal deadline.
    ref = f"26-{next(_DECISION_NO)}/24"
    res = cw.record_event(
        case_id, "decision-delivered", D(2024, 4, 26), reference=ref, outcome="rejected"
    )
    return next(d.id for d in res.created if d.rule_id == "appeal-regular")


def test_a_paralegal_cannot_close_a_deadline(team: tuple) -> None:
    ana, _marko, jelena, case_id = team
    appeal = _appeal(jelena, case_id)  # a paralegal may record events
    with pytest.raises(PermissionDeniedError, match=r"only a lawyer or an admin.*paralegal"):
        jelena.mark_deadline(appeal, "done")
    assert ana.deadlines(case_id=case_id)[0].status == "open"


def test_waiving_needs_a_reason_and_is_audited_with_the_person(team: tuple) -> None:
    ana, marko, _jelena, case_id = team
    appeal = _appeal(ana, case_id)
    with pytest.raises(ValidationError, match="needs a reason"):
        marko.mark_deadline(appeal, "waived")
    with pytest.raises(ValidationError, match="needs a reason"):
        marko.mark_deadline(appeal, "waived", reason="   ")
    marko.mark_deadline(appeal, "waived", reason="client withdrew the application")
    [entry] = [e for e in ana.audit(case_id) if e.action == "mark"]
    assert entry.actor == "Marko Jovanović"
    assert entry.new == "waived (client withdrew the application)"


def test_every_action_is_in_the_audit_log_with_its_person(team: tuple) -> None:
    ana, marko, jelena, case_id = team
    appeal = _appeal(jelena, case_id)
    marko.update_case(case_id, marko.get_case(case_id).version, commission_no="Až-12/24")
    ana.mark_deadline(appeal, "done")
    by_action = {(e.action, e.entity): e.actor for e in marko.audit(case_id)}
    assert by_action[("create", "case")] == "Ana Petrović"
    assert by_action[("create", "event")] == "Jelena Nikolić"
    assert by_action[("create", "deadline")] == "Jelena Nikolić"
    assert by_action[("mark", "deadline")] == "Ana Petrović"
    by_field = {(e.action, e.field): e.actor for e in marko.audit(case_id) if e.entity == "case"}
    assert by_field[("update", "commission_no")] == "Marko Jovanović"
    # the decision Jelena recorded moved the case to the appeal stage: in her name
    assert by_field[("update", "stage")] == "Jelena Nikolić"


def test_the_os_login_maps_to_a_staff_member(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import casework.usecases.base as services_module

    admin = Casework(pg_url, actor="Ivan Đorđević")
    admin.add_staff("Ivan Đorđević", "admin")
    admin.add_staff("Ana Petrović", "lawyer", os_user="apetrovic")
    monkeypatch.setattr(services_module, "os_user_name", lambda: "apetrovic")
    assert Casework(pg_url).actor_name == "Ana Petrović"
    monkeypatch.setattr(services_module, "os_user_name", lambda: "guest")
    assert Casework(pg_url).actor_name == "os:guest"  # unmapped: recorded as the login
    monkeypatch.setenv("AZIL_USER", "Ivan Đorđević")
    assert Casework(pg_url).actor_name == "Ivan Đorđević"  # the person chosen wins
