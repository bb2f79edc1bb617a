"""Layout a lawyer signs: the closing of a filing never falls alone onto a page.

Word and LibreOffice keep a paragraph on the page of the next one when it is marked
"keep with next", and never split a table row marked "can't split". After a template is
filled (when the length of the lawyer's text is known) the last content paragraph,
the place and date, and the signature block are chained together, and no table row
breaks across pages.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# "U Beogradu, 2. decembra 2026. godine": the line that opens the closing block.
_PLACE_DATE = re.compile(r"^U \S.*, \d{1,2}\. \S+ \d{4}\. godine\s*$")


def keep_closing_together(document: Any) -> None:
    """Chain the last content paragraph, the place and date and everything after it; a
    document with two closings (the application and its data sheet) chains both."""
    body = document.element.body
    blocks = [child for child in body.iterchildren() if child.tag in (qn("w:p"), qn("w:tbl"))]
    texts = [_text(b) if b.tag == qn("w:p") else None for b in blocks]
    # The place and date open the closing: a paragraph, or the first line of the closing
    # table (the templates put the place, date and signature in one unsplittable row).
    firsts = [texts[i] if texts[i] is not None else _first_line(b) for i, b in enumerate(blocks)]
    starts = [i for i, t in enumerate(firsts) if t is not None and _PLACE_DATE.match(t)]
    for n, start in enumerate(starts):
        # Back over empty paragraphs to the last paragraph with text: it travels along.
        first = start
        for i in range(start - 1, -1, -1):
            text = texts[i]
            if text is None:
                break
            first = i
            if text.strip():
                break
        if n < len(starts) - 1:
            last = start  # an earlier closing: its own block ends it
        else:
            last = len(blocks) - 1
            while last > start and _blank(texts[last]):
                last -= 1
        for block in blocks[first:last]:
            if block.tag == qn("w:p"):
                _keep_with_next(block)
            else:
                rows = block.findall(qn("w:tr"))
                for row in rows[:-1]:
                    for para in row.iter(qn("w:p")):
                        _keep_with_next(para)


def rows_never_split(document: Any) -> None:
    """Every table row stays on one page (a row of the data sheet is read as a unit)."""
    for tr in document.element.body.iter(qn("w:tr")):
        tr_pr = tr.find(qn("w:trPr"))
        if tr_pr is None:
            tr_pr = OxmlElement("w:trPr")
            tr.insert(0, tr_pr)
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.append(OxmlElement("w:cantSplit"))


def _first_line(table: Any) -> str | None:
    """The text of a table's first paragraph."""
    for p in table.iter(qn("w:p")):
        return _text(p)
    return None


def _blank(text: str | None) -> bool:
    """An empty paragraph (a table is never blank)."""
    return text is not None and not text.strip()


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _keep_with_next(p: Any) -> None:
    p_pr = p.find(qn("w:pPr"))
    if p_pr is None:
        p_pr = OxmlElement("w:pPr")
        p.insert(0, p_pr)
    if p_pr.find(qn("w:keepNext")) is None:
        keep = OxmlElement("w:keepNext")
        # pPr children have a schema order; keepNext comes right after pStyle.
        style = p_pr.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(keep)
        else:
            p_pr.insert(0, keep)


__all__ = ["keep_closing_together", "rows_never_split"]


def drop_empty_fields(document: Any) -> None:
    """Remove each paragraph that held only an empty multi-paragraph field (marked with
    EMPTY_FIELD by assembler.filters.Paragraphs): an empty "reasons" leaves no blank line."""
    from assembler.filters import EMPTY_FIELD

    for p in list(document.element.body.iter(qn("w:p"))):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if EMPTY_FIELD in text and not text.replace(EMPTY_FIELD, "").strip():
            p.getparent().remove(p)
        elif EMPTY_FIELD in text:
            for t in p.iter(qn("w:t")):
                if t.text and EMPTY_FIELD in t.text:
                    t.text = t.text.replace(EMPTY_FIELD, "")
