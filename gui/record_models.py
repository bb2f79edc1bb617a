"""Table models for lists of records (cases, events, documents, staff, the audit log)
and the family form: one column table each, filtered by a folded search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from casework import N_
from casework.parsing import InputError, parse_date
from casework.search import fold
from gui.i18n import QT_TR_NOOP, fmt_date, language, tr
from gui.models import ROW_ROLE, SORT_ROLE, Index

T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column of a record list: its header key and how to show a record in it."""

    header: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    foreground: Callable[[T], QColor | None] | None = None
    sort: Callable[[T], Any] | None = None  # a sort key when text order is wrong (numbers)


class RecordsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of records (cases, events, documents, audit, staff...)."""

    def __init__(self, columns: Sequence[Column[T]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return self._rows

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return tr(self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == SORT_ROLE and col.sort is not None:
            return col.sort(rec)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return col.text(rec)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(rec)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground is not None:
            color = col.foreground(rec)
            return QBrush(color) if color is not None else None
        if role == ROW_ROLE:
            return rec
        return None


class SearchProxy(QSortFilterProxyModel):
    """Search-as-you-type over small lists (cases): folded text of every column."""

    def __init__(self, haystack: Callable[[Any], str]) -> None:
        super().__init__()
        self._haystack = haystack
        self._needle = ""
        self._cache: dict[int, str] = {}
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_needle(self, text: str) -> None:
        self._needle = fold(text.strip())
        self.invalidate()

    def clear_cache(self) -> None:
        self._cache.clear()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        src = self.sourceModel()
        hay = self._cache.get(source_row)
        if hay is None:
            rec = src.data(src.index(source_row, 0), ROW_ROLE)
            hay = fold(self._haystack(rec))
            self._cache[source_row] = hay
        return self._needle in hay


# ---------------------------------------------------------------------- family rows
FAMILY_FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", QT_TR_NOOP("Name")),
    ("relation", QT_TR_NOOP("Relation")),
    ("birth_date", QT_TR_NOOP("Born")),
    ("nationality", QT_TR_NOOP("Nationality")),
    ("whereabouts", QT_TR_NOOP("Whereabouts")),
    ("also_applying", QT_TR_NOOP("Also applying")),
)


class FamilyModel(QAbstractTableModel):
    """The client's family members, edited in place (repeated rows of the application)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = []
        self.dirty = False

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.dirty = False
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def add_row(self) -> int:
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append({"full_name": "", "relation": "", "also_applying": False})
        self.endInsertRows()
        self.dirty = True
        return n

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.dirty = True

    def problems(self) -> list[str]:
        """Rows that cannot be saved (casework would refuse them too), worded for the form."""
        out = []
        for i, r in enumerate(self._rows):
            if (
                not str(r.get("full_name") or "").strip()
                or not str(r.get("relation") or "").strip()
            ):
                member = tr("Family members")
                out.append(member + f" {i + 1}: " + tr("Name") + ", " + tr("Relation"))
            bd = r.get("birth_date")
            if isinstance(bd, str) and bd.strip():  # kept as typed: it did not parse
                try:
                    parse_date(bd, N_("birth date"))
                except InputError as exc:
                    out.append(tr("Family members") + f" {i + 1}: " + exc.text(language()))
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FAMILY_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(FAMILY_FIELDS)
        ):
            return tr(FAMILY_FIELDS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FAMILY_FIELDS[index.column()][0] == "also_applying":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(FAMILY_FIELDS)):
            return None
        key = FAMILY_FIELDS[index.column()][0]
        value = self._rows[index.row()].get(key)
        if key == "also_applying":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(value, dt.date):
                return fmt_date(value) if role == Qt.ItemDataRole.DisplayRole else value.isoformat()
            return "" if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return False
        key = FAMILY_FIELDS[index.column()][0]
        row = self._rows[index.row()]
        if key == "also_applying":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            row[key] = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if not isinstance(value, bool)
                else value
            )
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if key == "birth_date":
                from gui.widgets import parse_user_date

                row[key] = (parse_user_date(text) or text) if text else None
            else:
                row[key] = text
        else:
            return False
        self.dirty = True
        self.dataChanged.emit(index, index, [role])
        return True
