"""Timeline figures: opening the timeline on the large folder, and scrolling to the 10,000th event.

Each is measured against the bare keyset queries: the same SQL pages read with plain sqlite3,
with no model, view or painting.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.perf.bench import Figure, settle_until, team_url, timed, within

TARGET = 10_000
_contexts: dict[Path, object] = {}


def _context(folder: Path):
    """The running program's context, built once: the timeline opens in a program already started (opening
    the database is the cold start's figure, measured there), as the bench's open figure does."""
    from talentdesk.app.application import build_context

    if folder not in _contexts:
        _contexts[folder] = build_context(folder, team_url())
    return _contexts[folder]


def _open(folder: Path):
    from talentdesk.app.application import ensure_application
    from talentdesk.views.timeline.widget import TimelineWidget

    app = ensure_application(offscreen=True)
    ctx = _context(folder)
    widget = TimelineWidget(ctx)
    widget.resize(1270, 860)
    widget.show()
    # Polled as every figure is (a long wait on the lane here would add its own latency: the count and the chart's
    # figures run there after the page).
    settle_until(lambda: widget.model.event_count() > 0, ctx.runner)
    widget.grab()  # painted
    return app, ctx, widget


def _close(app, ctx, widget) -> None:
    ctx.runner.wait()
    app.processEvents()
    widget.close()
    widget.deleteLater()
    app.processEvents()


def first_page(folder: Path) -> float:
    held = {}
    elapsed = timed(lambda: held.update(parts=_open(folder)))
    _close(*held["parts"])
    return elapsed


def scroll_to_target(folder: Path) -> float:
    app, ctx, widget = _open(folder)
    bar = widget.view.verticalScrollBar()

    def scroll():
        while widget.model.event_count() < TARGET and not widget.model.exhausted():
            bar.setValue(bar.maximum())
            app.processEvents()
        widget.grab()

    elapsed = timed(scroll)
    _close(app, ctx, widget)
    return elapsed


def _bare_pages(folder: Path, pages: int) -> None:
    from talentdesk.services import timeline

    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    after = None
    for _ in range(pages):
        sql, params = timeline.page_sql(timeline.TimelineFilter(), after)
        rows = con.execute(sql, params).fetchall()
        if len(rows) < timeline.PAGE_SIZE:
            break
        last = rows[-1]
        after = timeline.Cursor(last[1], last[0], last[2])
    con.close()


def bare_first_page(folder: Path) -> float:
    return timed(lambda: _bare_pages(folder, 1))


def bare_to_target(folder: Path) -> float:
    from talentdesk.services import timeline

    return timed(lambda: _bare_pages(folder, TARGET // timeline.PAGE_SIZE))


FIGURES = [
    Figure("timeline: open on the large folder, first page painted", first_page, bare_first_page,
           goal="≤ 3× the bare keyset query", met=within(ratio=3), team=True),
    Figure("timeline: scroll to the 10,000th event (fetchMore)", scroll_to_target, bare_to_target,
           goal="≤ 1.5× the bare keyset queries", met=within(ratio=1.5), team=True),
]
