"""The audit log is a chain that `azil audit verify` checks: a rewritten, removed or
inserted entry is found; erasing a client's personal data is not mistaken for tampering
(issue 13: any database user could rewrite the log unseen)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from casework import audit_chain, db
from casework.cli import main
from casework.services import Casework

D = dt.date


def _office(url: str) -> tuple[Casework, int]:
    cw = Casework(url, actor="Ana Petrović")
    cw.add_staff("Ana Petrović", "lawyer", sex="f")
    client = cw.add_client(name_latin="Omar Al-Hassan", sex="m")
    case = cw.add_case(client.id, "regular")
    cw.record_event(case.id, "decision-delivered", D(2024, 4, 26), outcome="rejected",
                    today=D(2024, 5, 2))  # fmt: skip
    return cw, client.id


def _verify(url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("AZIL_DATABASE_URL", url)
    code = main(["audit", "verify"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_an_untouched_log_verifies(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _cw, _client = _office(db_url)
    code, text_ = _verify(db_url, monkeypatch, capsys)
    assert code == 0 and "audit log intact" in text_
    with db.session_factory(db_url)() as s:
        checked, breaks = audit_chain.verify(s)
    assert checked >= 5 and breaks == []  # staff, client, case, event, deadlines


@pytest.mark.parametrize(
    ("tamper", "why"),
    [
        # someone makes the log say another person closed the deadline
        ("UPDATE audit_entry SET actor = 'Marko Jovanović' WHERE seq = 3", "changed after"),
        # or rewrites what a value was
        ("UPDATE audit_entry SET new = 'regular' WHERE seq = (SELECT MAX(seq) FROM audit_entry)",
         "value was changed"),
        # or removes an entry
        ("DELETE FROM audit_entry WHERE seq = 2", "missing"),
    ],
)  # fmt: skip
def test_a_rewritten_or_removed_entry_is_found(
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tamper: str,
    why: str,
) -> None:
    _office(db_url)
    with db.engine(db_url).begin() as conn:
        conn.execute(text(tamper))
    code, text_ = _verify(db_url, monkeypatch, capsys)
    assert code == 1 and why in text_ and "altered" in text_


def test_an_entry_slipped_in_by_hand_is_found(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _office(db_url)
    with db.engine(db_url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_entry (at, actor, action, entity, entity_id) "
                "VALUES (CURRENT_TIMESTAMP, 'Ana Petrović', 'close', 'deadline', 1)"
            )
        )
    code, text_ = _verify(db_url, monkeypatch, capsys)
    assert code == 1 and "outside the chain" in text_


def test_erasing_a_client_keeps_the_chain_whole(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from casework.erasure import erase_client

    cw, client_id = _office(db_url)
    case = cw.list_cases()[0]
    cw.edit_case(case.id, case.version, status="closed")
    erase_client(cw, client_id)
    code, text_ = _verify(db_url, monkeypatch, capsys)
    assert code == 0, text_
    # but blanking a value by hand, with no erasure behind it, is found
    with db.engine(db_url).begin() as conn:
        conn.execute(text("UPDATE audit_entry SET new = '[obrisano]' WHERE entity = 'staff'"))
    code, text_ = _verify(db_url, monkeypatch, capsys)
    assert code == 1 and "value was changed" in text_
