"""Generate the shipped filing templates in templates_docx/ with python-docx.

Why generate: every Jinja tag is written into a single Word run, so docxtpl never sees a
tag that Word split; and the layout (A4, styles, numbering, footer) is the same in every
filing. The .docx files are what ships and what lawyers edit afterwards; run this script
again only to reset them (it overwrites them).

    python tools/make_templates.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

FONT = "Times New Roman"  # LibreOffice maps it to Liberation Serif; both carry Serbian Cyrillic
NUM_ID = "90"  # numbering of the "Heading 2" sections (1., 2., ...)

Part = str | tuple[str, str]  # text, or (text, "b") for a bold run


# --------------------------------------------------------------------------------------------
# Jinja snippets shared by several filings
# --------------------------------------------------------------------------------------------


def g2(masc: str, fem: str, who: str = "client_gender") -> str:
    """A singular word in the client's (or another person's) grammatical gender."""
    return "{{ " + who + "|rod('" + masc + "', '" + fem + "') }}"


def g4(ms: str, fs: str, mp: str, fp: str) -> str:
    """A word for the party: singular by gender, plural (all-women `fem` or mixed)."""
    return (
        "{{ (('"
        + fp
        + "' if fem else '"
        + mp
        + "') if pl else client_gender|rod('"
        + ms
        + "', '"
        + fs
        + "')) }}"
    )


def sp(sg: str, pl: str) -> str:
    """A verb in singular or plural, for filings lodged by several family members."""
    return "{{ '" + pl + "' if pl else '" + sg + "' }}"


CLIENT_DESC = (
    "{{ client_full_name }}{% if client_name_original %} ({{ client_name_original }}){% endif %}"
    "{% if client_stateless %}, lice bez državljanstva{% elif client_citizenship %}, "
    + g2("državljanin", "državljanka")
    + " {{ client_citizenship }}{% endif %}"
    "{% if client_birth_date or client_birth_year %}, "
    + g2("rođen", "rođena")
    + " {% if client_birth_date %}{{ client_birth_date|datum_ref }}{% else %}"
    "{{ client_birth_year }}. godine{% endif %}"
    "{% if client_birth_place %} u mestu {{ client_birth_place }}{% endif %}{% endif %}"
    "{% if client_residence %}, sa boravištem na adresi: {{ client_residence }}{% endif %}"
    "{% if client_is_minor %}, "
    + g2("maloletan", "maloletna")
    + "{% if guardian_name %}, čiji je zakonski zastupnik privremeni staratelj "
    "{{ guardian_name }}{% if guardian_csr %} ({{ guardian_csr }}){% endif %}{% endif %}{% endif %}"
)

REP_DESC = (
    g2("punomoćnik", "punomoćnica", "rep_gender")
    + " {{ rep_full_name }}, {% if rep_kind == 'advokat' %}"
    + g2("advokat", "advokatica", "rep_gender")
    + " iz {{ rep_city }}{% else %}"
    + g2("pravnik", "pravnica", "rep_gender")
    + " udruženja {{ office_name }}{% endif %}, {{ rep_address }}"
)

REP_GEN = g2("punomoćnika", "punomoćnice", "rep_gender")

COPIES = (
    "{% if copies %}u {{ copies }} {{ 'primerak' if copies % 10 == 1 and copies % 100 != 11 "
    "else ('primerka' if copies % 10 in [2, 3, 4] and copies % 100 not in [12, 13, 14] "
    "else 'primeraka') }}{% endif %}"
)
# The lawsuit goes to the court, the defendant (the Commission) and one comes back stamped:
# three unless the office sets otherwise (FILINGS.md 3(c): 2 + interested persons + 1).
COPIES_LAWSUIT = (
    "{% set n = copies or 3 %}u {{ n }} {{ 'primerak' if n % 10 == 1 and n % 100 != 11 "
    "else ('primerka' if n % 10 in [2, 3, 4] and n % 100 not in [12, 13, 14] "
    "else 'primeraka') }}"
)

ACT_SET = (
    "{%p set act = dict(resenje='rešenja', drugo='akta').get(contested_act_kind, 'presude') %}",
    "{%p set rel = dict(resenje='koje', drugo='koji').get(contested_act_kind, 'koju') %}",
    # The body that made the act, in the genitive ("presude Upravnog suda").
    # (docxtpl's paragraph tags cannot hold braces: dict(...) with the body as a key.)
    "{%p set body_gen = dict(upravni_sud='Upravnog suda', vrhovni_sud='Vrhovnog suda', "
    "vrhovni_kasacioni_sud='Vrhovnog kasacionog suda', komisija_za_azil='Komisije za azil', "
    "kancelarija_za_azil='Kancelarije za azil').get((contested_act_body or '')|lower"
    "|replace(' ', '_'), contested_act_body) %}",
    "{%p set by_court = 'sud' in (contested_act_body or '')|lower %}",
    "{%p set act_acc = dict(resenje='rešenje', drugo='akt').get(contested_act_kind, 'presudu') %}",
    "{%p set body_dat = dict(upravni_sud='Upravnom sudu', vrhovni_sud='Vrhovnom sudu', "
    "vrhovni_kasacioni_sud='Vrhovnom kasacionom sudu').get((contested_act_body or '')|lower"
    "|replace(' ', '_'), contested_act_body) %}",
)
# The Constitutional Court takes three copies, whatever the case's `copies` says
# (FILINGS.md 5: "fixed 3", H); the case's count is for the other filings.
COPIES_CC = "u 3 primerka"

PLURAL_SETS = (
    "{%p set pl = co_applicants|length > 0 %}",
    "{%p set fem = client_gender == 'f' and "
    "co_applicants|rejectattr('gender', 'equalto', 'f')|list|length == 0 %}",
)


# --------------------------------------------------------------------------------------------
# Document set-up: styles, page, numbering, footer
# --------------------------------------------------------------------------------------------


def _fonts(rpr_parent: object) -> None:
    """Pin the four font slots, so Cyrillic and Latin both use the serif face."""
    getter = getattr(rpr_parent, "get_or_add_rPr", None)
    rpr = getter() if getter else rpr_parent.find(qn("w:rPr"))  # type: ignore[attr-defined]
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        rpr_parent.append(rpr)  # type: ignore[attr-defined]
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme"):
            del rfonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(qn(f"w:{slot}"), FONT)


def _numbering(doc: DocxDocument) -> None:
    """Numbered sections as a real Word list bound to Heading 2: gaps from conditions vanish."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
        )
    )


def new_document() -> DocxDocument:
    """An A4 document with the house styles: serif 12 pt, justified body, black headings."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.5)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.0)
    sec.footer_distance = Cm(1.2)

    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            _fonts(rpr_default)
    for style in styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _fonts(style.element)
            if style.font.color is not None and style.font.color.type is not None:
                style.font.color.rgb = RGBColor(0, 0, 0)

    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(12)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    # the Serbian language tag lets Word and LibreOffice hyphenate and spell-check
    lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="sr-Latn-RS" w:bidi="ar-SA"/>')
    normal.element.get_or_add_rPr().append(lang)

    body = styles["Body Text"]
    body.font.size = Pt(12)
    pf = body.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf.first_line_indent, pf.space_after, pf.line_spacing = Cm(1.25), Pt(6), 1.15

    for name, size, align, before in (
        ("Title", 16, WD_ALIGN_PARAGRAPH.CENTER, 18),
        ("Subtitle", 12, WD_ALIGN_PARAGRAPH.CENTER, 0),
        ("Heading 1", 12, WD_ALIGN_PARAGRAPH.CENTER, 12),
        ("Heading 2", 12, WD_ALIGN_PARAGRAPH.LEFT, 10),
    ):
        st = styles[name]
        st.font.size, st.font.bold, st.font.italic = Pt(size), name != "Subtitle", False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.alignment = align
        st.paragraph_format.space_before, st.paragraph_format.space_after = Pt(before), Pt(6)
        st.paragraph_format.keep_with_next = True
        ppr = st.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
        rpr = st.element.get_or_add_rPr()
        for tag in ("w:spacing", "w:kern"):
            for el in rpr.findall(qn(tag)):
                rpr.remove(el)
    styles["Subtitle"].paragraph_format.space_after = Pt(2)
    styles["Title"].paragraph_format.space_after = Pt(4)
    styles["Heading 2"].element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{NUM_ID}"/></w:numPr>')
    )
    _numbering(doc)

    def para_style(name: str, base: str = "Normal") -> object:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles[base]
        st.quick_style = True
        return st

    addr = para_style("Adresat")
    addr.font.bold = True  # type: ignore[attr-defined]
    party = para_style("Stranka")
    party.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # type: ignore[attr-defined]
    party.paragraph_format.space_after = Pt(6)  # type: ignore[attr-defined]
    item = para_style("Stavka")
    item.paragraph_format.left_indent = Cm(0.75)  # type: ignore[attr-defined]
    item.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # type: ignore[attr-defined]
    item.paragraph_format.space_after = Pt(3)  # type: ignore[attr-defined]
    sig = para_style("Potpis")
    sig.paragraph_format.left_indent = Cm(9)  # type: ignore[attr-defined]
    sig.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
    sig.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    head = para_style("Zaglavlje")
    head.font.size = Pt(10)  # type: ignore[attr-defined]
    note = para_style("Napomena")
    note.font.size, note.font.italic = Pt(10), True  # type: ignore[attr-defined]
    note.paragraph_format.space_after = Pt(6)  # type: ignore[attr-defined]
    cell = para_style("Tabela")
    cell.font.size = Pt(10.5)  # type: ignore[attr-defined]

    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.style = styles["Footer"]
    footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    return doc


# --------------------------------------------------------------------------------------------
# Writing helpers: one Jinja tag never spans two runs
# --------------------------------------------------------------------------------------------


class Writer:
    """Appends paragraphs to a document; each text part becomes exactly one run."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc

    def p(self, *parts: Part, style: str = "Body Text") -> Paragraph:
        para = self.doc.add_paragraph(style=style)
        for part in parts:
            if isinstance(part, tuple):
                para.add_run(part[0]).bold = True
            else:
                para.add_run(part)
        return para

    def tag(self, tag: str) -> None:
        """A docxtpl paragraph-level tag ({%p ... %}): the paragraph itself disappears."""
        self.doc.add_paragraph(tag, style="Normal")

    def body(self, field: str, style: str = "Body Text") -> None:
        """Multi-paragraph text, one Word paragraph per paragraph of the value."""
        self.tag("{%p for para in " + field + "|paragraphs %}")
        self.p("{{ para }}", style=style)
        self.tag("{%p endfor %}")

    def blank(self) -> None:
        self.doc.add_paragraph(style="Normal")

    def letterhead(self) -> None:
        self.p(("{{ office_name }}", "b"), style="Zaglavlje")
        line = self.p(
            "{{ office_address }}"
            "{% if office_reg_no %} · MB/PIB {{ office_reg_no }}{% endif %}"
            "{% if office_phone %} · tel. {{ office_phone }}{% endif %}"
            "{% if office_email %} · {{ office_email }}{% endif %}",
            style="Zaglavlje",
        )
        ppr = line._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="4" '
                'w:color="000000"/></w:pBdr>'
            )
        )
        self.tag("{%p if office_ref_no %}")
        self.p(
            "Naš broj: {{ office_ref_no }}", style="Zaglavlje"
        ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self.tag("{%p endif %}")
        self.blank()

    def addressee(self, *lines: str) -> None:
        for line in lines:
            self.p(line, style="Adresat")
        self.blank()

    def title(self, spaced: str, *subtitles: str) -> None:
        self.p(spaced, style="Title")
        for sub in subtitles:
            simple = sub.count("{% if ") == 1 and "{% el" not in sub
            if simple and sub.startswith("{% if ") and sub.endswith("{% endif %}"):
                cond = sub[len("{% if ") : sub.index(" %}")]
                inner = sub[sub.index(" %}") + 3 : -len("{% endif %}")]
                self.tag("{%p if " + cond + " %}")
                self.p(inner, style="Subtitle")
                self.tag("{%p endif %}")
            else:
                self.p(sub, style="Subtitle")
        self.blank()

    def h1(self, text: str) -> None:
        self.p(text, style="Heading 1")

    def h2(self, text: str) -> None:
        self.p(text, style="Heading 2")

    def attachments(self, *fixed: str, evidence: bool = False) -> None:
        """Fixed attachments first, then the case's own list, then (with `evidence`) the
        evidence the filing says is attached, numbered on."""
        self.p(("Prilozi:", "b"), style="Normal")
        for i, item in enumerate(fixed, 1):
            self.p(f"{i}. {item}", style="Stavka")
        self.tag("{%p for a in attachments %}")
        self.p("{{ loop.index + " + str(len(fixed)) + " }}. {{ a.description }}", style="Stavka")
        self.tag("{%p endfor %}")
        if evidence:
            # Evidence the filing says is attached ("u prilogu") is listed too.
            self.tag("{%p set attached = (evidence or [])|selectattr('attached')|list %}")
            self.tag("{%p for e in attached %}")
            self.p(
                "{{ loop.index + " + str(len(fixed)) + " + (attachments or [])|length }}. "
                "{{ e.description }}",
                style="Stavka",
            )
            self.tag("{%p endfor %}")
        self.blank()

    def evidence(self) -> None:
        self.tag("{%p if evidence %}")
        self.h2("Dokazi")
        self.tag("{%p for e in evidence %}")
        self.p(
            "Dokaz {{ loop.index }}: {{ e.description }}{% if e.attached %} (u prilogu){% endif %}",
            style="Stavka",
        )
        self.tag("{%p endfor %}")
        self.tag("{%p endif %}")

    def place_date(self) -> None:
        self.blank()
        para = self.p("U {{ place }}, {{ date_signed|datum }}", style="Normal")
        para.paragraph_format.keep_with_next = True
        self.blank_sig()  # keeps the place-date line on the page of the signature

    def signature(self, party: str, by_rep: bool = True) -> None:
        """Signature block on the right: party, 'po punomoćniku', line, name, capacity."""
        self.p(party, style="Potpis")
        if by_rep:
            self.p("po " + g2("punomoćniku", "punomoćnici", "rep_gender"), style="Potpis")
        self.blank_sig()
        self.p("_______________________________", style="Potpis")
        self.p("{{ rep_full_name }}", style="Potpis")
        self.p(
            "{% if rep_kind == 'advokat' %}"
            + g2("advokat", "advokatica", "rep_gender")
            + "{% if rep_bar_no %}, br. upisa {{ rep_bar_no }}{% endif %}{% else %}"
            + g2("pravnik", "pravnica", "rep_gender")
            + ", za {{ office_name }}{% endif %}",
            style="Potpis",
        )

    def blank_sig(self) -> None:
        self.doc.add_paragraph(style="Potpis")

    def closing(self, party: str, by_rep: bool = True) -> None:
        """Place and date, then the signature block, in one borderless table row that may
        not split: neither Word nor LibreOffice can then leave the signature alone on a
        page or cut it in two (paragraph "keep with next" chains were seen ignored)."""
        self.blank()
        table = self.doc.add_table(rows=1, cols=1)
        cell = table.rows[0].cells[0]
        first = cell.paragraphs[0]
        first.style = self.doc.styles["Normal"]
        first.add_run("U {{ place }}, {{ date_signed|datum }}")
        cell.add_paragraph(style="Potpis")

        def line(text: str) -> None:
            cell.add_paragraph(style="Potpis").add_run(text)

        line(party)
        if by_rep:
            line("po " + g2("punomoćniku", "punomoćnici", "rep_gender"))
        cell.add_paragraph(style="Potpis")
        line("_______________________________")
        line("{{ rep_full_name }}")
        line(
            "{% if rep_kind == 'advokat' %}"
            + g2("advokat", "advokatica", "rep_gender")
            + "{% if rep_bar_no %}, br. upisa {{ rep_bar_no }}{% endif %}{% else %}"
            + g2("pravnik", "pravnica", "rep_gender")
            + ", za {{ office_name }}{% endif %}"
        )
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))

    def table(
        self,
        headers: list[str],
        loop: str,
        cells: list[str],
        empty: str,
        widths: list[float],
    ) -> None:
        """A table whose rows repeat over a list ({%tr for %}); one row says when it is empty."""
        t = self.doc.add_table(rows=7, cols=len(headers))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            c.paragraphs[0].style = self.doc.styles["Tabela"]
            c.paragraphs[0].add_run(h).bold = True
        # the header row repeats on every page
        t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        t.rows[1].cells[0].paragraphs[0].add_run("{%tr for " + loop + " %}")
        for i, text in enumerate(cells):
            c = t.rows[2].cells[i]
            c.paragraphs[0].style = self.doc.styles["Tabela"]
            c.paragraphs[0].add_run(text)
        t.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
        list_name = loop.split(" in ", 1)[1].strip()
        t.rows[4].cells[0].paragraphs[0].add_run("{%tr if not " + list_name + " %}")
        merged = t.rows[5].cells[0].merge(t.rows[5].cells[-1])
        merged.paragraphs[0].style = self.doc.styles["Tabela"]
        merged.paragraphs[0].add_run(empty)
        t.rows[6].cells[0].paragraphs[0].add_run("{%tr endif %}")
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        self.blank()

    def kv_table(self, rows: list[tuple[str, str]]) -> None:
        """Label / value rows of the data sheet (bilingual label, value from the case)."""
        t = self.doc.add_table(rows=len(rows), cols=2)
        t.style = self.doc.styles["Table Grid"]
        for r, (label, value) in enumerate(rows):
            lc, vc = t.rows[r].cells
            lc.width, vc.width = Cm(6.5), Cm(10)
            lc.paragraphs[0].style = vc.paragraphs[0].style = self.doc.styles["Tabela"]
            lc.paragraphs[0].add_run(label).bold = True
            vc.paragraphs[0].add_run(value)
        self.blank()


# --------------------------------------------------------------------------------------------
# Party blocks
# --------------------------------------------------------------------------------------------


def parties(w: Writer, labels: tuple[str, str, str, str], rel: str = "zastupa") -> None:
    """ŽALILAC: … / ŽALIOCI: 1. … 2. …, with the representative; labels ms, fs, mp, fp."""
    ms, fs, mp, fp = labels
    w.tag("{%p if not pl %}")
    w.p(
        (g2(ms, fs) + ":", "b"),
        " " + CLIENT_DESC + ", " + g2("koga", "koju") + " " + rel + " " + REP_DESC + ".",
        style="Stranka",
    )
    w.tag("{%p else %}")
    w.p(("{{ '" + fp + "' if fem else '" + mp + "' }}:", "b"), style="Stranka")
    w.p("1. " + CLIENT_DESC + ";", style="Stavka")
    w.tag("{%p for m in co_applicants %}")
    w.p(
        "{{ loop.index + 1 }}. {{ m.full_name }}{% if m.relation %} ({{ m.relation }}){% endif %}"
        "{% if m.birth_date %}, datum rođenja: {{ m.birth_date|datum_ref }}{% endif %}"
        "{% if m.citizenship %}, {% if m.gender == 'f' %}državljanka{% elif m.gender == 'm' %}"
        "državljanin{% else %}državljanstvo:{% endif %} {{ m.citizenship }}{% endif %}"
        "{{ '.' if loop.last else ';' }}",
        style="Stavka",
    )
    w.tag("{%p endfor %}")
    # "Sve koje zastupa" was ungrammatical: the representative acts for all of them.
    w.p("Sve ih " + rel + " " + REP_DESC + ".", style="Stranka")
    w.tag("{%p endif %}")


def sets(w: Writer, *lines: str) -> None:
    for line in (*PLURAL_SETS, *lines):
        w.tag(line)


# --------------------------------------------------------------------------------------------
# 1. Application: covering submission + data sheet
# --------------------------------------------------------------------------------------------

VULN = (
    "{'maloletnik_bez_pratnje': 'maloletnik bez pratnje / unaccompanied child', "
    "'zrtva_torture': 'žrtva torture / torture survivor', "
    "'zrtva_trgovine_ljudima': 'žrtva trgovine ljudima / victim of trafficking', "
    "'invaliditet': 'invaliditet / disability', "
    "'zdravstveni_problemi': 'zdravstveni problemi / health problems', "
    "'trudnoca': 'trudnoća / pregnancy', 'starije_lice': 'starije lice / elderly person', "
    "'drugo': 'drugo / other'}"
)


def application(w: Writer) -> None:
    sets(w)
    w.letterhead()
    w.addressee(
        "MINISTARSTVO UNUTRAŠNJIH POSLOVA",
        "UPRAVA GRANIČNE POLICIJE",
        "KANCELARIJA ZA AZIL",
        "{{ asylum_office_address }}",
    )
    parties(
        w,
        (
            "PODNOSILAC ZAHTEVA",
            "PODNOSITELJKA ZAHTEVA",
            "PODNOSIOCI ZAHTEVA",
            "PODNOSITELJKE ZAHTEVA",
        ),
    )
    w.blank()
    w.p(
        ("PREDMET: ", "b"),
        (
            "Podnošenje zahteva za azil{% if self_lodging %} u roku iz člana 36. Zakona o azilu i "
            "privremenoj zaštiti{% endif %}",
            "b",
        ),
        style="Normal",
    )
    w.blank()
    w.p(
        g4("Podnosilac", "Podnositeljka", "Podnosioci", "Podnositeljke")
        + " zahteva, preko "
        + REP_GEN
        + ", "
        + sp("podnosi", "podnose")
        + " Kancelariji za azil zahtev za azil na propisanom obrascu, u skladu sa Zakonom o azilu "
        "i privremenoj zaštiti („Službeni glasnik RS“, broj 24/18). Podaci za obrazac navedeni "
        "su u prilogu ovog podneska."
    )
    w.p(
        "Namera da se traži azil registrovana je {{ registration_date|datum }}, o čemu je izdata "
        "potvrda o registraciji broj {{ registration_cert_no }}"
        "{% if registration_police_unit %} (organ koji je izvršio registraciju: "
        "{{ registration_police_unit }}){% endif %}."
    )
    w.tag("{%p if self_lodging %}")
    w.p(
        "Kancelarija za azil nije omogućila podnošenje zahteva za azil u roku od 15 dana od dana "
        "registracije (član 36. stav 1. Zakona o azilu i privremenoj zaštiti)"
        "{% if office_deadline_date %}, koji je istekao "
        "{{ office_deadline_date|datum }}{% endif %}. Zahtev se zato podnosi samostalno, "
        "pismenim putem, na propisanom obrascu, u roku od osam dana iz člana 36. stav 2. "
        "Zakona o azilu i privremenoj zaštiti{% if self_lodging_deadline_date %}; rok ističe "
        "{{ self_lodging_deadline_date|datum }}{% endif %}."
    )
    w.tag("{%p endif %}")
    w.p("Predlaže se da Kancelarija za azil:")
    w.p("– bez odlaganja zakaže saslušanje povodom zahteva za azil;", style="Stavka")
    w.tag("{%p if client_language %}")
    w.p(
        "– obezbedi prevodioca za {{ client_language }} jezik"
        "{% if interpreter_sex_pref == 'f' %}, ženskog pola"
        "{% elif interpreter_sex_pref == 'm' %}, muškog pola{% endif %};",
        style="Stavka",
    )
    w.tag("{%p endif %}")
    w.tag("{%p if officer_sex_pref in ['m', 'f'] %}")
    w.p(
        "– odredi da saslušanje vodi službeno lice "
        "{{ 'ženskog' if officer_sex_pref == 'f' else 'muškog' }} pola;",
        style="Stavka",
    )
    w.tag("{%p endif %}")
    w.p(
        "– sva pismena u postupku dostavlja "
        + g2("punomoćniku", "punomoćnici", "rep_gender")
        + " na adresu: {{ rep_address }}.",
        style="Stavka",
    )
    w.body("interview_requests")
    w.blank()
    w.attachments(
        "Podaci za obrazac zahteva za azil",
        "Punomoćje",
        "Kopija potvrde o registraciji",
    )
    w.closing(
        g4(
            "Podnosilac zahteva",
            "Podnositeljka zahteva",
            "Podnosioci zahteva",
            "Podnositeljke zahteva",
        )
    )

    # ---- data sheet -----------------------------------------------------------------------
    sheet = w.p("PODACI ZA ZAHTEV ZA AZIL", style="Title")
    sheet.paragraph_format.page_break_before = True
    w.p("ASYLUM APPLICATION DATA SHEET", style="Subtitle")
    w.p(
        "Ovaj list sadrži podatke za propisani obrazac zahteva za azil i ne zamenjuje taj "
        "obrazac. / This sheet gives the data for the prescribed asylum application form; it is "
        "not the official form.",
        style="Napomena",
    )
    w.h2("Podaci o podnosiocu zahteva / Applicant")
    w.kv_table(
        [
            ("Ime i prezime / Full name", "{{ client_full_name }}"),
            ("Ime na izvornom pismu / Name in original script", "{{ client_name_original }}"),
            ("Ime oca / Father's name", "{{ client_father_name }}"),
            ("Ime majke / Mother's name", "{{ client_mother_name }}"),
            ("Pol / Sex", "{{ client_gender|rod('muški / male', 'ženski / female') }}"),
            (
                "Datum rođenja / Date of birth",
                "{% if client_birth_date %}{{ client_birth_date|datum_ref }}{% else %}"
                "{{ client_birth_year or '' }}{% endif %}",
            ),
            (
                "Mesto i država rođenja / Place and country of birth",
                "{{ client_birth_place }}{% if client_birth_place and client_birth_country %}, "
                "{% endif %}{{ client_birth_country }}",
            ),
            (
                "Državljanstvo / Citizenship",
                "{% if client_stateless %}lice bez državljanstva / stateless{% else %}"
                + g2("državljanin", "državljanka")
                + " {{ client_citizenship }}{% endif %}",
            ),
            ("Nacionalna pripadnost / Ethnicity", "{{ ethnicity }}"),
            ("Veroispovest / Religion", "{{ religion }}"),
            (
                "Bračno stanje / Marital status",
                "{% if marital_status == 'neozenjen' %}" + g2("neoženjen", "neudata") + " / single"
                "{% elif marital_status == 'u_braku' %}" + g2("oženjen", "udata") + " / married"
                "{% elif marital_status == 'vanbracna_zajednica' %}vanbračna zajednica / cohabiting"
                "{% elif marital_status == 'razveden' %}"
                + g2("razveden", "razvedena")
                + " / divorced"
                "{% elif marital_status == 'udovac' %}" + g2("udovac", "udovica") + " / widowed"
                "{% elif marital_status == 'odvojen' %}u braku, odvojeno žive / married, separated"
                "{% endif %}",
            ),
            ("Maternji jezik / Mother tongue", "{{ mother_tongue }}"),
            ("Drugi jezici / Other languages", "{{ other_languages }}"),
            ("Jezik postupka i prevodilac / Language of interview", "{{ client_language }}"),
            (
                "Obrazovanje / Education",
                "{% if education_level == 'bez' %}bez obrazovanja / none"
                "{% elif education_level == 'osnovno' %}osnovno / primary"
                "{% elif education_level == 'srednje' %}srednje / secondary"
                "{% elif education_level == 'visoko' %}visoko / university{% endif %}"
                "{% if education_detail %}; {{ education_detail }}{% endif %}",
            ),
            ("Zanimanje / Occupation", "{{ occupation }}"),
            ("Boravište u Srbiji / Residence in Serbia", "{{ client_residence }}"),
            ("Centar za azil / Asylum centre", "{{ asylum_centre }}"),
        ]
    )
    w.h2("Isprave / Documents")
    w.table(
        ["Vrsta / Kind", "Broj / Number", "Država izdavanja / Issued by", "Gde je / Where"],
        "d in documents",
        [
            "{{ d.doc_type }}",
            "{{ d.number }}",
            "{{ d.issuing_country }}",
            "{% if d.status == 'kod_podnosioca' %}kod podnosioca / held"
            "{% elif d.status == 'izgubljena' %}izgubljena / lost"
            "{% elif d.status == 'oduzeta' %}oduzeta / seized{% else %}drugo / other{% endif %}",
        ],
        "Nema isprava. / No documents.",
        [4.5, 3.5, 4.5, 4],
    )
    w.h2("Članovi porodice / Family members")
    w.table(
        [
            "Ime i prezime / Name",
            "Srodstvo / Relation",
            "Datum rođenja / Born",
            "Državljanstvo / Citizenship",
            "Gde se nalazi / Whereabouts",
            "Traži azil / Applies",
        ],
        "m in family_members",
        [
            "{{ m.full_name }}",
            "{{ m.relation }}",
            "{% if m.birth_date %}{{ m.birth_date|datum_ref }}{% endif %}",
            "{{ m.citizenship }}",
            "{{ m.whereabouts }}",
            "{{ 'da / yes' if m.also_applying else 'ne / no' }}",
        ],
        "Nema podataka o članovima porodice. / No family members given.",
        [3.5, 2.3, 2.7, 2.6, 3.2, 2.2],
    )
    w.h2("Put do Republike Srbije / Route to Serbia")
    w.kv_table(
        [
            (
                "Napuštanje zemlje porekla / Left the country of origin",
                "{% if left_origin_date %}{{ left_origin_date|datum_ref }}{% endif %}",
            ),
            (
                "Ulazak u Srbiju / Entry into Serbia",
                "{% if entry_date %}{{ entry_date|datum_ref }}{% endif %}"
                "{% if entry_date and entry_place %}, {% endif %}{{ entry_place }}",
            ),
            (
                "Registracija / Registration",
                "{{ registration_cert_no }}, {{ registration_date|datum_ref }}"
                "{% if registration_police_unit %}, {{ registration_police_unit }}{% endif %}",
            ),
        ]
    )
    w.table(
        ["Država / Country", "Period / Period", "Napomena / Notes"],
        "r in route",
        ["{{ r.country }}", "{{ r.period }}", "{{ r.notes }}"],
        "Nema podataka o zemljama tranzita. / No transit countries given.",
        [4.5, 4.5, 7.5],
    )
    w.h2("Razlozi za traženje azila / Reasons for seeking asylum")
    w.body("reasons")
    w.tag("{%p if fear_on_return %}")
    w.p(("Strah od povratka / Fear on return", "b"), style="Normal")
    w.body("fear_on_return")
    w.tag("{%p endif %}")
    w.h2("Posebne potrebe i procesne garancije / Special needs")
    w.p(
        "{% set vl = " + VULN + " %}{% for v in vulnerabilities %}{{ vl[v] }}"
        "{{ '; ' if not loop.last }}{% else %}nisu navedene / none stated{% endfor %}"
    )
    w.p(
        "Željeni pol službenika / officer: "
        "{{ {'m': 'muški / male', 'f': 'ženski / female'}.get(officer_sex_pref, "
        "'bez posebne želje / no preference') }}; "
        "prevodioca / interpreter: "
        "{{ {'m': 'muški / male', 'f': 'ženski / female'}.get(interpreter_sex_pref, "
        "'bez posebne želje / no preference') }}."
    )
    w.h2("Zastupnik / Representative")
    w.p(
        "{{ rep_full_name }}, {% if rep_kind == 'advokat' %}"
        + g2("advokat", "advokatica", "rep_gender")
        + "{% else %}{{ office_name }}{% endif %}, {{ rep_address }}; punomoćje u prilogu / "
        "power of attorney attached."
    )
    w.place_date()
    t = w.doc.add_table(rows=2, cols=2)
    for i, text in enumerate(["Potpis podnosioca / Applicant", "Prevodilac / Interpreter"]):
        t.rows[0].cells[i].paragraphs[0].add_run("_______________________________")
        t.rows[1].cells[i].paragraphs[0].add_run(text)
        for r in (0, 1):
            t.rows[r].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


# --------------------------------------------------------------------------------------------
# 2. Appeal
# --------------------------------------------------------------------------------------------

APPELLANT = ("ŽALILAC", "ŽALITELJKA", "ŽALIOCI", "ŽALITELJKE")
ZAL_NOM = g4("žalilac", "žaliteljka", "žalioci", "žaliteljke")
ZAL_GEN = g4("žalioca", "žaliteljke", "žalilaca", "žaliteljki")
ZAL_DAT = g4("žaliocu", "žaliteljki", "žaliocima", "žaliteljkama")
ZAL_ACC = g4("žalioca", "žaliteljku", "žalioce", "žaliteljke")

# The provision comes from the deadline rule that computed the period (appeal_basis);
# for a context without it (a case file written by hand), the same choice in the text.
APPEAL_BASIS = (
    "{% if appeal_basis %}{{ appeal_basis }}"
    "{% elif procedure_type == 'border' %}članom 41. stav 7. Zakona o azilu i privremenoj "
    "zaštiti"
    "{% elif ao_decision_outcome in ('odbacen_sigurna_treca', 'odbacen_prva_zemlja', "
    "'odbacen_naknadni') %}članom 42. stav 4. Zakona o azilu i privremenoj zaštiti"
    "{% elif procedure_type in ('accelerated', 'subsequent') %}članom 40. stav 5. Zakona o "
    "azilu i privremenoj zaštiti"
    "{% else %}članom 95. stav 1. Zakona o azilu i privremenoj zaštiti"
    "{% endif %}"
)

PROCEDURE = (
    "{% if procedure_type == 'accelerated' %}ubrzanom postupku"
    "{% elif procedure_type == 'border' %}postupku na granici ili u tranzitnom prostoru"
    "{% elif procedure_type == 'subsequent' %}postupku po naknadnom zahtevu za azil"
    "{% elif procedure_type == 'discontinuation' %}postupku po zahtevu za azil koji je obustavljen"
    "{% else %}redovnom postupku{% endif %}"
)

OUTCOME = (
    "{% if ao_decision_outcome == 'odbijen' %}odbijen je kao neosnovan zahtev za azil "
    + ZAL_GEN
    + "{% elif ao_decision_outcome == 'odbacen_sigurna_treca' %}odbačen je zahtev za azil "
    + ZAL_GEN
    + " uz primenu koncepta sigurne treće države, a da njegova osnovanost nije ispitana"
    "{% elif ao_decision_outcome == 'odbacen_prva_zemlja' %}odbačen je zahtev za azil "
    + ZAL_GEN
    + " uz primenu koncepta prve države azila, a da njegova osnovanost nije ispitana"
    "{% elif ao_decision_outcome == 'odbacen_naknadni' %}odbačen je naknadni zahtev za azil "
    + ZAL_GEN
    + "{% elif ao_decision_outcome == 'obustava' %}obustavljen je postupak po "
    "zahtevu za azil "
    + ZAL_GEN
    + "{% elif ao_decision_outcome == 'supsidijarna_umesto_utocista' %}"
    + ZAL_DAT
    + " je odobrena supsidijarna zaštita, a odbijen je zahtev za priznavanje prava na utočište"
    "{% endif %}"
)

PROPOSAL_APPEAL = (
    "Predlaže se da Komisija za azil "
    "{% if proposal == 'ponisti_i_resi_utociste' %}žalbu uvaži, ožalbeno rešenje poništi i sama "
    "reši stvar tako što će " + ZAL_DAT + " priznati pravo na utočište."
    "{% elif proposal == 'ponisti_i_resi_supsidijarna' %}žalbu uvaži, ožalbeno rešenje poništi "
    "i sama reši stvar tako što će " + ZAL_DAT + " odobriti supsidijarnu zaštitu."
    "{% elif proposal == 'preinaci_delimicno' %}žalbu uvaži i ožalbeno rešenje preinači u delu "
    "kojim je odbijen zahtev za priznavanje prava na utočište, tako što će "
    + ZAL_DAT
    + " priznati pravo na utočište."
    "{% else %}žalbu uvaži, ožalbeno rešenje poništi i predmet vrati Kancelariji za azil na "
    "ponovni postupak i odlučivanje.{% endif %}"
)


def appeal(w: Writer) -> None:
    sets(
        w,
        "{%p set gl = [('bitne povrede pravila postupka' if 'postupak' in grounds else ''), "
        "('pogrešno i nepotpuno utvrđenog činjeničnog stanja' if 'cinjenicno_stanje' in grounds "
        "else ''), ('pogrešne primene materijalnog prava' if 'materijalno_pravo' in grounds "
        "else '')]|select|list %}",
    )
    w.letterhead()
    w.addressee(
        "KOMISIJI ZA AZIL",
        "Beograd",
        "preko",
        "KANCELARIJE ZA AZIL",
        "Ministarstvo unutrašnjih poslova – Uprava granične policije",
        "{{ asylum_office_address }}",
    )
    parties(w, APPELLANT)
    w.title(
        "Ž A L B A",
        "protiv rešenja Kancelarije za azil broj {{ ao_decision_no }} od "
        "{{ ao_decision_date|datum_ref }}"
        "{% if ao_decision_outcome == 'supsidijarna_umesto_utocista' %}, u delu kojim je odbijen "
        "zahtev za priznavanje prava na utočište{% endif %}",
        COPIES,
    )
    w.p(
        g4("Žalilac", "Žaliteljka", "Žalioci", "Žaliteljke")
        + "{% if not filed_late %} u zakonskom roku{% endif %}, preko "
        + REP_GEN
        + ", "
        + sp("izjavljuje", "izjavljuju")
        + " žalbu protiv rešenja Kancelarije za azil broj {{ ao_decision_no }} od "
        "{{ ao_decision_date|datum_ref }}, koje je " + ZAL_DAT + " dostavljeno "
        # The part appealed is named once, in the title; the reasoning states the outcome.
        "{{ ao_decision_delivered|datum }}, iz svih zakonom predviđenih "
        "razloga{% if gl %}, a naročito zbog {{ gl[:-1]|join(', ') }}"
        "{% if gl|length > 1 %} i {% endif %}{{ gl[-1] }}{% endif %}."
    )
    w.tag("{%p if not filed_late %}")
    w.p(
        "Žalba je blagovremena: izjavljena je u roku od {{ appeal_days }} dana od dana "
        "dostavljanja ožalbenog rešenja, propisanom " + APPEAL_BASIS + ". Rešenje je dostavljeno "
        "{{ ao_decision_delivered|datum }}, a rok za žalbu ističe {{ appeal_deadline|datum }}."
    )
    w.tag("{%p else %}")
    w.p(
        "Rešenje je dostavljeno {{ ao_decision_delivered|datum }}, a rok za žalbu od "
        "{{ appeal_days }} dana, propisan " + APPEAL_BASIS + ", istekao je "
        "{{ appeal_deadline|datum }}."
    )
    w.body("late_reason")
    w.tag("{%p endif %}")
    w.h1("O B R A Z L O Ž E NJ E")
    w.p(
        # A discontinuation says itself what was decided ("…koji je obustavljen, obustavljen
        # je postupak" was a tautology): no "donetim u … postupku" before it.
        "Ožalbenim rešenjem{% if procedure_type != 'discontinuation' %}, donetim u "
        + PROCEDURE
        + ",{% endif %} "
        + OUTCOME
        + "{% if ao_legal_basis_cited %}, a na osnovu {{ ao_legal_basis_cited }}{% endif %}."
    )
    w.body("decision_summary")
    w.p("Ožalbeno rešenje je nezakonito iz razloga koji se izlažu u nastavku.")
    # procedure- and outcome-specific standard arguments
    w.tag(
        "{%p if procedure_type in ['accelerated', 'border'] and 'skraceni_postupak' not in "
        "(clauses_off or []) %}"
    )
    w.h2(
        "Nisu bili ispunjeni uslovi za vođenje "
        "{{ 'ubrzanog postupka' if procedure_type == 'accelerated' else 'postupka na granici' }}"
    )
    w.p(
        "Kancelarija za azil nije utvrdila, niti je u rešenju obrazložila, da su ispunjeni "
        "zakonski uslovi za odlučivanje u "
        "{{ 'ubrzanom postupku (član 40.' if procedure_type == 'accelerated' else "
        "'postupku na granici ili u tranzitnom prostoru (član 41.' }} Zakona o azilu i "
        "privremenoj zaštiti). Skraćeni rokovi tog postupka uskratili su "
        + ZAL_DAT
        + " stvarnu mogućnost da "
        + sp("iznese", "iznesu")
        + " sve činjenice i "
        + sp("pribavi", "pribave")
        + " dokaze, što samo po sebi "
        "predstavlja bitnu povredu pravila postupka."
    )
    w.tag("{%p endif %}")
    w.tag(
        "{%p if ao_decision_outcome in ['odbacen_sigurna_treca', 'odbacen_prva_zemlja'] and "
        "'koncept_odbacivanja' not in (clauses_off or []) %}"
    )
    w.h2(
        "Nisu ispunjeni uslovi za primenu koncepta "
        "{{ 'sigurne treće države' if ao_decision_outcome == 'odbacen_sigurna_treca' else "
        "'prve države azila' }}"
    )
    w.p(
        "Kancelarija za azil nije utvrdila da postoji veza na osnovu koje bi bilo razumno da se "
        + ZAL_NOM
        + " "
        + sp("vrati", "vrate")
        + " u tu državu, da bi ta država prihvatila povratak i omogućila "
        "pristup delotvornom postupku azila, niti da u njoj ne postoji stvaran rizik od "
        "proterivanja suprotno načelu zabrane vraćanja (non-refoulement) iz člana 33. "
        "Konvencije o statusu izbeglica i člana 3. Evropske konvencije o ljudskim pravima. "
        "Zahtev je odbačen, a da njegova osnovanost nikada nije ispitana."
    )
    w.tag("{%p endif %}")
    w.tag("{%p if ao_decision_outcome == 'odbacen_naknadni' %}")
    w.h2("Naknadni zahtev sadrži nove činjenice i dokaze")
    w.p(
        "U naknadnom zahtevu iznete su nove činjenice i dokazi koji nisu postojali ili nisu "
        "mogli biti izneti u ranijem postupku, a koji bitno utiču na odlučivanje, pa je zahtev "
        "morao biti ispitan u meritumu (član 46. Zakona o azilu i privremenoj zaštiti)."
    )
    w.tag("{%p endif %}")
    w.tag("{%p if ao_decision_outcome == 'obustava' %}")
    w.h2("Nisu ispunjeni uslovi za obustavu postupka")
    w.p(
        "Kancelarija za azil nije utvrdila da je "
        + ZAL_NOM
        + " "
        + g4("odustao", "odustala", "odustali", "odustale")
        + " od zahteva za azil, ni izričito "
        "ni prećutno, niti je pre obustave pružila mogućnost da se razlozi izostanka objasne."
    )
    w.tag("{%p endif %}")
    for key, heading, field in (
        ("postupak", "Bitna povreda pravila postupka", "ground_text_postupak"),
        (
            "cinjenicno_stanje",
            "Pogrešno i nepotpuno utvrđeno činjenično stanje",
            "ground_text_cinjenice",
        ),
        ("materijalno_pravo", "Pogrešna primena materijalnog prava", "ground_text_materijalno"),
    ):
        w.tag("{%p if '" + key + "' in grounds %}")
        w.h2(heading)
        w.body(field)
        w.tag("{%p endif %}")
    w.evidence()
    w.tag("{%p if new_evidence_reason %}")
    w.p(
        "Nove činjenice i dokaze "
        + ZAL_NOM
        + " "
        + g4("nije mogao", "nije mogla", "nisu mogli", "nisu mogle")
        + " izneti u prvostepenom postupku iz sledećih razloga:"
    )
    w.body("new_evidence_reason")
    w.tag("{%p endif %}")
    w.h1("P R E D L O G")
    w.p(PROPOSAL_APPEAL)
    w.tag("{%p if request_hearing %}")
    w.p(
        "Predlaže se da Komisija za azil, radi potpunog i pravilnog utvrđivanja činjeničnog "
        "stanja, održi usmenu raspravu i neposredno sasluša "
        + ZAL_ACC
        + "{% if client_language %} uz prevodioca za {{ client_language }} jezik{% endif %}."
    )
    w.tag("{%p endif %}")
    w.blank()
    w.attachments("Punomoćje", "Kopija ožalbenog rešenja", evidence=True)
    w.closing(g4("Žalilac", "Žaliteljka", "Žalioci", "Žaliteljke"))


# --------------------------------------------------------------------------------------------
# 3. Lawsuit
# --------------------------------------------------------------------------------------------

TUZ_GEN = g4("tužioca", "tužilje", "tužilaca", "tužilja")
TUZ_DAT = g4("tužiocu", "tužilji", "tužiocima", "tužiljama")
TUZ_NOM_CAP = g4("Tužilac", "Tužilja", "Tužioci", "Tužilje")

ZUS24 = (
    "['zakon, drugi propis ili opšti akt nije primenjen ili nije pravilno primenjen', "
    "'rešenje je doneo nenadležni organ', "
    "'u postupku donošenja rešenja nije postupljeno po pravilima postupka', "
    "'činjenično stanje je nepotpuno ili netačno utvrđeno, odnosno iz utvrđenih činjenica "
    "je izveden nepravilan zaključak', "
    "'prekoračene su granice zakonskog ovlašćenja, odnosno rešenje nije doneto u skladu sa "
    "ciljem u kome je ovlašćenje dato']"
)  # docxtpl's {%p %} tags cannot contain braces: a list, indexed by the point number


def lawsuit(w: Writer) -> None:
    sets(w, "{%p set z24 = " + ZUS24 + " %}")
    w.letterhead()
    w.addressee("UPRAVNOM SUDU", "Beograd", "{{ court_address }}")
    parties(w, ("TUŽILAC", "TUŽILJA", "TUŽIOCI", "TUŽILJE"))
    w.p(
        ("TUŽENI:", "b"),
        " Komisija za azil, {{ commission_address }}.",
        style="Stranka",
    )
    w.title(
        "T U Ž B A",
        "protiv rešenja Komisije za azil broj {{ commission_decision_no }} od "
        "{{ commission_decision_date|datum_ref }}",
        "{% if request_suspension %}sa zahtevom za odlaganje izvršenja{% endif %}",
        "{% if request_hearing %}sa predlogom za održavanje usmene rasprave{% endif %}",
        COPIES_LAWSUIT,
    )
    w.p(
        TUZ_NOM_CAP
        + ", preko "
        + REP_GEN
        + "{% if not filed_late %}, u zakonskom roku{% endif %} "
        + sp("podnosi", "podnose")
        + " tužbu Upravnom sudu protiv konačnog rešenja Komisije za azil broj "
        "{{ commission_decision_no }} od {{ commission_decision_date|datum_ref }}, koje je "
        + TUZ_DAT
        + " dostavljeno {{ commission_decision_delivered|datum }}."
    )
    w.tag("{%p if not filed_late %}")
    w.p(
        "Tužba je blagovremena: podneta je u roku od 30 dana od dana dostavljanja osporenog "
        "rešenja, propisanom članom 18. stav 1. Zakona o upravnim sporovima"
        "{% if lawsuit_deadline %}; rok ističe {{ lawsuit_deadline|datum }}{% endif %}."
    )
    w.tag("{%p else %}")
    w.p(
        "Rok od 30 dana od dana dostavljanja osporenog rešenja, propisan članom 18. stav 1. "
        "Zakona o upravnim sporovima, istekao je {{ lawsuit_deadline|datum }}."
    )
    w.body("late_reason")
    w.tag("{%p endif %}")
    w.p(
        "U postupku azila tužba odlaže izvršenje rešenja (član 96. stav 2. Zakona o azilu i "
        "privremenoj zaštiti)."
    )
    w.p(
        "Osporenim rešenjem "
        "{% if commission_outcome == 'zalba_odbijena' %}odbijena je kao neosnovana žalba "
        "{% elif commission_outcome == 'zalba_odbacena' %}odbačena je žalba "
        "{% else %}odlučeno je o žalbi {% endif %}"
        + TUZ_GEN
        # The participle agrees with "žalba" in its case: "žalba … izjavljena", but "o
        # žalbi … izjavljenoj" (locative).
        + " {{ 'izjavljenoj' if commission_outcome not in ['zalba_odbijena', 'zalba_odbacena'] "
        "else 'izjavljena' }} protiv rešenja Kancelarije za azil broj {{ ao_decision_no }} od "
        "{{ ao_decision_date|datum_ref }}."
    )
    w.body("decision_summary")
    w.p(
        TUZ_NOM_CAP + " " + sp("osporava", "osporavaju") + " rešenje kao nezakonito iz razloga "
        "propisanih članom 24. stav 1. "
        "{{ 'tačka' if zus24_points|length == 1 else 'tač.' }} "
        "{% for z in zus24_points|sort %}{% if not loop.first %}"
        "{{ ' i ' if loop.last else ', ' }}{% endif %}{{ z }}){% endfor %}"
        " Zakona o upravnim sporovima, jer:"
    )
    w.tag("{%p for z in zus24_points|sort %}")
    w.p("– {{ z24[z|int - 1] }}{{ '.' if loop.last else ';' }}", style="Stavka")
    w.tag("{%p endfor %}")
    w.h1("O B R A Z L O Ž E NJ E")
    w.body("reasoning")
    w.evidence()
    w.tag("{%p if request_suspension %}")
    w.h1("ZAHTEV ZA ODLAGANJE IZVRŠENJA")
    w.p(
        "Iako tužba u stvarima azila ima odložno dejstvo, iz predostrožnosti se, na osnovu "
        "člana 23. Zakona o upravnim sporovima, predlaže da "
        "sud odloži izvršenje osporenog rešenja do donošenja sudske odluke, jer bi izvršenje "
        + TUZ_DAT
        + " nanelo štetu koja bi se teško mogla nadoknaditi, a odlaganje nije "
        "protivno javnom interesu niti bi se njime nanela veća ili nenadoknadiva šteta "
        "protivnoj stranci ili zainteresovanom licu."
    )
    w.body("suspension_reasons")
    w.tag("{%p endif %}")
    w.tag("{%p if not request_fee_exemption %}")
    w.p(
        "Sudska taksa za tužbu u iznosu od {{ lawsuit_fee or '390,00' }} dinara plaćena je; "
        "dokaz o uplati prilaže se uz tužbu."
    )
    w.tag("{%p endif %}")
    w.tag("{%p if request_fee_exemption %}")
    w.h1("PREDLOG ZA OSLOBOĐENJE OD PLAĆANJA SUDSKIH TAKSI")
    w.p(
        TUZ_NOM_CAP
        + " "
        + sp("predlaže", "predlažu")
        + " da "
        + g4("ga", "je", "ih", "ih")
        + " sud oslobodi plaćanja sudskih taksi na osnovu člana "
        "10. Zakona o sudskim taksama, s obzirom na sledeće imovinsko stanje:"
    )
    w.body("means_statement")
    w.tag("{%p endif %}")
    w.h1("T U Ž B E N I   Z A H T E V")
    w.p(
        "Predlaže se da Upravni sud{% if request_hearing %}, nakon održane usmene rasprave,"
        "{% endif %} "
        "{% if proposal == 'ponisti_i_resi_utociste' %}tužbu uvaži, osporeno rešenje poništi i "
        "sam reši upravnu stvar tako što će " + TUZ_DAT + " priznati pravo na utočište."
        "{% elif proposal == 'ponisti_i_resi_supsidijarna' %}tužbu uvaži, osporeno rešenje "
        "poništi i sam reši upravnu stvar tako što će "
        + TUZ_DAT
        + " odobriti supsidijarnu zaštitu."
        "{% elif proposal == 'preinaci_delimicno' %}tužbu uvaži i osporeno rešenje poništi u delu "
        "kojim je odlučeno o zahtevu za priznavanje prava na utočište, te predmet u tom delu "
        "vrati tuženom organu na ponovno odlučivanje."
        "{% else %}tužbu uvaži, osporeno rešenje poništi i predmet vrati tuženom organu na "
        "ponovno odlučivanje.{% endif %}"
    )
    w.tag("{%p if request_hearing %}")
    w.p(
        "Usmena rasprava se predlaže na osnovu člana 33. Zakona o upravnim sporovima, jer je "
        "činjenično stanje sporno, a za njegovo pravilno utvrđivanje neophodno je neposredno "
        "saslušanje " + TUZ_GEN + "."
    )
    w.tag("{%p endif %}")
    w.tag("{%p if claim_costs %}")
    w.p(TUZ_NOM_CAP + " " + sp("traži", "traže") + " naknadu troškova upravnog spora.")
    w.tag("{%p endif %}")
    w.blank()
    w.attachments(
        "Osporeno rešenje Komisije za azil broj {{ commission_decision_no }}",
        "Rešenje Kancelarije za azil broj {{ ao_decision_no }}",
        "Punomoćje",
        "{% if request_fee_exemption %}Dokazi o imovinskom stanju{% else %}Dokaz o uplati "
        "sudske takse{% endif %}",
        evidence=True,
    )
    w.closing(TUZ_NOM_CAP)


# --------------------------------------------------------------------------------------------
# 4. Powers of attorney
# --------------------------------------------------------------------------------------------

BODIES = (
    "dict(kancelarija_za_azil='Kancelarija za azil Ministarstva unutrašnjih poslova – Uprava "
    "granične policije', komisija_za_azil='Komisija za azil', upravni_sud='Upravni sud', "
    "vrhovni_sud='Vrhovni sud (zahtev za preispitivanje sudske odluke)', "
    "mup_ostalo='druge organizacione jedinice Ministarstva unutrašnjih poslova', "
    "visi_sud='viši sudovi (žalba protiv rešenja o ograničenju kretanja)')"
)
MATTERS = (
    "dict(azil='azil i privremenu zaštitu', boravak='boravak stranaca', "
    "ogranicenje_kretanja='ograničenje slobode kretanja', "
    "udaljenje='udaljenje i vraćanje iz Republike Srbije', "
    "spajanje_porodice='spajanje porodice')"
)
POWERS = (
    "dict(podnosi='podnosi zahteve, podneske i predloge, prisustvuje saslušanjima i raspravama i "
    "daje izjave u moje ime', "
    "pravna_sredstva='izjavljuje žalbe, podnosi tužbe i druga redovna pravna sredstva', "
    "vanredna_sredstva='podnosi vanredna pravna sredstva', "
    "povlaci='povlači podneta pravna sredstva', "
    "prima_pismena='prima pismena, rešenja i druge odluke u moje ime', "
    "uvid_u_spise='razgleda spise predmeta i umnožava ih', "
    "supstitucija='prenese ovo punomoćje na drugog advokata ili pravnika (supstitucija)')"
)

GRANTEE = (
    "{{ rep_full_name|padez('akuzativ', rep_gender) }}, {% if rep_kind == 'advokat' %}"
    + g2("advokata", "advokaticu", "rep_gender")
    + " iz {{ rep_city }}{% if rep_bar_no %} (broj upisa u imenik advokata {{ rep_bar_no }})"
    "{% endif %}{% else %}"
    + g2("pravnika", "pravnicu", "rep_gender")
    + " udruženja {{ office_name }}{% endif %}, {{ rep_address }},"
)


# A parent grants the power also for the minor children applying with them: "u svoje ime
# i kao zakonska zastupnica maloletne Noor Kovalenko, rođene 22.04.2014. godine".
MINOR_CHILDREN = (
    "{% set ns = namespace(n=0) %}{% for m in co_applicants %}"
    "{% if m.birth_date and date_signed and (date_signed - m.birth_date).days < 6575 %}"
    "{{ (', u svoje ime i kao ' ~ client_gender|rod('zakonski zastupnik', 'zakonska "
    "zastupnica') ~ ' ') if ns.n == 0 else ' i ' }}"
    "{% if m.gender in ['m', 'f'] %}{{ m.gender|rod('maloletnog', 'maloletne') }} "
    "{{ m.full_name|padez('genitiv', m.gender) }}, {{ m.gender|rod('rođenog', 'rođene') }}"
    "{% else %}maloletnog deteta {{ m.full_name }}, rođenog{% endif %} "
    "{{ m.birth_date|datum_ref }}{% set ns.n = ns.n + 1 %}{% endif %}{% endfor %}"
)


def _poa_grantor(w: Writer) -> None:
    w.p(
        (g2("VLASTODAVAC", "VLASTODAVKA") + ":", "b"),
        " "
        + CLIENT_DESC
        + "{% if client_id_doc %}, {{ client_id_doc }}{% endif %}"
        + MINOR_CHILDREN
        + ".",
        style="Stranka",
    )
    w.blank()


def _poa_end(w: Writer) -> None:
    w.tag("{%p if client_language %}")
    w.p(
        "Sadržina ovog punomoćja prevedena mi je na {{ client_language|ili }} jezik, koji "
        "razumem"
        "{% if interpreter_name %}; prevodilac: {{ interpreter_name }}{% endif %}."
    )
    w.tag("{%p endif %}")
    # Place and date, then both signatures, in one row that may not split (layout).
    w.blank()
    t = w.doc.add_table(rows=1, cols=2)
    left = [
        ("U {{ place }}, {{ date_signed|datum }}", False),
        ("", False),
        ("Punomoćje primam:", False),
        ("", False),
        ("_______________________________", False),
        ("{{ rep_full_name }}", False),
        ("", False),
        (
            "{% if interpreter_name %}Prevodilac: ____________________ "
            "({{ interpreter_name }}){% endif %}",
            False,
        ),
    ]
    right = [
        ("", False),
        ("", False),
        (
            "{% if client_is_minor and guardian_name %}Zakonski zastupnik "
            + g2("vlastodavca", "vlastodavke")
            + "{% else %}"
            + g2("Vlastodavac", "Vlastodavka")
            + "{% endif %}",
            True,
        ),
        ("", False),
        ("_______________________________", False),
        (
            "{% if client_is_minor and guardian_name %}{{ guardian_name }}, privremeni staratelj "
            + g2("maloletnog", "maloletne")
            + " {{ client_full_name|padez('genitiv', client_gender) }}"
            "{% else %}{{ client_full_name }}{% endif %}",
            False,
        ),
        ("", False),
        ("", False),
    ]
    for c, column in enumerate((left, right)):
        cell = t.rows[0].cells[c]
        for r, (text, bold) in enumerate(column):
            para = cell.paragraphs[0] if r == 0 else cell.add_paragraph()
            para.alignment = (
                WD_ALIGN_PARAGRAPH.LEFT if (c, r) == (0, 0) else (WD_ALIGN_PARAGRAPH.CENTER)
            )
            para.add_run(text).bold = bold
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))


def poa(w: Writer) -> None:
    w.letterhead()
    w.title("P U N O M O Ć J E", "za zastupanje u postupku azila")
    _poa_grantor(w)
    w.p(
        "Ovlašćujem " + GRANTEE + " da me zastupa u postupcima koji se odnose na: "
        "{% set ml = " + MATTERS + " %}{% for s in scope_matters %}{{ ml[s] }}"
        "{{ '; ' if not loop.last }}{% else %}azil i privremenu zaštitu{% endfor %}, "
        "u svim fazama postupka i u svim instancama, pred sledećim organima:"
    )
    w.tag("{%p set bl = " + BODIES + " %}")
    w.tag("{%p for b in (scope_bodies or bl.keys()|list) %}")
    w.p("– {{ bl[b] }}{{ ';' if not loop.last else '.' }}", style="Stavka")
    w.tag("{%p endfor %}")
    w.p(
        g2("Punomoćnik", "Punomoćnica", "rep_gender")
        + " je "
        + g2("ovlašćen", "ovlašćena", "rep_gender")
        + " da:"
    )
    w.tag("{%p set pw = " + POWERS + " %}")
    w.tag("{%p for x in (powers or pw.keys()|list) %}")
    w.p("– {{ pw[x] }}{{ ';' if not loop.last else '.' }}", style="Stavka")
    w.tag("{%p endfor %}")
    w.p(
        "Ovo punomoćje ne obuhvata izjavljivanje ustavne žalbe, za koje se daje posebno "
        "(specijalno) punomoćje."
    )
    _poa_end(w)


def poa_constitutional(w: Writer) -> None:
    for line in ACT_SET:
        w.tag(line)
    w.letterhead()
    w.title("S P E C I J A L N O   P U N O M O Ć J E", "za izjavljivanje ustavne žalbe")
    _poa_grantor(w)
    w.p(
        "Ovlašćujem " + GRANTEE + " da u moje ime izjavi ustavnu žalbu Ustavnom sudu protiv "
        "{{ act }} broj {{ contested_act_no }} od {{ contested_act_date|datum_ref }}, {{ rel }} "
        "je doneo {{ contested_act_body }}, i da me zastupa u postupku po toj ustavnoj žalbi."
    )
    w.p(
        g2("Punomoćnik", "Punomoćnica", "rep_gender")
        + " je "
        + g2("ovlašćen", "ovlašćena", "rep_gender")
        + " da u tom postupku podnosi podneske, "
        "dopune i predlog za odlaganje izvršenja osporenog akta, da postavi zahtev za naknadu "
        "štete, da prima pismena i odluke Ustavnog suda u moje ime i da preduzima sve druge "
        "radnje u postupku po ustavnoj žalbi."
    )
    _poa_end(w)


# --------------------------------------------------------------------------------------------
# 5. Urgency (ZUS Art. 19), second instance by default
# --------------------------------------------------------------------------------------------


def urgency(w: Writer) -> None:
    sets(w, "{%p set second = silence_level != 'first_instance' %}")
    w.letterhead()
    w.tag("{%p if second %}")
    w.p("KOMISIJI ZA AZIL", style="Adresat")
    w.p("Beograd", style="Adresat")
    w.tag("{%p if commission_address %}")
    w.p("{{ commission_address }}", style="Adresat")
    w.tag("{%p endif %}")
    w.blank()
    parties(w, APPELLANT)
    w.tag("{%p else %}")
    w.addressee(
        "MINISTARSTVO UNUTRAŠNJIH POSLOVA",
        "UPRAVA GRANIČNE POLICIJE",
        "KANCELARIJA ZA AZIL",
        "{{ asylum_office_address }}",
    )
    parties(
        w,
        (
            "PODNOSILAC ZAHTEVA",
            "PODNOSITELJKA ZAHTEVA",
            "PODNOSIOCI ZAHTEVA",
            "PODNOSITELJKE ZAHTEVA",
        ),
    )
    w.tag("{%p endif %}")
    w.title(
        "U R G E N C I J A",
        "{% if second %}ponovljeni zahtev za donošenje rešenja po žalbi (član 19. Zakona o "
        "upravnim sporovima){% else %}zahtev za donošenje rešenja po zahtevu za azil{% endif %}",
        COPIES,
    )
    w.tag("{%p if second %}")
    w.p(
        g4("Žalilac", "Žaliteljka", "Žalioci", "Žaliteljke")
        + " "
        + sp("je", "su")
        + "{% if appeal_lodged_date %} {{ appeal_lodged_date|datum }}"
        "{% endif %}, preko "
        + REP_GEN
        + ", "
        + g4("izjavio", "izjavila", "izjavili", "izjavile")
        + " žalbu Komisiji za azil, preko Kancelarije za azil, protiv rešenja Kancelarije za "
        "azil"
        "{% if ao_decision_no %} broj {{ ao_decision_no }}{% endif %}"
        "{% if ao_decision_date %} od {{ ao_decision_date|datum_ref }}{% endif %}"
        "{% if appeal_received_date %}, a žalba je primljena u Komisiji za azil "
        "{{ appeal_received_date|datum }}"
        "{% endif %}{% if proof_of_lodging %} (dokaz: {{ proof_of_lodging }}){% endif %}."
    )
    w.p(
        "Rok od {{ special_period_days or 60 }} dana za donošenje rešenja po žalbi, računat od "
        "dana prijema žalbe, istekao je {{ silence_deadline|datum }}. Rešenje po žalbi do danas "
        "nije doneto niti je dostavljeno "
        + ZAL_DAT
        + " ili "
        + g2("punomoćniku", "punomoćnici", "rep_gender")
        + "."
    )
    w.p(
        "Stoga " + ZAL_NOM + ", u skladu sa članom 19. stav 1. Zakona o upravnim sporovima, "
        "ponovo " + sp("traži", "traže") + " da Komisija za azil bez daljeg odlaganja donese "
        "rešenje po žalbi i dostavi ga "
        + g2("punomoćniku", "punomoćnici", "rep_gender")
        + " na adresu: {{ rep_address }}."
    )
    w.p(
        "Ako Komisija za azil ne donese rešenje ni u daljem roku od sedam dana od prijema ovog "
        "ponovljenog traženja, " + ZAL_NOM + " će po isteku tog roka pokrenuti upravni spor "
        "zbog nedonošenja rešenja."
    )
    w.tag("{%p else %}")
    w.p(
        g4("Podnosilac", "Podnositeljka", "Podnosioci", "Podnositeljke")
        + " zahteva "
        + sp("je", "su")
        + "{% if application_date %} {{ application_date|datum }}{% endif %} "
        + g4("podneo", "podnela", "podneli", "podnele")
        + " zahtev za azil Kancelariji za azil. "
        "Rok za donošenje rešenja{% if special_period_days %} od {{ special_period_days }} dana"
        "{% endif %} istekao je {{ silence_deadline|datum }}, a rešenje do danas nije doneto "
        "niti dostavljeno."
    )
    w.p(
        "Stoga se traži da Kancelarija za azil bez daljeg odlaganja donese rešenje po zahtevu "
        "za azil i dostavi ga "
        + g2("punomoćniku", "punomoćnici", "rep_gender")
        + " na adresu: {{ rep_address }}. U suprotnom, biće izjavljena žalba Komisiji za azil "
        "zbog nedonošenja rešenja u propisanom roku (član 151. stav 3. Zakona o opštem upravnom "
        "postupku)."
    )
    w.tag("{%p endif %}")
    w.tag("{%p if urgency_reasons %}")
    w.h1("RAZLOZI HITNOSTI")
    w.body("urgency_reasons")
    w.tag("{%p endif %}")
    w.blank()
    w.tag("{%p if second %}")
    w.attachments("Kopija žalbe sa dokazom o predaji", "Punomoćje")
    w.tag("{%p else %}")
    w.attachments("Dokaz o podnošenju zahteva za azil", "Punomoćje")
    w.tag("{%p endif %}")
    w.closing(
        "{% if second %}"
        + g4("Žalilac", "Žaliteljka", "Žalioci", "Žaliteljke")
        + "{% else %}"
        + g4(
            "Podnosilac zahteva",
            "Podnositeljka zahteva",
            "Podnosioci zahteva",
            "Podnositeljke zahteva",
        )
        + "{% endif %}"
    )


# --------------------------------------------------------------------------------------------
# 6. Constitutional appeal (authored in Latin; rendered in Cyrillic by default)
# --------------------------------------------------------------------------------------------

ARTICLES = (
    "{% for r in violated_rights %}{% if not loop.first %}{{ ' i ' if loop.last else ', ' }}"
    "{% endif %}članom {{ r.constitution_article }}.{% endfor %}"
)
POD_GEN = g2("podnosioca", "podnositeljke")


def constitutional_appeal(w: Writer) -> None:
    for line in ACT_SET:
        w.tag(line)
    w.letterhead()
    w.addressee(
        "USTAVNOM SUDU",
        "Beograd",
        "{{ constitutional_court_address }}",
    )
    w.p(
        (g2("PODNOSILAC", "PODNOSITELJKA") + " USTAVNE ŽALBE:", "b"),
        " " + CLIENT_DESC + "; jedinstveni matični broj građana: nema"
        "{% if client_id_doc %}, identifikaciona isprava: {{ client_id_doc }}{% endif %}.",
        style="Stranka",
    )
    w.p(
        (g2("PUNOMOĆNIK", "PUNOMOĆNICA", "rep_gender") + ":", "b"),
        " {{ rep_full_name }}, {% if rep_kind == 'advokat' %}"
        + g2("advokat", "advokatica", "rep_gender")
        + " iz {{ rep_city }}{% else %}"
        + g2("pravnik", "pravnica", "rep_gender")
        + " udruženja {{ office_name }}{% endif %}, "
        "{{ rep_address }} (specijalno punomoćje od {{ special_poa_date|datum_ref }} u prilogu).",
        style="Stranka",
    )
    w.title(
        "U S T A V N A   Ž A L B A",
        "protiv {{ act }} {{ body_gen }} broj {{ contested_act_no }} od "
        "{{ contested_act_date|datum_ref }}",
        "zbog povrede prava zajemčenih " + ARTICLES + " Ustava Republike Srbije",
        COPIES_CC,
    )
    w.p(
        g2("Podnosilac", "Podnositeljka")
        + " ustavne žalbe, preko "
        + REP_GEN
        + ", na osnovu člana 170. Ustava Republike Srbije i članova 82. do 92. Zakona o "
        "Ustavnom sudu, izjavljuje ustavnu žalbu protiv {{ act }} broj "
        "{{ contested_act_no }} od {{ contested_act_date|datum_ref }}, {{ rel }} je doneo "
        "{{ contested_act_body }}."
    )
    w.h2("Blagovremenost i iscrpljenost pravnih sredstava")
    w.p(
        "Osporeni akt dostavljen je "
        + POD_GEN.replace("podnosioca", "podnosiocu").replace("podnositeljke", "podnositeljki")
        + " ustavne žalbe {{ contested_act_delivered|datum }}. "
        "Ustavna žalba izjavljuje se u roku od 30 dana od dana dostavljanja, propisanom članom "
        "84. stav 1. Zakona o Ustavnom sudu{% if cc_deadline %}; rok "
        "{% if filed_late %}je istekao{% else %}ističe{% endif %} "
        "{{ cc_deadline|datum }}{% endif %}{% if not filed_late %}, pa je ustavna žalba "
        "blagovremena{% endif %}."
    )
    w.tag("{%p if filed_late %}")
    w.body("late_reason")
    w.tag("{%p endif %}")
    w.body("exhaustion_statement")
    w.h2("Činjenično stanje")
    w.body("facts")
    w.tag("{%p if prior_acts %}")
    w.p("U postupku su doneti i sledeći akti:")
    w.tag("{%p for a in prior_acts %}")
    w.p(
        "– {{ a.act }} broj {{ a.number }}{% if a.date %} od {{ a.date|datum_ref }}{% endif %}"
        "{{ ';' if not loop.last else '.' }}",
        style="Stavka",
    )
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")
    w.tag("{%p for r in violated_rights %}")
    w.h2(
        "{{ r.right_label }} (član {{ r.constitution_article }}. Ustava Republike Srbije"
        "{% if r.echr_article %}; član {{ r.echr_article }}. Evropske konvencije za zaštitu "
        "ljudskih prava i osnovnih sloboda{% endif %})"
    )
    w.tag("{%p for para in r.argument|paragraphs %}")
    w.p("{{ para }}")
    w.tag("{%p endfor %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if damages_claim %}")
    w.h2("Zahtev za naknadu štete")
    w.p(
        g2("Podnosilac", "Podnositeljka") + " ustavne žalbe zahteva naknadu nematerijalne štete "
        "u iznosu od {{ damages_amount }} (član 85. stav 1. Zakona o Ustavnom sudu), po "
        "sledećem osnovu:"
    )
    w.body("damages_basis")
    w.tag("{%p endif %}")
    w.tag("{%p if request_postponement %}")
    w.h2("Zahtev za odlaganje izvršenja")
    w.p(
        "Predlaže se da Ustavni sud odloži izvršenje osporenog akta do donošenja odluke o "
        "ustavnoj žalbi, jer bi njegovim izvršenjem, udaljenjem "
        + POD_GEN
        + " iz Republike Srbije, nastupile nenadoknadive štetne posledice."
    )
    w.body("postponement_reasons")
    w.tag("{%p endif %}")
    w.h1("P R E D L O G")
    w.p("Predlaže se da Ustavni sud:")
    w.p(
        "– usvoji ustavnu žalbu i utvrdi da su u postupku okončanom donošenjem "
        "{{ act }} broj {{ contested_act_no }} od {{ contested_act_date|datum_ref }} "
        "povređena prava "
        + POD_GEN
        + " ustavne žalbe zajemčena "
        + ARTICLES
        + " Ustava Republike Srbije;",
        style="Stavka",
    )
    w.p(
        "– poništi {{ act_acc }} {{ body_gen }} broj {{ contested_act_no }} i odredi da "
        "{% if by_court %}isti sud ponovo odluči o tužbi{% else %}nadležni organ ponovo "
        "odluči{% endif %}{{ ';' if damages_claim or request_postponement else '.' }}",
        style="Stavka",
    )
    w.tag("{%p if damages_claim %}")
    w.p(
        "– utvrdi pravo " + POD_GEN + " ustavne žalbe na naknadu nematerijalne štete u iznosu "
        "od {{ damages_amount }}{{ ';' if request_postponement else '.' }}",
        style="Stavka",
    )
    w.tag("{%p endif %}")
    w.tag("{%p if request_postponement %}")
    w.p(
        "– odloži izvršenje osporenog akta do donošenja odluke o ustavnoj žalbi.",
        style="Stavka",
    )
    w.tag("{%p endif %}")
    w.blank()
    w.p(("Prilozi:", "b"), style="Normal")
    w.p(
        "1. Kopija osporenog akta ({{ contested_act_no }}) sa dokazom o datumu dostavljanja",
        style="Stavka",
    )
    w.p("2. Specijalno punomoćje", style="Stavka")
    # Against a judgment, the lawsuit it decided is part of what the Court reviews.
    w.tag("{%p if by_court %}")
    w.p("3. Kopija tužbe podnete {{ body_dat }}", style="Stavka")
    w.tag("{%p endif %}")
    w.tag("{%p set base = 3 if by_court else 2 %}")
    w.tag("{%p for a in prior_acts %}")
    w.p("{{ loop.index + base }}. Kopija: {{ a.act }} broj {{ a.number }}", style="Stavka")
    w.tag("{%p endfor %}")
    w.tag("{%p for a in attachments %}")
    w.p("{{ loop.index + base + prior_acts|length }}. {{ a.description }}", style="Stavka")
    w.tag("{%p endfor %}")
    w.closing(g2("Podnosilac", "Podnositeljka") + " ustavne žalbe")


BUILDERS: dict[str, Callable[[Writer], None]] = {
    "zahtev_za_azil.docx": application,
    "zalba.docx": appeal,
    "tuzba.docx": lawsuit,
    "punomocje.docx": poa,
    "punomocje_ustavna_zalba.docx": poa_constitutional,
    "urgencija.docx": urgency,
    "ustavna_zalba.docx": constitutional_appeal,
}


def build(out_dir: Path) -> list[Path]:
    """Write every template into out_dir and return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, builder in BUILDERS.items():
        doc = new_document()
        builder(Writer(doc))
        core = doc.core_properties
        core.author, core.title, core.language = (
            "azil",
            filename.removesuffix(".docx"),
            "sr-Latn-RS",
        )
        path = out_dir / filename
        doc.save(str(path))
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    out = Path(argv[1]) if len(argv) > 1 else root / "templates_docx"
    for path in build(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
