"""Qt's own buttons in the interface's language (issue 11: OK/Cancel/Save/Discard stayed
English in the Serbian interface). The Serbian is written by hand in
gui/translations/qt_sr.ts and compiled with PySide6's lrelease."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def test_standard_buttons_speak_serbian_and_english(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.i18n import set_language

    buttons = QDialogButtonBox.StandardButton
    try:
        set_language("sr")
        box = QDialogButtonBox(buttons.Ok | buttons.Cancel | buttons.Save | buttons.Discard)
        texts = {b.text() for b in box.buttons()}
        assert {"U redu", "Otkaži", "Sačuvaj", "Odbaci"} <= texts
        set_language("en")
        box = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        assert {b.text() for b in box.buttons()} == {"OK", "Cancel"}
    finally:
        set_language("sr")


def test_the_catalogue_compiles_and_every_entry_is_translated():
    import xml.etree.ElementTree as ET

    from gui.qt_translations import FOLDER, compiled

    for source in sorted(FOLDER.glob("*.ts")):
        assert compiled(source) is not None, source.name
        for message in ET.parse(source).getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None, message.findtext("source")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            assert all((f or "").strip() for f in forms), message.findtext("source")
            assert translation.get("type") != "unfinished", message.findtext("source")


def test_counts_take_their_plural_form_in_both_languages(qapp):
    # Issue 11: "Učitano 31 rokova", "1 cases". Serbian: 1 and 21 take the singular
    # ("Učitan 31 rok"), 2-4 the paucal ("2 roka traže"), 5-20 and 11-14 the genitive
    # plural ("Učitano 12 rokova").
    from gui.i18n import set_language
    from gui.qt_translations import tn

    try:
        set_language("sr")
        loaded = "Loaded %n deadline(s) in {ms} ms."
        assert tn(loaded, 31, ms=5) == "Učitan 31 rok za 5 ms."
        assert tn(loaded, 3, ms=5) == "Učitana 3 roka za 5 ms."
        assert tn(loaded, 12, ms=5) == "Učitano 12 rokova za 5 ms."
        assert tn("%n deadline(s) need attention", 2) == "2 roka traže pažnju"
        assert tn("%n case(s)", 1) == "1 predmet"
        set_language("en")
        assert tn("%n case(s)", 1) == "1 case"
        assert tn("%n case(s)", 2) == "2 cases"
    finally:
        set_language("sr")
