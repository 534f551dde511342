"""CSV exports of every list: talents, contracts, payments, work log, messages, interactions, timeline, review.

Each list is one ordered query of services/lists.py (stable order, so the same data gives the same
bytes) streamed to ``csv_out.write_rows``. Money is written as a decimal amount beside its currency code.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from ..services import labels as words
from ..services import lists, money_figures, review_rules, stored
from ..services import talents as talent_service
from ..services.money import exponent
from . import csv_out

LISTS = ("talents", "contracts", "payments", "worklog", "messages", "interactions", "timeline", "review")


def _money(minor, currency) -> Decimal | None:
    if minor is None:
        return None
    return Decimal(minor).scaleb(-exponent(currency or "USD"))


def _talents(include_notes: bool = False, include_archived: bool = False):
    """Everyone but the people set aside (archived, do not rehire), and no private notes, unless asked."""
    header = ["uuid", "name", "headline", "location", "timezone", "languages", "bench status", "favourite",
              "emails", "phones", "skills", *(["notes"] if include_notes else []), "created"]
    # Statuses and kinds in words people read (services/labels.py); no importer reads them back as codes.
    rows = ((*r[:6], words.english(words.BENCH_STATUS, r[6]), bool(r[7]), *r[8:11],
             *([r[11]] if include_notes else []), stored.instant(r[12]))
            for r in lists.rows("talents") if include_archived or r[6] not in talent_service.SET_ASIDE_STATUSES)
    return header, rows, "talents"


_FIGURE_HEADERS = [money_figures.LABELS[f].lower() for f in money_figures.FIGURES]


def _contracts():
    # The money figures in the contract's currency, by their one definition (services/money_figures.py).
    header = ["uuid", "talent", "title", "kind", "status", "rate", "weekly payment", "currency", "weekly limit hours",
              "start", "end", "test project", "platform", "external id", *_FIGURE_HEADERS]
    rows = ((*r[:3], words.english(words.CONTRACT_KIND, r[3]), words.english(words.CONTRACT_STATUS, r[4]),
             _money(r[5], r[7]), _money(r[6], r[7]), r[7], r[8], stored.day(r[9]), stored.day(r[10]), bool(r[11]),
             r[12], r[13], *(_money(m, r[7]) for m in r[14:18])) for r in lists.rows("contracts"))
    return header, rows, "contracts"


def _payments():
    # "counts as": which money figure the payment adds to; "counted amount": in the currency it counts in.
    header = ["uuid", "paid on", "talent", "contract", "kind", "amount", "currency", "period start", "period end",
              "hours", "description", "reference", "source", "counts as", "counted amount", "counted currency"]
    # The kind in words; the payments importer reads the words back as well as the codes (csv_import.KIND_WORDS).
    rows = ((r[0], stored.day(r[1]), r[2], r[3], words.english(words.PAYMENT_KIND, r[4]), _money(r[5], r[6]), r[6], stored.day(r[7]), stored.day(r[8]),
             None if r[9] is None else (Decimal(r[9]) / 60).quantize(Decimal("0.01")), r[10], r[11], r[12],
             money_figures.LABELS[money_figures.figure_of(r[4])].lower(), _money(r[13], r[14]), r[14])
            for r in lists.rows("payments"))
    return header, rows, "payments"


def _worklog():
    header = ["uuid", "day", "talent", "contract", "hours", "note"]
    rows = ((r[0], stored.day(r[1]), r[2], r[3], (Decimal(r[4]) / 60).quantize(Decimal("0.01")), r[5]) for r in lists.rows("worklog"))
    return header, rows, "worklog"


def _messages():
    header = ["uuid", "sent at (UTC)", "talent", "contract", "author", "channel", "duration minutes", "body"]
    rows = ((r[0], stored.instant(r[1]), r[2], r[3], words.english(words.AUTHOR, r[4]),
             words.english(words.CHANNEL, r[5]), *r[6:]) for r in lists.rows("messages"))
    return header, rows, "messages"


def _interactions():
    """The person-level log: messages, calls, meetings and notes, contract or not."""
    header = ["uuid", "when (UTC)", "talent", "kind", "duration minutes", "text"]
    rows = ((r[0], stored.instant(r[1]), r[2], words.english(words.INTERACTION_KIND, r[3]), *r[4:])
            for r in lists.rows("interactions"))
    return header, rows, "interactions"


def _timeline():
    from ..services import timeline

    header = ["day", "kind", "talent", "contract", "score", "amount", "currency", "change", "text", "source"]
    rows = ((e.day, words.english(words.TIMELINE_EVENT, e.kind), e.talent_name, e.contract_title,
             None if e.score is None else Decimal(str(e.score)).normalize(),
             _money(e.amount_minor, e.currency) if e.amount_minor is not None and e.currency else None,
             e.currency, e.change, e.excerpt, words.english({}, e.source))  # "Scope change", not its table
            for e in timeline.iter_events(timeline.TimelineFilter()))
    return header, rows, None


def _review():
    """The review queue as it stands today: one row per card that needs a decision."""
    from ..services import review_session

    # The rule by its title and the facts as the sentence the card says (not the JSON they are kept in).
    header = ["due", "rule", "subject", "talent", "contract", "reason"]
    cards = review_session.queue()
    rows = ((c.due, review_rules.BY_NAME[c.rule].title if c.rule in review_rules.BY_NAME else words.english({}, c.rule),
             c.subject, c.talent_name, c.contract_title, c.reason) for c in cards)
    return header, rows, None


_BUILDERS = {"talents": _talents, "contracts": _contracts, "payments": _payments, "worklog": _worklog,
             "messages": _messages, "interactions": _interactions, "timeline": _timeline, "review": _review}


def export_csv(name: str, out: Path, *, include_notes: bool = False, include_archived: bool = False,
               report: Callable[[float, str], None] | None = None) -> int:
    """Write one list as CSV; returns the number of rows. The options choose what the list of people holds."""
    if name not in _BUILDERS:
        from .report import InterchangeError

        raise InterchangeError(f"there is no list called “{name}”; choose one of {', '.join(LISTS)}")
    options = {"include_notes": include_notes, "include_archived": include_archived} if name == "talents" else {}
    header, rows, table = _BUILDERS[name](**options)
    total = None
    if report and table:
        total = lists.count(table)
    with lists.snapshot():  # one snapshot: rows written during the export do not half-appear
        return csv_out.write_rows(Path(out), header, rows, report=report, total=total)
