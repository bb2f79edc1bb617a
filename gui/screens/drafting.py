"""The Drafting tab: one filing at a time, its questions as a form beside a live preview.

The lawyer picks the filing (an appeal, a lawsuit...) and the script, answers what the
case file cannot know (grounds as check boxes, the proposal from a list, reasoning in
multi-line editors) and watches the filing take shape on the right: a PDF rendered by
LibreOffice in the background a moment after the last keystroke and shown with QtPdf.
What the filing still misses is marked at its question, or listed as a link to the tab
where the case file keeps it. Generating saves the answers first (one Save for the whole
case), asks before a late filing, and says where the document went (issue 12: about ten
clicks through four one-line dialogs, with no preview and no way to see the answers).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, QUrl, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casework import CaseworkError, documents
from casework import drafting as drafting_model
from casework.models import Case
from gui import widgets, workers
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, language, pick, tr
from gui.screens.drafting_form import Question

# Off in most GUI tests, which do not need a LibreOffice run per case they open.
AUTO_PREVIEW = True
PREVIEW_DELAY_MS = 900

SCRIPTS = (("latin", QT_TR_NOOP("Latin")), ("cyrillic", QT_TR_NOOP("Cyrillic")))

# The action on a deadline that opens the filing answering it ("Napravi žalbu").
DRAFT_ACTIONS: dict[str, str] = {
    "appeal": QT_TR_NOOP("Draft the appeal"),
    "lawsuit": QT_TR_NOOP("Draft the lawsuit"),
    "application": QT_TR_NOOP("Draft the application"),
    "urgency": QT_TR_NOOP("Draft the urgency"),
    "constitutional-appeal": QT_TR_NOOP("Draft the constitutional appeal"),
}


def draft_action(rule_id: str) -> tuple[str, str] | None:
    """(template, the button's words) for a deadline of this rule; None: nothing to draft."""
    template = documents.filing_for_rule(rule_id)
    if template is None or template not in DRAFT_ACTIONS:
        return None
    return template, tr(DRAFT_ACTIONS[template])


class DraftingTab(QWidget):
    """The form and the preview of one filing for the case on screen."""

    # A field the case file keeps (client, case, event) was clicked: show it there.
    go_to_case_field = Signal(str, object)
    # A document was made (its path): the case's lists refresh.
    generated = Signal(str)

    def __init__(
        self, ctx: AppContext, save_case: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.save_case = save_case
        self.case: Case | None = None
        self.dirty = False
        self._loading = False
        self.questions: dict[str, Question] = {}
        self._rows: dict[str, QLabel] = {}
        self._preview_serial = 0
        self._preview_running = False
        self._preview_again = False
        self._last_path: str | None = None

        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(16)
        self.script = QComboBox()
        self.script.setObjectName("script")
        self.pdf = QCheckBox()
        self.generate_button = QPushButton()
        self.generate_button.setObjectName("generateButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openGenerated")
        self.open_button.hide()
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template)
        self.script_label = QLabel()
        self.script_label.setBuddy(self.script)
        bar = QHBoxLayout()
        bar.addWidget(self.template_label)
        bar.addWidget(self.template, 1)
        bar.addWidget(self.script_label)
        bar.addWidget(self.script)
        bar.addWidget(self.pdf)
        bar.addWidget(self.generate_button)

        self.status = QLabel()
        self.status.setObjectName("docStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()  # shown when there is something to say (no empty band)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_button)

        # What the case file (not this form) must still hold: links to where it is kept.
        self.case_file_title = QLabel()
        self.case_file_title.setObjectName("caseFileMissing")
        self.case_file_title.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setMaximumHeight(110)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each question's words above its editor: the editors get the pane's whole width
        # (reasoning is written here), also in a 1024 px window.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 6, 0)
        left_box.addWidget(self.case_file_title)
        left_box.addWidget(self.problems)
        left_box.addWidget(self.form_host)
        left_box.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        # The form follows the pane's width (its texts wrap); it never scrolls sideways.
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(left)

        self.preview_status = QLabel()
        self.preview_status.setObjectName("previewStatus")
        self.preview_status.setWordWrap(True)
        self.pdf_document = QPdfDocument(self)
        self._pdf_buffer: QBuffer | None = None
        self.preview = QPdfView()
        self.preview.setObjectName("preview")
        self.preview.setDocument(self.pdf_document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshPreview")
        self.refresh_button.clicked.connect(self.update_preview)
        # In a narrow window a page fitted to the pane is too small to read: the lawyer
        # switches to the page's real size and scrolls.
        self.zoom_button = QPushButton()
        self.zoom_button.setObjectName("zoomPreview")
        self.zoom_button.setCheckable(True)
        self.zoom_button.toggled.connect(self._zoom)
        preview_bar = QHBoxLayout()
        preview_bar.addWidget(self.preview_status, 1)
        preview_bar.addWidget(self.zoom_button)
        preview_bar.addWidget(self.refresh_button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(6, 0, 0, 0)
        right_box.addLayout(preview_bar)
        right_box.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addLayout(bar)
        box.addLayout(status_row)
        box.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._answers_settled)

        self.template.currentIndexChanged.connect(self._template_changed)
        self.script.currentIndexChanged.connect(self._schedule)
        self.generate_button.clicked.connect(self.generate)
        self.open_button.clicked.connect(self._open_generated)
        self.retranslate()

    def _zoom(self, actual_size: bool) -> None:
        if actual_size:
            self.preview.setZoomMode(QPdfView.ZoomMode.Custom)
            self.preview.setZoomFactor(1.0)
        else:
            self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Words of this tab in the interface language; the questions are rebuilt."""
        self.template_label.setText(tr("Filing"))
        self.script_label.setText(tr("Script"))
        self.pdf.setText(tr("also as PDF"))
        self.generate_button.setText(tr("Generate document"))
        self.open_button.setText(tr("Open"))
        self.refresh_button.setText(tr("Refresh preview"))
        self.zoom_button.setText(tr("Actual size"))
        chosen = self.script.currentData() or None
        self.script.blockSignals(True)
        self.script.clear()
        for value, words in SCRIPTS:
            self.script.addItem(tr(words), value)
        self.script.setCurrentIndex(max(0, self.script.findData(chosen)) if chosen else 0)
        self.script.blockSignals(False)
        self._fill_templates()

    def _fill_templates(self) -> None:
        current = self.template.currentData() or "appeal"
        self.template.blockSignals(True)
        self.template.clear()
        try:
            choices = documents.template_choices()
        except CaseworkError as exc:
            self.template.blockSignals(False)
            self.generate_button.setEnabled(False)
            self._say(
                tr("Document generation is not available in this build yet ({why}).", why=exc)
            )
            return
        for ch in choices:
            self.template.addItem(pick(ch.title_sr, ch.title_en), ch.id)
            self.template.setItemData(
                self.template.count() - 1, ch.default_script, Qt.ItemDataRole.UserRole + 1
            )
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)
        if not self.dirty:
            self._build_form()

    # ------------------------------------------------------------------ the case
    def show_case(self, case: Case | None) -> None:
        """Show the stored answers of this case (the form is rebuilt, nothing is dirty)."""
        self.case = case
        self.dirty = False
        self._say("")
        self.open_button.hide()
        self._build_form()

    def choose(self, template_id: str) -> bool:
        """Show this filing's form (False when the office has no such filing)."""
        i = self.template.findData(template_id)
        if i < 0:
            return False
        if i != self.template.currentIndex():
            self.template.setCurrentIndex(i)
        return True

    def template_id(self) -> str:
        return str(self.template.currentData() or "")

    def _template_changed(self, *_args: object) -> None:
        # Each filing opens in its own script (the constitutional appeal in Cyrillic).
        script = self.template.currentData(Qt.ItemDataRole.UserRole + 1) or "latin"
        self.script.blockSignals(True)
        self.script.setCurrentIndex(max(0, self.script.findData(script)))
        self.script.blockSignals(False)
        self._build_form(keep_answers=True)

    def _build_form(self, keep_answers: bool = False) -> None:
        """One row per question of the chosen filing, filled with the stored answers (or,
        when switching filings, with what was typed: the appeal and the lawsuit share
        questions such as the proposal)."""
        typed = self.values() if keep_answers else {}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.questions.clear()
        self._rows.clear()
        template_id = self.template_id()
        if not template_id:
            return
        lang = language()
        stored = (self.case.drafting or {}) if self.case is not None else {}
        self._loading = True
        try:
            for field in drafting_model.form_fields(template_id):
                question = Question(field)
                question.changed.connect(self._answer_changed)
                text = field.label(lang) + (" *" if field.required else "")
                caption = QLabel(text if field.kind != drafting_model.FieldType.BOOL else "")
                caption.setWordWrap(True)
                caption.setBuddy(question.editor)
                self.form.addRow(caption, question)
                self.questions[field.name] = question
                self._rows[field.name] = caption
                question.set_value(typed.get(field.name, stored.get(field.name)))
        finally:
            self._loading = False
        self._show_dependent()
        self.check()
        self._schedule()

    def values(self) -> dict[str, Any]:
        """The answers as they are on screen, typed as the catalogue stores them."""
        return {name: q.value() for name, q in self.questions.items()}

    def _answer_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._show_dependent()
        self._schedule()

    def _show_dependent(self) -> None:
        answers = self.values()
        for name, question in self.questions.items():
            visible = drafting_model.shown(question.field, answers)
            question.setVisible(visible)
            self._rows[name].setVisible(visible)

    # ------------------------------------------------------------------ checking
    def check(self) -> list[str]:
        """Mark every question the filing still needs and list what the case file misses;
        each thing to fix as a line (empty: the filing can be generated)."""
        for q in self.questions.values():
            q.mark(None)
        self.problems.clear()
        if self.case is None or self.ctx.cw is None or not self.template_id():
            self.problems.hide()
            self.case_file_title.hide()
            return []
        found: list[str] = []  # each thing to fix, as the person reads it
        for q in self.questions.values():
            why = q.problem()
            if why:
                q.mark(why)
                found.append(f"{q.field.label(language())}: {why}")
        try:
            problems = drafting_model.check(
                self.case.id, self.template_id(), self.values(), self.ctx.cw, self.ctx.today
            )
        except Exception as exc:
            show_error(self, exc)
            return [str(exc)]
        outside = 0
        for p in problems:
            message = pick(getattr(p, "message_sr", "") or p.message, p.message)
            label_text = pick(getattr(p, "label_sr", ""), getattr(p, "label_en", ""))
            found.append(f"{label_text}: {message}" if label_text else message)
            question = self.questions.get(p.field)
            if question is not None:
                if question.isHidden():  # asked only with another answer: ask it now
                    question.setVisible(True)
                    self._rows[p.field].setVisible(True)
                question.mark(message)
                continue
            item = QListWidgetItem(f"⚠ {label_text}: {message}" if label_text else f"⚠ {message}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.problems.addItem(item)
            outside += 1
        self.problems.setVisible(bool(outside))
        self.case_file_title.setVisible(bool(outside))
        self.case_file_title.setText(
            tr("The case file still misses (click one to go to it):") if outside else ""
        )
        return found

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        p = item.data(Qt.ItemDataRole.UserRole)
        self.go_to_case_field.emit(str(getattr(p, "field", "")), p)

    def focus_question(self, field: str) -> bool:
        """Scroll to a question of this form and put the cursor in it."""
        question = self.questions.get(field)
        if question is None:
            return False
        question.setVisible(True)
        self._rows[field].setVisible(True)
        self.form_scroll.ensureWidgetVisible(question)
        question.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # ------------------------------------------------------------------ preview
    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _answers_settled(self) -> None:
        self.check()
        if AUTO_PREVIEW and self.isVisible():
            self.update_preview()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if AUTO_PREVIEW and self.case is not None:
            self._schedule()

    def update_preview(self) -> None:
        """Render the filing as it is on screen, in the background; a newer request
        replaces an older one, and a second LibreOffice is never started meanwhile."""
        if self.case is None or self.ctx.cw is None or not self.template_id():
            return
        if self._preview_running:
            self._preview_again = True
            return
        self._preview_serial += 1
        serial = self._preview_serial
        case_id, template_id = self.case.id, self.template_id()
        values, script = self.values(), str(self.script.currentData() or "latin")
        cw, today = self.ctx.cw, self.ctx.today
        self._preview_running = True
        self.preview_status.setText(tr("Updating the preview…"))

        def work(_progress: workers.Progress) -> bytes:
            return drafting_model.preview_pdf(
                case_id, template_id, values, cw, script=script, today=today
            )

        def done(data: Any) -> None:
            self._preview_finished()
            if serial == self._preview_serial and isinstance(data, bytes):
                self._show_pdf(data)
                self.preview_status.setText(
                    tr("The filing as it stands now (not saved, not for signing).")
                )

        def failed(exc: BaseException) -> None:
            self._preview_finished()
            if serial != self._preview_serial:
                return
            if type(exc).__name__ == "PdfUnavailableError":
                self.preview_status.setText(
                    tr(
                        "The preview needs LibreOffice, which is not installed on this "
                        "computer; get it from https://www.libreoffice.org/download/. "
                        "Everything but PDF works without it: documents are generated as .docx."
                    )
                )
            else:
                text = exc.text(language()) if isinstance(exc, CaseworkError) else str(exc)
                self.preview_status.setText(tr("No preview: {why}", why=text))

        self._preview_job = workers.start(work, done, failed)

    def _preview_finished(self) -> None:
        self._preview_running = False
        if self._preview_again:
            self._preview_again = False
            self.update_preview()

    def _show_pdf(self, data: bytes) -> None:
        """Load the PDF from memory: no preview file is left on disk."""
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(buffer)
        if self._pdf_buffer is not None:
            self._pdf_buffer.deleteLater()
        self._pdf_buffer = buffer

    # ------------------------------------------------------------------ generating
    def save(self, version: int) -> Case:
        """Store the answers on the case at `version` (CaseScreen.save calls this)."""
        assert self.case is not None and self.ctx.cw is not None
        case = documents.set_drafting(self.case.id, version, self.values(), cw=self.ctx.cw)
        self.dirty = False
        return case

    def generate(self) -> None:
        """Save the answers, refuse while something is missing, ask before a late filing,
        then generate in the background (PDF can take seconds)."""
        if self.case is None or self.ctx.cw is None:
            return
        if self.dirty and not self.save_case():
            return
        if self.case is None:
            return
        problems = self.check()
        if problems:
            self._say(
                tr("Not generated: %n thing(s) still missing, marked below.", None, len(problems))
            )
            return
        case_id, template_id = self.case.id, self.template_id()
        script, pdf = str(self.script.currentData() or "latin"), self.pdf.isChecked()
        cw, today = self.ctx.cw, self.ctx.today
        late_reason: str | None = None
        late = documents.late_problems(case_id, template_id, cw, today)
        if late:
            # Never a late filing that calls itself timely: the person confirms it as
            # late, with the reason that goes into the filing, or nothing is made.
            why = "\n".join(pick(p.message_sr or p.message, p.message) for p in late)
            text, ok = QInputDialog.getMultiLineText(
                self,
                tr("Filing after the deadline"),
                tr(
                    "{why}\n\nIf you file it anyway, write the reason (it goes into the "
                    "filing, which then does not claim to be in time):",
                    why=why,
                ),
                "",
            )
            if not ok or not text.strip():
                self._say(tr("No document was made: {why}", why=why))
                return
            late_reason = text.strip()
        self.generate_button.setEnabled(False)

        def done(result: Any) -> None:
            self.generate_button.setEnabled(True)
            if isinstance(result, workers.BatchResult) and result.failed:
                show_error(self, result.failed[0][1])
            elif isinstance(result, workers.BatchResult) and result.done:
                path = str(result.done[0][1])
                message = tr("Generated: {path}", path=path)
                # A time limit of confidence L stated in the filing: say so (DOMAIN.md).
                if documents.legal_warnings(case_id, template_id, cw):
                    message += "\n" + tr("⚠ verify the legal basis")
                self._last_path = path
                self.open_button.show()
                self.generated.emit(path)
                self._say(message)

        def failed(exc: BaseException) -> None:
            self.generate_button.setEnabled(True)
            show_error(self, exc)

        self._job = workers.run_batch(
            self,
            tr("Generating documents…"),
            [case_id],
            lambda cid: Path(
                documents.generate(
                    cid,
                    template_id,
                    script=script,
                    pdf=pdf,
                    cw=cw,
                    late_reason=late_reason,
                    today=today,
                ).document.path
            ),
            done,
            failed,
        )

    def _open_generated(self) -> None:
        if self._last_path and not widgets.open_url(QUrl.fromLocalFile(self._last_path)):
            self._say(
                tr("No program on this computer opens this file; it is at: {path}",
                   path=self._last_path)
            )  # fmt: skip
