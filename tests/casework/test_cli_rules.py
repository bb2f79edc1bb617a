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
        "rule", "trigger", "due", "unextended", "safe_date", "remedy_opens", "extended",
        "binds", "basis", "confidence", "steps",
    ]  # fmt: skip
    assert data["rule"] == "appeal-regular"
    assert (data["trigger"], data["due"], data["unextended"], data["safe_date"]) == (
        "2024-04-26",
        "2024-05-13",
        "2024-05-11",
        "2024-05-10",
    )
    assert data["extended"] is True and data["confidence"] == "H"
    assert data["basis"] == "čl. 95. st. 1. ZAPZ" and data["remedy_opens"] is None
    assert data["steps"][0]["date"] == "2024-04-26"
    assert data["steps"][2]["text"] == "sub 11.05.2024.: organi i sudovi ne rade subotom"


def test_deadline_json_english_steps_and_serbian_date_form(capsys):
    code, out, _ = run(capsys, "deadline", "appeal-regular", "26.4.2024", "--json", "--lang", "en")
    assert code == 0
    steps = json.loads(out)["steps"]
    assert steps[2]["text"] == "Sat 2024-05-11: authorities and courts do not work on Saturdays"


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
    assert "Legal basis: ZAPZ Art. 95(1) (confidence H)" in out
    assert "Sun 2024-05-12: Sunday, a non-working day" in out


def test_low_confidence_rule_warns_visibly():
    # No rule is of confidence L since DOMAIN.md's check of 2026-12-02; the warning must
    # still appear for one that is (a rule marked L again after a change in the law).
    import dataclasses
    from datetime import date

    import rules
    from casework.cli.rules_cmd import describe

    rule = dataclasses.replace(rules.get_rule("restoration"), confidence=rules.Confidence.L)
    d = rules.compute("restoration", date(2024, 12, 30))
    assert "proverite pravni osnov" in describe(d, rule, "sr")
    assert "verify the legal basis" in describe(d, rule, "en")


def test_new_rules_from_the_command_line(capsys):
    # A dismissal handed over Fri 26 Apr 2024: 8 days -> Tue 7 May (DOMAIN.md example).
    data = json.loads(run(capsys, "deadline", "appeal-dismissal", "2024-04-26", "--json")[1])
    assert (data["due"], data["basis"]) == ("2024-05-07", "čl. 42. st. 4. ZAPZ")
    # Silence appeal from the end of the Office's period, Fri 28 Feb 2025: 12 months ->
    # Sat 28 Feb 2026 -> Mon 2 Mar 2026; safe Fri 27 Feb.
    data = json.loads(run(capsys, "deadline", "appeal-silence", "2025-02-28", "--json")[1])
    assert (data["due"], data["safe_date"]) == ("2026-03-02", "2026-02-27")
    # Restoration (DOMAIN.md example): the 3-month limit from Mon 3 Mar 2025 wins.
    code, out, _ = run(
        capsys, "deadline", "restoration", "2025-05-30", "--missed", "2025-03-03", "--json"
    )
    assert code == 0 and json.loads(out)["due"] == "2025-06-03"
    code, out, _ = run(capsys, "deadline", "restoration", "2025-05-30", "--lang", "en")
    assert "Due: Mon 2025-06-09" in out and "was not checked" in out
    # The Constitutional Court's: 15 days, never after 3 months; the missed day is needed.
    code, out, _ = run(capsys, "deadline", "restoration-constitutional", "2025-05-12",
                       "--missed", "2025-03-03", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["due"] == "2025-05-27"
    code, out, err = run(capsys, "deadline", "restoration-constitutional", "2025-05-12")
    assert code != 0 and "--missed" in err and out == ""


def test_authority_json_has_no_safe_date_but_the_remedy_day(capsys):
    # Lodged Sun 11 Feb 2024: 3 months -> Sat 11 May -> Mon 13 May; remedy from Tue 14 May.
    out = run(capsys, "deadline", "decision-regular", "2024-02-11", "--json", "--lang", "en")[1]
    data = json.loads(out)
    assert (data["due"], data["safe_date"], data["remedy_opens"]) == (
        "2024-05-13",
        None,
        "2024-05-14",
    )
    assert data["basis"] == "ZAPZ Art. 39(1)" and data["binds"] == "authority"


def test_rules_reads_in_one_language(capsys):
    out = run(capsys, "rules", "--lang", "sr")[1]
    for english in (" days", " hours", " months", "no ext.", " party", "authority", "Art."):
        assert english not in out, english
    assert "čl. 95. st. 1. ZAPZ" in out and "15 dana" in out and "72 časa" in out
    out = run(capsys, "rules", "--lang", "en")[1]
    for serbian in ("čl.", " dana", "meseci", "stranka", "Žalba"):
        assert serbian not in out, serbian
    assert "ZAPZ Art. 95(1)" in out and "15 days" in out


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
    assert len(listed) == 28 and listed[0]["id"] == "report-to-centre"
    assert next(r for r in listed if r["id"] == "ecthr-application")["counting"] == "no-extension"
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "appeal-regular" in out and len(out.splitlines()) == 1 + 28


def test_a_rule_the_procedure_does_not_open_is_refused(capsys):
    # At the border every decision, dismissals included, takes 5 days (ZAPZ Art. 41(7)):
    # asking for the 8-day dismissal appeal there would show a date 3 days too late.
    code, out, err = run(
        capsys, "deadline", "appeal-dismissal", "2024-10-30", "--procedure", "border"
    )
    assert code == 2 and out == ""
    assert "appeal-dismissal does not apply in the border procedure; use appeal-border" in err


def test_restoration_headlines_an_unchecked_or_passed_limit(capsys):
    out = run(capsys, "deadline", "restoration", "2025-05-30")[1]
    assert out.splitlines()[1].startswith("PAŽNJA: objektivni rok od 3 meseca")
    # Cause ceased Tue 10 Jun 2025, after the limit from the missed Mon 3 Mar (Tue 3 Jun).
    out = run(capsys, "deadline", "restoration", "2025-06-10", "--missed", "2025-03-03")[1]
    assert "više se ne može tražiti: objektivni rok je istekao uto 03.06.2025." in out
