"""The main window: a navigation list on the left, one screen at a time on the right.

Keyboard: Ctrl+N new case, Ctrl+E record event, Ctrl+F search, Alt+Down/Alt+Up next and
previous row, Ctrl+1..7 screens, F5 refresh, Ctrl+S save. Leaving a case with unsaved
changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from casework import config
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, tr
from gui.screens.calendar import CalendarScreen
from gui.screens.case import CaseScreen
from gui.screens.case_parts import TAB_CLIENT, TAB_DEADLINES, TAB_EVENTS
from gui.screens.cases import CasesScreen
from gui.screens.deadlines import DeadlinesScreen
from gui.screens.reminders import RemindersScreen
from gui.screens.reports import ReportsScreen
from gui.screens.settings import SettingsScreen

# Reports last: the screens before it keep their Ctrl+1..6.
SCREENS = ("deadlines", "cases", "case", "calendar", "reminders", "settings", "reports")
NAV_TEXT = {
    "deadlines": QT_TR_NOOP("Deadlines"),
    "cases": QT_TR_NOOP("Cases"),
    "case": QT_TR_NOOP("Case"),
    "calendar": QT_TR_NOOP("Calendar"),
    "reminders": QT_TR_NOOP("Reminders"),
    "reports": QT_TR_NOOP("Reports"),
    "settings": QT_TR_NOOP("Settings"),
}
NAV_ICONS = {
    "deadlines": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "cases": QStyle.StandardPixmap.SP_DirIcon,
    "case": QStyle.StandardPixmap.SP_FileIcon,
    "calendar": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "reminders": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "reports": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "settings": QStyle.StandardPixmap.SP_FileDialogInfoView,
}


def app_icon() -> QIcon:
    """A small drawn icon (no image files to ship): a red § on white."""
    pix = QPixmap(64, 64)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor("#1e3a8a"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(2, 2, 60, 60, 12, 12)
    p.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(42)
    font.setBold(True)
    p.setFont(font)
    p.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, "§")
    p.end()
    return QIcon(pix)


class MainWindow(QMainWindow):
    """The office's daily tool."""

    def __init__(self, ctx: AppContext, startup_error: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.resize(1440, 860)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.demo = False  # showing the demo office's own database
        self.deadlines = DeadlinesScreen(ctx)
        self.deadlines.demo_requested.connect(self.open_demo)
        self.cases = CasesScreen(ctx)
        self.case = CaseScreen(ctx)
        self.calendar = CalendarScreen(ctx, self.deadlines.model)
        self.reminders = RemindersScreen(ctx)
        self.reports = ReportsScreen(ctx)
        self.settings = SettingsScreen(ctx, on_database_changed=self._database_changed)
        for screen in (self.deadlines, self.cases, self.case, self.calendar, self.reminders,
                       self.settings, self.reports):  # fmt: skip
            self.stack.addWidget(screen)
        for _name in SCREENS:
            self.nav.addItem(QListWidgetItem())
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setWordWrap(True)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav, 1)
        side.addWidget(self.user_label)
        side_w = QWidget()
        side_w.setObjectName("side")
        side_w.setLayout(side)
        side_w.setFixedWidth(180)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side_w)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._current = 0
        self.nav.currentRowChanged.connect(self._nav_changed)
        ctx.open_case_requested.connect(self.open_case)
        ctx.draft_requested.connect(self.draft_filing)
        ctx.changed.connect(self._on_changed)
        self.deadlines.loaded.connect(self._loaded)
        self._make_actions()
        self.tray: QSystemTrayIcon | None = None
        self.reminder_timer = QTimer(self)
        self.reminder_timer.timeout.connect(self.check_reminders)
        self.retranslate()
        if startup_error or ctx.cw is None:
            self.settings.show_startup_error(startup_error or "")
            self.go(SCREENS.index("settings"))
        else:
            self.go(0)
            # Paint first, then load: the big query runs on a worker thread.
            QTimer.singleShot(0, self.deadlines.reload_in_background)

    # ------------------------------------------------------------------ actions
    def _make_actions(self) -> None:
        def action(keys: str | QKeySequence.StandardKey, slot: object, name: str) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.act_new = action("Ctrl+N", self.new_case, "actNewCase")
        self.act_event = action("Ctrl+E", self.record_event, "actRecordEvent")
        self.act_search = action("Ctrl+F", self.focus_search, "actSearch")
        self.act_next = action("Alt+Down", lambda: self.step(1), "actNext")
        self.act_prev = action("Alt+Up", lambda: self.step(-1), "actPrevious")
        self.act_refresh = action("F5", self.refresh_all, "actRefresh")
        self.act_save = action("Ctrl+S", self._save, "actSave")
        for i in range(len(SCREENS)):
            action(f"Ctrl+{i + 1}", lambda _=False, i=i: self.go(i), f"actScreen{i + 1}")

    def retranslate(self) -> None:
        title = tr("Azil — legal aid")
        if self.demo:
            title += " — " + tr("DEMO OFFICE (its own database; your data is untouched)")
        self.setWindowTitle(title)
        for i, name in enumerate(SCREENS):
            item = self.nav.item(i)
            text = tr(NAV_TEXT[name])
            item.setText(text)
            item.setIcon(self.style().standardIcon(NAV_ICONS[name]))
            item.setToolTip(text + f" (Ctrl+{i + 1})")
        self.nav.setAccessibleName(tr("Navigation"))
        self.act_new.setText(tr("New case"))
        self.act_event.setText(tr("Record event"))
        self.act_search.setText(tr("Search"))
        self.act_next.setText(tr("Next"))
        self.act_prev.setText(tr("Previous"))
        self._show_me()

    # ------------------------------------------------------------------ navigation
    def go(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _nav_changed(self, index: int) -> None:
        if index == self._current:
            self.stack.setCurrentIndex(index)
            return
        leaving_case = self.stack.currentWidget() is self.case
        if leaving_case and not self.case.maybe_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._current)
            self.nav.blockSignals(False)
            return
        self._current = index
        self.stack.setCurrentIndex(index)
        if self.stack.currentWidget() is self.settings:
            self.settings.reload()
        elif self.stack.currentWidget() is self.reports:
            self.reports.refresh()

    def open_case(self, case_id: int) -> None:
        """Show a case (0: a new client and case)."""
        if self.stack.currentWidget() is self.case and not self.case.maybe_leave():
            return
        try:
            self.case.show_case(case_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.case.tabs.setCurrentIndex(TAB_CLIENT if case_id == 0 else TAB_DEADLINES)
        self.case.dirty = False
        self._current = SCREENS.index("case")
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._current)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.case)

    def draft_filing(self, case_id: int, template_id: str) -> None:
        """Open a case on its Drafting tab with this filing's form (from a deadline)."""
        self.open_case(case_id)
        if self.case.case is not None and self.case.case.id == case_id:
            self.case.open_drafting(template_id)

    def new_case(self) -> None:
        self.open_case(0)
        self.case.fields["name_latin"].setFocus()

    def record_event(self) -> None:
        if self.case.case is None:
            self.go(SCREENS.index("cases"))
            return
        self.stack.setCurrentWidget(self.case)
        self.case.tabs.setCurrentIndex(TAB_EVENTS)
        self.case.ev_kind.setFocus()

    def focus_search(self) -> None:
        w = self.stack.currentWidget()
        if w is self.cases:
            self.cases.focus_search()
        else:
            self.go(0)
            self.deadlines.focus_search()

    def step(self, n: int) -> None:
        w = self.stack.currentWidget()
        if w is self.cases:
            self.cases.go(n)
        elif w is self.deadlines:
            self.deadlines.go(n)

    def _save(self) -> None:
        w = self.stack.currentWidget()
        if w is self.case:
            self.case.save()
        elif w is self.settings:
            self.settings.save_office()

    # ------------------------------------------------------------------ data
    def refresh_all(self) -> None:
        if self.ctx.cw is None:
            return
        self.deadlines.reload()
        if self.cases.loaded or self.stack.currentWidget() is self.cases:
            self.cases.reload()
        self.calendar.refresh()
        self.reminders.reload()
        if self.case.case is not None and not self.case.dirty:
            self.case.reload()

    def _loaded(self, n: int, ms: float) -> None:
        self.statusBar().showMessage(
            tr("Loaded %n deadline(s) in {ms} ms.", None, n, ms=f"{ms:.0f}")
        )

    def _on_changed(self, what: frozenset[str]) -> None:
        if "language" in what:
            self.retranslate()
        elif "me" in what:
            self._show_me()

    def _show_me(self) -> None:
        """Who is at the keyboard, in the sidebar; a login nobody chose says what to do."""
        if self.ctx.cw is None:
            self.user_label.setText("")
        elif self.ctx.is_staff():
            self.user_label.setText(self.ctx.me)
            self.user_label.setToolTip(tr("Recorded in the history as {me}", me=self.ctx.me))
        else:
            self.user_label.setText(tr("Who are you? Choose in Settings ({me})", me=self.ctx.me))
            self.user_label.setToolTip("")

    def ask_identity(self) -> bool:
        """On a computer where nobody chose who works at it: ask once, from the staff list,
        so that audits name a person and "Mine only" means someone. True when chosen."""
        cw = self.ctx.cw
        if cw is None or self.ctx.is_staff():
            return False
        names = [s.name for s in cw.list_staff(include_inactive=False)]
        if not names:
            return False  # a new office: Settings is where the first staff member is added
        name, ok = QInputDialog.getItem(
            self, tr("Who works at this computer?"),
            tr("Your name (the history of changes records it):"), names, 0, False,
        )  # fmt: skip
        if not ok or name not in names:
            return False
        self.ctx.choose_me(name)
        return True

    def open_demo(self) -> None:
        """Switch this window to the demo office, in its own database (made on first
        use); the office's real data is not touched, and the next start is on it again."""
        from casework.demo import open_demo_office

        try:
            self.ctx.cw = open_demo_office(self.ctx.today)
        except Exception as exc:
            show_error(self, exc)
            return
        self.demo = True
        self.refresh_all()
        self.settings.reload()
        self.retranslate()

    def _database_changed(self, url: str) -> None:
        from casework.services import Casework

        try:
            self.ctx.cw = Casework(url)
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh_all()
        self.settings.reload()
        self.retranslate()

    # ------------------------------------------------------------------ reminders
    def start_reminders(self) -> None:
        """Tray icon (when the desktop has one), a check now and every few minutes."""
        if QSystemTrayIcon.isSystemTrayAvailable() and self.tray is None:
            self.tray = QSystemTrayIcon(app_icon(), self)
            menu = QMenu(self)
            menu.addAction(tr("Show"), self.showNormal)
            menu.addAction(tr("Reminders"), lambda: self.go(SCREENS.index("reminders")))
            menu.addAction(tr("Quit"), self.close)
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(lambda: self.go(SCREENS.index("reminders")))
            self.tray.show()
        minutes = int(config.read_local().get("reminder_minutes", "10") or 10)
        self.reminder_timer.start(max(1, minutes) * 60_000)
        QTimer.singleShot(1500, self.check_reminders)

    def check_reminders(self) -> int:
        n = self.reminders.reload()
        if n and self.tray is not None:
            self.tray.showMessage(
                tr("Azil — legal aid"),
                tr("%n deadline(s) need attention", None, n),
                QSystemTrayIcon.MessageIcon.Warning,
                15_000,
            )
        return n

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.stack.currentWidget() is self.case and not self.case.maybe_leave():
            event.ignore()
            return
        self.reminder_timer.stop()
        if self.tray is not None:
            self.tray.hide()
        event.accept()
