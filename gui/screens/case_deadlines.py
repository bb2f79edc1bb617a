"""The Deadlines tab of a case: each deadline with its reasoning, mark done / waive /
reopen with Undo (Ctrl+Z), and the filing that answers the selected one ("Napravi žalbu").

A part of `CaseScreen` (a mixin: one case, one version, one message line)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casework.services import DeadlineRow
from casework.vocabulary import DeadlineStatus
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, label, pick, tr
from gui.models import ROW_ROLE
from gui.record_models import RecordsModel
from gui.screens.case_parts import (
    DEADLINE_COLUMNS,
    CaseTab,
    _table,
)
from gui.screens.deadlines import explanation_html
from gui.screens.drafting import draft_action


class DeadlinesTab(CaseTab):
    """The Deadlines tab's widgets and actions, mixed into CaseScreen."""

    def _deadlines_tab(self) -> QWidget:
        self.case_deadlines = RecordsModel(DEADLINE_COLUMNS)
        self.deadlines_view = _table(self.case_deadlines, "caseDeadlinesTable")
        for col, width in enumerate((90, 140, 130, 260, 90)):
            self.deadlines_view.setColumnWidth(col, width)
        self.deadline_detail = QTextBrowser()
        self.deadline_detail.setObjectName("caseDeadlineDetail")
        self.mark_done = QPushButton()
        self.mark_done.setObjectName("markDone")
        self._labels.append((self.mark_done, QT_TR_NOOP("✔ Mark done")))
        self.mark_done.clicked.connect(lambda: self._mark("done"))
        self.waive = QPushButton()
        self.waive.setObjectName("waiveDeadline")
        self._labels.append((self.waive, QT_TR_NOOP("Waive…")))
        self.waive.clicked.connect(self._waive)
        self.reopen = QPushButton()
        self.reopen.setObjectName("reopenDeadline")
        self._labels.append((self.reopen, QT_TR_NOOP("Reopen")))
        self.reopen.clicked.connect(lambda: self._mark("open"))
        self.draft_button = QPushButton()  # the filing answering the deadline
        self.draft_button.setObjectName("draftFiling")
        self.draft_button.hide()
        self.draft_button.clicked.connect(self._draft_selected)
        # What the last action did, with its undo (Ctrl+Z while the tab has the focus).
        self.deadline_message = QLabel()
        self.deadline_message.setObjectName("deadlineMessage")
        self.deadline_message.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoDeadline")
        self._labels.append((self.undo_button, QT_TR_NOOP("Undo (Ctrl+Z)")))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.hide()
        self.deadlines_view.selectionModel().currentRowChanged.connect(self._deadline_selected)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.deadlines_view)
        split.addWidget(self.deadline_detail)
        split.setSizes([200, 300])
        w = QWidget()
        box = QVBoxLayout(w)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(split, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deadline_message, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.reopen)
        buttons.addWidget(self.waive)
        buttons.addWidget(self.mark_done)
        box.addLayout(buttons)
        undo = QAction(w)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_last)
        w.addAction(undo)
        return w

    # ------------------------------------------------------------------ deadlines
    def _deadline_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(row, DeadlineRow):
            self.deadline_detail.setHtml(explanation_html(row))
        is_open = isinstance(row, DeadlineRow) and row.status == DeadlineStatus.OPEN
        self.mark_done.setEnabled(is_open)
        self.waive.setEnabled(is_open)
        self.reopen.setEnabled(isinstance(row, DeadlineRow) and not is_open)
        action = draft_action(row.rule_id) if isinstance(row, DeadlineRow) and is_open else None
        self.draft_button.setVisible(action is not None)
        if action is not None:
            self.draft_button.setText(action[1])

    def _draft_selected(self) -> None:
        row = self.deadlines_view.currentIndex().data(ROW_ROLE)
        action = draft_action(row.rule_id) if isinstance(row, DeadlineRow) else None
        if action is not None:
            self.open_drafting(action[0])

    def _waive(self) -> None:
        """Waiving needs a reason (it goes to the audit log); an empty answer does nothing."""
        reason, ok = QInputDialog.getText(
            self,
            tr("Waive…"),
            tr("Why is this deadline waived? (required, written to the history)"),
        )
        if ok and reason.strip():
            self._mark("waived", reason.strip())

    def _mark(self, status: str, reason: str | None = None) -> None:
        """Close, waive or reopen the selected deadline; the last action can be undone."""
        row = self.deadlines_view.currentIndex().data(ROW_ROLE)
        if not isinstance(row, DeadlineRow):
            return
        if self._set_deadline_status(row.id, status, reason):
            self._last_action = (row.id, row.status, row.status_reason)
            name = pick(row.rule_name_sr, row.rule_name_en)
            self.deadline_message.setText(
                tr("{rule}: {status}.", rule=name, status=label("status", status))
            )
            self.undo_button.show()

    def undo_last(self) -> None:
        """Put the deadline of the last action back as it was (its reason included)."""
        if self._last_action is None:
            return
        deadline_id, status, reason = self._last_action
        if self._set_deadline_status(deadline_id, status, reason):
            self._last_action = None
            self.undo_button.hide()
            self.deadline_message.setText(tr("Undone."))

    def _set_deadline_status(self, deadline_id: int, status: str, reason: str | None) -> bool:
        cw = self.ctx.cw
        if cw is None:
            return False
        try:
            cw.mark_deadline(
                deadline_id,
                status,
                reason if status == DeadlineStatus.WAIVED else None,
                expected_version=self._version_of_deadline.get(deadline_id),
            )
        except Exception as exc:
            show_error(self, exc, on_reload=self.reload)
            return False
        self._keep_deadline = deadline_id
        self.reload()
        self.ctx.refresh_changed()
        return True
