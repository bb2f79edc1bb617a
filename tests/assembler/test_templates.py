"""The shipped templates: every field declared, every filing renders and says what the case says.

These run the real catalogue (assembler/fields.py, assembler/templates.py) and the real
.docx files through the engine, with realistic and with hostile case data.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest

import assembler
from assembler.checking import template_fields
from assembler.contract import FieldType
from assembler.fields import FIELDS, FIELDS_BY_NAME
from assembler.templates import TEMPLATES
from templates_docx import TEMPLATES_DIR

IDS = [t.id for t in TEMPLATES]
INFO = {t.id: t for t in TEMPLATES}


# ------------------------------------------------------------------------------ contexts
def context(gender: str = "m", **changes: Any) -> dict[str, Any]:
    """A complete case as casework would export it (JSON-ready values)."""
    ctx: dict[str, Any] = {
        "office_name": "Centar za pravnu pomoć tražiocima azila",
        "office_address": "Kralja Milana 12, 11000 Beograd",
        "office_reg_no": "28123456",
        "office_phone": "+381 11 123 4567",
        "office_email": "kancelarija@primer.rs",
        "office_ref_no": "AZ-2024-017",
        "asylum_office_address": "Bulevar Mihajla Pupina 2, 11070 Novi Beograd",
        "commission_address": "Nemanjina 11, 11000 Beograd",
        "court_address": "Nemanjina 9, 11000 Beograd",
        "constitutional_court_address": "Bulevar kralja Aleksandra 15, 11000 Beograd",
        "rep_full_name": "Jelena Marković",
        "rep_kind": "advokat",
        "rep_gender": "f",
        "rep_city": "Beograda",
        "rep_address": "Kralja Milana 12, 11000 Beograd",
        "rep_bar_no": "BG-4711",
        "client_full_name": "Omar Al-Hassan" if gender == "m" else "Mariam Rahimi",
        "client_name_original": "عمر الحسن" if gender == "m" else "مریم رحیمی",
        "client_gender": gender,
        "client_birth_date": "1990-03-12",
        "client_birth_year": None,
        "client_birth_place": "Alep" if gender == "m" else "Herat",
        "client_birth_country": "Sirija" if gender == "m" else "Avganistan",
        "client_citizenship": "Sirije" if gender == "m" else "Avganistana",
        "client_stateless": False,
        "client_father_name": "Ahmad",
        "client_mother_name": "Fatima",
        "client_id_doc": "lična karta za tražioca azila br. 0012345",
        "client_residence": "Centar za azil Krnjača, Beograd",
        "client_language": "arapski" if gender == "m" else "persijski",
        "client_is_minor": False,
        "guardian_name": "",
        "guardian_csr": "",
        "co_applicants": [],
        "place": "Beogradu",
        "date_signed": "2024-05-06",
        "copies": 2,
        "attachments": [{"description": "Izveštaj o stanju u zemlji porekla (UNHCR, 2024)"}],
        # application
        "registration_cert_no": "26-5555/24",
        "registration_date": "2024-02-01",
        "registration_police_unit": "PU za grad Beograd",
        "asylum_centre": "Centar za azil Krnjača",
        "self_lodging": True,
        "office_deadline_date": "2024-02-16",
        "self_lodging_deadline_date": "2024-02-26",
        "marital_status": "u_braku",
        "ethnicity": "Arapin",
        "religion": "islam",
        "mother_tongue": "arapski",
        "other_languages": "engleski",
        "education_level": "srednje",
        "education_detail": "gimnazija u Alepu",
        "occupation": "električar",
        "documents": [
            {
                "doc_type": "pasoš",
                "number": "N0123456",
                "issuing_country": "Sirija",
                "status": "oduzeta",
            }
        ],
        "family_members": [
            {
                "full_name": "Leila Al-Hassan",
                "relation": "supruga",
                "birth_date": "1992-07-01",
                "citizenship": "Sirija",
                "whereabouts": "Turska",
                "also_applying": False,
            }
        ],
        "left_origin_date": "2023-09-10",
        "route": [
            {"country": "Turska", "period": "septembar 2023 – januar 2024", "notes": "Istanbul"},
            {"country": "Bugarska", "period": "januar 2024", "notes": "zadržan 10 dana"},
        ],
        "entry_date": "2024-01-30",
        "entry_place": "Dimitrovgrad",
        "reasons": "Pripadnici milicije pretili su mi smrću.\n\nMoj brat je ubijen 2022.",
        "fear_on_return": "Ako se vratim, biću uhapšen i mučen.",
        "vulnerabilities": ["zrtva_torture"],
        "officer_sex_pref": "bez",
        "interpreter_sex_pref": "f",
        "interview_requests": "Molimo da saslušanje ne bude zakazano pre 15 časova.",
        # appeal
        "ao_decision_no": "26-1234/24",
        "ao_decision_date": "2024-04-20",
        "ao_decision_delivered": "2024-04-26",
        "ao_decision_outcome": "odbijen",
        "procedure_type": "regular",
        "appeal_days": 15,
        "appeal_deadline": "2024-05-13",
        "ao_legal_basis_cited": "člana 38. Zakona o azilu i privremenoj zaštiti",
        "decision_summary": "Kancelarija je ocenila da iskaz nije verodostojan.",
        "grounds": ["postupak", "cinjenicno_stanje", "materijalno_pravo"],
        "ground_text_postupak": "Prevodilac nije govorio dijalekt podnosioca.",
        "ground_text_cinjenice": "Izveštaji o zemlji porekla su zastareli.",
        "ground_text_materijalno": "Povređeno je načelo zabrane vraćanja.",
        "evidence": [{"description": "Lekarski izveštaj od 02.04.2024.", "attached": True}],
        "new_evidence_reason": "Izveštaj je izdat posle saslušanja.",
        "proposal": "ponisti_i_vrati",
        "request_hearing": True,
        # lawsuit
        "commission_decision_no": "Až-12/24",
        "commission_decision_date": "2024-11-20",
        "commission_decision_delivered": "2024-12-09",
        "lawsuit_deadline": "2025-01-08",
        "commission_outcome": "zalba_odbijena",
        "zus24_points": ["1", "3", "4"],
        "reasoning": "Komisija je samo ponovila razloge prvostepenog organa.",
        "request_suspension": True,
        "suspension_reasons": "Tužiocu preti udaljenje u Bugarsku.",
        "request_fee_exemption": True,
        "means_statement": "Tužilac nema prihode i smešten je u centru za azil.",
        "claim_costs": True,
        # powers of attorney
        "scope_bodies": ["kancelarija_za_azil", "komisija_za_azil", "upravni_sud"],
        "scope_matters": ["azil", "ogranicenje_kretanja"],
        "powers": ["podnosi", "pravna_sredstva", "prima_pismena", "supstitucija"],
        "interpreter_name": "Samira Haddad",
        # urgency
        "silence_level": "second_instance",
        "appeal_lodged_date": "2024-05-10",
        "appeal_received_date": "2024-05-20",
        "special_period_days": None,
        "silence_deadline": "2024-07-19",
        "application_date": "2024-02-20",
        "urgency_reasons": "Podnosilac je bez isprava i ne može da radi.",
        "proof_of_lodging": "povratnica",
        # constitutional appeal
        "contested_act_body": "Upravni sud",
        "contested_act_kind": "",
        "contested_act_no": "3 U 21675/24",
        "contested_act_date": "2025-03-31",
        "contested_act_delivered": "2025-04-10",
        "cc_deadline": "2025-05-12",
        "prior_acts": [
            {"act": "rešenje Komisije za azil", "number": "Až-12/24", "date": "2024-11-20"},
        ],
        "facts": "Podnosilac je 01.02.2024. godine izrazio nameru da traži azil.",
        "exhaustion_statement": "Protiv presude Upravnog suda nije dozvoljen zahtev za "
        "preispitivanje.",
        "violated_rights": [
            {
                "constitution_article": "32. stav 1",
                "right_label": "Pravo na pravično suđenje",
                "echr_article": "6",
                "argument": "Sud nije ocenio nijedan navod tužbe.\n\nOdluka nije obrazložena.",
            },
            {
                "constitution_article": "25",
                "right_label": "Nepovredivost fizičkog i psihičkog integriteta",
                "echr_article": "3",
                "argument": "Povratak u Siriju izlaže podnosioca riziku od mučenja.",
            },
        ],
        "damages_claim": True,
        "damages_amount": "200.000,00 dinara",
        "damages_basis": "Dugotrajna neizvesnost i strah.",
        "request_postponement": True,
        "postponement_reasons": "Zakazano je udaljenje za 20.05.2025.",
        "special_poa_date": "2025-04-15",
    }
    ctx.update(changes)
    return ctx


def render_text(template_id: str, ctx: dict[str, Any], script: str = "latin") -> list[str]:
    """Render through the engine and read the text back with python-docx, paragraph by paragraph."""
    data = assembler.render_bytes(INFO[template_id], ctx, script=script)  # type: ignore[arg-type]
    document = docx.Document(io.BytesIO(data))
    out: list[str] = []

    def walk(container: Any) -> None:
        for para in container.paragraphs:
            out.append(para.text)
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    walk(cell)

    walk(document)
    for section in document.sections:
        walk(section.footer)
    return out


def text_of(template_id: str, ctx: dict[str, Any], script: str = "latin") -> str:
    return "\n".join(render_text(template_id, ctx, script))


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ------------------------------------------------------------------------------ catalogue
def test_every_docx_is_declared_and_every_declaration_has_its_file():
    files = {p.name for p in TEMPLATES_DIR.glob("*.docx")}
    assert files == {t.filename for t in TEMPLATES}
    assert len(set(IDS)) == len(IDS)
    assert set(IDS) >= {
        "application",
        "appeal",
        "lawsuit",
        "poa",
        "poa-constitutional",
        "urgency",
        "constitutional-appeal",
    }


def test_catalogue_is_well_formed():
    names = [f.name for f in FIELDS]
    assert len(names) == len(set(names)), "duplicate field names"
    for f in FIELDS:
        assert f.label_sr and f.label_en, f.name
        assert bool(f.choices) == (f.type in (FieldType.ENUM, FieldType.MULTI_ENUM)), f.name
        assert bool(f.columns) == (f.type is FieldType.LIST), f.name


@pytest.mark.parametrize("template_id", IDS)
def test_template_checks_clean(template_id):
    assert assembler.check_template(TEMPLATES_DIR / INFO[template_id].filename) == []


@pytest.mark.parametrize("template_id", IDS)
def test_declared_fields_are_exactly_the_used_ones(template_id):
    info = INFO[template_id]
    used = template_fields(TEMPLATES_DIR / info.filename)
    declared = set(info.required) | set(info.optional)
    assert used - declared == set(), "used but not declared"
    assert declared - used == set(), "declared but never used"
    assert set(info.required) - used == set(), "required but never printed"
    assert declared - set(FIELDS_BY_NAME) == set(), "declared but not in the catalogue"
    assert set(info.required).isdisjoint(info.optional)
    assert info.legal_basis


# ------------------------------------------------------------------------------ rendering
TEXT_FIELDS_SHOWN = {
    "application": ("client_name_original", "registration_cert_no", "occupation", "entry_place"),
    "appeal": ("ao_decision_no", "client_name_original", "rep_full_name", "office_email"),
    "lawsuit": ("commission_decision_no", "ao_decision_no", "court_address"),
    "poa": ("client_id_doc", "rep_address", "interpreter_name"),
    "poa-constitutional": ("contested_act_no", "client_id_doc"),
    "urgency": ("ao_decision_no", "proof_of_lodging", "commission_address"),
    "constitutional-appeal": ("contested_act_no", "constitutional_court_address"),
}


@pytest.mark.parametrize("gender", ["m", "f"])
@pytest.mark.parametrize("template_id", IDS)
def test_renders_with_full_case(template_id, gender):
    ctx = context(gender)
    text = text_of(template_id, ctx)
    for name in TEXT_FIELDS_SHOWN[template_id] + ("client_full_name", "office_name"):
        assert ctx[name] in text, name
    assert "None" not in text and "{{" not in text and "{%" not in text
    assert "U Beogradu, 6. maja 2024. godine" in text
    born = "rođena" if gender == "f" else "rođen"
    assert f"{born} 12.03.1990. godine" in text


@pytest.mark.parametrize(
    ("procedure", "outcome", "days", "deadline", "basis"),
    [
        # Each period with its provision (DOMAIN.md): regular 15 days, ZAPZ čl. 95 st. 1;
        # accelerated 8, čl. 40 st. 5; border 5, čl. 41 st. 7; a dismissal 8, čl. 42 st. 4.
        ("regular", "odbijen", 15, "13. maja 2024. godine", "članom 95. stav 1. Zakona o azilu"),
        ("accelerated", "odbijen", 8, "7. maja 2024. godine", "članom 40. stav 5. Zakona o"),
        ("border", "odbijen", 5, "2. maja 2024. godine", "članom 41. stav 7. Zakona o azilu"),
        ("subsequent", "odbacen_naknadni", 8, "7. maja 2024. godine", "članom 42. stav 4."),
        ("discontinuation", "obustava", 15, "13. maja 2024. godine", "članom 95. stav 1."),
    ],
)
def test_appeal_states_its_time_limit_per_procedure(procedure, outcome, days, deadline, basis):
    ctx = context(
        procedure_type=procedure,
        ao_decision_outcome=outcome,
        appeal_days=days,
        appeal_deadline=dt.date.fromisoformat("2024-05-13")
        if days == 15
        else ("2024-05-07" if days == 8 else "2024-05-02"),
    )
    text = one_line(text_of("appeal", ctx))
    assert f"u roku od {days} dana od dana dostavljanja ožalbenog rešenja" in text
    assert basis in text
    assert f"rok za žalbu ističe {deadline}" in text
    assert "dostavljeno 26. aprila 2024. godine" in text
    assert "Žalba je blagovremena" in text


@pytest.mark.parametrize("template_id", ["appeal", "lawsuit", "constitutional-appeal"])
def test_a_filing_confirmed_as_late_never_claims_to_be_in_time(template_id):
    # Issue 10: "Žalba je blagovremena … rok za žalbu ističe 16. oktobra 2026" in an appeal
    # generated on 2 December. Confirmed late, the text states the ended period and the
    # person's reason instead.
    reason = "Rešenje je uručeno bez pouke o pravnom leku na jeziku koji žalilac razume."
    text = one_line(text_of(template_id, context(filed_late=True, late_reason=reason)))
    assert "blagovremen" not in text and "u zakonskom roku" not in text
    assert "istekao" in text and reason in text
    plain = one_line(text_of(template_id, context()))
    assert "blagovremen" in plain


def test_appeal_variants_change_the_argument():
    accelerated = text_of("appeal", context(procedure_type="accelerated"))
    assert "Nisu bili ispunjeni uslovi za vođenje ubrzanog postupka" in accelerated
    safe = text_of("appeal", context(ao_decision_outcome="odbacen_sigurna_treca"))
    assert (
        "koncepta sigurne treće države" in safe and "non-refoulement" in safe
    )  # the statute says "država" (ZAPZ čl. 42, 45)
    regular = text_of("appeal", context())
    assert "ubrzanog postupka" not in regular and "sigurne treće" not in regular
    partial = one_line(
        text_of(
            "appeal",
            context(
                ao_decision_outcome="supsidijarna_umesto_utocista", proposal="preinaci_delimicno"
            ),
        )
    )
    # Before the reasoning, the part appealed is named once, in the title ("Ž A L B A
    # protiv rešenja … u delu kojim je odbijen …"); the introduction does not repeat it,
    # the reasoning says what the decision did and the proposal which part to change.
    scope = "u delu kojim je odbijen zahtev za priznavanje prava na utočište"
    before_reasoning = partial.split("O B R A Z L O Ž E NJ E")[0]
    assert before_reasoning.count(scope) == 1
    assert partial.split(scope)[0].rstrip(", ").endswith("godine")  # the title's line
    assert "ožalbeno rešenje preinači" in partial
    assert "odobrena supsidijarna zaštita" in partial


def test_appeal_selected_grounds_only():
    text = one_line(text_of("appeal", context(grounds=["materijalno_pravo"])))
    assert "a naročito zbog pogrešne primene materijalnog prava." in text
    assert "Bitna povreda pravila postupka" not in text
    assert "Prevodilac nije govorio dijalekt" not in text  # its text belongs to an unchosen ground


def test_appeal_party_gender_and_number():
    man = one_line(text_of("appeal", context("m")))
    assert "ŽALILAC:" in man and "državljanin Sirije" in man and "koga zastupa" in man
    assert "Žalilac u zakonskom roku" in man and "izjavljuje žalbu" in man
    woman = one_line(text_of("appeal", context("f")))
    assert "ŽALITELJKA:" in woman and "državljanka Avganistana" in woman
    assert "koju zastupa punomoćnica Jelena Marković, advokatica iz Beograda" in woman
    assert "ŽALILAC" not in woman
    husband = {
        "full_name": "Reza Rahimi",
        "gender": "m",
        "relation": "suprug",
        "birth_date": "1988-01-01",
        "citizenship": "Avganistana",
    }
    daughter = {
        "full_name": "Sara Rahimi",
        "gender": "f",
        "relation": "ćerka",
        "birth_date": "2015-06-01",
        "citizenship": "Avganistana",
    }
    family = one_line(text_of("appeal", context("f", co_applicants=[husband, daughter])))
    assert "ŽALIOCI:" in family and "Žalioci u zakonskom roku" in family
    assert "izjavljuju žalbu" in family and "2. Reza Rahimi (suprug)" in family
    assert "3. Sara Rahimi (ćerka)" in family
    women = one_line(text_of("appeal", context("f", co_applicants=[daughter])))
    assert "ŽALITELJKE:" in women and "Žaliteljke u zakonskom roku" in women


def test_lawsuit_requests_and_grounds():
    text = one_line(text_of("lawsuit", context("f")))
    assert "TUŽILJA:" in text and "TUŽENI: Komisija za azil" in text
    assert "članom 24. stav 1. tač. 1), 3) i 4) Zakona o upravnim sporovima" in text
    assert "sa zahtevom za odlaganje izvršenja" in text
    assert "nakon održane usmene rasprave" in text
    assert "u roku od 30 dana" in text and "ističe 8. januara 2025. godine" in text
    bare = one_line(
        text_of(
            "lawsuit",
            context(
                request_suspension=False,
                request_hearing=False,
                zus24_points=["4"],
                request_fee_exemption=False,
                claim_costs=False,
            ),
        )
    )
    assert "odlaganje izvršenja" not in bare and "usmene rasprave" not in bare
    assert "stav 1. tačka 4) Zakona" in bare and "sudskih taksi" not in bare


def test_urgency_second_and_first_instance():
    second = one_line(text_of("urgency", context()))
    assert "KOMISIJI ZA AZIL" in second and "član 19. Zakona o upravnim sporovima" in second
    assert "Rok od 60 dana" in second and "istekao je 19. jula 2024. godine" in second
    assert "u daljem roku od sedam dana" in second
    first = one_line(text_of("urgency", context(silence_level="first_instance")))
    assert "KANCELARIJA ZA AZIL" in first and "KOMISIJI ZA AZIL" not in first
    assert "podneo zahtev za azil" in first and "član 151. stav 3." in first


def test_powers_of_attorney():
    general = one_line(text_of("poa", context("f", rep_gender="m", rep_full_name="Ivan Ilić")))
    assert "VLASTODAVKA:" in general and "Ovlašćujem Ivana Ilića, advokata iz Beograda" in general
    assert "Komisija za azil" in general and "Vrhovni sud" not in general
    assert "ne obuhvata izjavljivanje ustavne žalbe" in general
    assert "prevedena mi je na persijski jezik" in general
    defaults = one_line(text_of("poa", context(scope_bodies=[], powers=[])))
    assert "Vrhovni sud" in defaults and "supstitucija" in defaults
    special = one_line(text_of("poa-constitutional", context()))
    assert (
        "da u moje ime izjavi ustavnu žalbu Ustavnom sudu protiv presude broj 3 U 21675/24 "
        "od 31.03.2025. godine, koju je doneo Upravni sud," in special
    )
    decision = one_line(text_of("poa-constitutional", context(contested_act_kind="resenje")))
    assert "protiv rešenja broj 3 U 21675/24 od 31.03.2025. godine, koje je doneo" in decision


def test_constitutional_appeal_content_and_cyrillic():
    latin = one_line(text_of("constitutional-appeal", context()))
    assert "zbog povrede prava zajemčenih članom 32. stav 1. i članom 25. Ustava" in latin
    # The case says 2 copies (for its appeal); the Constitutional Court takes three,
    # always (FILINGS.md 5, "fixed 3").
    assert "u roku od 30 dana" in latin and "u 3 primerka" in latin and "u 2 primerka" not in latin
    assert "naknadu nematerijalne štete u iznosu od 200.000,00 dinara" in latin
    assert INFO["constitutional-appeal"].default_script == "cyrillic"
    cyr = one_line(text_of("constitutional-appeal", context(), script="cyrillic"))
    assert "УСТАВНОМ СУДУ" in cyr and "У С Т А В Н А" in cyr
    assert "عمر الحسن" in cyr  # a name in another script is left as written


def test_minor_with_guardian():
    ctx = context(
        client_is_minor=True,
        guardian_name="Milica Petrović",
        guardian_csr="Centar za socijalni rad Palilula",
    )
    text = one_line(text_of("poa", ctx))
    assert "maloletan, čiji je zakonski zastupnik privremeni staratelj Milica Petrović" in text
    assert "Milica Petrović, privremeni staratelj maloletnog Omara Al-Hassana" in text


# ------------------------------------------------------------------------------ hostile data
HOSTILE = "A&B <Co> \"quoted\" 'single' Ђорђе Џаковић عمر الحسن محمد رضایی 🙂🇷🇸"


def hostile_context() -> dict[str, Any]:
    paragraphs = [
        f"Paragraf {i}: " + ("Činjenica & dokaz <važno> „navod“ 🙂 " * 8) for i in range(17)
    ]
    long_text = "\n\n\n".join(paragraphs)
    assert len(long_text) >= 5000
    ctx = context()
    for name, field in FIELDS_BY_NAME.items():
        if name.endswith("_name_forms"):
            # a person's recorded forms have a shape: CASE=FORM
            ctx[name] = f"acc={HOSTILE} [{name}]"
        elif field.type is FieldType.TEXT:
            ctx[name] = f"{HOSTILE} [{name}]"
        elif field.type is FieldType.MULTILINE:
            ctx[name] = long_text
    ctx["co_applicants"] = [
        {
            "full_name": HOSTILE,
            "gender": "",
            "relation": "",
            "birth_date": "",
            "citizenship": "",
        }
    ]
    ctx["violated_rights"][0]["argument"] = long_text
    ctx["evidence"] = [{"description": HOSTILE, "attached": False}]
    ctx["attachments"] = [{"description": HOSTILE}]
    return ctx


@pytest.mark.parametrize("template_id", IDS)
def test_hostile_values_come_out_exactly_as_entered(template_id):
    ctx = hostile_context()
    paragraphs = render_text(template_id, ctx)
    text = "\n".join(paragraphs)
    info = INFO[template_id]
    for name in set(info.required) | set(info.optional):
        field = FIELDS_BY_NAME[name]
        if field.type is FieldType.TEXT:
            if name in ("guardian_name", "guardian_csr") and not ctx["client_is_minor"]:
                continue
            if name == "client_name_forms":
                continue  # the client's accusative is never printed (the genitive for a minor)
            if template_id == "urgency" and name == "asylum_office_address":
                continue  # only the first-instance variant writes to the Asylum Office
            if name == "lawsuit_fee" and ctx.get("request_fee_exemption"):
                continue  # the fee is stated as paid only without an exemption request
            assert f"{HOSTILE} [{name}]" in text, name
    if any(FIELDS_BY_NAME[n].type is FieldType.MULTILINE for n in info.required):
        # every paragraph of the long text is its own Word paragraph, blank lines dropped
        for i in (0, 8, 16):
            expected = f"Paragraf {i}: " + ("Činjenica & dokaz <važno> „navod“ 🙂 " * 8)
            assert expected.strip() in [p.strip() for p in paragraphs]
    assert "&amp;" not in text and "&lt;" not in text


@pytest.mark.parametrize("template_id", IDS)
def test_empty_optional_fields_render_cleanly(template_id):
    info = INFO[template_id]
    full = context()
    ctx = {name: full[name] for name in info.required}
    text = one_line(text_of(template_id, ctx))
    assert "None" not in text
    assert " , " not in text and ",," not in text and "()" not in text
    assert full["client_full_name"] in text


def test_missing_required_field_is_reported_with_its_label():
    ctx = context()
    del ctx["appeal_deadline"]
    with pytest.raises(assembler.ValidationError) as info:
        assembler.render_bytes(INFO["appeal"], ctx)
    assert "appeal_deadline" in str(info.value) or "Poslednji dan roka" in str(info.value)


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_every_template_converts_to_pdf(tmp_path: Path):
    for template_id in IDS:
        data = assembler.render_bytes(INFO[template_id], hostile_context())
        (tmp_path / f"{template_id}.docx").write_bytes(data)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *sorted(str(p) for p in tmp_path.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for template_id in IDS:
        assert (tmp_path / f"{template_id}.pdf").stat().st_size > 1000


def test_power_of_attorney_declines_the_grantee_and_the_matters():
    # Issue 10: "Ovlašćujem Ana Petrović" -> "Anu Petrović"; "koji se odnose na: azil i
    # privremena zaštita" -> "…privremenu zaštitu" (the accusative after "na").
    text = one_line(
        text_of("poa", context("m", rep_gender="f", rep_full_name="Ana Petrović", scope_matters=[]))
    )
    assert "Ovlašćujem Anu Petrović, advokaticu iz Beograda" in text
    assert "koji se odnose na: azil i privremenu zaštitu" in text


def test_the_closing_is_chained_and_table_rows_never_split():
    # Issue 10 (layout): the last paragraph, the place and date and the signature are
    # marked "keep with next" (Word keeps them on one page), and no table row breaks.
    data = assembler.render_bytes(INFO["appeal"], context())
    document = docx.Document(io.BytesIO(data))
    # The place, date and signature are one table row that may not split ...
    [closing] = [t for t in document.tables if t.rows[0].cells[0].text.startswith("U Beogradu")]
    assert (
        closing.rows[0]._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"
        )
        is not None
    )
    # ... and the filing's last paragraph before it keeps with it.
    last = [p for p in document.paragraphs if p.text.strip()][-1]
    assert last.paragraph_format.keep_with_next, last.text
    data = assembler.render_bytes(INFO["application"], context())
    rows = docx.Document(io.BytesIO(data)).element.body.iter(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr"
    )
    assert all(
        row.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trPr/"
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"
        )
        is not None
        for row in rows
    )


def test_legal_content_the_reading_found_missing():
    # Issue 10, legal content (FILINGS.md 3, 5, 6).
    # Lawsuit: the defendant with its address; the court fee (390,00 RSD, Law on Court
    # Fees) stated as paid with the proof attached, unless an exemption is requested.
    lawsuit = one_line(text_of("lawsuit", context(request_fee_exemption=False)))
    assert "TUŽENI: Komisija za azil, " in lawsuit
    assert "Sudska taksa za tužbu u iznosu od 390,00 dinara plaćena je" in lawsuit
    assert "Dokaz o uplati sudske takse" in lawsuit
    assert "(član 96. stav 2. Zakona o azilu i privremenoj zaštiti)" in lawsuit
    # Copies: court + defendant + the stamped return copy = "u 3 primerka" when the office
    # set none (FILINGS.md 3(c)); a count the office set for the lawsuit is printed as
    # set, declined ("u 5 primeraka"); the appeal's count is the appeal's, not the lawsuit's.
    assert "u 3 primerka" in one_line(text_of("lawsuit", context(lawsuit_copies=None)))
    assert "u 3 primerka" in one_line(text_of("lawsuit", context(copies=2)))
    assert "u 5 primeraka" in one_line(text_of("lawsuit", context(lawsuit_copies=5)))
    exempt = one_line(text_of("lawsuit", context(request_fee_exemption=True)))
    assert "plaćena je" not in exempt and "Dokazi o imovinskom stanju" in exempt
    # Constitutional appeal: the court named in the title and the proposal, the lawsuit
    # attached, three copies even when none were given.
    cc = one_line(text_of("constitutional-appeal", context(contested_act_body="Upravni sud",
                                                           copies=None)))  # fmt: skip
    assert "protiv presude Upravnog suda broj" in cc
    # "poništi" takes the accusative: "presudu", not "presude".
    expected = (
        "poništi presudu Upravnog suda broj 3 U 21675/24 i odredi da isti sud ponovo odluči o tužbi"
    )
    assert expected in cc
    assert "Kopija tužbe podnete Upravnom sudu" in cc and "u 3 primerka" in cc
    # Urgency: who received the appeal, since that day starts the Commission's 60 days.
    urgency = one_line(text_of("urgency", context(appeal_received_date="2024-03-01")))
    assert "žalba je primljena u Komisiji za azil 1. marta 2024. godine" in urgency


def test_plural_agreement_and_cases_the_reading_found_wrong():
    # Issue 10, grammar, each quoted from a generated filing.
    daughter = {"full_name": "Sara Rahimi", "gender": "f", "relation": "ćerka",
                "birth_date": "2015-06-01", "citizenship": "Avganistana"}  # fmt: skip
    # Several appellants: "da iznese … i pribavi" -> "iznesu … pribave" (plural subject);
    # "da se žalioci vrati" -> "vrate"; "Sve koje zastupa" -> "Sve ih zastupa", and for
    # two women "Obe" (a reviewer's reading of the first fix).
    family = one_line(text_of("appeal", context("f", co_applicants=[daughter],
                                                procedure_type="accelerated")))  # fmt: skip
    assert "stvarnu mogućnost da iznesu sve činjenice i pribave dokaze" in family
    assert "Obe zastupa" in family and "Sve koje" not in family
    three = one_line(text_of("appeal", context("f", co_applicants=[daughter, daughter])))
    assert "Sve ih zastupa" in three
    dismissed = context("m", co_applicants=[daughter], ao_decision_outcome="odbacen_sigurna_treca")
    third = one_line(text_of("appeal", dismissed))
    assert " vrate u tu državu" in third
    # "o žalbi tužilje izjavljena" -> "izjavljenoj" (the locative agrees).
    lawsuit = one_line(text_of("lawsuit", context("f", commission_outcome="drugo")))
    assert "odlučeno je o žalbi tužilje izjavljenoj protiv rešenja" in lawsuit
    # "prevedena mi je na kirundi, francuski jezik" -> "na kirundi ili francuski jezik".
    poa = one_line(text_of("poa", context(client_language="kirundi, francuski")))
    assert "prevedena mi je na kirundi ili francuski jezik" in poa


def test_review_findings_in_wording():
    # A woman representative is "PUNOMOĆNICA" in the constitutional appeal's parties.
    cc = one_line(text_of("constitutional-appeal", context(rep_gender="f")))
    assert "PUNOMOĆNICA:" in cc and "PUNOMOĆNIK:" not in cc
    # "…Zakona o upravnim sporovima, koji ističe" made the law expire: the period does.
    lawsuit = one_line(text_of("lawsuit", context()))
    assert "Zakona o upravnim sporovima; rok ističe" in lawsuit
    # A daughter applying with her mother: "državljanka", not "državljanstvo:".
    daughter = {"full_name": "Noor Kovalenko", "gender": "f", "relation": "ćerka",
                "birth_date": "2014-04-22", "citizenship": "Ukrajine"}  # fmt: skip
    family = one_line(text_of("appeal", context("f", co_applicants=[daughter])))
    assert "Noor Kovalenko (ćerka), datum rođenja: 22.04.2014. godine, državljanka Ukrajine" in (
        family
    )


def test_prima_is_serbian_unless_it_is_prima_facie():
    from assembler.translit import to_cyrillic

    # "prima" (receives) in a power of attorney; "prima facie" is Latin.
    assert to_cyrillic("– prima pismena") == "– прима писмена"
    assert to_cyrillic("prima facie dokaz") == "prima facie доказ"


def test_a_parent_grants_the_power_also_for_a_minor_child():
    # Issue 10: co-applicant children need "u svoje ime i kao zakonski zastupnik
    # maloletne …". The daughter, born 22.04.2014, is a minor on 06.05.2024.
    daughter = {"full_name": "Noor Kovalenko", "gender": "f", "relation": "ćerka",
                "birth_date": "2014-04-22", "citizenship": "Ukrajine"}  # fmt: skip
    poa = one_line(text_of("poa", context("f", co_applicants=[daughter])))
    assert (
        "u svoje ime i kao zakonska zastupnica maloletne Noor Kovalenko, rođene "
        "22.04.2014. godine." in poa
    )
    adult = dict(daughter, birth_date="1990-01-01")
    assert "u svoje ime" not in one_line(text_of("poa", context("f", co_applicants=[adult])))


def _closing_pages(tmp_path: Path, template_id: str, lengths: range) -> list[tuple[int, str]]:
    """Render one filing per length of the lawyer's text (one line more each time, so every
    position of the page break is tried), convert them in one LibreOffice run, and return
    (length, why) for each PDF whose closing is split or alone on its page."""
    for n in lengths:
        paras = "\n\n".join(f"Pasus {i}." for i in range(n))
        ctx = context(
            decision_summary=paras, reasoning=paras, urgency_reasons=paras, interview_requests=paras
        )
        ctx["attachments"] = [{"description": f"Prilog {i}"} for i in range(n)]
        data = assembler.render_bytes(INFO[template_id], ctx)
        (tmp_path / f"{template_id}-{n:03d}.docx").write_bytes(data)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         *sorted(str(p) for p in tmp_path.glob(f"{template_id}-*.docx"))],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    bad = []
    for n in lengths:
        pdf = str(tmp_path / f"{template_id}-{n:03d}.pdf")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True)
        pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
        for page in range(1, pages + 1):
            text = subprocess.run(
                ["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            lines = [x.strip() for x in text.splitlines() if x.strip() and not x.strip().isdigit()]
            starts = [i for i, line in enumerate(lines) if line.startswith("U Beogradu")]
            if starts and starts[0] == 0:
                bad.append(
                    (n, "the place and date open the page: nothing of the text is with them")
                )
            elif starts and not any(
                "Jelena Marković" in line or "Potpis podnosioca" in line
                for line in lines[starts[0] :]
            ):
                bad.append((n, "the signature is cut from the place and date"))
    return bad


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("template_id", ["appeal", "urgency", "application"])
def test_the_closing_never_splits_nor_stands_alone_on_the_pdf(tmp_path: Path, template_id):
    # Issue 10: "the signature block falls alone onto the last page" and the urgency's
    # signature was split over two pages. Checked on the PDF LibreOffice makes, for every
    # position of the page break. The application has two closings (the submission and
    # its data sheet); the review found the first one alone on its page.
    assert _closing_pages(tmp_path, template_id, range(0, 48)) == []


def test_built_in_arguments_switch_off_and_attached_evidence_is_listed():
    # Issue 10: "the fixed paragraph claiming that shortened time limits are in themselves
    # a procedural violation cannot be switched off"; evidence marked "(u prilogu)" was not
    # among the attachments; a discontinuation read "…koji je obustavljen, obustavljen je".
    on = one_line(text_of("appeal", context(procedure_type="accelerated")))
    assert "Skraćeni rokovi tog postupka" in on
    off = one_line(
        text_of("appeal", context(procedure_type="accelerated", clauses_off=["skraceni_postupak"]))
    )
    assert "Skraćeni rokovi tog postupka" not in off
    evidence = [{"description": "Lekarski izveštaj od 02.04.2024.", "attached": True}]
    listed = one_line(text_of("appeal", context(evidence=evidence, attachments=[])))
    assert "3. Lekarski izveštaj od 02.04.2024." in listed
    stopped = one_line(
        text_of("appeal", context(procedure_type="discontinuation", ao_decision_outcome="obustava"))
    )
    assert "koji je obustavljen, obustavljen" not in stopped
    assert "Ožalbenim rešenjem obustavljen je postupak" in stopped
