"""Qt models over what casework returns: one model per list, never a widget per row.

The deadlines list must stay fast with 50,000 rows: the model precomputes each row's
search key and urgency once when loaded; a filter change computes a mask in one Python
pass and the proxy reads it (no per-keystroke string work in `filterAcceptsRow`);
sorting reorders the source rows with a key sort instead of Qt calling back into Python
for every comparison.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from casework.search import fold
from casework.services import DeadlineRow
from casework.urgency import Urgency as CaseUrgency
from casework.urgency import urgency as case_urgency
from gui.i18n import QT_TR_NOOP, fmt_day, label, pick, tr
from rules.catalogue import Binds

Index = QModelIndex | QPersistentModelIndex


def both_names(latin: str, original: str | None) -> str:
    """'Imran Khan (عمران خان)'; an original-script name equal to the Latin one is not repeated."""
    if original and original.strip().casefold() != latin.strip().casefold():
        return f"{latin} ({original})"
    return latin


ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the record behind a row
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class Urgency(IntEnum):
    """How soon a deadline needs action; shown as colour AND words/symbols."""

    OVERDUE = 0
    TODAY = 1
    SOON = 2  # within 3 days
    WEEK = 3  # within 7 days
    LATER = 4


# Light backgrounds with dark text: readable, and never the only signal (text says it too).
URGENCY_BG: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#f8c9c4"),
    Urgency.TODAY: QColor("#fbd3a6"),
    Urgency.SOON: QColor("#fbd3a6"),
    Urgency.WEEK: QColor("#fbefa6"),
}
URGENCY_FG: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#8a1111"),
    Urgency.TODAY: QColor("#7a3b00"),
    Urgency.SOON: QColor("#7a3b00"),
    Urgency.WEEK: QColor("#5c4d00"),
}
WARN_FG = QColor("#9a3412")


_LEVEL: dict[CaseUrgency, Urgency] = {
    CaseUrgency.OVERDUE: Urgency.OVERDUE,
    CaseUrgency.REMEDY_OPEN: Urgency.OVERDUE,
    CaseUrgency.TODAY: Urgency.TODAY,
    CaseUrgency.SOON: Urgency.SOON,
    CaseUrgency.THIS_WEEK: Urgency.WEEK,
    CaseUrgency.LATER: Urgency.LATER,
    CaseUrgency.PASSED: Urgency.LATER,
}


def urgency(row: DeadlineRow, today: dt.date) -> Urgency:
    """The colour level of casework's one urgency rule (the list, the app and the
    reminders agree): overdue once the legal due date passed, else counted to the date
    to act by (a party's safe date)."""
    level = case_urgency(row.due, row.safe_date, row.binds, today)
    return _LEVEL[level]


def _level_of(u: Urgency, binds: str) -> str:
    """The counter a row counts under: the authorities' late deadlines apart."""
    if u == Urgency.OVERDUE:
        return "authority-late" if binds == Binds.AUTHORITY else "overdue"
    if u in (Urgency.TODAY, Urgency.SOON):
        return "soon"
    return "week" if u == Urgency.WEEK else "later"


def urgency_text(u: Urgency, authority: bool) -> str:
    if u == Urgency.OVERDUE and authority:
        return tr("✖ authority late")
    return tr(
        {
            Urgency.OVERDUE: QT_TR_NOOP("✖ OVERDUE"),
            Urgency.TODAY: QT_TR_NOOP("⚠ TODAY"),
            Urgency.SOON: QT_TR_NOOP("⚠ within 3 days"),
            Urgency.WEEK: QT_TR_NOOP("● within 7 days"),
            Urgency.LATER: QT_TR_NOOP("later"),
        }[u]
    )


# ---------------------------------------------------------------------- deadlines
class DCol(IntEnum):
    URGENCY = 0
    DUE = 1
    SAFE = 2
    DAYS = 3
    CLIENT = 4
    RULE = 5
    NOTE = 6
    LAWYER = 7
    PROCEDURE = 8
    CASE = 9


_DCOL_KEYS = {
    DCol.URGENCY: QT_TR_NOOP("Urgency"),
    DCol.DUE: QT_TR_NOOP("Due"),
    DCol.SAFE: QT_TR_NOOP("Safe date"),
    DCol.DAYS: QT_TR_NOOP("Days"),
    DCol.CLIENT: QT_TR_NOOP("Client"),
    DCol.RULE: QT_TR_NOOP("Rule"),
    DCol.PROCEDURE: QT_TR_NOOP("Procedure"),
    DCol.LAWYER: QT_TR_NOOP("Lawyer"),
    DCol.CASE: QT_TR_NOOP("Case"),
    DCol.NOTE: QT_TR_NOOP("Note"),
}


@dataclass(frozen=True)
class DeadlineFilters:
    """What the user chose in the filter bar."""

    text: str = ""
    person: str | None = None
    rule_id: str | None = None
    procedure: str | None = None
    case_id: int | None = None
    # A counter clicked at the top: "overdue" (the team's own), "authority-late" (the
    # authorities' missed deadlines, which call for a remedy, not for work), "soon"
    # (today and the next 3 days), "week"; None: all.
    level: str | None = None


class DeadlinesModel(QAbstractTableModel):
    """The team's deadlines, as casework.deadlines() returns them (sorted by due date)."""

    def __init__(self, today: dt.date | None = None) -> None:
        super().__init__()
        self.today = today or dt.date.today()
        self._rows: list[DeadlineRow] = []
        self._keys: list[str] = []
        self._urg: list[Urgency] = []
        self._level: list[str] = []  # the counter each row counts under (DeadlineFilters)
        self._last: tuple[tuple[object, ...], str, bytearray] | None = None
        # Deadlines a closure day just moved (id -> "old → new"): marked in the due column.
        self.moved: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading
    def set_rows(self, rows: Sequence[DeadlineRow], today: dt.date | None = None) -> None:
        """Replace every row (one reset: the view repaints once)."""
        self.beginResetModel()
        self._last = None
        if today is not None:
            self.today = today
        self._rows = list(rows)
        # Fold each distinct string once: 50,000 rows share ~25 rules and a few people.
        cache: dict[str, str] = {}

        def f(text: str) -> str:
            out = cache.get(text)
            if out is None:
                out = cache[text] = fold(text)
            return out

        self._keys = [
            f"{f(r.client_name)}|{f(r.client_name_original or '')}|{r.rule_id}|"
            f"{f(r.rule_name_sr)}|{f(r.rule_name_en)}|{f(r.lawyer or '')}|{r.case_id}"
            for r in self._rows
        ]
        today_ = self.today
        self._urg = [urgency(r, today_) for r in self._rows]
        self._level = [_level_of(u, r.binds) for u, r in zip(self._urg, self._rows, strict=True)]
        self.endResetModel()

    def row_at(self, row: int) -> DeadlineRow:
        return self._rows[row]

    def rows(self) -> list[DeadlineRow]:
        return self._rows

    def counts(self, mask: bytearray | None = None) -> dict[str, int]:
        """The figures at the top of the screen, over the rows `mask` lets through (the
        other filters): the team's overdue apart from the authorities' late ones."""
        levels = self._level if mask is None else [
            lv for lv, keep in zip(self._level, mask, strict=True) if keep
        ]  # fmt: skip
        return {
            "total": len(levels),
            "overdue": levels.count("overdue"),
            "authority-late": levels.count("authority-late"),
            "soon": levels.count("soon"),
            "week": levels.count("week"),
        }

    def narrow(self, mask: bytearray | None, level: str) -> bytearray:
        """`mask` (None: every row) narrowed to the rows of one counter."""
        levels = self._level
        if mask is None:
            return bytearray(lv == level for lv in levels)
        return bytearray(keep and lv == level for keep, lv in zip(mask, levels, strict=True))

    def mask(self, f: DeadlineFilters) -> bytearray:
        """Which rows pass the filters: one pass over precomputed keys.

        Typing one more letter only narrows: then only the rows that passed before are
        looked at again (the common keystroke costs a fraction of a full pass).
        """
        needle = fold(f.text.strip())
        rows, keys = self._rows, self._keys
        candidates: range | list[int] = range(len(rows))
        last = self._last
        if last is not None and last[0] == (f.person, f.rule_id, f.procedure, f.case_id, f.level):
            last_needle, last_mask = last[1], last[2]
            if last_needle in needle and len(last_mask) == len(rows):
                candidates = [i for i in range(len(rows)) if last_mask[i]]
        # Each filter narrows the candidate list with one comprehension (no per-row ifs).
        idx = list(candidates)
        if needle:
            idx = [i for i in idx if needle in keys[i]]
        if f.person is not None:
            idx = [i for i in idx if rows[i].lawyer == f.person]
        if f.rule_id is not None:
            idx = [i for i in idx if rows[i].rule_id == f.rule_id]
        if f.procedure is not None:
            idx = [i for i in idx if rows[i].procedure == f.procedure]
        if f.case_id is not None:
            idx = [i for i in idx if rows[i].case_id == f.case_id]
        if f.level is not None:
            levels = self._level
            idx = [i for i in idx if levels[i] == f.level]
        out = bytearray(len(rows))
        for i in idx:
            out[i] = 1
        self._last = ((f.person, f.rule_id, f.procedure, f.case_id, f.level), needle, out)
        return out

    # --- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DCol)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(DCol):
            return tr(_DCOL_KEYS[DCol(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, self._urg[index.row()], col)
        if role == Qt.ItemDataRole.BackgroundRole:
            bg = URGENCY_BG.get(self._urg[index.row()])
            return QBrush(bg) if bg is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == DCol.NOTE and r.confidence == "L":
                return QBrush(WARN_FG)
            fg = URGENCY_FG.get(self._urg[index.row()])
            return QBrush(fg) if fg is not None else None
        if role == Qt.ItemDataRole.FontRole and col in (DCol.URGENCY, DCol.DUE):
            return self._bold if self._urg[index.row()] <= Urgency.SOON else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DCol.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(r, self._urg[index.row()], col)
        return None

    def _display(self, r: DeadlineRow, u: Urgency, col: int) -> str:
        if col == DCol.URGENCY:
            return urgency_text(u, r.binds == Binds.AUTHORITY)
        if col == DCol.DUE:
            time = f" {r.due_time:%H:%M}" if r.due_time else ""
            mark = "↷ " if r.id in self.moved else ""
            return mark + fmt_day(r.due) + time
        if col == DCol.SAFE:
            return fmt_day(r.safe_date) if r.safe_date else ""
        if col == DCol.DAYS:
            return str(r.days_left)
        if col == DCol.CLIENT:
            return both_names(r.client_name, r.client_name_original)
        if col == DCol.RULE:
            return pick(r.rule_name_sr, r.rule_name_en)
        if col == DCol.PROCEDURE:
            return label("procedure", r.procedure)
        if col == DCol.LAWYER:
            if r.lawyer and not r.lawyer_active:
                return tr("{name} (on leave)", name=r.lawyer)
            return r.lawyer or "—"
        if col == DCol.CASE:
            return str(r.case_id)
        if col == DCol.NOTE:
            return note_text(r)
        return ""

    def _tooltip(self, r: DeadlineRow) -> str:
        lines = [f"{pick(r.rule_name_sr, r.rule_name_en)} — {basis(r)} ({r.confidence})"]
        if r.id in self.moved:
            lines.append(tr("↷ moved by a closure day: {move}", move=self.moved[r.id]))
        lines += [pick(s.get("sr"), s.get("en")) for s in r.explanation]
        return "\n".join(lines)

    @staticmethod
    def _sort_key(r: DeadlineRow, col: int) -> Any:
        if col in (DCol.URGENCY, DCol.DUE, DCol.DAYS):
            return (r.due, r.due_time or dt.time(), r.id)
        if col == DCol.SAFE:
            return (r.effective_date, r.id)
        if col == DCol.CLIENT:
            return (r.client_name.casefold(), r.id)
        if col == DCol.RULE:
            return (pick(r.rule_name_sr, r.rule_name_en), r.due)
        if col == DCol.PROCEDURE:
            return (r.procedure, r.due)
        if col == DCol.LAWYER:
            return (r.lawyer or "", r.due)
        if col == DCol.CASE:
            return (r.case_id, r.due)
        return (r.confidence, r.due)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A key sort in Python: far faster than Qt comparing 50,000 rows through callbacks."""
        if not (0 <= column < len(DCol)):
            return
        self.layoutAboutToBeChanged.emit()
        self._last = None
        old_persistent = self.persistentIndexList()
        order_idx = sorted(
            range(len(self._rows)),
            key=lambda i: self._sort_key(self._rows[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_pos = {old: new for new, old in enumerate(order_idx)}
        self._rows = [self._rows[i] for i in order_idx]
        self._keys = [self._keys[i] for i in order_idx]
        self._urg = [self._urg[i] for i in order_idx]
        self._level = [self._level[i] for i in order_idx]
        self.changePersistentIndexList(
            old_persistent,
            [self.index(new_pos[p.row()], p.column()) for p in old_persistent],
        )
        self.layoutChanged.emit()


def basis(r: DeadlineRow) -> str:
    """The legal basis in the interface's language ("čl. 95. st. 1. ZAPZ" / "ZAPZ Art. 95(1)")."""
    return pick(r.basis, r.basis_en or r.basis)


def note_text(r: DeadlineRow) -> str:
    """The warnings a row must carry: verify-the-basis for confidence L, an outcome not
    recorded, a deadline already past when recorded, the remedy opened and from when."""
    parts: list[str] = []
    if r.confidence == "L":
        parts.append(tr("⚠ verify the legal basis"))
    if r.outcome_unknown:
        parts.append(tr("⚠ decision's outcome not recorded: the shortest possible period is taken"))
    if r.procedure_unknown:
        parts.append(tr("⚠ asylum procedure not recorded: the shortest possible period is taken"))
    if r.recorded_late:
        parts.append(tr("✖ already past when recorded"))
    remedy = pick(r.remedy_sr, r.remedy_en)
    if remedy and r.remedy_opens:
        parts.append(
            tr("Once passed, from {day}: {text}", day=fmt_day(r.remedy_opens), text=remedy)
        )
    elif remedy:
        parts.append(tr("Remedy: {text}", text=remedy))
    return "  ".join(parts)


class MaskFilterProxy(QAbstractProxyModel):
    """A filtering proxy for the big deadlines list: a list of visible source rows.

    QSortFilterProxyModel re-asks `filterAcceptsRow` for every one of 50,000 rows on each
    change (30-50 ms in Python callbacks alone); here a filter change is one list
    comprehension over a precomputed mask and a reset of this proxy. Sorting is delegated
    to the source (a key sort); the mask travels with the rows.
    """

    def __init__(self) -> None:
        super().__init__()
        self._mask: bytearray | None = None
        self._visible: list[int] = []
        self._position: dict[int, int] | None = None

    # --- wiring
    def setSourceModel(self, source: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._source_reset)
            old.layoutChanged.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_data_changed)
            old.headerDataChanged.disconnect(self.headerDataChanged)
        self.beginResetModel()
        super().setSourceModel(source)
        self._mask = None
        self._remap()
        self.endResetModel()
        source.modelReset.connect(self._source_reset)
        source.layoutChanged.connect(self._source_reset)
        source.dataChanged.connect(self._source_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)

    def _source_reset(self, *_args: object) -> None:
        self.beginResetModel()
        src = self.sourceModel()
        if self._mask is not None and src is not None and len(self._mask) != src.rowCount():
            self._mask = None
        self._remap()
        self.endResetModel()

    def _source_data_changed(self, first: QModelIndex, last: QModelIndex, roles: Any = ()) -> None:
        if self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, self.columnCount() - 1)
            )

    def _remap(self) -> None:
        src = self.sourceModel()
        n = src.rowCount() if src is not None else 0
        m = self._mask
        self._visible = list(range(n)) if m is None else [i for i in range(n) if m[i]]
        self._position = None

    def set_mask(self, mask: bytearray | None) -> None:
        """Show only the source rows whose mask byte is set (None: every row)."""
        self.beginResetModel()
        self._mask = mask
        self._remap()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        src = self.sourceModel()
        if src is None:
            return
        if self._mask is None or not hasattr(src, "rows"):
            src.sort(column, order)
            return
        ident = {id(r): m for r, m in zip(src.rows(), self._mask, strict=False)}
        mask_before = self._mask
        self._mask = None  # the source's layoutChanged must not apply the old order's mask
        src.sort(column, order)
        self._mask = bytearray(ident.get(id(r), 1) for r in src.rows()) if mask_before else None
        self._source_reset()

    # --- mapping
    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        src = self.sourceModel()
        if src is None or not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return src.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._position is None:
            self._position = {s: p for p, s in enumerate(self._visible)}
        pos = self._position.get(source_index.row())
        return QModelIndex() if pos is None else self.index(pos, source_index.column())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)):
            return QModelIndex()
        if not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        src = self.sourceModel()
        return 0 if parent.isValid() or src is None else src.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        src = self.sourceModel()
        if src is None or not index.isValid() or index.row() >= len(self._visible):
            return None
        return src.data(src.index(self._visible[index.row()], index.column()), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        src = self.sourceModel()
        if src is None or orientation == Qt.Orientation.Vertical:
            return None
        return src.headerData(section, orientation, role)
