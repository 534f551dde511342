"""``talentdesk plan …``: the team planner, headless — the same proposals the planner screen shows.

    talentdesk plan --skill "Python:4" --skill dbt --hours 20 --from 2027-01-04 --to 2027-03-26 \\
        --overlap 3 --budget 6000EUR [--max-rate 80EUR] [--json]
"""
from __future__ import annotations

import datetime as dt
import json

from . import words
from .words import tr


def register(sub) -> None:
    p = sub.add_parser("plan", help="who can do a piece of work: ranked people and small teams",
                       description="Rank the people (and teams of up to three) who can do the described work: skills "
                       "at a level, free hours a week in the period, overlap with your working day, cost against a "
                       "budget or a maximum rate. Constraints nobody meets are named with the nearest alternatives.")
    p.add_argument("--skill", action="append", required=True, metavar="NAME[:LEVEL]",
                   help="a skill the work needs, with its minimum level 1–5 (repeat for more)")
    p.add_argument("--hours", type=int, required=True, help="hours a week the work needs")
    p.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--overlap", type=float, default=0, metavar="HOURS",
                   help="hours a day the work must overlap with your working day (default: 0)")
    p.add_argument("--budget", metavar="AMOUNT[CUR]", help="the budget for the period, e.g. 6000EUR")
    p.add_argument("--max-rate", metavar="AMOUNT[CUR]", help="the highest rate an hour, e.g. 80EUR")
    p.add_argument("--currency", metavar="CUR", help="the plan's currency (default: the budget's, else the settings')")
    p.add_argument("--title", default="", help="what the work is called")
    p.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="plan as of this day")
    p.add_argument("--json", action="store_true", help="print the proposals and unmet constraints as JSON")
    p.set_defaults(handler=run)


def description(args):
    """The planner's description from the arguments (money and skills read by the planner's own rules)."""
    from ..services import planner, settings

    skills = planner.parse_skills(",".join(args.skill))
    currency = args.currency or settings.get("default_currency") or "USD"
    budget = max_rate = None
    if args.budget:
        budget, budget_currency = planner.parse_money(args.budget, "budget", currency)
        currency = args.currency or budget_currency
    if args.max_rate:
        max_rate, _ = planner.parse_money(args.max_rate, "maximum rate", currency)
    return planner.Description(skills, args.hours, args.start, args.end, round(args.overlap * 60), budget, max_rate,
                               currency.upper(), args.title)


def as_json(result) -> dict:
    from ..services import planner

    d: planner.Description = result.description
    return {
        "description": {"skills": [{"name": n.name, "min_level": n.min_level} for n in d.skills],
                        "hours_per_week": d.hours_per_week, "from": d.starts_on.isoformat(),
                        "to": d.ends_on.isoformat(), "overlap_minutes": d.overlap_minutes,
                        "budget_minor": d.budget_minor, "max_rate_minor": d.max_rate_minor, "currency": d.currency},
        "considered": result.considered,
        "availability_not_set": result.not_set,
        "proposals": [{
            "people": [{"name": m.candidate.name, "hours_per_week": m.hours_per_week,
                        "skills": [n.name for n in m.covers], "cost_minor": m.cost_minor,
                        "reasons": [str(r) for r in m.reasons], "risks": [str(r) for r in m.candidate.risks]}
                       for m in p.members],
            "cost_minor": p.cost_minor, "currency": p.currency, "reasons": [str(r) for r in p.reasons],
        } for p in result.proposals],
        "unmet": [{"constraint": u.code, "text": str(u.text),
                   "nearest": [{"name": a.name, "detail": str(a.detail)} for a in u.nearest]} for u in result.unmet],
    }


def text_lines(result) -> list[str]:
    """The proposals as lines to read, in the program's language (the JSON keeps the English)."""
    say = words.sentence
    lines: list[str] = []
    for number, p in enumerate(result.proposals, 1):
        kind = tr("team") if p.is_team else tr("one person")
        lines.append(f"{number}. {p.names} ({kind})" + (f" — {say(p.reasons[0])}" if p.reasons else ""))
        for reason in p.reasons[1:]:
            lines.append(f"     {say(reason)}")
        for m in p.members:
            if p.is_team:
                lines.append("   " + tr("{name}: {hours} h a week").format(name=m.candidate.name, hours=m.hours_per_week))
            lines.extend(f"     · {say(reason)}" for reason in m.reasons)
            lines.extend(f"     ! {say(risk)}" for risk in m.candidate.risks)
    if result.unmet:
        lines.append("" if lines else tr("No proposal meets the description."))
        for u in result.unmet:
            lines.append(tr("Not met: {what}").format(what=say(u.text)))
            for alt in u.nearest:
                lines.append("   " + tr("nearest: {name} — {detail}").format(name=alt.name, detail=say(alt.detail)))
    lines.append("")
    considered = tr("%n person(s) with the skills considered", result.considered)
    if result.not_set:
        considered = tr("{considered}; availability not set for {count}").format(considered=considered,
                                                                              count=result.not_set)
    lines.append(considered + ".")
    return lines


def run(args) -> int:
    from ..cli import open_folder
    from ..services import planner

    db = open_folder(args, write=False)
    try:
        result = planner.propose(description(args), args.today)
    finally:
        db.close()
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False, indent=2))
    else:
        print("\n".join(text_lines(result)))
    return 0
