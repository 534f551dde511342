"""Every keyboard shortcut of the window, read from the live actions: the Help → Keyboard shortcuts
reference and the audit test both use this, so the reference can never drift from what the keys do."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Binding:
    keys: str  # portable text, e.g. "Ctrl+Shift+E"
    label: str  # what it does, as the menu or tooltip says it
    scope: str  # "Everywhere" or the screen's title
    owner: QWidget  # the widget inside which the shortcut is live


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _owner(obj, window: QWidget) -> QWidget:
    """The widget whose focus chain makes this shortcut live."""
    if isinstance(obj, QShortcut):
        return window if obj.context() in (Qt.WindowShortcut, Qt.ApplicationShortcut) else obj.parent()
    if obj.shortcutContext() in (Qt.WindowShortcut, Qt.ApplicationShortcut):
        return window
    for holder in obj.associatedObjects():
        if isinstance(holder, QWidget) and not isinstance(holder, QMenu):
            return holder
    return window


def _scope(owner: QWidget, window) -> str:
    if owner is window:
        return QCoreApplication.translate("Shortcuts", "Everywhere")
    titles = {widget: name for name, widget in window.screens.built().items()}
    widget = owner
    while widget is not None and widget is not window:
        if widget in titles:
            return window.screen_title(titles[widget])
        widget = widget.parentWidget()
    return QCoreApplication.translate("Shortcuts", "Everywhere")


def _label(obj) -> str:
    if isinstance(obj, QShortcut):
        return _plain(obj.whatsThis() or obj.objectName())
    return _plain(obj.text() or obj.toolTip() or obj.objectName())


def bindings(window) -> list[Binding]:
    """Every enabled-or-not shortcut that the window and its screens define (dialogs are separate)."""
    window.screens.build_all()  # screens are built when first shown; the list covers them all
    found: list[Binding] = []
    for obj in [*window.findChildren(QAction), *window.findChildren(QShortcut)]:
        sequences = [obj.key()] if isinstance(obj, QShortcut) else obj.shortcuts()
        for sequence in sequences:
            if sequence.isEmpty():
                continue
            owner = _owner(obj, window)
            found.append(Binding(sequence.toString(QKeySequence.NativeText), _label(obj), _scope(owner, window), owner))
    return found


def conflicts(window) -> list[tuple[Binding, Binding]]:
    """Pairs of shortcuts with the same keys that can both be live at once (one's widget holds the other's)."""
    def holds(outer: QWidget, inner: QWidget) -> bool:
        widget = inner
        while widget is not None:
            if widget is outer:
                return True
            widget = widget.parentWidget()
        return False

    found = bindings(window)
    pairs = []
    for index, first in enumerate(found):
        for second in found[index + 1:]:
            if first.keys == second.keys and (holds(first.owner, second.owner) or holds(second.owner, first.owner)):
                pairs.append((first, second))
    return pairs


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: generated from the window's actions, grouped by where they work."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 620)
        tree = QTreeWidget()
        tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        tree.setRootIsDecorated(True)
        tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        # One row per thing done, with all its keys ("Return, Enter"), grouped by where it works.
        keys: dict[tuple[str, str], list[str]] = {}
        for binding in bindings(window):
            if binding.label and binding.keys not in keys.setdefault((binding.scope, binding.label), []):
                keys[(binding.scope, binding.label)].append(binding.keys)
        everywhere = self.tr("Everywhere")
        groups: dict[str, QTreeWidgetItem] = {}
        for scope, label in sorted(keys, key=lambda k: (k[0] != everywhere, k[0], k[1])):
            group = groups.get(scope)
            if group is None:
                group = groups[scope] = QTreeWidgetItem(tree, [scope])
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
            QTreeWidgetItem(group, [label, ", ".join(keys[(scope, label)])])
        self.tree = tree
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tree)
        layout.addWidget(buttons)


def local_shortcut(keys, parent: QWidget, slot, what: str = "") -> QShortcut:
    """A shortcut live only while the focus is inside ``parent``; ``what`` names it in the reference.

    PySide6 ignores the ``context`` argument of QShortcut's (key, parent, slot, context) constructor, so
    a shortcut made that way is silently window-wide: three tabs' Delete keys then cancel each other out.
    """
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(Qt.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    if what:
        shortcut.setWhatsThis(what)
    return shortcut
