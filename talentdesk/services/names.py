"""A person's name: the parts an address book keeps (vCard ``N:``) and the display name built from them.

The display name is what the bench shows and sorts by. It is the formatted name as the address book
wrote it (the order of the parts differs between cultures: "Nguyễn Thị Lan" is family name first),
with an honorific prefix and a suffix left out, so "Mr. Michael Angstadt Jr." sorts under M for
Michael, not under "Mr.". The parts are kept beside it and written back to ``N:`` on export.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class NameParts:
    prefix: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    suffix: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))

    def ordered(self) -> str:
        """Given, additional and family names in Western order: the display name of a card without FN."""
        return " ".join(x for x in (self.given, self.additional, self.family) if x)


def _words(text: str) -> str:
    # Several values of one part ("Richter,James", "Mr.,Dr.") are one space-separated string here.
    return " ".join(text.replace(",", " ").split())


def parts_from_n(components: list[str]) -> NameParts:
    """The five components of ``N:`` (family;given;additional;prefix;suffix), any of them missing.

    A card that puts the whole name in one part and nothing else (``N:;Ana Lima;;;``, as TalentDesk
    writes for a name it has no parts of) says nothing about the parts: that is no parts at all.
    """
    family, given, additional, prefix, suffix = ([" ".join(c.split()) for c in components] + [""] * 5)[:5]
    parts = NameParts(_words(prefix), given, _words(additional), family, _words(suffix))
    if not (parts.family and parts.given) and not (parts.prefix or parts.suffix or parts.additional):
        return NameParts()
    return parts


def _strip_word(text: str, word: str, at_start: bool) -> str:
    if not word:
        return text
    pattern = rf"^{re.escape(word)}[\s,]+" if at_start else rf"[\s,]+{re.escape(word)}$"
    return re.sub(pattern, "", text, count=1, flags=re.IGNORECASE).strip()


def display_name(formatted: str, parts: NameParts) -> str:
    """The name to show and sort by: ``formatted`` without the prefix and suffix; from the parts when empty."""
    name = " ".join((formatted or "").split())
    if not name:
        return parts.ordered()
    # The whole part first ("Mr. Dr."), then each of its values ("Mr.", "Dr.") wherever the card put them.
    for word in ([parts.prefix, *parts.prefix.split()] if parts.prefix else []):
        name = _strip_word(name, word, at_start=True)
    for word in ([parts.suffix, *parts.suffix.split()] if parts.suffix else []):
        name = _strip_word(name, word, at_start=False)
    return name or parts.ordered() or formatted.strip()
