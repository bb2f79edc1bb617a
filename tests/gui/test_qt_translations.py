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

    from gui.qt_translations import SOURCE, compiled

    assert compiled() is not None
    for message in ET.parse(SOURCE).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip()
        assert translation.get("type") != "unfinished", message.findtext("source")
