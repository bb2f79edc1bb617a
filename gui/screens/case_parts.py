"""The case screen's parts that stand on their own: the columns of its tables, the
dialog that corrects an event, and small helpers for the words it shows."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casework import CaseworkError, documents, planning
from casework.models import AuditEntry, Case, Document, Event
from casework.services import DeadlineRow
from gui.context import AppContext
from gui.i18n import QT_TR_NOOP, fmt_date, fmt_day, fmt_moment, label, pick, tr
from gui.models import note_text
from gui.record_models import Column
from gui.widgets import ERROR_STYLE, DateField, check_time
from rules.vocabulary import Outcome

EVENT_COLUMNS: list[Column[Event]] = [
    Column(QT_TR_NOOP("Date"), lambda e: fmt_day(e.occurred_on)),
    Column(QT_TR_NOOP("Time"), lambda e: e.at_time.strftime("%H:%M") if e.at_time else ""),
    Column(QT_TR_NOOP("Event"), lambda e: label("event", e.kind)),
    Column(QT_TR_NOOP("Reference"), lambda e: " ".join(
        x for x in (e.reference or "", f"({fmt_date(e.act_date)})" if e.act_date else "") if x
    )),
    Column(QT_TR_NOOP("By"), lambda e: e.recorded_by or ""),
    Column(QT_TR_NOOP("Note"), lambda e: e.note or ""),
]  # fmt: skip

# The tabs of a case, in order (the main window and the screenshots open them by name).
TAB_CLIENT, TAB_CASE, TAB_EVENTS, TAB_DEADLINES, TAB_DRAFTING, TAB_DOCUMENTS, TAB_HISTORY = range(7)


def _dl_fg(r: DeadlineRow) -> QColor | None:
    return QColor("#9a3412") if r.confidence == "L" else None


DEADLINE_COLUMNS: list[Column[DeadlineRow]] = [
    Column(QT_TR_NOOP("Status"), lambda r: label("status", r.status)),
    Column(
        QT_TR_NOOP("Due"), lambda r: fmt_day(r.due) + (f" {r.due_time:%H:%M}" if r.due_time else "")
    ),
    Column(QT_TR_NOOP("Safe date"), lambda r: fmt_day(r.safe_date) if r.safe_date else ""),
    Column(QT_TR_NOOP("Rule"), lambda r: pick(r.rule_name_sr, r.rule_name_en)),
    Column(QT_TR_NOOP("Confidence"), lambda r: r.confidence),
    # The same warnings as the team's list (one function: they cannot drift apart).
    Column(QT_TR_NOOP("Note"), note_text, foreground=_dl_fg),
]

DOCUMENT_COLUMNS: list[Column[Document]] = [
    Column(
        QT_TR_NOOP("Template"),
        lambda d: template_title(d.template_id),
        tooltip=lambda d: d.template_id,
    ),
    Column(QT_TR_NOOP("Version"), lambda d: str(d.version)),
    Column(QT_TR_NOOP("File"), lambda d: Path(d.path).name, tooltip=lambda d: d.path),
    Column(QT_TR_NOOP("By"), lambda d: d.generated_by or ""),
    Column(QT_TR_NOOP("When"), lambda d: fmt_moment(d.generated_at)),
]

# The history in the person's words (issue 12 review: the Serbian History tab showed
# "update deadline", "has_draft", "True" and a Python dict). The stored entry keeps its
# codes (the CLI and `azil audit verify` read them); only the showing is worded.
_AUDIT_THINGS = {
    "case": QT_TR_NOOP("case"), "client": QT_TR_NOOP("client"),
    "deadline": QT_TR_NOOP("deadline"), "event": QT_TR_NOOP("event"),
    "document": QT_TR_NOOP("document"), "staff": QT_TR_NOOP("staff member"),
    "setting": QT_TR_NOOP("setting"), "closure": QT_TR_NOOP("closure day"),
}  # fmt: skip
_AUDIT_ACTIONS = {
    "create": QT_TR_NOOP("entered"), "update": QT_TR_NOOP("changed"),
    "close": QT_TR_NOOP("closed"), "reopen": QT_TR_NOOP("reopened"),
    "delete": QT_TR_NOOP("removed"), "generate": QT_TR_NOOP("generated"),
    "mark": QT_TR_NOOP("marked"), "open": QT_TR_NOOP("opened"),
}  # fmt: skip
_AUDIT_FIELDS = {
    "stage": QT_TR_NOOP("Stage"), "status": QT_TR_NOOP("Status"),
    "due": QT_TR_NOOP("Due"), "has_draft": QT_TR_NOOP("Draft ready"),
    "path": QT_TR_NOOP("File"), "drafting": QT_TR_NOOP("Drafting answers"),
    "outcome": QT_TR_NOOP("Decision's outcome"), "kind": QT_TR_NOOP("Kind of event"),
    "asylum_office_no": QT_TR_NOOP("Asylum Office no."),
    "commission_no": QT_TR_NOOP("Asylum Commission no."),
    "court_no": QT_TR_NOOP("Administrative Court no."),
    "procedure": QT_TR_NOOP("Procedure"), "lawyer_id": QT_TR_NOOP("Lawyer"),
}  # fmt: skip
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _audit_action(a: AuditEntry) -> str:
    thing = _AUDIT_THINGS.get(a.entity)
    done = _AUDIT_ACTIONS.get(a.action)
    if thing is None or done is None:
        return f"{a.action} {a.entity}"
    return f"{tr(thing)}: {tr(done)}"


def _audit_value(a: AuditEntry, raw: str | None) -> str:
    """A stored old/new value as the person reads it: yes/no, days as the app writes
    them, a stored code by its label, a file by its name, the drafting answers by name."""
    if raw in (None, ""):
        return ""
    assert raw is not None
    if raw in ("True", "False"):
        return tr("yes") if raw == "True" else tr("no")
    if a.field == "drafting":
        return tr("(the filing's answers)") if raw not in ("{}", "None") else ""
    if a.field == "path":
        return Path(raw).name
    if a.field in ("stage", "outcome", "procedure"):
        return label(a.field, raw)
    if a.field == "status":
        return label("status", raw)
    if a.entity == "case" and a.action == "create" and raw.count(", ") == 1:
        procedure, stage = raw.split(", ")  # "subsequent, appeal"
        return f"{label('procedure', procedure)}, {label('stage', stage)}"
    if a.entity == "event" and a.field in (None, "", "kind"):  # "decision-delivered 2026-…"
        kind, _, rest = raw.partition(" ")
        raw = f"{label('event', kind)} {rest}".strip()
    return _ISO_DAY.sub(lambda m: fmt_date(dt.date(int(m[1]), int(m[2]), int(m[3]))), raw).replace(
        "(safe ", "(" + tr("safe date") + " "
    )


AUDIT_COLUMNS: list[Column[AuditEntry]] = [
    Column(QT_TR_NOOP("When"), lambda a: fmt_moment(a.at)),
    Column(QT_TR_NOOP("By"), lambda a: a.actor or ""),
    Column(QT_TR_NOOP("Action"), _audit_action),
    Column(QT_TR_NOOP("Field"), lambda a: tr(_AUDIT_FIELDS[a.field])
           if a.field in _AUDIT_FIELDS else (a.field or "")),
    Column(QT_TR_NOOP("Old"), lambda a: _audit_value(a, a.old), tooltip=lambda a: a.old or ""),
    Column(QT_TR_NOOP("New"), lambda a: _audit_value(a, a.new), tooltip=lambda a: a.new or ""),
]  # fmt: skip


@functools.cache
def _template_choices() -> dict[str, documents.TemplateChoice]:
    try:
        return {ch.id: ch for ch in documents.template_choices()}
    except CaseworkError:
        return {}


def template_title(template_id: str) -> str:
    """The filing's title in the interface language ('Žalba Komisiji…'), else its id."""
    ch = _template_choices().get(template_id)
    return pick(ch.title_sr, ch.title_en) if ch is not None else template_id


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


class CorrectEventDialog(QDialog):
    """Correct a recorded event: its date (and time), the act's number and date, and a
    decision's outcome."""

    def __init__(self, event: Event, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctEventDialog")
        self.setWindowTitle(tr("Correct the event"))
        self.record = event
        when = fmt_day(event.occurred_on)
        if event.at_time is not None:
            when += f" {event.at_time:%H:%M}"
        kind = label("event", event.kind)
        intro = QLabel(
            tr(
                "{event}, now {date}. The event's open deadlines are recomputed and the "
                "change is written to the history.",
                event=kind[:1].upper() + kind[1:],
                date=when,
            )
        )
        intro.setWordWrap(True)
        self.date = DateField(required=True, allow_future=False)
        self.date.setObjectName("correctDate")
        self.date.setAccessibleName(tr("Date"))
        self.date.set_date(event.occurred_on)
        self.time = QLineEdit()
        self.time.setObjectName("correctTime")
        self.time.setAccessibleName(tr("Time (HH:MM)"))
        self.time.setPlaceholderText("14:30")
        self.time.setMaximumWidth(80)
        self.time.setText(event.at_time.strftime("%H:%M") if event.at_time else "")
        self.time_error = QLabel()
        self.time_error.setObjectName("fieldError")
        self.time_error.hide()
        self.reference = QLineEdit(event.reference or "")
        self.reference.setObjectName("correctReference")
        self.reference.setAccessibleName(tr("Act number"))
        self.act_date = DateField(allow_future=False)
        self.act_date.setObjectName("correctActDate")
        self.act_date.setAccessibleName(tr("Date of the act"))
        self.act_date.set_date(event.act_date)
        self.outcome_box = _outcome_combo("correctOutcome")
        if event.outcome is not None:
            self.outcome_box.setCurrentIndex(self.outcome_box.findData(str(event.outcome)))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        date_label = QLabel(tr("Date"))
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, self.date)
        self.with_time = with_time
        if with_time:
            time_label = QLabel(tr("Time (HH:MM)"))
            time_label.setBuddy(self.time)
            form.addRow(time_label, self.time)
            form.addRow("", self.time_error)
        else:
            self.time.hide()
        for text, widget, focus in (
            (tr("Act number"), self.reference, self.reference),
            (tr("Date of the act"), self.act_date, self.act_date.edit),
        ):
            act_label = QLabel(text)
            act_label.setBuddy(focus)
            form.addRow(act_label, widget)
        self.with_outcome = event.kind in _OUTCOME_KINDS
        if self.with_outcome:
            outcome_label = QLabel(tr("Decision's outcome"))
            outcome_label.setBuddy(self.outcome_box)
            form.addRow(outcome_label, self.outcome_box)
        else:
            self.outcome_box.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Correct"))
        ok.setObjectName("correctOk")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.date.edit.setFocus()
        self.date.edit.selectAll()

    def problems(self) -> list[str]:
        """Why the dialog cannot be accepted yet (shown at the fields)."""
        problems = [p for p in (self.date.show_problem(), self.act_date.show_problem()) if p]
        if self.with_time:
            try:
                check_time(self.time.text())
                self.time.setStyleSheet("")
                self.time_error.hide()
            except ValueError as exc:
                problems.append(str(exc))
                self.time.setStyleSheet(ERROR_STYLE)
                self.time_error.setText(str(exc))
                self.time_error.show()
        return problems

    def _accept_if_valid(self) -> None:
        if not self.problems():
            self.accept()

    def values(self) -> tuple[dt.date, dt.time | None]:
        on = self.date.date()
        assert on is not None
        return on, check_time(self.time.text()) if self.with_time else None

    def act(self) -> tuple[str | None, dt.date | None]:
        """The act's number and date as typed (None where left empty)."""
        return self.reference.text().strip() or None, self.act_date.date()

    def outcome(self) -> str | None:
        """The outcome chosen (None: not recorded, or an event that has none)."""
        if not self.with_outcome:
            return None
        data = self.outcome_box.currentData()
        return str(data) if data else None


# The events whose outcome selects the appeal (a decision delivered, or by public notice).
_OUTCOME_KINDS = frozenset({"decision-delivered", "public-notice-posted"})


def _outcome_combo(name: str) -> QComboBox:
    """The decision's outcome, 'not recorded' first (the shortest period then applies)."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(tr("— not recorded (the shortest period applies) —"), None)
    for outcome in Outcome:
        box.addItem(label("outcome", outcome.value), outcome.value)
    box.setToolTip(
        tr(
            "The outcome sets the appeal period: a dismissal 8 days, a rejection in the "
            "regular procedure 15 days, at the border 5 days. Until it is recorded, the "
            "shortest possible period applies."
        )
    )
    box.setAccessibleName(tr("Decision's outcome"))
    return box


_rule_names = planning.rule_names


def move_text(c: Any) -> str:
    """'Žalba (redovni postupak): pon 13.05.2024. → uto 07.05.2024.' (none: created or
    no longer applies)."""
    none = tr("none")
    old = fmt_day(c.old_due) if c.old_due else none
    new = fmt_day(c.new_due) if c.new_due else none
    return f"{pick(*_rule_names(c.rule_id))}: {old} → {new}"


def moves_lines(changes: Sequence[Any]) -> list[str]:
    """One line per moved deadline, with its case: 'predmet 12 · Žalba (redovni
    postupak): …' (a closure day moves many cases)."""
    return [tr("case {id}", id=c.case_id) + " · " + move_text(c) for c in changes]


def _moves_text(changes: Sequence[Any]) -> str:
    """The moves of one case, on one line."""
    return "; ".join(move_text(c) for c in changes)


class CaseTab(QWidget):
    """What the case screen's tab mixins (Events, Deadlines) work on: CaseScreen defines
    the state and these methods; declared here once so each mixin type-checks alone."""

    ctx: AppContext
    case: Case | None
    fields: dict[str, QWidget]
    tabs: QTabWidget
    message: QLabel
    _labels: list[tuple[QLabel | QGroupBox | QCheckBox | QPushButton, str]]
    _version_of_deadline: dict[int, int]
    _keep_deadline: int | None
    _last_action: tuple[int, str, str | None] | None

    def _lab(self, key: str) -> QLabel:
        raise NotImplementedError  # CaseScreen's

    def reload(self) -> None:
        raise NotImplementedError  # CaseScreen's

    def open_drafting(self, template_id: str) -> bool:
        raise NotImplementedError  # CaseScreen's
