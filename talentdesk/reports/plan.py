"""The plan summary to share with a partner: what the work needs, the team chosen and its cost, and the
alternatives the planner considered (as it answers the same description on the day the PDF is written)."""
from __future__ import annotations

from collections import defaultdict

from ..sentences import translated
from ..services.planner import PlanReport
from .document import Report
from .fmt import DASH, Formatter, tr
from .labels import word


def build(p: PlanReport, fmt: Formatter) -> Report:
    d = p.saved.description
    r = Report(tr("Plan"), d.title, fmt)
    r.heading(d.title, tr("{start} to {end}").format(start=fmt.date(d.starts_on), end=fmt.date(d.ends_on)))
    _description(r, p, fmt)
    _team(r, p, fmt)
    _alternatives(r, p, fmt)
    return r


def _description(r: Report, p: PlanReport, fmt: Formatter) -> None:
    d = p.saved.description
    r.section(tr("The work"))
    r.facts([
        (tr("Skills"), ", ".join(tr("{skill} (level {level} or above)").format(skill=n.name, level=n.min_level)
                                  for n in d.skills)),
        (tr("Hours a week"), fmt.number(d.hours_per_week)),
        (tr("Period"), tr("{start} to {end}").format(start=fmt.date(d.starts_on), end=fmt.date(d.ends_on))),
        (tr("Overlap with my day"), fmt.hours(d.overlap_minutes) if d.overlap_minutes else DASH),
        (tr("Budget"), fmt.money(d.budget_minor, d.currency) if d.budget_minor is not None else DASH),
        (tr("Maximum rate"), fmt.money(d.max_rate_minor, d.currency) if d.max_rate_minor is not None else DASH),
        (tr("Planned on"), fmt.date(p.saved.created_at.date())),
    ])


def _team(r: Report, p: PlanReport, fmt: Formatter) -> None:
    r.section(tr("The team chosen"))
    totals: dict[str, int] = defaultdict(int)
    rows = []
    for o in p.offers:
        if o.cost_minor is not None:
            totals[o.currency] += o.cost_minor
        rows.append([o.name, word(o.status), fmt.number(o.hours_per_week) if o.hours_per_week else DASH,
                     fmt.money(o.rate_minor, o.currency), fmt.money(o.cost_minor, o.currency) if o.cost_minor else DASH])
    r.table([tr("Person"), tr("Offer"), tr("Hours a week"), tr("Rate an hour"), tr("Cost for the period")], rows,
            align="llrrr", widths=(30, 14, 14, 18, 24), empty=tr("Nobody is in this plan any more."))
    if totals:
        r.facts([(tr("Total cost"), fmt.totals(dict(totals)))])


def _alternatives(r: Report, p: PlanReport, fmt: Formatter) -> None:
    r.section(tr("Alternatives considered"))
    rows = []
    for a in p.alternatives:
        cost = fmt.money(a.cost_minor, a.currency) if a.cost_minor is not None else tr("unknown")
        risks = "; ".join(translated(x) for x in a.risks) or DASH
        rows.append([a.names, tr("team") if a.is_team else tr("one person"), cost, risks])
    r.table([tr("People"), tr("Kind"), tr("Cost for the period"), tr("Risks")], rows, align="llrl",
            widths=(34, 14, 20, 32), empty=tr("No other person or team meets the description today."))
    for u in p.unmet:
        nearest = "; ".join(f"{a.name} ({translated(a.detail)})" for a in u.nearest)
        r.paragraph(tr("Not met by anyone: {what}.").format(what=translated(u.text))
                    + (" " + tr("Nearest: {who}.").format(who=nearest) if nearest else ""))
