"""Settings: the database (this computer), the office's shared data, staff, closure days,
reminders, e-mail and the interface language.

Per-computer choices (database URL, who sits here, language) go to casework's local
config file; office-wide ones go to the database so the whole team shares them.
When the database cannot be reached at start, this is the screen the app opens, with
the error at the top.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casework import config
from casework.models import ClosureDay, Staff
from gui import workers
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, fmt_day, label, set_language, tr
from gui.models import ROW_ROLE
from gui.record_models import Column, RecordsModel
from gui.screens.case_parts import move_text, moves_lines
from gui.widgets import DateField
from rules import Body

OFFICE_KEYS: tuple[tuple[str, str], ...] = (
    ("office_name", QT_TR_NOOP("Office name")),
    ("office_address", QT_TR_NOOP("Address")),
    ("office_reg_no", QT_TR_NOOP("Registration no.")),
    ("office_phone", QT_TR_NOOP("Phone")),
    ("office_email", QT_TR_NOOP("E-mail")),
    ("place", QT_TR_NOOP("Place (in filings)")),
    ("accommodation_list", QT_TR_NOOP("Accommodation (list, ; between)")),
)
SMTP_KEYS: tuple[tuple[str, str], ...] = (
    ("smtp.host", QT_TR_NOOP("Host")),
    ("smtp.port", QT_TR_NOOP("Port")),
    ("smtp.user", QT_TR_NOOP("User")),
    ("smtp.from", QT_TR_NOOP("From")),
)

STAFF_COLUMNS: list[Column[Staff]] = [
    Column(QT_TR_NOOP("Name"), lambda s: s.name),
    Column(QT_TR_NOOP("Role"), lambda s: label("role", s.role)),
    Column(QT_TR_NOOP("E-mail"), lambda s: s.email or ""),
    Column(QT_TR_NOOP("Active"), lambda s: "✔" if s.active else "✖"),
]
CLOSURE_COLUMNS: list[Column[ClosureDay]] = [
    Column(QT_TR_NOOP("Date"), lambda c: fmt_day(c.day)),
    Column(QT_TR_NOOP("Which body was closed"), lambda c: label("body", c.body)),
    Column(QT_TR_NOOP("Reason"), lambda c: c.reason),
    Column(QT_TR_NOOP("By"), lambda c: c.recorded_by or ""),
]


def test_connection(url: str) -> str:
    """Reach the database and read its schema's state, changing nothing (issue 13: the
    test migrated the team's database); the state as casework names it."""
    from casework import db

    return db.connection_state(url)


def describe_state(state: str, url: str) -> str:
    """The test's answer for the person, by what they can do next."""
    sqlite = url.startswith("sqlite")
    texts = {
        "current": tr("Connection works; the database is up to date."),
        "missing": tr("There is no database file there yet; “Use this database” creates it."),
        "newer": tr("This database was upgraded by a newer azil; update azil first."),
    }
    if state in ("older", "empty"):
        return (
            tr("Connection works; azil brings the database up to date when you use it.")
            if sqlite
            else tr(
                "Connection works, but the team database needs an update: an "
                "administrator runs “azil db upgrade”."
            )
        )
    return texts.get(state, state)


def _table(
    model: RecordsModel[object] | RecordsModel[Staff] | RecordsModel[ClosureDay],
) -> QTableView:
    v = QTableView()
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.verticalHeader().setVisible(False)
    v.horizontalHeader().setStretchLastSection(True)
    v.setMinimumHeight(120)
    return v


class SettingsScreen(QWidget):
    """Every setting on one scrolling page, grouped as the office thinks of them."""

    def __init__(
        self,
        ctx: AppContext,
        on_database_changed: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsScreen")
        self.on_database_changed = on_database_changed
        self._texts: list[tuple[QWidget, str]] = []
        self.startup_error = QLabel()
        self.startup_error.setObjectName("startupError")
        self.startup_error.setWordWrap(True)
        self.startup_error.hide()

        inner = QWidget()
        grid = QHBoxLayout(inner)
        grid.setSpacing(16)
        col1 = QVBoxLayout()
        col2 = QVBoxLayout()
        col1.setSpacing(12)
        col2.setSpacing(12)
        col1.addWidget(self._database_box())
        col1.addWidget(self._office_box())
        col1.addWidget(self._language_box())
        col1.addStretch(1)
        col2.addWidget(self._staff_box())
        col2.addWidget(self._closures_box())
        col2.addWidget(self._reminders_box())
        col2.addWidget(self._email_box())
        col2.addStretch(1)
        grid.addLayout(col1, 1)
        grid.addLayout(col2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save_office)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.at_once = QLabel()
        self.at_once.setObjectName("appliesAtOnce")
        self.at_once.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.at_once, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.startup_error)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _box(self, key: str) -> QGroupBox:
        box = QGroupBox()
        self._texts.append((box, key))
        return box

    def _form_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        lab = QLabel()
        self._texts.append((lab, key))
        self._texts.append((widget, "@" + key))
        lab.setBuddy(widget)
        form.addRow(lab, widget)

    def _database_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("Database"))
        form = QFormLayout(box)
        self.db_sqlite = QRadioButton()
        self.db_pg = QRadioButton()
        self._texts += [
            (self.db_sqlite, QT_TR_NOOP("SQLite file (one computer)")),
            (self.db_pg, QT_TR_NOOP("PostgreSQL server (team)")),
        ]
        group = QButtonGroup(box)
        group.addButton(self.db_sqlite)
        group.addButton(self.db_pg)
        self.db_file = QLineEdit()
        self.db_file.setObjectName("dbFile")
        browse = QPushButton()
        self._texts.append((browse, QT_TR_NOOP("Browse…")))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.db_file, 1)
        file_row.addWidget(browse)
        file_box = QWidget()
        file_box.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        self.db_url = QLineEdit()
        self.db_url.setObjectName("dbUrl")
        self.db_url.setPlaceholderText("postgresql+psycopg://user@server:5432/azil")
        # A team login's password: kept in the system keyring, never in a file (issue 13).
        self.db_password = QLineEdit()
        self.db_password.setObjectName("dbPassword")
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self._texts.append((self.db_password, "@" + QT_TR_NOOP("kept in the system keyring")))
        self.db_test = QPushButton()
        self.db_use = QPushButton()
        self.db_result = QLabel()
        self.db_result.setWordWrap(True)
        self.db_result.setObjectName("dbResult")
        self._texts += [
            (self.db_test, QT_TR_NOOP("Test connection")),
            (self.db_use, QT_TR_NOOP("Use this database")),
        ]
        form.addRow(self.db_sqlite)
        self._form_row(form, QT_TR_NOOP("File"), file_box)
        form.addRow(self.db_pg)
        self._form_row(form, QT_TR_NOOP("URL"), self.db_url)
        self._form_row(form, QT_TR_NOOP("Password"), self.db_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.db_test)
        buttons.addWidget(self.db_use)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.db_result)
        url = config.database_url()
        if url.startswith("sqlite:///"):
            self.db_sqlite.setChecked(True)
            self.db_file.setText(url.removeprefix("sqlite:///"))
        else:
            self.db_pg.setChecked(True)
            self.db_url.setText(url)
            self.db_file.setText(str(config.default_sqlite_path()))
        self.db_sqlite.toggled.connect(self._db_kind)
        self._db_kind()
        self.db_test.clicked.connect(self.test_database)
        self.db_use.clicked.connect(self.use_database)
        return box

    def _office_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("Office letterhead"))
        form = QFormLayout(box)
        # Labels above the fields: an address must be readable whole in a 1024 px window.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.office: dict[str, QLineEdit] = {}
        for key, text_key in OFFICE_KEYS:
            edit = QLineEdit()
            edit.setObjectName(key)
            self.office[key] = edit
            self._form_row(form, text_key, edit)
        return box

    def _language_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("Interface language"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Srpski (latinica)", "sr")
        self.language.addItem("English", "en")
        from gui.i18n import language

        self.language.setCurrentIndex(0 if language() == "sr" else 1)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._form_row(form, QT_TR_NOOP("Interface language"), self.language)
        self.me = QComboBox()
        self.me.setObjectName("me")
        self.me.activated.connect(self._me_chosen)
        self._form_row(form, QT_TR_NOOP("Who works at this computer"), self.me)
        return box

    def _staff_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("Staff"))
        v = QVBoxLayout(box)
        self.staff: RecordsModel[Staff] = RecordsModel(STAFF_COLUMNS)
        self.staff_view = _table(self.staff)
        self.staff_view.setObjectName("staffTable")
        for col, width in enumerate((170, 110, 200)):
            self.staff_view.setColumnWidth(col, width)
        v.addWidget(self.staff_view)
        row = QHBoxLayout()
        self.staff_name = QLineEdit()
        self.staff_role = QComboBox()
        for role in ("lawyer", "paralegal", "admin"):
            self.staff_role.addItem(label("role", role), role)
        self.staff_email = QLineEdit()
        self.staff_add = QPushButton()
        self.staff_toggle = QPushButton()
        self._texts += [
            (self.staff_add, QT_TR_NOOP("Add staff member")),
            (self.staff_toggle, QT_TR_NOOP("Active / on leave")),
            (self.staff_name, "@" + QT_TR_NOOP("Name")),
            (self.staff_role, "@" + QT_TR_NOOP("Role")),
            (self.staff_email, "@" + QT_TR_NOOP("E-mail")),
        ]
        row.addWidget(self.staff_name, 2)
        row.addWidget(self.staff_role, 1)
        row.addWidget(self.staff_email, 2)
        row.addWidget(self.staff_add)
        v.addLayout(row)
        v.addWidget(self.staff_toggle, 0, Qt.AlignmentFlag.AlignRight)
        self.staff_add.clicked.connect(self.add_staff)
        self.staff_toggle.clicked.connect(self.toggle_staff)
        return box

    def _closures_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("Closure days"))
        v = QVBoxLayout(box)
        self.closures: RecordsModel[ClosureDay] = RecordsModel(CLOSURE_COLUMNS)
        self.closures_view = _table(self.closures)
        self.closures_view.setObjectName("closuresTable")
        for col, width in enumerate((130, 260)):
            self.closures_view.setColumnWidth(col, width)
        v.addWidget(self.closures_view)
        row = QHBoxLayout()
        self.closure_day = DateField(required=True)
        self.closure_day.setMinimumWidth(140)
        self.closure_reason = QLineEdit()
        # Only the closed body's deadlines move (docs/architecture.md): say which one.
        self.closure_body = QComboBox()
        self.closure_body.setObjectName("closureBody")
        for body in ("all", *(b.value for b in Body if b not in (Body.UNSPECIFIED, Body.ECTHR))):
            self.closure_body.addItem(label("body", body), body)
        self.closure_add = QPushButton()
        self.closure_remove = QPushButton()
        self._texts += [
            (self.closure_add, QT_TR_NOOP("Add closure day")),
            (self.closure_remove, QT_TR_NOOP("Remove")),
            (self.closure_day, "@" + QT_TR_NOOP("Date")),
            (self.closure_reason, "@" + QT_TR_NOOP("Reason")),
            (self.closure_body, "@" + QT_TR_NOOP("Which body was closed")),
        ]
        # Two lines: the day and the body, then the reason at full width (it was 25 px).
        self.closure_body.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.closure_body.setMinimumContentsLength(14)
        row.addWidget(self.closure_day, 1)
        row.addWidget(self.closure_body, 2)
        v.addLayout(row)
        second = QHBoxLayout()
        second.addWidget(self.closure_reason, 1)
        second.addWidget(self.closure_add)
        second.addWidget(self.closure_remove)
        v.addLayout(second)
        self.closure_add.clicked.connect(self.add_closure)
        self.closure_remove.clicked.connect(self.remove_closure)
        return box

    def _reminders_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("Reminders"))
        form = QFormLayout(box)
        self.rem_offsets = QLineEdit()
        self.rem_offsets.setObjectName("reminderOffsets")
        self.rem_offsets.setPlaceholderText("7, 3, 1, 0")
        self.rem_interval = QSpinBox()
        self.rem_interval.setRange(1, 240)
        self.rem_interval.setValue(int(config.read_local().get("reminder_minutes", "10") or 10))
        self._form_row(form, QT_TR_NOOP("Default (days before due)"), self.rem_offsets)
        self._form_row(form, QT_TR_NOOP("Check every (minutes)"), self.rem_interval)
        return box

    def _email_box(self) -> QGroupBox:
        box = self._box(QT_TR_NOOP("E-mail (SMTP)"))
        form = QFormLayout(box)
        self.smtp: dict[str, QLineEdit] = {}
        for key, text_key in SMTP_KEYS:
            edit = QLineEdit()
            edit.setObjectName(key)
            self.smtp[key] = edit
            self._form_row(form, text_key, edit)
        self.smtp_tls = QCheckBox()
        self._form_row(form, QT_TR_NOOP("TLS"), self.smtp_tls)
        note = QLabel()
        note.setWordWrap(True)
        self._texts.append(
            (
                note,
                QT_TR_NOOP(
                    "The password is never stored in the database: system keyring or environment."
                ),
            )
        )
        form.addRow(note)
        return box

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        for widget, key in self._texts:
            if key.startswith("@"):
                widget.setAccessibleName(tr(key[1:]))
                if isinstance(widget, QLineEdit):
                    widget.setPlaceholderText(widget.placeholderText() or tr(key[1:]))
            elif isinstance(widget, QGroupBox):
                widget.setTitle(tr(key))
            elif isinstance(widget, QLabel | QPushButton | QRadioButton | QCheckBox):
                widget.setText(tr(key))
        # One button saves the office's texts; the rest acts at once, and says so (issue
        # 12: the screen mixed the two without telling which was which).
        self.save_button.setText(tr("Save letterhead, reminders and e-mail"))
        self.save_button.setAccessibleName(tr("Save letterhead, reminders and e-mail"))
        self.save_button.setToolTip(
            tr("Staff, closure days, the language and who works here apply at once.")
        )
        self.at_once.setText(
            tr("Staff, closure days, the language and who works here apply at once.")
        )
        self.db_file.setAccessibleName(tr("File"))
        self.staff_view.setAccessibleName(tr("Staff"))
        self.closures_view.setAccessibleName(tr("Closure days"))
        self.staff.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.closures.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def show_startup_error(self, error: str) -> None:
        self.startup_error.setText(
            tr("The database could not be reached at start:\n{error}", error=error)
        )
        self.startup_error.show()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        cw = self.ctx.cw
        if cw is None:
            return
        try:
            settings = cw.settings()
            staff = cw.list_staff()
            closures = cw.list_closures()
        except Exception as exc:
            show_error(self, exc)
            return
        for key, edit in {**self.office, **self.smtp}.items():
            edit.setText(settings.get(key, ""))
        self.smtp_tls.setChecked(settings.get("smtp.tls", "starttls") != "none")
        self.rem_offsets.setText(settings.get("reminder_offsets", ""))
        self.staff.set_rows(staff)
        self.closures.set_rows(closures)
        self.me.clear()
        if self.me.findData(cw.actor_name) < 0 and cw.actor_name not in {s.name for s in staff}:
            # Nobody chosen yet: say so, rather than show the first name as if chosen.
            self.me.addItem(tr("— choose who you are —"), None)
        for s in staff:
            if s.active:
                self.me.addItem(s.name, s.name)
        self.me.setCurrentIndex(max(0, self.me.findData(cw.actor_name)))

    def save_office(self) -> None:
        cw = self.ctx.cw
        if cw is None:
            return
        offsets = self.rem_offsets.text().replace(" ", "")
        if offsets and not all(p.lstrip("-").isdigit() for p in offsets.split(",")):
            self.message.setText(tr("Default (days before due)") + ": 7, 3, 1, 0")
            return
        try:
            current = cw.settings()
            values = {k: e.text().strip() for k, e in {**self.office, **self.smtp}.items()}
            # casework.mail reads smtp.tls as none | starttls | ssl; the box offers the first two.
            current_tls = current.get("smtp.tls", "starttls")
            keep_ssl = current_tls == "ssl" and self.smtp_tls.isChecked()
            values["smtp.tls"] = (
                "ssl" if keep_ssl else ("starttls" if self.smtp_tls.isChecked() else "none")
            )
            values["reminder_offsets"] = offsets
            # checked all together in casework before anything is stored
            cw.set_settings({k: v for k, v in values.items() if current.get(k, "") != v})
            config.write_local(reminder_minutes=str(self.rem_interval.value()))
        except Exception as exc:
            show_error(self, exc)
            return
        self.message.setText(tr("Settings saved."))
        self.ctx.refresh_changed()

    def add_staff(self) -> None:
        cw = self.ctx.cw
        if cw is None:
            return
        try:
            cw.add_staff(
                self.staff_name.text(),
                str(self.staff_role.currentData()),
                email=self.staff_email.text().strip() or None,
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.staff_name.clear()
        self.staff_email.clear()
        self.reload()
        self.ctx.refresh_changed()

    def toggle_staff(self) -> None:
        cw = self.ctx.cw
        s = self.staff_view.currentIndex().data(ROW_ROLE)
        if cw is None or not isinstance(s, Staff):
            return
        try:
            cw.update_staff(s.id, active=not s.active)
        except Exception as exc:
            show_error(self, exc)
            return
        self.reload()
        self.ctx.refresh_changed()

    def add_closure(self) -> None:
        cw = self.ctx.cw
        if cw is None:
            return
        if self.closure_day.show_problem():
            return
        day = self.closure_day.date()
        assert isinstance(day, dt.date)
        try:
            changes = cw.add_closure(
                day, self.closure_reason.text(), str(self.closure_body.currentData())
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self._show_moves(changes)
        self.closure_day.set_date(None)
        self.closure_reason.clear()
        self.reload()
        self.ctx.refresh_changed()

    def _show_moves(self, changes: Sequence[Any]) -> None:
        """Which deadlines a closure day moved, old → new (not only how many); the
        deadlines list marks the same ones (↷) until the next closure change."""
        self.ctx.moved = {c.deadline_id: move_text(c) for c in changes}
        text = tr("Deadlines moved: {n}.", n=len(changes))
        if changes:
            text += "\n" + "\n".join(moves_lines(changes))
        self.message.setText(text)

    def remove_closure(self) -> None:
        cw = self.ctx.cw
        c = self.closures_view.currentIndex().data(ROW_ROLE)
        if cw is None or not isinstance(c, ClosureDay):
            return
        try:
            changes = cw.remove_closure(c.day, c.body)
        except Exception as exc:
            show_error(self, exc)
            return
        self._show_moves(changes)
        self.reload()
        self.ctx.refresh_changed()

    # ------------------------------------------------------------------ database
    def _db_kind(self) -> None:
        sqlite = self.db_sqlite.isChecked()
        self.db_file.setEnabled(sqlite)
        self.db_url.setEnabled(not sqlite)
        self.db_password.setEnabled(not sqlite)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("File"), self.db_file.text(), "SQLite (*.sqlite3 *.db)"
        )
        if path:
            self.db_file.setText(path)

    def chosen_url(self) -> str:
        if self.db_sqlite.isChecked():
            return f"sqlite:///{Path(self.db_file.text().strip()).expanduser()}"
        return self.db_url.text().strip()

    def _with_password(self, url: str) -> str:
        """The URL to try with the password typed here (only in memory, for the test)."""
        password = self.db_password.text()
        if not password or url.startswith("sqlite"):
            return url
        from sqlalchemy.engine import make_url

        return make_url(url).set(password=password).render_as_string(hide_password=False)

    def test_database(self) -> None:
        """Try the URL in the background (a server may take seconds to answer)."""
        url = self._with_password(self.chosen_url())
        self.db_result.setText("…")
        self.db_test.setEnabled(False)

        def ok(state: object) -> None:
            self.db_test.setEnabled(True)
            good = state in ("current", "missing", "older", "empty") and (
                state == "current" or url.startswith("sqlite")
            )
            self.db_result.setStyleSheet("color: #166534;" if good else "color: #b91c1c;")
            self.db_result.setText(("✔ " if good else "✖ ") + describe_state(str(state), url))

        def bad(exc: BaseException) -> None:
            self.db_test.setEnabled(True)
            self.db_result.setStyleSheet("color: #b91c1c;")
            text, password = f"✖ {exc}", self.db_password.text()
            self.db_result.setText(text.replace(password, "***") if password else text)

        self._job = workers.start(lambda _p: test_connection(url), ok, bad)

    def use_database(self) -> None:
        url = self.chosen_url()
        from casework import db

        try:
            if self.db_password.text() and not url.startswith("sqlite"):
                db.remember_password(url, self.db_password.text())
                self.db_password.clear()
                db.forget_engine(url)  # the next connection asks the keyring
            db.prepare(url)  # SQLite: made and brought up to date; a team's: only checked
        except Exception as exc:
            show_error(self, exc)
            return
        config.write_local(database_url=url)

        self.db_result.setText(
            tr("Saved for this computer; the app now uses {url}.", url=db.safe_url(url))
        )
        self.startup_error.hide()
        if self.on_database_changed is not None:
            self.on_database_changed(url)

    def _language_chosen(self) -> None:
        lang = str(self.language.currentData())
        set_language(lang)
        config.write_local(language=lang)
        self.ctx.notify("language")

    def _me_chosen(self) -> None:
        name = self.me.currentData()
        if name and self.ctx.cw is not None:
            self.ctx.choose_me(str(name))
            self.reload()

    def _on_changed(self, what: frozenset[str]) -> None:
        if "language" in what:
            self.retranslate()
        if what & {"staff", "closures"}:
            self.reload()
