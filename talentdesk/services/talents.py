"""Talent: the people on the bench. Create, edit, archive, rates, skills."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..store import fts
from ..store.db import database
from ..store.models import (
    BENCH_STATUSES,
    CHANNELS,
    CONTACT_KINDS,
    ContactChannel,
    Contract,
    ProfileLink,
    Rate,
    Skill,
    Talent,
    TalentSkill,
    utcnow,
)
from . import authors
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, Message, NotFound, Refused, ValidationError, counted
from .money import check_currency, check_minor
from .names import NameParts


@dataclass
class Channel:
    kind: str  # email, phone, chat, other
    value: str
    label: str = ""
    preferred: bool = False


@dataclass
class Link:
    url: str
    label: str = ""


@dataclass
class TalentInput:
    name: str
    headline: str = ""
    location: str = ""
    timezone: str = "UTC"
    languages: str = ""
    working_hours_start: int = 9 * 60
    working_hours_end: int = 17 * 60
    preferred_channel: str = "chat"
    response_hours: int | None = None
    stay_in_touch_days: int | None = None
    bench_status: str = "on_bench"
    status_reason: str = ""
    favourite: bool = False
    available: bool = True
    notes: str = ""
    channels: list[Channel] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    skills: list[tuple[str, int]] = field(default_factory=list)  # (name, level 1–5)
    # The version of the record these values were read from (``load_input``): an edit hands it back, and is
    # refused when the person was changed since (``authors.claim``).
    version: int | None = None


def validated(data: TalentInput) -> dict:
    """The row values for Talent, or a ValidationError naming the first bad field."""
    values = {
        "name": v.name(data.name, "name", max_length=200),
        "headline": v.text(data.headline, "headline", max_length=300),
        "location": v.text(data.location, "location", max_length=200),
        "timezone": v.timezone(data.timezone),
        "languages": v.text(data.languages, "languages", max_length=300),
        "working_hours_start": v.integer(data.working_hours_start, "working hours start", low=0, high=1439),
        "working_hours_end": v.integer(data.working_hours_end, "working hours end", low=1, high=1440),
        "preferred_channel": v.choice(data.preferred_channel, CHANNELS, "preferred channel"),
        "response_hours": v.integer(data.response_hours, "expected response time", low=0, high=24 * 60, required=False),
        "stay_in_touch_days": v.integer(data.stay_in_touch_days, "stay-in-touch cadence", low=1, high=3650, required=False),
        "bench_status": v.choice(data.bench_status, BENCH_STATUSES, "bench status"),
        "status_reason": v.text(data.status_reason, "reason", max_length=2000),
        "favourite": bool(data.favourite),
        "available": bool(data.available),
        "notes": v.text(data.notes, "notes", max_length=100_000),
    }
    if values["bench_status"] == "do_not_rehire" and not values["status_reason"]:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "say why this person should not be rehired."))
    for channel in data.channels:
        _channel_value(channel)
    for link in data.links:
        v.url(link.url, "link")
    seen = set()
    for name, level in data.skills:
        clean = v.name(name, "skill", max_length=80)
        v.integer(level, f"level of {clean}", low=1, high=5)
        if clean.casefold() in seen:
            raise ValidationError("skills", QT_TRANSLATE_NOOP("errors", "“{clean}” is listed twice."), clean=clean)
        seen.add(clean.casefold())
    return values


def _channel_value(channel: Channel) -> str:
    """The value as validated (control characters such as NUL removed): what is checked is what is stored."""
    v.choice(channel.kind, CONTACT_KINDS, "contact kind")
    if channel.kind == "email":
        return v.email(channel.value, "email")
    return v.text(channel.value, channel.kind, required=True, max_length=300)


def _skill(name: str) -> Skill:
    # NOCASE collation on skill.name makes "django" find "Django".
    existing = Skill.get_or_none(Skill.name == name)
    return existing or Skill.create(name=name)


def _write_children(talent: Talent, data: TalentInput) -> None:
    ContactChannel.delete().where(ContactChannel.talent == talent).execute()
    for channel in data.channels:
        # The validated text (control characters out) is what is stored, never the raw value.
        ContactChannel.create(
            talent=talent, kind=channel.kind, value=_channel_value(channel),
            label=v.text(channel.label, "label", max_length=40), preferred=channel.preferred,
        )
    ProfileLink.delete().where(ProfileLink.talent == talent).execute()
    for link in data.links:
        ProfileLink.create(talent=talent, url=link.url.strip(), label=link.label.strip())
    TalentSkill.delete().where(TalentSkill.talent == talent).execute()
    for name, level in data.skills:
        TalentSkill.create(talent=talent, skill=_skill(v.name(name, "skill", max_length=80)), level=int(level))


def create_talent(data: TalentInput) -> int:
    values = validated(data)
    with database.atomic():
        talent = Talent.create(**values)
        _write_children(talent, data)
    return talent.id


def update_talent(talent_id: int, data: TalentInput, version: int | None = None) -> None:
    """Write the edited person; with ``version`` (the one the form was opened with), refused with who changed
    them and when if they were changed since."""
    values = validated(data)
    with database.atomic():
        authors.claim(Talent, talent_id, version)
        talent = get(talent_id)
        if values["name"] != talent.name:  # a renamed person: the old name's parts no longer describe it
            _write_parts(talent, NameParts())
        for key, value in values.items():
            setattr(talent, key, value)
        talent.updated_at = utcnow()
        talent.save()
        _write_children(talent, data)


def get(talent_id: int) -> Talent:
    talent = Talent.get_or_none(Talent.id == talent_id)
    if talent is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No talent with id {talent_id}; it may have been deleted."),
                       talent_id=talent_id)
    return talent


def _write_parts(talent: Talent, parts: NameParts) -> None:
    talent.name_prefix, talent.given_name, talent.additional_names = parts.prefix, parts.given, parts.additional
    talent.family_name, talent.name_suffix = parts.family, parts.suffix


def name_parts(talent_id: int) -> NameParts:
    t = get(talent_id)
    return NameParts(t.name_prefix, t.given_name, t.additional_names, t.family_name, t.name_suffix)


def set_name_parts(talent_id: int, parts: NameParts) -> None:
    """Keep the parts of the person's name (as an address book gave them) beside the display name."""
    clean = NameParts(*(v.text(getattr(parts, f), f"name {f}", max_length=limit)
                        for f, limit in (("prefix", 60), ("given", 120), ("additional", 120), ("family", 120),
                                         ("suffix", 60))))
    with database.atomic():
        talent = get(talent_id)
        _write_parts(talent, clean)
        talent.save()


def load_input(talent_id: int) -> TalentInput:
    """What the edit form starts from."""
    t = get(talent_id)
    return TalentInput(
        name=t.name, headline=t.headline, location=t.location, timezone=t.timezone,
        languages=t.languages, working_hours_start=t.working_hours_start,
        working_hours_end=t.working_hours_end, preferred_channel=t.preferred_channel,
        response_hours=t.response_hours, stay_in_touch_days=t.stay_in_touch_days,
        bench_status=t.bench_status, status_reason=t.status_reason, favourite=t.favourite,
        available=t.available, notes=t.notes, version=t.version,
        channels=[Channel(c.kind, c.value, c.label, c.preferred) for c in t.channels.order_by(ContactChannel.id)],
        links=[Link(link.url, link.label) for link in t.links.order_by(ProfileLink.id)],
        skills=[
            (ts.skill.name, ts.level)
            for ts in TalentSkill.select(TalentSkill, Skill).join(Skill)
            .where(TalentSkill.talent == t).order_by(TalentSkill.level.desc(), Skill.name)
        ],
    )


# Who an export of people leaves out unless asked: people the user has set aside.
SET_ASIDE_STATUSES = ("archived", "do_not_rehire")


def for_export(talent_ids: list[int] | None = None, *, include_archived: bool = False) -> list[Talent]:
    """The people an export writes, by name: the chosen ones (default all), set-aside people only if asked."""
    query = Talent.select().order_by(Talent.name, Talent.id)
    if talent_ids is not None:
        query = query.where(Talent.id.in_(talent_ids))
    if not include_archived:
        query = query.where(Talent.bench_status.not_in(SET_ASIDE_STATUSES))
    return list(query)


def _update_many(ids: list[int], **values) -> int:
    if not ids:
        return 0
    values.update(authors.touched(Talent))
    with database.atomic():
        changed = Talent.update(**values).where(Talent.id.in_(ids)).execute()
    return changed


def set_favourite(ids: list[int], favourite: bool) -> int:
    return _update_many(ids, favourite=bool(favourite))


def set_status(ids: list[int], status: str, reason: str = "") -> int:
    v.choice(status, BENCH_STATUSES, "bench status")
    reason = v.text(reason, "reason", max_length=2000)
    if status == "do_not_rehire" and not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "say why this person should not be rehired."))
    return _update_many(ids, bench_status=status, status_reason=reason)


def archive(ids: list[int]) -> int:
    return set_status(ids, "archived")


def unarchive(ids: list[int]) -> int:
    return set_status(ids, "on_bench")


def why_not_deletable(talent_id: int) -> str | None:
    """Why this person cannot be deleted (their contracts' history would be lost), or None when they can."""
    talent = get(talent_id)
    contracts = Contract.select().where(Contract.talent == talent).count()
    if contracts:
        return Message(QT_TRANSLATE_NOOP("errors", "{name} has {contracts}; deleting would lose that history. "
                                                   "Archive them instead."), name=talent.name, contracts=counted(
            contracts, QT_TRANSLATE_NOOP("errors", "%n contract(s)")))
    return None


def delete_talent(talent_id: int) -> None:
    talent = get(talent_id)
    why = why_not_deletable(talent_id)
    if why:
        raise Refused(why)
    with database.atomic():
        talent.delete_instance(recursive=False)


def add_rate(talent_id: int, effective_on, amount_minor: int, currency: str, note: str = "",
             contract_id: int | None = None) -> int:
    """A new effective-dated rate; earlier rows (and old contracts) keep theirs."""
    day = v.day(effective_on, "effective date")
    amount = check_minor(amount_minor, "rate")
    code = check_currency(currency)
    note = v.text(note, "note", max_length=2000)
    with database.atomic():
        talent = get(talent_id)
        rate = Rate.create(talent=talent, contract=contract_id, effective_on=day,
                           amount_minor=amount, currency=code, note=note)
    return rate.id


def current_rate(talent_id: int, on: dt.date | None = None) -> Rate | None:
    on = on or dt.date.today()
    return (Rate.select().where((Rate.talent == talent_id) & (Rate.contract.is_null()) & (Rate.effective_on <= on))
            .order_by(Rate.effective_on.desc(), Rate.id.desc()).first())


def rate_history(talent_id: int) -> list[Rate]:
    return list(Rate.select().where(Rate.talent == talent_id).order_by(Rate.effective_on.desc(), Rate.id.desc()))


def names() -> list[tuple[int, str]]:
    """Everyone as (id, name), by name: for choosers."""
    return list(Talent.select(Talent.id, Talent.name).order_by(Talent.name, Talent.id).tuples())


def skill_names() -> list[str]:
    return [s.name for s in Skill.select(Skill.name).order_by(Skill.name)]


def search_ids(text: str) -> list[int] | None:
    """Talent ids matching typed text (prefix, all words); None when nothing was typed."""
    return fts.talent_ids_matching(database.obj, v.search(text))


def count() -> int:
    return Talent.select().count()
