"""The merge policy of every import of people (vCard, CSV): nothing the user wrote is overwritten.

An import fills what is empty, adds channels, links and skills the person does not have yet, and
lists every field where the file says something else as a conflict, keeping the user's value. The
private notes of a person already on the bench are never touched by an import; a new person gets
the file's note.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .labels import plural
from .talents import Channel, Link, TalentInput

# (attribute, label in reports). The time zone "UTC" is what a person gets when none is known,
# so it counts as empty; a card's zone fills it.
MERGED_FIELDS = (("name", "name"), ("headline", "headline"), ("location", "location"),
                 ("timezone", "time zone"), ("languages", "languages"))
UNSET = {"timezone": "UTC"}


@dataclass
class Incoming:
    """What a file says about one person; empty strings are "the file says nothing"."""

    name: str
    headline: str = ""
    location: str = ""
    timezone: str = ""
    languages: str = ""
    notes: str = ""
    channels: list[Channel] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Conflict:
    field: str  # the label, e.g. "headline"
    ours: str
    theirs: str


@dataclass
class Merged:
    data: TalentInput
    conflicts: list[Conflict] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)  # labels of fields that were empty and now are not
    added: list[str] = field(default_factory=list)  # "2 channels", "1 skill"…


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def new_person(incoming: Incoming) -> TalentInput:
    data = TalentInput(name=incoming.name, headline=incoming.headline, location=incoming.location,
                       languages=incoming.languages, notes=incoming.notes)
    if incoming.timezone:
        data.timezone = incoming.timezone
    return merge(data, Incoming(name=incoming.name, channels=incoming.channels, links=incoming.links,
                                skills=incoming.skills)).data


def merge(current: TalentInput, incoming: Incoming) -> Merged:
    """``current`` with what ``incoming`` adds; conflicts listed, never applied. ``current`` is not changed."""
    data = TalentInput(**{**current.__dict__, "channels": list(current.channels), "links": list(current.links),
                          "skills": list(current.skills)})
    out = Merged(data)
    for attr, label in MERGED_FIELDS:
        theirs, ours = getattr(incoming, attr).strip(), getattr(data, attr)
        if not theirs or _same(theirs, ours):
            continue
        if not ours.strip() or ours == UNSET.get(attr):
            setattr(data, attr, theirs)
            out.filled.append(label)
        else:
            out.conflicts.append(Conflict(label, ours, theirs))
    have = {(c.kind, c.value.casefold()) for c in data.channels}
    preferred = {c.kind for c in data.channels if c.preferred}
    channels = 0
    for chan in incoming.channels:
        if (chan.kind, chan.value.casefold()) in have:
            continue
        # The user's preferred channel of a kind stays the preferred one.
        data.channels.append(Channel(chan.kind, chan.value, chan.label, chan.preferred and chan.kind not in preferred))
        have.add((chan.kind, chan.value.casefold()))
        preferred |= {chan.kind} if chan.preferred else set()
        channels += 1
    urls = {link.url for link in data.links}
    links = [link for link in incoming.links if link.url not in urls]
    data.links.extend(links)
    skills = {name.casefold() for name, _level in data.skills}
    new_skills = []
    for skill in incoming.skills:
        if skill.casefold() not in skills:
            new_skills.append((skill, 3))
            skills.add(skill.casefold())
    data.skills.extend(new_skills)
    for count, word in ((channels, "channel"), (len(links), "link"), (len(new_skills), "skill")):
        if count:
            out.added.append(plural(count, word, word + "s"))
    return out
