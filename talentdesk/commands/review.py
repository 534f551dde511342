"""``talentdesk review --list [--json]``: the current review queue, headless."""
from __future__ import annotations

import datetime as dt
import json

from .words import tr


def register(sub) -> None:
    p = sub.add_parser("review", help="print the review queue",
                       description="Print the relationships that need a decision now (what a review session "
                       "would show): rule, person, contract, reason and due date. Snoozed and dismissed cards "
                       "are left out, as in the window.")
    p.add_argument("--list", action="store_true", required=True, help="print the current queue")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of {rule, person, contract, reason, due, subject, facts}, ending with "
                        "a card of rule \"my_record\": my own record as a client over the last 12 months "
                        "(the figures of the review screen's My record page)")
    p.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="compute the queue as of this day (default: today)")
    p.set_defaults(handler=run)


def rows(today: dt.date | None = None) -> list[dict]:
    from ..services import review_session

    return [
        {"rule": card.rule, "person": card.talent_name, "contract": card.contract_title, "reason": card.reason,
         "due": card.due.isoformat() if card.due else None, "subject": card.subject, "facts": card.facts}
        for card in review_session.queue(today)
    ]


def record_card(today: dt.date | None = None) -> dict:
    """My record as a client, as one more card of the JSON: its facts are the figures (services/my_record.py)."""
    from ..services import my_record, settings

    found = my_record.record(my_record.DEFAULT_MONTHS, today)
    period = found.period
    return {"rule": "my_record", "person": str(settings.get("user_name") or ""), "contract": "",
            "reason": f"My record as a client from {period.start.isoformat()} to {period.end.isoformat()}, "
                      "with each figure's value in the period before.",
            "due": None, "subject": "me", "facts": found.plain()}


def run(args) -> int:
    from ..cli import open_folder

    db = open_folder(args, write=False)
    try:
        found = rows(args.today)
        record = record_card(args.today) if args.json else None
    finally:
        db.close()
    if args.json:
        print(json.dumps([*found, record], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(tr("Nothing to review: the queue is empty."))
        return 0
    widths = {key: min(28, max(len(key), *(len(r[key] or "") for r in found))) for key in ("rule", "person", "contract")}
    print(f"{'due':<10}  {'rule':<{widths['rule']}}  {'person':<{widths['person']}}  "
          f"{'contract':<{widths['contract']}}  reason")
    for r in found:
        cells = [(r[key] or "")[: widths[key]].ljust(widths[key]) for key in ("rule", "person", "contract")]
        print(f"{r['due'] or '':<10}  {'  '.join(cells)}  {r['reason']}")
    print("\n" + tr("%n card(s) in the queue.", len(found)))
    return 0
