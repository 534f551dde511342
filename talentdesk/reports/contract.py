"""The contract summary: terms, scope and its changes, money, hours, files, feedback, offboarding."""
from __future__ import annotations

import datetime as dt

from ..services import labels as words
from ..services.contracts import REVIEW_CRITERIA
from ..services.report_data import ContractSummary
from .charts import BarChart, Series, colour
from .document import Report
from .fmt import DASH, Formatter, tr
from .labels import MONEY_FIGURES, figure, word

CRITERIA_WORDS = {
    "skills": "Skills", "quality": "Quality", "availability": "Availability", "deadlines": "Deadlines",
    "communication": "Communication", "cooperation": "Cooperation",
}


def _ledger_value(fmt: Formatter, kind: str, value: str) -> str:
    if not value:
        return DASH
    return word(value) if words.ledger_values(kind) is not None else fmt.dates.recorded(value)


def _payment_text(fmt: Formatter, kind: str, minor: int, currency: str, paid_on) -> str:
    return tr("{kind} {amount} on {day}").format(kind=word(kind), amount=fmt.money(minor, currency),
                                                 day=fmt.date(paid_on))


def build(c: ContractSummary, fmt: Formatter, today: dt.date | None = None) -> Report:
    today = today or dt.date.today()
    r = Report(tr("Contract summary"), c.title, fmt)
    money = lambda minor: fmt.money(minor, c.currency)  # noqa: E731 - a local shorthand
    r.heading(c.title, tr("with {name}").format(name=c.talent_name))
    rate = money(c.rate_minor) + {"hourly": tr(" per hour"), "retainer": tr(" per hour equivalent")}.get(c.kind, "")
    r.facts([
        (tr("Kind"), word(c.kind) + (tr(" · test project") if c.is_test_project else "")),
        (tr("Status"), word(c.status)),
        (tr("Rate") if c.kind != "fixed" else tr("Price"), rate),
        (tr("Weekly limit"), tr("{n} h").format(n=c.weekly_limit_hours) if c.weekly_limit_hours else
         (tr("none") if c.kind == "hourly" else "")),
        (tr("Weekly payment"), money(c.weekly_payment_minor) if c.weekly_payment_minor else ""),
        (tr("Start"), fmt.date(c.start_date)),
        (tr("End"), fmt.date(c.end_date)),
        (tr("Platform"), " ".join(x for x in (c.platform, c.external_id) if x)),
        (tr("Renews"), c.renews_title),
        (tr("Test decision"), word(c.test_decision) if c.test_decision else ""),
        (tr("Why it ended"), c.end_reason),
    ])

    if len(c.terms_history) > 1:
        r.subsection(tr("Terms over time"))
        r.table([tr("From"), tr("Rate"), tr("Weekly limit"), tr("Weekly payment")],
                [[fmt.date(t.effective_on) + (tr(" (scheduled)") if t.effective_on > today else ""),
                  money(t.rate_minor), tr("{n} h").format(n=t.weekly_limit_hours) if t.weekly_limit_hours else DASH,
                  money(t.weekly_payment_minor) if t.weekly_payment_minor else DASH] for t in c.terms_history],
                align="lrrr", widths=(25, 25, 25, 25))
    if c.utilisation:
        r.subsection(tr("Retainer utilisation"))
        r.table([tr("Period"), tr("Hours used"), tr("Hours bought"), tr("Used")],
                [[tr("This week so far") if u.weeks == 0 else tr("Last %n week(s)", u.weeks),
                  fmt.hours(u.used_minutes), fmt.hours(u.bought_minutes),
                  fmt.percent(u.percent) if u.percent is not None else DASH] for u in c.utilisation],
                align="lrrr", widths=(34, 22, 22, 22))

    r.section(tr("Scope of work"))
    if c.scope.strip():
        r.paragraph(c.scope)
    else:
        r.empty(tr("No written scope of work."))

    r.section(tr("Scope changes and budget"))
    r.table([tr("When"), tr("Change"), tr("Asked by"), tr("Agreed"), tr("Before → after"), tr("Reason"), tr("Cost")],
            [[fmt.date(ch.happened_at.date()), word(ch.kind), word(ch.requested_by), word("yes" if ch.agreed else "no"),
              f"{_ledger_value(fmt, ch.kind, ch.before)} → {_ledger_value(fmt, ch.kind, ch.after)}"
              + (" " + tr("from {day}").format(day=fmt.date(ch.effective_on)) if ch.effective_on else ""), ch.reason, fmt.signed_money(ch.cost_delta_minor, ch.currency)]
             for ch in c.scope_changes],
            align="llllllr", widths=(11, 13, 9, 8, 20, 25, 14),
            total=[tr("Total"), "", "", "", "", "", fmt.signed_money(c.change_total_minor, c.currency)],
            empty=tr("The agreement has not changed since it started."))
    if c.original_budget_minor:
        over = c.overrun_minor or 0
        share = f" ({fmt.percent(c.budget.overrun_percent)})"
        r.facts([
            (tr("Original budget"), money(c.original_budget_minor)),
            (tr("Budget now"), money(c.current_budget_minor)),
            (figure("paid"), fmt.totals(c.money.paid) if c.money.paid else money(0)),
            (tr("Over budget by"), (money(over) + share) if over else tr("not over")),
        ])
    else:
        r.facts([(tr("Original budget"), tr("not set"))])

    r.section(tr("Money"))
    r.facts([(figure(key), fmt.totals(c.money.get(key)) if c.money.get(key) else money(0)) for key in MONEY_FIGURES])

    r.section(tr("Milestones"))
    r.table([tr("Milestone"), tr("Amount"), tr("Due"), tr("Status"), tr("Approved"), tr("Paid")],
            [[m.title, fmt.money(m.amount_minor, m.currency), fmt.date(m.due_on), word(m.status),
              fmt.date(m.approved_on), fmt.date(m.paid_on)] for m in c.milestones],
            align="lrllll", widths=(36, 14, 12, 12, 13, 13), empty=tr("No milestones."))

    r.section(tr("Hours per week"))
    if c.weekly_hours:
        r.chart(BarChart(
            [fmt.date(week) for week, _ in c.weekly_hours],
            [Series(tr("Hours logged"), [m / 60 for _, m in c.weekly_hours], colour(0))],
            value_label=lambda v: fmt.number(v),
            limits=[limit / 60 if limit else None for limit in c.weekly_limits],
            limit_label=tr("Weekly limit in force each week")))
        over = [(w, m) for (w, m), limit in zip(c.weekly_hours, c.weekly_limits, strict=True) if limit and m > limit]
        total = sum(m for _, m in c.weekly_hours)
        text = tr("{hours} over %n week(s).", len(c.weekly_hours)).format(hours=fmt.hours(total))
        if over:
            text += " " + tr("Over the limit in %n week(s): {weeks}.", len(over)).format(
                weeks=", ".join(f"{fmt.date(w)} ({fmt.hours(m)})" for w, m in over[:8])
                + (tr(" and {n} more").format(n=len(over) - 8) if len(over) > 8 else ""))
        r.paragraph(text)
    else:
        r.empty(tr("No hours logged."))

    r.section(tr("Payments by kind"))
    r.table([tr("Kind"), tr("Payments"), tr("Total")],
            [[word(kind), fmt.number(n), fmt.money(minor, cur)] for kind, cur, n, minor in c.payments_by_kind],
            align="lrr", widths=(40, 20, 40),
            total=[figure("total"), fmt.number(sum(n for _, _, n, _ in c.payments_by_kind)), fmt.totals(c.money.total)],
            empty=tr("No payments yet."))

    r.section(tr("Corrections"))
    r.table([tr("When"), tr("Change"), tr("It said"), tr("Now"), tr("Why")],
            [[fmt.date(x.changed_at.date()), word(x.action), _payment_text(fmt, x.was_kind, x.was_amount_minor,
                                                                         x.currency, x.was_paid_on),
              _payment_text(fmt, x.now_kind, x.now_amount_minor, x.currency, x.now_paid_on) if x.now_kind else DASH,
              x.reason] for x in c.corrections],
            align="lllll", widths=(12, 12, 27, 27, 22),
            empty=tr("No payment has been corrected or removed."))

    r.section(tr("Files shared"))
    r.table([tr("File"), tr("Direction"), tr("Date"), tr("SHA-256")],
            [[f.name + ("" if f.sensitivity == "normal" else f" ({word(f.sensitivity)})"), word(f.direction),
              fmt.date(f.shared_on), f.sha256] for f in c.files],
            align="llll", widths=(34, 14, 12, 40), empty=tr("No files shared."))

    r.section(tr("Feedback"))
    r.table([tr("Direction"), tr("Date"), tr("Stars"), tr("Comment")],
            [[word(f.direction), fmt.date(f.given_on), "★" * f.score + "☆" * (5 - f.score), f.comment]
             for f in c.feedback],
            align="llll", widths=(18, 12, 12, 58), empty=tr("No public feedback recorded."))
    for review in c.private_reviews:
        r.subsection((tr("Check-in {date}") if review.is_checkin else tr("Private review {date}")).format(
            date=fmt.date(review.reviewed_on)))
        r.facts([(tr(CRITERIA_WORDS[k]), f"{review.scores[k]}/5") for k in REVIEW_CRITERIA]
                + [(tr("Would rehire"), word(review.would_rehire)),
                   (tr("Would recommend"), f"{review.recommend}/10")], columns=3)
        if review.end_reason:
            r.paragraph(tr("Why it ended: {text}").format(text=review.end_reason))
        if review.notes:
            r.paragraph(review.notes)
    if not c.private_reviews:
        r.empty(tr("No private review yet."))

    r.section(tr("Offboarding"))
    r.table([tr("Done"), tr("Item"), tr("Kind"), tr("Done on")],
            [["☑" if o.done_on else "☐", o.label, word(o.kind), fmt.date(o.done_on)] for o in c.offboarding],
            align="cllll", widths=(7, 55, 20, 18),
            empty=tr("No offboarding checklist (it starts when the contract ends)."))
    if c.grants:
        r.subsection(tr("Access and equipment still open"))
        r.table([tr("System"), tr("Kind"), tr("Tier"), tr("Granted"), tr("Revoke by")],
                [[g.system, word(g.kind), word(g.tier), fmt.date(g.granted_on), fmt.date(g.revoke_by)]
                 for g in c.grants], align="lllll", widths=(40, 15, 15, 15, 15))
    return r
