"""The drafting form's model: what a filing asks the lawyer, in which words, what it still
misses with unsaved answers, and a preview that stores nothing."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

import assembler
from assembler.fields import CHOICE_LABELS
from casework import documents, drafting
from casework.config import data_dir
from casework.filing_context import CASE_FILE_FIELDS
from casework.services import Casework

D = dt.date
TODAY = D(2024, 5, 2)


@pytest.fixture
def appeal_case(sqlite_url: str) -> tuple[Casework, int]:
    """A rejected application, delivered Fri 26 Apr 2024 (appeal due Mon 13 May)."""
    cw = Casework(sqlite_url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer", sex="f")
    client = cw.add_client(name_latin="Ali Rezaei", sex="m", nationality="Avganistan")
    case = cw.add_case(client.id, "regular", "first-instance", lawyer.id)
    cw.record_event(case.id, "decision-delivered", D(2024, 4, 26), reference="26-1234/24",
                    act_date=D(2024, 4, 22), outcome="rejected", today=TODAY)  # fmt: skip
    return cw, case.id


def test_the_form_asks_only_what_the_case_file_cannot_know() -> None:
    # The appeal's dates, number, time limit and outcome come from the recorded decision
    # and the rules; the form asks the grounds, the reasoning and the proposal.
    names = [f.name for f in drafting.form_fields("appeal")]
    assert {"grounds", "proposal", "decision_summary", "ground_text_postupak"} <= set(names)
    assert not set(names) & CASE_FILE_FIELDS
    assert "ao_decision_outcome" not in names and "appeal_deadline" not in names
    # The filing's own questions first; copies and attachments, shared by all, last.
    assert names.index("grounds") < names.index("copies")
    required = {f.name for f in drafting.form_fields("appeal") if f.required}
    assert required == {"grounds", "proposal"}


def test_the_builders_fill_nothing_outside_the_declared_case_file_fields(
    appeal_case: tuple[Casework, int],
) -> None:
    # Whatever the case file puts into a filing is declared, so the form never asks it
    # a second time (and never misses asking what the case file does not fill).
    cw, case_id = appeal_case
    built = set(documents.case_context(case_id, cw, TODAY))
    catalogue = set(assembler.all_fields())
    drafted = {f.name for t in assembler.all_templates() for f in drafting.form_fields(t.id)}
    for template in assembler.all_templates():
        for name in template.required + template.optional:
            assert name in CASE_FILE_FIELDS or name in drafted, (template.id, name)
    assert catalogue >= CASE_FILE_FIELDS  # no name outside the template contract
    assert {"case_id", "review_notes"} == built - catalogue


def test_every_choice_a_form_offers_has_words_in_both_languages() -> None:
    for template in assembler.all_templates():
        for field in drafting.form_fields(template.id):
            for item in field.choices + tuple(c for col in field.columns for c in col.choices):
                assert item.label_sr and item.label_en
                assert "_" not in item.label_sr + item.label_en, item  # words, not a code
    # ZUS čl. 24 st. 1 tač. 3: "u postupku donošenja akta nije postupljeno po pravilima
    # postupka"; the lawsuit's point 3 says so in Serbian.
    assert CHOICE_LABELS["zus24_points"]["3"][0] == "3) nije postupljeno po pravilima postupka"


def test_a_grounds_reasoning_is_asked_once_the_ground_is_invoked() -> None:
    field = next(f for f in drafting.form_fields("appeal") if f.name == "ground_text_cinjenice")
    assert not drafting.shown(field, {"grounds": ["postupak"]})
    assert drafting.shown(field, {"grounds": ["postupak", "cinjenicno_stanje"]})
    means = next(f for f in drafting.form_fields("lawsuit") if f.name == "means_statement")
    assert not drafting.shown(means, {"request_fee_exemption": False})
    assert drafting.shown(means, {"request_fee_exemption": True})


def test_checking_uses_the_answers_on_screen_without_storing_them(
    appeal_case: tuple[Casework, int],
) -> None:
    cw, case_id = appeal_case
    missing = {p.field for p in drafting.check(case_id, "appeal", {}, cw, TODAY)}
    assert {"grounds", "proposal"} <= missing
    answers = {"grounds": ["postupak"], "proposal": "ponisti_i_vrati"}
    missing = {p.field for p in drafting.check(case_id, "appeal", answers, cw, TODAY)}
    assert not {"grounds", "proposal"} & missing
    assert cw.get_case(case_id).drafting == {}
    wrong = drafting.check(case_id, "appeal", {"proposal": "ponisti"}, cw, TODAY)
    assert any(p.field == "proposal" for p in wrong)  # not one of the choices


def test_a_deadline_names_the_filing_that_answers_it() -> None:
    assert documents.filing_for_rule("appeal-regular") == "appeal"
    assert documents.filing_for_rule("appeal-dismissal") == "appeal"
    assert documents.filing_for_rule("lawsuit-administrative-court") == "lawsuit"
    assert documents.filing_for_rule("silence-commission") == "urgency"
    assert documents.filing_for_rule("decision-regular") is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_the_preview_is_marked_names_what_is_missing_and_leaves_nothing_on_disk(
    appeal_case: tuple[Casework, int],
) -> None:
    cw, case_id = appeal_case
    pdf = drafting.preview_pdf(
        case_id, "appeal", {"decision_summary": "Kancelarija je odbila zahtev."}, cw, today=TODAY
    )
    assert pdf.startswith(b"%PDF")
    assert cw.get_case(case_id).drafting == {}
    assert not [p for p in (data_dir() / "tmp").rglob("*") if p.is_file()]
    assert not cw.get_case(case_id).documents  # nothing recorded either
