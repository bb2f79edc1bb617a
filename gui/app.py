"""Starting the desktop app on this computer's database.

The schema is brought up to date first (`casework.db.upgrade`); a database that cannot
be reached does not crash the app: it opens on the Settings screen with the error, where
the user can point it at the right file or server.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from casework import config
from gui.context import AppContext
from gui.i18n import default_language, set_language
from gui.mainwindow import MainWindow

STYLE = """
QWidget { font-size: 10pt; }
#nav { border: none; background: #f3f4f6; padding-top: 8px; font-size: 10.5pt; }
#nav::item { padding: 8px 10px; border-radius: 4px; margin: 1px 6px; }
#nav::item:selected { background: #1e3a8a; color: white; }
#side { background: #f3f4f6; border-right: 1px solid #d1d5db; }
#userLabel { color: #374151; padding: 8px 12px; background: #f3f4f6; }
#counts { font-size: 11pt; font-weight: 600; }
#caseHeader h2 { margin: 0; }
#fieldError { color: #b91c1c; font-size: 9pt; }
#formMessage { color: #1e3a8a; }
#startupError { color: #7f1d1d; background: #fee2e2; border: 1px solid #fca5a5;
                padding: 8px; border-radius: 4px; }
#remindersNote { color: #92400e; background: #fef3c7; padding: 6px; border-radius: 4px; }
QGroupBox { font-weight: 600; margin-top: 10px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox > QWidget, QGroupBox QLabel, QGroupBox QLineEdit { font-weight: normal; }
QTableView { gridline-color: #e5e7eb; selection-background-color: #bfdbfe;
             selection-color: black; }
QHeaderView::section { padding: 4px 6px; font-weight: 600; }
"""

# Latin with Serbian diacritics and Cyrillic first, then a family for each script the
# clients write (Qt takes a glyph from the first family in the list that has it): Arabic
# script (Persian, Pashto, Urdu, Arabic), Bengali, Ge'ez (Tigrinya, Amharic), Devanagari.
# Noto Sans and Noto Sans Arabic ship with azil (`gui/fonts`, SIL OFL); the others are
# the system's: Noto on Linux (Debian: fonts-noto-core), and what Windows ships: Segoe UI
# (Latin, Cyrillic, Arabic), Nirmala UI (Bengali, Devanagari), Ebrima (Ge'ez).
FONT_FAMILIES = [
    "Noto Sans", "DejaVu Sans", "Segoe UI", "Cantarell", "Liberation Sans",
    "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Bengali", "Noto Sans Ethiopic",
    "Noto Sans Devanagari", "Nirmala UI", "Ebrima", "Tahoma",
]  # fmt: skip


FONTS_DIR = Path(__file__).resolve().parent / "fonts"


def register_fonts() -> list[str]:
    """Make the fonts azil ships available to the window (once per process): the screens
    look the same on every computer, and a bare desktop without Noto still shows Serbian
    Latin and Cyrillic and Arabic-script names. Returns the families added."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, with a font that has Serbian diacritics, Cyrillic and Arabic."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("azil")
    app.setApplicationDisplayName("Azil")
    app.setOrganizationName("azil")
    if not app.property("azil-fonts"):
        app.setProperty("azil-fonts", register_fonts())
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return app


def open_casework(url: str | None = None) -> tuple[object | None, str | None]:
    """The case file on `url` (default: this computer's), or None and the error text."""
    from casework import db
    from casework.services import Casework

    try:
        db.prepare(url)
        cw = Casework(url)
        cw.follow_the_law()  # once after a new legal model; the audit log says what moved
        return cw, None
    except Exception as exc:  # unreachable, malformed URL, missing driver: go to Settings
        return None, str(exc)


def build_window(
    url: str | None = None, today: dt.date | None = None, language: str | None = None
) -> MainWindow:
    """The main window on the database, or on Settings when it cannot be reached.

    The interface language: `language` when given, else this computer's choice in the
    local config, else the system's (Serbian on a Serbian system).
    """
    from casework.services import Casework

    set_language(language or config.read_local().get("language") or default_language())
    cw, error = open_casework(url)
    ctx = AppContext(cw if isinstance(cw, Casework) else None, today=today)
    return MainWindow(ctx, startup_error=error)


class _FirstPaint(QObject):
    """Says "first paint" on stdout and quits when the window first paints: how
    bench/bench_bundle.py times a start from outside, the same way for the bundle and
    the virtualenv (AZIL_EXIT_AFTER_FIRST_PAINT=1)."""

    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self.app, self.window = app, window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.app.removeEventFilter(self)
            print("first paint", flush=True)
            self.app.exit(0)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Open the app on this computer's database; returns the exit code."""
    from casework import scratch

    scratch.sweep()  # what a killed run left of clients' filings (issue 13)
    app = create_application(argv)
    window = build_window()
    if os.environ.get("AZIL_EXIT_AFTER_FIRST_PAINT"):
        app.installEventFilter(_FirstPaint(app, window))
    window.show()
    window.ask_identity()
    window.start_reminders()
    return int(app.exec())
