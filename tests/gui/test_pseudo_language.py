"""The program in a longer language, and right to left: every screen and dialog under the pseudo-translation
(app/pseudo.py) shows no English word of the program's own (a string that never reached tr()), and no text
cut without a tooltip or drawn over another."""
from __future__ import annotations

import ast
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

import talentdesk
from talentdesk.app import pseudo

from .conftest import open_window
from .test_accessibility import _screens_and_dialogs, _widgets
from .test_layout_sizes import layout_problems

PACKAGE = Path(talentdesk.__file__).parent
MARKED = re.compile(r"\[[^\[\]]*\]")  # a pseudo-translated piece (placeholders inside are filled in)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^<>]+>|&[a-zA-Z]+;|\n")
WORD = re.compile(r"[A-Za-z]{3,}")


@cache
def program_phrases() -> frozenset[str]:
    """The English the program itself writes: every string literal of talentdesk/ but the demo data, cut at
    its placeholders into pieces of two words or more (a lone word may as well be someone's data)."""
    phrases = set()
    for path in PACKAGE.rglob("*.py"):
        if "demodata" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for piece in PLACEHOLDER.split(node.value):
                    piece = piece.strip(" .,:;·–—()&")
                    if len(WORD.findall(piece)) >= 2 and "_" not in piece and "/" not in piece:  # not a zone name
                        phrases.add(piece)
    return frozenset(phrases)


def shown_texts(widget: QWidget) -> list[str]:
    texts = []
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        texts += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount(QModelIndex()))]
    return [t for t in texts if t and t.strip()]


def english_left(top: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    found = []
    phrases = program_phrases()
    for widget in _widgets(top, leave_out):
        if not widget.isVisible():
            continue
        for text in shown_texts(widget):
            rest = MARKED.sub(" ", re.sub(r"<[^<>]+>", " ", text))
            left = sorted(p for p in phrases if p in rest)
            if left:
                found.append(f"{type(widget).__name__} “{text[:50]}”: untranslated “{left[0]}”")
    return found


@pytest.fixture
def pseudo_window(qtbot, demo_folder, request, tmp_path):
    folder = tmp_path / "folder"  # a fresh copy: no splitter or column widths kept from another test
    shutil.copytree(demo_folder, folder, ignore=shutil.ignore_patterns("view-state.ini"))
    app = QApplication.instance()
    translator = pseudo.install(app, right_to_left=request.param == "right to left")
    window = open_window(qtbot, folder)
    yield window
    window.ctx.runner.wait()
    app.removeTranslator(translator)
    QGuiApplication.setLayoutDirection(Qt.LeftToRight)


@pytest.mark.parametrize("pseudo_window", ["left to right", "right to left"], indirect=True)
def test_every_screen_and_dialog_is_translated_and_holds_a_longer_language(qtbot, pseudo_window, tmp_path):
    def check(top, leave_out=()):
        return english_left(top, leave_out) + layout_problems(pseudo_window if top in pseudo_window.screens.values()
                                                              else top, top)

    problems = _screens_and_dialogs(qtbot, pseudo_window, tmp_path, check)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
