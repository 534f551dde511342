"""Small tools the demo data is built from: fair shares, dates, money as text, terms that change on dates."""
from __future__ import annotations

import bisect
import datetime as dt
import random
import re
import unicodedata
import uuid
from collections.abc import Sequence

from .vocabulary import Name

DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def random_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def apportion(total: int, weights: Sequence[float], caps: Sequence[int] | None = None) -> list[int]:
    """Split ``total`` into whole shares proportional to ``weights``, none above its cap.

    Largest remainders get the spare units; whatever a capped share cannot take
    goes round again to the others, so the shares add up to ``total`` whenever
    the caps allow it.
    """
    caps = list(caps) if caps is not None else [total] * len(weights)
    counts = [0] * len(weights)
    open_ = [i for i, w in enumerate(weights) if w > 0 and caps[i] > 0]
    left = total
    while left > 0 and open_:
        weight_sum = sum(weights[i] for i in open_)
        shares = {i: left * weights[i] / weight_sum for i in open_}
        whole = {i: int(s) for i, s in shares.items()}
        by_remainder = sorted(open_, key=lambda i: shares[i] - whole[i], reverse=True)
        for i in by_remainder[: left - sum(whole.values())]:
            whole[i] += 1
        left = 0
        still_open = []
        for i in open_:
            taken = min(whole[i], caps[i] - counts[i])
            counts[i] += taken
            left += whole[i] - taken
            if counts[i] < caps[i]:
                still_open.append(i)
        open_ = still_open
    return counts


def pick(rng: random.Random, items: Sequence, share: float, at_least: int = 1) -> list:
    """A random share of ``items``, but never fewer than ``at_least`` (when there are that many)."""
    k = min(len(items), max(at_least, round(len(items) * share)))
    return rng.sample(list(items), k)


def between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    if last <= first:
        return first
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    minute = rng.randint(first_hour * 60, last_hour * 60 - 1)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60))


def round_to(value: float, step: int) -> int:
    return max(step, round(value / step) * step)


def money(minor: int, currency: str, per: str = "") -> str:
    """``USD 1,234.50`` (``per`` adds a unit: ``/h``, ``/week``): how terms read in the scope-change ledger."""
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    return f"{sign}{currency} {minor // 100:,}.{minor % 100:02d}{per}"


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekdays(first: dt.date, last: dt.date) -> int:
    """Monday-to-Friday days from ``first`` to ``last``, both included."""
    if last < first:
        return 0
    weeks, extra = divmod((last - first).days + 1, 7)
    start = first.weekday()
    return weeks * 5 + sum(1 for i in range(extra) if (start + i) % 7 < 5)


def weeks_between(first: dt.date, last: dt.date | None, open_ended: float = 4) -> float:
    return open_ended if last is None else max(0.0, (last - first).days / 7)


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae"})


def to_ascii(text: str) -> str:
    """Latin text without accents, for e-mail handles, URLs and the PDF's built-in font."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return decomposed.encode("ascii", "ignore").decode()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", to_ascii(text).lower())


def spelling(name: Name) -> tuple[str, str]:
    """(as written, in Latin letters)."""
    return name if isinstance(name, tuple) else (name, name)


class Steps:
    """A term that changes on dates (rate, weekly limit, weekly payment), told from its latest value back."""

    __slots__ = ("days", "values")

    def __init__(self, value):
        self.days: list[dt.date] = [dt.date.min]
        self.values: list = [value]

    def changed_from(self, before, on: dt.date) -> None:
        """Record that the value before ``on`` was ``before`` (changes are added newest first)."""
        self.days[0] = on
        self.days.insert(0, dt.date.min)
        self.values.insert(0, before)

    def at(self, day: dt.date):
        return self.values[bisect.bisect_right(self.days, day) - 1]

    @property
    def current(self):
        return self.values[-1]

    @property
    def original(self):
        return self.values[0]
