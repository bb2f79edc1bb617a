"""A month view: deadlines by due day, statutory holidays, weekends and recorded closure days.

The non-working days come from the engine's calendar (`rules.non_working_reason`), the
same calendar that moved the deadlines, so what the month shows is what was counted.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casework import planning
from casework.services import DeadlineRow
from gui.context import AppContext
from gui.i18n import fmt_day, language, pick, tr
from gui.models import DeadlinesModel, Urgency, urgency
from rules.vocabulary import Lang

BADGE = {
    Urgency.OVERDUE: QColor("#b91c1c"),
    Urgency.TODAY: QColor("#c2410c"),
    Urgency.SOON: QColor("#c2410c"),
    Urgency.WEEK: QColor("#a16207"),
    Urgency.LATER: QColor("#1d4ed8"),
}


def _lang() -> Lang:
    return "sr" if language() == "sr" else "en"


class DeadlineCalendar(QCalendarWidget):
    """A calendar that marks each day's deadline count in a corner badge."""

    def __init__(self) -> None:
        super().__init__()
        self.by_day: dict[dt.date, list[DeadlineRow]] = {}
        self.today = dt.date.today()
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        day = dt.date(date.year(), date.month(), date.day())
        rows = self.by_day.get(day)
        if not rows:
            return
        worst = min(urgency(r, self.today) for r in rows)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge = QRect(rect.right() - 24, rect.top() + 3, 21, 16)
        painter.setBrush(BADGE[worst])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(badge, 7, 7)
        painter.setPen(QColor("white"))
        font = QFont(painter.font())
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(len(rows)))
        painter.restore()


class CalendarScreen(QWidget):
    """Month view over the deadlines the Deadlines screen loaded (no second query)."""

    def __init__(
        self, ctx: AppContext, deadlines: DeadlinesModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("calendarScreen")
        self.deadlines = deadlines
        self.closures: dict[dt.date, str] = {}
        self.calendar = DeadlineCalendar()
        self.calendar.setObjectName("calendar")
        self.calendar.today = ctx.today
        self.calendar.setSelectedDate(QDate(ctx.today.year, ctx.today.month, ctx.today.day))
        self.day_info = QTextBrowser()
        self.day_info.setObjectName("dayInfo")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("legend")
        right = QVBoxLayout()
        right.addWidget(self.day_info, 1)
        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addWidget(self.legend)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        deadlines.modelReset.connect(self.refresh)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_month())
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.legend.setText(
            tr("Red: non-working day (holiday, weekend, closure) · bold: deadlines due")
        )
        self.calendar.setAccessibleName(tr("Calendar"))
        self.day_info.setAccessibleName(tr("Deadlines on {day}", day=""))
        self.calendar.setLocale(_qlocale())
        self._show_day()

    def refresh(self) -> None:
        by_day: dict[dt.date, list[DeadlineRow]] = defaultdict(list)
        for r in self.deadlines.rows():
            by_day[r.due].append(r)
        self.calendar.by_day = dict(by_day)
        self.calendar.today = self.ctx.today
        if self.ctx.cw is not None:
            try:
                self.closures = {c.day: c.reason for c in self.ctx.cw.list_closures()}
            except Exception:  # the month still shows holidays and deadlines
                self.closures = {}
        self._mark_month()
        self._show_day()

    def _mark_month(self) -> None:
        """Colour this month's non-working days (the page shown, plus its edges)."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = dt.date(year, month, 1) - dt.timedelta(days=7)
        red = QTextCharFormat()
        red.setForeground(QColor("#b91c1c"))
        closed = QTextCharFormat()
        closed.setForeground(QColor("#b91c1c"))
        closed.setBackground(QColor("#fde2e2"))
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        closures = tuple(self.closures)
        for i in range(50):
            day = first + dt.timedelta(days=i)
            qd = QDate(day.year, day.month, day.day)
            reason = planning.non_working_reason(day, closures, _lang())
            fmt = QTextCharFormat()
            if day in self.closures:
                fmt = QTextCharFormat(closed)
            elif reason:
                fmt = QTextCharFormat(red)
            if day in self.calendar.by_day:
                fmt.setFontWeight(QFont.Weight.Bold)
            self.calendar.setDateTextFormat(qd, fmt)
        self.calendar.update()

    def _show_day(self) -> None:
        qd = self.calendar.selectedDate()
        day = dt.date(qd.year(), qd.month(), qd.day())
        e = html.escape
        parts = [f"<h3>{e(fmt_day(day))}</h3>"]
        reason = planning.non_working_reason(day, tuple(self.closures), _lang())
        if day in self.closures:
            parts.append(f"<p style='color:#b91c1c'><b>{e(self.closures[day])}</b></p>")
        if reason:
            parts.append(f"<p style='color:#b91c1c'><b>{e(reason)}</b></p>")
        elif day not in self.closures:
            parts.append("<p>" + e(tr("Working day.")) + "</p>")
        rows = self.calendar.by_day.get(day, [])
        parts.append("<h4>" + e(tr("Deadlines on {day}", day=fmt_day(day))) + "</h4>")
        if not rows:
            parts.append("<p>" + e(tr("No deadlines that day.")) + "</p>")
        else:
            parts.append("<ul>")
            for r in rows:
                warn = (
                    " <b style='color:#9a3412'>" + e(tr("⚠ verify the legal basis")) + "</b>"
                    if r.confidence == "L"
                    else ""
                )
                lawyer = f" — {e(r.lawyer)}" if r.lawyer else ""
                parts.append(
                    f"<li>{e(pick(r.rule_name_sr, r.rule_name_en))}: {e(r.client_name)}"
                    " (" + tr("Case").lower() + f" {r.case_id}){lawyer}{warn}</li>"
                )
            parts.append("</ul>")
        self.day_info.setHtml("".join(parts))

    def _on_changed(self, what: frozenset[str]) -> None:
        if "closures" in what:
            self.refresh()
        if "language" in what:
            self.retranslate()


def _qlocale() -> QLocale:
    if language() == "sr":
        return QLocale(QLocale.Language.Serbian, QLocale.Script.LatinScript, QLocale.Country.Serbia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
