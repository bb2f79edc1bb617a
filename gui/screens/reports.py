"""The Reports screen (issue 15): what the office did in a period, for its donors and its
advocacy. A period (this year to date, or the project's), two charts (progress against the
project's targets; how late the authorities decide) and the report's tables.

The charts are drawn here with QPainter (`BarChart`): horizontal bars with their numbers
written beside them need no chart library (docs/reports.md says why not Qt Charts or
matplotlib). Every figure comes from `Casework.report`; nothing is counted here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casework.report_export import rule_name, template_name
from casework.reporting import Report
from gui.context import AppContext
from gui.errors import show_error
from gui.i18n import QT_TR_NOOP, fmt_date, label, language, tr

TARGET_TEXT = {
    "target_legal_aid": QT_TR_NOOP("Persons given free legal aid"),
    "target_brief_services": QT_TR_NOOP("Persons informed (brief services)"),
    "target_workshops": QT_TR_NOOP("Workshops"),
    "target_people_reached": QT_TR_NOOP("People reached (outreach)"),
}
DEADLINE_TEXT = {
    "met_on_time": QT_TR_NOOP("met on time"),
    "met_late": QT_TR_NOOP("met late"),
    "missed": QT_TR_NOOP("missed"),
    "waived": QT_TR_NOOP("waived"),
    "open": QT_TR_NOOP("still open"),
}
VULNERABILITY_TEXT = {
    "unaccompanied_minor": QT_TR_NOOP("unaccompanied minor"),
    "medical": QT_TR_NOOP("medical condition"),
    "trauma": QT_TR_NOOP("trauma"),
    "none": QT_TR_NOOP("none recorded"),
}
INSTANCE_TEXT = {
    "first-instance": QT_TR_NOOP("Asylum Office"),
    "commission": QT_TR_NOOP("Asylum Commission"),
    "court": QT_TR_NOOP("Administrative Court"),
}


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its length as a share of the longest (0..1) and its text."""

    label: str
    share: float
    text: str
    color: str = "#1d4ed8"


class BarChart(QWidget):
    """Horizontal bars, each with its label above it and its figures beside it, so
    nothing is clipped at 1024×700 and every number can be read without hovering."""

    ROW = 54

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, title: str, bars: Sequence[Bar], empty_text: str) -> None:
        self.title, self.bars, self.empty_text = title, list(bars), empty_text
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 34 + self.ROW * max(1, len(self.bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        width = self.width() - 16
        title = QFontMetrics(bold).elidedText(self.title, Qt.TextElideMode.ElideRight, width)
        p.drawText(QRectF(8, 4, width, 22), Qt.AlignmentFlag.AlignLeft, title)
        p.setFont(self.font())
        metrics = QFontMetrics(self.font())
        if not self.bars:
            p.setPen(QColor("#6b7280"))
            p.drawText(QRectF(8, 30, width, 22), Qt.AlignmentFlag.AlignLeft, self.empty_text)
            return
        for i, bar in enumerate(self.bars):
            top = 30 + i * self.ROW
            p.setPen(QColor("#111827"))
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRectF(8, top, width, 18), Qt.AlignmentFlag.AlignLeft, text)
            # Every bar on the same scale: the full width is the largest value.
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#e5e7eb"))
            p.drawRoundedRect(QRectF(8, top + 19, width, 10), 3, 3)
            p.setBrush(QColor(bar.color))
            p.drawRoundedRect(QRectF(8, top + 19, max(2.0, width * min(bar.share, 1.0)), 10), 3, 3)
            p.setPen(QColor("#374151"))
            figures = metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, width)
            p.drawText(QRectF(8, top + 31, width, 18), Qt.AlignmentFlag.AlignLeft, figures)
        p.end()


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
        self.targets_chart = BarChart()
        self.targets_chart.setObjectName("targetsChart")
        self.delays_chart = BarChart()
        self.delays_chart.setObjectName("delaysChart")
        charts = QWidget()
        col = QVBoxLayout(charts)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.targets_chart)
        col.addSpacing(12)
        col.addWidget(self.delays_chart)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(charts)
        scroll.setMinimumWidth(300)
        self.tabs = QTabWidget()
        self.tables: dict[str, QTableWidget] = {}
        for key in ("aid", "filings", "deadlines", "delays", "cases", "briefs"):
            t = QTableWidget()
            t.setObjectName(f"report_{key}")
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.verticalHeader().setVisible(False)
            t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            t.horizontalHeader().setStretchLastSection(True)
            self.tables[key] = t
            self.tabs.addTab(t, "")
        body = QHBoxLayout()
        body.addWidget(scroll, 2)
        body.addWidget(self.tabs, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
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

    def _show(self) -> None:
        r = self.report
        if r is None:
            return
        aid, w, o = r.legal_aid, r.workshops, r.outreach
        self.summary.setText(
            tr("{start} – {end}: {persons} persons given legal aid, {briefs} informed, "
               "{workshops} workshops ({participants} participants), {reached} people "
               "reached.", start=fmt_date(r.period.start), end=fmt_date(r.period.end),
               persons=aid.persons, briefs=r.brief_services.count, workshops=w["count"],
               participants=w["participants"], reached=o["people_reached"])
        )  # fmt: skip
        self.targets_chart.set_bars(
            tr("Progress against the project's targets"),
            [Bar(tr(TARGET_TEXT[t.key]), t.progress,
                 f"{t.figure} / {t.target} ({100 * t.progress:.1f} %)",
                 "#15803d" if t.progress >= 1 else "#1d4ed8") for t in r.targets],
            "",
        )  # fmt: skip
        delays = [d for d in r.authority_delays.values() if d.late or d.waiting]
        longest = max([d.max_days_late or 0 for d in delays] + [1])
        self.delays_chart.set_bars(
            tr("How late the authorities decide (days past the limit)"),
            [Bar(rule_name(d.rule_id, language()), (d.max_days_late or 0) / longest,
                 tr("{late} of {decided} late · median {median} · longest {longest}",
                    late=d.late, decided=d.decided, median=_days(d.median_days_late),
                    longest=_days(d.max_days_late))
                 + (" · " + tr("{n} waiting, up to {days}", n=d.waiting,
                               days=_days(d.max_days_waiting)) if d.waiting else ""),
                 "#b91c1c") for d in delays],
            tr("No decision came after its legal time limit in this period."),
        )  # fmt: skip
        self._fill_tables(r)

    def _fill_tables(self, r: Report) -> None:
        aid = r.legal_aid
        rows: list[tuple[object, ...]] = [(tr("all"), "", aid.persons)]
        rows += [(tr("nationality"), k, v) for k, v in aid.by_nationality.items()]
        rows += [(tr("sex"), _value("sex", k), v) for k, v in aid.by_sex.items()]
        rows += [(tr("age group"), _value("age_group", k), v) for k, v in aid.by_age_group.items()]
        rows += [(tr("vulnerability"), tr(VULNERABILITY_TEXT[k]), v)
                 for k, v in aid.by_vulnerability.items()]  # fmt: skip
        _fill(self.tables["aid"], (tr("Breakdown"), tr("Group"), tr("Persons")), rows)
        rows = [(tr("Filing"), template_name(k, language()), v) for k, v in r.filings.items()]
        rows += [(tr(INSTANCE_TEXT[inst]), _value("outcome", o), v)
                 for inst, counts in r.outcomes.items() for o, v in counts.items()]  # fmt: skip
        _fill(self.tables["filings"], (tr("Kind"), tr("Filing or outcome"), tr("Count")), rows)
        _fill(self.tables["deadlines"], (tr("Result"), tr("Deadlines")),
              [(tr(DEADLINE_TEXT[k]), v) for k, v in r.deadlines.items()])  # fmt: skip
        _fill(self.tables["delays"],
              (tr("Time limit"), tr("Decided"), tr("Late"), tr("Median days late"),
               tr("Longest delay"), tr("Waiting past the limit"), tr("Longest wait")),
              [(rule_name(k, language()), d.decided, d.late, _days(d.median_days_late),
                _days(d.max_days_late), d.waiting, _days(d.max_days_waiting))
               for k, d in r.authority_delays.items()])  # fmt: skip
        _fill(self.tables["cases"],
              (tr("Time limit"), tr("Case"), tr("Office ref."), tr("Due"), tr("Decided"),
               tr("Days late")),
              [(rule_name(k, language()), c.case_id, c.office_ref or "", fmt_date(c.due),
                fmt_date(c.decided) if c.decided else tr("no decision yet"), c.days_late)
               for k, d in r.authority_delays.items()
               for c in (*d.cases, *d.waiting_cases)])  # fmt: skip
        b, w, o = r.brief_services, r.workshops, r.outreach
        rows = [(tr("Brief services"), tr("all"), b.count)]
        rows += [(tr("Brief services"), k, v) for k, v in b.by_nationality.items()]
        rows += [(tr("Brief services"), _value("sex", k), v) for k, v in b.by_sex.items()]
        rows += [(tr("Brief services"), _value("age_group", k), v)
                 for k, v in b.by_age_group.items()]  # fmt: skip
        rows += [(tr("Brief services"), tr("became clients"), b.became_clients),
                 (tr("Workshops"), tr("workshops"), w["count"]),
                 (tr("Workshops"), tr("participants"), w["participants"]),
                 (tr("Workshops"), tr("of them women"), w["women"]),
                 (tr("Workshops"), tr("of them minors"), w["minors"]),
                 (tr("Outreach"), tr("activities"), o["count"]),
                 (tr("Outreach"), tr("people reached"), o["people_reached"])]  # fmt: skip
        _fill(self.tables["briefs"], (tr("Activity"), tr("Group"), tr("Count")), rows)

    def retranslate(self) -> None:
        self.from_label.setText(tr("Period from", "a report's period"))
        self.to_label.setText(tr("to", "a report's period"))
        self.year_btn.setText(tr("This year"))
        self.project_btn.setText(tr("Project period"))
        self.show_btn.setText(tr("Show"))
        self.export_btn.setText(tr("Export XLSX…"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd.MM.yyyy." if language() == "sr" else "yyyy-MM-dd")
        titles = (tr("Legal aid"), tr("Filings and outcomes"), tr("Team deadlines"),
                  tr("Authority delays"), tr("Delayed cases"),
                  tr("Brief services and workshops"))  # fmt: skip
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self._show()

    def _on_changed(self, what: frozenset[str]) -> None:
        if "language" in what:
            self.retranslate()


def _value(kind: str, value: str) -> str:
    return label("age_group", "unknown") if value == "unknown" else label(kind, value)


def _days(n: float | int | None) -> str:
    if n is None:
        return "—"
    return f"{n:g}" if isinstance(n, float) else str(n)


def _fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, j, item)
