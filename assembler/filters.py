"""Jinja filters the templates use: Serbian dates, gender forms, paragraphs, script.

Names are part of the template contract (templates_docx/ uses them): datum, datum_ref,
rod, padez, ili, primeraka, nepoznato, paragraphs, cyr, lat, spaced.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from docxtpl import Listing

from assembler.errors import AssemblerError
from assembler.grammar import case_of, decline, parse_forms
from assembler.translit import KEEP_END, KEEP_START, to_cyrillic, to_latin

MONTHS_GENITIVE_LAT = (
    "januara", "februara", "marta", "aprila", "maja", "juna",
    "jula", "avgusta", "septembra", "oktobra", "novembra", "decembra",
)  # fmt: skip
MONTHS_GENITIVE_CYR = (
    "јануара", "фебруара", "марта", "априла", "маја", "јуна",
    "јула", "августа", "септембра", "октобра", "новембра", "децембра",
)  # fmt: skip


class FilterError(AssemblerError):
    """A filter got a value it cannot format (a template or data mistake)."""


def _as_date(value: object, filter_name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise FilterError(f"filter '{filter_name}' needs a date (YYYY-MM-DD), got {value!r}")


def _godine(script: str) -> str:
    return "године" if script == "cyrillic" else "godine"


def datum(value: object, script: str = "latin") -> str:
    """Running-text date as courts write it: "26. novembra 2026. godine" (genitive month).

    Empty (optional) dates give "", so a template decides with `{% if %}` what to say.
    """
    d = _as_date(value, "datum")
    if d is None:
        return ""
    months = MONTHS_GENITIVE_CYR if script == "cyrillic" else MONTHS_GENITIVE_LAT
    return f"{d.day}. {months[d.month - 1]} {d.year}. {_godine(script)}"


def datum_ref(value: object, script: str = "latin") -> str:
    """Numeric date for references: "12.03.2024. godine"."""
    d = _as_date(value, "datum_ref")
    if d is None:
        return ""
    return f"{d.day:02d}.{d.month:02d}.{d.year}. {_godine(script)}"


def rod(gender: object, masculine: str, feminine: str) -> str:
    """Pick the grammatical form for a gender value "m" / "f" (rođen / rođena).

    Anything else is an error rather than a guess: a wrong form in a filing is visible
    to the court, a clear message is not.
    """
    if gender == "m":
        return masculine
    if gender == "f":
        return feminine
    raise FilterError(f"filter 'rod' needs a gender 'm' or 'f', got {gender!r}")


_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


def paragraphs(text: object) -> list[str]:
    """Split multi-paragraph text at blank lines; single line breaks stay inside a paragraph."""
    if text is None:
        return []
    if isinstance(text, Paragraphs):
        return list(text.parts)
    if not isinstance(text, str):
        raise FilterError(f"filter 'paragraphs' needs text, got {type(text).__name__}")
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = (p.strip("\n") for p in _BLANK_LINES.split(normalised))
    return [p for p in parts if p.strip()]


# Marks the paragraph of an empty multi-paragraph field, which is then removed
# (assembler.layout.drop_empty_fields): INVISIBLE SEPARATOR, never typed by a person.
EMPTY_FIELD = "\u2063"


class Paragraphs(Listing):  # type: ignore[misc]
    """A multi-paragraph value in a paragraph of its own: `{{ reasons }}` becomes one Word
    paragraph per paragraph of the text, each in the style of the paragraph the tag stands
    in (docxtpl's Listing: "\a" opens a paragraph, "\n" breaks a line); empty, the
    paragraph disappears. So a template says `{{ reasons }}`, not a loop."""

    def __init__(self, text: object) -> None:
        self.parts = paragraphs(text)
        super().__init__("\a".join(self.parts) if self.parts else EMPTY_FIELD)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Paragraphs):
            return self.parts == other.parts
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def spaced(text: object) -> str:
    """Letter-spaced title as Serbian filings set it: "ŽALBA" -> "Ž A L B A"."""
    words = str(text).split()
    return "   ".join(" ".join(word) for word in words)


def cyr(text: object) -> str:
    """Serbian Latin -> Cyrillic for one value."""
    return to_cyrillic("" if text is None else str(text))


def lat(text: object) -> str:
    """Serbian Cyrillic -> Latin for one value."""
    return to_latin("" if text is None else str(text))


def padez(name: object, case: str, gender: object, forms: object = "") -> str:
    """A person's full name in a grammatical case: {{ rep_full_name|padez('akuzativ',
    rep_gender) }} -> "Marka Jovanovića" / "Anu Petrović" (assembler.grammar). `forms` are
    the forms recorded for the person where the rule is wrong ("gen=Pavla Ilića; ...")."""
    if name is None or name == "":
        return ""
    if gender not in ("m", "f"):
        raise FilterError(f"filter 'padez' needs a gender 'm' or 'f', got {gender!r}")
    text = str(name)
    # A name kept in Latin script in a Cyrillic filing arrives wrapped in marks.
    start, end = text.startswith(KEEP_START), text.endswith(KEEP_END)
    bare = text.removeprefix(KEEP_START).removesuffix(KEEP_END)
    try:
        recorded = parse_forms(str(forms or "").replace(KEEP_START, "").replace(KEEP_END, ""))
        out = decline(bare, str(gender), case, recorded.get(case_of(case)))
    except ValueError as exc:
        raise FilterError(f"filter 'padez': {exc}") from exc
    return (KEEP_START if start else "") + out + (KEEP_END if end else "")


def ili(text: object) -> str:
    """A list of alternatives in running text: "kirundi, francuski" -> "kirundi ili
    francuski" ("a, b, c" -> "a, b ili c"): the client understands one of them."""
    parts = [p.strip() for p in str(text or "").split(",") if p.strip()]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " ili " + parts[-1]


def primeraka(count: object) -> str:
    """'1 primerak', '3 primerka', '5 primeraka', '21 primerak', '12 primeraka'."""
    n = int(count)  # type: ignore[call-overload]
    if n % 10 == 1 and n % 100 != 11:
        word = "primerak"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "primerka"
    else:
        word = "primeraka"
    return f"{n} {word}"


def nepoznato(value: object) -> object:
    """A data-sheet value, or 'nepoznato / unknown' where the case does not give it: an
    empty cell on a form reads as forgotten, this reads as asked and not known."""
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return f"nepoznato / {KEEP_START}unknown{KEEP_END}"  # English stays Latin
    return value


FILTERS: dict[str, Callable[..., Any]] = {
    "primeraka": primeraka,
    "nepoznato": nepoznato,
    "ili": ili,
    "padez": padez,
    "datum": datum,
    "datum_ref": datum_ref,
    "rod": rod,
    "paragraphs": paragraphs,
    "spaced": spaced,
    "cyr": cyr,
    "lat": lat,
}
