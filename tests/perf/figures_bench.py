"""Bench figures on the large folder: opening the bench, and one search keystroke.

Each is measured against its floor: the same SQL (the ordered-id query and the
statements of the first block of rows) run bare through sqlite3.

- open: build the bench screen, fetch the ordered ids, paint the first rows.
- keystroke: from the moment a search runs (the typing debounce has elapsed;
  the 150 ms pause is deliberate and not counted) to the new rows painted.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests.perf.bench import Figure, timed

SEARCHES = ("dja", "pyt", "fig")
_state: dict = {}


def _app():
    from talentdesk.app.application import ensure_application

    return ensure_application(offscreen=True, scheme="light")


def _context(folder: Path):
    from talentdesk.app.application import build_context

    if _state.get("folder") != folder:
        _state.clear()
        _state.update(folder=folder, ctx=build_context(folder), searches=0)
    return _state["ctx"]


def _wait_for_reset(app, view) -> None:
    reset = []
    view.model.modelReset.connect(lambda: reset.append(True))
    while not reset:
        app.processEvents()
        view.ctx.runner.wait(5)
    app.processEvents()  # the pending paint of the first rows: their block is fetched here
    assert not view.model.rowCount() or view.model._cells, "the first rows were not painted"


def open_bench(folder: Path) -> float:
    from talentdesk.views.bench.view import BenchView

    app = _app()
    ctx = _context(folder)

    def work():
        view = BenchView(ctx)
        view.resize(1440, 860)
        view.show()
        _wait_for_reset(app, view)
        assert view.model.rowCount() > 0
        _state["view"] = view

    elapsed = timed(work)
    previous = _state.pop("view")
    previous.close()
    previous.deleteLater()
    app.processEvents()
    return elapsed


def keystroke(folder: Path) -> float:
    from talentdesk.views.bench.view import BenchView

    app = _app()
    ctx = _context(folder)
    view = _state.get("keystroke_view")
    if view is None:
        view = _state["keystroke_view"] = BenchView(ctx)
        view.resize(1440, 860)
        view.show()
        _wait_for_reset(app, view)
    _state["searches"] += 1
    text = SEARCHES[_state["searches"] % len(SEARCHES)]
    search = view.filter_bar.search

    def work():
        search.blockSignals(True)
        search.setText(text)
        search.blockSignals(False)
        view.filter_bar._text_settled()  # what the debounce timer does when typing pauses
        _wait_for_reset(app, view)

    return timed(work)


def _bare(folder: Path, text: str = "") -> float:
    from talentdesk.services import bench
    from talentdesk.store.schema import open_database

    open_database(folder)
    sql, params = bench.ids_query(bench.Filters(text=text))
    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        def work():
            ids = [row[0] for row in con.execute(sql, params)]
            for statement, args in bench.block_statements(ids[:bench.BLOCK], dt.date.today()).values():
                con.execute(statement, args).fetchall()
        return timed(work)
    finally:
        con.close()


def bare_open(folder: Path) -> float:
    return _bare(folder)


def bare_keystroke(folder: Path) -> float:
    return _bare(folder, SEARCHES[0])


FIGURES = [
    Figure("bench: open on the large folder, first rows painted", open_bench, bare_open,
           goal="a few × the bare ids query + first block"),
    Figure("bench: one search keystroke to rows updated", keystroke, bare_keystroke,
           goal="under 50 ms, within 3× of the bare query"),
]
