"""The window's own fonts: Serbian Latin and Cyrillic and the clients' Arabic-script names
show on any computer, a bare Linux desktop without Noto included (issue 14: the bundle
carries its fonts)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics


def test_the_app_registers_the_fonts_it_ships_and_they_have_every_letter(qtbot) -> None:
    from gui.app import create_application

    app = create_application()
    families = app.property("azil-fonts")
    assert {"Noto Sans", "Noto Sans Arabic"} <= set(families)
    latin = QFontMetrics(QFont("Noto Sans"))
    # Serbian Latin with its diacritics, and Cyrillic with its own letters
    assert all(latin.inFontUcs4(ord(c)) for c in "čćžšđČĆŽŠĐљњџђћЉЊЏЂЋ")
    arabic = QFontMetrics(QFont("Noto Sans Arabic"))
    assert all(arabic.inFontUcs4(ord(c)) for c in "عمر الحسن".replace(" ", ""))
    # the window's font asks for the shipped family first
    assert app.font().families()[0] == "Noto Sans"
