"""Phrases computed from the case for the templates: grammar as data, not template code.

A template is the office's text, edited in Word by a lawyer; it should read as prose.
What legal Serbian varies by person (gender, number, grammatical case) and what a
choice in the case selects (the procedure, the outcome, the scope of a power of
attorney) is computed here, from tables written by hand, and reaches the template as
a value:

- three word tables that agree with a person: ``s`` (the party: the client and any
  co-applicants, by gender and number), ``k`` (the client alone) and ``z`` (the
  representative, "zastupnik"). A template writes the masculine singular form and gets
  the right one: ``{{ s.Žalilac }} {{ s.je }} {{ s.izjavio }}`` -> "Žaliteljke su
  izjavile". A capital first letter or all capitals carry over. An accusative that a
  masculine noun shares with its genitive is written with ``_ak`` (``s.žalioca_ak`` ->
  "žaliteljku"), so the two cases never mix for a woman.
- named phrases (``client_desc``, ``outcome_text``, ...), each a function of the
  validated context, listed in PHRASES with what it says.

Only the phrases a template uses are computed (`derive`), so a template that does not
name a person's gender never needs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assembler.filters import FilterError, datum_ref, padez
from assembler.filters import rod as _g
from assembler.translit import KEEP_END, KEEP_START

Forms = tuple[str, str, str, str]  # man, woman; men or a mixed group, women

# The words a built-in phrase lets agree with a person, keyed by the masculine singular
# (an accusative equal to the genitive takes "_ak"). Written by hand from the grammar.
WORDS: dict[str, Forms] = {
    # the party's name in each filing, by case
    "podnosilac": ("podnosilac", "podnositeljka", "podnosioci", "podnositeljke"),
    "podnosioca": ("podnosioca", "podnositeljke", "podnosilaca", "podnositeljki"),
    "podnosiocu": ("podnosiocu", "podnositeljki", "podnosiocima", "podnositeljkama"),
    "žalilac": ("žalilac", "žaliteljka", "žalioci", "žaliteljke"),
    "žalioca": ("žalioca", "žaliteljke", "žalilaca", "žaliteljki"),
    "žaliocu": ("žaliocu", "žaliteljki", "žaliocima", "žaliteljkama"),
    "žalioca_ak": ("žalioca", "žaliteljku", "žalioce", "žaliteljke"),
    "tužilac": ("tužilac", "tužilja", "tužioci", "tužilje"),
    "tužioca": ("tužioca", "tužilje", "tužilaca", "tužilja"),
    "tužiocu": ("tužiocu", "tužilji", "tužiocima", "tužiljama"),
    "vlastodavac": ("vlastodavac", "vlastodavka", "vlastodavci", "vlastodavke"),
    "vlastodavca": ("vlastodavca", "vlastodavke", "vlastodavaca", "vlastodavki"),
    # the representative
    "punomoćnik": ("punomoćnik", "punomoćnica", "punomoćnici", "punomoćnice"),
    "punomoćnika": ("punomoćnika", "punomoćnice", "punomoćnika", "punomoćnica"),
    "punomoćniku": ("punomoćniku", "punomoćnici", "punomoćnicima", "punomoćnicama"),
    "advokat": ("advokat", "advokatica", "advokati", "advokatice"),
    "advokata_ak": ("advokata", "advokaticu", "advokate", "advokatice"),
    "pravnik": ("pravnik", "pravnica", "pravnici", "pravnice"),
    "pravnika_ak": ("pravnika", "pravnicu", "pravnike", "pravnice"),
    "ovlašćen": ("ovlašćen", "ovlašćena", "ovlašćeni", "ovlašćene"),
    # adjectives and participles
    "državljanin": ("državljanin", "državljanka", "državljani", "državljanke"),
    "rođen": ("rođen", "rođena", "rođeni", "rođene"),
    "maloletan": ("maloletan", "maloletna", "maloletni", "maloletne"),
    "maloletnog": ("maloletnog", "maloletne", "maloletnih", "maloletnih"),
    "izjavio": ("izjavio", "izjavila", "izjavili", "izjavile"),
    "podneo": ("podneo", "podnela", "podneli", "podnele"),
    "odustao": ("odustao", "odustala", "odustali", "odustale"),
    "mogao": ("mogao", "mogla", "mogli", "mogle"),
    # verbs (number only) and the pronoun
    "je": ("je", "je", "su", "su"),
    "nije": ("nije", "nije", "nisu", "nisu"),
    "podnosi": ("podnosi", "podnosi", "podnose", "podnose"),
    "izjavljuje": ("izjavljuje", "izjavljuje", "izjavljuju", "izjavljuju"),
    "iznese": ("iznese", "iznese", "iznesu", "iznesu"),
    "pribavi": ("pribavi", "pribavi", "pribave", "pribave"),
    "vrati": ("vrati", "vrati", "vrate", "vrate"),
    "traži": ("traži", "traži", "traže", "traže"),
    "osporava": ("osporava", "osporava", "osporavaju", "osporavaju"),
    "predlaže": ("predlaže", "predlaže", "predlažu", "predlažu"),
    "zahteva": ("zahteva", "zahteva", "zahtevaju", "zahtevaju"),
    "ga": ("ga", "je", "ih", "ih"),
    "koga": ("koga", "koju", "koje", "koje"),
}


def _base_key(key: str) -> str:
    """'ŽALILAC' and 'Žalilac' -> 'žalilac' (the table's key)."""
    if key.isupper():
        return key.lower()
    return key[:1].lower() + key[1:]


def _styled(word: str, key: str) -> str:
    if key.isupper() and len(key) > 1:
        return word.upper()
    if key[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Agreement(Mapping[str, str]):
    """The words of WORDS in the form that agrees with one person or a group."""

    def __init__(
        self, who: str, gender: object, *, plural: bool = False, women: bool = False
    ) -> None:
        self._who, self._gender, self._plural, self._women = who, gender, plural, women

    def _index(self) -> int:
        if self._plural:
            return 3 if self._women else 2
        if self._gender == "m":
            return 0
        if self._gender == "f":
            return 1
        raise FilterError(
            f"the words that agree with {self._who} need a gender 'm' or 'f', got "
            f"{self._gender!r}; record it in the case"
        )

    def __getitem__(self, key: str) -> str:
        forms = WORDS.get(_base_key(key))
        if forms is None:
            raise KeyError(key)
        return _styled(forms[self._index()], key)

    def __iter__(self) -> Iterator[str]:
        return iter(WORDS)

    def __len__(self) -> int:
        return len(WORDS)


def _w(gender: object, key: str) -> str:
    """One word of WORDS in the form of one person's gender ('državljanka')."""
    return Agreement("the person", gender)[key]


def _women(ctx: Mapping[str, Any]) -> bool:
    return ctx.get("client_gender") == "f" and all(
        (m or {}).get("gender") == "f" for m in ctx.get("co_applicants") or []
    )


def party(ctx: Mapping[str, Any]) -> Agreement:
    """The party: the client alone, or the client with co-applicants (plural)."""
    return Agreement(
        "the client",
        ctx.get("client_gender"),
        plural=bool(ctx.get("co_applicants")),
        women=_women(ctx),
    )


def bi(sr: str, en: str) -> str:
    """'muški / male': the English half is marked to stay in Latin script in a Cyrillic
    filing (the marks are removed from a Latin one)."""
    return f"{sr} / {KEEP_START}{en}{KEEP_END}"


def _join_and(items: Sequence[str]) -> str:
    """'a', 'a i b', 'a, b i c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " i " + items[-1]


# --------------------------------------------------------------------------------------------
# The persons
# --------------------------------------------------------------------------------------------


def client_desc(ctx: Mapping[str, Any]) -> str:
    """The client as a filing introduces them: name, citizenship, birth, residence, and
    for a minor the guardian."""
    g = ctx.get("client_gender")
    out = str(ctx.get("client_full_name") or "")
    if ctx.get("client_name_original"):
        out += f" ({ctx['client_name_original']})"
    if ctx.get("client_stateless"):
        out += ", lice bez državljanstva"
    elif ctx.get("client_citizenship"):
        out += f", {_w(g, 'državljanin')} {ctx['client_citizenship']}"
    if ctx.get("client_birth_date") or ctx.get("client_birth_year"):
        born = (
            datum_ref(ctx["client_birth_date"])
            if ctx.get("client_birth_date")
            else f"{ctx['client_birth_year']}. godine"
        )
        out += f", {_w(g, 'rođen')} {born}"
        if ctx.get("client_birth_place"):
            out += f" u mestu {ctx['client_birth_place']}"
    if ctx.get("client_residence"):
        out += f", sa boravištem na adresi: {ctx['client_residence']}"
    if ctx.get("client_is_minor"):
        out += ", " + _w(g, "maloletan")
        if ctx.get("guardian_name"):
            # "čiji/čija" agrees with the representative, not with the child
            out += (
                ", čija je zakonska zastupnica privremena starateljka"
                if ctx.get("guardian_gender") == "f"
                else ", čiji je zakonski zastupnik privremeni staratelj"
            ) + f" {ctx['guardian_name']}"
            if ctx.get("guardian_csr"):
                out += f" ({ctx['guardian_csr']})"
    return out


def rep_desc(ctx: Mapping[str, Any]) -> str:
    """'punomoćnica Ana Petrović, pravnica udruženja …, adresa'."""
    g = ctx.get("rep_gender")
    return f"{_w(g, 'punomoćnik')} {rep_who(ctx)}"


def rep_who(ctx: Mapping[str, Any]) -> str:
    """'Ana Petrović, pravnica udruženja …, adresa' (the representative, without the role)."""
    return f"{ctx.get('rep_full_name') or ''}, {_rep_title(ctx)}, {ctx.get('rep_address') or ''}"


def _rep_title(ctx: Mapping[str, Any]) -> str:
    g = ctx.get("rep_gender")
    if ctx.get("rep_kind") == "advokat":
        return f"{_w(g, 'advokat')} iz {ctx.get('rep_city') or ''}"
    return f"{_w(g, 'pravnik')} udruženja {ctx.get('office_name') or ''}"


def rep_capacity(ctx: Mapping[str, Any]) -> str:
    """The line under the signature: 'advokat, br. upisa …' or 'pravnica, za <office>'."""
    g = ctx.get("rep_gender")
    if ctx.get("rep_kind") == "advokat":
        bar = f", br. upisa {ctx['rep_bar_no']}" if ctx.get("rep_bar_no") else ""
        return _w(g, "advokat") + bar
    return f"{_w(g, 'pravnik')}, za {ctx.get('office_name') or ''}"


def grantee(ctx: Mapping[str, Any]) -> str:
    """Whom a power of attorney names, in the accusative ('Ovlašćujem Anu Petrović, …')."""
    g = ctx.get("rep_gender")
    name = padez(ctx.get("rep_full_name"), "akuzativ", g, ctx.get("rep_name_forms"))
    if ctx.get("rep_kind") == "advokat":
        bar = (
            f" (broj upisa u imenik advokata {ctx['rep_bar_no']})" if ctx.get("rep_bar_no") else ""
        )
        title = f"{_w(g, 'advokata_ak')} iz {ctx.get('rep_city') or ''}{bar}"
    else:
        title = f"{_w(g, 'pravnika_ak')} udruženja {ctx.get('office_name') or ''}"
    return f"{name}, {title}, {ctx.get('rep_address') or ''}"


def _is_minor_on(birth: object, signed: object) -> bool:
    if not isinstance(birth, dt.date) or not isinstance(signed, dt.date):
        return False
    return (signed - birth).days < 6575  # under 18 years (18 × 365.25 days)


def _minors(ctx: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [
        m
        for m in ctx.get("co_applicants") or []
        if _is_minor_on(m.get("birth_date"), ctx.get("date_signed"))
    ]


def me_zastupa(ctx: Mapping[str, Any]) -> str:
    """'da me zastupa', or where the parent grants it for minor children too, 'da zastupa
    mene i maloletnu Noor Kovalenko'."""
    children = []
    for m in _minors(ctx):
        g = m.get("gender")
        if g in ("m", "f"):
            children.append(
                f"{_g(g, 'maloletnog', 'maloletnu')} {padez(m.get('full_name'), 'akuzativ', g)}"
            )
        else:
            children.append(f"maloletno dete {m.get('full_name') or ''}")
    if not children:
        return "me zastupa"
    return "zastupa " + " i ".join(["mene", *children])


def moje(ctx: Mapping[str, Any]) -> str:
    """'u moje ime', or 'u naše ime' where the power is granted for minor children too."""
    return "naše" if _minors(ctx) else "moje"


def minor_children(ctx: Mapping[str, Any]) -> str:
    """', u svoje ime i kao zakonska zastupnica maloletne Noor Kovalenko, rođene …': a parent
    grants the power also for the minor children applying with them ('' if none)."""
    parts: list[str] = []
    for m in _minors(ctx):
        g = m.get("gender")
        if g in ("m", "f"):
            who = (
                f"{_w(g, 'maloletnog')} {padez(m.get('full_name'), 'genitiv', g)}, "
                f"{_g(g, 'rođenog', 'rođene')}"
            )
        else:
            who = f"maloletnog deteta {m.get('full_name') or ''}, rođenog"
        parts.append(f"{who} {datum_ref(m['birth_date'])}")
    if not parts:
        return ""
    role = _g(ctx.get("client_gender"), "zakonski zastupnik", "zakonska zastupnica")
    return f", u svoje ime i kao {role} " + " i ".join(parts)


def grantor(ctx: Mapping[str, Any]) -> str:
    """The grantor of a power of attorney: the client as introduced, the identity document,
    and the minor children the parent also acts for."""
    doc = f", {ctx['client_id_doc']}" if ctx.get("client_id_doc") else ""
    return client_desc(ctx) + doc + minor_children(ctx)


def grantor_role(ctx: Mapping[str, Any]) -> str:
    """Over the grantor's signature: 'Vlastodavka', or for a minor 'Zakonski zastupnik
    vlastodavca' (the guardian signs)."""
    g = ctx.get("client_gender")
    if guardian_signs(ctx):
        # the guardian's title in the guardian's gender, the grantor's in the child's
        title = "Zakonska zastupnica" if ctx.get("guardian_gender") == "f" else "Zakonski zastupnik"
        return f"{title} {_w(g, 'vlastodavca')}"
    return _w(g, "Vlastodavac")


def grantor_signs(ctx: Mapping[str, Any]) -> str:
    """Under the grantor's signature line: the client, or the guardian for a minor."""
    return guardian_line(ctx) if guardian_signs(ctx) else str(ctx.get("client_full_name") or "")


def co_applicant_lines(ctx: Mapping[str, Any]) -> list[str]:
    """Each co-applicant as the party block lists them, numbered on from the client
    ('2. Noor Kovalenko (ćerka), datum rođenja: …, državljanka Ukrajine.')."""
    members = ctx.get("co_applicants") or []
    lines = []
    for i, m in enumerate(members, start=2):
        line = f"{i}. {m.get('full_name') or ''}"
        if m.get("relation"):
            line += f" ({m['relation']})"
        if m.get("birth_date"):
            line += f", datum rođenja: {datum_ref(m['birth_date'])}"
        g = m.get("gender")
        if m.get("citizenship"):
            word = {"f": "državljanka", "m": "državljanin"}.get(g or "", "državljanstvo:")
            line += f", {word} {m['citizenship']}"
        if _is_minor_on(m.get("birth_date"), ctx.get("date_signed")):
            line += _minor_represented(ctx, m)
        lines.append(line + ("." if i == len(members) + 1 else ";"))
    return lines


_CHILDREN = frozenset({"ćerka", "kći", "kćerka", "sin", "dete"})


def _minor_represented(ctx: Mapping[str, Any], m: Mapping[str, Any]) -> str:
    """', maloletna, koju zastupa majka kao zakonska zastupnica': a child of the client is
    represented by the client (the issue's "no line saying that her parent represents
    her"); another minor relative is only said to be a minor."""
    g = m.get("gender")
    adjective, whom = (
        (_w(g, "maloletan"), _w(g, "koga")) if g in ("m", "f") else ("maloletno", "koje")
    )
    if str(m.get("relation") or "").strip().lower() not in _CHILDREN:
        return f", {adjective}"
    parent_gender = ctx.get("client_gender")
    if parent_gender not in ("m", "f"):
        return f", {adjective}"
    parent = _g(parent_gender, "otac", "majka")
    role = _g(parent_gender, "zakonski zastupnik", "zakonska zastupnica")
    return f", {adjective}, {whom} zastupa {parent} kao {role}"


def sve_ih(ctx: Mapping[str, Any]) -> str:
    """Whom the representative acts for, in the accusative, as the party block's last line
    begins: 'Sve ih' (three or more), for two 'Obe' (women), 'Obojicu' (men), 'Oboje'."""
    members = ctx.get("co_applicants") or []
    if len(members) != 1:
        return "Sve ih"
    genders = {ctx.get("client_gender"), members[0].get("gender")}
    if genders == {"f"}:
        return "Obe"
    if genders == {"m"}:
        return "Obojicu"
    return "Oboje"


def office_line(ctx: Mapping[str, Any]) -> str:
    """The letterhead's second line: address · MB/PIB · tel. · e-mail."""
    out = str(ctx.get("office_address") or "")
    if ctx.get("office_reg_no"):
        out += f" · MB/PIB {ctx['office_reg_no']}"
    if ctx.get("office_phone"):
        out += f" · tel. {ctx['office_phone']}"
    if ctx.get("office_email"):
        out += f" · {ctx['office_email']}"
    return out


def guardian_signs(ctx: Mapping[str, Any]) -> bool:
    """A minor's power of attorney is signed by the guardian, not by the child."""
    return bool(ctx.get("client_is_minor") and ctx.get("guardian_name"))


def guardian_line(ctx: Mapping[str, Any]) -> str:
    """Under the guardian's signature: 'X, privremena starateljka maloletnog Y' (the child
    in the genitive; the guardian's title in the guardian's gender, masculine if unknown)."""
    g = ctx.get("client_gender")
    child = padez(ctx.get("client_full_name"), "genitiv", g, ctx.get("client_name_forms"))
    title = (
        "privremena starateljka" if ctx.get("guardian_gender") == "f" else "privremeni staratelj"
    )
    return f"{ctx.get('guardian_name') or ''}, {title} {_w(g, 'maloletnog')} {child}"


# --------------------------------------------------------------------------------------------
# The appeal
# --------------------------------------------------------------------------------------------

_GROUNDS = (
    ("postupak", "bitne povrede pravila postupka"),
    ("cinjenicno_stanje", "pogrešno i nepotpuno utvrđenog činjeničnog stanja"),
    ("materijalno_pravo", "pogrešne primene materijalnog prava"),
)


def grounds_text(ctx: Mapping[str, Any]) -> str:
    """'bitne povrede pravila postupka i pogrešne primene materijalnog prava' (genitive,
    after 'zbog')."""
    chosen = ctx.get("grounds") or []
    return _join_and([text for key, text in _GROUNDS if key in chosen])


_ZAPZ = "Zakona o azilu i privremenoj zaštiti"
_DISMISSALS = ("odbacen_sigurna_treca", "odbacen_prva_zemlja", "odbacen_naknadni")


def appeal_basis_text(ctx: Mapping[str, Any]) -> str:
    """The provision of the appeal period, in the instrumental ('članom 95. stav 1. …'):
    from the deadline rule that computed it; for a hand-written case file, the same
    choice from the procedure and the outcome."""
    if ctx.get("appeal_basis"):
        return str(ctx["appeal_basis"])
    if ctx.get("procedure_type") == "border":
        return f"članom 41. stav 7. {_ZAPZ}"
    if ctx.get("ao_decision_outcome") in _DISMISSALS:
        return f"članom 42. stav 4. {_ZAPZ}"
    if ctx.get("procedure_type") in ("accelerated", "subsequent"):
        return f"članom 40. stav 5. {_ZAPZ}"
    return f"članom 95. stav 1. {_ZAPZ}"


_PROCEDURES = {
    "accelerated": "ubrzanom postupku",
    "border": "postupku na granici ili u tranzitnom prostoru",
    "subsequent": "postupku po naknadnom zahtevu za azil",
    "discontinuation": "postupku po zahtevu za azil koji je obustavljen",
}


def procedure_text(ctx: Mapping[str, Any]) -> str:
    """The procedure, in the locative ('donetim u ubrzanom postupku'); '' for a
    discontinuation, which the outcome states itself ("…koji je obustavljen, obustavljen
    je postupak" was a tautology)."""
    kind = str(ctx.get("procedure_type") or "")
    if kind == "discontinuation":
        return ""
    return _PROCEDURES.get(kind, "redovnom postupku")


def clause(ctx: Mapping[str, Any]) -> dict[str, bool]:
    """Which of the appeal's built-in arguments apply to the decision and are not switched
    off by the lawyer (clauses_off): ubrzani, granica (shortened procedure),
    sigurna_treca, prva_zemlja (the dismissal concept), naknadni, obustava; and delimicno
    (a partial decision: only its refusal part is appealed)."""
    off = set(ctx.get("clauses_off") or [])
    procedure, outcome = ctx.get("procedure_type"), ctx.get("ao_decision_outcome")
    short = "skraceni_postupak" not in off
    concept = "koncept_odbacivanja" not in off
    return {
        "ubrzani": short and procedure == "accelerated",
        "granica": short and procedure == "border",
        "sigurna_treca": concept and outcome == "odbacen_sigurna_treca",
        "prva_zemlja": concept and outcome == "odbacen_prva_zemlja",
        "naknadni": outcome == "odbacen_naknadni",
        "obustava": outcome == "obustava",
        "delimicno": outcome == "supsidijarna_umesto_utocista",
    }


def outcome_text(ctx: Mapping[str, Any]) -> str:
    """What the Office decided, as the appeal's reasoning states it ('odbijen je kao
    neosnovan zahtev za azil žaliteljke')."""
    s = party(ctx)
    gen, dat = s["žalioca"], s["žaliocu"]
    unexamined = ", a da njegova osnovanost nije ispitana"
    return {
        "odbijen": f"odbijen je kao neosnovan zahtev za azil {gen}",
        "odbacen_sigurna_treca": (
            f"odbačen je zahtev za azil {gen} uz primenu koncepta sigurne treće države" + unexamined
        ),
        "odbacen_prva_zemlja": (
            f"odbačen je zahtev za azil {gen} uz primenu koncepta prve države azila" + unexamined
        ),
        "odbacen_naknadni": f"odbačen je naknadni zahtev za azil {gen}",
        "obustava": f"obustavljen je postupak po zahtevu za azil {gen}",
        "supsidijarna_umesto_utocista": (
            f"{dat} je odobrena supsidijarna zaštita, a odbijen je zahtev za priznavanje "
            "prava na utočište"
        ),
    }.get(str(ctx.get("ao_decision_outcome") or ""), "")


# --------------------------------------------------------------------------------------------
# The lawsuit
# --------------------------------------------------------------------------------------------

# ZUS čl. 24 st. 1, the five grounds of a lawsuit, by point number.
ZUS24_POINTS = (
    "zakon, drugi propis ili opšti akt nije primenjen ili nije pravilno primenjen",
    "rešenje je doneo nenadležni organ",
    "u postupku donošenja rešenja nije postupljeno po pravilima postupka",
    "činjenično stanje je nepotpuno ili netačno utvrđeno, odnosno iz utvrđenih činjenica je "
    "izveden nepravilan zaključak",
    "prekoračene su granice zakonskog ovlašćenja, odnosno rešenje nije doneto u skladu sa "
    "ciljem u kome je ovlašćenje dato",
)


def _points(ctx: Mapping[str, Any]) -> list[int]:
    return sorted(int(z) for z in ctx.get("zus24_points") or [])


def zus24_cited(ctx: Mapping[str, Any]) -> str:
    """'tačka 3)' or 'tač. 1), 3) i 4)' for the points the lawsuit relies on."""
    points = _points(ctx)
    word = "tačka" if len(points) == 1 else "tač."
    return f"{word} " + _join_and([f"{z})" for z in points])


def zus24_lines(ctx: Mapping[str, Any]) -> list[str]:
    """The text of each point relied on, as the lawsuit lists them ('…;' and the last '.')."""
    points = _points(ctx)
    return [
        ZUS24_POINTS[z - 1] + ("." if i == len(points) - 1 else ";") for i, z in enumerate(points)
    ]


# The heading of each ground's section of the reasoning (ZUS čl. 24 st. 1).
ZUS24_HEADINGS = (
    "Zakon nije primenjen ili nije pravilno primenjen",
    "Rešenje je doneo nenadležni organ",
    "Povreda pravila postupka",
    "Nepotpuno i netačno utvrđeno činjenično stanje",
    "Prekoračenje granica zakonskog ovlašćenja",
)


def _evidence_line(e: Mapping[str, Any]) -> str:
    return str(e.get("description") or "") + (" (u prilogu)" if e.get("attached") else "")


def lawsuit_grounds(ctx: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The numbered sections of the lawsuit's reasoning, one per ground relied on that has a
    text or evidence: heading, the lawyer's text, and its "Dokaz:" lines."""
    from assembler.filters import Paragraphs

    sections = []
    for z in _points(ctx):
        text = ctx.get(f"zus24_text_{z}")
        evidence = [
            _evidence_line(e) for e in ctx.get("evidence") or [] if str(e.get("point")) == str(z)
        ]
        if not text and not evidence:
            continue
        sections.append(
            {
                "title": f"{ZUS24_HEADINGS[z - 1]} (član 24. stav 1. tačka {z}) Zakona o "
                "upravnim sporovima)",
                "text": text if isinstance(text, Paragraphs) else Paragraphs(text),
                "evidence": evidence,
            }
        )
    return sections


def other_evidence(ctx: Mapping[str, Any]) -> list[str]:
    """The lawsuit's evidence not given under a ground, for its list of evidence."""
    chosen = {str(z) for z in _points(ctx)}
    return [
        _evidence_line(e)
        for e in ctx.get("evidence") or []
        if not e.get("point") or str(e.get("point")) not in chosen
    ]


# --------------------------------------------------------------------------------------------
# The constitutional appeal and its power of attorney
# --------------------------------------------------------------------------------------------

_ACT = {"resenje": ("rešenja", "koje", "rešenje"), "drugo": ("akta", "koji", "akt")}
_BODY_GEN = {
    "upravni_sud": "Upravnog suda",
    "vrhovni_sud": "Vrhovnog suda",
    "vrhovni_kasacioni_sud": "Vrhovnog kasacionog suda",
    "komisija_za_azil": "Komisije za azil",
    "kancelarija_za_azil": "Kancelarije za azil",
}
_BODY_DAT = {
    "upravni_sud": "Upravnom sudu",
    "vrhovni_sud": "Vrhovnom sudu",
    "vrhovni_kasacioni_sud": "Vrhovnom kasacionom sudu",
}


def _body_key(ctx: Mapping[str, Any]) -> str:
    return str(ctx.get("contested_act_body") or "").lower().replace(" ", "_")


def act_gen(ctx: Mapping[str, Any]) -> str:
    """The contested act in the genitive: 'presude' (a judgment by default), 'rešenja'."""
    return _ACT.get(str(ctx.get("contested_act_kind") or ""), ("presude", "koju", "presudu"))[0]


def act_rel(ctx: Mapping[str, Any]) -> str:
    """The relative pronoun that agrees with the act: 'koju' (presuda), 'koje', 'koji'."""
    return _ACT.get(str(ctx.get("contested_act_kind") or ""), ("presude", "koju", "presudu"))[1]


def act_acc(ctx: Mapping[str, Any]) -> str:
    """The contested act in the accusative ('poništi presudu')."""
    return _ACT.get(str(ctx.get("contested_act_kind") or ""), ("presude", "koju", "presudu"))[2]


def body_gen(ctx: Mapping[str, Any]) -> str:
    """The body that made the act, in the genitive ('presude Upravnog suda')."""
    return _BODY_GEN.get(_body_key(ctx), str(ctx.get("contested_act_body") or ""))


def body_dat(ctx: Mapping[str, Any]) -> str:
    """The court, in the dative ('tužbe podnete Upravnom sudu')."""
    return _BODY_DAT.get(_body_key(ctx), str(ctx.get("contested_act_body") or ""))


def by_court(ctx: Mapping[str, Any]) -> bool:
    """The act is a court's: the Court reviews the lawsuit with it."""
    return "sud" in str(ctx.get("contested_act_body") or "").lower()


def articles_text(ctx: Mapping[str, Any]) -> str:
    """'članom 25. i članom 27.': the Constitution's articles of the rights violated."""
    return _join_and([f"članom {r['constitution_article']}." for r in ctx["violated_rights"]])


def cc_attachment_base(ctx: Mapping[str, Any]) -> int:
    """How many fixed attachments precede the case's own (the lawsuit counts as the third
    against a judgment)."""
    return 3 if by_court(ctx) else 2


# --------------------------------------------------------------------------------------------
# The powers of attorney
# --------------------------------------------------------------------------------------------

MATTERS = {
    "azil": "azil i privremenu zaštitu",  # accusative, after "koji se odnose na"
    "boravak": "boravak stranaca",
    "ogranicenje_kretanja": "ograničenje slobode kretanja",
    "udaljenje": "udaljenje i vraćanje iz Republike Srbije",
    "spajanje_porodice": "spajanje porodice",
}
BODIES = {
    "kancelarija_za_azil": (
        "Kancelarija za azil Ministarstva unutrašnjih poslova – Uprava granične policije"
    ),
    "komisija_za_azil": "Komisija za azil",
    "upravni_sud": "Upravni sud",
    "vrhovni_sud": "Vrhovni sud (zahtev za preispitivanje sudske odluke)",
    "mup_ostalo": "druge organizacione jedinice Ministarstva unutrašnjih poslova",
    "visi_sud": "viši sudovi (žalba protiv rešenja o ograničenju kretanja)",
}
POWERS = {
    "podnosi": (
        "podnosi zahteve, podneske i predloge, prisustvuje saslušanjima i raspravama i daje "
        "izjave u moje ime"
    ),
    "pravna_sredstva": "izjavljuje žalbe, podnosi tužbe i druga redovna pravna sredstva",
    "vanredna_sredstva": "podnosi vanredna pravna sredstva",
    "povlaci": "povlači podneta pravna sredstva",
    "prima_pismena": "prima pismena, rešenja i druge odluke u moje ime",
    "uvid_u_spise": "razgleda spise predmeta i umnožava ih",
    "supstitucija": "prenese ovo punomoćje na drugog advokata ili pravnika (supstitucija)",
}


def _listed(table: Mapping[str, str], chosen: Sequence[str]) -> list[str]:
    keys = list(chosen) or list(table)
    return [table[k] + (";" if i < len(keys) - 1 else ".") for i, k in enumerate(keys)]


def matters_text(ctx: Mapping[str, Any]) -> str:
    """The matters a power of attorney covers, '; '-separated (asylum by default)."""
    chosen = ctx.get("scope_matters") or []
    return "; ".join(MATTERS[m] for m in chosen) if chosen else MATTERS["azil"]


def bodies_lines(ctx: Mapping[str, Any]) -> list[str]:
    """The authorities and courts it covers, one line each (all of them by default)."""
    return _listed(BODIES, ctx.get("scope_bodies") or [])


def powers_lines(ctx: Mapping[str, Any]) -> list[str]:
    """What the representative may do, one line each (all by default); 'u naše ime'
    where the power is granted for minor children too."""
    lines = _listed(POWERS, ctx.get("powers") or [])
    return [line.replace("u moje ime", f"u {moje(ctx)} ime") for line in lines]


# --------------------------------------------------------------------------------------------
# The application's data sheet (bilingual labels)
# --------------------------------------------------------------------------------------------

VULNERABILITIES = {
    "maloletnik_bez_pratnje": bi("maloletnik bez pratnje", "unaccompanied child"),
    "zrtva_torture": bi("žrtva torture", "torture survivor"),
    "zrtva_trgovine_ljudima": bi("žrtva trgovine ljudima", "victim of trafficking"),
    "invaliditet": bi("invaliditet", "disability"),
    "zdravstveni_problemi": bi("zdravstveni problemi", "health problems"),
    "trudnoca": bi("trudnoća", "pregnancy"),
    "starije_lice": bi("starije lice", "elderly person"),
    "drugo": bi("drugo", "other"),
}
_MARITAL: dict[str, tuple[str, str, str]] = {
    "neozenjen": ("neoženjen", "neudata", "single"),
    "u_braku": ("oženjen", "udata", "married"),
    "vanbracna_zajednica": ("vanbračna zajednica", "vanbračna zajednica", "cohabiting"),
    "razveden": ("razveden", "razvedena", "divorced"),
    "udovac": ("udovac", "udovica", "widowed"),
    "odvojen": ("u braku, odvojeno žive", "u braku, odvojeno žive", "married, separated"),
}
_EDUCATION = {
    "bez": bi("bez obrazovanja", "none"),
    "osnovno": bi("osnovno", "primary"),
    "srednje": bi("srednje", "secondary"),
    "visoko": bi("visoko", "university"),
}
DOCUMENT_STATUS = {
    "kod_podnosioca": bi("kod podnosioca", "held"),
    "izgubljena": bi("izgubljena", "lost"),
    "oduzeta": bi("oduzeta", "seized"),
}
_SEX = {"m": bi("muški", "male"), "f": bi("ženski", "female")}


def vulnerabilities_text(ctx: Mapping[str, Any]) -> str:
    """The special needs stated, '; '-separated, or that none were stated."""
    chosen = ctx.get("vulnerabilities") or []
    return "; ".join(VULNERABILITIES[v] for v in chosen) or bi("nisu navedene", "none stated")


def marital_text(ctx: Mapping[str, Any]) -> str:
    """'neudata / single' in the client's gender ('' if not given)."""
    forms = _MARITAL.get(str(ctx.get("marital_status") or ""))
    if forms is None:
        return ""
    return bi(_g(ctx.get("client_gender"), forms[0], forms[1]), forms[2])


def education_text(ctx: Mapping[str, Any]) -> str:
    """The level of education and the detail given."""
    out = _EDUCATION.get(str(ctx.get("education_level") or ""), "")
    if ctx.get("education_detail"):
        out += f"; {ctx['education_detail']}"
    return out


def birth_text(ctx: Mapping[str, Any]) -> str:
    """The date of birth, or the year only."""
    if ctx.get("client_birth_date"):
        return datum_ref(ctx["client_birth_date"])
    return str(ctx.get("client_birth_year") or "")


def birth_place_text(ctx: Mapping[str, Any]) -> str:
    """'Place, country' of birth."""
    parts = [ctx.get("client_birth_place"), ctx.get("client_birth_country")]
    return ", ".join(str(p) for p in parts if p)


def citizenship_text(ctx: Mapping[str, Any]) -> str:
    """'državljanka Ukrajine', or stateless."""
    if ctx.get("client_stateless"):
        return bi("lice bez državljanstva", "stateless")
    if not ctx.get("client_citizenship"):
        return ""
    word = _w(ctx.get("client_gender"), "državljanin")
    return f"{word} {ctx['client_citizenship']}"


def entry_text(ctx: Mapping[str, Any]) -> str:
    """Date and place of entry into Serbia."""
    parts = [datum_ref(ctx.get("entry_date")), ctx.get("entry_place")]
    return ", ".join(str(p) for p in parts if p)


def left_origin_text(ctx: Mapping[str, Any]) -> str:
    """When the client left the country of origin."""
    return datum_ref(ctx.get("left_origin_date"))


def registration_text(ctx: Mapping[str, Any]) -> str:
    """Certificate number, date and police unit of the registration."""
    parts = [
        ctx.get("registration_cert_no"),
        datum_ref(ctx.get("registration_date")),
        ctx.get("registration_police_unit"),
    ]
    return ", ".join(str(p) for p in parts if p)


def document_rows(ctx: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The identity documents, each with where it is in words."""
    return [
        {**d, "where": DOCUMENT_STATUS.get(str(d.get("status") or ""), bi("drugo", "other"))}
        for d in ctx.get("documents") or []
    ]


def family_rows(ctx: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The family members, with the date of birth and 'applies too' in words."""
    return [
        {
            **m,
            "born": datum_ref(m.get("birth_date")),
            "applies": bi("da", "yes") if m.get("also_applying") else bi("ne", "no"),
        }
        for m in ctx.get("family_members") or []
    ]


def sex_text(ctx: Mapping[str, Any]) -> str:
    """The client's sex, in both languages."""
    return _SEX.get(str(ctx.get("client_gender") or ""), "")


def officer_sex_text(ctx: Mapping[str, Any]) -> str:
    """The sex of officer the client asked for, or no preference."""
    return _SEX.get(
        str(ctx.get("officer_sex_pref") or ""), bi("bez posebne želje", "no preference")
    )


def interpreter_sex_text(ctx: Mapping[str, Any]) -> str:
    """The sex of interpreter the client asked for, or no preference."""
    return _SEX.get(str(ctx.get("interpreter_sex_pref") or ""), "bez posebne želje / no preference")


def rep_sheet_text(ctx: Mapping[str, Any]) -> str:
    """The representative on the data sheet: name, lawyer or office, address."""
    who = (
        _w(ctx.get("rep_gender"), "advokat")
        if ctx.get("rep_kind") == "advokat"
        else str(ctx.get("office_name") or "")
    )
    return f"{ctx.get('rep_full_name') or ''}, {who}, {ctx.get('rep_address') or ''}"


def interpreter_wish(ctx: Mapping[str, Any]) -> str:
    """', ženskog pola' after the interpreter's language, where the client asked for one."""
    return {"f": ", ženskog pola", "m": ", muškog pola"}.get(
        str(ctx.get("interpreter_sex_pref") or ""), ""
    )


def officer_sex_word(ctx: Mapping[str, Any]) -> str:
    """'ženskog' / 'muškog' (pola) for the officer the client asked for."""
    return "ženskog" if ctx.get("officer_sex_pref") == "f" else "muškog"


def second_instance(ctx: Mapping[str, Any]) -> bool:
    """The urgency is to the Commission (the appeal undecided), not to the Office."""
    return ctx.get("silence_level") != "first_instance"


def attached_evidence(ctx: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The evidence the filing says is attached ('u prilogu'), for the list of attachments."""
    return [e for e in ctx.get("evidence") or [] if e.get("attached")]


# --------------------------------------------------------------------------------------------
# The catalogue of phrases
# --------------------------------------------------------------------------------------------


CLIENT_FIELDS = (
    "client_full_name", "client_name_original", "client_stateless", "client_citizenship",
    "client_gender", "client_birth_date", "client_birth_year", "client_birth_place",
    "client_residence", "client_is_minor", "guardian_name", "guardian_csr", "guardian_gender",
)  # fmt: skip


@dataclass(frozen=True)
class Phrase:
    """A value computed from the case for a template (shown by `templates list --fields`)."""

    name: str
    compute: Callable[[Mapping[str, Any]], Any]
    reads: tuple[str, ...]  # the fields it is computed from (a template using it needs them)

    @property
    def description(self) -> str:
        return " ".join((self.compute.__doc__ or "").split("\n\n")[0].split())


def _agreement(who: str, gender_key: str) -> Callable[[Mapping[str, Any]], Agreement]:
    def make(ctx: Mapping[str, Any]) -> Agreement:
        return Agreement(who, ctx.get(gender_key))

    make.__doc__ = f"The words of the table WORDS in the form that agrees with {who}."
    return make


def _party(ctx: Mapping[str, Any]) -> Agreement:
    """The words of the table WORDS in the form that agrees with the party: the client, or
    the client and co-applicants (plural; feminine when all are women)."""
    return party(ctx)


PHRASES: dict[str, Phrase] = {
    p.name: p
    for p in (
        Phrase("s", _party, ("client_gender", "co_applicants")),
        Phrase("k", _agreement("the client", "client_gender"), ("client_gender",)),
        Phrase("z", _agreement("the representative", "rep_gender"), ("rep_gender",)),
        Phrase(
            "client_desc",
            client_desc,
            CLIENT_FIELDS,
        ),
        Phrase(
            "rep_desc",
            rep_desc,
            ("rep_full_name", "rep_gender", "rep_kind", "rep_city", "rep_address", "office_name"),
        ),
        Phrase(
            "rep_who",
            rep_who,
            ("rep_full_name", "rep_gender", "rep_kind", "rep_city", "rep_address", "office_name"),
        ),
        Phrase(
            "rep_capacity", rep_capacity, ("rep_gender", "rep_kind", "rep_bar_no", "office_name")
        ),
        Phrase(
            "grantee",
            grantee,
            (
                "rep_full_name",
                "rep_gender",
                "rep_kind",
                "rep_city",
                "rep_address",
                "office_name",
                "rep_bar_no",
                "rep_name_forms",
            ),
        ),
        Phrase("minor_children", minor_children, ("co_applicants", "date_signed", "client_gender")),
        Phrase(
            "grantor",
            grantor,
            (*CLIENT_FIELDS, "client_id_doc", "co_applicants", "date_signed"),
        ),
        Phrase(
            "grantor_role",
            grantor_role,
            ("client_gender", "client_is_minor", "guardian_name", "guardian_gender"),
        ),
        Phrase(
            "grantor_signs",
            grantor_signs,
            (
                "client_full_name",
                "client_gender",
                "client_is_minor",
                "guardian_name",
                "guardian_gender",
                "client_name_forms",
            ),
        ),
        Phrase(
            "co_applicant_lines",
            co_applicant_lines,
            ("co_applicants", "date_signed", "client_gender"),
        ),
        Phrase("sve_ih", sve_ih, ("co_applicants", "client_gender")),
        Phrase(
            "office_line",
            office_line,
            ("office_address", "office_reg_no", "office_phone", "office_email"),
        ),
        Phrase("guardian_signs", guardian_signs, ("client_is_minor", "guardian_name")),
        Phrase(
            "guardian_line",
            guardian_line,
            (
                "guardian_name",
                "guardian_gender",
                "client_full_name",
                "client_gender",
                "client_name_forms",
            ),
        ),
        Phrase("grounds_text", grounds_text, ("grounds",)),
        Phrase(
            "appeal_basis_text",
            appeal_basis_text,
            ("appeal_basis", "procedure_type", "ao_decision_outcome"),
        ),
        Phrase("procedure_text", procedure_text, ("procedure_type",)),
        Phrase(
            "outcome_text", outcome_text, ("ao_decision_outcome", "client_gender", "co_applicants")
        ),
        Phrase("clause", clause, ("clauses_off", "procedure_type", "ao_decision_outcome")),
        Phrase("zus24_cited", zus24_cited, ("zus24_points",)),
        Phrase("zus24_lines", zus24_lines, ("zus24_points",)),
        Phrase(
            "lawsuit_grounds",
            lawsuit_grounds,
            (
                "zus24_points",
                "evidence",
                "zus24_text_1",
                "zus24_text_2",
                "zus24_text_3",
                "zus24_text_4",
                "zus24_text_5",
            ),
        ),
        Phrase("other_evidence", other_evidence, ("zus24_points", "evidence")),
        Phrase("act_gen", act_gen, ("contested_act_kind",)),
        Phrase("act_rel", act_rel, ("contested_act_kind",)),
        Phrase("act_acc", act_acc, ("contested_act_kind",)),
        Phrase("body_gen", body_gen, ("contested_act_body",)),
        Phrase("body_dat", body_dat, ("contested_act_body",)),
        Phrase("by_court", by_court, ("contested_act_body",)),
        Phrase("articles_text", articles_text, ("violated_rights",)),
        Phrase("cc_attachment_base", cc_attachment_base, ("contested_act_body",)),
        Phrase("matters_text", matters_text, ("scope_matters",)),
        Phrase("bodies_lines", bodies_lines, ("scope_bodies",)),
        Phrase("powers_lines", powers_lines, ("powers", "co_applicants", "date_signed")),
        Phrase("me_zastupa", me_zastupa, ("co_applicants", "date_signed")),
        Phrase("moje", moje, ("co_applicants", "date_signed")),
        Phrase("vulnerabilities_text", vulnerabilities_text, ("vulnerabilities",)),
        Phrase("marital_text", marital_text, ("marital_status", "client_gender")),
        Phrase("education_text", education_text, ("education_level", "education_detail")),
        Phrase("birth_text", birth_text, ("client_birth_date", "client_birth_year")),
        Phrase(
            "birth_place_text", birth_place_text, ("client_birth_place", "client_birth_country")
        ),
        Phrase(
            "citizenship_text",
            citizenship_text,
            ("client_stateless", "client_citizenship", "client_gender"),
        ),
        Phrase("entry_text", entry_text, ("entry_date", "entry_place")),
        Phrase("left_origin_text", left_origin_text, ("left_origin_date",)),
        Phrase(
            "registration_text",
            registration_text,
            ("registration_cert_no", "registration_date", "registration_police_unit"),
        ),
        Phrase("document_rows", document_rows, ("documents",)),
        Phrase("family_rows", family_rows, ("family_members",)),
        Phrase("sex_text", sex_text, ("client_gender",)),
        Phrase("officer_sex_text", officer_sex_text, ("officer_sex_pref",)),
        Phrase("interpreter_sex_text", interpreter_sex_text, ("interpreter_sex_pref",)),
        Phrase(
            "rep_sheet_text",
            rep_sheet_text,
            ("rep_full_name", "rep_gender", "rep_kind", "office_name", "rep_address"),
        ),
        Phrase("interpreter_wish", interpreter_wish, ("interpreter_sex_pref",)),
        Phrase("officer_sex_word", officer_sex_word, ("officer_sex_pref",)),
        Phrase("second_instance", second_instance, ("silence_level",)),
        Phrase("attached_evidence", attached_evidence, ("evidence",)),
    )
}


AGREEMENTS = frozenset({"s", "k", "z"})  # the phrases that are word tables


def fields_read(names: set[str] | frozenset[str]) -> set[str]:
    """The fields the phrases among `names` are computed from."""
    return {field for name in names if name in PHRASES for field in PHRASES[name].reads}


def derive(ctx: Mapping[str, Any], names: set[str] | frozenset[str]) -> dict[str, Any]:
    """The phrases among `names` (those a template uses), computed from the context."""
    return {name: PHRASES[name].compute(ctx) for name in names if name in PHRASES}


__all__ = ["AGREEMENTS", "PHRASES", "WORDS", "Agreement", "Phrase", "derive", "fields_read"]
