"""The template commands as a paralegal types them: exit codes, messages, files."""

from __future__ import annotations

import json
import stat
import sys
import types
from pathlib import Path

import pytest

import casework.cli as cli
from assembler.contract import TemplateInfo
from tests.assembler.conftest import FIELDS, build_docx, good_context


@pytest.fixture
def catalogue(tmp_path, monkeypatch):
    """A one-template catalogue in place of the shipped one."""
    template = build_docx(tmp_path / "zalba.docx")
    info = TemplateInfo(
        id="appeal",
        filename=str(template),
        title_sr="Žalba Komisiji za azil",
        title_en="Appeal",
        default_script="latin",
        required=("client_full_name", "client_gender", "decision_no", "decision_date"),
        optional=tuple(
            n
            for n in FIELDS
            if n not in {"client_full_name", "client_gender", "decision_no", "decision_date"}
        ),
        legal_basis="ZUP",
    )
    fields_module = types.ModuleType("assembler.fields")
    fields_module.FIELDS = tuple(FIELDS.values())
    templates_module = types.ModuleType("assembler.templates")
    templates_module.TEMPLATES = (info,)
    monkeypatch.setitem(sys.modules, "assembler.fields", fields_module)
    monkeypatch.setitem(sys.modules, "assembler.templates", templates_module)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("casework.cli.templates_cmd",))
    return info


def write_case(path: Path, **changes) -> Path:
    data = good_context() | changes
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_render_from_case_file(catalogue, tmp_path, capsys):
    case = write_case(tmp_path / "case.json")
    out = tmp_path / "out"
    assert cli.main(["render", "appeal", "--case-file", str(case), "--out", str(out)]) == 0
    (written,) = out.iterdir()
    assert written.name.startswith("zalba_karim-ahmadi_") and written.suffix == ".docx"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert str(written) in capsys.readouterr().out


def test_invalid_case_lists_every_problem_and_writes_nothing(catalogue, tmp_path, capsys):
    case = write_case(tmp_path / "case.json", decision_no="", decision_date="12.3.2024")
    out = tmp_path / "out"
    code = cli.main(["render", "appeal", "--case-file", str(case), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Broj rešenja" in err and "Datum rešenja" in err and "nothing was written" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_unknown_template_suggests_the_right_one(catalogue, tmp_path, capsys):
    case = write_case(tmp_path / "case.json")
    assert cli.main(["render", "apeal", "--case-file", str(case)]) == 2
    assert "did you mean 'appeal'" in capsys.readouterr().err


def test_broken_json_is_a_usage_error(catalogue, tmp_path, capsys):
    case = tmp_path / "case.json"
    case.write_text("{not json")
    assert cli.main(["render", "appeal", "--case-file", str(case)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_batch_reports_failures_and_renders_the_rest(catalogue, tmp_path, capsys):
    good1 = write_case(tmp_path / "a.json")
    bad = write_case(tmp_path / "b.json", client_gender="")
    good2 = write_case(tmp_path / "c.json", client_full_name="Sara Ahmadi")
    missing = tmp_path / "none.json"
    out = tmp_path / "out"
    files = ",".join(map(str, (good1, bad, missing, good2)))
    code = cli.main(["render-batch", "appeal", "--case-files", files, "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(list(out.glob("*.docx"))) == 2
    assert "2 document(s) written" in captured.out
    assert f"failed: {bad}" in captured.out and "Pol" in captured.out
    assert f"failed: {missing}" in captured.out
    assert "3/3" in captured.err  # the progress bar reached the end


@pytest.mark.slow
def test_batch_in_two_processes(catalogue, tmp_path, capsys):
    names = [
        str(write_case(tmp_path / f"{i}.json", client_full_name=f"Klijent {i}")) for i in range(6)
    ]
    out = tmp_path / "out"
    code = cli.main(
        [
            "render-batch",
            "appeal",
            "--case-files",
            ",".join(names),
            "--out",
            str(out),
            "--jobs",
            "2",
        ]
    )
    assert code == 0, capsys.readouterr()
    assert len(list(out.glob("*.docx"))) == 6


def test_templates_check_reports_problems_in_an_edited_file(catalogue, tmp_path, capsys):
    broken = build_docx(tmp_path / "edited.docx", ["{{ clent }}", "{%p if %}"], table=False)
    assert cli.main(["templates", "check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "2 problem(s)" in out and "clent" in out and "paragraph 2" in out


def test_templates_check_all_shipped(catalogue, capsys):
    assert cli.main(["templates", "check"]) == 0
    assert "appeal: ok" in capsys.readouterr().out


def test_templates_list(catalogue, capsys):
    assert cli.main(["templates", "list", "--fields"]) == 0
    out = capsys.readouterr().out
    assert "appeal" in out and "Žalba Komisiji za azil" in out and "decision_no" in out


def test_the_office_owns_its_templates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Issue 10: the office edits a template in Word and uses it, checked before it is
    # taken; a broken one is refused; reset goes back to the shipped one.
    import docx

    from assembler import get_template, template_path
    from casework import documents

    info = get_template("poa")
    shipped = template_path(info)
    edited = tmp_path / "punomocje.docx"
    document = docx.Document(str(shipped))
    document.add_paragraph("Napomena kancelarije: punomoćje važi do opoziva.")
    document.save(str(edited))
    assert cli.main(["templates", "add", str(edited), "--id", "poa"]) == 0
    assert template_path(info) == documents.office_templates_dir() / "punomocje.docx"
    assert "the office's own" in (cli.main(["templates", "list"]), capsys.readouterr().out)[1]
    broken = tmp_path / "broken.docx"
    bad = docx.Document(str(shipped))
    bad.add_paragraph("{{ client_ful_name }}")
    bad.save(str(broken))
    assert cli.main(["templates", "add", str(broken), "--id", "poa"]) == 1
    assert "the template was not taken" in capsys.readouterr().out
    assert template_path(info).read_bytes() == edited.read_bytes()  # the good one stays
    assert cli.main(["templates", "reset", "poa"]) == 0
    assert template_path(info) == shipped
