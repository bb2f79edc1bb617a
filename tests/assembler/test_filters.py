"""Filters as the templates use them: dates, gender, paragraphs, titles, script."""

from __future__ import annotations

import datetime as dt

import pytest

from assembler.filters import FilterError, cyr, datum, datum_ref, lat, paragraphs, rod, spaced


@pytest.mark.parametrize(
    ("value", "script", "expected"),
    [
        ("2026-11-26", "latin", "26. novembra 2026. godine"),
        (dt.date(2026, 11, 26), "cyrillic", "26. новембра 2026. године"),
        (dt.date(2024, 1, 1), "latin", "1. januara 2024. godine"),
        (dt.date(2024, 8, 5), "latin", "5. avgusta 2024. godine"),
        (None, "latin", ""),
    ],
)
def test_datum(value, script, expected):
    assert datum(value, script) == expected


def test_datum_ref():
    assert datum_ref("2024-03-12") == "12.03.2024. godine"
    assert datum_ref(dt.date(2024, 3, 2), "cyrillic") == "02.03.2024. године"


def test_bad_date_is_an_error_not_a_guess():
    with pytest.raises(FilterError, match="YYYY-MM-DD"):
        datum("12.03.2024")


def test_rod():
    assert rod("m", "žalilac", "žaliteljka") == "žalilac"
    assert rod("f", "žalilac", "žaliteljka") == "žaliteljka"
    with pytest.raises(FilterError, match="'m' or 'f'"):
        rod("", "rođen", "rođena")


def test_paragraphs_split_at_blank_lines_only():
    text = "Prvi red\ndrugi red\n\n  \n  Drugi pasus\r\n\r\nTreći"
    assert paragraphs(text) == ["Prvi red\ndrugi red", "  Drugi pasus", "Treći"]
    assert paragraphs("") == [] and paragraphs(None) == []


def test_spaced():
    assert spaced("ŽALBA") == "Ž A L B A"
    assert spaced("USTAVNA ŽALBA") == "U S T A V N A   Ž A L B A"


def test_script_filters():
    assert cyr("Tužba Upravnom sudu") == "Тужба Управном суду"
    assert lat("Тужба") == "Tužba"
