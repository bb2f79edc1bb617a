"""The Reports screen (issue 15): what the office did in a period, for its donors and its
advocacy. A period (this year to date, or the project's), two charts (progress against the
project's targets; how late the authorities decide) and the report's tables.

The charts are Qt Charts' horizontal bar charts (`ChartPanel`; docs/reports.md says why
Qt Charts and not matplotlib). Every figure comes from `Casework.report`; nothing is
counted here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casework.report_export import Cell, rule_name
from casework.report_export import tables as report_tables
from casework.reporting import AuthorityDelay, Report
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, fmt_date, language, tr
from gui.screens.report_forms import ActivityDialog, BriefServiceDialog

# Shorter, for the chart's rows (the summary above it says them in full).
TARGET_SHORT = {
    "target_legal_aid": QT_TR_NOOP("Legal aid (persons)"),
    "target_brief_services": QT_TR_NOOP("Persons informed"),
    "target_workshops": QT_TR_NOOP("Workshops"),
    "target_people_reached": QT_TR_NOOP("People reached"),
}


# The charts' least heights: both (and the delays' note) fit the Charts tab at 1024×700;
# the delays chart has up to three bars a row, the targets chart one.
TARGETS_HEIGHT, DELAYS_HEIGHT = 160, 210


@dataclass(frozen=True)
class Series:
    """One set of bars of a chart: its name in the legend, its colour, a value a category."""

    name: str
    color: str
    values: Sequence[float]


class ChartPanel(QWidget):
    """A horizontal bar chart (Qt Charts) with its numbers at the bars' ends, or a line
    saying why there is nothing to draw."""

    def __init__(self, name: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setObjectName(f"{name}View")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(height)
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        self.title.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.empty = QLabel()
        self.empty.setObjectName(f"{name}Empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b7280;")
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.series: QHorizontalBarSeries | None = None
        self.categories: list[str] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.view, 1)
        box.addWidget(self.note)
        box.addWidget(self.empty)

    def set_bars(
        self,
        title: str,
        categories: Sequence[str],
        sets: Sequence[Series],
        label_format: str,
        empty_text: str,
        axis_max: float | None = None,
        note: str = "",
    ) -> None:
        """Replace the chart's bars: one row a category, one bar a set (legend when
        more than one); `empty_text` instead of the chart when there is no category."""
        self.title.setText(title)
        # Numbers as the interface's language writes them (5,4 % in Serbian).
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(QLocale("sr_Latn_RS") if language() == "sr" else QLocale("en_GB"))
        self.note.setText(note)
        self.note.setVisible(bool(note and categories))
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()
        self.series, self.categories = None, list(categories)
        self.empty.setText(empty_text)
        self.empty.setVisible(not categories)
        self.view.setVisible(bool(categories))
        if not categories:
            return
        series = QHorizontalBarSeries()
        # Qt draws a category's first set lowest: added last to first, with the legend
        # reversed, the bars read top to bottom in the legend's order.
        self.chart.legend().setReverseMarkers(True)
        for spec in reversed(sets):
            bars = QBarSet(spec.name)
            bars.append([float(v) for v in reversed(spec.values)])  # Qt draws the first lowest
            bars.setColor(QColor(spec.color))
            bars.setBorderColor(QColor(spec.color))
            bars.setLabelColor(QColor("#111827"))
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat(label_format)
        series.setBarWidth(0.8)
        self.chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(list(reversed(categories)))  # read top to bottom in the order given
        values = QValueAxis()
        largest = max([v for spec in sets for v in spec.values] + [1.0])
        values.setLabelFormat("%.0f")
        if axis_max is not None and largest <= 0.85 * axis_max:
            values.setRange(0, axis_max)  # e.g. 100 % (a bar's number still fits beside it)
            values.setTickCount(5)
        else:
            values.setRange(0, largest * 1.15)  # room for the numbers at the bars' ends
            values.applyNiceNumbers()
        self.chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)
        self.chart.legend().setVisible(len(sets) > 1)
        self.series = series

    def values(self, name: str) -> list[float]:
        """The values of the set called `name`, in the order of `categories` (for tests
        and for reading the chart back)."""
        assert self.series is not None
        [bar_set] = [b for b in self.series.barSets() if b.label() == name]
        return [bar_set.at(i) for i in reversed(range(bar_set.count()))]


class ReportsScreen(QWidget):
    """The period, the charts and the tables of `Casework.report`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportsScreen")
        self.report: Report | None = None
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, "reportFrom"), (self.end, "reportTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy.")
        self.from_label, self.to_label = QLabel(), QLabel()
        self.year_btn = QPushButton()
        self.year_btn.clicked.connect(self.this_year)
        self.project_btn = QPushButton()
        self.project_btn.clicked.connect(self.project_period)
        self.show_btn = QPushButton()
        self.show_btn.setObjectName("reportShow")
        self.show_btn.clicked.connect(self.refresh)
        self.export_btn = QPushButton()
        self.export_btn.clicked.connect(self.export)
        bar = QHBoxLayout()
        for w in (self.from_label, self.start, self.to_label, self.end, self.show_btn,
                  self.year_btn, self.project_btn):  # fmt: skip
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.export_btn)
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        # What is not a case is recorded here, where it is counted (as `azil brief add`...).
        self.brief_btn = QPushButton()
        self.brief_btn.setObjectName("recordBrief")
        self.brief_btn.clicked.connect(self.record_brief_service)
        self.activity_btn = QPushButton()
        self.activity_btn.setObjectName("recordActivity")
        self.activity_btn.clicked.connect(self.record_activity)
        second = QHBoxLayout()
        second.addWidget(self.summary, 1)
        second.addWidget(self.brief_btn)
        second.addWidget(self.activity_btn)
        self.targets_chart = ChartPanel("targetsChart", TARGETS_HEIGHT)
        self.delays_chart = ChartPanel("delaysChart", DELAYS_HEIGHT)
        charts = QWidget()
        col = QVBoxLayout(charts)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.targets_chart, 2)
        col.addSpacing(8)
        col.addWidget(self.delays_chart, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The charts are the first tab, at the screen's full width: the categories' names
        # (rules, targets with their figures) are long, Serbian ones longer still.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(scroll, "")
        # The report's tables, the same ones the XLSX export writes (casework words them):
        # their names on the left, the one chosen on the right.
        self.tables: dict[str, QTableWidget] = {}
        self.table_list = QListWidget()
        self.table_list.setObjectName("reportTableList")
        self.table_list.setMaximumWidth(175)
        self.table_list.setWordWrap(True)  # long Serbian names on two lines, not cut
        self.table_stack = QStackedWidget()
        self.table_list.currentRowChanged.connect(self.table_stack.setCurrentIndex)
        tables_tab = QWidget()
        row = QHBoxLayout(tables_tab)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self.table_list)
        row.addWidget(self.table_stack, 1)
        self.tabs.addTab(tables_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_changed)
        self._period_set = False
        self.retranslate()

    # ------------------------------------------------------------------ period
    def _set_period(self, start: dt.date, end: dt.date) -> None:
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.end.setDate(QDate(end.year, end.month, end.day))
        self._period_set = True

    def period(self) -> tuple[dt.date, dt.date]:
        s, e = self.start.date(), self.end.date()
        return dt.date(s.year(), s.month(), s.day()), dt.date(e.year(), e.month(), e.day())

    def this_year(self) -> None:
        today = self.ctx.today
        self._set_period(dt.date(today.year, 1, 1), today)
        self.refresh()

    def project_period(self) -> None:
        if self.ctx.cw is None:
            return
        p = self.ctx.cw.default_report_period(self.ctx.today)
        self._set_period(p.start, p.end)
        self.refresh()

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Compute the report for the period shown (the project's, the first time)."""
        cw = self.ctx.cw
        if cw is None:
            return
        try:
            if not self._period_set:
                p = cw.default_report_period(self.ctx.today)
                self._set_period(p.start, p.end)
            self.report = cw.report(*self.period())
        except Exception as exc:
            show_error(self, exc)
            return
        self._show()

    def export(self) -> None:
        """The same report as an XLSX workbook, one sheet per table."""
        cw = self.ctx.cw
        if cw is None:
            return
        start, end = self.period()
        name, _filter = QFileDialog.getSaveFileName(
            self, tr("Save the report"), f"azil-{start}-{end}.xlsx", "Excel (*.xlsx)"
        )
        if not name:
            return
        try:
            cw.write_report_xlsx(start, end, Path(name), language())
        except Exception as exc:
            show_error(self, exc)

    def record_brief_service(self) -> None:
        """The brief-service form; the report counts the entry as soon as it is recorded."""
        BriefServiceDialog(self.ctx, self).exec()

    def record_activity(self) -> None:
        """The workshop-or-outreach form."""
        ActivityDialog(self.ctx, self).exec()

    def _show(self) -> None:
        r = self.report
        if r is None:
            return
        aid, w, o = r.legal_aid, r.workshops, r.outreach
        self.summary.setText(
            tr("Period {start} – {end}: persons given free legal aid: {persons}; persons "
               "informed (brief services): {briefs}; workshops: {workshops} (participants: "
               "{participants}); people reached (outreach): {reached}.",
               start=fmt_date(r.period.start), end=fmt_date(r.period.end),
               persons=aid.persons, briefs=r.brief_services.count, workshops=w["count"],
               participants=w["participants"], reached=o["people_reached"])
        )  # fmt: skip
        self.targets_chart.set_bars(
            tr("Progress against the project's targets (% of each target, set for the whole "
               "project)"),
            [tr("{what}: {figure} of {target}", what=tr(TARGET_SHORT[t.key]), figure=t.figure,
                target=t.target) for t in r.targets],
            [Series(tr("% of the target"), "#1d4ed8",
                    [round(100 * t.progress, 1) for t in r.targets])],
            "@value %", "", axis_max=100,
        )  # fmt: skip
        delays = [d for d in r.authority_delays.values() if d.late or d.waiting]
        sets = [Series(tr("Median delay (late decisions only)"), "#f59e0b",
                       [d.median_days_late or 0 for d in delays]),
                Series(tr("Longest delay"), "#b91c1c",
                       [d.max_days_late or 0 for d in delays])]  # fmt: skip
        if any(d.waiting for d in delays):
            sets.append(Series(tr("Longest wait for a decision"), "#6b7280",
                               [d.max_days_waiting or 0 for d in delays]))  # fmt: skip
        self.delays_chart.set_bars(
            tr("How late the Asylum Office and the Asylum Commission decide (days past the "
               "legal time limit)"),
            [rule_name(d.rule_id, language()) for d in delays], sets, "@value",
            tr("No decision came after its legal time limit in this period."),
            note="\n".join(_delay_note(d) for d in delays),
        )  # fmt: skip
        self._fill_tables(r)

    def _fill_tables(self, r: Report) -> None:
        chosen = max(self.table_list.currentRow(), 0)
        self.table_list.clear()
        for table in report_tables(r, language()):
            view = self.tables.get(table.key)
            if view is None:
                view = self.tables[table.key] = QTableWidget()
                view.setObjectName(f"report_{table.key}")
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                view.verticalHeader().setVisible(False)
                header = view.horizontalHeader()
                header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
                header.setStretchLastSection(True)
                self.table_stack.addWidget(view)
            _fill(view, table.headers, table.rows)
            self.table_list.addItem(table.name)
        self.table_list.setCurrentRow(min(chosen, self.table_list.count() - 1))

    def retranslate(self) -> None:
        self.from_label.setText(tr("Period from", "a report's period"))
        self.to_label.setText(tr("to", "a report's period"))
        self.year_btn.setText(tr("This year"))
        self.project_btn.setText(tr("Project period"))
        self.show_btn.setText(tr("Show"))
        self.export_btn.setText(tr("Export XLSX…"))
        self.brief_btn.setText(tr("Record brief service…"))
        self.activity_btn.setText(tr("Record workshop or outreach…"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd.MM.yyyy." if language() == "sr" else "yyyy-MM-dd")
        self.tabs.setTabText(0, tr("Charts"))
        self.tabs.setTabText(1, tr("Tables"))
        self._show()

    def _on_changed(self, what: frozenset[str]) -> None:
        if "language" in what:
            self.retranslate()
        if "reports" in what and self.report is not None:
            self.refresh()


def _delay_note(d: AuthorityDelay) -> str:
    """A rule's line under the delays chart: how many of its decisions were late."""
    text = tr("{rule}: decided after the limit: {late} of {decided}",
              rule=rule_name(d.rule_id, language()),
              late=d.late, decided=d.decided)  # fmt: skip
    if d.waiting:
        text += "; " + tr("limit passed, decision still awaited: {n}", n=d.waiting)
    return text


def _cell(value: Cell) -> QTableWidgetItem:
    """A table's cell as the screen shows it: dates and decimals in the interface's
    language, numbers at the right, nothing as a dash."""
    if value is None:  # a figure that does not exist (no late decision: no median)
        item = QTableWidgetItem("—")
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
    if isinstance(value, dt.date):
        return QTableWidgetItem(fmt_date(value))
    if isinstance(value, str):
        return QTableWidgetItem(value)
    locale = QLocale(QLocale.Language.Serbian if language() == "sr" else QLocale.Language.English)
    text = locale.toString(value, "g", 6) if isinstance(value, float) else str(value)
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.setItem(i, j, _cell(value))
