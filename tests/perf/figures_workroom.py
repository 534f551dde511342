"""Workroom figures: opening the room of the contract with the most messages (first page painted),
against the bare keyset query that fetches that page; and the contract list's ordered ids."""
from __future__ import annotations

import atexit
import sqlite3
from functools import lru_cache
from pathlib import Path

from tests.perf.bench import Figure, open_store, settle_until, team_url, timed, within

PAGE_SQL = ("SELECT id, sent_at, author, channel, body, duration_minutes FROM message WHERE contract_id = ? "
            "ORDER BY sent_at DESC, id DESC LIMIT 100")


@lru_cache(maxsize=4)
def busiest(folder: Path) -> int:
    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        return con.execute("SELECT contract_id FROM message GROUP BY contract_id ORDER BY count(*) DESC LIMIT 1"
                           ).fetchone()[0]
    finally:
        con.close()


_views: dict[Path, object] = {}


def _workroom(folder: Path):
    """One workroom screen on the folder, built once (building the window is another figure)."""
    if folder not in _views:
        from talentdesk.app.application import build_context, ensure_application
        from talentdesk.views.workroom.view import WorkroomView

        app = ensure_application(offscreen=True)
        view = WorkroomView(build_context(folder, team_url()))
        view.resize(1400, 860)
        view.show()
        app.processEvents()
        view.ctx.runner.wait()
        app.processEvents()
        _views[folder] = view
        atexit.register(_close_views)
    return _views[folder]


def _close_views() -> None:
    """Tear the screens down before the interpreter does (PySide dislikes widgets outliving the app)."""
    from PySide6.QtWidgets import QApplication

    for view in _views.values():
        view.ctx.runner.wait()
        view.close()
        view.deleteLater()
    _views.clear()
    QApplication.processEvents()


def open_busiest_room(folder: Path) -> float:
    from PySide6.QtWidgets import QApplication

    contract_id = busiest(folder)
    view = _workroom(folder)
    view.contract_id = None  # open it afresh each run

    def work():
        view.open_contract(contract_id)
        settle_until(lambda: view.messages.model.contract_id == contract_id, view.ctx.runner)  # the page came
        view.messages.view.viewport().grab()  # the first page, laid out and painted

    seconds = timed(work)
    view.ctx.runner.wait()
    QApplication.processEvents()
    return seconds


def bare_page(folder: Path) -> float:
    contract_id = busiest(folder)

    def work():
        con = sqlite3.connect(folder / "talentdesk.sqlite3")
        con.execute(PAGE_SQL, (contract_id,)).fetchall()
        con.close()

    return timed(work)


def list_ids(folder: Path) -> float:
    from talentdesk.services import workroom
    open_store(folder)
    return timed(workroom.list_ids)


def bare_list_ids(folder: Path) -> float:
    def work():
        con = sqlite3.connect(folder / "talentdesk.sqlite3")
        con.execute("SELECT id FROM contract ORDER BY status, start_date DESC, id DESC").fetchall()
        con.close()

    return timed(work)


SEARCHES = ("deploy", "invoice", "thanks")
_searches = [0]


def _search_word(folder: Path) -> str:
    """A word said in the busiest room (the demo's bodies are sentences): the search finds a page of it."""
    _searches[0] += 1
    return SEARCHES[_searches[0] % len(SEARCHES)]


def search_busiest_room(folder: Path) -> float:
    from PySide6.QtWidgets import QApplication

    contract_id = busiest(folder)
    view = _workroom(folder)
    if view.contract_id != contract_id:
        view.open_contract(contract_id)
        settle_until(lambda: not view.ctx.runner.busy(), view.ctx.runner)
    tab = view.messages
    word = _search_word(folder)

    def work():
        tab.search.blockSignals(True)
        tab.search.setText(word)
        tab.search.blockSignals(False)
        tab.reload()  # what the typing pause does; the query runs on the lane
        settle_until(lambda: tab.model.text == word, view.ctx.runner)
        tab.view.viewport().grab()

    seconds = timed(work)
    tab.search.blockSignals(True)
    tab.search.clear()
    tab.search.blockSignals(False)
    QApplication.processEvents()
    return seconds


def bare_search(folder: Path) -> float:
    from talentdesk.store import fts

    contract_id = busiest(folder)
    # The same question of the index: this room's messages holding the word.
    expression = f'contract_id : "{contract_id}" AND body : ({fts.match_expression(SEARCHES[1])})'

    def work():
        con = sqlite3.connect(folder / "talentdesk.sqlite3")
        con.execute("SELECT id, sent_at, author, channel, body, duration_minutes FROM message "
                    "WHERE contract_id = ? AND id IN (SELECT rowid FROM message_fts WHERE message_fts MATCH ?) "
                    "ORDER BY sent_at DESC, id DESC LIMIT 100", (contract_id, expression)).fetchall()
        con.close()

    return timed(work)


FIGURES = [
    Figure("workroom: open the busiest contract (first message page painted)", open_busiest_room, bare_page,
           goal="under 100 ms however many messages the room holds", met=within(under_ms=100), team=True),
    Figure("workroom: contract list ordered ids (all contracts)", list_ids, bare_list_ids,
           goal="≤ 1.5× the bare ordered query", met=within(ratio=1.5), team=True),
    Figure("workroom: message search in the busiest room, rows painted", search_busiest_room, bare_search,
           goal="under 50 ms, off the GUI thread", met=within(under_ms=50), team=True),
]
