"""The timeline's events as CSV, written the house way.

UTF-8 with a byte-order mark (so spreadsheet programs guess the encoding), CRLF line
ends, ISO dates, '.' as the decimal mark, and any text cell that a spreadsheet could
take for a formula (starting with = + - @, a tab or a carriage return) prefixed with
an apostrophe. Numbers this writer produces itself (amounts, scores) are left as numbers.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from ..services import timeline
from ..services.money import from_minor
from ..services.timeline import Event, TimelineFilter

HEADER = ("date", "kind", "person", "contract", "score", "amount", "currency", "change", "text",
          "person_id", "contract_id", "source", "source_id")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def safe_cell(value) -> str:
    """A cell's text, defused against formula injection."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


def _score(score: float | None) -> str:
    if score is None:
        return ""
    return f"{score:.2f}".rstrip("0").rstrip(".")


def row(event: Event) -> list[str]:
    amount = ""
    if event.amount_minor is not None and event.currency:
        amount = str(from_minor(event.amount_minor, event.currency))
    return [safe_cell(v) for v in (
        event.day.isoformat(), event.kind, event.talent_name, event.contract_title, _score(event.score), amount,
        event.currency, event.change, event.excerpt, event.talent_id, event.contract_id or "", event.source,
        event.sid)]


def write_events(path: Path | str, events: Iterable[Event], report: Callable[[int], None] | None = None) -> int:
    """Write the events to ``path``; returns how many rows were written."""
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for event in events:
            writer.writerow(row(event))
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
