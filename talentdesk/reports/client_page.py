"""One page a client can share with a new hire: how I work, how I pay, what people said, how long they stay.

Every number comes from services/my_record.py and is written by reports/record_text.py, as the "My record"
page writes it. Only the comments the client chose to quote are shown, at most ``MAX_QUOTES`` so the page
stays one page.
"""
from __future__ import annotations

from ..services.my_record import WorkingWithMe
from . import record_text as text
from .document import Report
from .fmt import DASH, Formatter
from .labels import word

MAX_QUOTES = 5
MAX_QUOTE_CHARS = 280
LABELS = 30  # the labels' share of the width: "Hourly weeks paid on time" on one line


def build(w: WorkingWithMe, fmt: Formatter) -> Report:
    title = text.tr("Working with {name}").format(name=w.name) if w.name else text.tr("Working with me")
    period = w.record.period
    r = Report(text.tr("Working with me"), w.name or fmt.date(period.end), fmt)
    r.heading(title, text.tr("Figures from {start} to {end}").format(start=fmt.date(period.start),
                                                                      end=fmt.date(period.end)))
    _how_i_work(r, w, fmt)
    _how_i_pay(r, w, fmt)
    _tenure(r, w, fmt)
    _what_they_said(r, w, fmt)
    return r


def _line(w: WorkingWithMe, key: str, fmt: Formatter) -> str:
    """A figure's value with what it was counted from, or what is missing."""
    f = w.record.figures[key]
    if f.value is None:
        return text.empty(key)
    return f"{text.figure_value(f, fmt)} ({text.basis(f, fmt)})"


def _how_i_work(r: Report, w: WorkingWithMe, fmt: Formatter) -> None:
    r.section(text.tr("How I work"))
    hours = text.tr("{start}–{end}, {days} ({zone})").format(
        start=fmt.clock(w.hours.start), end=fmt.clock(w.hours.end), days=text.tr("Monday to Friday"),
        zone=w.hours.timezone)
    channels = ", ".join(word(channel) for channel, _n in w.channels) or DASH
    r.facts([(text.tr("Working hours"), hours), (text.tr("Where I write"), channels),
             (text.title("answer_minutes"), _line(w, "answer_minutes", fmt))], columns=1, label_width=LABELS)


def _how_i_pay(r: Report, w: WorkingWithMe, fmt: Formatter) -> None:
    r.section(text.tr("How I pay"))
    keys = ("approval_days", "payment_days", "hourly_on_time", "thanks_per_contract")
    r.facts([(text.title(key), _line(w, key, fmt)) for key in keys], columns=1, label_width=LABELS)


def _tenure(r: Report, w: WorkingWithMe, fmt: Formatter) -> None:
    r.section(text.tr("How long people stay"))
    r.facts([(text.title(key), _line(w, key, fmt)) for key in ("relationship_days", "rehire_share", "ended_by")],
            columns=1, label_width=LABELS)


def _what_they_said(r: Report, w: WorkingWithMe, fmt: Formatter) -> None:
    r.section(text.tr("What professionals said"))
    r.facts([(text.title("feedback_score"), _line(w, "feedback_score", fmt))], columns=1, label_width=LABELS)
    if not w.quotes:
        r.empty(text.tr("No comment chosen to quote."))
        return
    for quote in w.quotes[:MAX_QUOTES]:
        comment = quote.comment if len(quote.comment) <= MAX_QUOTE_CHARS else (
            quote.comment[: MAX_QUOTE_CHARS - 1].rstrip() + "…")
        r.paragraph(f"“{comment}”")
        r.paragraph(text.tr("— {name}, {stars} of 5, {date}").format(
            name=quote.given_name, stars=quote.score, date=fmt.date(quote.given_on)), "muted")
