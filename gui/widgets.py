"""Small reusable controls: a date field that says why a date is wrong, a time field.

A date is typed as the office writes it (26.04.2024. or 2024-04-26) or picked in a
calendar; a malformed or impossible date turns the field red with the reason beneath,
and the form refuses to save while any field is invalid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from casework.parsing import InputError, parse_date, parse_time
from gui.i18n import fmt_date, language, tr

# Opening a file or folder in its program: one hook, replaced by tests so that no word
# processor starts (False when nothing on the computer could open it).
open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl


def parse_user_date(text: str) -> dt.date | None:
    """The date typed, or None when it is malformed or impossible."""
    try:
        return check_date(text)
    except ValueError:
        return None


def check_date(text: str) -> dt.date:
    """Parse a typed date with casework's parser (the command line accepts the same);
    ValueError says, in the interface language, what is wrong."""
    try:
        return parse_date(text)
    except InputError as exc:
        raise ValueError(exc.text(language())) from None


def check_time(text: str) -> dt.time:
    """Parse a typed time (HH:MM) with casework's parser."""
    try:
        return parse_time(text)
    except InputError as exc:
        raise ValueError(exc.text(language())) from None


ERROR_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fff5f5; }"


class DateField(QWidget):
    """A date line edit with a calendar picker and a visible reason when the input is wrong."""

    changed = Signal()

    def __init__(
        self, required: bool = False, allow_future: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.required = required
        self.allow_future = allow_future
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("yyyy-mm-dd"))  # Serbian: dd.mm.gggg.
        self.edit.setMaxLength(12)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(tr("Pick a date in the calendar"))
        self.button.setAccessibleName(tr("Pick a date in the calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(row)
        box.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._validate)
        self.edit.textChanged.connect(self.changed)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _picked(self, qd: QDate) -> None:
        self.set_date(dt.date(qd.year(), qd.month(), qd.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    def set_date(self, d: dt.date | None) -> None:
        self.edit.setText(fmt_date(d) if d else "")
        if d:
            self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))

    def text(self) -> str:
        return self.edit.text()

    def problem(self) -> str | None:
        """Why the current input cannot be saved, or None."""
        text = self.edit.text().strip()
        if not text:
            return tr("The date is required.") if self.required else None
        try:
            d = check_date(text)
        except ValueError as exc:
            return str(exc)
        if not self.allow_future and d > dt.date.today():
            return tr("The date cannot lie in the future.")
        return None

    def date(self) -> dt.date | None:
        """The date entered; None when empty or invalid (check `problem()` first)."""
        text = self.edit.text().strip()
        return parse_user_date(text) if text and self.problem() is None else None

    def _validate(self) -> None:
        problem = self.problem() if self.edit.text().strip() else None
        self.edit.setStyleSheet(ERROR_STYLE if problem else "")
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        self.edit.setToolTip(problem or "")

    def show_problem(self) -> str | None:
        """Validate now (also for an empty required field) and show the reason."""
        problem = self.problem()
        self.edit.setStyleSheet(ERROR_STYLE if problem else "")
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        return problem


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, for a form with unsaved changes the user is leaving."""
    from gui import errors

    box = QMessageBox(parent)
    box.setObjectName("unsavedDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("You have unsaved changes. Save them before leaving?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    result = errors._exec(box)
    return QMessageBox.StandardButton(result)


def refill_combo(
    combo: QComboBox, items: Sequence[tuple[str, object]], initial: object = None
) -> None:
    """Replace a filter's choices (e.g. after a language switch or new staff) while keeping
    what was chosen (`initial` on the first fill), without firing the change signals that
    would refilter the list."""
    current = combo.currentData() if combo.count() else initial
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
