"""The case list: search as you type (either script, case number, nationality), filters.

Stage, lawyer and open/closed narrow what casework returns; typing filters the loaded
list locally so each keystroke is instant.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casework import CaseworkError, documents
from casework.batch import BatchOutcome, CaseRef
from casework.models import Case, Stage
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, fmt_date, label, tr
from gui.models import ROW_ROLE, both_names
from gui.record_models import Column, RecordsModel, SearchProxy
from gui.screens.batch import BatchDialog, BatchSummaryDialog, run_batch_generation
from gui.widgets import refill_combo

# Tests replace this to fill in and accept the batch dialog instead of blocking on exec().
_exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()  # noqa: E731


def case_numbers(c: Case) -> str:
    nums = [c.office_ref, c.asylum_office_no, c.commission_no, c.court_no, c.constitutional_no]
    return ", ".join(n for n in nums if n)


def client_text(c: Case) -> str:
    cl = c.client
    return both_names(cl.name_latin, cl.name_original)


CASE_COLUMNS: list[Column[Case]] = [
    Column(QT_TR_NOOP("Case"), lambda c: str(c.id), sort=lambda c: c.id),
    Column(QT_TR_NOOP("Client"), client_text),
    Column(QT_TR_NOOP("Nationality"), lambda c: c.client.nationality or ""),
    Column(QT_TR_NOOP("Procedure"), lambda c: label("procedure", c.procedure)),
    Column(QT_TR_NOOP("Stage"), lambda c: label("stage", c.stage)),
    Column(QT_TR_NOOP("Lawyer"), lambda c: c.lawyer.name if c.lawyer else "—"),
    Column(QT_TR_NOOP("Status"), lambda c: label("status", c.status)),
    Column(QT_TR_NOOP("Case numbers"), case_numbers),
    Column(
        QT_TR_NOOP("Opened"),
        lambda c: fmt_date(c.opened_on),
        sort=lambda c: c.opened_on.isoformat(),
    ),
]


def haystack(c: Case) -> str:
    cl = c.client
    return " | ".join(
        x or ""
        for x in (cl.name_latin, cl.name_original, cl.nationality, case_numbers(c), str(c.id))
    )


class CasesScreen(QWidget):
    """Find a case; open it with Enter or a double-click."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.setObjectName("casesScreen")
        self.model: RecordsModel[Case] = RecordsModel(CASE_COLUMNS)
        self.proxy = SearchProxy(lambda c: haystack(c) if isinstance(c, Case) else "")
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.stage = QComboBox()
        self.lawyer = QComboBox()
        self.status = QComboBox()
        self.new_button = QPushButton()
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("batchButton")
        self.count = QLabel()
        self.batch_job: Any = None
        self.batch_progress: Any = None
        self.summary: BatchSummaryDialog | None = None
        self.stage_label, self.lawyer_label, self.status_label = QLabel(), QLabel(), QLabel()

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 3)
        for lab, w in (
            (self.stage_label, self.stage),
            (self.lawyer_label, self.lawyer),
            (self.status_label, self.status),
        ):
            lab.setBuddy(w)
            bar.addWidget(lab)
            bar.addWidget(w, 1)
        bar.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setObjectName("casesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((92, 280, 120, 115, 140, 150, 85, 140)):
            self.table.setColumnWidth(col, width)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.batch_button)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._search)
        for combo in (self.stage, self.lawyer, self.status):
            combo.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.new_button.clicked.connect(lambda: self.ctx.open_case_requested.emit(0))
        self.batch_button.clicked.connect(self.generate_batch)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(tr("Search name (either script), case number, nationality…"))
        self.search.setAccessibleName(tr("Search"))
        self.stage_label.setText(tr("Stage") + ":")
        self.lawyer_label.setText(tr("Lawyer") + ":")
        self.status_label.setText(tr("Status") + ":")
        self.stage.setAccessibleName(tr("Stage"))
        self.lawyer.setAccessibleName(tr("Lawyer"))
        self.status.setAccessibleName(tr("Status"))
        self.new_button.setText(tr("New case") + "  (Ctrl+N)")
        self.new_button.setAccessibleName(tr("New case"))
        self.batch_button.setText(tr("Generate for selected / all open cases…"))
        self.batch_button.setAccessibleName(tr("Generate for selected / all open cases…"))
        self.table.setAccessibleName(tr("Cases"))
        self._fill_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CASE_COLUMNS) - 1)
        self._update_count()

    def _fill_combos(self) -> None:
        any_ = tr("— any —")
        refill_combo(
            self.stage, [(any_, None)] + [(label("stage", s.value), s.value) for s in Stage]
        )
        names: list[str] = []
        if self.ctx.cw is not None:
            try:
                names = [s.name for s in self.ctx.cw.list_staff()]
            except Exception:  # an empty lawyer filter is better than no case list
                names = []
        refill_combo(self.lawyer, [(any_, None)] + [(n, n) for n in names])
        refill_combo(
            self.status,
            [(any_, None), (tr("open"), "open"), (tr("closed"), "closed")],
            initial="open",
        )

    def showEvent(self, event: QShowEvent) -> None:
        """The case list loads when first shown: start-up paints without waiting for it."""
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        if self.ctx.cw is None:
            return
        self.loaded = True
        try:
            cases = self.ctx.cw.list_cases(
                stage=self.stage.currentData(),
                lawyer=self.lawyer.currentData(),
                status=self.status.currentData(),
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.proxy.clear_cache()
        self.model.set_rows(cases)
        self._update_count()

    def _search(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(tr("%n case(s)", None, self.proxy.rowCount()))

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {"cases", "staff"}:
            self._fill_combos()
            if self.loaded:
                self.reload()
        if "language" in what:
            self.retranslate()

    def _open(self, index: QModelIndex) -> None:
        case = index.data(ROW_ROLE)
        if isinstance(case, Case):
            self.ctx.open_case_requested.emit(case.id)

    def go(self, step: int) -> None:
        n = self.proxy.rowCount()
        if n:
            cur = self.table.currentIndex().row()
            target = min(max(0, cur + step), n - 1) if cur >= 0 else 0
            self.table.setCurrentIndex(self.proxy.index(target, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ batch generation
    def selected_cases(self) -> list[CaseRef]:
        """The rows the user selected (Ctrl/Shift+click), in case-number order."""
        refs = []
        for index in self.table.selectionModel().selectedRows():
            case = index.data(ROW_ROLE)
            if isinstance(case, Case):
                refs.append(CaseRef(case.id, case.client.name_latin))
        return sorted(refs, key=lambda r: r.id)

    def generate_batch(self) -> bool:
        """Ask which filing for which cases, then generate them in the background."""
        if self.ctx.cw is None or self.batch_job is not None:
            return False
        try:
            templates = documents.template_choices()
        except CaseworkError as exc:
            show_error(self, exc)
            return False
        dialog = BatchDialog(self.selected_cases(), templates, self)
        try:
            if _exec_dialog(dialog) != int(QDialog.DialogCode.Accepted):
                return False
            cases = dialog.chosen_cases()
            template_id = str(dialog.template.currentData())
            pdf = dialog.pdf.isChecked()
            new_versions = dialog.new_versions.isChecked()
        finally:
            dialog.deleteLater()
        return self.start_batch(template_id, pdf, cases, new_versions)

    def start_batch(
        self,
        template_id: str,
        pdf: bool,
        cases: list[CaseRef] | None,
        new_versions: bool = False,
    ) -> bool:
        """Generate `template_id` for `cases` (None: the open cases it is for) behind a
        progress dialog."""
        if self.ctx.cw is None or self.batch_job is not None:
            return False
        if cases is not None and not cases:
            self.count.setText(tr("There are no cases to process."))
            return False
        self.batch_button.setEnabled(False)
        self.batch_job, self.batch_progress = run_batch_generation(
            self, self.ctx, cases, template_id, pdf, self._batch_done, self._batch_failed,
            new_versions,
        )  # fmt: skip
        return True

    def _batch_finished(self) -> None:
        self.batch_job = None
        self.batch_progress = None
        self.batch_button.setEnabled(True)

    def _batch_done(self, outcome: BatchOutcome) -> None:
        self._batch_finished()
        if outcome.generated:
            self.ctx.refresh_changed()
        self.summary = BatchSummaryDialog(outcome, self.ctx.open_case_requested.emit, self)
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.destroyed.connect(self._summary_gone)
        self.summary.open()

    def _summary_gone(self) -> None:
        self.summary = None

    def _batch_failed(self, exc: BaseException) -> None:
        self._batch_finished()
        show_error(self, exc)
