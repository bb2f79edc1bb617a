"""A realistic demo office: staff, clients from the main countries of origin, cases at every stage.

Dates are placed relative to today so that the deadlines list looks like a real Monday
morning (some overdue, some due this week). Loading twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from casework import N_
from casework.services import Casework, ValidationError

DEMO_MARKER = "demo.loaded"

STAFF: tuple[tuple[str, str, str, str], ...] = (
    ("Ana Petrović", "lawyer", "ana.petrovic@example.org", "f"),
    ("Marko Jovanović", "lawyer", "marko.jovanovic@example.org", "m"),
    ("Jelena Nikolić", "paralegal", "jelena.nikolic@example.org", "f"),
    ("Ivan Đorđević", "admin", "ivan.djordjevic@example.org", "m"),
)

# The lawyer's drafting for cases at the appeal stage, so the demo can generate appeals.
APPEAL_DRAFT: dict[str, object] = {
    "grounds": ["postupak", "cinjenicno_stanje", "materijalno_pravo"],
    "proposal": "ponisti_i_vrati",
    "decision_summary": "Ožalbenim rešenjem odbijen je zahtev za azil kao neosnovan, uz "
    "obrazloženje da izjava žalioca nije verodostojna.",  # for a man; see _appeal_draft
    "ground_text_postupak": "Prvostepeni organ nije ocenio dokaze koje je žalilac priložio, niti "
    "je u obrazloženju naveo razloge zbog kojih ih nije prihvatio (član 141. ZUP).",
    "ground_text_cinjenice": "Informacije o zemlji porekla na koje se rešenje poziva su "
    "zastarele i nisu predočene žaliocu.",
    "ground_text_materijalno": "Povratak žalioca izložio bi ga stvarnom riziku od postupanja "
    "suprotnog članu 3. Evropske konvencije o ljudskim pravima.",
}


@dataclass(frozen=True)
class DemoClient:
    """One demo client: Latin name as Serbian documents write it, and the original script."""

    latin: str
    original: str
    sex: str
    born: str
    nationality: str
    language: str
    birth_place: str


CLIENTS: tuple[DemoClient, ...] = (
    DemoClient("Ahmad Karimi", "احمد کریمی", "m", "1994-03-12", "Avganistan", "dari", "Herat"),
    DemoClient("Zahra Ahmadi", "زهرا احمدی", "f", "1999", "Avganistan", "dari", "Kabul"),
    DemoClient(
        "Gulalai Safi", "ګلالۍ صافي", "f", "2001-07-01", "Avganistan", "paštu", "Džalalabad"
    ),
    DemoClient("Mohammad Rahimi", "محمد رحیمی", "m", "2010-01-15", "Avganistan", "dari", "Kunduz"),
    DemoClient("Omar Al-Hassan", "عمر الحسن", "m", "1988-11-02", "Sirija", "arapski", "Alep"),
    DemoClient("Lina Haddad", "لينا حداد", "f", "1995-05-20", "Sirija", "arapski", "Homs"),
    DemoClient("Yusuf Ibrahim", "يوسف إبراهيم", "m", "1979", "Sirija", "arapski", "Idlib"),
    DemoClient("Reza Hosseini", "رضا حسینی", "m", "1990-09-09", "Iran", "persijski", "Teheran"),
    DemoClient("Maryam Tehrani", "مریم تهرانی", "f", "1986-02-28", "Iran", "persijski", "Širaz"),
    DemoClient("Ali Jafari", "علی جعفری", "m", "1997-12-31", "Iran", "persijski", "Isfahan"),
    DemoClient("Haider Al-Abadi", "حيدر العبادي", "m", "1983-04-04", "Irak", "arapski", "Bagdad"),
    DemoClient(
        "Shilan Barzani", "شیلان بارزانی", "f", "1993-08-18", "Irak", "kurdski (sorani)", "Erbil"
    ),
    DemoClient("Imran Khan", "عمران خان", "m", "1992-06-06", "Pakistan", "urdu", "Lahore"),
    DemoClient("Ayesha Siddiqui", "عائشہ صدیقی", "f", "2000-10-10", "Pakistan", "urdu", "Karači"),
    DemoClient("Bilal Ahmed", "بلال احمد", "m", "1996", "Pakistan", "pandžabi", "Multan"),
    DemoClient(
        "Jean-Claude Ndayishimiye",
        "Jean-Claude Ndayishimiye",
        "m",
        "1989-03-03",
        "Burundi",
        "kirundi, francuski",
        "Bužumbura",
    ),
    DemoClient("Aline Irakoze", "Aline Irakoze", "f", "1998-01-25", "Burundi", "kirundi", "Gitega"),
    DemoClient(
        "Yoandry Pérez Díaz", "Yoandry Pérez Díaz", "m", "1991-07-14", "Kuba", "španski", "Havana"
    ),
    DemoClient(
        "Dayana Fernández", "Dayana Fernández", "f", "1994-12-05", "Kuba", "španski", "Santa Klara"
    ),
    DemoClient(
        "Dmitrij Sokolov", "Дмитрий Соколов", "m", "1985-05-09", "Rusija", "ruski", "Moskva"
    ),
    DemoClient(
        "Anastasija Volkova",
        "Анастасия Волкова",
        "f",
        "1992-11-30",
        "Rusija",
        "ruski",
        "Sankt Peterburg",
    ),
    DemoClient(
        "Abdirahman Warsame",
        "Cabdiraxmaan Warsame",
        "m",
        "2009-02-02",
        "Somalija",
        "somalijski",
        "Mogadiš",
    ),
    DemoClient("Senait Tesfaye", "ሰናይት ተስፋዬ", "f", "1997-09-11", "Eritreja", "tigrinja", "Asmara"),
    DemoClient(
        "Mehmet Yılmaz", "Mehmet Yılmaz", "m", "1980-06-21", "Turska", "turski", "Dijarbakir"
    ),
    DemoClient("Karim Benali", "كريم بن علي", "m", "1995-04-17", "Maroko", "arapski", "Fes"),
    DemoClient("Nour Khalil", "نور خليل", "f", "2003-03-08", "Libija", "arapski", "Bengazi"),
    DemoClient("Rahim Uddin", "রহিম উদ্দিন", "m", "1993-01-01", "Bangladeš", "bengalski", "Sileti"),
    DemoClient(
        "Olena Kovalenko", "Олена Коваленко", "f", "1987-08-24", "Ukrajina", "ukrajinski", "Harkov"
    ),
)

# (procedure, stage, [(event kind, days before today, time or None, reference)]), one per client,
# chosen so that every stage of the procedure appears and deadlines fall around today.
Plan = tuple[str, str, tuple[tuple[str, int, str | None, str | None], ...]]
PLANS: tuple[Plan, ...] = (
    ("regular", "registration", (("registration", 1, "10:30", None),)),
    (
        "regular",
        "registration",
        (("registration", 9, "14:00", None), ("reported-to-centre", 8, None, None)),
    ),
    (
        "regular",
        "application",
        (
            ("registration", 40, "09:15", None),
            ("reported-to-centre", 38, None, None),
            ("application-lodged", 25, None, None),
        ),
    ),
    (
        "regular",
        "application",
        (
            ("registration", 120, "11:00", None),
            ("reported-to-centre", 119, None, None),
            ("application-lodged", 95, None, None),
        ),
    ),
    ("accelerated", "first-instance", (("application-lodged", 26, None, None),)),
    ("border", "first-instance", (("application-lodged", 20, None, None),)),
    (
        "regular",
        "appeal",
        (("application-lodged", 100, None, None), ("decision-delivered", 4, None, "26-1187/26")),
    ),
    (
        "regular",
        "appeal",
        (("application-lodged", 150, None, None), ("decision-delivered", 12, None, "26-0944/26")),
    ),
    (
        "accelerated",
        "appeal",
        (("application-lodged", 30, None, None), ("decision-delivered", 2, None, "26-1302/26")),
    ),
    (
        "border",
        "appeal",
        (("application-lodged", 22, None, None), ("decision-delivered", 1, None, "26-1320/26")),
    ),
    (
        "subsequent",
        "appeal",
        (
            ("subsequent-application-lodged", 20, None, None),
            ("decision-delivered", 3, None, "26-1299/26"),
        ),
    ),
    (
        "regular",
        "appeal",
        (
            ("decision-delivered", 40, None, "26-0801/26"),
            ("appeal-filed", 30, None, None),
            ("appeal-received", 27, None, None),
        ),
    ),
    (
        "regular",
        "appeal",
        (
            ("decision-delivered", 110, None, "26-0502/26"),
            ("appeal-filed", 100, None, None),
            ("appeal-received", 75, None, None),
        ),
    ),
    (
        "regular",
        "administrative-court",
        (
            ("decision-delivered", 80, None, "26-0707/26"),
            ("appeal-filed", 75, None, None),
            ("appeal-received", 72, None, None),
            ("commission-decision-delivered", 6, None, "Až 412/26"),
        ),
    ),
    (
        "regular",
        "administrative-court",
        (("commission-decision-delivered", 26, None, "Až 388/26"),),
    ),
    (
        "regular",
        "administrative-court",
        (
            ("commission-decision-delivered", 45, None, "Až 301/26"),
            ("lawsuit-filed", 20, None, None),
        ),
    ),
    ("regular", "constitutional-court", (("judgment-delivered", 10, None, "3 U 14022/26"),)),
    ("regular", "constitutional-court", (("judgment-delivered", 27, None, "9 U 11709/26"),)),
    ("regular", "ecthr", (("final-decision-served", 70, None, "Už-5131/2025"),)),
    ("detention", "first-instance", (("detention-decision-delivered", 3, None, "03-77/26"),)),
    (
        "regular",
        "first-instance",
        (("legal-aid-requested", 5, None, None), ("application-lodged", 60, None, None)),
    ),
    ("subsequent", "first-instance", (("subsequent-application-lodged", 6, None, None),)),
    ("regular", "appeal", (("discontinuation-delivered", 5, None, "26-1250/26"),)),
    ("regular", "first-instance", (("application-lodged", 200, None, None),)),
    (
        "regular",
        "closed",
        (("decision-delivered", 300, None, "26-0101/25"), ("appeal-filed", 290, None, None)),
    ),
    ("regular", "closed", (("application-lodged", 400, None, None),)),
    ("accelerated", "appeal", (("decision-delivered", 7, None, "26-1201/26"),)),
    (
        "regular",
        "application",
        (("registration", 16, "08:45", "26-RP-0412"), ("reported-to-centre", 15, None, None)),
    ),
)

# What each first-instance decision decided (by its number). One is left unrecorded, as
# happens when a paralegal records the delivery before reading the decision: its appeal
# takes the shortest period and the case is flagged until the outcome is filled in.
OUTCOMES: dict[str, str | None] = {
    "26-1187/26": "dismissed-safe-third-country",
    "26-0944/26": "rejected",
    "26-1302/26": "rejected",
    "26-1320/26": "rejected",
    "26-1299/26": "dismissed-subsequent",
    "26-0801/26": "rejected",
    "26-0502/26": "subsidiary-instead-of-refuge",
    "26-0101/25": "rejected",
    "26-0707/26": "rejected",
    "26-1201/26": None,
}

OFFICE_SETTINGS: dict[str, str] = {
    "office_name": "Centar za zaštitu i pomoć tražiocima azila – APC/CZA",
    "office_address": "Primer ulica 1, 11000 Beograd",
    # The Commission's seat is not confirmed (FILINGS.md): the demo says so where it goes.
    "commission_address": "[adresa Komisije za azil – prepisati iz njenog rešenja]",
    "office_phone": "+381 11 000 0000",
    "office_email": "pravna.pomoc@example.org",
}


# The lawyer's text for the other filings the demo shows (one demo case each).
LAWSUIT_DRAFT: dict[str, object] = {
    "commission_outcome": "zalba_odbijena",
    "zus24_points": ["1", "3", "4"],
    "reasoning": "Komisija za azil ponovila je razloge prvostepenog rešenja, a nije ocenila "
    "navode žalbe o riziku od proganjanja po povratku.\n\nInformacije o zemlji porekla na "
    "koje se osporeno rešenje poziva su zastarele.",
    "proposal": "ponisti_i_vrati",
    "request_hearing": True,
}
CONSTITUTIONAL_DRAFT: dict[str, object] = {
    "facts": "Zahtev za azil odbijen je rešenjem Kancelarije za azil, žalba je odbijena, a "
    "Upravni sud je odbio tužbu.",
    "exhaustion_statement": "Protiv presude Upravnog suda nije dozvoljeno drugo delotvorno "
    "pravno sredstvo, pa su pravna sredstva iscrpljena.",
    "violated_rights": [
        # Asylum and expulsion are not "civil rights" under ECHR Art. 6 (Maaouia v. France
        # [GC]): the Convention's parallel is Art. 13 with Art. 3.
        {
            "right_label": "Pravo na pravno sredstvo",
            "constitution_article": "36. stav 2",
            "echr_article": "13",
            "argument": "Sud nije ocenio bitne navode tužbe o riziku od mučenja po povratku "
            "niti je održao raspravu.",
        },
        {
            "right_label": "Nepovredivost fizičkog i psihičkog integriteta",
            "constitution_article": "25",
            "echr_article": "3",
            "argument": "Povratak bi podnosioca izložio stvarnom riziku od postupanja "
            "suprotnog zabrani mučenja.",
        },
    ],
}
APPLICATION_DRAFT: dict[str, object] = {
    "reasons": "Podnosilac je napustio zemlju porekla zbog pretnji kojima je bio izložen "
    "zbog rada za međunarodnu organizaciju.",
}


# Which demo case gets which drafting (by the number of its act), so that every filing
# can be made for some demo case.
_OTHER_DRAFTS: dict[str, dict[str, object]] = {
    "Až 412/26": LAWSUIT_DRAFT,
    "3 U 14022/26": CONSTITUTIONAL_DRAFT,
    "26-RP-0412": APPLICATION_DRAFT,
}


def _appeal_draft(sex: str, outcome: str | None) -> dict[str, object]:
    """The appeal's drafting in the client's gender, saying what the decision decided."""
    draft = dict(APPEAL_DRAFT)
    party = "žaliteljke" if sex == "f" else "žalioca"
    if outcome and outcome.startswith("dismissed-"):
        draft["decision_summary"] = (
            "Ožalbenim rešenjem zahtev je odbačen, a da njegova osnovanost nije ispitana; "
            f"navodi {party} o riziku po povratku nisu razmotreni."
        )
    else:
        draft["decision_summary"] = (
            "Ožalbenim rešenjem odbijen je zahtev za azil kao neosnovan, uz obrazloženje da "
            f"izjava {party} nije verodostojna."
        )
    return draft


def load_demo(cw: Casework, today: dt.date | None = None) -> str:
    """Fill the database with the demo office unless it is already there; say what was done.

    Refused on a database that already holds an office's own data: the demo's invented
    clients must never mix with real ones.
    """
    if cw.get_setting(DEMO_MARKER):
        return "the demo office is already loaded; nothing added"
    if cw.list_clients() or cw.list_cases():
        raise ValidationError(
            N_(
                "this database already holds clients or cases: the demo office goes only into "
                "an empty one (e.g. AZIL_DATA_DIR=/tmp/azil-demo azil demo)"
            )
        )
    today = today or dt.date.today()
    staff_ids = {}
    existing = {s.name: s.id for s in cw.list_staff()}
    for name, role, email, sex in STAFF:
        staff_ids[name] = existing.get(name) or cw.add_staff(name, role, email, sex=sex).id
    lawyers = [staff_ids["Ana Petrović"], staff_ids["Marko Jovanović"]]
    admin = Casework(cw.url, actor="Ivan Đorđević")  # the letterhead is the admin's to set
    for key, value in OFFICE_SETTINGS.items():
        if not cw.get_setting(key):
            admin.set_setting(key, value)
    acting = Casework(cw.url, actor="Jelena Nikolić")
    n_events = 0
    appeals: list[int] = []
    for i, (person, (procedure, stage, events)) in enumerate(zip(CLIENTS, PLANS, strict=False)):
        born = dt.date.fromisoformat(person.born) if len(person.born) > 4 else None
        minor = born is not None and (today - born).days < 18 * 365
        client = acting.add_client(
            name_latin=person.latin,
            name_original=person.original,
            sex=person.sex,
            birth_date=born,
            birth_year=born.year if born else int(person.born),
            birth_place=person.birth_place,
            birth_country=person.nationality,
            nationality=person.nationality,
            languages=person.language,
            interpreter_language=person.language,
            accommodation=_ACCOMMODATION[i % len(_ACCOMMODATION)],
            unaccompanied_minor=minor,
            # A child applying alone has a temporary guardian from the social work centre.
            guardian_name="Milica Petrović" if minor else None,
            guardian_csr="Centar za socijalni rad Beograd" if minor else None,
            family=_family(i, person, minor),
        )
        case = acting.add_case(
            client.id,
            procedure,
            "closed" if stage == "closed" else stage,
            lawyers[i % 2],
            opened_on=today - dt.timedelta(days=max(d for _, d, _, _ in events) + 3),
            office_ref=f"APC-{today.year}-{i + 1:03d}",
        )
        for kind, days_ago, time, ref in sorted(events, key=lambda e: -e[1]):
            on = today - dt.timedelta(days=days_ago)
            at = dt.time.fromisoformat(time) if time else None
            outcome = OUTCOMES.get(ref or "") if kind == "decision-delivered" else None
            acting.record_event(
                case.id,
                kind,
                on,
                at,
                ref,
                on - dt.timedelta(days=3) if ref else None,
                today=today,
                outcome=outcome,
            )
            n_events += 1
        decided = [
            ref
            for kind, _, _, ref in events
            if kind == "decision-delivered" and OUTCOMES.get(ref or "")
        ]
        if stage == "appeal" and decided:
            from casework.documents import late_problems, set_drafting

            fresh = acting.get_case(case.id)
            outcome = next((OUTCOMES.get(ref or "") for ref in decided), None)
            set_drafting(case.id, fresh.version, _appeal_draft(person.sex, outcome), acting)
            if not late_problems(case.id, "appeal", acting):  # drafts only while in time
                appeals.append(case.id)
        refs = {ref for _kind, _days, _time, ref in events if ref}
        for ref, draft in _OTHER_DRAFTS.items():
            if ref in refs:
                from casework.documents import set_drafting

                extra = {"special_poa_date": today} if draft is CONSTITUTIONAL_DRAFT else {}
                fresh = acting.get_case(case.id)
                set_drafting(case.id, fresh.version, {**draft, **extra}, acting)
        if stage == "closed":
            fresh = acting.get_case(case.id)
            acting.update_case(case.id, fresh.version, status="closed", outcome="odbijen zahtev")
    from casework.documents import generate

    for case_id in appeals:  # drafts the lawyers would review, as the paralegal made them
        generate(case_id, "appeal", cw=acting)
    _outreach(acting, today)
    cw.set_setting(DEMO_MARKER, today.isoformat())
    return (
        f"demo office loaded: {len(STAFF)} staff, {len(CLIENTS)} clients, "
        f"{len(CLIENTS)} cases, {n_events} events, {len(appeals)} appeals drafted, "
        f"{len(BRIEFS)} brief services, {len(ACTIVITIES)} workshops and outreach"
    )


# Information given to people who did not become cases (days ago, nationality, sex, birth
# year or age group, place, language, topic), so the Reports screen shows some.
BRIEFS: tuple[tuple[int, str, str, int | None, str | None, str, str, str], ...] = (
    (40, "Avganistan", "m", 2008, None, "Horgoš", "paštu", "pravo na azil"),
    (38, "Avganistan", "m", None, "18-34", "Horgoš", "dari", "pravo na azil"),
    (31, "Sirija", "m", 1990, None, "Beograd, park kod autobuske stanice", "arapski",
     "pravni položaj i registracija"),
    (25, "Maroko", "m", None, "18-34", "Beograd, park kod autobuske stanice", "arapski",
     "pravni položaj"),
    (18, "Pakistan", "m", 1999, None, "Šid", "urdu", "pristup postupku azila"),
    (12, "Iran", "f", 1985, None, "Obrenovac", "persijski", "spajanje porodice"),
    (9, "Avganistan", "f", None, "14-17", "Bogovađa", "dari", "maloletnici bez pratnje"),
    (4, "Burundi", "m", 1996, None, "Beograd", "francuski", "pravo na azil"),
)  # fmt: skip
# (kind, days ago, place, topic, participants, women, minors)
ACTIVITIES: tuple[tuple[str, int, str, str, int, int | None, int | None], ...] = (
    ("workshop", 45, "Centar za azil Krnjača", "Postupak azila u Srbiji", 22, 8, 4),
    ("workshop", 20, "Centar za azil Bogovađa", "Prava i obaveze tražilaca azila", 15, 3, 6),
    ("outreach", 15, "Beograd, park kod autobuske stanice", "Letak o pravu na azil", 140, None,
     None),
)  # fmt: skip


def _outreach(cw: Casework, today: dt.date) -> None:
    """The demo's brief services, workshops and outreach (issue 15)."""
    for days, nat, sex, born, group, place, language, topic in BRIEFS:
        cw.add_brief_service(today - dt.timedelta(days=days), nat, sex, topic, born=born,
                             age_group_value=group, place=place, language=language,
                             today=today)  # fmt: skip
    for kind, days, place, topic, n, women, minors in ACTIVITIES:
        cw.add_activity(kind, today - dt.timedelta(days=days), place, topic, n, women, minors,
                        today=today)  # fmt: skip


_ACCOMMODATION = (
    "Centar za azil Krnjača",
    "Centar za azil Banja Koviljača",
    "Centar za azil Bogovađa",
    "Centar za azil Sjenica",
    "Centar za azil Tutin",
    "Centar za azil Obrenovac",
)


_SPOUSES = (
    "Fatima",
    "Samir",
    "Leila",
    "Hassan",
    "Nadia",
    "Karim",
    "Amina",
    "Tariq",
    "Sara",
    "Omid",
)
_CHILDREN = (("Ali", "sin"), ("Mariam", "ćerka"), ("Idris", "sin"), ("Noor", "ćerka"))


def _family(i: int, person: DemoClient, minor: bool) -> list[dict[str, object]]:
    """A spouse left behind and a child travelling with the applicant, for every third adult
    client (a minor has neither); the children are of different ages."""
    if i % 3 or minor:
        return []
    surname = person.latin.split()[-1]
    spouse = "supruga" if person.sex == "m" else "suprug"
    return [
        {
            "full_name": f"{_SPOUSES[i % len(_SPOUSES)]} {surname}",
            "relation": spouse,
            "nationality": person.nationality,
            "whereabouts": "u zemlji porekla",
            "also_applying": False,
        },
        {
            "full_name": f"{_CHILDREN[i % len(_CHILDREN)][0]} {surname}",
            "relation": _CHILDREN[i % len(_CHILDREN)][1],
            "birth_date": dt.date(2014 + i % 9, 1 + i % 12, 1 + (7 * i) % 28),
            "nationality": person.nationality,
            "whereabouts": "sa podnosiocem",
            "also_applying": True,
        },
    ]


def demo_database_url() -> str:
    """The demo office's own SQLite file, beside the office's data and apart from it."""
    from casework.config import data_dir

    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'azil-demo.sqlite3'}"


def open_demo_office(today: dt.date | None = None) -> Casework:
    """The demo office in its own database (made and filled on first use): the app opens
    it to look around, and nothing done there touches the office's real data."""
    from casework import db
    from casework.services import Casework

    url = demo_database_url()
    db.upgrade(url)
    cw = Casework(url, actor=STAFF[0][0])
    load_demo(cw, today)
    return cw
