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


# Issue 10: what a Cyrillic filing must keep in Latin script, each quoted from a filing
# that got it wrong, with the Serbian around it still in Cyrillic.
KEPT_IN_CYRILLIC = [
    ("zabrana proterivanja (non-refoulement)", "забрана протеривања (non-refoulement)"),
    ("presuda Ilias and Ahmed v. Hungary [GC] iz 2019.",
     "пресуда Ilias and Ahmed v. Hungary [GC] из 2019."),
    ("izveštaj organizacije Human Rights Watch", "извештај организације Human Rights Watch"),
    ("pasoš broj AB1234567", "пасош број AB1234567"),
    ("Jean-Claude Ndayishimiye je rođen", "Jean-Claude Ndayishimiye је рођен"),
    ("Komisija je ex officio utvrdila", "Комисија је ex officio утврдила"),
    ("Sabri Güneş v. Turkey", "Sabri Güneş v. Turkey"),
    # Serbian capitals spaced out in a title are Serbian, not a foreign "V".
    ("U S T A V N A   Ž A L B A", "У С Т А В Н А   Ж А Л Б А"),
]  # fmt: skip


@pytest.mark.parametrize(("latin", "cyrillic"), KEPT_IN_CYRILLIC)
def test_foreign_names_citations_and_identifiers_stay_latin(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


def test_marked_spans_and_foreign_names_in_a_rendered_filing():
    # The office's reference and a person's name are marked by the renderer; the lawyer
    # marks a span with [[...]]; the brackets disappear in both scripts.
    from assembler.render import keep_latin
    from assembler.translit import KEEP_END, KEEP_START

    context = {
        "client_full_name": "Ahmad Karimi",
        "office_ref_no": "APC-2026-008",
        "reasoning": "Vidi [[Ilias i Ahmed protiv Mađarske]] i dalje.",
        "documents": [{"number": "AB1234567", "doc_type": "pasoš"}],
    }
    marked = keep_latin(context, "cyrillic")
    assert to_cyrillic(marked["office_ref_no"]) == "APC-2026-008"
    assert to_cyrillic(marked["client_full_name"]) == "Ahmad Karimi"
    assert to_cyrillic(marked["reasoning"]) == "Види Ilias i Ahmed protiv Mađarske и даље."
    assert to_cyrillic(marked["documents"][0]["doc_type"]) == "пасош"
    assert KEEP_START not in to_cyrillic(marked["documents"][0]["number"])
    latin = keep_latin(context, "latin")
    assert latin["reasoning"] == "Vidi Ilias i Ahmed protiv Mađarske i dalje."
    assert latin["office_ref_no"] == "APC-2026-008" and KEEP_END not in latin["office_ref_no"]
