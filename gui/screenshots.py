"""`azil gui --screenshots DIR`: render the main screens to PNGs, offscreen, and exit.

Used for the README and for looking at the app without a display. Runs on the current
database, picks the case with the most generated documents (then one at the appeal
stage, then the most deadlines) for the case screens. The office works in Serbian, so
the pictures are Serbian unless this computer's config chose a language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def render_all(
    out_dir: str | Path, size: tuple[int, int] = (1440, 860), lang: str | None = None
) -> int:
    """Write a PNG of every main screen: deadlines, cases, a case's client, case data,
    events, deadlines, documents and history tabs, calendar, reminders, settings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from casework import config
    from gui.app import build_window, create_application

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    create_application(sys.argv[:1])
    window = build_window(language=lang or config.read_local().get("language") or "sr")
    window.resize(*size)
    window.show()
    written: list[Path] = []

    def shot(name: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)

    if window.ctx.cw is None:
        shot("settings")
        print(f"database unreachable; wrote {written[0]}", file=sys.stderr)
        return 1
    window.refresh_all()  # synchronously: the pictures need the data, not a spinner
    window.cases.reload()
    window.go(0)
    if window.deadlines.proxy.rowCount():
        window.deadlines.table.setCurrentIndex(window.deadlines.proxy.index(0, 0))
    shot("deadlines")
    window.go(1)
    shot("cases")
    case_id = _richest_case(window)
    if case_id:
        window.open_case(case_id)
        window.case.tabs.setCurrentIndex(3)
        shot("case-deadlines")
        window.case.tabs.setCurrentIndex(0)
        shot("case-client")
        window.case.tabs.setCurrentIndex(1)
        shot("case-data")
        window.case.tabs.setCurrentIndex(2)
        shot("case-events")
        window.case.tabs.setCurrentIndex(4)
        window.case.check_documents()
        shot("case-documents")
        window.case.tabs.setCurrentIndex(5)
        shot("case-history")
    window.go(3)
    shot("calendar")
    window.go(4)
    shot("reminders")
    window.go(5)
    shot("settings")
    for p in written:
        print(p)
    window.close()
    return 0


def _richest_case(window: object) -> int:
    """The case with the most documents, then at the appeal stage, then the most deadlines."""
    from casework.vocabulary import Stage
    from gui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    cw = window.ctx.cw
    if cw is None:
        return 0
    cases = cw.list_cases(status="open")
    if not cases:
        return 0
    best = max(
        cases,
        key=lambda c: (len(c.documents), c.stage == Stage.APPEAL, len(c.deadlines), len(c.events)),
    )
    return best.id
