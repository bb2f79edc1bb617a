"""check_template: every broken thing in an edited template, at once, with its place."""

from __future__ import annotations

import docx

from assembler import check_template
from tests.assembler.conftest import build_docx


def test_clean_template_has_no_problems(template_file, fields):
    assert check_template(template_file, fields=fields) == []


def test_all_problems_reported_at_once_with_places(tmp_path, fields):
    path = build_docx(
        tmp_path / "t.docx",
        [
            "Uvod",
            "{{ client_full_name }",
            "{{ clent_name }} i {{ decision_date|datumm }}",
            "{%p for row in co_applicants %}{{ row.name }}{% set x = 1 %}{{ x }}",
            "{%p endfor %}",
        ],
        table=False,
    )
    problems = check_template(path, fields=fields)
    text = [str(p) for p in problems]
    assert any("paragraph 2" in t and "syntax" in t for t in text)
    assert any(p.field == "clent_name" and "paragraph 3" in p.place for p in problems)
    assert any("unknown filter 'datumm'" in t and "paragraph 3" in t for t in text)
    # loop and set variables are not unknown fields
    assert not any(p.field in {"row", "x", "loop"} for p in problems)


def test_tag_split_across_runs_is_found(tmp_path, fields):
    document = docx.Document()
    paragraph = document.add_paragraph("Ime: ")
    paragraph.add_run("{{ client_")
    paragraph.add_run("full_name }}").bold = True
    document.save(str(tmp_path / "split.docx"))
    (problem,) = check_template(tmp_path / "split.docx", fields=fields)
    assert "split across 2 runs" in problem.message
    assert "paragraph 1" in problem.place and "Ime:" in problem.place


def test_not_a_docx(tmp_path, fields):
    path = tmp_path / "x.docx"
    path.write_text("hello")
    (problem,) = check_template(path, fields=fields)
    assert "cannot open" in problem.message
