"""Transliteration: digraphs as single letters, foreign text and addresses untouched."""

from __future__ import annotations

import pytest

from assembler.translit import to_cyrillic, to_latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("ljubav njiva džep", "љубав њива џеп"),
        ("Ljubljana Njegoš Džamija", "Љубљана Његош Џамија"),
        ("LJUBAV NJEGOŠ DŽEP", "ЉУБАВ ЊЕГОШ ЏЕП"),
        ("čćđšž ČĆĐŠŽ", "чћђшж ЧЋЂШЖ"),
        ("crno-beli Wi-Fi", "црно-бели Wi-Fi"),
        ("rešenje broj 26-1234/24, Až 26/18", "решење број 26-1234/24, Аж 26/18"),
        ("konjugacija, injekcija, nadživeti", "конјугација, инјекција, надживети"),
    ],
)
def test_round_trip(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    "kept",
    [
        "office@apc-cza.org",
        "https://www.ustavni.sud.rs/page?id=1",
        "www.up.sud.rs",
        "احمد کریمی",
        "Güneş, Turkey, Wi-Fi",
        "😀",
        "član IV i XII",
    ],
)
def test_leaves_other_text_alone(kept):
    words = [w for w in kept.split() if w not in {"i", "član"}]
    out = to_cyrillic(kept)
    for word in words:
        assert word in out


def test_mixed_sentence():
    assert to_cyrillic("Pišite na office@apc.rs (Ahmad احمد)") == (
        "Пишите на office@apc.rs (Ахмад احمد)"
    )
