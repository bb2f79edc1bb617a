"""Filings from the case file: generated, recorded, never overwritten, refused when premature."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import docx
import pytest

from casework import documents
from casework.cli import main
from casework.services import Casework, ValidationError

# The appeal's delivery below is Fri 2024-04-26 (due Mon 2024-05-13): signed in time.
SIGNED = dt.date(2024, 5, 2)

D = dt.date

HOSTILE_NAME = 'Ahmad "Aḥmad" <Karimi> & sinovi'


def _text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(parts)


@pytest.fixture
def appeal_case(sqlite_url: str) -> tuple[Casework, int]:
    cw = Casework(sqlite_url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer", sex="f")
    cw.set_setting("office_name", "Centar za zaštitu i pomoć tražiocima azila")
    cw.set_setting("office_address", "Beograd")
    client = cw.add_client(
        name_latin=HOSTILE_NAME, name_original="احمد کریمی", sex="m", nationality="Avganistan"
    )
    case = cw.add_case(client.id, "regular", "first-instance", lawyer.id)
    # Delivered Fri 2024-04-26: appeal-regular due Mon 2024-05-13 (DOMAIN.md example).
    cw.record_event(case.id, "decision-delivered", D(2024, 4, 26), reference="26-1234/24",
                    act_date=D(2024, 4, 22), outcome="rejected")  # fmt: skip
    documents.set_drafting(
        case.id,
        cw.get_case(case.id).version,
        {"grounds": ["postupak"], "proposal": "ponisti_i_vrati",
         "ground_text_postupak": "Prvi pasus.\n\nDrugi pasus & <dokaz>."},
        cw,
    )  # fmt: skip
    return cw, case.id


def test_appeal_generated_from_the_case_says_what_the_case_says(
    appeal_case: tuple[Casework, int],
) -> None:
    cw, case_id = appeal_case
    gen = documents.generate(case_id, "appeal", cw=cw, today=SIGNED)
    path = Path(gen.document.path)
    text = _text(path)
    assert HOSTILE_NAME in text and "احمد کریمی" in text
    assert "državljanin Avganistana" in text
    assert "26-1234/24" in text
    # The time limit and its computed last day, as the rules engine gave them.
    assert "15 dana" in text and "13. maja 2024. godine" in text
    assert "Drugi pasus & <dokaz>." in text
    assert gen.document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert path.parent == documents.case_folder(case_id)
    [deadline] = cw.get_case(case_id).deadlines
    assert deadline.has_draft  # the appeal deadline now shows "draft ready"


def test_a_second_generation_is_a_new_version_not_an_overwrite(
    appeal_case: tuple[Casework, int],
) -> None:
    cw, case_id = appeal_case
    first = documents.generate(case_id, "appeal", cw=cw, today=SIGNED).document
    before = Path(first.path).read_bytes()
    second = documents.generate(case_id, "appeal", cw=cw, today=SIGNED).document
    assert (first.version, second.version) == (1, 2)
    assert first.path != second.path
    assert Path(first.path).read_bytes() == before
    assert [d.version for d in cw.get_case(case_id).documents] == [1, 2]


def test_missing_fields_are_listed_at_once_and_nothing_is_written(sqlite_url: str) -> None:
    cw = Casework(sqlite_url, actor="Ana Petrović")
    client = cw.add_client(name_latin="Lina Haddad", sex="f")
    case = cw.add_case(client.id, "regular")
    problems = documents.check_case(case.id, "appeal", cw)
    names = {p.field for p in problems}
    assert {"office_name", "rep_full_name", "ao_decision_no", "grounds", "proposal"} <= names
    assert all(p.label_sr and p.label_en for p in problems)
    with pytest.raises(documents.DocumentError, match="office_name"):
        documents.generate(case.id, "appeal", cw=cw, today=SIGNED)
    assert list(documents.case_folder(case.id).iterdir()) == []
    assert cw.get_case(case.id).documents == []


def _urgency_case(url: str, received: dt.date) -> tuple[Casework, int]:
    cw = Casework(url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer", sex="f")
    cw.set_setting("office_name", "Centar")
    cw.set_setting("office_address", "Beograd")
    cw.set_setting("commission_address", "Adresa Komisije 1, 11000 Beograd")  # goes by post
    client = cw.add_client(name_latin="Reza Hosseini", sex="m")
    case = cw.add_case(client.id, "regular", "appeal", lawyer.id)
    cw.record_event(case.id, "decision-delivered", received - dt.timedelta(days=20),
                    reference="26-0801/24", act_date=received - dt.timedelta(days=22),
                    outcome="rejected")  # fmt: skip
    cw.record_event(case.id, "appeal-filed", received - dt.timedelta(days=5))
    cw.record_event(case.id, "appeal-received", received)
    return cw, case.id


def test_urgency_is_refused_until_the_commissions_60_days_have_run(sqlite_url: str) -> None:
    # Appeal received by the Commission on Tue 2026-10-20: day 60 = Sat 2026-12-19 ->
    # Mon 2026-12-21. Today (2026-11-26 or later in this test's fixed world) is before that,
    # so an urgency now would be premature (ZUS Art. 19; FILINGS.md 5a).
    cw, case_id = _urgency_case(sqlite_url, D(2026, 10, 20))
    context = documents.case_context(case_id, cw, today=D(2026, 11, 26))
    assert context["silence_deadline"] == "2026-12-21"
    [problem] = documents.timing_problems("urgency", context)
    assert "2026-12-22" in problem.message
    context["date_signed"] = "2026-12-21"
    assert documents.timing_problems("urgency", context)  # the last day itself is too early
    context["date_signed"] = "2026-12-22"
    assert documents.timing_problems("urgency", context) == []


def test_urgency_after_the_60_days_is_generated(sqlite_url: str) -> None:
    # Appeal received Fri 2024-03-01: day 60 = Tue 2024-04-30, a working day; long passed.
    cw, case_id = _urgency_case(sqlite_url, D(2024, 3, 1))
    gen = documents.generate(case_id, "urgency", cw=cw)
    assert "30. aprila 2024. godine" in _text(Path(gen.document.path))


def test_export_then_render_from_file_gives_the_same_filing(
    appeal_case: tuple[Casework, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cw, case_id = appeal_case
    monkeypatch.setenv("AZIL_DATABASE_URL", cw.url or "")
    assert main(["case", "export", str(case_id), "--json"]) == 0
    exported = capsys.readouterr().out
    case_file = tmp_path / "case.json"
    case_file.write_text(exported, encoding="utf-8")
    assert json.loads(exported)["client_full_name"] == HOSTILE_NAME
    out = tmp_path / "from-file"
    # Exported today, long after the 2024 appeal period: both paths refuse it alike ...
    argv = ["render", "appeal", "--case-file", str(case_file), "--out", str(out)]
    assert main(argv) != 0
    assert "it is late" in capsys.readouterr().err
    assert main(["render", "appeal", "--case", str(case_id)]) != 0
    assert "it is late" in capsys.readouterr().err
    # ... and, confirmed late with the same reason, make the same filing.
    why = ["--late", "Rešenje nije sadržalo pouku o pravnom leku."]
    assert main([*argv, *why]) == 0
    capsys.readouterr()
    assert main(["render", "appeal", "--case", str(case_id), *why]) == 0
    [from_file] = out.glob("*.docx")
    [from_db] = documents.case_folder(case_id).glob("*.docx")
    assert _text(from_file) == _text(from_db)


def test_marital_status_must_be_one_of_the_forms_choices(sqlite_url: str) -> None:
    cw = Casework(sqlite_url)
    with pytest.raises(ValidationError, match="u_braku"):
        cw.add_client(name_latin="Omar Al-Hassan", marital_status="married")
    assert cw.add_client(name_latin="Omar Al-Hassan", marital_status="u_braku").id


def test_an_original_name_equal_to_the_latin_one_is_not_repeated(sqlite_url: str) -> None:
    cw = Casework(sqlite_url)
    same = cw.add_client(name_latin="Yoandry Pérez Díaz", name_original="Yoandry Pérez Díaz")
    other = cw.add_client(name_latin="Dmitrij Sokolov", name_original="Дмитрий Соколов")
    ctx_same = documents.case_context(cw.add_case(same.id, "regular").id, cw)
    ctx_other = documents.case_context(cw.add_case(other.id, "regular").id, cw)
    assert ctx_same["client_name_original"] == ""
    assert ctx_other["client_name_original"] == "Дмитрий Соколов"


def test_drafting_values_are_checked_like_a_filing_checks_them(sqlite_url: str) -> None:
    # Everything invalid is reported at once and nothing is stored.
    cw = Casework(sqlite_url)
    case = cw.add_case(cw.add_client(name_latin="Ali Jafari").id, "regular")
    bad = {
        "proposal": "poništi",  # not one of the choices
        "grounds": ["postupak", "nesto"],  # an unknown choice in a multi-choice
        "ao_decision_date": "2024-02-30",  # no such day
        "no_such_field": "x",
    }
    with pytest.raises(ValidationError) as err:
        documents.set_drafting(case.id, cw.get_case(case.id).version, bad, cw)
    message = str(err.value)
    for name in ("proposal", "grounds", "ao_decision_date", "no_such_field"):
        assert name in message
    # The same problems as data (issue 11: the app re-derived them from the message):
    # each names its field, and a catalogued field carries its labels for the screen.
    by_field = {p.field: p for p in err.value.problems}
    assert set(by_field) == {"proposal", "grounds", "ao_decision_date", "no_such_field"}
    assert by_field["proposal"].label_sr == "Predlog"
    assert cw.get_case(case.id).drafting == {}
    good = {
        "grounds": ["postupak"],
        "ao_decision_date": D(2024, 4, 22),
        "proposal": "ponisti_i_vrati",
    }
    documents.set_drafting(case.id, cw.get_case(case.id).version, good, cw)
    assert cw.get_case(case.id).drafting["ao_decision_date"] == "2024-04-22"


def test_a_filing_stating_a_confidence_l_limit_warns(
    sqlite_url: str, discontinuation_marked_l: None
) -> None:
    # The appeal against a discontinuation states 15 days (regular procedure, ZAPZ Art.
    # 95(1)); were its basis marked L, generating it must say "verify the legal basis".
    cw, case_id = _discontinued_case(sqlite_url)
    gen = documents.generate(case_id, "appeal", cw=cw, today=SIGNED)
    [warning] = gen.warnings
    assert "appeal-discontinuation" in warning and "verify the legal basis" in warning
    assert "15 dana" in _text(Path(gen.document.path))
    assert documents.legal_warnings(case_id, "poa", cw) == []  # states no time limit


def _discontinued_case(url: str) -> tuple[Casework, int]:
    """A discontinuation delivered Fri 26 Apr 2024, regular procedure: the appeal's 15 days
    (ZAPZ čl. 95 st. 1) run to Mon 13 May; the lawyer's choices for the appeal filled in."""
    cw = Casework(url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer", sex="f")
    cw.set_setting("office_name", "Centar")
    cw.set_setting("office_address", "Beograd")
    client = cw.add_client(name_latin="Senait Tesfaye", sex="f")
    case = cw.add_case(client.id, "regular", "appeal", lawyer.id)
    cw.record_event(case.id, "discontinuation-delivered", D(2024, 4, 26), reference="26-1250/24",
                    act_date=D(2024, 4, 24), today=SIGNED)  # fmt: skip
    draft = {"grounds": ["postupak"], "proposal": "ponisti_i_vrati"}
    documents.set_drafting(case.id, cw.get_case(case.id).version, draft, cw)
    return cw, case.id


# --- timeliness guards (issue 10): a late filing never calls itself timely -----------------


def test_a_late_appeal_is_refused_with_its_dates_and_the_remedy(
    appeal_case: tuple[Casework, int],
) -> None:
    # Delivered Fri 26 Apr 2024, regular, rejected: due Mon 13 May 2024. Signed Tue 14 May
    # it is late. Restoration: 8 days from the cause ceasing, never after 3 months from
    # the missed day, Mon 13 May + 3 months = Tue 13 Aug 2024 (ZUP čl. 83 st. 1-2).
    cw, case_id = appeal_case
    with pytest.raises(documents.LateFilingError) as info:
        documents.generate(case_id, "appeal", cw=cw, today=D(2024, 5, 14))
    message = str(info.value)
    assert "the time limit ended 2024-05-13 and the filing is signed 2024-05-14" in message
    assert "no later than 2024-08-13" in message and "--late" in message
    [problem] = info.value.problems
    assert "rok je istekao 13.05.2024." in problem.message_sr
    assert list(documents.case_folder(case_id).glob("*.docx")) == []  # nothing written


def test_a_late_appeal_confirmed_with_a_reason_says_so_and_not_that_it_is_timely(
    appeal_case: tuple[Casework, int],
) -> None:
    cw, case_id = appeal_case
    reason = "Rešenje je uručeno bez pouke o pravnom leku na jeziku koji žalilac razume."
    gen = documents.generate(case_id, "appeal", cw=cw, today=D(2024, 5, 14), late_reason=reason)
    text = " ".join(_text(Path(gen.document.path)).split())
    assert "blagovremena" not in text and "u zakonskom roku" not in text
    assert "istekao je 13. maja 2024. godine" in text and reason in text


def test_an_appeal_already_filed_is_refused(appeal_case: tuple[Casework, int]) -> None:
    cw, case_id = appeal_case
    cw.record_event(case_id, "appeal-filed", D(2024, 5, 2), today=SIGNED)
    with pytest.raises(documents.LateFilingError, match="already fulfilled: appeal-filed"):
        documents.generate(case_id, "appeal", cw=cw, today=SIGNED)


def test_a_signing_date_before_the_delivery_is_refused(appeal_case: tuple[Casework, int]) -> None:
    cw, case_id = appeal_case
    with pytest.raises(documents.LateFilingError, match="is before the delivery 2024-04-26"):
        documents.generate(case_id, "appeal", cw=cw, today=D(2024, 4, 25))


def test_a_lawsuit_needs_a_recorded_commission_decision(
    appeal_case: tuple[Casework, int],
) -> None:
    # A number typed into a field is not a decision: the lawsuit's facts and its 30 days
    # come from the recorded delivery of the Commission's decision.
    cw, case_id = appeal_case
    documents.set_drafting(case_id, cw.get_case(case_id).version,
                           {"commission_decision_no": "Až 412/24"}, cw)  # fmt: skip
    with pytest.raises(documents.DocumentError, match="no commission-decision-delivered"):
        documents.generate(case_id, "lawsuit", cw=cw, today=SIGNED)


def test_a_confidence_l_limit_is_marked_inside_the_document_in_every_path(
    sqlite_url: str,
    discontinuation_marked_l: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cw, case_id = _discontinued_case(sqlite_url)
    gen = documents.generate(case_id, "appeal", cw=cw, today=SIGNED)
    first = docx.Document(gen.document.path).paragraphs[0].text
    assert first.startswith("NAPOMENA ZA ADVOKATA") and "pouzdanost L" in first
    # Exported, then rendered from the file elsewhere: the note travels with it.
    monkeypatch.setenv("AZIL_DATABASE_URL", sqlite_url)
    assert main(["case", "export", str(case_id), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    exported["date_signed"] = SIGNED.isoformat()
    case_file = tmp_path / "case.json"
    case_file.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", "appeal", "--case-file", str(case_file), "--out", str(out)]) == 0
    assert "pouzdanost L" in capsys.readouterr().err
    [made] = out.glob("*.docx")
    assert docx.Document(str(made)).paragraphs[0].text.startswith("NAPOMENA ZA ADVOKATA")


def test_an_urgency_after_the_commission_decided_is_refused(sqlite_url: str) -> None:
    # Review of the demo's filings: an urgency saying "no decision has been delivered"
    # signed the same day as a lawsuit against the delivered decision. Once the
    # Commission's decision is recorded, the urgency has no object.
    cw, case_id = _urgency_case(sqlite_url, D(2024, 3, 1))
    cw.record_event(case_id, "commission-decision-delivered", D(2024, 5, 20))
    with pytest.raises(documents.DocumentError, match="Commission's decision was delivered"):
        documents.generate(case_id, "urgency", cw=cw)


def test_family_members_gender_comes_from_their_relation() -> None:
    from casework import filing_context

    assert filing_context.relation_gender("ćerka") == "f"
    assert filing_context.relation_gender("Sin") == "m"
    assert filing_context.relation_gender("rođak") == ""  # the word does not say


def test_a_minor_without_a_guardian_grants_no_power_of_attorney(sqlite_url: str) -> None:
    # Issue 10: "a 16-year-old signs as 'Vlastodavac' himself": the grantor of a minor
    # applying alone is the temporary guardian, who must be recorded first.
    cw = Casework(sqlite_url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer", sex="f")
    cw.set_setting("office_name", "Centar")
    cw.set_setting("office_address", "Beograd")
    client = cw.add_client(name_latin="Abdirahman Warsame", sex="m", unaccompanied_minor=True)
    case = cw.add_case(client.id, "regular", "first-instance", lawyer.id)
    with pytest.raises(documents.DocumentError, match="granted by the temporary guardian"):
        documents.generate(case.id, "poa", cw=cw)
    cw.update_client(client.id, cw.get_client(client.id).version, guardian_name="Milica Petrović")
    text = " ".join(_text(Path(documents.generate(case.id, "poa", cw=cw).document.path)).split())
    assert "Zakonski zastupnik vlastodavca" in text
    assert "Milica Petrović, privremeni staratelj maloletnog Abdirahmana Warsamea" in text
    # With her sex recorded the title agrees: "privremena starateljka" (and in the party
    # line "čija je zakonska zastupnica", the relative agreeing with the guardian).
    cw.update_client(client.id, cw.get_client(client.id).version, guardian_sex="f")
    text = " ".join(_text(Path(documents.generate(case.id, "poa", cw=cw).document.path)).split())
    assert "Milica Petrović, privremena starateljka maloletnog Abdirahmana Warsamea" in text
    assert "Zakonska zastupnica vlastodavca" in text
    assert "čija je zakonska zastupnica privremena starateljka Milica Petrović" in text


def test_an_application_after_the_offices_15_days_says_it_is_lodged_by_the_applicant(
    sqlite_url: str,
) -> None:
    # Registered Mon 4 Mar 2024 10:00: the Office's 15 days end Tue 19 Mar (ZAPZ čl. 36
    # st. 1); signed Wed 20 Mar, the applicant lodges within the 8 days of st. 2, to Wed
    # 27 Mar 2024 — and the application says so (the reading found it silent).
    cw = Casework(sqlite_url, actor="Ana Petrović")
    lawyer = cw.add_staff("Ana Petrović", "lawyer", sex="f")
    cw.set_setting("office_name", "Centar")
    cw.set_setting("office_address", "Beograd")
    client = cw.add_client(name_latin="Ahmad Karimi", sex="m", nationality="Avganistan")
    case = cw.add_case(client.id, "regular", "registration", lawyer.id)
    signed = D(2024, 3, 20)
    cw.record_event(case.id, "registration", D(2024, 3, 4), at_time=dt.time(10, 0),
                    reference="26-RP-1", today=signed)  # fmt: skip
    documents.set_drafting(case.id, cw.get_case(case.id).version, {"reasons": "Pretnje."}, cw)
    gen = documents.generate(case.id, "application", cw=cw, today=signed)
    text = " ".join(_text(Path(gen.document.path)).split())
    assert "(član 36. stav 1. Zakona o azilu i privremenoj zaštiti), koji je istekao 19. marta" in (
        text
    )
    assert "u roku od osam dana iz člana 36. stav 2." in text and "27. marta 2024." in text


def test_a_name_the_rule_declines_wrongly_takes_the_recorded_form(sqlite_url: str) -> None:
    # "Pavao" loses its fleeting a in the oblique cases (Pavla, Pavlu): the declension rule
    # drops the final -o as in Marko -> Marka and would write "Ovlašćujem Pavaa Ilića"; the
    # form recorded for the lawyer wins.
    cw = Casework(sqlite_url, actor="Pavao Ilić")
    lawyer = cw.add_staff("Pavao Ilić", "lawyer", sex="m", name_forms="akuzativ = Pavla  Ilića")
    assert lawyer.name_forms == "acc=Pavla Ilića"  # stored in one spelling
    cw.set_setting("office_name", "Centar za pravnu pomoć")
    cw.set_setting("office_address", "Kralja Milana 12, Beograd")
    client = cw.add_client(name_latin="Ahmad Karimi", sex="m", nationality="Avganistan")
    case = cw.add_case(client.id, "regular", "registration", lawyer.id)
    gen = documents.generate(case.id, "poa", cw=cw, today=D(2026, 12, 2))
    text = _text(Path(gen.document.path))
    assert "Ovlašćujem Pavla Ilića, pravnika udruženja" in text
    # A form written without its case is refused with what to write, nothing stored.
    with pytest.raises(ValidationError, match="CASE=FORM"):
        cw.update_staff(lawyer.id, name_forms="Pavla Ilića")
    with pytest.raises(ValidationError, match="unknown grammatical case"):
        cw.add_client(name_latin="Pavao Jović", sex="m", name_forms="ablativ=Pavla Jovića")
    assert cw.find_staff("Pavao Ilić").name_forms == "acc=Pavla Ilića"
