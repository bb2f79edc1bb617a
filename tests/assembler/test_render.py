"""Rendering: exact text out, validation before writing, safe files, Cyrillic on request."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import docx
import pytest

from assembler import (
    TemplateError,
    ValidationError,
    coerce,
    render,
    validate,
)
from assembler.render import render_bytes


def texts(path: Path) -> list[str]:
    """Every paragraph of body, tables, header and footer, in order."""
    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            out.extend(cell.text for cell in row.cells)
    section = document.sections[0]
    out.extend(p.text for p in section.header.paragraphs)
    out.extend(p.text for p in section.footer.paragraphs)
    return out


def test_renders_the_case_data_into_the_filing(info, context, fields, tmp_path):
    result = render(info, context, tmp_path / "out", fields=fields)
    body = texts(result.path)
    assert "ŽALBA: Ž A L B A" in body
    assert "Karim Ahmadi, rođen 28. februara 1990. godine" in body
    assert "protiv rešenja broj 26-1234/24 od 12.03.2024. godine" in body
    assert body.count("Prvi pasus.") == 1 and "Drugi pasus." in body
    assert "Predlaže se usmena rasprava." in body
    assert not any(t.startswith("Napomena") for t in body)  # empty optional: block left out
    assert "Sara Ahmadi" in body and "1. juna 2015. godine" in body
    assert "Predmet: 26-1234/24" in body and "Kontakt: kancelarija@example.org" in body
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()


def test_feminine_forms_follow_the_gender(info, context, fields, tmp_path):
    context["client_gender"] = "f"
    body = texts(render(info, context, tmp_path, fields=fields).path)
    assert "Karim Ahmadi, rođena 28. februara 1990. godine" in body


def test_every_problem_is_listed_at_once_and_nothing_is_written(info, fields, tmp_path):
    bad = {
        "client_full_name": "",
        "client_gender": "x",
        "decision_date": "12.03.2024",
        "copies": "dva",
        "request_hearing": "da",
        "grounds": ["postupak", "nesto"],
        "co_applicants": [{"name": "A", "birth_date": "2015-13-01"}],
    }
    problems = validate(info, bad, fields=fields)
    by_field = {p.field for p in problems}
    assert by_field == {
        "client_full_name",
        "client_gender",
        "decision_no",
        "decision_date",
        "copies",
        "request_hearing",
        "grounds",
        "co_applicants[1].birth_date",
    }
    date_problem = next(p for p in problems if p.field == "decision_date")
    assert date_problem.label_sr == "Datum rešenja" and "YYYY-MM-DD" in date_problem.message
    out = tmp_path / "out"
    with pytest.raises(ValidationError) as caught:
        render(info, bad, out, fields=fields)
    assert len(caught.value.problems) == len(problems)
    assert "Broj rešenja" in str(caught.value)
    assert not out.exists() or not any(out.iterdir())


def test_control_characters_are_rejected_not_written(info, context, fields):
    context["note"] = "tekst\x0bsa kontrolnim znakom"
    (problem,) = validate(info, context, fields=fields)
    assert problem.field == "note" and "U+000B" in problem.message


def test_coerce_converts_dates_and_fills_absent_fields(info, fields):
    coerced = coerce({"decision_date": "2024-03-12", "extra": 1}, info, fields=fields)
    assert coerced["decision_date"].isoformat() == "2024-03-12"
    assert coerced["reasoning"] == "" and coerced["co_applicants"] == []
    assert coerced["request_hearing"] is False and coerced["client_birth_date"] is None
    assert coerced["extra"] == 1


def test_versions_never_overwrite(info, context, fields, tmp_path):
    first = render(info, context, tmp_path, fields=fields)
    first_bytes = first.path.read_bytes()
    second = render(info, context, tmp_path, fields=fields)
    assert first.path.name == "zalba_karim-ahmadi_2024-03-12_v1.docx" or first.path.name.endswith(
        "_v1.docx"
    )
    assert second.path.name.endswith("_v2.docx")
    assert first.path.read_bytes() == first_bytes
    third = render(info, context, tmp_path, fields=fields, basename="moja-zalba")
    assert third.path.name == "moja-zalba_v1.docx"


def test_files_and_new_folders_are_private(info, context, fields, tmp_path):
    out = tmp_path / "a" / "b"
    result = render(info, context, out, fields=fields)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700


def test_failure_while_writing_leaves_no_file(info, context, fields, tmp_path, monkeypatch):
    import assembler.output as output

    def broken_claim(tmp: Path, final: Path) -> bool:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "_claim", broken_claim)
    with pytest.raises(output.OutputError, match="No space left"):
        render(info, context, tmp_path / "out", fields=fields)
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []


def test_failure_mid_render_leaves_no_file(info, context, fields, tmp_path, monkeypatch):
    import docxtpl

    def explode(self, *args, **kwargs):
        raise RuntimeError("crash while saving")

    monkeypatch.setattr(docxtpl.DocxTemplate, "save", explode)
    with pytest.raises(RuntimeError):
        render(info, context, tmp_path / "out", fields=fields)
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []


def test_whole_document_in_cyrillic(info, context, fields, tmp_path):
    result = render(info, context, tmp_path, fields=fields, script="cyrillic")
    body = texts(result.path)
    # A foreign person's name keeps its Latin form (no Cyrillic form is recorded for
    # them; issue 10: "Јеан-Цлауде Ndayishimiye" came out half in each script).
    assert "Karim Ahmadi, рођен 28. фебруара 1990. године" in body
    assert "Љубљана, његов џеп" in body
    assert "Предмет: 26-1234/24" in body  # header
    assert "Контакт: kancelarija@example.org" in body  # footer, e-mail kept Latin
    assert "Сара Ахмади" in body  # table


def test_unknown_name_in_template_is_an_error(make_info, context, fields, tmp_path):
    from tests.assembler.conftest import build_docx

    path = build_docx(tmp_path / "t.docx", ["{{ client_ful_name }}"], table=False)
    with pytest.raises(TemplateError, match="client_ful_name"):
        render_bytes(make_info(path), context, fields=fields)


def test_syntax_error_names_template_and_place(make_info, context, fields, tmp_path):
    from tests.assembler.conftest import build_docx

    path = build_docx(
        tmp_path / "broken.docx", ["Uvod", "{{ client_full_name }", "{%p if %}"], table=False
    )
    out = tmp_path / "out"
    with pytest.raises(TemplateError) as caught:
        render(make_info(path), context, out, fields=fields)
    message = str(caught.value)
    assert "broken.docx" in message and "test-appeal" in message
    assert "paragraph 2" in message
    assert not out.exists() or not any(out.iterdir())


def test_sandbox_blocks_python_internals(make_info, context, fields, tmp_path):
    from tests.assembler.conftest import build_docx

    path = build_docx(
        tmp_path / "evil.docx", ["{{ client_full_name.__class__.__mro__ }}"], table=False
    )
    with pytest.raises(TemplateError):
        render_bytes(make_info(path), context, fields=fields)
