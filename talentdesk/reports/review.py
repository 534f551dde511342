"""The review session summary: each card, and what was decided about it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import labels as words
from ..services import review_rules, review_session
from ..services.report_data import ReviewSessionSummary
from .document import Report
from .fmt import DASH, Formatter, tr
from .labels import word

ORDER = ("acted", "done", "snoozed", "dismissed")


def build(s: ReviewSessionSummary, fmt: Formatter) -> Report:
    title = tr("Review session {date}").format(date=fmt.date(s.started_at.date()))
    r = Report(tr("Review session"), fmt.date(s.started_at.date()), fmt)
    r.heading(title, tr("%n card(s) decided", len(s.decisions)) if s.decisions else "")
    counts = s.counts()
    r.facts([
        (tr("Started"), fmt.instant(s.started_at)),
        (tr("Finished"), fmt.instant(s.ended_at) if s.ended_at else tr("not finished")),
    ] + [(word(k), fmt.number(counts[k])) for k in ORDER if counts.get(k)]
      + [(word(k), fmt.number(n)) for k, n in sorted(counts.items()) if k not in ORDER])
    if s.note:
        r.paragraph(s.note)
    r.section(tr("Cards and decisions"))
    r.table([tr("Card"), tr("About"), tr("Why it came up"), tr("Decision"), tr("Note")],
            [[_rule(d.rule), _about(d), d.reason or DASH,
              word(d.decision) + (f": {_action(d.action)}" if d.action else ""), d.note]
             for d in s.decisions],
            align="lllll", widths=(16, 22, 28, 16, 18), empty=tr("No card was decided in this session."))
    return r


def _rule(name: str) -> str:
    """The card's title as the review screen shows it ("Access still open"), not the rule's code."""
    rule = review_rules.BY_NAME.get(name)
    return QCoreApplication.translate("review_rules", rule.title) if rule else words.english({}, name)


def _action(name: str) -> str:
    text = review_session.ACTIONS.get(name)
    return QCoreApplication.translate("review_rules", text).rstrip("…") if text else words.english({}, name)


def _about(d) -> str:
    parts = [p for p in (d.talent_name, d.contract_title) if p]
    return " — ".join(parts) if parts else d.subject
