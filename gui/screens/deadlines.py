"""The first screen: the whole team's open deadlines, most urgent first.

Colour is never the only signal: the urgency column says "overdue"/"within 3 days" in
words with a symbol, confidence-L rows say "verify the legal basis", and a passed
authority deadline shows the remedy it opened. The panel below explains the selected
deadline step by step, with its safe date.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import html
import time
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casework import planning
from casework.services import DeadlineRow
from casework.vocabulary import DeadlineStatus
from gui import workers
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import fmt_day, fmt_moment, label, pick, tr
from gui.models import (
    ROW_ROLE,
    DCol,
    DeadlineFilters,
    DeadlinesModel,
    MaskFilterProxy,
    Urgency,
    basis,
    note_text,
    urgency_text,
)
from gui.screens.drafting import draft_action
from gui.widgets import refill_combo
from rules.vocabulary import Procedure

COLUMN_WIDTHS = {
    DCol.URGENCY: 122,
    DCol.DUE: 150,
    DCol.SAFE: 105,
    DCol.DAYS: 42,
    DCol.CLIENT: 195,
    DCol.RULE: 172,
    DCol.NOTE: 140,
    DCol.LAWYER: 120,
    DCol.PROCEDURE: 95,
    DCol.CASE: 68,
}


def explanation_html(r: DeadlineRow, steps: Sequence[dict[str, str]] | None = None) -> str:
    """The selected deadline's reasoning, legal basis, warnings and both dates.

    The team's list carries no steps (they are fetched for the selected row: `steps`).
    """
    steps = r.explanation if steps is None else steps
    e = html.escape
    parts = [f"<h3>{e(pick(r.rule_name_sr, r.rule_name_en))} — {e(r.client_name)}</h3>"]
    if r.confidence == "L":
        parts.append("<p class='warn'><b>" + e(tr("⚠ verify the legal basis")) + "</b></p>")
    if r.outcome_unknown:
        parts.append(
            "<p class='warn'><b>"
            + e(tr("⚠ decision's outcome not recorded: the shortest possible period is taken"))
            + "</b></p>"
        )
    if r.recorded_late:
        parts.append("<p class='warn'><b>" + e(tr("✖ already past when recorded")) + "</b></p>")
    remedy = pick(r.remedy_sr, r.remedy_en)
    if remedy and r.remedy_opens:
        line = tr("Once passed, from {day}: {text}", day=fmt_day(r.remedy_opens), text=remedy)
        parts.append(f"<p class='remedy'><b>{e(line)}</b></p>")
    elif remedy:
        parts.append("<p class='remedy'><b>" + e(tr("Remedy: {text}", text=remedy)) + "</b></p>")
    due = fmt_day(r.due) + (f" {r.due_time:%H:%M}" if r.due_time else "")
    parts.append("<p><b>" + e(tr("Due: {due}", due=due)) + "</b>")
    if r.safe_date:
        parts.append(
            "<br>"
            + e(
                tr(
                    "Safe date (last working day before the extension): {safe}",
                    safe=fmt_day(r.safe_date),
                )
            )
            + ""
        )
    parts.append(
        "<br>"
        + e(tr("Legal basis: {basis} (confidence {conf})", basis=basis(r), conf=r.confidence))
        + "</p>"
    )
    if r.status != DeadlineStatus.OPEN or r.status_by:
        # Who closed it (or reopened it), when and why: the record a colleague checks.
        who = r.status_by or tr("unknown")
        status = label("status", r.status)
        line = tr(
            "{status}: {who}, {when}", status=status[:1].upper() + status[1:], who=who,
            when=fmt_moment(r.status_at) or "?",
        )  # fmt: skip
        if r.status_reason:
            line += " — " + r.status_reason
        parts.append(f"<p class='closed'>{e(line)}</p>")
    if steps:
        parts.append("<ol>")
        parts += [f"<li>{e(pick(s.get('sr'), s.get('en')))}</li>" for s in steps]
        parts.append("</ol>")
    return "".join(parts)


class DeadlinesScreen(QWidget):
    """Deadlines by due date with filters; double-click opens the case."""

    loaded = Signal(int, float)  # rows, milliseconds
    demo_requested = Signal()  # the first-start panel's "look at the demo office"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deadlinesScreen")
        self.model = DeadlinesModel(ctx.today)
        self.proxy = MaskFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.load_ms = 0.0
        self._generation = 0

        # The counters are filters: click one to see its rows, "Total" for all again. The
        # authorities' late deadlines (a remedy to use) are counted apart from the team's.
        self.level: str | None = None
        self.counters: dict[str | None, QPushButton] = {}
        counter_row = QHBoxLayout()
        counter_row.setSpacing(4)
        group = QButtonGroup(self)
        group.setExclusive(True)
        for level in (None, "overdue", "authority-late", "soon", "week"):
            button = QPushButton()
            button.setObjectName(f"counter-{level or 'total'}")
            button.setCheckable(True)
            button.setFlat(True)
            button.setChecked(level is None)
            button.clicked.connect(lambda _c=False, lv=level: self._level_clicked(lv))
            group.addButton(button)
            counter_row.addWidget(button)
            self.counters[level] = button
        counter_row.addStretch(1)
        self.counts = self.counters[None]
        self.shown = QLabel()
        self.shown.setObjectName("shownCount")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.person = QComboBox()
        self.rule = QComboBox()
        self.procedure = QComboBox()
        for combo in (self.person, self.rule, self.procedure):
            # long rule names must not set the window's minimum width (1024 px laptops)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.case_no = QLineEdit()
        self.case_no.setMaximumWidth(90)
        self.mine = QCheckBox()
        self.refresh_button = QToolButton()
        self.refresh_button.setText("⟳")

        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.mine)
        search_row.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.person_label = QLabel()
        self.rule_label = QLabel()
        self.procedure_label = QLabel()
        self.case_label = QLabel()
        for lab, w in (
            (self.person_label, self.person),
            (self.rule_label, self.rule),
            (self.procedure_label, self.procedure),
            (self.case_label, self.case_no),
        ):
            lab.setBuddy(w)
            filters.addWidget(lab)
            filters.addWidget(w, 1 if w is not self.case_no else 0)

        self.table = QTableView()
        self.table.setObjectName("deadlinesTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(26)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        # The rows come by due date: the arrow says so (it claimed "Urgency" before).
        hh.setSortIndicator(int(DCol.DUE), Qt.SortOrder.AscendingOrder)
        hh.sectionClicked.connect(self._sort_clicked)
        for col, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(int(col), width)
        # The client and the rule take the room a wider window gives (no blank strip).
        hh.setSectionResizeMode(int(DCol.CLIENT), QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(int(DCol.RULE), QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setObjectName("deadlineDetail")
        self.detail.setOpenLinks(False)

        # First start: no deadline yet, so say where they come from and what to do first.
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemo")
        self.demo_button.clicked.connect(self.demo_requested.emit)
        self.empty_panel = QWidget()
        empty_box = QVBoxLayout(self.empty_panel)
        empty_box.setContentsMargins(0, 0, 0, 0)
        empty_box.addWidget(self.empty)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.demo_button)
        empty_row.addStretch(1)
        empty_box.addLayout(empty_row)
        self.empty_panel.hide()

        # The filing that answers the selected deadline, one click away ("Napravi žalbu").
        self.draft_button = QPushButton()
        self.draft_button.setObjectName("draftFiling")
        self.draft_button.hide()
        self.draft_button.clicked.connect(self._draft)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_button)
        draft_row.addStretch(1)
        detail_layout.addLayout(draft_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 170])

        top = QHBoxLayout()
        top.addLayout(counter_row, 1)
        top.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.empty_panel)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self.apply_filters)
        self.case_no.textChanged.connect(self.apply_filters)
        for combo in (self.person, self.rule, self.procedure):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.mine.toggled.connect(self._mine_toggled)
        self.refresh_button.clicked.connect(self.reload)
        # Double-click or Enter opens the row's case (issue 12: Enter did nothing).
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        ctx.changed.connect(self._on_changed)
        self.setTabOrder(self.search, self.person)
        self.setTabOrder(self.person, self.rule)
        self.setTabOrder(self.rule, self.procedure)
        self.setTabOrder(self.procedure, self.case_no)
        self.setTabOrder(self.case_no, self.mine)
        self.setTabOrder(self.mine, self.table)
        self.retranslate()

    def _fit_columns(self) -> None:
        """Urgency, due and safe date wide enough for their longest text in this
        language ("✖ organ u docnji", "pet 04.12.2026. 10:30"): never cut."""
        metrics = self.table.fontMetrics()
        bold = self.table.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        pad = 24
        urgencies = [urgency_text(u, a) for u in Urgency for a in (False, True)]
        widest_day = max((fmt_day(dt.date(2026, 12, d)) for d in range(7, 14)), key=len)
        fits = {
            DCol.URGENCY: max(bold_metrics.horizontalAdvance(t) for t in urgencies),
            DCol.DUE: bold_metrics.horizontalAdvance(widest_day + " 10:30"),
            DCol.SAFE: metrics.horizontalAdvance(widest_day),
        }
        for col, width in fits.items():
            title = self.model.headerData(int(col), Qt.Orientation.Horizontal)
            header = metrics.horizontalAdvance(str(title or ""))
            self.table.setColumnWidth(int(col), max(width, header) + pad)

    # --- text
    def retranslate(self) -> None:
        self._fit_columns()
        self.search.setPlaceholderText(tr("Search name, case number, rule…"))
        self.search.setAccessibleName(tr("Search"))
        self.person_label.setText(tr("Person") + ":")
        self.rule_label.setText(tr("Rule") + ":")
        self.procedure_label.setText(tr("Procedure") + ":")
        self.case_label.setText(tr("Case no.") + ":")
        self.person.setAccessibleName(tr("Person"))
        self.rule.setAccessibleName(tr("Rule"))
        self.procedure.setAccessibleName(tr("Procedure"))
        self.case_no.setAccessibleName(tr("Case no."))
        self.mine.setText(tr("Mine only"))
        self.mine.setAccessibleName(tr("Mine only"))
        self.refresh_button.setToolTip(tr("Refresh") + " (F5)")
        self.refresh_button.setAccessibleName(tr("Refresh"))
        self.table.setAccessibleName(tr("Deadlines"))
        self.detail.setAccessibleName(tr("How the deadline was computed"))
        self._show_draft_action(self.table.currentIndex().data(ROW_ROLE))
        self._fill_combos()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(DCol) - 1)
        self.apply_filters()

    def _fill_combos(self) -> None:
        def refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
            refill_combo(combo, [(tr("All"), None), *items])

        people = sorted({r.lawyer for r in self.model.rows() if r.lawyer})
        if self.ctx.cw is not None:
            # the list still works with the names the rows carry
            with contextlib.suppress(Exception):
                people = sorted({*people, *(s.name for s in self.ctx.cw.list_staff())})
        refill(self.person, [(p, p) for p in people])
        rules_ = planning.rule_catalogue()
        if rules_:
            refill(self.rule, [(pick(r.name_sr, r.name_en), r.id) for r in rules_])
        else:
            ids = sorted(
                {(r.rule_id, pick(r.rule_name_sr, r.rule_name_en)) for r in self.model.rows()}
            )
            refill(self.rule, [(name, rid) for rid, name in ids])
        refill(self.procedure, [(label("procedure", p.value), p.value) for p in Procedure])

    # --- data
    def reload_in_background(self) -> None:
        """Fetch on a worker thread (a big office's query takes seconds); paint stays live.

        A result that arrives after a newer synchronous reload is dropped, so an old
        answer never replaces a newer one.
        """
        cw = self.ctx.cw
        if cw is None:
            return
        self._generation += 1
        generation = self._generation
        today = self.ctx.today
        started = time.perf_counter()
        self.shown.setText("…")

        def done(rows: object) -> None:
            if generation != self._generation or not isinstance(rows, list):
                return
            self.set_rows(rows)
            self.load_ms = (time.perf_counter() - started) * 1000
            self.loaded.emit(len(rows), self.load_ms)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.detail.setHtml(
                    html.escape(tr("The deadline cannot be computed ({why}).", why=str(exc)))
                )
                show_error(self, exc)

        self._job = workers.start(lambda _p: cw.deadlines(today=today), done, failed)

    def reload(self) -> None:
        """Fetch the team's open deadlines again (another person's change appears now)."""
        if self.ctx.cw is None:
            return
        self._generation += 1
        started = time.perf_counter()
        try:
            rows = self.ctx.cw.deadlines(today=self.ctx.today)
        except Exception as exc:
            self.detail.setHtml(
                html.escape(tr("The deadline cannot be computed ({why}).", why=str(exc)))
            )
            show_error(self, exc)
            return
        self.set_rows(rows)
        self.load_ms = (time.perf_counter() - started) * 1000
        self.loaded.emit(len(rows), self.load_ms)

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        current = self.selected()
        self.model.moved = self.ctx.moved
        self.model.set_rows(rows, self.ctx.today)
        self._fill_combos()
        self.apply_filters()
        if current is not None:
            self.select_deadline(current.id)

    def filters(self) -> DeadlineFilters:
        case_text = self.case_no.text().strip()
        person = self.ctx.me if self.mine.isChecked() else self.person.currentData()
        return DeadlineFilters(
            text=self.search.text(),
            person=person,
            rule_id=self.rule.currentData(),
            procedure=self.procedure.currentData(),
            case_id=int(case_text) if case_text.isdigit() else None,
            level=self.level,
        )

    def apply_filters(self) -> None:
        f = self.filters()
        # The counters count what the other filters let through; a counter then narrows.
        others = dataclasses.replace(f, level=None)
        base = None if others == DeadlineFilters() else self.model.mask(others)
        self._update_counts(self.model.counts(base))
        self.proxy.set_mask(base if f.level is None else self.model.narrow(base, f.level))
        self._update_shown()
        self._follow_filter()

    def _level_clicked(self, level: str | None) -> None:
        self.level = level
        self.apply_filters()

    def _follow_filter(self) -> None:
        """The detail pane shows a row the list shows, never one a filter has hidden."""
        if self.proxy.rowCount() == 0:
            self.detail.clear()
        elif not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _mine_toggled(self, on: bool) -> None:
        self.person.setEnabled(not on)
        self.apply_filters()

    def _update_counts(self, c: dict[str, int]) -> None:
        texts = {
            None: (tr("Total {n}", n=c["total"]), tr("Show every deadline")),
            "overdue": (
                tr("✖ overdue {n}", n=c["overdue"]),
                tr("The team's deadlines that passed: restoration may still lie"),
            ),
            "authority-late": (
                tr("✖ authorities late {n}", n=c["authority-late"]),
                tr("Authorities past their time limit: the remedy for silence lies"),
            ),
            "soon": (tr("⚠ within 3 days {n}", n=c["soon"]), tr("Due today or in 3 days")),
            "week": (tr("● within 7 days {n}", n=c["week"]), tr("Due within 7 days")),
        }
        for level, (text, tip) in texts.items():
            self.counters[level].setText(text)
            self.counters[level].setToolTip(tip)

    def _update_empty(self) -> None:
        """The first-start panel, while the office has no deadline at all."""
        first = self.model.rowCount() == 0 and self.ctx.cw is not None
        self.empty_panel.setVisible(first)
        if not first:
            return
        steps = [
            tr("Deadlines come from the events recorded in a case. To begin:"),
            tr("1. Settings: who works at this computer, and the office's letterhead."),
            tr("2. New case (Ctrl+N): the client and their case."),
            tr(
                "3. In the case, Events: record e.g. a decision delivered; its deadlines "
                "are computed at once, with their legal reasoning."
            ),
            tr(
                "Or look around the demo office first: it opens in its own database, and "
                "nothing done there touches your data."
            ),
        ]
        self.empty.setText("<p>" + "<br>".join(html.escape(line) for line in steps) + "</p>")
        self.demo_button.setText(tr("Open the demo office"))

    def _update_shown(self) -> None:
        self._update_empty()
        self.shown.setText(tr("{n} shown", n=self.proxy.rowCount()))
        if self.mine.isChecked() and not self.ctx.is_staff():
            # "Mine" of whom? Say so instead of an empty list that looks like no work.
            self.shown.setText(
                tr("Mine only: choose who you are in Settings (now: {me})", me=self.ctx.me)
            )

    def _sort_clicked(self, column: int) -> None:
        hh = self.table.horizontalHeader()
        self.proxy.sort(column, hh.sortIndicatorOrder())

    def _on_changed(self, what: frozenset[str]) -> None:
        if what & {"deadlines", "cases", "closures", "staff"}:
            self.reload()
        if "language" in what:
            self.retranslate()

    # --- selection
    def selected(self) -> DeadlineRow | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        row = idx.data(ROW_ROLE)
        return row if isinstance(row, DeadlineRow) else None

    def select_deadline(self, deadline_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            r = idx.data(ROW_ROLE)
            if isinstance(r, DeadlineRow) and r.id == deadline_id:
                self.table.setCurrentIndex(idx)
                return

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(row, DeadlineRow):
            steps = row.explanation
            if not steps and self.ctx.cw is not None:
                try:
                    steps = self.ctx.cw.explanation(row.id)
                except Exception as exc:
                    show_error(self, exc)
            self.detail.setHtml(explanation_html(row, steps))
        else:
            self.detail.clear()
        self._show_draft_action(row)

    def _show_draft_action(self, row: object) -> None:
        action = (
            draft_action(row.rule_id)
            if isinstance(row, DeadlineRow) and row.status == DeadlineStatus.OPEN
            else None
        )
        self.draft_button.setVisible(action is not None)
        if action is not None:
            self.draft_button.setText(action[1])

    def _draft(self) -> None:
        row = self.table.currentIndex().data(ROW_ROLE)
        action = draft_action(row.rule_id) if isinstance(row, DeadlineRow) else None
        if isinstance(row, DeadlineRow) and action is not None:
            self.ctx.draft_requested.emit(row.case_id, action[0])

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DeadlineRow):
            self.ctx.open_case_requested.emit(row.case_id)

    def go(self, step: int) -> None:
        """Next/previous deadline (keyboard)."""
        n = self.proxy.rowCount()
        if n == 0:
            return
        cur = self.table.currentIndex().row()
        target = min(max(0, cur + step), n - 1) if cur >= 0 else 0
        self.table.setCurrentIndex(self.proxy.index(target, 0))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @staticmethod
    def note(r: DeadlineRow) -> str:
        return note_text(r)
