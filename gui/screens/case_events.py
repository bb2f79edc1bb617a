"""The Events tab of a case: record an event (its kind decides which fields it asks),
correct or withdraw a recorded one; a decision moves the case and fills its numbers.

A part of `CaseScreen` (a mixin: it edits the same case at the same version and shares
its message line), kept apart so that each tab reads on its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casework import planning
from casework.models import Event
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, label, pick, tr
from gui.models import ROW_ROLE
from gui.record_models import RecordsModel
from gui.screens.case_parts import (
    _OUTCOME_KINDS,
    EVENT_COLUMNS,
    TAB_DEADLINES,
    CaseTab,
    CorrectEventDialog,
    _moves_text,
    _outcome_combo,
    _rule_names,
    _table,
)
from gui.widgets import DateField, check_time
from rules import RulesError
from rules.vocabulary import EventKind

# Tests replace this to fill in and accept a dialog instead of blocking on exec().
_exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # noqa: E731


class EventsTab(CaseTab):
    """The Events tab's widgets and actions, mixed into CaseScreen."""

    def _events_tab(self) -> QWidget:
        self.events = RecordsModel(EVENT_COLUMNS)
        self.events_view = _table(self.events, "eventsTable")
        for col, width in enumerate((130, 60, 260, 170, 120)):
            self.events_view.setColumnWidth(col, width)
        self.record_box = QGroupBox()
        self._labels.append((self.record_box, QT_TR_NOOP("Record event")))
        grid = QGridLayout(self.record_box)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.ev_kind = QComboBox()
        self.ev_kind.setObjectName("ev_kind")
        for k in EventKind:
            self.ev_kind.addItem(label("event", k.value), k.value)
        self.ev_date = DateField(required=True, allow_future=False)
        self.ev_date.setObjectName("ev_date")
        self.ev_time = QLineEdit()
        self.ev_time.setObjectName("ev_time")
        self.ev_time.setPlaceholderText("14:30")
        self.ev_time.setMaximumWidth(80)
        self.ev_reference = QLineEdit()
        self.ev_reference.setObjectName("ev_reference")
        self.ev_act_date = DateField(allow_future=False)
        self.ev_act_date.setObjectName("ev_act_date")
        self.ev_note = QLineEdit()
        self.ev_note.setObjectName("ev_note")
        self.ev_outcome = _outcome_combo("ev_outcome")
        self.ev_triggers = QLabel()
        self.ev_triggers.setObjectName("evTriggers")
        self.ev_triggers.setWordWrap(True)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordButton")
        self._labels.append((self.record_button, QT_TR_NOOP("Record event")))
        for row, (key, widget, focus) in enumerate(
            (
                (QT_TR_NOOP("Kind of event"), self.ev_kind, self.ev_kind),
                (QT_TR_NOOP("Date"), self.ev_date, self.ev_date.edit),
                (QT_TR_NOOP("Time (HH:MM)"), self.ev_time, self.ev_time),
                (QT_TR_NOOP("Act number"), self.ev_reference, self.ev_reference),
                (QT_TR_NOOP("Date of the act"), self.ev_act_date, self.ev_act_date.edit),
                (QT_TR_NOOP("Decision's outcome"), self.ev_outcome, self.ev_outcome),
                (QT_TR_NOOP("Note"), self.ev_note, self.ev_note),
            )
        ):
            lab = self._lab(key)
            lab.setBuddy(focus)
            widget.setProperty("i18n", key)
            r, c = divmod(row, 2)
            grid.addWidget(lab, r, c * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, r, c * 2 + 1)
        grid.addWidget(self.ev_triggers, 4, 0, 1, 3)
        grid.addWidget(self.record_button, 4, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fields.update(
            {"date": self.ev_date, "reference": self.ev_reference, "act_date": self.ev_act_date}
        )
        self.ev_kind.currentIndexChanged.connect(self._kind_changed)
        self.record_button.clicked.connect(self.record_event)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correctEvent")
        self.correct_button.setEnabled(False)
        self._labels.append((self.correct_button, QT_TR_NOOP("Correct…")))
        self.correct_button.clicked.connect(self.correct_event_date)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawEvent")
        self.withdraw_button.setEnabled(False)
        self._labels.append((self.withdraw_button, QT_TR_NOOP("Withdraw event…")))
        self.withdraw_button.clicked.connect(self.withdraw_event)
        self.events_view.selectionModel().currentRowChanged.connect(self._event_selected)
        self.events_view.activated.connect(lambda _i: self.correct_event_date())
        event_buttons = QHBoxLayout()
        event_buttons.addStretch(1)
        event_buttons.addWidget(self.withdraw_button)
        event_buttons.addWidget(self.correct_button)
        w = QWidget()
        box = QVBoxLayout(w)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.events_view, 1)
        box.addLayout(event_buttons)
        box.addWidget(self.record_box)
        return w

    # ------------------------------------------------------------------ events
    def _kind_changed(self, *_args: object) -> None:
        kind = str(self.ev_kind.currentData() or "")
        procedure = self.case.procedure if self.case else "regular"
        hours = planning.needs_time(kind, procedure) if kind else False
        self.ev_outcome.setEnabled(kind in _OUTCOME_KINDS)
        if kind not in _OUTCOME_KINDS:
            self.ev_outcome.setCurrentIndex(0)
        self.ev_time.setEnabled(hours)
        self.ev_time.setToolTip(
            tr("This event starts a deadline counted in hours: the time is required.")
            if hours
            else tr("No time needed for this event.")
        )
        try:
            outcome = self.ev_outcome.currentData() if kind in _OUTCOME_KINDS else None
            names = [
                pick(r.name_sr, r.name_en) for r in planning.triggered(kind, procedure, outcome)
            ]
            text = (
                tr("Starts: {rules}", rules=", ".join(names))
                if names
                else tr("Starts no deadline.")
            )
        except (RulesError, ValueError) as exc:
            text = tr("The deadline cannot be computed ({why}).", why=str(exc))
        if hours:
            text += "  " + tr(
                "This event starts a deadline counted in hours: the time is required."
            )
        self.ev_triggers.setText(text)

    def record_event(self) -> bool:
        """Record the event typed in; the deadlines it starts appear at once."""
        cw = self.ctx.cw
        if cw is None or self.case is None:
            return False
        problems = [p for p in (self.ev_date.show_problem(), self.ev_act_date.show_problem()) if p]
        at_time: dt.time | None = None
        if self.ev_time.isEnabled():
            try:
                at_time = check_time(self.ev_time.text())
                self.ev_time.setStyleSheet("")
            except ValueError as exc:
                problems.append(str(exc))
                self.ev_time.setStyleSheet(
                    "QLineEdit { border: 1px solid #c62828; background: #fff5f5; }"
                )
        if problems:
            self.message.setText(tr("Fix the marked fields.") + "\n" + "\n".join(problems))
            return False
        on = self.ev_date.date()
        assert on is not None
        try:
            result = cw.record_event(
                self.case.id,
                str(self.ev_kind.currentData()),
                on,
                at_time=at_time,
                reference=self.ev_reference.text().strip() or None,
                act_date=self.ev_act_date.date(),
                note=self.ev_note.text().strip() or None,
                today=self.ctx.today,
                outcome=self.ev_outcome.currentData() if self.ev_outcome.isEnabled() else None,
            )
        except Exception as exc:
            show_error(self, exc, on_reload=self.reload)
            return False
        for w in (self.ev_time, self.ev_reference, self.ev_note):
            w.clear()
        self.ev_date.set_date(None)
        self.ev_act_date.set_date(None)
        self.ev_outcome.setCurrentIndex(0)
        self.reload()
        text = tr("Event recorded; new deadlines: {n}.", n=len(result.created))
        if result.late:
            names = ", ".join(pick(*_rule_names(d.rule_id)) for d in result.late)
            text += "\n" + tr(
                "Warning: already past when recorded: {rules}. Consider a request for restoration.",
                rules=names,
            )
        self.message.setText(text)
        if result.created:
            self.tabs.setCurrentIndex(TAB_DEADLINES)
        self.ctx.refresh_changed()
        return True

    def _event_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.isValid() and isinstance(current.data(ROW_ROLE), Event)
        self.correct_button.setEnabled(chosen)
        self.withdraw_button.setEnabled(chosen)

    def withdraw_event(self) -> bool:
        """Withdraw an event recorded by mistake: a reason is required (it goes to the
        history); its deadlines are waived, and what it had fulfilled reopens."""
        cw = self.ctx.cw
        event = self.events_view.currentIndex().data(ROW_ROLE)
        if cw is None or not isinstance(event, Event):
            return False
        reason, ok = QInputDialog.getText(
            self,
            tr("Withdraw event…"),
            tr(
                "Why is the event withdrawn? (required; its deadlines are waived, "
                "written to the history)"
            ),
        )
        if not ok or not reason.strip():
            return False
        try:
            waived = cw.withdraw_event(event.id, reason.strip(), expected_version=event.version)
        except Exception as exc:
            show_error(self, exc, on_reload=self.reload)
            return False
        self.reload()
        self.ctx.refresh_changed()
        self.message.setText(tr("Event withdrawn; deadlines waived: {n}.", n=len(waived)))
        return True

    def correct_event_date(self) -> bool:
        """Ask for the right date (and time) of the selected event, then correct it."""
        event = self.events_view.currentIndex().data(ROW_ROLE)
        if self.case is None or not isinstance(event, Event):
            return False
        procedure = self.case.procedure
        with_time = event.at_time is not None or planning.needs_time(event.kind, procedure)
        dialog = CorrectEventDialog(event, with_time, self)
        try:
            if _exec_dialog(dialog) != int(QDialog.DialogCode.Accepted):
                return False
            on, at_time = dialog.values()
            outcome = dialog.outcome()
            reference, act_date = dialog.act()
        finally:
            dialog.deleteLater()
        return self.correct_event(event, on, at_time, outcome, reference, act_date)

    def correct_event(
        self,
        event: Event,
        on: dt.date,
        at_time: dt.time | None,
        outcome: str | None = None,
        reference: str | None = None,
        act_date: dt.date | None = None,
    ) -> bool:
        """Correct the event through casework; say which deadlines moved, old -> new."""
        cw = self.ctx.cw
        if cw is None:
            return False
        same_outcome = outcome is None or outcome == event.outcome
        same_act = reference in (None, event.reference) and act_date in (None, event.act_date)
        if on == event.occurred_on and at_time == event.at_time and same_outcome and same_act:
            self.message.setText(tr("Nothing changed."))
            return False
        try:
            changes = cw.correct_event(
                event.id,
                on=on,
                at_time=at_time,
                expected_version=event.version,
                outcome=None if same_outcome else outcome,
                reference=reference,
                act_date=act_date,
            )
        except Exception as exc:
            show_error(self, exc, on_reload=self.reload)
            return False
        self.reload()
        moves = _moves_text(changes)
        text = (
            tr("Event corrected. Deadlines moved: {moves}.", moves=moves)
            if changes
            else tr("Event corrected; no open deadline moved.")
        )
        if changes:
            self.tabs.setCurrentIndex(TAB_DEADLINES)
        self.ctx.refresh_changed()
        self.message.setText(text)
        status = getattr(self.window(), "statusBar", None)
        if callable(status):  # after the refresh, whose "loaded" line would replace it
            status().showMessage(text, 30_000)
        return True

    def _correct_recorded(self, kinds: Sequence[str]) -> bool:
        """Select the latest recorded event of `kinds` and open its correction dialog
        (the value a filing misses belongs to that record); False when none is recorded."""
        for row in range(self.events.rowCount()):  # newest first
            event = self.events.row_at(row)
            if event.kind in kinds:
                self.events_view.setCurrentIndex(self.events.index(row, 0))
                self.correct_event_date()
                return True
        return False
