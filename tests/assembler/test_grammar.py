"""Declension of personal names in legal Serbian, written by hand from the grammar.

Each row: a full name, its gender, and its genitive, dative, accusative and
instrumental as a Serbian lawyer writes them ("Ovlašćujem Marka Jovanovića", "u ime
Ane Petrović", "sa Ahmadom Karimijem").
"""

from __future__ import annotations

import pytest

from assembler.grammar import decline

NAMES = [
    # A man's name in -o, surname in a consonant (-ić: palatal, instrumental -em).
    ("Marko Jovanović", "m", "Marka Jovanovića", "Marku Jovanoviću", "Marka Jovanovića",
     "Markom Jovanovićem"),
    # A woman's name in -a declines, her surname in a consonant does not.
    ("Ana Petrović", "f", "Ane Petrović", "Ani Petrović", "Anu Petrović", "Anom Petrović"),
    ("Marija Ilić", "f", "Marije Ilić", "Mariji Ilić", "Mariju Ilić", "Marijom Ilić"),
    # Foreign men's names: consonant, -i (with -j-), foreign -e (kept), -a.
    ("Ahmad Karimi", "m", "Ahmada Karimija", "Ahmadu Karimiju", "Ahmada Karimija",
     "Ahmadom Karimijem"),
    ("Abdirahman Warsame", "m", "Abdirahmana Warsamea", "Abdirahmanu Warsameu",
     "Abdirahmana Warsamea", "Abdirahmanom Warsameom"),
    ("Mustafa Yılmaz", "m", "Mustafe Yılmaza", "Mustafi Yılmazu", "Mustafu Yılmaza",
     "Mustafom Yılmazom"),
    # Hyphenated: the last part declines; a particle never does.
    ("Omar Al-Hassan", "m", "Omara Al-Hassana", "Omaru Al-Hassanu", "Omara Al-Hassana",
     "Omarom Al-Hassanom"),
    ("Yusuf bin Ali", "m", "Yusufa bin Alija", "Yusufu bin Aliju", "Yusufa bin Alija",
     "Yusufom bin Alijem"),
    # A Serbian man's name in -e drops it (Đorđe -> Đorđa, instrumental after đ: -em).
    ("Đorđe Marković", "m", "Đorđa Markovića", "Đorđu Markoviću", "Đorđa Markovića",
     "Đorđem Markovićem"),
    # A woman's foreign names not ending in -a do not decline.
    ("Senait Tesfaye", "f", "Senait Tesfaye", "Senait Tesfaye", "Senait Tesfaye",
     "Senait Tesfaye"),
    ("Zahra Ahmadi", "f", "Zahre Ahmadi", "Zahri Ahmadi", "Zahru Ahmadi", "Zahrom Ahmadi"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "gender", "gen", "dat", "acc", "ins"), NAMES)
def test_names_decline_as_legal_serbian_writes_them(name, gender, gen, dat, acc, ins):
    assert decline(name, gender, "genitiv") == gen
    assert decline(name, gender, "dat") == dat
    assert decline(name, gender, "akuzativ") == acc
    assert decline(name, gender, "ins") == ins
    assert decline(name, gender, "nom") == name


def test_an_override_wins_where_the_rule_is_wrong():
    # "Pavao" loses its fleeting a (Pavla); the rule does not know it, the record does.
    assert decline("Pavao Ilić", "m", "gen", override="Pavla Ilića") == "Pavla Ilića"


def test_an_unknown_case_is_an_error_for_the_template_author():
    with pytest.raises(ValueError, match="unknown grammatical case"):
        decline("Ana Petrović", "f", "ablativ")
