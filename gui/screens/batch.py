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

from PySide6.QtCore import Qt, QUrl
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
from gui import widgets, workers
from gui.context import AppContext
from gui.errors import describe
from gui.i18n import pick, tr

CASE_ROLE = int(Qt.ItemDataRole.UserRole) + 10
PATH_ROLE = int(Qt.ItemDataRole.UserRole) + 11


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
        self.setWindowTitle(tr("Generate documents for several cases"))
        self.selected_cases = list(selected)
        self.template = QComboBox()
        self.template.setObjectName("batchTemplate")
        self.template.setAccessibleName(tr("Template"))
        for ch in templates:
            self.template.addItem(pick(ch.title_sr, ch.title_en), ch.id)
        self.template.setCurrentIndex(max(0, self.template.findData("appeal")))
        self.only_selected = QRadioButton(tr("Selected cases ({n})", n=len(self.selected_cases)))
        self.only_selected.setObjectName("batchSelected")
        self.all_open = QRadioButton(tr("The open cases this filing is for"))
        self.all_open.setToolTip(
            tr("Cases with an open deadline the filing answers (an appeal: a running "
               "appeal period); a power of attorney: every open case")
        )  # fmt: skip
        self.all_open.setObjectName("batchAllOpen")
        self.only_selected.setEnabled(bool(self.selected_cases))
        # Several rows picked on purpose: those; one highlighted row is no clear choice.
        (self.only_selected if len(self.selected_cases) > 1 else self.all_open).setChecked(True)
        self.pdf = QCheckBox(tr("Also make PDFs (one LibreOffice run for all)"))
        self.pdf.setObjectName("batchPdf")
        # A case that has this filing already keeps it unless the person asks otherwise
        # (issue 12: v2 copies of existing drafts were made silently).
        self.new_versions = QCheckBox(tr("Make a new version where the case has this filing"))
        self.new_versions.setObjectName("batchNewVersions")
        note = QLabel(
            tr(
                "Each case is checked; cases with missing data are skipped and listed "
                "at the end. Cancel stops after the current case."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("batchNote")
        template_label = QLabel(tr("Template") + ":")
        template_label.setBuddy(self.template)
        scope = QVBoxLayout()
        scope.setSpacing(4)
        scope.addWidget(self.only_selected)
        scope.addWidget(self.all_open)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(template_label, self.template)
        form.addRow(QLabel(tr("For which cases") + ":"), scope)
        form.addRow("", self.pdf)
        form.addRow("", self.new_versions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Generate"))
        ok.setObjectName("batchStart")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
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
        """The selected cases, or None for the open cases the filing is for."""
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
        self.setWindowTitle(tr("Batch generation — result"))
        self.outcome = outcome
        self._open_case = open_case
        lines = [
            tr(
                "{ok} of {total} generated; without a document: {failed}.",
                ok=len(outcome.generated),
                total=outcome.total,
                failed=len(outcome.failed),
            )
        ]
        if outcome.cancelled:
            lines.append(
                tr(
                    "Cancelled: the documents made so far are stored and recorded; the "
                    "remaining cases were not processed."
                )
            )
        if outcome.pdfs:
            lines.append(
                tr(
                    "PDF: %n file(s), beside the documents in the case folders.",
                    None,
                    len(outcome.pdfs),
                )
            )
        if outcome.skipped:
            lines.append(
                tr(
                    "Left alone, they have this filing already: {names}. To make a new "
                    "version, tick it in the batch dialog.",
                    names=", ".join(f"{r.id} {r.name}" for r in outcome.skipped),
                )
            )
        if outcome.pdf_skipped:
            lines.append(tr("No PDFs were made because the batch was cancelled."))
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
        self.failures.setAccessibleName(
            tr("Cases without a document (double-click or Enter opens the case):")
        )
        self.failures.setWordWrap(True)
        self._tops: list[QTreeWidgetItem] = []
        # What was made, each with its file: double-click (or Enter) opens it.
        self.made = QTreeWidget()
        self.made.setObjectName("batchMade")
        self.made.setHeaderHidden(True)
        self.made.setAccessibleName(tr("Made (double-click or Enter opens the document):"))
        for ref, path in outcome.generated:
            item = QTreeWidgetItem([tr("Case {id} — {name}", id=ref.id, name=ref.name)
                                    + f" · {path.name}"])  # fmt: skip
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, str(path))
            self.made.addTopLevelItem(item)
        self.made.itemActivated.connect(self._open_made)
        if outcome.generated:
            head = QLabel(tr("Made (double-click or Enter opens the document):"))
            head.setBuddy(self.made)
            layout.addWidget(head)
            layout.addWidget(self.made, 1)
        else:
            self.made.hide()
        for f in outcome.failed:
            self._add_failure(f)
        self.failures.expandAll()
        self.failures.itemActivated.connect(self._activated)
        self.open_button = QPushButton(tr("Open case"))
        self.open_button.setObjectName("batchOpenCase")
        self.open_button.clicked.connect(lambda: self._activated(self.failures.currentItem()))
        if outcome.failed:
            head = QLabel(tr("Cases without a document (double-click or Enter opens the case):"))
            head.setBuddy(self.failures)
            layout.addWidget(head)
            layout.addWidget(self.failures, 1)
            self.failures.setCurrentItem(self._tops[0])
        else:
            self.failures.hide()
            self.open_button.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("batchClose")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420 if (outcome.failed or outcome.generated) else 160)

    def _add_failure(self, f: Failure) -> None:
        top = QTreeWidgetItem([tr("Case {id} — {name}", id=f.case.id, name=f.case.name)])
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

    def _open_made(self, item: QTreeWidgetItem | None) -> None:
        path = item.data(0, PATH_ROLE) if item is not None else None
        if isinstance(path, str) and not widgets.open_url(QUrl.fromLocalFile(path)):
            self.text.setText(
                self.text.text() + "\n"
                + tr("No program on this computer opens this file; it is at: {path}", path=path)
            )  # fmt: skip

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
        return tr(
            "No PDFs: LibreOffice is not installed. The .docx documents were made, and "
            "everything but PDF works without it; for PDFs, get LibreOffice from "
            "https://www.libreoffice.org/download/."
        )
    return tr("No PDFs ({why}). The .docx documents were made.", why=describe(exc))


def run_batch_generation(
    parent: QWidget,
    ctx: AppContext,
    cases: Sequence[CaseRef] | None,
    template_id: str,
    pdf: bool,
    on_done: Callable[[BatchOutcome], None],
    on_error: Callable[[BaseException], None],
    new_versions: bool = False,
) -> tuple[workers.Job, Any]:
    """Start the batch on a worker behind a progress dialog; callbacks on the UI thread."""
    cw = ctx.cw
    assert cw is not None

    def work(progress: workers.Progress) -> BatchOutcome:
        def report(done: int, steps: int, name: str) -> None:
            total = steps - 1 if pdf else steps
            text = (
                tr("{n} of {total} — {name}", n=done + 1, total=total, name=name)
                if name
                else tr("Making the PDFs (one LibreOffice run)…")
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
            new_versions=new_versions,
        )

    return workers.run_with_progress(parent, tr("Generating documents…"), work, on_done, on_error)
