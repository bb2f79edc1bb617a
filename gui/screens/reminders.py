"""The reminders panel: what needs attention today, for me or for the whole team."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casework.reminders import ReminderLine, reminder_lines
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, fmt_day, pick, tr
from gui.models import ROW_ROLE, note_text, urgency, urgency_text
from gui.record_models import Column, RecordsModel
from rules.catalogue import Binds

REMINDER_COLUMNS: list[Column[ReminderLine]] = [
    Column(
        QT_TR_NOOP("Urgency"),
        lambda x: urgency_text(urgency(x.row, _today()), x.row.binds == Binds.AUTHORITY),
    ),
    Column(QT_TR_NOOP("Due"), lambda x: fmt_day(x.row.due)),
    Column(QT_TR_NOOP("Safe date"), lambda x: fmt_day(x.row.safe_date) if x.row.safe_date else ""),
    Column(QT_TR_NOOP("Client"), lambda x: x.row.client_name),
    Column(QT_TR_NOOP("Rule"), lambda x: pick(x.row.rule_name_sr, x.row.rule_name_en)),
    Column(QT_TR_NOOP("Lawyer"), lambda x: x.row.lawyer or "—"),
    Column(
        QT_TR_NOOP("Note"),
        lambda x: "  ".join(
            p
            for p in (
                tr("for the team (lawyer on leave or none)") if x.team else "",
                note_text(x.row),
            )
            if p
        ),
    ),
]

_TODAY: list[dt.date] = []


def _today() -> dt.date:
    return _TODAY[0] if _TODAY else dt.date.today()


class RemindersScreen(QWidget):
    """Reminders due now; the tray notification counts the same list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("remindersScreen")
        _TODAY[:] = [ctx.today]
        self.model: RecordsModel[ReminderLine] = RecordsModel(REMINDER_COLUMNS)
        self.view = QTableView()
        self.view.setObjectName("remindersTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 130, 130, 240, 230, 140)):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(self._open)
        self.who = QComboBox()
        self.who.currentIndexChanged.connect(self.reload)
        self.who_label = QLabel()
        self.who_label.setBuddy(self.who)
        self.title = QLabel()
        self.title.setObjectName("remindersTitle")
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.who_label)
        bar.addWidget(self.who)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText("<b>" + tr("Reminders for today") + "</b>")
        self.who_label.setText(tr("For") + ":")
        self.who.setAccessibleName(tr("For"))
        self.view.setAccessibleName(tr("Reminders"))
        self.who.blockSignals(True)
        current = self.who.currentData() if self.who.count() else "me"
        self.who.clear()
        self.who.addItem(self.ctx.me or "—", "me")
        self.who.addItem(tr("the whole team"), "team")
        self.who.setCurrentIndex(max(0, self.who.findData(current)))
        self.who.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(REMINDER_COLUMNS) - 1)

    def reload(self) -> int:
        """Fetch the reminders; returns how many need attention (for the tray)."""
        cw = self.ctx.cw
        if cw is None:
            return 0
        _TODAY[:] = [self.ctx.today]
        staff = None
        if self.who.currentData() == "me":
            names = {s.name for s in cw.list_staff()}
            staff = self.ctx.me if self.ctx.me in names else None
        try:
            lines = reminder_lines(cw, staff, self.ctx.today)
        except Exception as exc:
            show_error(self, exc)
            return 0
        self.model.set_rows(lines)
        return len(lines)

    def _open(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if isinstance(line, ReminderLine):
            self.ctx.open_case_requested.emit(line.row.case_id)

    def _on_changed(self, what: frozenset[str]) -> None:
        if "language" in what:
            self.retranslate()
        if what & {"deadlines", "staff"}:
            self.reload()
