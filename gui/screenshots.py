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
    events, deadlines, documents and history tabs, calendar, reminders, reports (charts
    and tables), settings."""
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
        from gui.screens import case_parts as screen

        window.open_case(case_id)
        tabs = window.case.tabs
        tabs.setCurrentIndex(screen.TAB_DEADLINES)
        shot("case-deadlines")
        tabs.setCurrentIndex(screen.TAB_CLIENT)
        shot("case-client")
        tabs.setCurrentIndex(screen.TAB_CASE)
        shot("case-data")
        tabs.setCurrentIndex(screen.TAB_EVENTS)
        shot("case-events")
        window.case.open_drafting("appeal")
        _wait_for_preview(window)
        shot("case-drafting")
        tabs.setCurrentIndex(screen.TAB_DOCUMENTS)
        shot("case-documents")
        tabs.setCurrentIndex(screen.TAB_HISTORY)
        shot("case-history")
    window.go(3)
    shot("calendar")
    window.go(4)
    shot("reminders")
    window.go(6)
    shot("reports")
    window.reports.tabs.setCurrentIndex(1)
    window.reports.table_list.setCurrentRow(5)  # the authority delays
    shot("reports-tables")
    window.reports.tabs.setCurrentIndex(0)
    window.go(5)
    shot("settings")
    _show_first_start(window)
    shot("first-start")
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


def _wait_for_preview(window: object, limit_s: float = 90.0) -> None:
    """Let the Drafting tab's preview finish (LibreOffice runs in the background)."""
    import time

    from PySide6.QtWidgets import QApplication

    from gui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    drafting = window.case.drafting
    drafting.update_preview()
    end = time.monotonic() + limit_s
    while drafting._preview_running and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.05)
    # QPdfView draws its pages in the background: give it a moment (a blank page was
    # grabbed once at 1600×1000).
    settle = time.monotonic() + 1.5
    while time.monotonic() < settle:
        QApplication.processEvents()
        time.sleep(0.05)


def _show_first_start(window: object) -> None:
    """The deadlines screen as a new office sees it: an empty database of its own in a
    temporary folder (the office's data is not touched), removed when the run ends."""
    import atexit
    import shutil
    import tempfile

    from casework import db
    from casework.services import Casework
    from gui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    folder = tempfile.mkdtemp(prefix="azil-first-start-")
    atexit.register(shutil.rmtree, folder, True)
    url = f"sqlite:///{Path(folder) / 'azil.sqlite3'}"
    db.upgrade(url)
    window.case.show_case(0)  # the case on screen belongs to the other database
    window.ctx.cw = Casework(url)
    window.refresh_all()
    window.go(0)
