"""Text outside the app in the person's language, from gettext catalogues.

The Serbian below is written by hand from the grammar: Serbian counts in three forms
(1, 21 dan; 2-4, 22 dana; 5-20, 25 dana, and 11-14 take the third), and the verb agrees
("ostao je 1 dan", "ostala su 2 dana", "ostalo je 5 dana").
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import rules
from casework.i18n import KEYWORDS, translations
from rules.i18n import KEYWORDS as RULES_KEYWORDS

ROOT = Path(__file__).resolve().parents[2]
# {name} and {name!r}: the English quotes a value with repr, the Serbian with „…”.
_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)(?:![rsa])?\}")
PO = ROOT / "casework" / "locale" / "sr" / "LC_MESSAGES" / "azil.po"


def _catalog(po: Path):  # type: ignore[no-untyped-def]
    with po.open("rb") as fp:
        return read_po(fp, locale="sr")


@pytest.mark.parametrize(
    ("package", "po", "keywords"),
    [("casework", PO, KEYWORDS),
     ("rules", ROOT / "rules" / "locale" / "sr" / "LC_MESSAGES" / "rules.po", RULES_KEYWORDS)],
)  # fmt: skip
def test_every_string_the_package_marks_is_in_its_catalogue_and_translated(
    package: str, po: Path, keywords: dict[str, object]
):
    # Issue 11: casework's and the rules' words (rule names, reasoning, errors) come from
    # gettext catalogues; a marked string without its Serbian fails here.
    catalog = _catalog(po)
    found = list(extract_from_dir(str(ROOT / package), keywords=keywords, comment_tags=()))
    assert len(found) > 40, "nothing (or almost nothing) is marked for translation"
    for _file, _line, message, _comments, context in found:
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key, context=context)
        assert entry is not None, f"not in {po.name}: {key!r}"
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(forms), f"untranslated: {key!r}"
        # the placeholders a message fills are the ones its translation uses
        wanted = set(_PLACEHOLDER.findall(key))
        for form in forms:
            assert set(_PLACEHOLDER.findall(form)) == wanted, (key, form)


def test_the_rules_words_come_from_the_catalogue():
    # Names, remedies and reasoning were hand-written pairs in rules/; the Serbian is now
    # the catalogue's. Written by hand: the regular appeal's name, and the Serbian count
    # forms (1 and 21 take "dan", 2-4 "dana", 11-14 and 5-20 "dana"; months: 1 mesec,
    # 3 meseca, 5 meseci; hours: 72 časa, 24 časa, 25 časova).
    appeal = rules.get_rule("appeal-regular")
    assert appeal.name_sr == "Žalba (redovni postupak)"
    assert appeal.name_en == "Appeal (regular procedure)"
    words = rules.period_words
    assert [words(n, rules.Unit.DAYS, "sr") for n in (1, 3, 11, 15, 21)] == [
        "1 dan", "3 dana", "11 dana", "15 dana", "21 dan"]  # fmt: skip
    assert [words(n, rules.Unit.MONTHS, "sr") for n in (1, 3, 5, 12)] == [
        "1 mesec", "3 meseca", "5 meseci", "12 meseci"]  # fmt: skip
    assert [words(n, rules.Unit.HOURS, "sr") for n in (72, 24, 25)] == [
        "72 časa", "24 časa", "25 časova"]  # fmt: skip
    assert words(1, rules.Unit.DAYS, "en") == "1 day"
    assert words(8, rules.Unit.DAYS, "en") == "8 days"


@pytest.mark.parametrize(
    ("n", "left"),
    [(1, "ostao je 1 dan"), (2, "ostala su 2 dana"), (4, "ostala su 4 dana"),
     (5, "ostalo je 5 dana"), (11, "ostalo je 11 dana"), (12, "ostalo je 12 dana"),
     (21, "ostao je 21 dan"), (22, "ostala su 22 dana")],
)  # fmt: skip
def test_days_left_take_the_serbian_plural_form(n: int, left: str):
    ngettext = translations("sr").ngettext
    assert ngettext("      {n} day left", "      {n} days left", n).format(n=n).strip() == left
    english = translations("en").ngettext("      {n} day left", "      {n} days left", n)
    assert english.format(n=n).strip() == f"{n} day{'' if n == 1 else 's'} left"


def test_dates_in_running_text_follow_the_office_style():
    # the digest writes days with the engine's label (one date style in the whole tool)
    assert rules.moment_label(dt.date(2026, 12, 7), "sr") == "pon 07.12.2026."
    assert rules.moment_label(dt.date(2026, 12, 7), "en") == "Mon 2026-12-07"


# Files whose Serbian is data, not interface text: the laws' titles in the grammatical
# case a citation takes (the same in every interface language: filings are Serbian),
# the folding table of search, country names with their genitive, the demo office.
_SERBIAN_DATA_FILES = {"citations.py", "search.py", "countries.py", "demo.py", "holidays_rs.py"}
# Proper names in examples and defaults, and the family relations read from case data.
_SERBIAN_DATA_WORDS = ("Krnjača", "Koviljača", "Bogovađa", "Pavla Ilića", "Privatni smeštaj",
                       "ćerka", "kći", "žena", "muž")  # fmt: skip


def test_no_serbian_sentence_is_written_in_code_outside_the_catalogues():
    # Issue 11: bilingual text was kept in hand-written tables (the CLI's, the rules',
    # the GUI's). A string literal with Serbian letters in rules/, casework/ or gui/ is
    # such a table creeping back; docstrings and the data above are allowed.
    import ast

    found = []
    for package in ("rules", "casework", "gui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.name in _SERBIAN_DATA_FILES:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                and node.body and isinstance(node.body[0], ast.Expr)
            }  # fmt: skip
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                text = node.value
                if id(node) in docstrings or not set(text) & set("čćšžđČĆŠŽĐ"):
                    continue
                if any(word in text for word in _SERBIAN_DATA_WORDS):
                    continue
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {text[:60]!r}")
    assert not found, found
