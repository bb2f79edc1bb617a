"""Batch generation from the case list: choose, run in the background, see what failed.

`BatchDialog` asks which filing, for which cases (the selected ones or every open case)
and whether PDFs are wanted; `run_batch_generation` runs `casework.batch.generate_for_cases`
on a worker behind a progress dialog ("2 of 3 — client name", Cancel stops between
cases); `BatchSummaryDialog` then lists every case that got no document with its
problems, and double-click (or Enter) on one opens that case to fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casework.batch import BatchOutcome, CaseRef, Failure, generate_for_cases
from casework.documents import TemplateChoice
from casework.errors import is_pdf_unavailable
from gui import workers
from gui.context import AppContext
from gui.errors import describe
from gui.i18n import pick, t
from gui.qt_translations import tn

CASE_ROLE = int(Qt.ItemDataRole.UserRole) + 10


class BatchDialog(QDialog):
    """Which filing, for which cases, and PDF or not."""

    def __init__(
        self,
        selected: Sequence[CaseRef],
        templates: Sequence[TemplateChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchDialog")
        self.setWindowTitle(t("batch.title"))
        self.selected_cases = list(selected)
        self.template = QComboBox()
        self.template.setObjectName("batchTemplate")
        self.template.setAccessibleName(t("batch.template"))
        for ch in templates:
            self.template.addItem(pick(ch.title_sr, ch.title_en), ch.id)
        self.template.setCurrentIndex(max(0, self.template.findData("appeal")))
        self.only_selected = QRadioButton(t("batch.selected", n=len(self.selected_cases)))
        self.only_selected.setObjectName("batchSelected")
        self.all_open = QRadioButton(t("batch.all_open"))
        self.all_open.setObjectName("batchAllOpen")
        self.only_selected.setEnabled(bool(self.selected_cases))
        # Several rows picked on purpose: those; one highlighted row is no clear choice.
        (self.only_selected if len(self.selected_cases) > 1 else self.all_open).setChecked(True)
        self.pdf = QCheckBox(t("batch.pdf"))
        self.pdf.setObjectName("batchPdf")
        note = QLabel(t("batch.note"))
        note.setWordWrap(True)
        note.setObjectName("batchNote")
        template_label = QLabel(t("batch.template") + ":")
        template_label.setBuddy(self.template)
        scope = QVBoxLayout()
        scope.setSpacing(4)
        scope.addWidget(self.only_selected)
        scope.addWidget(self.all_open)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(template_label, self.template)
        form.addRow(QLabel(t("batch.scope") + ":"), scope)
        form.addRow("", self.pdf)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(t("batch.start"))
        ok.setObjectName("batchStart")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(t("action.cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.template.setFocus()

    def chosen_cases(self) -> list[CaseRef] | None:
        """The selected cases, or None for every open case."""
        return self.selected_cases if self.only_selected.isChecked() else None


def _problem_text(p: Any) -> str:
    label = pick(getattr(p, "label_sr", ""), getattr(p, "label_en", "")) or str(
        getattr(p, "field", "")
    )
    message = pick(getattr(p, "message_sr", "") or p.message, p.message)
    return f"{label}: {message}" if label else message


class BatchSummaryDialog(QDialog):
    """What the batch made, and each case without a document with its problems."""

    def __init__(
        self,
        outcome: BatchOutcome,
        open_case: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchSummary")
        self.setWindowTitle(t("batch.summary_title"))
        self.outcome = outcome
        self._open_case = open_case
        lines = [
            t(
                "batch.summary",
                ok=len(outcome.generated),
                total=outcome.total,
                failed=len(outcome.failed),
            )
        ]
        if outcome.cancelled:
            lines.append(t("batch.cancelled"))
        if outcome.pdfs:
            lines.append(
                tn("PDF: %n file(s), beside the documents in the case folders.", len(outcome.pdfs))
            )
        if outcome.pdf_skipped:
            lines.append(t("batch.pdf_skipped"))
        if outcome.pdf_error is not None:
            lines.append(pdf_error_text(outcome.pdf_error))
        self.text = QLabel("\n".join(lines))
        self.text.setObjectName("batchSummaryText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.text)
        self.failures = QTreeWidget()
        self.failures.setObjectName("batchFailures")
        self.failures.setHeaderHidden(True)
        self.failures.setAccessibleName(t("batch.failed_head"))
        self.failures.setWordWrap(True)
        self._tops: list[QTreeWidgetItem] = []
        for f in outcome.failed:
            self._add_failure(f)
        self.failures.expandAll()
        self.failures.itemActivated.connect(self._activated)
        self.open_button = QPushButton(t("action.open_case"))
        self.open_button.setObjectName("batchOpenCase")
        self.open_button.clicked.connect(lambda: self._activated(self.failures.currentItem()))
        if outcome.failed:
            head = QLabel(t("batch.failed_head"))
            head.setBuddy(self.failures)
            layout.addWidget(head)
            layout.addWidget(self.failures, 1)
            self.failures.setCurrentItem(self._tops[0])
        else:
            self.failures.hide()
            self.open_button.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(t("action.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("batchClose")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420 if outcome.failed else 160)

    def _add_failure(self, f: Failure) -> None:
        top = QTreeWidgetItem([t("batch.failed_case", id=f.case.id, name=f.case.name)])
        top.setData(0, CASE_ROLE, f.case.id)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        texts = [_problem_text(p) for p in f.problems] or [f.error]
        for text in texts:
            child = QTreeWidgetItem([text])
            child.setData(0, CASE_ROLE, f.case.id)
            child.setToolTip(0, text)
            top.addChild(child)
        self.failures.addTopLevelItem(top)
        self._tops.append(top)

    def failed_lines(self) -> list[str]:
        """Every line of the failure list (case lines and their problems), as shown."""
        out: list[str] = []
        for top in self._tops:
            out.append(top.text(0))
            for j in range(top.childCount()):
                child = top.child(j)
                out.append(child.text(0) if child is not None else "")
        return out

    def _activated(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        case_id = item.data(0, CASE_ROLE)
        if isinstance(case_id, int):
            self.accept()
            self._open_case(case_id)


def pdf_error_text(exc: BaseException) -> str:
    """LibreOffice missing gets its own plain sentence; other failures say why."""
    if is_pdf_unavailable(exc):
        return t("batch.pdf_missing")
    return t("batch.pdf_failed", why=describe(exc))


def run_batch_generation(
    parent: QWidget,
    ctx: AppContext,
    cases: Sequence[CaseRef] | None,
    template_id: str,
    pdf: bool,
    on_done: Callable[[BatchOutcome], None],
    on_error: Callable[[BaseException], None],
) -> tuple[workers.Job, Any]:
    """Start the batch on a worker behind a progress dialog; callbacks on the UI thread."""
    cw = ctx.cw
    assert cw is not None

    def work(progress: workers.Progress) -> BatchOutcome:
        def report(done: int, steps: int, name: str) -> None:
            total = steps - 1 if pdf else steps
            text = (
                t("batch.progress", n=done + 1, total=total, name=name)
                if name
                else t("batch.progress_pdf")
            )
            progress.report(done, steps, text)

        return generate_for_cases(
            cw,
            cases,
            template_id,
            pdf=pdf,
            report=report,
            cancelled=lambda: progress.cancelled,
            today=ctx.today,
        )

    return workers.run_with_progress(parent, t("doc.generating"), work, on_done, on_error)
