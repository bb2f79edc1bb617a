"""The one function through which the app shows an error (qutebrowser/Anki habit).

Every screen calls `show_error`; it knows the rooms' error types, so a stale edit becomes
a dialog naming who changed the record and when (with a reload button), a database that
went away points to the settings, and anything unexpected still shows one clear line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from casework import CaseworkError, Problem
from casework.db import DatabaseError
from casework.errors import is_user_error
from casework.services import StaleEditError
from gui.i18n import fmt_moment, language, pick, tr

log = logging.getLogger(__name__)

# Tests replace this to observe dialogs without blocking on exec().
_exec_hook: Callable[[QMessageBox], int] | None = None


def _exec(box: QMessageBox) -> int:
    if _exec_hook is not None:
        return _exec_hook(box)
    return box.exec()


def describe(exc: BaseException) -> str:
    """One readable line for an error (the rooms' errors already say what to do)."""
    message = " ".join(str(exc).split())
    problems = getattr(exc, "problems", ())
    if problems:  # structured: each with its field's label, in the interface's language
        return "\n".join(_problem_line(p) for p in problems)
    if isinstance(exc, CaseworkError):  # worded from casework's catalogue
        return exc.text(language())
    if is_user_error(exc):
        return message
    return tr("Unexpected error: {msg}", msg=f"{type(exc).__name__}: {message}")


def _problem_line(problem: object) -> str:
    if isinstance(problem, Problem):  # casework's: the message names what it concerns
        return f"• {problem.text(language())}"
    label = pick(getattr(problem, "label_sr", ""), getattr(problem, "label_en", ""))
    label = label or str(getattr(problem, "field", ""))
    text = pick(getattr(problem, "message_sr", "") or getattr(problem, "message", ""),
                getattr(problem, "message", "") or str(problem))  # fmt: skip
    return f"• {label}: {text}" if label else f"• {text}"


def stale_text(exc: StaleEditError) -> str:
    """Who changed the record and when, in the interface language."""
    who = exc.by or tr("Another user")
    when = fmt_moment(exc.at) or "?"
    return tr(
        "{who} changed this record at {when}, after you opened it.\nYour change was not "
        "saved. Reload the latest version and apply your change again.",
        who=who,
        when=when,
    )


def show_error(
    parent: QWidget | None,
    exc: BaseException,
    on_reload: Callable[[], None] | None = None,
) -> None:
    """Show `exc` to the user; for a stale edit offer to reload (calls `on_reload`)."""
    log.info("shown to the user: %s", exc, exc_info=not _known(exc))
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    if isinstance(exc, StaleEditError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Someone changed this record"))
        box.setText(tr("Someone changed this record"))
        box.setInformativeText(stale_text(exc))
        reload_button = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload_button)
        _exec(box)
        if box.clickedButton() is reload_button and on_reload is not None:
            on_reload()
        return
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Error"))
    if isinstance(exc, DatabaseError):
        box.setText(tr("The database cannot be reached. Check the database settings."))
        box.setInformativeText(str(exc))
    else:
        box.setText(describe(exc))
    _exec(box)


def _known(exc: BaseException) -> bool:
    return is_user_error(exc)
