"""Recording what is not a case, from the Reports screen (issue 15): a brief service given
to a person, a workshop or an outreach activity. The same fields as `azil brief add`,
`azil workshop add` and `azil outreach add`, and the same use cases: casework checks the
entry; a refusal is shown in the dialog, above its buttons, and what was typed stays.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casework import CaseworkError
from casework.countries import GENITIVE
from casework.models import Activity, AgeGroup, BriefService
from gui.context import AppContext
from gui.errors import describe, show_error
from gui.i18n import label, tr
from gui.widgets import DateField

NOT_GIVEN = -1  # a spin box's "—": the figure was not recorded


def _count_box(name: str, allow_none: bool) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(NOT_GIVEN if allow_none else 0, 100_000)
    if allow_none:
        box.setSpecialValueText("—")
    box.setValue(NOT_GIVEN if allow_none else 0)
    return box


def _optional(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_GIVEN else box.value()


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class _RecordDialog(QDialog):
    """A form whose OK button calls a use case: stays open on a refusal, saying why."""

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.form = QFormLayout()
        self.date = DateField(required=True, allow_future=False)
        self.date.setObjectName("recordDate")
        self.date.set_date(ctx.today)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Record"))
        ok.setObjectName("recordOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _row(self, text: str, widget: QWidget) -> None:
        lab = QLabel(text)
        lab.setBuddy(widget)
        widget.setAccessibleName(text.rstrip(" *"))
        self.form.addRow(lab, widget)

    def _refused(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> bool:
        """Record the entry; True (and the dialog closes) when casework took it."""
        if self.ctx.cw is None:
            return False
        problem = self.date.show_problem()
        if problem:
            self._refused(tr("Fix the marked fields.") + "\n" + problem)
            return False
        on = self.date.date()
        assert on is not None
        try:
            self._record(on)
        except CaseworkError as exc:
            self._refused(describe(exc))
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.error.hide()
        self.accept()
        self.ctx.refresh_changed()  # the Reports screen counts it at once
        return True

    def _record(self, on: dt.date) -> None:
        raise NotImplementedError


class BriefServiceDialog(_RecordDialog):
    """A brief service: information or advice given to a person who is not a case."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "briefServiceDialog", parent)
        self.setWindowTitle(tr("Record a brief service"))
        self.row: BriefService | None = None
        self.nationality = QComboBox()
        self.nationality.setObjectName("briefNationality")
        self.nationality.setEditable(True)
        self.nationality.addItems(["", *sorted(GENITIVE)])
        typed = self.nationality.lineEdit()
        assert typed is not None  # an editable combo has its line edit
        typed.setPlaceholderText(tr("choose or type the nationality"))
        self.sex = QComboBox()
        self.sex.setObjectName("briefSex")
        for text, value in (("—", None), (tr("male"), "m"), (tr("female"), "f")):
            self.sex.addItem(text, value)
        self.born = QSpinBox()
        self.born.setObjectName("briefBorn")
        self.born.setRange(1899, ctx.today.year)
        self.born.setSpecialValueText("—")  # 1899: not given
        self.born.setValue(1899)
        self.age_group = QComboBox()
        self.age_group.setObjectName("briefAgeGroup")
        self.age_group.addItem("—", None)
        for group in AgeGroup:
            self.age_group.addItem(label("age_group", group.value), group.value)
        self.born.valueChanged.connect(self._born_changed)
        self.place = QLineEdit()
        self.place.setObjectName("briefPlace")
        self.language = QLineEdit()
        self.language.setObjectName("briefLanguage")
        self.topic = QLineEdit()
        self.topic.setObjectName("briefTopic")
        self.client = QComboBox()
        self.client.setObjectName("briefClient")
        self.client.addItem(tr("— (did not become a client)"), None)
        if ctx.cw is not None:
            for c in ctx.cw.list_clients():
                self.client.addItem(f"{c.name_latin} ({c.id})", c.id)
        for text, widget in (
            (tr("Date *"), self.date),
            (tr("Nationality *"), self.nationality),
            (tr("Sex *"), self.sex),
            (tr("Year of birth"), self.born),
            (tr("Age group (if the year is not known)"), self.age_group),
            (tr("Where the service was given"), self.place),
            (tr("Language spoken"), self.language),
            (tr("Topic *"), self.topic),
            (tr("Later became a client"), self.client),
        ):
            self._row(text, widget)
        self._finish_layout()

    def _born_changed(self, year: int) -> None:
        """A year of birth gives the age group: the two are not asked for together."""
        self.age_group.setEnabled(year == self.born.minimum())
        if year != self.born.minimum():
            self.age_group.setCurrentIndex(0)

    def _record(self, on: dt.date) -> None:
        assert self.ctx.cw is not None
        born = self.born.value()
        self.row = self.ctx.cw.add_brief_service(
            on,
            self.nationality.currentText(),
            str(self.sex.currentData() or ""),
            self.topic.text(),
            born=None if born == self.born.minimum() else born,
            age_group_value=self.age_group.currentData(),
            place=_text(self.place),
            language=_text(self.language),
            client_id=self.client.currentData(),
            today=self.ctx.today,
        )


class ActivityDialog(_RecordDialog):
    """A workshop (participants, of them women and minors) or an outreach activity
    (people reached)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "activityDialog", parent)
        self.setWindowTitle(tr("Record a workshop or outreach"))
        self.row: Activity | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        for kind in ("workshop", "outreach"):
            text = label("activity", kind)
            self.kind.addItem(text[:1].upper() + text[1:], kind)
        self.place = QLineEdit()
        self.place.setObjectName("activityPlace")
        self.topic = QLineEdit()
        self.topic.setObjectName("activityTopic")
        self.participants = _count_box("activityParticipants", allow_none=False)
        self.women = _count_box("activityWomen", allow_none=True)
        self.minors = _count_box("activityMinors", allow_none=True)
        for text, widget in (
            (tr("Type"), self.kind),
            (tr("Date *"), self.date),
            (tr("Place *"), self.place),
            (tr("Topic *"), self.topic),
        ):
            self._row(text, widget)
        self.participants_label = QLabel()
        self.participants_label.setBuddy(self.participants)
        self.form.addRow(self.participants_label, self.participants)
        self._row(tr("of them women"), self.women)
        self._row(tr("of them minors"), self.minors)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self._finish_layout()

    def _kind_changed(self, *_args: object) -> None:
        """Outreach counts the people reached, without women and minors."""
        workshop = self.kind.currentData() == "workshop"
        self.error.hide()  # a refusal of the other kind no longer applies
        text = tr("Participants *") if workshop else tr("People reached *")
        self.participants_label.setText(text)
        self.participants.setAccessibleName(text.rstrip(" *"))
        for box in (self.women, self.minors):
            self.form.setRowVisible(box, workshop)
            if not workshop:
                box.setValue(NOT_GIVEN)

    def _record(self, on: dt.date) -> None:
        assert self.ctx.cw is not None
        self.row = self.ctx.cw.add_activity(
            str(self.kind.currentData()),
            on,
            self.place.text(),
            self.topic.text(),
            self.participants.value(),
            women=_optional(self.women),
            minors=_optional(self.minors),
            today=self.ctx.today,
        )
