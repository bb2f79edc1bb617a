"""`azil deadline` and `azil rules` as other tools and people call them."""

from __future__ import annotations

import json

import pytest

from casework.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadline_json_contract(capsys):
    # Fri 26 Apr 2024 + 15 = Sat 11 May -> Mon 13 May; safe Fri 10 May (DOMAIN.md).
    code, out, err = run(capsys, "deadline", "appeal-regular", "2024-04-26", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == [
        "rule", "trigger", "due", "unextended", "safe_date", "extended", "basis",
        "confidence", "steps",
    ]  # fmt: skip
    assert data["rule"] == "appeal-regular"
    assert (data["trigger"], data["due"], data["unextended"], data["safe_date"]) == (
        "2024-04-26",
        "2024-05-13",
        "2024-05-11",
        "2024-05-10",
    )
    assert data["extended"] is True and data["confidence"] == "M"
    assert data["steps"][0]["date"] == "2024-04-26"
    assert data["steps"][2]["text"] == "sub 11.05.2024: organi ne rade subotom"


def test_deadline_json_english_steps_and_serbian_date_form(capsys):
    code, out, _ = run(capsys, "deadline", "appeal-regular", "26.4.2024", "--json", "--lang", "en")
    assert code == 0
    steps = json.loads(out)["steps"]
    assert steps[2]["text"] == "Sat 2024-05-11: authorities do not work on Saturdays"


def test_closed_days_move_the_deadline(capsys):
    # Mon 2 Sep 2024 + 30 = Wed 2 Oct; closed 2 and 3 Oct -> Fri 4 Oct; safe Tue 1 Oct.
    code, out, _ = run(
        capsys, "deadline", "lawsuit-administrative-court", "2024-09-02",
        "--closed", "2024-10-02", "--closed", "3.10.2024", "--json",
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and (data["due"], data["safe_date"]) == ("2024-10-04", "2024-10-01")


def test_hour_rule_takes_date_and_time(capsys):
    # Thu 17 Apr 2025 15:00 + 72 hours = Sun 20 Apr 2025 15:00, not extended.
    code, out, _ = run(capsys, "deadline", "report-to-centre", "2025-04-17T15:00", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["trigger"], data["due"], data["safe_date"]) == (
        "2025-04-17T15:00",
        "2025-04-20T15:00",
        None,
    )


def test_plain_output_for_a_person(capsys):
    code, out, _ = run(capsys, "deadline", "appeal-regular", "2024-04-26", "--lang", "en")
    assert code == 0
    assert "Due: Mon 2024-05-13" in out
    assert "Safe date: Fri 2024-05-10" in out
    assert "ZAPZ (appeal article), ZUP (confidence M)" in out
    assert "Sun 2024-05-12: Sunday, a non-working day" in out


def test_low_confidence_rule_warns_visibly(capsys):
    code, out, _ = run(capsys, "deadline", "restoration", "2024-12-30")
    assert code == 0
    assert "proverite pravni osnov" in out
    code, out, _ = run(capsys, "deadline", "restoration", "2024-12-30", "--lang", "en")
    assert "verify the legal basis" in out


def test_unknown_rule_exits_2_with_suggestion(capsys):
    code, out, err = run(capsys, "deadline", "apeal-regular", "2024-04-26")
    assert code == 2 and out == ""
    assert err.strip() == "azil: unknown rule 'apeal-regular' (did you mean 'appeal-regular'?)"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (("deadline", "appeal-regular", "2024-02-30"), "does not exist"),
        (("deadline", "appeal-regular", "yesterday"), "is not a date"),
        (("deadline", "appeal-regular", "2011-06-01"), "before 2012"),
        (("deadline", "appeal-regular", "2024-04-26", "--closed", "2024-13-01"), "closure day"),
        (("deadline", "report-to-centre", "2025-04-17"), "give day 0 with its time"),
        (("deadline", "report-to-centre", "2025-04-17T25:00"), "impossible time"),
    ],
)
def test_bad_dates_give_one_line_and_no_traceback(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err


def test_rules_lists_the_catalogue(capsys):
    code, out, _ = run(capsys, "rules", "--json")
    assert code == 0
    listed = json.loads(out)
    assert len(listed) == 25 and listed[0]["id"] == "report-to-centre"
    assert next(r for r in listed if r["id"] == "ecthr-application")["counting"] == "no-extension"
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "appeal-regular" in out and len(out.splitlines()) == 25
