"""Serbian Latin <-> Cyrillic transliteration.

Serbian has a one-to-one mapping between its two alphabets, with three Latin
digraphs (lj, nj, dž) that are single letters (љ, њ, џ). Text that is not Serbian
is left alone: e-mail addresses, URLs, any other script (Arabic, Persian, emoji),
and Latin words carrying letters Serbian does not have (q, w, x, y, ä, ü, ş, ...),
which are foreign names or quotations ("Sabri Güneş v. Turkey"). Roman numerals of
two or more letters ("IV", "XII") stay Latin, as Serbian Cyrillic texts write them.

Known exceptions (the lawyer fixes them in the .docx): in a few words
"nj" and "dž" are two letters, not one, e.g. "konjugacija" (конјугација),
"injekcija" (инјекција), "tanjug", "vanjezički"; "nadživeti" (надживети),
"podžanr" (поджанр). The stems in _TWO_LETTER_STEMS are handled; any other word
with such a prefix boundary comes out with the single letter. Transliteration
works on the text as stored, so a digraph that Word split between two runs of
different formatting ("L" bold, "j" plain) is not joined.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_LAT_TO_CYR_SINGLE = {
    "a": "а", "b": "б", "c": "ц", "č": "ч", "ć": "ћ", "d": "д", "đ": "ђ", "e": "е",
    "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м",
    "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у",
    "v": "в", "z": "з", "ž": "ж",
}  # fmt: skip
_LAT_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}

_CYR_TO_LAT: dict[str, str] = {}
for _lat, _cyr in {**_LAT_TO_CYR_SINGLE, **_LAT_DIGRAPHS}.items():
    _CYR_TO_LAT[_cyr] = _lat
    _CYR_TO_LAT[_cyr.upper()] = _lat.capitalize()

_LAT_TO_CYR: dict[str, str] = {}
for _lat, _cyr in {**_LAT_TO_CYR_SINGLE, **_LAT_DIGRAPHS}.items():
    _LAT_TO_CYR[_lat] = _cyr
    _LAT_TO_CYR[_lat.capitalize()] = _cyr.upper()
    _LAT_TO_CYR[_lat.upper()] = _cyr.upper()

# Stems in which "nj"/"dž" are two letters (prefix boundary or loanword).
_TWO_LETTER_STEMS = ("konjug", "konjunk", "injek", "tanjug", "vanjez", "nadživ", "podžanr")

# Untouched spans: e-mail addresses and URLs (with or without a scheme).
_PROTECTED = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?|ftp)://\S+"
    r"|www\.\S+",
    re.UNICODE,
)
# A Latin "word" (letters only): the unit for the foreign-word and numeral checks.
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ]+(?:-[A-Za-zÀ-ɏ]+)*")
_SERBIAN_LATIN = set(_LAT_TO_CYR_SINGLE) | {c.upper() for c in _LAT_TO_CYR_SINGLE}
_ROMAN = re.compile(r"^(?=[IVXLCDM]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _word_to_cyr(word: str) -> str:
    if not set(word) - {"-"} <= _SERBIAN_LATIN or _ROMAN.match(word):
        return word
    lower = word.lower()
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if len(pair) == 2 and pair.lower() in _LAT_DIGRAPHS:
            keep_apart = any(
                lower.startswith(stem) and stem.find(pair.lower()) == i
                for stem in _TWO_LETTER_STEMS
            )
            if not keep_apart:
                cyr = _LAT_DIGRAPHS[pair.lower()]
                out.append(cyr.upper() if pair[0].isupper() else cyr)
                i += 2
                continue
        out.append(_LAT_TO_CYR.get(word[i], word[i]))
        i += 1
    return "".join(out)


def _outside_protected(text: str, convert: Callable[[str], str]) -> str:
    parts: list[str] = []
    last = 0
    for m in _PROTECTED.finditer(text):
        parts.append(convert(text[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(convert(text[last:]))
    return "".join(parts)


# Marks around a span that must stay in Latin script (a foreign name, a passport number,
# a span the lawyer marked with [[...]]): set before rendering, removed after. Private-use
# characters, so no real text can contain them.
KEEP_START = "\ue000"
KEEP_END = "\ue001"
_KEPT = re.compile(f"{KEEP_START}(.*?){KEEP_END}", re.DOTALL)

# Words that are never Serbian: connectors of foreign names and case citations, and the
# Latin or French terms of refugee law ("Ilias and Ahmed v. Hungary", "non-refoulement").
_FOREIGN_WORDS = frozenset(
    {"and", "the", "of", "for", "v", "vs", "non-refoulement", "refoulement", "facie",
     "officio", "alia", "mutatis", "mutandis", "decidendi",
     "de", "du", "des", "la", "le", "van", "von", "der", "al", "el", "bin", "ibn", "abu"}
)  # fmt: skip
# Latin phrases whose first word is also Serbian ("prima" is "receives"): kept whole.
_LATIN_PHRASES = re.compile(r"\b(?:prima facie|ex officio|inter alia|ratio decidendi)\b")
# Between capitalised foreign words these join them into one name or citation.
_JOINERS = frozenset({"and", "of", "the", "v", "vs", "de", "du", "des", "la", "le", "van",
                      "von", "der", "al", "el", "bin", "ibn", "abu"})  # fmt: skip
# Letters glued to digits ("AB1234567", "X12"): an identifier, never words to transliterate.
_IDENTIFIER = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]+$")
_TOKEN = re.compile(r"[A-Za-zÀ-ɏ0-9]+(?:[-'][A-Za-zÀ-ɏ0-9]+)*\.?|\[[A-Z]+\]")


def _is_foreign(word: str) -> bool:
    bare = word.rstrip(".").strip("[]")
    if not bare:
        return False
    if bare.lower() in ("v", "vs"):
        return word in ("v.", "vs.")  # "Ilias v. Hungary"; never a lone capital V
    if bare.lower() in _FOREIGN_WORDS or _IDENTIFIER.match(bare):
        return True
    if word.startswith("["):  # "[GC]", "[VV]" after a case name
        return True
    letters = set(bare) - set("-'0123456789")
    return bool(letters) and not letters <= _SERBIAN_LATIN


def _sentence_to_cyr(text: str) -> str:
    """Transliterate word by word, keeping foreign runs in Latin: a foreign word, the
    capitalised words around it and the joiners between them ("Human Rights Watch",
    "Jean-Claude Ndayishimiye", "Ilias and Ahmed v. Hungary [GC]")."""
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return text
    keep = [_is_foreign(t.group(0)) for t in tokens]
    # Spread from each foreign word over adjacent capitalised words and joiners.
    changed = True
    while changed:
        changed = False
        for i, token in enumerate(tokens):
            if keep[i]:
                continue
            raw = token.group(0)
            word = raw.rstrip(".")
            joinable = word[:1].isupper() or (word.lower() in _JOINERS and word not in ("v", "vs"))
            joinable = joinable or raw in ("v.", "vs.")
            near = (i > 0 and keep[i - 1]) or (i + 1 < len(tokens) and keep[i + 1])
            # A capitalised word only joins a capitalised foreign run, never a lone
            # foreign word inside a Serbian sentence ("Ahmad" next to "and" is joined,
            # "Komisija" next to "ex officio" is not).
            if joinable and near and _joins_run(tokens, keep, i):
                keep[i] = changed = True
    out: list[str] = []
    last = 0
    for token, kept in zip(tokens, keep, strict=True):
        out.append(text[last : token.start()])
        word = token.group(0)
        out.append(word if kept else _LATIN_WORD.sub(lambda m: _word_to_cyr(m[0]), word))
        last = token.end()
    out.append(text[last:])
    return "".join(out)


def _joins_run(tokens: list[re.Match[str]], keep: list[bool], i: int) -> bool:
    """Whether word i sits next to a kept word that is itself capitalised or a joiner
    between capitalised words (so "ex officio" never drags a Serbian neighbour along)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and keep[j]:
            neighbour = tokens[j].group(0).strip("[].")
            joiner = neighbour.lower() in _JOINERS
            if (neighbour[:1].isupper() or joiner) and not (
                joiner and not tokens[i].group(0)[:1].isupper()
            ):
                return True
    return False


def to_cyrillic(text: str) -> str:
    """Serbian Latin -> Cyrillic. Stays in Latin: e-mails, URLs, other scripts, foreign
    words and the names or citations they belong to, identifiers ("AB1234567"), and
    any span marked with KEEP_START ... KEEP_END (the marks are removed)."""
    text = _LATIN_PHRASES.sub(lambda m: KEEP_START + m[0] + KEEP_END, text)
    parts: list[str] = []
    last = 0
    for m in _KEPT.finditer(text):
        parts.append(_outside_protected(text[last : m.start()], _sentence_to_cyr))
        parts.append(m.group(1))
        last = m.end()
    parts.append(_outside_protected(text[last:], _sentence_to_cyr))
    return "".join(parts).replace(KEEP_START, "").replace(KEEP_END, "")


def _chunk_to_lat(text: str) -> str:
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        lat = _CYR_TO_LAT.get(ch)
        if lat is None:
            out.append(ch)
            continue
        if len(lat) == 2 and ch.isupper():
            # Љ in an upper-case word is "LJ", at the start of a capitalised word "Lj".
            neighbours = (text[i - 1] if i > 0 else "") + (text[i + 1] if i + 1 < n else "")
            if any(c.isalpha() and c.isupper() for c in neighbours):
                lat = lat.upper()
        out.append(lat)
    return "".join(out)


def to_latin(text: str) -> str:
    """Serbian Cyrillic -> Latin (љ -> lj, Љ -> Lj or LJ in capitals); other text stays."""
    return _outside_protected(text, _chunk_to_lat)
