"""The command line: bad input gives one line on stderr and a non-zero exit, never a traceback,
and nothing already stored changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casework.cli import main
from tests.casework.cli_helpers import one_line_error, run


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "staff", "add", "Ana Petrović", "--role", "lawyer")[0] == 0
    assert run(capsys, "client", "add", "--name", "Omar Al-Hassan", "--original", "عمر الحسن",
               "--sex", "m", "--born", "1988-11-02")[0] == 0  # fmt: skip
    assert run(capsys, "case", "add", "--client", "1", "--procedure", "regular",
               "--lawyer", "Ana Petrović")[0] == 0  # fmt: skip


def test_a_case_from_the_command_line(capsys: pytest.CaptureFixture[str], office: None) -> None:
    code, out, _ = run(capsys, "event", "add", "1", "decision-delivered", "26.4.2024",
                       "--ref", "26-1234/24")  # fmt: skip
    assert code == 0
    # Outcome not recorded: the shortest appeal any outcome gives in the regular procedure,
    # a dismissal's 8 days: Fri 26 Apr 2024 + 8 = Sat 4 May (Holy Saturday), Easter, Easter
    # Monday -> Tue 7 May 2024; and it says so.
    assert "appeal-dismissal: due 2024-05-07" in out
    assert "outcome not recorded: shortest period taken" in out
    assert "ALREADY PASSED when recorded" in out  # recorded in 2026 (principle 5)
    # Filled in as a rejection on the merits: 15 days -> Sat 11 May -> Mon 13 May.
    code, out, _ = run(capsys, "event", "correct", "1", "--outcome", "rejected")
    assert code == 0
    assert out.splitlines()[1:] == ["appeal-regular: 2024-05-07 -> 2024-05-13"]
    code, out, _ = run(capsys, "deadlines", "--json")
    [row] = json.loads(out)
    assert row["rule"] == "appeal-regular" and row["client"] == "Omar Al-Hassan"
    assert row["due"] == "2024-05-13" and row["safe_date"] == "2024-05-10"
    assert row["basis"] == "čl. 95. st. 1. ZAPZ" and row["outcome_unknown"] is False
    en = json.loads(run(capsys, "deadlines", "--json", "--lang", "en")[1])
    assert en[0]["basis"] == "ZAPZ Art. 95(1)"
    code, out, _ = run(capsys, "case", "export", "1", "--json")
    ctx = json.loads(out)
    assert ctx["client_full_name"] == "Omar Al-Hassan"
    assert ctx["client_name_original"] == "عمر الحسن"
    assert ctx["ao_decision_no"] == "26-1234/24"
    assert ctx["appeal_deadline"] == "2024-05-13" and ctx["appeal_days"] == 15


def test_the_same_event_twice_is_refused_naming_the_first(
    capsys: pytest.CaptureFixture[str], office: None
) -> None:
    argv = ("event", "add", "1", "decision-delivered", "2024-04-26", "--ref", "26-1234/24")
    assert run(capsys, *argv)[0] == 0
    before = run(capsys, "deadlines", "--json", "--status", "all")[1]
    code, _, err = run(capsys, *argv)
    assert code != 0
    line = one_line_error(err)
    assert "event 1 already records decision-delivered on 2024-04-26 (26-1234/24)" in line
    assert run(capsys, "deadlines", "--json", "--status", "all")[1] == before


def test_changing_the_procedure_prints_each_moved_deadline(
    capsys: pytest.CaptureFixture[str], office: None
) -> None:
    # Issue 9, scenario 2. A rejection delivered Fri 26 Apr 2024 in the regular procedure:
    # 15 days -> Mon 13 May. Switched to accelerated: 8 days -> Sat 4 May (Holy Saturday)
    # -> Tue 7 May. Then border: 5 days -> Wed 1 May (Labour Day), Thu 2 May -> Fri 3 May
    # is Good Friday, Sat 4, Sun 5 Easter, Mon 6 -> Tue 7 May as well.
    assert run(capsys, "event", "add", "1", "decision-delivered", "2024-04-26",
               "--outcome", "rejected")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "case", "edit", "1", "--procedure", "accelerated")
    assert code == 0
    assert out.splitlines() == ["case 1 saved", "appeal-accelerated: 2024-05-13 -> 2024-05-07"]
    code, out, _ = run(capsys, "case", "edit", "1", "--procedure", "border")
    # The rule changed although the date did not: it is still said.
    assert out.splitlines() == ["case 1 saved", "appeal-border: 2024-05-07 -> 2024-05-07"]
    [row] = json.loads(run(capsys, "deadlines", "--json")[1])
    assert row["rule"] == "appeal-border" and row["due"] == "2024-05-07"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["event", "add", "1", "decision-delivered", "2024-02-30"], "does not exist"),
        (["event", "add", "1", "decision-delivered", "yesterday"], "YYYY-MM-DD"),
        (["event", "add", "1", "apeal-filed", "2024-05-02"], "did you mean 'appeal-filed'"),
        (["event", "add", "7", "decision-delivered", "2024-04-26"], "no case with id 7"),
        (["client", "show", "42"], "no client with id 42"),
        (["case", "add", "--client", "1", "--procedure", "regular", "--lawyer", "Ana"],
         "no staff member named 'Ana'"),
        (["event", "add", "1", "registration", "2024-04-26"], "--time"),
        (["event", "add", "1", "decision-delivered", "2011-03-01"], "2012"),
        (["mark", "99", "done"], "deadline"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], office: None, argv: list[str], expected: str
) -> None:
    before = run(capsys, "case", "export", "1", "--json")[1]
    audit_before = run(capsys, "audit", "--json")[1]
    code, _, err = run(capsys, *argv)
    assert code != 0
    assert expected in one_line_error(err)
    assert run(capsys, "case", "export", "1", "--json")[1] == before
    assert run(capsys, "audit", "--json")[1] == audit_before


def test_unreachable_database_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZIL_DATABASE_URL", "postgresql+psycopg://azil:pw@127.0.0.1:1/azil")
    code, _, err = run(capsys, "deadlines")
    assert code != 0
    line = one_line_error(err)
    assert "cannot reach the database" in line and "pw" not in line


def test_real_console_script_prints_no_traceback(tmp_path: Path) -> None:
    # The installed entry point, in a child process, exactly as a scheduler would call it.
    env = {"AZIL_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from casework.cli import main; sys.exit(main())",
         "event", "add", "1", "decision-delivered", "2024-02-30"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("azil: ")


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "client", "case", "event", "deadlines", "db", "deadline", "rules",
                    "render", "templates"):  # fmt: skip
        assert command in out


def test_demo_is_idempotent_and_realistic(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo")[0] == 0
    clients = json.loads(run(capsys, "client", "list", "--json")[1])
    staff = json.loads(run(capsys, "staff", "list", "--json")[1])
    cases = json.loads(run(capsys, "case", "list", "--json")[1])
    assert len(clients) >= 25 and len(staff) >= 3
    assert {c["stage"] for c in cases} >= {
        "registration", "application", "first-instance", "appeal", "administrative-court",
        "constitutional-court", "ecthr", "closed",
    }  # fmt: skip
    nationalities = {c["nationality"] for c in clients}
    assert {"Avganistan", "Sirija", "Iran", "Irak", "Pakistan", "Burundi", "Kuba", "Rusija"} <= (
        nationalities
    )
    assert any(c["name_original"] and c["name_original"] != c["name"] for c in clients)
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "already" in out
    assert len(json.loads(run(capsys, "client", "list", "--json")[1])) == len(clients)
    assert json.loads(run(capsys, "deadlines", "--json")[1])  # the demo has open deadlines


def test_the_demo_office_shows_every_filing_and_never_joins_real_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Issue 10: the demo must let a person see each of the seven filings, and must never
    # add invented clients to a database that holds an office's own.
    from casework import documents
    from casework.services import Casework

    assert run(capsys, "demo")[0] == 0
    cw = Casework()
    cases = [c.id for c in cw.list_cases(status="open")]
    for template_id in ("application", "appeal", "lawsuit", "poa", "poa-constitutional",
                        "urgency", "constitutional-appeal"):  # fmt: skip
        renderable = [
            i for i in cases
            if not documents.check_case(i, template_id, cw)
            and not documents.late_problems(i, template_id, cw)
        ]  # fmt: skip
        assert renderable, template_id
    # Minors have a guardian and no spouse.
    for listed in cw.list_clients():
        client = cw.get_client(listed.id)
        if client.unaccompanied_minor:
            assert client.guardian_name
            assert not any(m.relation.startswith("supru") for m in client.family)


def test_the_demo_refuses_a_database_with_real_data(
    capsys: pytest.CaptureFixture[str], office: None
) -> None:
    code, _, err = run(capsys, "demo")
    assert code != 0 and "already holds clients or cases" in one_line_error(err)
