"""The timeline's events as CSV, written the house way (``csv_out``).

UTF-8 with a byte-order mark (so spreadsheet programs guess the encoding), CRLF line
ends, ISO dates, '.' as the decimal mark, text cells that could be taken for a formula made
inert and text with separators quoted (one rule, in ``csv_out``). Numbers this writer produces
itself (amounts, scores) are written as numbers.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path

from ..services import labels as words
from ..services import timeline
from ..services.money import from_minor
from ..services.timeline import Event, TimelineFilter
from . import csv_out

HEADER = ("date", "kind", "person", "contract", "score", "amount", "currency", "change", "text",
          "person id", "contract id", "source", "source id")


def _score(score: float | None) -> Decimal | None:
    if score is None:
        return None
    return Decimal(f"{score:.2f}".rstrip("0").rstrip("."))


def row(event: Event) -> list:
    amount = None
    if event.amount_minor is not None and event.currency:
        amount = from_minor(event.amount_minor, event.currency)
    return [event.day, words.english(words.TIMELINE_EVENT, event.kind), event.talent_name, event.contract_title, _score(event.score), amount,
            event.currency, event.change, event.excerpt, event.talent_id, event.contract_id,
            words.english({}, event.source),
            event.sid]


def write_events(path: Path | str, events: Iterable[Event], report: Callable[[int], None] | None = None) -> int:
    """Write the events to ``path``; returns how many rows were written."""
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(csv_out.line(HEADER))
        for event in events:
            handle.write(csv_out.line(row(event)))
            written += 1
            if report and written % 2000 == 0:
                report(written)
    return written


def export(path: Path | str, flt: TimelineFilter, report: Callable[[float, str], None] | None = None) -> int:
    """Every event the filter shows (not only the rows loaded on screen), newest first."""
    total = timeline.count(flt) if report else 0

    def progress(done: int) -> None:
        if report and total:
            report(done / total, f"{done:,} of {total:,} events")

    return write_events(path, timeline.iter_events(flt), progress)
