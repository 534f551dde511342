"""The contract summary: terms, scope and its changes, money, hours, files, feedback, offboarding.

``build`` lists the sections in reading order; each section is one small function of its own.
"""
from __future__ import annotations

import datetime as dt

from ..services import labels as words
from ..services.contracts import REVIEW_CRITERIA
from ..services.report_data import ContractSummary, PrivateReviewLine
from .charts import BarChart, Series, colour
from .document import Report
from .fmt import DASH, Formatter, tr
from .labels import MONEY_FIGURES, figure, word

CRITERIA_WORDS = {
    "skills": "Skills", "quality": "Quality", "availability": "Availability", "deadlines": "Deadlines",
    "communication": "Communication", "cooperation": "Cooperation",
}
OVER_LIMIT_LISTED = 8  # weeks over the limit named one by one; the rest are counted


def build(c: ContractSummary, fmt: Formatter, today: dt.date | None = None) -> Report:
    r = Report(tr("Contract summary"), c.title, fmt)
    _terms(r, c, fmt)
    _terms_over_time(r, c, fmt, today or dt.date.today())
    _utilisation(r, c, fmt)
    _scope(r, c)
    _scope_changes(r, c, fmt)
    _budget(r, c, fmt)
    _money(r, c, fmt)
    _milestones(r, c, fmt)
    _hours(r, c, fmt)
    _payments(r, c, fmt)
    _corrections(r, c, fmt)
    _files(r, c, fmt)
    _feedback(r, c, fmt)
    _private_reviews(r, c, fmt)
    _offboarding(r, c, fmt)
    _open_grants(r, c, fmt)
    return r


# -- the terms --------------------------------------------------------------------------------------

def _hours_or(hours: int | None, otherwise: str = DASH) -> str:
    return tr("{n} h").format(n=hours) if hours else otherwise


def _money_or(fmt: Formatter, minor: int | None, currency: str, otherwise: str = DASH) -> str:
    return fmt.money(minor, currency) if minor else otherwise


def _rate_text(c: ContractSummary, fmt: Formatter) -> str:
    per = {"hourly": tr(" per hour"), "retainer": tr(" per hour equivalent")}.get(c.kind, "")
    return fmt.money(c.rate_minor, c.currency) + per


def _kind_text(c: ContractSummary) -> str:
    return word(c.kind) + (tr(" · test project") if c.is_test_project else "")


def _terms(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.heading(c.title, tr("with {name}").format(name=c.talent_name))
    no_limit = tr("none") if c.kind == "hourly" else ""  # only an hourly contract's limit can be missing
    r.facts([
        (tr("Kind"), _kind_text(c)),
        (tr("Status"), word(c.status)),
        (tr("Price") if c.kind == "fixed" else tr("Rate"), _rate_text(c, fmt)),
        (tr("Weekly limit"), _hours_or(c.weekly_limit_hours, no_limit)),
        (tr("Weekly payment"), _money_or(fmt, c.weekly_payment_minor, c.currency, "")),
        (tr("Start"), fmt.date(c.start_date)),
        (tr("End"), fmt.date(c.end_date)),
        (tr("Platform"), " ".join(x for x in (c.platform, c.external_id) if x)),
        (tr("Renews"), c.renews_title),
        (tr("Test decision"), word(c.test_decision)),
        (tr("Why it ended"), c.end_reason),
    ])


def _terms_over_time(r: Report, c: ContractSummary, fmt: Formatter, today: dt.date) -> None:
    if len(c.terms_history) <= 1:
        return
    r.subsection(tr("Terms over time"))
    r.table([tr("From"), tr("Rate"), tr("Weekly limit"), tr("Weekly payment")],
            [[fmt.date(t.effective_on) + (tr(" (scheduled)") if t.effective_on > today else ""),
              fmt.money(t.rate_minor, c.currency), _hours_or(t.weekly_limit_hours),
              _money_or(fmt, t.weekly_payment_minor, c.currency)] for t in c.terms_history],
            align="lrrr", widths=(25, 25, 25, 25))


def _utilisation(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    if not c.utilisation:
        return
    r.subsection(tr("Retainer utilisation"))
    r.table([tr("Period"), tr("Hours used"), tr("Hours bought"), tr("Used")],
            [[tr("This week so far") if u.weeks == 0 else tr("Last %n week(s)", u.weeks),
              fmt.hours(u.used_minutes), fmt.hours(u.bought_minutes),
              DASH if u.percent is None else fmt.percent(u.percent)] for u in c.utilisation],
            align="lrrr", widths=(34, 22, 22, 22))


# -- scope and budget -------------------------------------------------------------------------------

def _scope(r: Report, c: ContractSummary) -> None:
    r.section(tr("Scope of work"))
    if c.scope.strip():
        r.paragraph(c.scope)
    else:
        r.empty(tr("No written scope of work."))


def _ledger_value(fmt: Formatter, kind: str, value: str) -> str:
    if not value:
        return DASH
    return word(value) if words.ledger_values(kind) is not None else fmt.dates.recorded(value)


def _before_after(ch, fmt: Formatter) -> str:
    text = f"{_ledger_value(fmt, ch.kind, ch.before)} → {_ledger_value(fmt, ch.kind, ch.after)}"
    if ch.effective_on:
        text += " " + tr("from {day}").format(day=fmt.date(ch.effective_on))
    return text


def _scope_changes(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Scope changes and budget"))
    r.table([tr("When"), tr("Change"), tr("Asked by"), tr("Agreed"), tr("Before → after"), tr("Reason"), tr("Cost")],
            [[fmt.date(ch.happened_at.date()), word(ch.kind), word(ch.requested_by), word("yes" if ch.agreed else "no"),
              _before_after(ch, fmt), ch.reason, fmt.signed_money(ch.cost_delta_minor, ch.currency)]
             for ch in c.scope_changes],
            align="llllllr", widths=(11, 13, 9, 8, 20, 25, 14),
            total=[tr("Total"), "", "", "", "", "", fmt.signed_money(c.change_total_minor, c.currency)],
            empty=tr("The agreement has not changed since it started."))


def _budget(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    if not c.original_budget_minor:
        r.facts([(tr("Original budget"), tr("not set"))])
        return
    over = c.overrun_minor or 0
    over_text = f"{fmt.money(over, c.currency)} ({fmt.percent(c.budget.overrun_percent)})" if over else tr("not over")
    r.facts([
        (tr("Original budget"), fmt.money(c.original_budget_minor, c.currency)),
        (tr("Budget now"), fmt.money(c.current_budget_minor, c.currency)),
        (figure("paid"), _totals_or_zero(c, fmt, "paid")),
        (tr("Over budget by"), over_text),
    ])


def _totals_or_zero(c: ContractSummary, fmt: Formatter, key: str) -> str:
    totals = c.money.get(key)
    return fmt.totals(totals) if totals else fmt.money(0, c.currency)


def _money(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Money"))
    r.facts([(figure(key), _totals_or_zero(c, fmt, key)) for key in MONEY_FIGURES])


def _milestones(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Milestones"))
    r.table([tr("Milestone"), tr("Amount"), tr("Due"), tr("Status"), tr("Approved"), tr("Paid")],
            [[m.title, fmt.money(m.amount_minor, m.currency), fmt.date(m.due_on), word(m.status),
              fmt.date(m.approved_on), fmt.date(m.paid_on)] for m in c.milestones],
            align="lrllll", widths=(36, 14, 12, 12, 13, 13), empty=tr("No milestones."))


# -- hours and payments -----------------------------------------------------------------------------

def _hours(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Hours per week"))
    if not c.weekly_hours:
        r.empty(tr("No hours logged."))
        return
    r.chart(BarChart(
        [fmt.date(week) for week, _ in c.weekly_hours],
        [Series(tr("Hours logged"), [m / 60 for _, m in c.weekly_hours], colour(0))],
        value_label=lambda v: fmt.number(v),
        limits=[limit / 60 if limit else None for limit in c.weekly_limits],
        limit_label=tr("Weekly limit in force each week")))
    total = sum(m for _, m in c.weekly_hours)
    text = tr("{hours} over %n week(s).", len(c.weekly_hours)).format(hours=fmt.hours(total))
    r.paragraph(" ".join(x for x in (text, _over_limit_text(c, fmt)) if x))


def _over_limit_text(c: ContractSummary, fmt: Formatter) -> str:
    over = [(w, m) for (w, m), limit in zip(c.weekly_hours, c.weekly_limits, strict=True) if limit and m > limit]
    if not over:
        return ""
    named = ", ".join(f"{fmt.date(w)} ({fmt.hours(m)})" for w, m in over[:OVER_LIMIT_LISTED])
    rest = len(over) - OVER_LIMIT_LISTED
    if rest > 0:
        named += tr(" and {n} more").format(n=rest)
    return tr("Over the limit in %n week(s): {weeks}.", len(over)).format(weeks=named)


def _payments(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Payments by kind"))
    r.table([tr("Kind"), tr("Payments"), tr("Total")],
            [[word(kind), fmt.number(n), fmt.money(minor, cur)] for kind, cur, n, minor in c.payments_by_kind],
            align="lrr", widths=(40, 20, 40),
            total=[figure("total"), fmt.number(sum(n for _, _, n, _ in c.payments_by_kind)), fmt.totals(c.money.total)],
            empty=tr("No payments yet."))


def _payment_text(fmt: Formatter, kind: str | None, minor: int | None, currency: str, paid_on) -> str:
    if not kind:
        return DASH  # the payment was removed: nothing stands now
    return tr("{kind} {amount} on {day}").format(kind=word(kind), amount=fmt.money(minor, currency),
                                                 day=fmt.date(paid_on))


def _corrections(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Corrections"))
    r.table([tr("When"), tr("Change"), tr("It said"), tr("Now"), tr("Why")],
            [[fmt.date(x.changed_at.date() if x.changed_at else None), word(x.action),
              _payment_text(fmt, x.was_kind, x.was_amount_minor, x.currency, x.was_paid_on),
              _payment_text(fmt, x.now_kind, x.now_amount_minor, x.currency, x.now_paid_on),
              x.reason] for x in c.corrections],
            align="lllll", widths=(12, 12, 27, 27, 22),
            empty=tr("No payment has been corrected or removed."))


# -- files, feedback, offboarding -------------------------------------------------------------------

def _file_name(f) -> str:
    return f.name if f.sensitivity == "normal" else f"{f.name} ({word(f.sensitivity)})"


def _files(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Files shared"))
    r.table([tr("File"), tr("Direction"), tr("Date"), tr("SHA-256")],
            [[_file_name(f), word(f.direction), fmt.date(f.shared_on), f.sha256] for f in c.files],
            align="llll", widths=(34, 14, 12, 40), empty=tr("No files shared."))


def _feedback(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Feedback"))
    r.table([tr("Direction"), tr("Date"), tr("Stars"), tr("Comment")],
            [[word(f.direction), fmt.date(f.given_on), "★" * f.score + "☆" * (5 - f.score), f.comment]
             for f in c.feedback],
            align="llll", widths=(18, 12, 12, 58), empty=tr("No public feedback recorded."))


def _private_reviews(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    for review in c.private_reviews:
        _private_review(r, review, fmt)
    if not c.private_reviews:
        r.empty(tr("No private review yet."))


def _private_review(r: Report, review: PrivateReviewLine, fmt: Formatter) -> None:
    title = tr("Check-in {date}") if review.is_checkin else tr("Private review {date}")
    r.subsection(title.format(date=fmt.date(review.reviewed_on)))
    r.facts([(tr(CRITERIA_WORDS[k]), f"{review.scores[k]}/5") for k in REVIEW_CRITERIA]
            + [(tr("Would rehire"), word(review.would_rehire)),
               (tr("Would recommend"), f"{review.recommend}/10")], columns=3)
    if review.end_reason:
        r.paragraph(tr("Why it ended: {text}").format(text=review.end_reason))
    if review.notes:
        r.paragraph(review.notes)


def _offboarding(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    r.section(tr("Offboarding"))
    r.table([tr("Done"), tr("Item"), tr("Kind"), tr("Done on")],
            [["☑" if o.done_on else "☐", o.label, word(o.kind), fmt.date(o.done_on)] for o in c.offboarding],
            align="cllll", widths=(7, 55, 20, 18),
            empty=tr("No offboarding checklist (it starts when the contract ends)."))


def _open_grants(r: Report, c: ContractSummary, fmt: Formatter) -> None:
    if not c.grants:
        return
    r.subsection(tr("Access and equipment still open"))
    r.table([tr("System"), tr("Kind"), tr("Tier"), tr("Granted"), tr("Revoke by")],
            [[g.system, word(g.kind), word(g.tier), fmt.date(g.granted_on), fmt.date(g.revoke_by)]
             for g in c.grants], align="lllll", widths=(40, 15, 15, 15, 15))
