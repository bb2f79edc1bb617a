"""GUI test fixtures: offscreen Qt, Qt warnings fail the test, an office on a temp database.

Dialogs never block: `gui.errors._exec_hook` records each QMessageBox and answers it the
way the test says (`dialogs.answer`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QMessageBox

# Messages of the offscreen platform and its font database, not of our code.
BENIGN = (
    "This plugin does not support propagateSizeHints()",
    "OpenType support missing",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: object) -> Iterator[None]:
    """Any Qt warning (or worse) our code causes fails the test (qutebrowser's habit)."""
    yield
    bad = [
        r.message
        for r in qtlog.records  # type: ignore[attr-defined]
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(b in r.message for b in BENIGN)
    ]
    assert not bad, f"Qt warnings: {bad}"


@dataclass
class Dialogs:
    """Every message box the app showed, and how the next ones are answered."""

    shown: list[dict[str, str]] = field(default_factory=list)
    answer: Callable[[QMessageBox], int] | None = None

    def __call__(self, box: QMessageBox) -> int:
        self.shown.append(
            {
                "name": box.objectName(),
                "title": box.windowTitle(),
                "text": box.text(),
                "info": box.informativeText(),
            }
        )
        if self.answer is not None:
            return self.answer(box)
        return int(QMessageBox.StandardButton.Cancel)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    from gui import errors

    rec = Dialogs()
    monkeypatch.setattr(errors, "_exec_hook", rec)
    return rec


@pytest.fixture(autouse=True)
def _no_auto_preview(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Drafting tab's live preview starts LibreOffice; the tests about the preview
    ask for it themselves (`update_preview`), the others do not wait for it."""
    from gui.screens import drafting

    monkeypatch.setattr(drafting, "AUTO_PREVIEW", False)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    from gui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


TODAY = dt.date(2024, 5, 2)


@pytest.fixture
def office(sqlite_url: str) -> object:
    """A small office: two lawyers and a paralegal; acting as lawyer Ana Petrović."""
    from casework.services import Casework

    admin = Casework(sqlite_url, actor="setup")
    admin.add_staff("Ana Petrović", "lawyer", sex="f")
    admin.add_staff("Marko Jovanović", "lawyer", sex="m")
    admin.add_staff("Jelena Ilić", "paralegal", sex="f")
    return Casework(sqlite_url, actor="Ana Petrović")


@pytest.fixture
def window(qtbot: object, office: object, dialogs: Dialogs) -> object:
    """The main window on the office's database, 'today' fixed at Thu 2024-05-02."""
    from gui.app import create_application
    from gui.context import AppContext
    from gui.mainwindow import MainWindow

    create_application()
    w = MainWindow(AppContext(office, today=TODAY))  # type: ignore[arg-type]
    qtbot.addWidget(w)  # type: ignore[attr-defined]
    w.resize(1360, 820)
    w.show()
    return w
