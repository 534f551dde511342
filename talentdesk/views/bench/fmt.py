"""Formatting for the bench: money, dates, hours and labels, through QLocale and tr()."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from ... import formatting
from ...services.bench import zone
from .. import labels

STATUS_LABELS = labels.BENCH_STATUS_LABELS  # bench statuses (contract statuses are CONTRACT_STATUS_LABELS)
CHANNEL_LABELS = labels.CHANNEL_LABELS
KIND_LABELS = labels.CONTRACT_KIND_LABELS
CONTRACT_STATUS_LABELS = labels.STATUS_LABELS
CONTACT_KIND_LABELS = labels.CONTACT_KIND_LABELS
# Symbols for codes that are unambiguous; others show their ISO code.

def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("bench", text, "", n)


label = labels.label


def esc(text) -> str:
    """Outside text in rich-text labels: always escaped."""
    return html.escape(str(text or ""), quote=True)


def money(minor: int | None, currency: str, whole_if_round: bool = False) -> str:
    return formatting.money(minor, currency, whole_if_round=whole_if_round)


def home_total(home) -> str:
    """The total cost in the home currency (cents always: the column lines up); "+?" when some payments have
    no exchange rate for their day, so the figure never looks complete when it is not."""
    if home is None:
        return ""
    text = money(home.total, home.home)
    return text if home.complete else tr("{amount} +?").format(amount=text)


def home_tip(home, spend: list[tuple[str, int]]) -> str:
    lines = [tr("In {currency}, each payment at the rate of its date").format(currency=home.home)] if home else []
    lines += [tr("By currency:")] + ["  " + money(minor, currency) for currency, minor in spend]
    if home is not None and not home.complete:
        missing = ", ".join(money(minor, currency) for currency, minor in sorted(home.missing.total.items()))
        lines.append(tr("Not counted, no exchange rate for their day: {amounts}").format(amounts=missing))
    return "\n".join(lines)


def rate(minor: int | None, currency: str) -> str:
    text = money(minor, currency, whole_if_round=True)
    return tr("{amount}/h").format(amount=text) if text else ""


day = labels.day


def hours(minutes: int) -> str:
    value = minutes / 60
    return tr("{hours} h").format(hours=QLocale().toString(value, "f", 0 if minutes % 60 == 0 else 1))


def free(minutes: tuple[int | None, int | None]) -> str:
    """Free hours this week · next week, or that the person's availability is not set."""
    this, following = minutes
    if this is None or following is None:
        return tr("not set")
    return tr("{this} · {next}").format(this=hours(this), next=hours(following))


def clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def working_hours(start: int, end: int) -> str:
    return f"{clock(start)}–{clock(end)}"


def local_now(tz_name: str, now: dt.datetime | None = None) -> tuple[dt.datetime, str]:
    """Their local time now, and how it reads beside mine (e.g. "14:05", "02:05 Wed")."""
    now = now or dt.datetime.now(dt.UTC)
    theirs = now.astimezone(zone(tz_name))
    mine = now.astimezone()
    text = QLocale().toString(QTime(theirs.hour, theirs.minute), QLocale.ShortFormat)
    if theirs.date() != mine.date():
        text += " " + QLocale().dayName(theirs.isoweekday(), QLocale.ShortFormat)
    return theirs, text


def at_work(local: dt.datetime, start: int, end: int) -> bool:
    minute = local.hour * 60 + local.minute
    if end > start:
        return start <= minute < end
    return minute >= start or minute < end


def score(value: float | None) -> str:
    return "" if value is None else QLocale().toString(value, "f", 1) + " ★"
