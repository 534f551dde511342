"""The person dossier: who they are, what we did together, what it cost, how it went.

``build`` lists the sections in reading order; each section is one small function of its own.
A chart and the table beside it run the same way in time: oldest first (left to right, top to bottom).
"""
from __future__ import annotations

import datetime as dt

from ..services.money import exponent
from ..services.report_data import Dossier
from .charts import BarChart, LineChart, Series, colour
from .document import Report
from .fmt import DASH, Formatter, tr
from .labels import MONEY_FIGURES, figure, word


def build(d: Dossier, fmt: Formatter) -> Report:
    r = Report(tr("Person dossier"), d.name, fmt)
    _profile(r, d, fmt)
    _contracts(r, d, fmt)
    _engagements(r, d, fmt)
    _spend_per_year(r, d, fmt)
    _rates(r, d, fmt)
    _reviews(r, d, fmt)
    _appreciation(r, d, fmt)
    _open_grants(r, d, fmt)
    _documents(r, d, fmt)
    _notes(r, d)
    return r


# -- who they are -----------------------------------------------------------------------------------

def _status_text(d: Dossier) -> str:
    text = word(d.bench_status)
    if d.status_reason:
        text += f" — {d.status_reason}"
    if d.favourite:
        text += tr(" · favourite")
    return text


def _every_days(n: int | None) -> str:
    return tr("every %n day(s)", n) if n else ""


def _profile(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.heading(d.name, d.headline)
    start, end = d.working_hours
    r.facts([
        (tr("Bench status"), _status_text(d)),
        (tr("Location"), d.location),
        (tr("Time zone"), d.timezone),
        (tr("Working hours"), tr("{start}–{end} their time").format(start=fmt.clock(start), end=fmt.clock(end))),
        (tr("Languages"), d.languages),
        (tr("Prefers"), word(d.preferred_channel)),
        (tr("Replies within"), "" if d.response_hours is None else tr("{n} h").format(n=d.response_hours)),
        (tr("Stay in touch"), _every_days(d.stay_in_touch_days)),
        (tr("Last contact"), fmt.date(d.last_contact) if d.last_contact else tr("never logged")),
        (tr("Contracts"), fmt.number(len(d.contracts))),
    ])
    r.facts([(figure(key), fmt.totals(d.money.get(key))) for key in MONEY_FIGURES])
    if d.home is not None and d.money.currencies not in ([], [d.home.home]):
        r.facts(fmt.home_facts(d.home))
    if d.skills:
        r.facts([(tr("Skills"), ", ".join(f"{name} ({level}/5)" for name, level in d.skills))], columns=1)
    if d.channels:
        r.facts([(tr("Reach them"), "; ".join(_channel_text(*channel) for channel in d.channels))], columns=1)


def _channel_text(kind: str, label: str, value: str, preferred: bool) -> str:
    name = f"{word(kind)} ({label})" if label else word(kind)
    return f"{name}: {value}" + (" ★" if preferred else "")


# -- what we did together ---------------------------------------------------------------------------

def _contracts(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Contracts"))
    r.table(
        [tr("Contract"), tr("Kind"), tr("Status"), tr("Start"), tr("End"), tr("Rate"), figure("paid"),
         figure("total")],
        [[c.title, word(c.kind), word(c.status), fmt.date(c.start_date), fmt.date(c.end_date),
          fmt.money(c.rate_minor, c.currency), fmt.totals(c.money.paid), fmt.totals(c.money.total)]
         for c in d.contracts],
        align="lllllrrr", widths=(23, 10, 8, 11, 11, 11, 13, 13),
        total=[tr("Total"), "", "", "", "", "", fmt.totals(d.money.paid), fmt.totals(d.money.total)],
        empty=tr("No contracts yet."))


def _reviews_text(total, fmt: Formatter) -> str:
    if not total.review_count:
        return DASH
    return tr("{n}, average {avg}").format(n=total.review_count, avg=fmt.number(total.review_average, 1))


def _engagements(r: Report, d: Dossier, fmt: Formatter) -> None:
    if not d.engagements:
        return
    r.subsection(tr("Engagements (contracts linked by renewals)"))
    r.table(
        [tr("Contracts"), tr("From"), tr("To"), tr("Days"), figure("paid"), tr("Reviews")],
        [[" → ".join(e.titles), fmt.date(e.total.first_day), fmt.date(e.total.last_day),
          fmt.number(e.total.days), fmt.totals(e.total.paid), _reviews_text(e.total, fmt)] for e in d.engagements],
        align="lllrrr", widths=(36, 12, 12, 8, 16, 16))


def _spend_per_year(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Spend per year"))
    if not d.spend_by_year:
        r.empty(tr("Nothing paid yet."))
        return
    years = sorted(d.spend_by_year)  # oldest first in the chart and in the table
    if len(years) > 1:
        main = max(d.money.currencies, key=lambda cur: abs(d.money.total.get(cur, 0)))
        r.chart(BarChart(
            [str(y) for y in years],
            [Series("", [d.spend_by_year[y].total.get(main, 0) / 10 ** exponent(main) for y in years], colour(0))],
            value_label=fmt.compact, aspect=0.22,
            title=tr("{figure} per year ({currency})").format(figure=figure("total"), currency=main)))
    r.table([tr("Year"), tr("Currency")] + [figure(key) for key in MONEY_FIGURES],
            [[str(y), cur] + [fmt.money(d.spend_by_year[y].get(key).get(cur, 0), cur) for key in MONEY_FIGURES]
             for y in years for cur in d.spend_by_year[y].currencies],
            align="llrrrr", widths=(10, 10, 20, 20, 20, 20))


def _rates(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Rate history"))
    r.table([tr("From"), tr("Rate"), tr("For"), tr("Note")],
            [[fmt.date(x.effective_on), fmt.money(x.amount_minor, x.currency),
              x.contract_title or tr("Their rate"), x.note] for x in d.rates],
            align="lrll", widths=(14, 18, 30, 38), empty=tr("No rates recorded."))


# -- how it went ------------------------------------------------------------------------------------

def _reviews(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Reviews"))
    if not (d.reviews or d.feedback_given or d.comments):
        r.empty(tr("No reviews or feedback yet."))
        return
    if d.reviews or d.feedback_given:
        _review_chart(r, d, fmt)
    if d.reviews:
        last = d.reviews[-1]
        r.paragraph(tr("Latest private review {date}: {avg} of 5 on average; would rehire: {rehire}.").format(
            date=fmt.date(last.day), avg=fmt.number(last.average, 1), rehire=word(last.would_rehire)))
    _comments(r, d, fmt)


def _comments(r: Report, d: Dossier, fmt: Formatter) -> None:
    """The latest comments, newest first: a list of what was said lately, not the trend (the chart is that)."""
    if not d.comments:
        return
    r.subsection(tr("Latest comments"))
    r.table([tr("Date"), tr("From"), tr("Score"), tr("Comment")],
            [[fmt.date(c.day), word(c.source), DASH if c.score is None else fmt.number(c.score, 1),
              c.text + (f"\n({c.contract_title})" if c.contract_title else "")] for c in d.comments],
            align="llrl", widths=(13, 17, 8, 62))


def _appreciation(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Appreciation given"))
    r.table([tr("Date"), tr("Kind"), tr("What"), tr("Contract")],
            [[fmt.date(a.day), word(a.kind), a.what, a.contract_title] for a in d.appreciations],
            align="llll", widths=(13, 17, 45, 25), empty=tr("No appreciation recorded yet."))


def _open_grants(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Open access and equipment"))
    r.table([tr("System"), tr("Kind"), tr("Tier"), tr("Granted"), tr("Revoke by"), tr("Contract")],
            [[g.system, word(g.kind), word(g.tier), fmt.date(g.granted_on), fmt.date(g.revoke_by),
              f"{g.contract_title} ({word(g.contract_status)})"] for g in d.open_grants],
            align="llllll", widths=(24, 13, 8, 12, 12, 31), empty=tr("Nothing open: no access or equipment outstanding."))


def _documents(r: Report, d: Dossier, fmt: Formatter) -> None:
    r.section(tr("Documents on file"))
    r.table([tr("Document"), tr("Kind"), tr("Shared"), tr("Expires"), tr("Contract")],
            [[x.name, word(x.document_kind), fmt.date(x.shared_on), fmt.date(x.expires_on),
              x.contract_title or tr("(the person's own)")] for x in d.documents],
            align="lllll", widths=(32, 13, 13, 13, 29), empty=tr("No agreements, NDAs or insurance on file."))


def _notes(r: Report, d: Dossier) -> None:
    if d.notes:
        r.section(tr("Notes"))
        r.paragraph(d.notes)


def _review_chart(r: Report, d: Dossier, fmt: Formatter) -> None:
    series = []
    if d.reviews:
        points = _by_quarter([(p.day, p.average) for p in d.reviews])
        series.append(Series(tr("Private review (average)"), [v for _, v in points], colour(0), [x for x, _ in points]))
    if d.feedback_given:
        points = _by_quarter([(day, float(s)) for day, s in d.feedback_given])
        series.append(Series(tr("Public feedback given"), [v for _, v in points], colour(1), [x for x, _ in points]))
    days = [p.day for p in d.reviews] + [day for day, _ in d.feedback_given]
    first, last = min(days), max(days)
    if last.year > first.year:
        ticks = [(float(dt.date(y, 1, 1).toordinal()), str(y)) for y in range(first.year, last.year + 1)]
    else:
        ticks = [(float(first.toordinal()), fmt.date(first))]
        if last != first:
            ticks.append((float(last.toordinal()), fmt.date(last)))
    r.chart(LineChart(series, ticks, (1, 5), [1, 2, 3, 4, 5], value_label=lambda v: fmt.number(v),
                      title=tr("Review trend (1–5)")))


TREND_POINTS = 30


def _by_quarter(points: list[tuple[dt.date, float]]) -> list[tuple[float, float]]:
    """Each review as a point; past TREND_POINTS, the mean of each calendar quarter (a readable trend)."""
    if len(points) <= TREND_POINTS:
        return [(float(day.toordinal()), value) for day, value in points]
    quarters: dict[tuple[int, int], list[float]] = {}
    for day, value in points:
        quarters.setdefault((day.year, (day.month - 1) // 3), []).append(value)
    return [(float(dt.date(year, q * 3 + 2, 15).toordinal()), sum(values) / len(values))
            for (year, q), values in sorted(quarters.items())]
