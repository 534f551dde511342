"""The screens of the sidebar, in order; each lives in its own package with a ``create(ctx)``."""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..app.context import AppContext


@dataclass(frozen=True)
class Screen:
    name: str
    title: str


SCREENS = (
    Screen("review", QT_TRANSLATE_NOOP("MainWindow", "Review")),
    Screen("bench", QT_TRANSLATE_NOOP("MainWindow", "Bench")),
    Screen("workroom", QT_TRANSLATE_NOOP("MainWindow", "Workroom")),
    Screen("timeline", QT_TRANSLATE_NOOP("MainWindow", "Timeline")),
    Screen("planner", QT_TRANSLATE_NOOP("MainWindow", "Planner")),
)


def build_screen(name: str, ctx: AppContext) -> QWidget:
    module = importlib.import_module(f"{__package__}.{name}.view")
    return module.create(ctx)
