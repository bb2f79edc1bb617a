"""The shipped templates: which file, which fields each needs, and on which legal basis.

`required` lists what the filing cannot go out without (the statutory content of the
filing, FILINGS.md); `optional` what it prints when the case has it. Every field a
template's .docx uses appears in one of the two lists (checked by the tests).
"""

from __future__ import annotations

from assembler.contract import TemplateInfo

OFFICE_REQ = ("office_name", "office_address")
OFFICE_OPT = ("office_reg_no", "office_phone", "office_email", "office_ref_no")
REP_REQ = ("rep_full_name", "rep_kind", "rep_gender", "rep_city", "rep_address")
REP_OPT = ("rep_bar_no",)
CLIENT_REQ = ("client_full_name", "client_gender")
CLIENT_OPT = (
    "client_name_original",
    "client_birth_date",
    "client_birth_year",
    "client_birth_place",
    "client_citizenship",
    "client_stateless",
    "client_residence",
    "client_is_minor",
    "guardian_name",
    "guardian_gender",
    "guardian_csr",
)
FILING_REQ = ("place", "date_signed")
FILING_OPT = ()
# Filings that answer a time limit: a late one is confirmed with a reason (issue 10).
LATE = ("filed_late", "late_reason")

COMMON_REQ = OFFICE_REQ + REP_REQ + CLIENT_REQ + FILING_REQ
COMMON_OPT = OFFICE_OPT + REP_OPT + CLIENT_OPT + FILING_OPT

TEMPLATES: tuple[TemplateInfo, ...] = (
    TemplateInfo(
        id="application",
        filename="zahtev_za_azil.docx",
        title_sr="Zahtev za azil: podnesak Kancelariji za azil i podaci za obrazac",
        title_en="Asylum application: covering submission and form data sheet",
        default_script="latin",
        required=(
            *COMMON_REQ,
            "asylum_office_address",
            "registration_date",
            "registration_cert_no",
            "reasons",
        ),
        optional=(
            *COMMON_OPT,
            "attachments",
            "client_language",
            "co_applicants",
            "client_father_name",
            "client_mother_name",
            "client_birth_country",
            "registration_police_unit",
            "asylum_centre",
            "self_lodging",
            "office_deadline_date",
            "self_lodging_deadline_date",
            "marital_status",
            "ethnicity",
            "religion",
            "mother_tongue",
            "other_languages",
            "education_level",
            "education_detail",
            "occupation",
            "documents",
            "family_members",
            "left_origin_date",
            "route",
            "entry_date",
            "entry_place",
            "fear_on_return",
            "vulnerabilities",
            "officer_sex_pref",
            "interpreter_sex_pref",
            "interview_requests",
        ),
        legal_basis="ZAPZ (Sl. glasnik RS 24/2018) čl. 35–36 (podnošenje zahteva, propisani "
        "obrazac; broj člana L); ZUP čl. 4 i pravila o podnescima",
    ),
    TemplateInfo(
        id="appeal",
        filename="zalba.docx",
        title_sr="Žalba Komisiji za azil (preko Kancelarije za azil)",
        title_en="Appeal to the Asylum Commission (through the Asylum Office)",
        default_script="latin",
        required=(
            *COMMON_REQ,
            "asylum_office_address",
            "ao_decision_no",
            "ao_decision_date",
            "ao_decision_delivered",
            "ao_decision_outcome",
            "procedure_type",
            "appeal_days",
            "appeal_deadline",
            "grounds",
            "proposal",
        ),
        optional=(
            *COMMON_OPT,
            *LATE,
            "clauses_off",
            "copies",
            "attachments",
            "client_language",
            "co_applicants",
            "ao_legal_basis_cited",
            "appeal_basis",
            "decision_summary",
            "ground_text_postupak",
            "ground_text_cinjenice",
            "ground_text_materijalno",
            "evidence",
            "new_evidence_reason",
            "request_hearing",
        ),
        legal_basis="ZUP čl. 151 i dalje (žalba; sadržina M); ZAPZ čl. 40 (ubrzani postupak, "
        "8 dana), čl. 41 (granica, 5 dana), čl. 42 st. 4 (naknadni zahtev, 8 dana), "
        "rok 15 dana u redovnom postupku (M)",
    ),
    TemplateInfo(
        id="lawsuit",
        filename="tuzba.docx",
        title_sr="Tužba Upravnom sudu protiv rešenja Komisije za azil",
        title_en="Lawsuit to the Administrative Court against the Commission's decision",
        default_script="latin",
        required=(
            *COMMON_REQ,
            "court_address",
            # The defendant's address: the court serves the lawsuit on it (FILINGS.md 3).
            "commission_address",
            "commission_decision_no",
            "commission_decision_date",
            "commission_decision_delivered",
            "ao_decision_no",
            "ao_decision_date",
            "zus24_points",
            "reasoning",
            "proposal",
        ),
        optional=(
            *COMMON_OPT,
            "lawsuit_fee",
            *LATE,
            "lawsuit_copies",
            *(f"zus24_text_{n}" for n in range(1, 6)),
            "attachments",
            "co_applicants",
            "commission_outcome",
            "lawsuit_deadline",
            "decision_summary",
            "evidence",
            "request_hearing",
            "request_suspension",
            "suspension_reasons",
            "request_fee_exemption",
            "means_statement",
            "claim_costs",
        ),
        legal_basis="ZUS (Sl. glasnik RS 111/2009) čl. 18 st. 1 (rok 30 dana), čl. 22 "
        "(sadržina tužbe), čl. 23 (odlaganje izvršenja), čl. 24 (razlozi), čl. 33 (usmena "
        "rasprava); Zakon o sudskim taksama čl. 10",
    ),
    TemplateInfo(
        id="poa",
        filename="punomocje.docx",
        title_sr="Punomoćje za postupak azila",
        title_en="Power of attorney for the asylum procedure",
        default_script="latin",
        required=COMMON_REQ,
        optional=(
            *COMMON_OPT,
            "co_applicants",
            "client_id_doc",
            "client_language",
            "scope_bodies",
            "scope_matters",
            "powers",
            "interpreter_name",
            "client_name_forms",
            "rep_name_forms",
        ),
        legal_basis="ZUP (zastupanje, punomoćje; brojevi članova L); ZPP shodno pred Upravnim "
        "sudom (L); ne obuhvata ustavnu žalbu (posebno punomoćje)",
    ),
    TemplateInfo(
        id="poa-constitutional",
        filename="punomocje_ustavna_zalba.docx",
        title_sr="Specijalno punomoćje za ustavnu žalbu",
        title_en="Special power of attorney for a constitutional appeal",
        default_script="latin",
        required=(*COMMON_REQ, "contested_act_body", "contested_act_no", "contested_act_date"),
        optional=(
            *COMMON_OPT,
            "co_applicants",
            "contested_act_kind",
            "client_id_doc",
            "client_language",
            "interpreter_name",
            "client_name_forms",
            "rep_name_forms",
        ),
        legal_basis="Zakon o Ustavnom sudu čl. 85 (potpis lica sa specijalnim ovlašćenjem); "
        "Ustavni sud, „Podnošenje podnesaka“ (specijalno ovlašćenje)",
    ),
    TemplateInfo(
        id="urgency",
        filename="urgencija.docx",
        title_sr="Urgencija – ponovljeni zahtev za donošenje rešenja (ćutanje uprave)",
        title_en="Urgency – repeated request for a decision (administrative silence)",
        default_script="latin",
        # It goes to the Commission by registered post: its address is needed.
        required=(*COMMON_REQ, "silence_deadline", "commission_address"),
        optional=(
            *COMMON_OPT,
            "copies",
            "attachments",
            "co_applicants",
            "silence_level",
            "asylum_office_address",
            "ao_decision_no",
            "ao_decision_date",
            "appeal_lodged_date",
            "appeal_received_date",
            "proof_of_lodging",
            "special_period_days",
            "application_date",
            "urgency_reasons",
        ),
        legal_basis="ZUS čl. 19 st. 1 (60 + 7 dana, drugostepeni organ); ZUP čl. 151 st. 3 "
        "(žalba zbog ćutanja prvostepenog organa); Zakon o republičkim administrativnim "
        "taksama, tarifni br. 1, napomena (bez takse)",
    ),
    TemplateInfo(
        id="constitutional-appeal",
        filename="ustavna_zalba.docx",
        title_sr="Ustavna žalba",
        title_en="Constitutional appeal",
        default_script="cyrillic",
        required=(
            *COMMON_REQ,
            "constitutional_court_address",
            "contested_act_body",
            "contested_act_no",
            "contested_act_date",
            "contested_act_delivered",
            "facts",
            "exhaustion_statement",
            "violated_rights",
            "special_poa_date",
        ),
        optional=(
            *COMMON_OPT,
            *LATE,
            "co_applicants",
            "attachments",
            "client_id_doc",
            "contested_act_kind",
            "cc_deadline",
            "prior_acts",
            "damages_claim",
            "damages_amount",
            "damages_basis",
            "request_postponement",
            "postponement_reasons",
        ),
        legal_basis="Ustav čl. 170; Zakon o Ustavnom sudu čl. 82–92, čl. 84 (rok 30 dana, M), "
        "čl. 85 (sadržina), čl. 5 (ćirilica)",
    ),
)
