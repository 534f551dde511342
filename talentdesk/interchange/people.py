"""Matching names in a file to the people on the bench: exact silently, close ones for confirmation."""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from ..services import talents


def name_key(name: str) -> str:
    """Case, accents, punctuation and spacing do not make two names different."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", text.casefold()))


def _sorted_key(name: str) -> str:
    return " ".join(sorted(name_key(name).split()))


@dataclass
class NameMatches:
    exact: dict[str, int] = field(default_factory=dict)  # name in file -> talent id
    close: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> (talent id, name on bench)
    missing: list[str] = field(default_factory=list)


def match_names(names: list[str], cutoff: float = 0.85) -> NameMatches:
    rows = talents.names()
    by_key: dict[str, int] = {}
    by_sorted: dict[str, tuple[int, str]] = {}
    for talent_id, talent_name in rows:
        by_key.setdefault(name_key(talent_name), talent_id)
        by_sorted.setdefault(_sorted_key(talent_name), (talent_id, talent_name))
    keys = list(by_key)
    names_by_id = dict(rows)
    result = NameMatches()
    for name in names:
        key = name_key(name)
        if key in by_key:
            result.exact[name] = by_key[key]
            continue
        if _sorted_key(name) in by_sorted:  # "Doe, John" and "John Doe"
            result.close[name] = by_sorted[_sorted_key(name)]
            continue
        found = difflib.get_close_matches(key, keys, n=1, cutoff=cutoff) if key else []
        if found:
            talent_id = by_key[found[0]]
            result.close[name] = (talent_id, names_by_id[talent_id])
        else:
            result.missing.append(name)
    return result
