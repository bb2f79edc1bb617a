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

ROOT = Path(__file__).resolve().parents[2]
# {name} and {name!r}: the English quotes a value with repr, the Serbian with „…”.
_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)(?:![rsa])?\}")
PO = ROOT / "casework" / "locale" / "sr" / "LC_MESSAGES" / "azil.po"


def _catalog():  # type: ignore[no-untyped-def]
    with PO.open("rb") as fp:
        return read_po(fp, locale="sr")


def test_every_string_casework_marks_is_in_the_catalogue_and_translated():
    catalog = _catalog()
    found = list(extract_from_dir(str(ROOT / "casework"), keywords=KEYWORDS, comment_tags=()))
    assert found, "nothing is marked for translation"
    for _file, _line, message, _comments, context in found:
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key, context=context)
        assert entry is not None, f"not in {PO.name}: {key!r}"
        forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(forms), f"untranslated: {key!r}"
        # the placeholders a message fills are the ones its translation uses
        wanted = set(_PLACEHOLDER.findall(key))
        for form in forms:
            assert set(_PLACEHOLDER.findall(form)) == wanted, (key, form)


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
