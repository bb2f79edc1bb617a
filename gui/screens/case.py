"""One case: the client (with family rows), case data, events, deadlines, documents, history.

Forms validate before anything is sent to casework (a malformed or impossible date is
refused with the reason under the field), remember whether they were changed (leaving
asks), and send the version they were read at, so a colleague's later save is never
overwritten: the conflict dialog names who and when and offers to reload.

Longer than the rooms' ~700-line mark (by about 90 lines): the client form with its
family rows and the case form share one version, one "changed" state and one Save with
the Drafting tab's answers, and that saving is what this module is about. The tabs that
stand on their own are apart: Events (`case_events`) and Deadlines (`case_deadlines`)
as mixins on the same case, Drafting (`drafting`) as its own widget, and the columns
and the event-correction dialog in `case_parts`.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casework import documents
from casework.models import AuditEntry, Case, Document, Stage
from casework.services import DEFAULT_ACCOMMODATION, DeadlineRow
from casework.vocabulary import DeadlineStatus
from gui import widgets
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, label, tr
from gui.models import ROW_ROLE, both_names
from gui.record_models import FamilyModel, RecordsModel
from gui.screens.case_deadlines import DeadlinesTab
from gui.screens.case_events import EventsTab
from gui.screens.case_parts import (
    AUDIT_COLUMNS,
    DOCUMENT_COLUMNS,
    TAB_CASE,
    TAB_CLIENT,
    TAB_DRAFTING,
    TAB_EVENTS,
    _moves_text,
    _table,
)
from gui.screens.drafting import DraftingTab
from gui.widgets import DateField, ask_unsaved
from rules.vocabulary import Procedure

CLIENT_TEXT_FIELDS: tuple[str, ...] = (
    "name_latin", "name_original", "birth_place", "birth_country", "nationality", "ethnicity",
    "religion", "languages", "interpreter_language", "father_name", "mother_name",
    "id_document", "contact", "name_forms", "guardian_name", "guardian_csr",
)  # fmt: skip
CASE_TEXT_FIELDS: tuple[str, ...] = (
    "office_ref", "asylum_office_no", "commission_no", "court_no", "constitutional_no",
)  # fmt: skip
# The labels of the fields built in a loop (translated when shown).
FIELD_LABELS: dict[str, str] = {
    "birth_place": QT_TR_NOOP("Place of birth"),
    "birth_country": QT_TR_NOOP("Country of birth"),
    "nationality": QT_TR_NOOP("Nationality"),
    "ethnicity": QT_TR_NOOP("Ethnicity"),
    "religion": QT_TR_NOOP("Religion"),
    "languages": QT_TR_NOOP("Languages"),
    "interpreter_language": QT_TR_NOOP("Interpreter language"),
    "father_name": QT_TR_NOOP("Father's name"),
    "mother_name": QT_TR_NOOP("Mother's name"),
    "id_document": QT_TR_NOOP("Identity document"),
    "contact": QT_TR_NOOP("Contact"),
    "name_forms": QT_TR_NOOP("Name in grammatical cases"),
    "procedure": QT_TR_NOOP("Procedure"),
    "stage": QT_TR_NOOP("Stage"),
    "status": QT_TR_NOOP("Status"),
    "office_ref": QT_TR_NOOP("Office reference"),
    "asylum_office_no": QT_TR_NOOP("Asylum Office no."),
    "commission_no": QT_TR_NOOP("Asylum Commission no."),
    "court_no": QT_TR_NOOP("Administrative Court no."),
    "constitutional_no": QT_TR_NOOP("Constitutional Court no."),
}


_TAB_OF_PART = {"client": TAB_CLIENT, "case": TAB_CASE, "events": TAB_EVENTS}


class CaseScreen(EventsTab, DeadlinesTab, QWidget):
    """A case file, or a new client and case when `case_id` is 0."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("caseScreen")
        self.case: Case | None = None
        self.case_id = 0
        self.dirty = False
        self._loading = False
        self._version_of_deadline: dict[int, int] = {}
        self._keep_deadline: int | None = None  # the row to select after the next reload
        # The last deadline action, to undo: (deadline, its status and reason before).
        self._last_action: tuple[int, str, str | None] | None = None
        self.fields: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel | QGroupBox | QCheckBox | QPushButton, str]] = []

        self.header = QLabel()
        self.header.setObjectName("caseHeader")
        self.header.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.save_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self._client_tab(), "")
        self.tabs.addTab(self._case_tab(), "")
        self.tabs.addTab(self._events_tab(), "")
        self.tabs.addTab(self._deadlines_tab(), "")
        self.drafting = DraftingTab(ctx, self.save)
        self.drafting.go_to_case_field.connect(self.go_to_field)
        self.drafting.generated.connect(self._generated)
        self.tabs.addTab(self.drafting, "")
        self.tabs.addTab(self._documents_tab(), "")
        self.tabs.addTab(self._audit_tab(), "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.save_button.clicked.connect(self.save)
        ctx.changed.connect(self._on_changed)
        for combo in self.findChildren(QComboBox):
            # long event kinds, outcomes and template titles must not set the window's
            # minimum width: the screen works at 1024 px (the list shows the whole text)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.retranslate()
        self.show_case(0)

    # ------------------------------------------------------------------ building
    def _lab(self, key: str) -> QLabel:
        lab = QLabel()
        self._labels.append((lab, key))
        return lab

    def _add(self, widget: QWidget, name: str, key: str, form: QFormLayout) -> None:
        """A labelled form field, named for focus and tests, retranslated by its key."""
        widget.setObjectName(name)
        lab = self._lab(key)
        lab.setBuddy(widget)
        form.addRow(lab, widget)
        self.fields[name] = widget
        widget.setProperty("i18n", key)

    def _line(self, name: str, key: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(self._touched)
        self._add(edit, name, key, form)
        return edit

    def _sex(self, name: str, key: str, form: QFormLayout) -> QComboBox:
        """A choice of m / f / not recorded (the grammatical forms in filings follow it)."""
        combo = QComboBox()
        for text_key, value in (
            (QT_TR_NOOP("—"), None),
            (QT_TR_NOOP("male"), "m"),
            (QT_TR_NOOP("female"), "f"),
        ):
            combo.addItem(tr(text_key), value)
        combo.currentIndexChanged.connect(self._touched)
        self._add(combo, name, key, form)
        return combo

    def _client_tab(self) -> QWidget:
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(6)
        self._line("name_latin", QT_TR_NOOP("Full name (Latin script) *"), left)
        self._line("name_original", QT_TR_NOOP("Name in original script"), left)
        self._sex("sex", QT_TR_NOOP("Sex"), left)
        birth = DateField(allow_future=False)
        birth.setObjectName("birth_date")
        birth.edit.textEdited.connect(self._touched)
        lab = self._lab(QT_TR_NOOP("Date of birth"))
        lab.setBuddy(birth.edit)
        left.addRow(lab, birth)
        self.fields["birth_date"] = birth
        birth.setProperty("i18n", QT_TR_NOOP("Date of birth"))
        for name in ("birth_place", "birth_country", "nationality", "ethnicity", "religion"):
            self._line(name, FIELD_LABELS[name], left)
        for name in ("languages", "interpreter_language", "father_name", "mother_name",
                     "id_document", "contact", "name_forms"):  # fmt: skip
            self._line(name, FIELD_LABELS[name], right)
        self.fields["name_forms"].setToolTip(
            tr(
                "Only where filings decline the name wrongly, e.g. “gen=Pavla Ilića; "
                "acc=Pavla Ilića”"
            )
        )
        acc = QComboBox()
        acc.setObjectName("accommodation")
        acc.setEditable(True)
        acc.addItem("")
        acc.addItems(list(DEFAULT_ACCOMMODATION))  # the office's own list on show_case
        acc.currentTextChanged.connect(self._touched)
        lab = self._lab(QT_TR_NOOP("Accommodation"))
        lab.setBuddy(acc)
        right.addRow(lab, acc)
        self.fields["accommodation"] = acc
        acc.setProperty("i18n", QT_TR_NOOP("Accommodation"))
        minor = QCheckBox()
        minor.setObjectName("unaccompanied_minor")
        minor.toggled.connect(self._touched)
        self._labels.append((minor, QT_TR_NOOP("Unaccompanied minor")))
        right.addRow("", minor)
        self.fields["unaccompanied_minor"] = minor
        minor.setProperty("i18n", QT_TR_NOOP("Unaccompanied minor"))
        # A minor's filings name the temporary guardian, who grants the power of attorney.
        self._line("guardian_name", QT_TR_NOOP("Temporary guardian"), right)
        self._sex("guardian_sex", QT_TR_NOOP("Guardian's sex"), right)
        self._line("guardian_csr", QT_TR_NOOP("Social-welfare centre"), right)
        notes = QPlainTextEdit()
        notes.setObjectName("notes")
        notes.setFixedHeight(60)
        notes.textChanged.connect(self._touched)
        lab = self._lab(QT_TR_NOOP("Notes"))
        lab.setBuddy(notes)
        right.addRow(lab, notes)
        self.fields["notes"] = notes
        notes.setProperty("i18n", QT_TR_NOOP("Notes"))

        cols = QHBoxLayout()
        cols.setSpacing(24)
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)

        self.family = FamilyModel()
        self.family.dataChanged.connect(self._touched)
        self.family_view = QTableView()
        self.family_view.setObjectName("family")
        self.family_view.setModel(self.family)
        self.family_view.verticalHeader().setVisible(False)
        self.family_view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((220, 110, 100, 130, 170)):
            self.family_view.setColumnWidth(col, width)
        self.fields["family"] = self.family_view
        self.family_view.setProperty("i18n", QT_TR_NOOP("Family members"))
        self.add_family = QPushButton()
        self.remove_family = QPushButton()
        self._labels += [
            (self.add_family, QT_TR_NOOP("Add")),
            (self.remove_family, QT_TR_NOOP("Remove")),
        ]
        self.add_family.clicked.connect(self._add_family)
        self.remove_family.clicked.connect(self._remove_family)
        fam_buttons = QVBoxLayout()
        fam_buttons.addWidget(self.add_family)
        fam_buttons.addWidget(self.remove_family)
        fam_buttons.addStretch(1)
        self.family_box = QGroupBox()
        self._labels.append((self.family_box, QT_TR_NOOP("Family members")))
        fam_layout = QHBoxLayout(self.family_box)
        fam_layout.addWidget(self.family_view, 1)
        fam_layout.addLayout(fam_buttons)
        self.family_view.setMinimumHeight(110)

        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(10)
        box.addLayout(cols)
        box.addWidget(self.family_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _case_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setContentsMargins(8, 8, 8, 8)
        form.setVerticalSpacing(6)
        for name, kind, values in (
            ("procedure", "procedure", [p.value for p in Procedure]),
            ("stage", "stage", [s.value for s in Stage]),
            ("status", "status", ["open", "closed"]),
        ):
            combo = QComboBox()
            combo.setObjectName(name)
            for v in values:
                combo.addItem(label(kind, v), v)
            combo.currentIndexChanged.connect(self._touched)
            lab = self._lab(FIELD_LABELS[name])
            lab.setBuddy(combo)
            form.addRow(lab, combo)
            self.fields[name] = combo
            combo.setProperty("i18n", FIELD_LABELS[name])
        lawyer = QComboBox()
        lawyer.setObjectName("lawyer")
        lawyer.currentIndexChanged.connect(self._touched)
        lab = self._lab(QT_TR_NOOP("Lawyer"))
        lab.setBuddy(lawyer)
        form.addRow(lab, lawyer)
        self.fields["lawyer"] = lawyer
        lawyer.setProperty("i18n", QT_TR_NOOP("Lawyer"))
        opened = DateField(required=True, allow_future=False)
        opened.setObjectName("opened_on")
        opened.edit.textEdited.connect(self._touched)
        lab = self._lab(QT_TR_NOOP("Opened on"))
        lab.setBuddy(opened.edit)
        form.addRow(lab, opened)
        self.fields["opened_on"] = opened
        opened.setProperty("i18n", QT_TR_NOOP("Opened on"))
        for name in CASE_TEXT_FIELDS:
            self._line(name, FIELD_LABELS[name], form)
        return w

    def _documents_tab(self) -> QWidget:
        """The documents made for this case (the Drafting tab makes them)."""
        self.doc_status = QLabel()
        self.doc_status.setObjectName("documentsStatus")
        self.doc_status.setWordWrap(True)
        self.documents = RecordsModel(DOCUMENT_COLUMNS)
        self.documents_view = _table(self.documents, "documentsTable")
        for col, width in enumerate((340, 70, 330, 150)):
            self.documents_view.setColumnWidth(col, width)
        self.documents_view.doubleClicked.connect(self._open_document)
        self.open_button = QPushButton()
        self.folder_button = QPushButton()
        self._labels += [
            (self.open_button, QT_TR_NOOP("Open")),
            (self.folder_button, QT_TR_NOOP("Open folder")),
        ]
        self.open_button.clicked.connect(
            lambda: self._open_document(self.documents_view.currentIndex())
        )
        self.folder_button.clicked.connect(self._open_folder)
        files = QHBoxLayout()
        files.addWidget(self.doc_status, 1)
        files.addWidget(self.open_button)
        files.addWidget(self.folder_button)
        w = QWidget()
        box = QVBoxLayout(w)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.documents_view, 1)
        box.addLayout(files)
        return w

    def _audit_tab(self) -> QWidget:
        self.audit = RecordsModel(AUDIT_COLUMNS)
        self.audit_view = _table(self.audit, "auditTable")
        for col, width in enumerate((130, 140, 150, 130, 200)):
            self.audit_view.setColumnWidth(col, width)
        return self.audit_view

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        for widget, key in self._labels:
            if isinstance(widget, QGroupBox):
                widget.setTitle(tr(key))
            else:
                widget.setText(tr(key))
        for field in self.fields.values():
            key = field.property("i18n")
            if key:
                field.setAccessibleName(tr(str(key)).rstrip(" *"))
        tabs = (tr("Client"), tr("Case data"), tr("Events"), tr("Deadlines"), tr("Drafting"),
                tr("Documents"), tr("History"))  # fmt: skip
        for i, text in enumerate(tabs):
            self.tabs.setTabText(i, text)
        self.save_button.setText(tr("Save") + "  (Ctrl+S)")
        self.save_button.setAccessibleName(tr("Save"))
        for i in range(self.ev_kind.count()):
            self.ev_kind.setItemText(i, label("event", str(self.ev_kind.itemData(i))))
        self.ev_kind.setAccessibleName(tr("Kind of event"))
        self.ev_time.setAccessibleName(tr("Time (HH:MM)"))
        self.drafting.retranslate()
        self.events_view.setAccessibleName(tr("Events"))
        self.deadlines_view.setAccessibleName(tr("Deadlines"))
        self.documents_view.setAccessibleName(tr("Documents"))
        self.audit_view.setAccessibleName(tr("History"))
        self._update_header()
        self._kind_changed()

    # ------------------------------------------------------------------ loading
    def _fill_accommodation(self) -> None:
        """The office's accommodation list (Settings), keeping whatever is typed in."""
        if self.ctx.cw is None:
            return
        combo = self.fields["accommodation"]
        assert isinstance(combo, QComboBox)
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("")
        combo.addItems(self.ctx.cw.accommodation_options())
        combo.setCurrentText(current)
        combo.blockSignals(False)

    def show_case(self, case_id: int) -> None:
        """Show a case (0: an empty form for a new client and case)."""
        if case_id != getattr(self, "case_id", None):  # another case: nothing to undo here
            self._last_action = None
            self.undo_button.hide()
            self.deadline_message.clear()
        self.case_id = case_id
        self.message.clear()
        self._loading = True
        try:
            self._fill_lawyers()
            self._fill_accommodation()
            if case_id and self.ctx.cw is not None:
                self.case = self.ctx.cw.get_case(case_id)
            else:
                self.case = None
            self._fill_forms()
            self._fill_lists()
        finally:
            self._loading = False
        self.dirty = False
        self.family.dirty = False
        self.drafting.show_case(self.case)
        for i in range(2, self.tabs.count()):
            self.tabs.setTabEnabled(i, self.case is not None)
        self._update_header()
        self._kind_changed()

    def reload(self) -> None:
        """Read the case again (after a conflict, or another person's change)."""
        self.show_case(self.case_id)

    def _fill_lawyers(self) -> None:
        combo = self.fields["lawyer"]
        assert isinstance(combo, QComboBox)
        combo.clear()
        combo.addItem(tr("— not assigned —"), None)
        if self.ctx.cw is not None:
            current = self.case.lawyer_id if self.case else None
            for s in self.ctx.cw.lawyer_choices(current):
                combo.addItem(s.name if s.active else tr("{name} (on leave)", name=s.name), s.id)

    def _fill_forms(self) -> None:
        c = self.case
        cl = c.client if c is not None else None
        for name in CLIENT_TEXT_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(str(getattr(cl, name) or "") if cl is not None else "")
            edit.setStyleSheet("")
        sex = self.fields["sex"]
        assert isinstance(sex, QComboBox)
        sex.setCurrentIndex(max(0, sex.findData(cl.sex if cl else None)))
        gsex = self.fields["guardian_sex"]
        assert isinstance(gsex, QComboBox)
        gsex.setCurrentIndex(max(0, gsex.findData(cl.guardian_sex if cl else None)))
        birth = self.fields["birth_date"]
        assert isinstance(birth, DateField)
        birth.set_date(cl.birth_date if cl else None)
        if cl is not None and cl.birth_date is None and cl.birth_year:
            birth.edit.setPlaceholderText(str(cl.birth_year))
        acc = self.fields["accommodation"]
        assert isinstance(acc, QComboBox)
        acc.setCurrentText(cl.accommodation or "" if cl else "")
        minor = self.fields["unaccompanied_minor"]
        assert isinstance(minor, QCheckBox)
        minor.setChecked(bool(cl and cl.unaccompanied_minor))
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(cl.notes or "" if cl else "")
        self.family.set_rows(
            [
                {
                    "full_name": m.full_name,
                    "relation": m.relation,
                    "birth_date": m.birth_date,
                    "nationality": m.nationality or "",
                    "whereabouts": m.whereabouts or "",
                    "also_applying": m.also_applying,
                }
                for m in (cl.family if cl else [])
            ]
        )
        for name, default in (("procedure", "regular"), ("stage", "registration"),
                              ("status", "open")):  # fmt: skip
            combo = self.fields[name]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(0, combo.findData(getattr(c, name) if c else default)))
        lawyer = self.fields["lawyer"]
        assert isinstance(lawyer, QComboBox)
        lawyer.setCurrentIndex(max(0, lawyer.findData(c.lawyer_id if c else None)))
        opened = self.fields["opened_on"]
        assert isinstance(opened, DateField)
        opened.set_date(c.opened_on if c else self.ctx.today)
        for name in CASE_TEXT_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(str(getattr(c, name) or "") if c else "")

    def _fill_lists(self) -> None:
        c = self.case
        self.events.set_rows(list(reversed(c.events)) if c else [])
        self.documents.set_rows(list(reversed(c.documents)) if c else [])
        self._version_of_deadline = {d.id: d.version for d in c.deadlines} if c else {}
        keep = self.deadlines_view.currentIndex().data(ROW_ROLE)
        keep_id = self._keep_deadline or (keep.id if isinstance(keep, DeadlineRow) else None)
        self._keep_deadline = None
        rows: list[DeadlineRow] = []
        audit: list[AuditEntry] = []
        if c is not None and self.ctx.cw is not None:
            try:
                rows = self.ctx.cw.deadlines(case_id=c.id, status=None, today=self.ctx.today)
            except Exception as exc:  # the engine may not have landed; say so in the panel
                self.deadline_detail.setPlainText(
                    tr("The deadline cannot be computed ({why}).", why=str(exc))
                )
            audit = self.ctx.cw.audit(case_id=c.id)
        self.case_deadlines.set_rows(rows)
        self.audit.set_rows(audit)
        if rows:
            # The row the person was on stays selected (a closed deadline does not make the
            # selection jump to the next one, where a second click would close that too).
            first_open = next((i for i, r in enumerate(rows) if r.status == DeadlineStatus.OPEN), 0)
            kept = next((i for i, r in enumerate(rows) if r.id == keep_id), first_open)
            self.deadlines_view.setCurrentIndex(self.case_deadlines.index(kept, 0))
        elif c is not None:
            self.deadline_detail.setPlainText(tr("The case has no deadlines."))

    def _update_header(self) -> None:
        if self.case is None:
            self.header.setText("<h2>" + html.escape(tr("New client and case")) + "</h2>")
            return
        cl = self.case.client
        name = both_names(cl.name_latin, cl.name_original)
        sub = " · ".join(
            x
            for x in (
                label("procedure", self.case.procedure),
                label("stage", self.case.stage),
                self.case.lawyer.name if self.case.lawyer else "",
                label("status", self.case.status),
            )
            if x
        )
        self.header.setText(
            "<h2>" + html.escape(tr("Case {id} — {name}", id=self.case.id, name=name)) + f"</h2>"
            f"<span>{html.escape(sub)}</span>"
        )

    # ------------------------------------------------------------------ editing
    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True

    def _add_family(self) -> None:
        row = self.family.add_row()
        self.family_view.setCurrentIndex(self.family.index(row, 0))
        self.family_view.edit(self.family.index(row, 0))

    def _remove_family(self) -> None:
        self.family.remove_row(self.family_view.currentIndex().row())

    def _client_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in CLIENT_TEXT_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            values[name] = edit.text().strip()
        sex = self.fields["sex"]
        assert isinstance(sex, QComboBox)
        values["sex"] = sex.currentData()
        gsex = self.fields["guardian_sex"]
        assert isinstance(gsex, QComboBox)
        values["guardian_sex"] = gsex.currentData()
        birth = self.fields["birth_date"]
        assert isinstance(birth, DateField)
        values["birth_date"] = birth.date()
        acc = self.fields["accommodation"]
        assert isinstance(acc, QComboBox)
        values["accommodation"] = acc.currentText().strip()
        minor = self.fields["unaccompanied_minor"]
        assert isinstance(minor, QCheckBox)
        values["unaccompanied_minor"] = minor.isChecked()
        notes = self.fields["notes"]
        assert isinstance(notes, QPlainTextEdit)
        values["notes"] = notes.toPlainText().strip()
        return values

    def _case_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in ("procedure", "stage", "status", "lawyer"):
            combo = self.fields[name]
            assert isinstance(combo, QComboBox)
            values["lawyer_id" if name == "lawyer" else name] = combo.currentData()
        opened = self.fields["opened_on"]
        assert isinstance(opened, DateField)
        values["opened_on"] = opened.date()
        for name in CASE_TEXT_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            values[name] = edit.text().strip() or None
        return values

    def validate(self) -> list[str]:
        """Every problem in the forms, shown at its field; empty when the forms can be saved."""
        problems: list[str] = []
        name = self.fields["name_latin"]
        assert isinstance(name, QLineEdit)
        if not name.text().strip():
            name.setStyleSheet("QLineEdit { border: 1px solid #c62828; background: #fff5f5; }")
            name.setToolTip(tr("Required field."))
            problems.append(tr("Full name (Latin script) *") + ": " + tr("Required field."))
        else:
            name.setStyleSheet("")
        for fname, key in (
            ("birth_date", QT_TR_NOOP("Date of birth")),
            ("opened_on", QT_TR_NOOP("Opened on")),
        ):
            field = self.fields[fname]
            assert isinstance(field, DateField)
            problem = field.show_problem()
            if problem:
                problems.append(tr(key) + f": {problem}")
        problems += self.family.problems()
        return problems

    def save(self) -> bool:
        """Save the client and the case; True when saved (or nothing to save)."""
        cw = self.ctx.cw
        if cw is None:
            return False
        problems = self.validate()
        if problems:
            self.message.setText(tr("Fix the marked fields.") + "\n" + "\n".join(problems))
            self.message.setProperty("kind", "error")
            return False
        client_values = self._client_values()
        case_values = self._case_values()
        family = self.family.rows()
        moved: list[Any] = []
        try:
            if self.case is None:
                client = cw.add_client(family=family, **client_values)
                case_values.pop("status", None)
                case = cw.add_case(client.id, **case_values)
                self.case_id = case.id
                self.message.setText(tr("Case {id} opened.", id=case.id))
            else:
                cl = self.case.client
                changes = {
                    k: v
                    for k, v in client_values.items()
                    if (getattr(cl, k) or None) != (v or None)
                }
                family_changed = self.family.dirty
                if changes or family_changed:
                    cw.update_client(
                        cl.id, cl.version, family=family if family_changed else None, **changes
                    )
                c = self.case
                version = c.version
                case_changes = {k: v for k, v in case_values.items() if getattr(c, k) != v}
                if case_changes:
                    # A new procedure recomputes the deadlines it decides: say which moved.
                    edited, moved = cw.edit_case(c.id, c.version, **case_changes)
                    version = edited.version
                if self.drafting.dirty:  # the Drafting tab's answers, at the version just saved
                    self.drafting.save(version)
        except Exception as exc:
            show_error(self, exc, on_reload=self.reload)
            return False
        self.dirty = False
        self.show_case(self.case_id)
        text = tr("Saved.") if self.case_id else ""
        if moved:
            text += " " + tr("Deadlines moved: {moves}.", moves=_moves_text(moved))
        self.message.setText(text)
        self.ctx.refresh_changed()
        return True

    def unsaved(self) -> bool:
        """Whether anything typed on any tab (drafting answers included) is not saved."""
        return self.dirty or self.family.dirty or self.drafting.dirty

    def maybe_leave(self) -> bool:
        """Ask before unsaved changes are lost; True when the user may leave."""
        if not self.unsaved():
            return True
        answer = ask_unsaved(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            self.family.dirty = False
            self.drafting.dirty = False
            if self.case_id:
                self.reload()
            return True
        return False

    # ------------------------------------------------------------------ documents
    def open_drafting(self, template_id: str) -> bool:
        """Show the Drafting tab with this filing's form (a deadline's "draft" action)."""
        self.tabs.setCurrentIndex(TAB_DRAFTING)
        return self.drafting.choose(template_id)

    def go_to_field(self, field: str, problem: Any = None) -> bool:
        """Show the tab holding the template field and focus its widget."""
        if field in self.drafting.questions:
            self.tabs.setCurrentIndex(TAB_DRAFTING)
            return self.drafting.focus_question(field)
        target = documents.FIELD_SOURCES.get(field)
        if target is None and field in self.fields:
            target = ("client", field)
        if target is None:
            return False
        tab, name = target
        self.tabs.setCurrentIndex(_TAB_OF_PART[tab])
        kinds = documents.FIELD_EVENTS.get(field, ())
        if tab == "events" and kinds and self._correct_recorded(kinds):
            return True
        if tab == "events" and kinds:  # not recorded yet: the new-event form, that kind
            self.ev_kind.setCurrentIndex(max(0, self.ev_kind.findData(kinds[0])))
        widget = self.fields[name]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.setStyleSheet("QLineEdit { border: 2px solid #d97706; }")
        return True

    def _generated(self, path: str) -> None:
        """A document was made on the Drafting tab: the lists (and deadlines) refresh."""
        keep = self.tabs.currentIndex()
        self.reload()
        self.tabs.setCurrentIndex(keep)
        self.ctx.refresh_changed()

    def _open_document(self, index: QModelIndex) -> None:
        """Open a document in its program; when nothing opens, say why (issue 12)."""
        doc = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(doc, Document):
            self.doc_status.setText(tr("Choose a document in the list first."))
            return
        if not Path(doc.path).is_file():
            self.doc_status.setText(tr("The file is no longer there: {path}", path=doc.path))
            return
        if not widgets.open_url(QUrl.fromLocalFile(doc.path)):
            self.doc_status.setText(
                tr("No program on this computer opens this file; it is at: {path}",
                   path=doc.path)
            )  # fmt: skip

    def _open_folder(self) -> None:
        if self.case is None:
            return
        folder = str(documents.case_folder(self.case.id))
        if not widgets.open_url(QUrl.fromLocalFile(folder)):
            self.doc_status.setText(
                tr("No file manager could be opened; the folder is: {path}", path=folder)
            )

    def _on_changed(self, what: frozenset[str]) -> None:
        if "language" in what:
            self.retranslate()
            if self.case is not None and not self.unsaved():
                self._fill_lists()
