"""What every screen shares: the case file, who is at the keyboard, and change notices.

Screens never poke each other: after an operation the context asks casework what it
changed (`Casework.take_changes`, from the audit entries the operation wrote) and each
screen refreshes only if it shows that. `notify` remains for what is not a change of
data (the language, the person at the keyboard).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from casework.services import Casework


class AppContext(QObject):
    """The running app's shared state."""

    changed = Signal(object)  # a frozenset of what changed: "deadlines", "cases", ...
    open_case_requested = Signal(int)
    draft_requested = Signal(int, str)  # a case and the filing to draft for it
    language_changed = Signal()

    def __init__(self, cw: Casework | None, today: dt.date | None = None) -> None:
        super().__init__()
        self.cw = cw
        self._today = today
        # The deadlines the last closure day (added or removed) moved: deadline id -> its
        # "old → new" line; the list marks them until the next closure change.
        self.moved: dict[int, str] = {}

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def me(self) -> str:
        """The acting staff member's name (or 'os:login' when none was chosen)."""
        return self.cw.actor_name if self.cw is not None else ""

    def is_staff(self) -> bool:
        """Whether the person at this computer is a staff member (not an 'os:' login)."""
        me = self.me
        return bool(me) and not me.startswith("os:")

    def choose_me(self, name: str) -> None:
        """The staff member at this computer, remembered for it: the audit log names them
        from now on, and "Mine only" means them (not a change of data: no refresh)."""
        if self.cw is None:
            return
        from casework import config

        config.write_local(user=name)
        self.cw.actor_name = name
        self.notify("me", "deadlines")

    def notify(self, *what: str) -> None:
        self.changed.emit(frozenset(what))

    def refresh_changed(self) -> frozenset[str]:
        """Tell the screens what the last operations changed, as casework reports it."""
        if self.cw is None:
            return frozenset()
        topics = frozenset(
            topic for kind in self.cw.take_changes() for topic in _SHOWN_IN.get(kind, ())
        )
        if topics:
            self.changed.emit(topics)
        return topics


# The screens' topics that show each kind of record casework reports as changed (a
# deadline row shows the client's and the lawyer's names, and whether a draft exists).
_SHOWN_IN: dict[str, tuple[str, ...]] = {
    "deadline": ("deadlines",),
    "event": ("deadlines", "cases"),
    "case": ("cases", "deadlines"),
    "client": ("cases", "deadlines"),
    "document": ("documents", "deadlines"),
    "setting": ("settings",),
    "staff": ("staff", "deadlines"),
    "closure_day": ("closures", "deadlines"),
    "brief_service": ("reports",),
    "activity": ("reports",),
}
