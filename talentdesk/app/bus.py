"""The change bus: after a write, say what changed so each view decides whether to refresh.

A journaled write also says which rows of each table it added, changed and removed (from the undo
journal's row images), so a view can update just those rows instead of reloading a whole table.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class TableRows:
    """The ids of one table's rows a write added, changed (in place) and removed."""

    added: frozenset[int] = frozenset()
    changed: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    @staticmethod
    def of(images: Iterable[tuple[int, bool, bool]]) -> TableRows:
        """From (row, existed before, exists after) per journaled image; a row added then removed is gone."""
        before: dict[int, bool] = {}
        after: dict[int, bool] = {}
        for row, existed, exists in images:
            before.setdefault(row, existed)  # the first image says how the step found the row
            after[row] = exists  # the last one how it left it
        added = frozenset(r for r in after if after[r] and not before[r])
        removed = frozenset(r for r in after if before[r] and not after[r])
        changed = frozenset(r for r in after if before[r] and after[r])
        return TableRows(added, changed, removed)


@dataclass(frozen=True)
class Change:
    tables: frozenset[str]
    # Per table, the rows the write touched; empty when they are not known (undo, a restore, a write
    # that names more tables than it journaled): then a view reloads what it shows from those tables.
    rows: Mapping[str, TableRows] = field(default_factory=dict)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables)) or "*" in self.tables

    def exact(self) -> bool:
        """Every table the change names comes with its rows."""
        return bool(self.rows) and "*" not in self.tables and self.tables <= self.rows.keys()

    def rows_of(self, table: str) -> TableRows | None:
        """The rows of ``table`` the write touched (an empty TableRows when it did not touch the table);
        None when the change does not say which rows."""
        if not self.exact():
            return None
        return self.rows.get(table, TableRows())


class ChangeBus(QObject):
    changed = Signal(object)  # Change

    def publish(self, tables, rows: Mapping[str, TableRows] | None = None) -> None:
        self.changed.emit(Change(frozenset(tables), dict(rows or {})))
