"""`azil brief add`, `azil workshop add`, `azil report` (issue 15): the contracted options
and JSON keys, the workbook read back, and one-line refusals in the person's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casework.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str]) -> None:
    """One client given aid in 2024 (lodging 10 Jan, decision 3 Jun, 48 days late: the
    limit was 10 Apr, the act is dated 28 May), two brief services, a workshop, outreach."""
    for argv in (
        ("staff", "add", "Ana Petrović", "--role", "lawyer"),
        ("user", "set", "Ana Petrović"),
        ("client", "add", "--name", "Ahmad Karimi", "--sex", "m", "--born", "1994",
         "--nationality", "Avganistan"),
        ("case", "add", "--client", "1", "--procedure", "regular", "--lawyer", "Ana Petrović"),
        ("event", "add", "1", "application-lodged", "2024-01-10"),
        ("event", "add", "1", "decision-delivered", "2024-06-03", "--act-date", "2024-05-28",
         "--outcome", "rejected"),
        ("brief", "add", "2024-03-01", "--nationality", "Avganistan", "--sex", "m", "--born",
         "2007", "--place", "Horgoš", "--language", "dari", "--topic", "pravo na azil"),
        ("brief", "add", "1.4.2024", "--nationality", "Maroko", "--sex", "f", "--age-group",
         "18-34", "--topic", "pravni položaj", "--client", "1"),
        ("workshop", "add", "2024-02-10", "--place", "Krnjača", "--topic", "postupak azila",
         "--participants", "25", "--women", "10", "--minors", "5"),
        ("outreach", "add", "2024-04-04", "--place", "Beograd", "--topic", "informisanje",
         "--reached", "150"),
    ):  # fmt: skip
        code, _out, err = run(capsys, *argv)
        assert code == 0, (argv, err)


def test_report_json_has_the_contracted_keys(
    capsys: pytest.CaptureFixture[str], office: None
) -> None:
    code, out, _ = run(capsys, "report", "--from", "2024-01-01", "--to", "2024-12-31", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["legal_aid"]["persons"] == 1
    assert data["legal_aid"]["by_nationality"] == {"Avganistan": 1}
    assert data["legal_aid"]["by_sex"] == {"m": 1, "f": 0, "unknown": 0}
    assert data["brief_services"]["count"] == 2
    assert data["workshops"]["count"] == 1 and data["workshops"]["participants"] == 25
    assert data["outreach"]["people_reached"] == 150
    # appeal-regular (due 18 Jun) is still open: nothing met, nothing missed.
    assert data["deadlines"]["met_on_time"] == 0 and data["deadlines"]["missed"] == 0
    delays = data["authority_delays"]["decision-regular"]
    assert {k: delays[k] for k in ("decided", "late", "median_days_late", "max_days_late")} == {
        "decided": 1, "late": 1, "median_days_late": 48.0, "max_days_late": 48,
    }  # fmt: skip
    assert delays["cases"][0]["days_late"] == 48
    donor = json.loads(
        run(capsys, "report", "--from", "2024-01-01", "--to", "2024-12-31", "--json",
            "--donor")[1]
    )  # fmt: skip
    assert donor["legal_aid"]["persons"] == "<5" and donor["workshops"]["participants"] == 25
    assert "cases" not in donor["authority_delays"]["decision-regular"]


def test_report_xlsx_one_sheet_per_table_in_serbian(
    capsys: pytest.CaptureFixture[str], office: None, tmp_path: Path
) -> None:
    path = tmp_path / "izvestaj.xlsx"
    code, out, _ = run(capsys, "report", "--from", "2024-01-01", "--to", "2024-12-31",
                       "--xlsx", str(path))  # fmt: skip
    assert code == 0 and "izveštaj je zapisan" in out
    book = load_workbook(path)
    assert book.sheetnames == [
        "Ciljevi", "Pravna pomoć", "Podnesci", "Ishodi", "Rokovi tima", "Kašnjenja organa",
        "Rokovi organa po predmetima", "Kratke usluge", "Radionice i terenske aktivnosti",
    ]  # fmt: skip
    targets = book["Ciljevi"]
    assert [c.value for c in targets[1]] == ["Pokazatelj", "Ostvareno", "Cilj", "Napredak (%)"]
    assert targets["A1"].font.b
    assert [c.value for c in targets[2]] == [
        "Osobe kojima je pružena besplatna pravna pomoć", 1, 500, 0.2,
    ]  # fmt: skip
    delays = book["Kašnjenja organa"]
    # the time limit by its Serbian name (no rule ids in an office's workbook): decided 1,
    # after the limit 1, median and longest delay 48 days
    assert [c.value for c in delays[2]][:5] == ["Odluka u redovnom postupku", 1, 1, 48, 48]
    assert delays.column_dimensions["A"].width > 20
    # a printed page names the table and the period; dates are Serbian, with the final dot
    assert delays.oddHeader.center.text == "Kašnjenja organa, 01.01.2024. – 31.12.2024."
    assert book["Rokovi organa po predmetima"]["D2"].number_format == "dd.mm.yyyy."
    donor = tmp_path / "donator.xlsx"
    run(capsys, "report", "--from", "2024-01-01", "--to", "2024-12-31", "--xlsx", str(donor),
        "--donor", "--lang", "en")  # fmt: skip
    book = load_workbook(donor)
    assert "Authority deadlines by case" not in book.sheetnames
    assert [c.value for c in book["Targets"][2]][:2] == ["Persons given free legal aid", "<5"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("brief", "add", "2024-02-30", "--nationality", "Sirija", "--sex", "m", "--topic",
          "azil"), "datum „2024-02-30” ne postoji"),
        (("brief", "add", "2024-03-01", "--nationality", "Sirija", "--sex", "m", "--born",
          "2000", "--age-group", "18-34", "--topic", "azil"),
         "upišite godinu rođenja ili starosnu grupu, ne oboje"),
        (("brief", "add", "2024-03-01", "--nationality", "Sirija", "--sex", "m", "--topic",
          "azil", "--client", "7"), "nema klijenta broj 7"),
        (("brief", "add", "2024-03-01", "--nationality", "Sirija", "--sex", "m", "--topic",
          "azil", "--client", "7", "--lang", "en"), "no client with id 7"),
        (("workshop", "add", "2024-03-01", "--place", "Krnjača", "--topic", "azil",
          "--participants", "-2"), "učesnici: broj ne može biti negativan"),
        (("workshop", "add", "2024-03-01", "--place", "Krnjača", "--topic", "azil",
          "--participants", "10", "--women", "11"),
         "žene (11): broj ne može biti veći od broja učesnika (10)"),
        (("workshop", "add", "2024-03-01", "--place", "Krnjača", "--topic", "azil",
          "--participants", "deset"), "--participants „deset” nije ceo broj"),
        (("report", "--from", "2024-06-01", "--to", "2024-01-01"),
         "period se završava (2024-01-01) pre nego što počinje (2024-06-01)"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_in_the_persons_language(
    capsys: pytest.CaptureFixture[str], office: None, argv: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("azil: ") and "Traceback" not in err
    assert message in lines[0]
