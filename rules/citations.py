"""Legal citations as data, rendered the way each language's lawyers write them.

Serbian courts cite "čl. 95. st. 1. ZAPZ" (an abbreviated law stays as it is; a law named
in full takes the genitive: "čl. 84. st. 2. Zakona o Ustavnom sudu"); English texts cite
"ZAPZ Art. 95(1)". Keeping the article and paragraphs as numbers, not text, means a
basis can never be a placeholder and both languages always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from rules.vocabulary import Lang


class Law(Enum):
    """The laws the catalogue cites: (Serbian after an article, English name, the full
    Serbian title in the genitive, as a filing's running text cites it)."""

    ZAPZ = ("ZAPZ", "ZAPZ", "Zakona o azilu i privremenoj zaštiti")
    ZUP = ("ZUP", "ZUP", "Zakona o opštem upravnom postupku")
    ZUS = ("ZUS", "ZUS", "Zakona o upravnim sporovima")
    ZUSUD = ("Zakona o Ustavnom sudu", "Law on the Constitutional Court", "Zakona o Ustavnom sudu")
    ZBPP = ("ZBPP", "ZBPP", "Zakona o besplatnoj pravnoj pomoći")
    HOLIDAYS = (
        "Zakona o državnim i drugim praznicima u Republici Srbiji",
        "Holidays Law",
        "Zakona o državnim i drugim praznicima u Republici Srbiji",
    )
    ECHR = (
        "Evropske konvencije za zaštitu ljudskih prava i osnovnih sloboda",
        "ECHR",
        "Evropske konvencije za zaštitu ljudskih prava i osnovnih sloboda",
    )

    @property
    def sr(self) -> str:
        return self.value[0]

    @property
    def en(self) -> str:
        return self.value[1]

    @property
    def title_genitive(self) -> str:
        return self.value[2]


@dataclass(frozen=True, slots=True)
class Cite:
    """One provision: a law, an article ("95", "3a") and the paragraphs (stav) cited."""

    law: Law
    article: str
    paragraphs: tuple[int, ...] = ()

    def text(self, lang: Lang) -> str:
        """'čl. 83. st. 1. i 2. ZUP' / 'ZUP Art. 83(1) and (2)'."""
        art = self.article
        if lang == "sr":
            # An article number takes the ordinal dot; "3a" does not ("čl. 3a").
            head = f"čl. {art}." if art.isdigit() else f"čl. {art}"
            if self.paragraphs:
                head += f" st. {_join([f'{p}.' for p in self.paragraphs], 'i')}"
            return f"{head} {self.law.sr}"
        paras = _join([f"({p})" for p in self.paragraphs], "and") if self.paragraphs else ""
        return f"{self.law.en} Art. {art}{paras}"


def running_text(cite: Cite) -> str:
    """A provision as a filing's sentence names it after "propisan(im)": "članom 95.
    stav 1. Zakona o azilu i privremenoj zaštiti" (instrumental, the law's full title)."""
    head = f"članom {cite.article}." if cite.article.isdigit() else f"članom {cite.article}"
    if cite.paragraphs:
        head += f" stav {_join([f'{p}.' for p in cite.paragraphs], 'i')}"
    return f"{head} {cite.law.title_genitive}"


def _join(parts: list[str], word: str) -> str:
    """'1.' / '1. i 2.' / '1., 2. i 4.'; '(1) and (2)'."""
    if len(parts) <= 1:
        return "".join(parts)
    sep = ", " if len(parts) > 2 else " "
    return sep.join(parts[:-1]) + f" {word} {parts[-1]}"


def cite_text(cites: tuple[Cite, ...], lang: Lang) -> str:
    """Several provisions in one basis, joined the way a brief lists them: those of one
    law together ("čl. 82. st. 1. i čl. 83. st. 1. i 2. ZUP" / "ZUP Art. 82(1), Art.
    83(1) and (2)"), different laws apart ("čl. 174. ZUP; čl. 19. st. 1. ZUS")."""
    groups: list[list[Cite]] = []
    for cite in cites:
        if groups and groups[-1][0].law is cite.law:
            groups[-1].append(cite)
        else:
            groups.append([cite])
    out = []
    for group in groups:
        law = group[0].law
        if lang == "sr":
            parts = [c.text("sr")[: -len(law.sr) - 1] for c in group]
            out.append(f"{_join(parts, 'i')} {law.sr}")
        else:
            parts = [c.text("en")[len(law.en) + 1 :] for c in group]
            out.append(f"{law.en} {', '.join(parts)}")
    return "; ".join(out)


# The counting provisions each explanation cites where it applies them.
DAY_COUNT = Cite(Law.ZUP, "80", (2,))
EXTENSION = Cite(Law.ZUP, "80", (5,))
FILING_IN_TIME = Cite(Law.ZUP, "81", (1, 2))
LAWSUIT_BY_POST = Cite(Law.ZUS, "20", (4,))
CC_BY_POST = Cite(Law.ZUSUD, "32", (3,))
# Court procedure: ZUS refers to the civil procedure rules for what it does not govern.
COURT_RULES = Cite(Law.ZUS, "74")
HOLIDAY_TRANSFER = Cite(Law.HOLIDAYS, "3a")

__all__ = [
    "DAY_COUNT",
    "EXTENSION",
    "FILING_IN_TIME",
    "HOLIDAY_TRANSFER",
    "Cite",
    "Law",
    "cite_text",
    "running_text",
]
