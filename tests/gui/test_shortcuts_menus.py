"""The keyboard and the menus hold together: no two shortcuts fight over one key where both are live, every
menu item has its own mnemonic within its menu, and no two items share a label."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QTreeWidget

from talentdesk.views import shortcuts

from .conftest import settle


def visit_every_screen(qtbot, window) -> None:
    for name in window.screens:
        window.show_view(name)
        qtbot.wait(10)  # screens add their menu entries once they are first shown
    settle(qtbot, window)


def menu_items(menu, path=""):
    """(path, action) for each visible item of a menu and its submenus."""
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield path, action
        if action.menu() is not None:
            yield from menu_items(action.menu(), f"{path}{action.text()} → ")


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_no_two_live_shortcuts_share_a_key(qtbot, make_window):
    window = make_window()
    visit_every_screen(qtbot, window)
    found = shortcuts.bindings(window)
    assert len(found) > 30  # the collector sees the screens' shortcuts, not only the menus'
    clashes = [f"{a.keys}: “{a.label}” ({a.scope}) and “{b.label}” ({b.scope})" for a, b in shortcuts.conflicts(window)]
    assert clashes == []


def test_the_audit_sees_a_clash(qtbot, make_window):
    window = make_window()
    visit_every_screen(qtbot, window)
    # A window-wide Ctrl+Shift+E would fight the workroom's End contract…
    window.add_menu_action("tools", "&Probe", lambda: None, "Ctrl+Shift+E")
    assert any({a.label, b.label} == {"Probe", "End contract"} for a, b in shortcuts.conflicts(window))
    # …and so do two tabs' Delete keys made the way PySide6 silently makes window-wide.
    delete_keys = [b for b in shortcuts.bindings(window) if b.keys == "Del" and b.scope == "Workroom"]
    assert len(delete_keys) >= 2 and all(b.owner is not window for b in delete_keys)


def test_every_menu_item_has_a_unique_mnemonic_and_label(qtbot, make_window):
    window = make_window()
    visit_every_screen(qtbot, window)
    problems, labels = [], {}
    menus = [("", a) for a in window.menuBar().actions() if a.isVisible()]
    for _path, top in menus:
        mnemonics: dict[str, str] = {}
        for path, action in [("", top), *menu_items(top.menu(), f"{top.text()} → ")]:
            text = action.text()
            if action is not top:
                key = mnemonic(text)
                if key is None:
                    problems.append(f"no mnemonic: {path}{text}")
                elif (path, key) in mnemonics:
                    problems.append(f"mnemonic {key!r} twice in {path or 'the menu bar'}: {mnemonics[(path, key)]}, {text}")
                else:
                    mnemonics[(path, key)] = text
            plain = text.replace("&", "")
            if plain in labels and labels[plain] is not action:
                problems.append(f"label twice: {plain}")
            labels[plain] = action
    bar = {}
    for _path, top in menus:
        key = mnemonic(top.text())
        if key in bar:
            problems.append(f"menu bar mnemonic {key!r} twice: {bar[key]}, {top.text()}")
        bar[key] = top.text()
    assert problems == []


def test_help_lists_the_shortcuts_from_the_actions(qtbot, make_window):
    window = make_window()
    visit_every_screen(qtbot, window)
    window.keyboard_shortcuts()
    tree = window.shortcuts_dialog.findChild(QTreeWidget)
    rows = {}
    for group in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(group)
        for index in range(item.childCount()):
            child = item.child(index)
            rows[(item.text(0), child.text(0))] = child.text(1)
    assert rows[("Workroom", "End contract")] == "Ctrl+Shift+E"
    assert rows[("Everywhere", "New talent")] == "Ctrl+N"
    assert rows[("Review", "Dismiss the card")] == "0"
    window.shortcuts_dialog.close()


def test_the_user_guide_opens(qtbot, make_window):
    window = make_window()
    window.user_guide()
    text = window.guide_dialog.browser.toPlainText()
    assert "Review sessions" in text and "Keyboard shortcuts" in text
    window.guide_dialog.close()
