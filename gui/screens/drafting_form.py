"""The widgets of the drafting form: one editor per kind of question, each giving and
taking the value the field catalogue stores (codes for choices, ISO days, lists of rows).

A question is built from `casework.drafting.FormField`; its words are the catalogue's in
the person's language, a choice is shown by its meaning and stored by its code (issue 12:
the lawyer was asked to type `ponisti_i_vrati`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casework.documents import as_date
from casework.drafting import FieldType, FormField
from gui.i18n import fmt_date, language, tr
from gui.widgets import DateField, parse_user_date

MISSING_STYLE = "border: 2px solid #d97706; border-radius: 3px;"


class _ClickLabel(QLabel):
    """A label that wraps and, clicked, toggles its check box (a QCheckBox cannot wrap, and
    a long choice would widen the whole form past the window)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: Any) -> None:
        self.box.toggle()
        super().mousePressEvent(event)


def _wrapping(box: QCheckBox, text: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_ClickLabel(text, box), 1)
    return row


class Question(QWidget):
    """One question: its editor and, under it, why the filing still needs it."""

    changed = Signal()

    def __init__(self, field: FormField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        lang = language()
        self.editor = self._make_editor(field, lang)
        self.editor.setObjectName(f"draft_{field.name}")
        self.editor.setAccessibleName(field.label(lang))
        if field.help(lang):
            self.editor.setToolTip(field.help(lang))
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.editor)
        box.addWidget(self.error)
        self.setFocusProxy(self.editor)

    # ------------------------------------------------------------------ building
    def _make_editor(self, field: FormField, lang: str) -> QWidget:
        kind = field.kind
        if kind == FieldType.MULTILINE:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            # About seven lines: the form stays a form a lawyer can scan; the text scrolls.
            edit.setMinimumHeight(90)
            edit.setMaximumHeight(150)
            edit.setPlaceholderText(
                field.help(lang) or tr("Paragraphs: leave a blank line between them.")
            )
            edit.textChanged.connect(self.changed)
            return edit
        if kind == FieldType.BOOL:
            box = QCheckBox(field.label(lang))
            box.toggled.connect(self.changed)
            return box
        if kind == FieldType.ENUM:
            combo = QComboBox()
            combo.addItem(tr("— not chosen —"), None)
            for choice in field.choices:
                combo.addItem(choice.label(lang), choice.value)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if kind == FieldType.MULTI_ENUM:
            group = QWidget()
            rows = QVBoxLayout(group)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(2)
            self.boxes: list[QCheckBox] = []
            for choice in field.choices:
                box = QCheckBox()
                box.setProperty("choice", choice.value)
                box.setObjectName(f"draft_{field.name}_{choice.value}")
                box.setAccessibleName(choice.label(lang))
                box.toggled.connect(self.changed)
                rows.addLayout(_wrapping(box, choice.label(lang)))
                self.boxes.append(box)
            return group
        if kind == FieldType.DATE:
            date = DateField()
            date.changed.connect(self.changed)
            return date
        if kind == FieldType.LIST:
            rows_editor = RowsEditor(field, lang)
            rows_editor.changed.connect(self.changed)
            return rows_editor
        line = QLineEdit()
        line.setPlaceholderText(field.help(lang))  # e.g. the provision, in the genitive
        if kind == FieldType.INT:
            line.setValidator(QIntValidator(0, 9999))
            line.setMaximumWidth(90)
        line.textChanged.connect(self.changed)
        return line

    # ------------------------------------------------------------------ value
    def value(self) -> Any:
        """The answer as the catalogue stores it ("" / [] / None / False when unanswered)."""
        w = self.editor
        kind = self.field.kind
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData() or ""
        if kind == FieldType.MULTI_ENUM:
            return [str(b.property("choice")) for b in self.boxes if b.isChecked()]
        if isinstance(w, DateField):
            day = w.date()
            return day.isoformat() if day else ""
        if isinstance(w, RowsEditor):
            return w.rows()
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        if kind == FieldType.INT:
            return int(text) if text.isdigit() else None
        return text

    def set_value(self, value: Any) -> None:
        w = self.editor
        kind = self.field.kind
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)) if value else 0)
        elif kind == FieldType.MULTI_ENUM:
            chosen = set(value or [])
            for b in self.boxes:
                b.setChecked(b.property("choice") in chosen)
        elif isinstance(w, DateField):
            w.set_date(as_date(value))
        elif isinstance(w, RowsEditor):
            w.set_rows(list(value or []))
        else:
            assert isinstance(w, QLineEdit)
            w.setText("" if value is None else str(value))

    def problem(self) -> str | None:
        """Why what is typed cannot be used (a malformed day or row), or None."""
        if isinstance(self.editor, DateField):
            return self.editor.problem()
        if isinstance(self.editor, RowsEditor):
            return self.editor.problem()
        return None

    def mark(self, why: str | None) -> None:
        """Highlight the question in place with the reason, or clear it."""
        target = self.editor.edit if isinstance(self.editor, DateField) else self.editor
        name = type(target).__name__
        target.setStyleSheet(f"{name} {{ {MISSING_STYLE} }}" if why else "")
        self.error.setText(why or "")
        self.error.setVisible(bool(why))


class RowsEditor(QWidget):
    """A small table for a list field (evidence, attachments, prior acts...): one row per
    item, a column per sub-field; yes/no columns are check boxes, choices drop-downs."""

    changed = Signal()

    def __init__(self, field: FormField, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.table = QTableWidget(0, len(field.columns))
        self.table.setObjectName(f"rows_{field.name}")
        self.table.setHorizontalHeaderLabels([c.label(lang) for c in field.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(tr("Add row"))
        self.remove_button = QPushButton(tr("Remove row"))
        self.add_button.clicked.connect(lambda: self.add_row({}))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)

    def add_row(self, row: dict[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(r)
        for c, col in enumerate(self.field.columns):
            value = row.get(col.name)
            if col.kind == FieldType.BOOL:
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(r, c, item)
            elif col.kind == FieldType.ENUM:
                combo = QComboBox()
                combo.addItem("—", None)
                for choice in col.choices:
                    combo.addItem(choice.label(self.lang), choice.value)
                combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
                combo.currentIndexChanged.connect(self.changed)
                self.table.setCellWidget(r, c, combo)
            elif col.kind == FieldType.DATE:
                day = as_date(value)
                self.table.setItem(r, c, QTableWidgetItem(fmt_date(day) if day else ""))
            else:
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.blockSignals(False)
        self.changed.emit()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row if isinstance(row, dict) else {})

    def _cell(self, r: int, c: int) -> Any:
        col = self.field.columns[c]
        widget = self.table.cellWidget(r, c)
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        item = self.table.item(r, c)
        if col.kind == FieldType.BOOL:
            return item is not None and item.checkState() == Qt.CheckState.Checked
        text = item.text().strip() if item is not None else ""
        if col.kind == FieldType.DATE and text:
            day = parse_user_date(text)
            return day.isoformat() if day else text
        return text

    def rows(self) -> list[dict[str, Any]]:
        """The rows with anything typed in them (an empty row is not an item)."""
        out = []
        for r in range(self.table.rowCount()):
            row = {col.name: self._cell(r, c) for c, col in enumerate(self.field.columns)}
            if any(v not in ("", None, False) for v in row.values()):
                out.append(row)
        return out

    def problem(self) -> str | None:
        for r in range(self.table.rowCount()):
            for c, col in enumerate(self.field.columns):
                item = self.table.item(r, c)
                text = item.text().strip() if item is not None else ""
                if col.kind == FieldType.DATE and text and parse_user_date(text) is None:
                    return tr(
                        "Row {row}: {text} is not a date (dd.mm.yyyy.).", row=r + 1, text=text
                    )
        return None
