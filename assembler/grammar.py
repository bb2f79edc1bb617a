"""Serbian declension of personal names, as legal Serbian writes them.

A filing names people in every grammatical case: "Ovlašćujem Marka Jovanovića" (the
accusative), "privremeni staratelj maloletnog Abdirahmana Warsamea" (the genitive). The
rules, per word of a full name (Pravopis srpskoga jezika, declension of personal names):

- a man's name or surname ending in a consonant takes the masculine endings (Marko ->
  Marka is the -o type below); after a palatal (ć, č, đ, š, ž, j, lj, nj, dž, c) the
  instrumental is -em (Jovanovićem), else -om;
- ending in -o (Marko, Pero): the -o drops: Marka, Marku, Markom;
- ending in -i (Karimi, Ali): -j- is inserted: Karimija, Karimiju, Karimijem;
- ending in -e: a foreign name keeps the -e (Warsame -> Warsamea), a Serbian one drops
  it (Đorđe -> Đorđa, Pavle -> Pavla);
- ending in -a, a man's or a woman's (Nikola, Mustafa, Ana, Marija): -e, -i, -u, -om;
- a woman's name or surname ending otherwise (Petrović, Karimi, Ndayishimiye) does not
  decline; nor do particles (al, bin, ibn, el, abu) or other final vowels (Abu, Sousou).

In a hyphenated name only the last part declines (Al-Hassan -> Al-Hassana). Where the
rule is wrong for a person, a filing takes the form given in an override.
"""

from __future__ import annotations

from typing import Literal

Case = Literal["nom", "gen", "dat", "acc", "ins", "loc"]
CASES: tuple[Case, ...] = ("nom", "gen", "dat", "acc", "ins", "loc")

# Serbian case names a template may use instead of the short codes.
_ALIASES: dict[str, Case] = {
    "nominativ": "nom",
    "genitiv": "gen",
    "dativ": "dat",
    "akuzativ": "acc",
    "instrumental": "ins",
    "lokativ": "loc",
}
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "abd", "van", "von", "de", "da"})
_PALATAL = ("ć", "č", "đ", "š", "ž", "j", "lj", "nj", "dž", "c")
# Serbian men's names in -e that drop it (Đorđe -> Đorđa); any other -e name is foreign.
_SERBIAN_E = frozenset({"đorđe", "pavle", "rade", "mile", "dragutine", "srđe", "vuče", "save"})
_VOWELS = set("aeiouAEIOU")

_A_ENDINGS: dict[Case, str] = {
    "nom": "a",
    "gen": "e",
    "dat": "i",
    "acc": "u",
    "ins": "om",
    "loc": "i",
}
_MASC_ENDINGS: dict[Case, str] = {
    "nom": "",
    "gen": "a",
    "dat": "u",
    "acc": "a",
    "ins": "om",
    "loc": "u",
}


def case_of(name: str) -> Case:
    """'akuzativ' or 'acc' -> 'acc'; anything else is an error a template author sees."""
    key = name.strip().lower()
    if key in CASES:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValueError(f"unknown grammatical case {name!r}; use one of {', '.join(CASES)}")


def _decline_word(word: str, gender: str, case: Case) -> str:
    """One word of a name (the last part of a hyphenated one)."""
    if case == "nom" or not word or word.lower() in _PARTICLES:
        return word
    if "-" in word:
        head, _, tail = word.rpartition("-")
        return f"{head}-{_decline_word(tail, gender, case)}"
    lower = word.lower()
    if lower.endswith("a") and len(word) > 1:
        return word[:-1] + _A_ENDINGS[case]
    if gender != "m":
        return word  # a woman's name or surname not ending in -a does not decline
    if lower.endswith("o"):
        return word[:-1] + _MASC_ENDINGS[case]
    if lower.endswith("i"):
        return word + ("jem" if case == "ins" else "j" + _MASC_ENDINGS[case])
    if lower.endswith("e"):
        if lower in _SERBIAN_E:
            stem = word[:-1]
            return stem + ("em" if case == "ins" and stem.lower().endswith(_PALATAL) else
                           _MASC_ENDINGS[case])  # fmt: skip
        return word + ("om" if case == "ins" else _MASC_ENDINGS[case])
    if word[-1] in _VOWELS or not word[-1].isalpha():
        return word  # Abu, Sousou, a number: no Serbian ending fits
    ending = _MASC_ENDINGS[case]
    if case == "ins" and lower.endswith(_PALATAL):
        ending = "em"
    return word + ending


def parse_forms(text: str | None) -> dict[Case, str]:
    """A person's recorded forms, "gen=Pavla Ilića; acc=Pavla Ilića" (case names long or
    short), as a table; a mistake raises ValueError saying what to write."""
    forms: dict[Case, str] = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep or not value.strip():
            raise ValueError(
                f"write each form as CASE=FORM, e.g. 'gen=Pavla Ilića; acc=Pavla Ilića' "
                f"(got {part.strip()!r})"
            )
        forms[case_of(key)] = " ".join(value.split())
    return forms


def format_forms(forms: dict[Case, str]) -> str:
    """The stored text of a person's forms, in the order of CASES."""
    return "; ".join(f"{c}={forms[c]}" for c in CASES if c in forms)


def decline(full_name: str, gender: str, case: str, override: str | None = None) -> str:
    """A full name in a grammatical case; `override` (the form recorded for the person)
    wins where the rule is wrong."""
    if override:
        return override
    which = case_of(case)
    return " ".join(_decline_word(w, gender, which) for w in full_name.split())


__all__ = ["CASES", "Case", "case_of", "decline", "format_forms", "parse_forms"]
