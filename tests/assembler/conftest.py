"""Shared fixtures: a small field catalogue and a test template built with python-docx.

The engine is tested against these, independent of the shipped catalogue, so that a
change in templates_docx/ cannot hide an engine bug (and vice versa).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import docx
import pytest

from assembler.contract import Field, FieldType, TemplateInfo

FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("client_full_name", FieldType.TEXT, "Ime i prezime", "Full name"),
        Field("client_gender", FieldType.ENUM, "Pol", "Gender", choices=("m", "f")),
        Field("client_birth_date", FieldType.DATE, "Datum rođenja", "Date of birth"),
        Field("decision_no", FieldType.TEXT, "Broj rešenja", "Decision number"),
        Field("decision_date", FieldType.DATE, "Datum rešenja", "Decision date"),
        Field("reasoning", FieldType.MULTILINE, "Obrazloženje", "Reasoning"),
        Field("request_hearing", FieldType.BOOL, "Rasprava", "Oral hearing"),
        Field("copies", FieldType.INT, "Broj primeraka", "Copies"),
        Field(
            "grounds",
            FieldType.MULTI_ENUM,
            "Razlozi",
            "Grounds",
            choices=("postupak", "cinjenicno_stanje", "materijalno_pravo"),
        ),
        Field("office_email", FieldType.TEXT, "E-pošta", "E-mail"),
        Field("note", FieldType.TEXT, "Napomena", "Note"),
        Field(
            "co_applicants",
            FieldType.LIST,
            "Članovi porodice",
            "Family members",
            columns=(
                Field("name", FieldType.TEXT, "Ime", "Name"),
                Field("birth_date", FieldType.DATE, "Datum rođenja", "Date of birth"),
            ),
        ),
    )
}

HEADER_TEXT = "Predmet: {{ decision_no }}"
FOOTER_TEXT = "Kontakt: {{ office_email }}"
BODY = (
    "ŽALBA: {{ 'žalba'|upper|spaced }}",
    "{{ client_full_name }}, {{ client_gender|rod('rođen', 'rođena') }} "
    "{{ client_birth_date|datum }}",
    "protiv rešenja broj {{ decision_no }} od {{ decision_date|datum_ref }}",
    "{%p for p in reasoning|paragraphs %}",
    "{{ p }}",
    "{%p endfor %}",
    "{%p if note %}",
    "Napomena: {{ note }}",
    "{%p endif %}",
    "{%p if request_hearing %}",
    "Predlaže se usmena rasprava.",
    "{%p endif %}",
    "Ljubljana, njegov džep",
    "Primeraka: {{ copies }}",
)


def build_docx(path: Path, body: Iterable[str] = BODY, *, table: bool = True) -> Path:
    """A small template with header, footer, body and a table of rows."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = HEADER_TEXT
    section.footer.paragraphs[0].text = FOOTER_TEXT
    for line in body:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=3, cols=2)
        grid.cell(0, 0).text = "{%tr for m in co_applicants %}"
        grid.cell(1, 0).text = "{{ m.name }}"
        grid.cell(1, 1).text = "{{ m.birth_date|datum }}"
        grid.cell(2, 0).text = "{%tr endfor %}"
    document.save(str(path))
    return path


@pytest.fixture
def fields() -> dict[str, Field]:
    return FIELDS


@pytest.fixture
def template_file(tmp_path: Path) -> Path:
    return build_docx(tmp_path / "zalba_test.docx")


@pytest.fixture
def make_info() -> Callable[[Path], TemplateInfo]:
    def make(path: Path) -> TemplateInfo:
        return TemplateInfo(
            id="test-appeal",
            filename=str(path),  # absolute: template_path() takes it as is
            title_sr="Žalba Komisiji za azil",
            title_en="Appeal",
            default_script="latin",
            required=("client_full_name", "client_gender", "decision_no", "decision_date"),
            optional=(
                "client_birth_date",
                "reasoning",
                "request_hearing",
                "copies",
                "grounds",
                "office_email",
                "note",
                "co_applicants",
            ),
            legal_basis="test",
        )

    return make


@pytest.fixture
def info(template_file: Path, make_info: Callable[[Path], TemplateInfo]) -> TemplateInfo:
    return make_info(template_file)


def good_context() -> dict[str, object]:
    return {
        "client_full_name": "Karim Ahmadi",
        "client_gender": "m",
        "client_birth_date": "1990-02-28",
        "decision_no": "26-1234/24",
        "decision_date": "2024-03-12",
        "reasoning": "Prvi pasus.\n\nDrugi pasus.",
        "request_hearing": True,
        "copies": 2,
        "grounds": ["postupak"],
        "office_email": "kancelarija@example.org",
        "note": "",
        "co_applicants": [{"name": "Sara Ahmadi", "birth_date": "2015-06-01"}],
    }


@pytest.fixture
def context() -> dict[str, object]:
    return good_context()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """LibreOffice tests skip where soffice is absent, except on CI, where they must fail."""
    if shutil.which("soffice") or shutil.which("libreoffice"):
        return
    for item in items:
        if "libreoffice" not in item.keywords:
            continue
        if not os.environ.get("CI"):
            item.add_marker(pytest.mark.skip(reason="LibreOffice (soffice) is not installed"))


@pytest.fixture(autouse=True)
def _soffice_on_ci(  # a missing soffice is a failure on CI, not a skip
    request: pytest.FixtureRequest,
) -> None:
    missing = not (shutil.which("soffice") or shutil.which("libreoffice"))
    if "libreoffice" in request.keywords and os.environ.get("CI") and missing:
        pytest.fail("CI must run the LibreOffice tests, but soffice is not installed")
