"""The words and numbers of "my record" as a reader sees them: one place for the page, the PDF and the tests.

The figures themselves come from services/my_record.py; this only writes them with the locale's numbers
(reports/fmt.py) and Qt's translations, so the "My record" page and the "working with me" PDF say the same.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.my_record import LOWER_IS_BETTER, Figure, Item
from .fmt import DASH, Formatter


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("record", text, "", n)


def title(key: str) -> str:
    return {
        "approval_days": tr("Submission to approval"),
        "payment_days": tr("Submission to payment"),
        "hourly_on_time": tr("Hourly weeks paid on time"),
        "answer_minutes": tr("My answer time"),
        "feedback_score": tr("Feedback I received"),
        "rehire_share": tr("People hired more than once"),
        "relationship_days": tr("Average relationship"),
        "ended_by": tr("Contracts ended"),
        "thanks_per_contract": tr("Bonuses and thanks per contract"),
    }[key]


def explanation(key: str) -> str:
    """What the figure counts, for a tooltip."""
    return {
        "approval_days": tr("Median days from a milestone's submission to your approval. A milestone not approved "
                            "within 14 days was released by the marketplace and counts as 14 days."),
        "payment_days": tr("Median days from a milestone's submission to its payment."),
        "hourly_on_time": tr("Hourly weeks whose payment went out within the days set in the settings after the "
                             "week ended."),
        "answer_minutes": tr("Median working time you took to answer their first message since your last one, "
                             "counted in the working hours of either side, weekends left out."),
        "feedback_score": tr("The average of the feedback people gave you, and their comments."),
        "rehire_share": tr("Of the people with a contract running in the period, the share you hired again "
                           "(a renewal is the same engagement)."),
        "relationship_days": tr("From someone's first contract to their last one's end, on average."),
        "ended_by": tr("Contracts that ended in the period: who ended them, and why."),
        "thanks_per_contract": tr("Bonuses and praise given in the period, per contract running in it."),
    }[key]


def empty(key: str) -> str:
    """What a figure with nothing to count says instead of a number."""
    return {
        "approval_days": tr("No milestone submitted in this period"),
        "payment_days": tr("No milestone submitted in this period"),
        "hourly_on_time": tr("No hourly week paid in this period"),
        "answer_minutes": tr("No answered message from them in this period"),
        "feedback_score": tr("No feedback received in this period"),
        "rehire_share": tr("Nobody worked with in this period"),
        "relationship_days": tr("Nobody worked with in this period"),
        "ended_by": tr("No contract ended in this period"),
        "thanks_per_contract": tr("No contract running in this period"),
    }[key]


def days(value: float, fmt: Formatter, decimals: int = 1) -> str:
    shown = round(value, decimals)
    if float(shown).is_integer():
        return tr("%n day(s)", int(shown))
    # A fraction takes the form of many ("5.5 days"): the form for 2, with the number put in its place.
    return tr("%n day(s)", 2).replace(fmt.number(2), fmt.number(value, decimals), 1)


def duration(minutes: float, fmt: Formatter) -> str:
    whole = int(round(minutes))
    hours, rest = divmod(whole, 60)
    if not hours:
        return tr("{minutes} min").format(minutes=fmt.number(rest))
    if not rest:
        return tr("{hours} h").format(hours=fmt.number(hours))
    return tr("{hours} h {minutes} min").format(hours=fmt.number(hours), minutes=fmt.number(rest))


def value(key: str, number: float | None, fmt: Formatter, extra: dict | None = None) -> str:
    """A figure's value in its unit; DASH when there is none."""
    if number is None:
        return DASH
    if key in ("approval_days", "payment_days"):
        return days(number, fmt)
    if key == "relationship_days":
        return days(number, fmt, 0)
    if key in ("hourly_on_time", "rehire_share"):
        return fmt.percent(number)
    if key == "answer_minutes":
        return duration(number, fmt)
    if key == "feedback_score":
        return tr("{score} of 5").format(score=fmt.number(number, 1))
    if key == "ended_by":
        extra = extra or {}
        return tr("{me} by me · {them} by them").format(me=fmt.number(extra.get("me", number)),
                                                         them=fmt.number(extra.get("them", 0)))
    return fmt.number(number, 1)


def figure_value(f: Figure, fmt: Formatter) -> str:
    return value(f.key, f.value, fmt, f.extra)


def basis(f: Figure, fmt: Formatter) -> str:
    """What the figure was counted from, in a short line."""
    if f.value is None:
        return empty(f.key)
    extra = f.extra
    lines = {
        "approval_days": lambda: tr("%n milestone(s)", f.counted) + (
            " · " + tr("%n released automatically", extra["auto_released"]) if extra.get("auto_released") else ""),
        "payment_days": lambda: tr("%n milestone(s) paid", f.counted),
        "hourly_on_time": lambda: tr("%n week(s)", f.counted) + (
            " · " + tr("%n late", extra["late"]) if extra.get("late") else ""),
        "answer_minutes": lambda: tr("%n question(s) answered", f.counted) + (
            " · " + tr("%n open", extra["unanswered"]) if extra.get("unanswered") else ""),
        "feedback_score": lambda: tr("%n review(s)", f.counted),
        "rehire_share": lambda: tr("{again} of %n people", extra["people"]).format(again=extra["more_than_once"]),
        "relationship_days": lambda: tr("%n people", f.counted),
        "ended_by": lambda: tr("%n ended", len(f.items)) + (
            " · " + tr("%n not recorded", extra["unknown"]) if extra.get("unknown") else "") + (
            " · " + tr("most often: {reason}").format(reason=next(iter(extra["reasons"])))
            if extra.get("reasons") else ""),
        "thanks_per_contract": lambda: tr("%n bonus(es)", extra["bonuses"]) + " · " + tr("%n thanks", extra["thanks"])
        + " · " + tr("%n contract(s)", extra["contracts"]),
    }
    return lines[f.key]()


def trend(f: Figure, fmt: Formatter) -> tuple[str, int]:
    """The change from the period before in words, and whether it is better (1), worse (-1) or neither (0)."""
    if f.value is None or f.previous is None:
        return (tr("nothing to compare with before") if f.value is not None else ""), 0
    before = value(f.key, f.previous, fmt, None if f.key == "ended_by" else f.extra)
    if f.key == "ended_by":
        return tr("{n} by me the period before").format(n=fmt.number(f.previous)), 0
    if round(f.value, 2) == round(f.previous, 2):
        return tr("same as before ({before})").format(before=before), 0
    up = f.value > f.previous
    better = (not up) if f.key in LOWER_IS_BETTER else up
    words = tr("▲ from {before}, better") if up and better else tr("▲ from {before}, worse") if up else (
        tr("▼ from {before}, better") if better else tr("▼ from {before}, worse"))
    return words.format(before=before), 1 if better else -1


def item_value(f: Figure, item: Item, fmt: Formatter) -> str:
    """One record's share of the figure, as the list of records behind it shows it."""
    notes = {"auto_released": tr("released automatically"), "waiting": tr("still waiting"), "late": tr("late"),
             "unanswered": tr("not answered"), "me": tr("by me"), "them": tr("by them"),
             "unknown": tr("not recorded"), "bonus": tr("bonus"), "praise": tr("praise"),
             "thanks_bonus": tr("thanks"), "quoted": tr("quoted")}
    if f.key in ("ended_by", "thanks_per_contract", "hourly_on_time"):
        shown = notes.get(item.note, "") or (tr("on time") if f.key == "hourly_on_time" else "")
        return shown
    if f.key == "rehire_share":
        return tr("%n engagement(s)", int(item.note or 0))
    if item.value is None:
        return notes.get(item.note, DASH)
    text = value(f.key, item.value, fmt)
    return f"{text} ({notes[item.note]})" if item.note in notes else text
