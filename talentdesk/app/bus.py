"""The change bus: after a write, say what changed so each view decides whether to refresh."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Change:
    tables: frozenset[str]
    ids: frozenset[int] = field(default_factory=frozenset)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables)) or "*" in self.tables


class ChangeBus(QObject):
    changed = Signal(object)  # Change

    def publish(self, tables, ids=()) -> None:
        self.changed.emit(Change(frozenset(tables), frozenset(ids)))
