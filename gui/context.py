"""What every screen shares: the case file, who is at the keyboard, and change notices.

Screens never poke each other: an operation tells the context what it changed
(`notify({"deadlines", "cases"})`) and each screen refreshes only if it shows that.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from casework.services import Casework


class AppContext(QObject):
    """The running app's shared state."""

    changed = Signal(object)  # a frozenset of what changed: "deadlines", "cases", ...
    open_case_requested = Signal(int)
    language_changed = Signal()

    def __init__(self, cw: Casework | None, today: dt.date | None = None) -> None:
        super().__init__()
        self.cw = cw
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def me(self) -> str:
        """The acting staff member's name (or 'os:login' when none was chosen)."""
        return self.cw.actor_name if self.cw is not None else ""

    def notify(self, *what: str) -> None:
        self.changed.emit(frozenset(what))
