"""The catalogue of every field a shipped template may use.

One declared list, so that `casework` knows what to put into a context, the engine knows
what to validate, and a paralegal sees a Serbian label (and a lawyer an English one) when
something is missing. Names and enum values follow `FILINGS.md`; where the filing needs a
word in a particular case (genitive country names), the help text says so, because the
template prints the value as entered.
"""

from __future__ import annotations

from assembler.contract import Field, FieldType

T = FieldType

GENDER = ("m", "f")


def _f(
    name: str,
    type_: FieldType,
    label_sr: str,
    label_en: str,
    *,
    choices: tuple[str, ...] = (),
    columns: tuple[Field, ...] = (),
    help_sr: str = "",
    help_en: str = "",
) -> Field:
    """Keep the table below one line per field, like the table in FILINGS.md."""
    return Field(name, type_, label_sr, label_en, choices, columns, help_sr, help_en)


# --- Office letterhead and addresses of the bodies (from settings) --------------------
OFFICE: tuple[Field, ...] = (
    _f("office_name", T.TEXT, "Naziv kancelarije / udruženja", "Office name"),
    _f("office_address", T.TEXT, "Adresa kancelarije", "Office address"),
    _f("office_reg_no", T.TEXT, "Matični broj / PIB", "Registration number"),
    _f("office_phone", T.TEXT, "Telefon kancelarije", "Office phone"),
    _f("office_email", T.TEXT, "E-pošta kancelarije", "Office e-mail"),
    _f("office_ref_no", T.TEXT, "Naš broj (interni broj predmeta)", "Our reference"),
    _f(
        "asylum_office_address",
        T.TEXT,
        "Adresa Kancelarije za azil",
        "Asylum Office address",
        help_sr="Iz podešavanja, npr. Bulevar Mihajla Pupina 2, 11070 Novi Beograd.",
        help_en="From settings, e.g. Bulevar Mihajla Pupina 2, 11070 Novi Beograd.",
    ),
    _f(
        "commission_address",
        T.TEXT,
        "Adresa Komisije za azil",
        "Asylum Commission address",
        help_sr="Nije potvrđena (FILINGS.md); uzeti iz zaglavlja skorašnjeg rešenja Komisije.",
        help_en="Unconfirmed (FILINGS.md); take it from a recent Commission decision.",
    ),
    _f("court_address", T.TEXT, "Adresa Upravnog suda", "Administrative Court address"),
    _f(
        "constitutional_court_address",
        T.TEXT,
        "Adresa Ustavnog suda",
        "Constitutional Court address",
    ),
)

# --- The signing representative ---------------------------------------------------------
REPRESENTATIVE: tuple[Field, ...] = (
    _f("rep_full_name", T.TEXT, "Ime i prezime punomoćnika", "Representative's full name"),
    _f(
        "rep_kind",
        T.ENUM,
        "Svojstvo punomoćnika",
        "Representative's capacity",
        choices=("advokat", "pravnik_udruzenja"),
        help_sr="advokat: potpis „advokat iz …“; pravnik_udruzenja: potpis „Za [udruženje]“.",
        help_en="advokat: signs as attorney; pravnik_udruzenja: signs for the association.",
    ),
    _f("rep_gender", T.ENUM, "Pol punomoćnika", "Representative's gender", choices=GENDER),
    _f(
        "rep_city",
        T.TEXT,
        "Sedište punomoćnika (u genitivu)",
        "Representative's city (genitive)",
        help_sr="Za formulu „advokat iz Beograda“: upisati „Beograda“.",
        help_en="For 'advokat iz Beograda': enter 'Beograda'.",
    ),
    _f("rep_address", T.TEXT, "Adresa za prijem pismena", "Address for service"),
    _f("rep_bar_no", T.TEXT, "Broj upisa u imenik advokata", "Bar registration number"),
)

# --- The client -------------------------------------------------------------------------
CLIENT: tuple[Field, ...] = (
    _f("client_full_name", T.TEXT, "Ime i prezime stranke", "Client's full name"),
    _f(
        "client_name_original",
        T.TEXT,
        "Ime i prezime na izvornom pismu",
        "Name in the original script",
    ),
    _f("client_gender", T.ENUM, "Pol stranke", "Client's gender", choices=GENDER),
    _f("client_birth_date", T.DATE, "Datum rođenja", "Date of birth"),
    _f(
        "client_birth_year",
        T.INT,
        "Godina rođenja",
        "Year of birth",
        help_sr="Štampa se samo kada datum rođenja nije poznat.",
        help_en="Printed only when the date of birth is unknown.",
    ),
    _f("client_birth_place", T.TEXT, "Mesto rođenja", "Place of birth"),
    _f("client_birth_country", T.TEXT, "Država rođenja", "Country of birth"),
    _f(
        "client_citizenship",
        T.TEXT,
        "Državljanstvo (naziv države u genitivu)",
        "Citizenship (country name, genitive)",
        help_sr="Štampa se kao „državljanin Avganistana“: upisati „Avganistana“.",
        help_en="Printed as 'državljanin Avganistana': enter 'Avganistana'.",
    ),
    _f(
        "client_stateless",
        T.BOOL,
        "Lice bez državljanstva",
        "Stateless person",
        help_sr="Štampa „lice bez državljanstva“ umesto državljanstva.",
        help_en="Prints 'stateless person' instead of a citizenship.",
    ),
    _f("client_father_name", T.TEXT, "Ime oca", "Father's name"),
    _f("client_mother_name", T.TEXT, "Ime majke", "Mother's name"),
    _f(
        "client_id_doc",
        T.TEXT,
        "Identifikaciona isprava (vrsta i broj)",
        "Identity document (kind and number)",
        help_sr="Npr. „lična karta za tražioca azila br. 123“; stranci po pravilu nemaju JMBG.",
        help_en="E.g. asylum-seeker ID card no.; foreigners normally have no JMBG.",
    ),
    _f(
        "client_residence",
        T.TEXT,
        "Boravište",
        "Residence",
        help_sr="Štampa se posle „sa boravištem na adresi:“, npr. „Centar za azil Krnjača“.",
        help_en="Printed after 'residing at:', e.g. 'Centar za azil Krnjača, Beograd'.",
    ),
    _f("client_language", T.TEXT, "Jezik za prevođenje", "Language for interpretation"),
    _f("client_is_minor", T.BOOL, "Maloletno lice", "Minor"),
    _f(
        "client_name_forms",
        T.TEXT,
        "Padeži imena klijenta (gde pravilo greši)",
        "The client's name in grammatical cases (where the rule is wrong)",
        help_sr="Npr. „gen=Pavla Ilića; acc=Pavla Ilića“.",
        help_en="E.g. “gen=Pavla Ilića; acc=Pavla Ilića”.",
    ),
    _f(
        "rep_name_forms",
        T.TEXT,
        "Padeži imena punomoćnika (gde pravilo greši)",
        "The representative's name in grammatical cases (where the rule is wrong)",
        help_sr="Npr. „acc=Pavla Ilića“.",
        help_en="E.g. “acc=Pavla Ilića”.",
    ),
    _f("guardian_name", T.TEXT, "Ime privremenog staratelja", "Temporary guardian's name"),
    _f(
        "guardian_gender",
        T.ENUM,
        "Pol privremenog staratelja",
        "Temporary guardian's sex",
        choices=("m", "f"),
        help_sr="Za oblik „privremena starateljka“; bez njega „privremeni staratelj“.",
        help_en="For “privremena starateljka”; without it, “privremeni staratelj”.",
    ),
    _f(
        "guardian_csr",
        T.TEXT,
        "Centar za socijalni rad koji je postavio staratelja (i akt)",
        "Social-welfare centre that appointed the guardian (and the act)",
    ),
    _f(
        "co_applicants",
        T.LIST,
        "Članovi porodice koji su stranke u postupku",
        "Family members who are parties",
        help_sr="Svako lice iz liste je saučesnik podneska (žalioci, tužioci).",
        help_en="Everyone listed joins the filing (several appellants or plaintiffs).",
        columns=(
            _f("full_name", T.TEXT, "Ime i prezime", "Full name"),
            _f(
                "gender",
                T.ENUM,
                "Pol",
                "Gender",
                choices=GENDER,
                help_sr="Određuje množinu: „žaliteljke“ samo ako su sve stranke žene.",
                help_en="Decides the plural: feminine only if every party is a woman.",
            ),
            _f("relation", T.TEXT, "Srodstvo sa stranom", "Relation to the client"),
            _f("birth_date", T.DATE, "Datum rođenja", "Date of birth"),
            _f("citizenship", T.TEXT, "Državljanstvo (genitiv)", "Citizenship (genitive)"),
        ),
    ),
)

# --- Filing metadata -----------------------------------------------------------------------
FILING: tuple[Field, ...] = (
    _f(
        "place",
        T.TEXT,
        "Mesto potpisivanja (u lokativu)",
        "Place of signing (locative)",
        help_sr="Štampa se kao „U Beogradu, …“: upisati „Beogradu“.",
        help_en="Printed as 'U Beogradu, …': enter 'Beogradu'.",
    ),
    _f("date_signed", T.DATE, "Datum potpisivanja", "Date of signing"),
    _f(
        "filed_late",
        T.BOOL,
        "Podnosi se po isteku roka (potvrđeno)",
        "Filed after the deadline (confirmed)",
        help_sr="Postavlja ga azil kada osoba potvrdi podnošenje po isteku roka: tekst tada "
        "ne tvrdi da je podnesak blagovremen.",
        help_en="Set by azil when the person confirms a late filing: the text then never "
        "claims it is in time.",
    ),
    _f(
        "late_reason",
        T.MULTILINE,
        "Razlog podnošenja po isteku roka",
        "Why it is filed after the deadline",
    ),
    _f(
        "copies",
        T.INT,
        "Broj primeraka",
        "Number of copies",
        help_sr="Za žalbu i urgenciju; tužba ima svoj broj (lawsuit_copies), ustavna žalba uvek 3.",
        help_en="For the appeal and the urgency; the lawsuit has its own count "
        "(lawsuit_copies), the constitutional appeal always 3.",
    ),
    _f(
        "lawsuit_copies",
        T.INT,
        "Broj primeraka tužbe",
        "Copies of the lawsuit",
        help_sr="Podrazumevano 3: sud, tuženi i overeni primerak koji se vraća; više ako ima "
        "zainteresovanih lica.",
        help_en="3 by default: the court, the defendant and the stamped return copy; more "
        "where there are interested persons.",
    ),
    _f(
        "attachments",
        T.LIST,
        "Ostali prilozi",
        "Further attachments",
        help_sr="Nabrajaju se posle stalnih priloga (punomoćje, osporeni akt).",
        help_en="Listed after the standard ones (power of attorney, contested act).",
        columns=(_f("description", T.TEXT, "Prilog", "Attachment"),),
    ),
)

# --- 1. Asylum application --------------------------------------------------------------------
APPLICATION: tuple[Field, ...] = (
    _f("registration_cert_no", T.TEXT, "Broj potvrde o registraciji", "Registration cert. no."),
    _f("registration_date", T.DATE, "Datum registracije", "Date of registration"),
    _f(
        "registration_police_unit",
        T.TEXT,
        "Policijska uprava / stanica koja je izvršila registraciju",
        "Police unit that registered",
    ),
    _f("asylum_centre", T.TEXT, "Centar za azil u koji je upućen", "Asylum centre referred to"),
    _f(
        "self_lodging",
        T.BOOL,
        "Samostalno podnošenje (Kancelarija nije omogućila podnošenje u roku od 15 dana)",
        "Lodged on own initiative (Office did not enable lodging within 15 days)",
    ),
    _f(
        "office_deadline_date",
        T.DATE,
        "Istek roka od 15 dana za Kancelariju",
        "End of the Office's 15 days",
    ),
    _f(
        "self_lodging_deadline_date",
        T.DATE,
        "Istek roka od 8 dana za samostalno podnošenje",
        "End of the 8 days for lodging",
    ),
    _f(
        "marital_status",
        T.ENUM,
        "Bračno stanje",
        "Marital status",
        choices=("neozenjen", "u_braku", "vanbracna_zajednica", "razveden", "udovac", "odvojen"),
    ),
    _f("ethnicity", T.TEXT, "Nacionalna / etnička pripadnost", "Ethnicity"),
    _f("religion", T.TEXT, "Veroispovest", "Religion"),
    _f("mother_tongue", T.TEXT, "Maternji jezik", "Mother tongue"),
    _f("other_languages", T.TEXT, "Drugi jezici", "Other languages"),
    _f(
        "education_level",
        T.ENUM,
        "Obrazovanje",
        "Education",
        choices=("bez", "osnovno", "srednje", "visoko"),
    ),
    _f("education_detail", T.TEXT, "Škola, zvanje", "School, degree"),
    _f("occupation", T.TEXT, "Zanimanje", "Occupation"),
    _f(
        "documents",
        T.LIST,
        "Isprave",
        "Documents",
        columns=(
            _f("doc_type", T.TEXT, "Vrsta isprave", "Kind of document"),
            _f("number", T.TEXT, "Broj", "Number"),
            _f("issuing_country", T.TEXT, "Država izdavanja", "Issuing country"),
            _f(
                "status",
                T.ENUM,
                "Gde se nalazi",
                "Where it is",
                choices=("kod_podnosioca", "izgubljena", "oduzeta", "drugo"),
            ),
        ),
    ),
    _f(
        "family_members",
        T.LIST,
        "Članovi porodice",
        "Family members",
        columns=(
            _f("full_name", T.TEXT, "Ime i prezime", "Full name"),
            _f("relation", T.TEXT, "Srodstvo", "Relationship"),
            _f("birth_date", T.DATE, "Datum rođenja", "Date of birth"),
            _f("citizenship", T.TEXT, "Državljanstvo", "Citizenship"),
            _f("whereabouts", T.TEXT, "Gde se nalazi", "Whereabouts"),
            _f("also_applying", T.BOOL, "Traži azil", "Also applying"),
        ),
    ),
    _f("left_origin_date", T.DATE, "Datum napuštanja zemlje porekla", "Date of leaving origin"),
    _f(
        "route",
        T.LIST,
        "Put do Republike Srbije",
        "Route to Serbia",
        columns=(
            _f("country", T.TEXT, "Država", "Country"),
            _f("period", T.TEXT, "Period boravka", "Period of stay"),
            _f("notes", T.TEXT, "Napomena", "Notes"),
        ),
    ),
    _f("entry_date", T.DATE, "Datum ulaska u Srbiju", "Date of entry into Serbia"),
    _f("entry_place", T.TEXT, "Mesto ulaska u Srbiju", "Place of entry into Serbia"),
    _f("reasons", T.MULTILINE, "Razlozi za traženje azila", "Reasons for seeking asylum"),
    _f("fear_on_return", T.MULTILINE, "Strah od povratka", "Fear on return"),
    _f(
        "vulnerabilities",
        T.MULTI_ENUM,
        "Posebne potrebe",
        "Special needs",
        choices=(
            "maloletnik_bez_pratnje",
            "zrtva_torture",
            "zrtva_trgovine_ljudima",
            "invaliditet",
            "zdravstveni_problemi",
            "trudnoca",
            "starije_lice",
            "drugo",
        ),
    ),
    _f(
        "officer_sex_pref",
        T.ENUM,
        "Željeni pol službenika",
        "Preferred sex of the officer",
        choices=("bez", "m", "f"),
    ),
    _f(
        "interpreter_sex_pref",
        T.ENUM,
        "Željeni pol prevodioca",
        "Preferred sex of the interpreter",
        choices=("bez", "m", "f"),
    ),
    _f("interview_requests", T.MULTILINE, "Posebni zahtevi za saslušanje", "Interview requests"),
)

# --- 2. Appeal -------------------------------------------------------------------------------
APPEAL: tuple[Field, ...] = (
    _f("ao_decision_no", T.TEXT, "Broj rešenja Kancelarije za azil", "Asylum Office decision no."),
    _f("ao_decision_date", T.DATE, "Datum rešenja Kancelarije za azil", "AO decision date"),
    _f(
        "ao_decision_delivered",
        T.DATE,
        "Datum dostavljanja rešenja Kancelarije za azil",
        "AO decision delivered on",
    ),
    _f(
        "ao_decision_outcome",
        T.ENUM,
        "Ishod prvostepenog rešenja",
        "First-instance outcome",
        choices=(
            "odbijen",
            "odbacen_sigurna_treca",
            "odbacen_prva_zemlja",
            "odbacen_naknadni",
            "obustava",
            "supsidijarna_umesto_utocista",
        ),
    ),
    _f(
        "procedure_type",
        T.ENUM,
        "Vrsta postupka",
        "Procedure",
        choices=("regular", "accelerated", "border", "subsequent", "discontinuation"),
    ),
    _f(
        "appeal_days",
        T.INT,
        "Rok za žalbu (dana)",
        "Appeal time limit (days)",
        help_sr="Izračunava pravilo roka (15, 8 ili 5 dana); ne upisuje se ručno.",
        help_en="Computed by the deadline rule (15, 8 or 5 days); not typed in.",
    ),
    _f(
        "appeal_basis",
        T.TEXT,
        "Odredba o roku za žalbu",
        "Provision on the appeal period",
        help_sr="Iz pravila roka, npr. „članom 95. stav 1. Zakona o azilu i privremenoj "
        "zaštiti“; ne upisuje se ručno.",
        help_en="From the deadline rule, e.g. 'članom 95. stav 1. Zakona o azilu i privremenoj "
        "zaštiti'; not typed in.",
    ),
    _f(
        "appeal_deadline",
        T.DATE,
        "Poslednji dan roka za žalbu",
        "Last day for the appeal",
        help_sr="Izračunava pravilo roka.",
        help_en="Computed by the deadline rule.",
    ),
    _f(
        "ao_legal_basis_cited",
        T.TEXT,
        "Propis na koji se pozvala Kancelarija",
        "Provision the Office relied on",
        help_sr="Npr. „člana 42. stav 1. tačka 2) Zakona o azilu i privremenoj zaštiti“ (genitiv).",
        help_en="E.g. 'člana 42. stav 1. tačka 2) ZAPZ' (genitive).",
    ),
    _f(
        "decision_summary",
        T.MULTILINE,
        "Šta je rešenje odlučilo (sadržina)",
        "What the decision decided",
    ),
    _f(
        "grounds",
        T.MULTI_ENUM,
        "Žalbeni razlozi",
        "Grounds of appeal",
        choices=("postupak", "cinjenicno_stanje", "materijalno_pravo"),
    ),
    _f(
        "ground_text_postupak",
        T.MULTILINE,
        "Obrazloženje: bitna povreda pravila postupka",
        "Reasoning: essential procedural violations",
    ),
    _f(
        "ground_text_cinjenice",
        T.MULTILINE,
        "Obrazloženje: pogrešno ili nepotpuno utvrđeno činjenično stanje",
        "Reasoning: facts established wrongly or incompletely",
    ),
    _f(
        "ground_text_materijalno",
        T.MULTILINE,
        "Obrazloženje: pogrešna primena materijalnog prava",
        "Reasoning: substantive law applied wrongly",
    ),
    _f(
        "evidence",
        T.LIST,
        "Dokazi",
        "Evidence",
        columns=(
            _f("description", T.TEXT, "Dokaz", "Evidence"),
            _f("attached", T.BOOL, "U prilogu", "Attached"),
            _f(
                "point",
                T.ENUM,
                "Uz razlog tužbe (tačka člana 24. ZUS)",
                "Under the lawsuit's ground (ZUS Art. 24 point)",
                choices=("1", "2", "3", "4", "5"),
                help_sr="Tužba ga navodi kao „Dokaz:“ ispod obrazloženja tog razloga.",
                help_en="The lawsuit gives it as “Dokaz:” under that ground's reasoning.",
            ),
        ),
    ),
    _f(
        "clauses_off",
        T.MULTI_ENUM,
        "Ugrađeni argumenti koji se izostavljaju",
        "Built-in arguments left out",
        choices=("skraceni_postupak", "koncept_odbacivanja"),
        help_sr="skraceni_postupak: da uslovi ubrzanog postupka ili postupka na granici nisu "
        "bili ispunjeni; koncept_odbacivanja: da uslovi sigurne treće države ili prve države "
        "azila nisu ispunjeni. Advokat ih isključuje kada ne odgovaraju predmetu.",
        help_en="skraceni_postupak: the conditions of the accelerated or border procedure were "
        "not met; koncept_odbacivanja: the safe third country / first country of asylum "
        "conditions were not met. The lawyer switches off what does not fit the case.",
    ),
    _f(
        "new_evidence_reason",
        T.MULTILINE,
        "Zašto novi dokazi nisu izneti ranije",
        "Why new evidence was not presented before",
    ),
    _f(
        "proposal",
        T.ENUM,
        "Predlog",
        "Proposal",
        choices=(
            "ponisti_i_vrati",
            "ponisti_i_resi_utociste",
            "ponisti_i_resi_supsidijarna",
            "preinaci_delimicno",
        ),
        help_sr="preinaci_delimicno: žalba/tužba u delu kojim je odbijeno pravo na utočište.",
        help_en="preinaci_delimicno: partial remedy against refusal of refugee status.",
    ),
    _f("request_hearing", T.BOOL, "Predlog za usmenu raspravu", "Request an oral hearing"),
)

# --- 3. Lawsuit --------------------------------------------------------------------------------
LAWSUIT: tuple[Field, ...] = (
    _f(
        "commission_decision_no", T.TEXT, "Broj rešenja Komisije za azil", "Commission decision no."
    ),
    _f("commission_decision_date", T.DATE, "Datum rešenja Komisije", "Commission decision date"),
    _f(
        "commission_decision_delivered",
        T.DATE,
        "Datum dostavljanja rešenja Komisije",
        "Commission decision delivered on",
    ),
    _f(
        "lawsuit_deadline",
        T.DATE,
        "Poslednji dan roka za tužbu",
        "Last day for the lawsuit",
        help_sr="Izračunava pravilo roka (30 dana).",
        help_en="Computed by the deadline rule (30 days).",
    ),
    _f(
        "commission_outcome",
        T.ENUM,
        "Ishod rešenja Komisije",
        "Commission outcome",
        choices=("zalba_odbijena", "zalba_odbacena", "drugo"),
    ),
    _f(
        "zus24_points",
        T.MULTI_ENUM,
        "Razlozi tužbe (član 24. stav 1. ZUS)",
        "Grounds (ZUS Art. 24(1))",
        choices=("1", "2", "3", "4", "5"),
        help_sr="1 propis nije primenjen ili nije pravilno; 2 nenadležan organ; 3 pravila "
        "postupka; 4 činjenično stanje; 5 prekoračenje diskrecione ocene.",
        help_en="1 law misapplied; 2 incompetent body; 3 procedure; 4 facts; 5 discretion.",
    ),
    _f("reasoning", T.MULTILINE, "Obrazloženje", "Reasoning"),
    *(
        _f(
            f"zus24_text_{n}",
            T.MULTILINE,
            f"Obrazloženje razloga iz tačke {n}) člana 24. ZUS",
            f"Reasoning of the ground in ZUS Art. 24 point {n}",
        )
        for n in range(1, 6)
    ),
    _f(
        "lawsuit_fee",
        T.TEXT,
        "Sudska taksa za tužbu (dinara)",
        "Court fee for the lawsuit (RSD)",
        help_sr="Iz podešavanja (lawsuit_fee); po Zakonu o sudskim taksama 390,00 dinara.",
        help_en="From settings (lawsuit_fee); 390.00 RSD under the Law on Court Fees.",
    ),
    _f(
        "request_suspension",
        T.BOOL,
        "Zahtev za odlaganje izvršenja",
        "Request to suspend enforcement",
    ),
    _f("suspension_reasons", T.MULTILINE, "Razlozi za odlaganje", "Reasons for suspension"),
    _f("request_fee_exemption", T.BOOL, "Predlog za oslobađanje od taksi", "Fee exemption"),
    _f("means_statement", T.MULTILINE, "Imovinsko stanje", "Statement of means"),
    _f("claim_costs", T.BOOL, "Zahtev za naknadu troškova", "Claim costs"),
)

# --- 4. Powers of attorney -------------------------------------------------------------------
POA: tuple[Field, ...] = (
    _f(
        "scope_bodies",
        T.MULTI_ENUM,
        "Organi pred kojima punomoćje važi",
        "Bodies covered",
        choices=(
            "kancelarija_za_azil",
            "komisija_za_azil",
            "upravni_sud",
            "vrhovni_sud",
            "mup_ostalo",
            "visi_sud",
        ),
    ),
    _f(
        "scope_matters",
        T.MULTI_ENUM,
        "Stvari na koje se punomoćje odnosi",
        "Matters covered",
        choices=("azil", "boravak", "ogranicenje_kretanja", "udaljenje", "spajanje_porodice"),
    ),
    _f(
        "powers",
        T.MULTI_ENUM,
        "Ovlašćenja",
        "Powers",
        choices=(
            "podnosi",
            "pravna_sredstva",
            "vanredna_sredstva",
            "povlaci",
            "prima_pismena",
            "uvid_u_spise",
            "supstitucija",
        ),
    ),
    _f("interpreter_name", T.TEXT, "Ime prevodioca", "Interpreter's name"),
)

# --- 5. Urgency (ZUS Art. 19) -----------------------------------------------------------------
URGENCY: tuple[Field, ...] = (
    _f(
        "silence_level",
        T.ENUM,
        "Organ koji ćuti",
        "Silent body",
        choices=("second_instance", "first_instance"),
    ),
    _f("appeal_lodged_date", T.DATE, "Datum izjavljivanja žalbe", "Appeal lodged on"),
    _f(
        "appeal_received_date",
        T.DATE,
        "Datum prijema žalbe",
        "Appeal received on",
        help_sr="Prijem kod Komisije ako je poznat (od njega teče 60 dana, član 19. ZUS).",
        help_en="Receipt by the Commission if known (starts the 60 days, ZUS Art. 19).",
    ),
    _f("special_period_days", T.INT, "Rok za odlučivanje (dana)", "Decision period (days)"),
    _f(
        "silence_deadline",
        T.DATE,
        "Dan isteka roka za donošenje rešenja",
        "Day the decision period ended",
    ),
    _f("application_date", T.DATE, "Datum podnošenja zahteva za azil", "Application lodged on"),
    _f("urgency_reasons", T.MULTILINE, "Razlozi hitnosti", "Reasons for urgency"),
    _f(
        "proof_of_lodging",
        T.TEXT,
        "Dokaz o predaji žalbe",
        "Proof of lodging",
        help_sr="Npr. „povratnica“, „prijemni štambilj“.",
        help_en="E.g. return receipt, receipt stamp.",
    ),
)

# --- 6. Constitutional appeal and its special power of attorney ---------------------------------
CONSTITUTIONAL: tuple[Field, ...] = (
    _f(
        "contested_act_body",
        T.TEXT,
        "Organ koji je doneo osporeni akt",
        "Body that issued the contested act",
        help_sr="Npr. „Upravni sud“ (član 85. Zakona o Ustavnom sudu).",
        help_en="E.g. 'Upravni sud' (Law on the Constitutional Court, Art. 85).",
    ),
    _f(
        "contested_act_kind",
        T.ENUM,
        "Vrsta osporenog akta",
        "Kind of contested act",
        choices=("presuda", "resenje", "drugo"),
        help_sr="Prazno: presuda (najčešće presuda Upravnog suda).",
        help_en="Empty: judgment (usually of the Administrative Court).",
    ),
    _f("contested_act_no", T.TEXT, "Broj osporenog akta", "Contested act no."),
    _f("contested_act_date", T.DATE, "Datum osporenog akta", "Contested act date"),
    _f("contested_act_delivered", T.DATE, "Datum dostavljanja", "Contested act delivered on"),
    _f("cc_deadline", T.DATE, "Poslednji dan roka (30 dana)", "Last day (30 days)"),
    _f(
        "prior_acts",
        T.LIST,
        "Prethodni akti",
        "Prior acts",
        columns=(
            _f("act", T.TEXT, "Akt (npr. rešenje Komisije za azil)", "Act"),
            _f("number", T.TEXT, "Broj", "Number"),
            _f("date", T.DATE, "Datum", "Date"),
        ),
    ),
    _f("facts", T.MULTILINE, "Činjenice (hronologija)", "Facts (chronology)"),
    _f("exhaustion_statement", T.MULTILINE, "Iscrpljenost pravnih sredstava", "Exhaustion"),
    _f(
        "violated_rights",
        T.LIST,
        "Povređena prava",
        "Rights violated",
        columns=(
            _f("constitution_article", T.TEXT, "Član Ustava (npr. 32. stav 1)", "Article"),
            _f("right_label", T.TEXT, "Pravo", "Right"),
            _f("echr_article", T.TEXT, "Član EKLJP", "ECHR article"),
            _f("argument", T.MULTILINE, "Obrazloženje povrede", "Argument"),
        ),
    ),
    _f("damages_claim", T.BOOL, "Zahtev za naknadu štete", "Damages claimed"),
    _f("damages_amount", T.TEXT, "Iznos naknade", "Amount of damages"),
    _f("damages_basis", T.MULTILINE, "Osnov naknade", "Basis of damages"),
    _f("request_postponement", T.BOOL, "Zahtev za odlaganje izvršenja", "Request postponement"),
    _f("postponement_reasons", T.MULTILINE, "Razlozi za odlaganje", "Reasons for postponement"),
    _f("special_poa_date", T.DATE, "Datum specijalnog punomoćja", "Date of the special PoA"),
)

FIELDS: tuple[Field, ...] = (
    OFFICE
    + REPRESENTATIVE
    + CLIENT
    + FILING
    + APPLICATION
    + APPEAL
    + LAWSUIT
    + POA
    + URGENCY
    + CONSTITUTIONAL
)

FIELDS_BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}

# What each choice means, in the words a form shows (Serbian, English), keyed by the field
# ("field" or "list.column") and the stored value. The stored values stay the codes that
# FILINGS.md, the CLI and saved cases use; a person picks by meaning, never by code.
_SEX = {"m": ("muški", "male"), "f": ("ženski", "female")}
_ZUS24 = {  # ZUS čl. 24 st. 1 tač. 1)–5), in the law's order
    "1": (
        "1) zakon ili drugi propis nije primenjen ili nije pravilno primenjen",
        "1) a law or regulation was not applied, or applied wrongly",
    ),
    "2": ("2) akt je doneo nenadležni organ", "2) the act was issued by an incompetent body"),
    "3": (
        "3) nije postupljeno po pravilima postupka",
        "3) the rules of procedure were not followed",
    ),
    "4": (
        "4) činjenično stanje je nepotpuno ili netačno utvrđeno",
        "4) the facts were established incompletely or wrongly",
    ),
    "5": ("5) prekoračene su granice slobodne ocene", "5) the limits of discretion were exceeded"),
}
CHOICE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "rep_kind": {
        "advokat": ("advokat", "attorney"),
        "pravnik_udruzenja": ("pravnik udruženja", "the association's lawyer"),
    },
    "rep_gender": _SEX,
    "client_gender": _SEX,
    "guardian_gender": _SEX,
    "co_applicants.gender": _SEX,
    "marital_status": {
        "neozenjen": ("neoženjen / neudata", "single"),
        "u_braku": ("u braku", "married"),
        "vanbracna_zajednica": ("vanbračna zajednica", "unmarried partnership"),
        "razveden": ("razveden / razvedena", "divorced"),
        "udovac": ("udovac / udovica", "widowed"),
        "odvojen": ("odvojen / odvojena", "separated"),
    },
    "education_level": {
        "bez": ("bez obrazovanja", "no schooling"),
        "osnovno": ("osnovno", "primary"),
        "srednje": ("srednje", "secondary"),
        "visoko": ("visoko", "higher"),
    },
    "documents.status": {
        "kod_podnosioca": ("kod podnosioca", "with the applicant"),
        "izgubljena": ("izgubljena", "lost"),
        "oduzeta": ("oduzeta", "taken away"),
        "drugo": ("drugo", "other"),
    },
    "vulnerabilities": {
        "maloletnik_bez_pratnje": ("maloletnik bez pratnje", "unaccompanied minor"),
        "zrtva_torture": ("žrtva torture", "victim of torture"),
        "zrtva_trgovine_ljudima": ("žrtva trgovine ljudima", "victim of trafficking"),
        "invaliditet": ("invaliditet", "disability"),
        "zdravstveni_problemi": ("zdravstveni problemi", "health problems"),
        "trudnoca": ("trudnoća", "pregnancy"),
        "starije_lice": ("starije lice", "older person"),
        "drugo": ("drugo", "other"),
    },
    "officer_sex_pref": {"bez": ("bez posebnog zahteva", "no preference"), **_SEX},
    "interpreter_sex_pref": {"bez": ("bez posebnog zahteva", "no preference"), **_SEX},
    "ao_decision_outcome": {
        "odbijen": ("zahtev je odbijen", "application rejected"),
        "odbacen_sigurna_treca": (
            "zahtev je odbačen (sigurna treća država)",
            "dismissed (safe third country)",
        ),
        "odbacen_prva_zemlja": (
            "zahtev je odbačen (prva zemlja azila)",
            "dismissed (first country of asylum)",
        ),
        "odbacen_naknadni": ("naknadni zahtev je odbačen", "subsequent application dismissed"),
        "obustava": ("postupak je obustavljen", "procedure discontinued"),
        "supsidijarna_umesto_utocista": (
            "supsidijarna zaštita umesto utočišta",
            "subsidiary protection instead of refugee status",
        ),
    },
    "procedure_type": {
        "regular": ("redovni postupak", "regular procedure"),
        "accelerated": ("ubrzani postupak", "accelerated procedure"),
        "border": ("postupak na granici", "border procedure"),
        "subsequent": ("naknadni zahtev", "subsequent application"),
        "discontinuation": ("obustava postupka", "discontinuation"),
    },
    "grounds": {  # ZUP čl. 158 (žalbeni razlozi), in the appeal's order
        "postupak": ("bitna povreda pravila postupka", "essential procedural violations"),
        "cinjenicno_stanje": (
            "pogrešno ili nepotpuno utvrđeno činjenično stanje",
            "facts established wrongly or incompletely",
        ),
        "materijalno_pravo": (
            "pogrešna primena materijalnog prava",
            "substantive law applied wrongly",
        ),
    },
    "evidence.point": _ZUS24,
    "zus24_points": _ZUS24,
    "clauses_off": {
        "skraceni_postupak": (
            "da uslovi ubrzanog postupka ili postupka na granici nisu bili ispunjeni",
            "that the accelerated or border procedure's conditions were not met",
        ),
        "koncept_odbacivanja": (
            "da uslovi sigurne treće države ili prve zemlje azila nisu ispunjeni",
            "that the safe third country / first country of asylum conditions were not met",
        ),
    },
    "proposal": {
        "ponisti_i_vrati": (
            "poništiti rešenje i vratiti predmet na ponovni postupak",
            "annul the decision and return the case for a new procedure",
        ),
        "ponisti_i_resi_utociste": (
            "poništiti rešenje i priznati pravo na utočište",
            "annul the decision and grant refugee status",
        ),
        "ponisti_i_resi_supsidijarna": (
            "poništiti rešenje i odobriti supsidijarnu zaštitu",
            "annul the decision and grant subsidiary protection",
        ),
        "preinaci_delimicno": (
            "u delu kojim je odbijeno pravo na utočište",
            "only the part refusing refugee status",
        ),
    },
    "commission_outcome": {
        "zalba_odbijena": ("žalba je odbijena", "appeal rejected"),
        "zalba_odbacena": ("žalba je odbačena", "appeal dismissed"),
        "drugo": ("drugo", "other"),
    },
    "scope_bodies": {
        "kancelarija_za_azil": ("Kancelarija za azil", "Asylum Office"),
        "komisija_za_azil": ("Komisija za azil", "Asylum Commission"),
        "upravni_sud": ("Upravni sud", "Administrative Court"),
        "vrhovni_sud": ("Vrhovni sud", "Supreme Court"),
        "mup_ostalo": ("druge jedinice MUP-a", "other Ministry of Interior units"),
        "visi_sud": ("viši sud (ograničenje kretanja)", "higher court (restriction of movement)"),
    },
    "scope_matters": {
        "azil": ("azil", "asylum"),
        "boravak": ("boravak", "residence"),
        "ogranicenje_kretanja": ("ograničenje slobode kretanja", "restriction of movement"),
        "udaljenje": ("udaljenje", "removal"),
        "spajanje_porodice": ("spajanje porodice", "family reunification"),
    },
    "powers": {
        "podnosi": ("podnošenje zahteva i podnesaka", "lodging applications and submissions"),
        "pravna_sredstva": ("izjavljivanje pravnih sredstava", "lodging legal remedies"),
        "vanredna_sredstva": ("vanredna pravna sredstva", "extraordinary legal remedies"),
        "povlaci": ("povlačenje zahteva i pravnih sredstava", "withdrawing requests and remedies"),
        "prima_pismena": ("prijem pismena", "receiving documents"),
        "uvid_u_spise": ("uvid u spise predmeta", "inspecting the case file"),
        "supstitucija": ("prenošenje punomoćja na drugog", "substitution"),
    },
    "silence_level": {
        "second_instance": (
            "Komisija za azil (drugi stepen)",
            "Asylum Commission (second instance)",
        ),
        "first_instance": ("Kancelarija za azil (prvi stepen)", "Asylum Office (first instance)"),
    },
    "contested_act_kind": {
        "presuda": ("presuda", "judgment"),
        "resenje": ("rešenje", "decision"),
        "drugo": ("drugo", "other"),
    },
}


def choice_label(key: str, value: str, lang: str = "sr") -> str:
    """The meaning of a stored choice (`key` is "field" or "list.column"); the code itself
    when the catalogue has no words for it, so a form never shows an empty item."""
    words = CHOICE_LABELS.get(key, {}).get(value)
    if words is None:
        return value
    return words[0] if lang == "sr" else words[1]
