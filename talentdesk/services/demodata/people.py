"""Planning people: names from many cultures, a trade each, a bench status, and how much work they had."""
from __future__ import annotations

import random
from collections.abc import Sequence

from . import vocabulary as words
from .tools import apportion, pick, slug, spelling
from .vocabulary import Culture, Name, Place
from .world import Run, TalentPlan


def _family_names(culture: Culture, female: bool) -> tuple[Name, ...]:
    return culture.family_female if female and culture.family_female else culture.family


def _featured_name(culture: Culture, given: str, family: str) -> tuple[Name, Name]:
    def find(written: str, names: Sequence[Name]) -> Name:
        return next(n for n in names if spelling(n)[0] == written)

    female = any(spelling(n)[0] == given for n in culture.given_female)
    given_names = culture.given_female if female else culture.given_male
    return find(given, given_names), find(family, _family_names(culture, female))


def _compose(culture: Culture, given: Name, family: Name) -> tuple[str, str, str]:
    """Full name as written, in Latin letters, and the name used to address them."""
    (g, g_latin), (f, f_latin) = spelling(given), spelling(family)
    if culture.family_first:
        name = f"{f}{culture.separator}{g}"
        latin = f"{f_latin} {g_latin}"
    else:
        name, latin = f"{g} {f}", f"{g_latin} {f_latin}"
    # Vietnamese given names carry a middle name: people go by the last word.
    first = g_latin.split()[-1] if culture.key == "vietnamese" else g_latin
    return name, latin, first


def _random_name(rng: random.Random, culture: Culture, female: bool) -> tuple[Name, Name]:
    given = rng.choice(culture.given_female if female else culture.given_male)
    return given, rng.choice(_family_names(culture, female))


def _talent_currency(rng: random.Random, place: Place) -> str:
    return place.currency if place.currency != "USD" and rng.random() < 0.55 else "USD"


def weighted_platform(rng: random.Random) -> str:
    names, weights, _ = zip(*words.PLATFORMS, strict=False)
    return rng.choices(names, weights)[0]


_STATUS_WEIGHTS = {"active": 30, "on_bench": 40, "trial": 8, "do_not_rehire": 7, "archived": 15}


def _quality(rng: random.Random, status: str, favourite: bool) -> float:
    if status == "do_not_rehire":
        return rng.uniform(1.3, 2.4)
    return rng.uniform(4.2, 5.0) if favourite else rng.uniform(3.0, 5.0)


def _unique_handle(handles: dict[str, int], handle: str) -> str:
    handles[handle] = handles.get(handle, 0) + 1
    return handle if handles[handle] == 1 else f"{handle}{handles[handle]}"


def _new_talent(run: Run, used_names: set[str], featured=None) -> TalentPlan:
    rng = run.rng
    if featured:
        culture_key, given, family, trade_key, status, favourite = featured
        culture = next(c for c in words.CULTURES if c.key == culture_key)
        trade = next(t for t in words.TRADES if t.key == trade_key)
        given_name, family_name = _featured_name(culture, given, family)
    else:
        culture, trade = rng.choice(words.CULTURES), rng.choice(words.TRADES)
        status = rng.choices(list(_STATUS_WEIGHTS), list(_STATUS_WEIGHTS.values()))[0]
        favourite = status in ("active", "on_bench") and rng.random() < 0.3
        female = rng.random() < 0.5
        for _ in range(6):  # prefer a name not yet on the bench, as a real bench would
            given_name, family_name = _random_name(rng, culture, female)
            if _compose(culture, given_name, family_name)[0] not in used_names:
                break
    name, latin, first = _compose(culture, given_name, family_name)
    used_names.add(name)
    place = rng.choice(culture.places)
    # Most start in the morning; a few are night owls who start after lunch.
    work_start = rng.choice((7, 8, 9, 9, 10, 13)) * 60 + rng.choice((0, 30))
    return TalentPlan(
        culture=culture, trade=trade, name=name, latin_name=latin, first=first,
        handle=_unique_handle(run.handles, slug(first) + "." + slug(latin.split()[0 if culture.family_first else -1])),
        place=place, status=status, favourite=favourite,
        quality=_quality(rng, status, favourite), currency=_talent_currency(rng, place),
        platform=weighted_platform(rng), work_start=work_start,
        channel=rng.choices(("chat", "email", "call", "video"), (50, 30, 8, 12))[0],
    )


def plan_people(run: Run) -> None:
    used: set[str] = set()
    featured = words.FEATURED[: run.scale.talents]
    run.talents = [_new_talent(run, used, f) for f in featured]
    run.talents += [_new_talent(run, used) for _ in range(run.scale.talents - len(featured))]
    on_bench = [t for t in run.talents if t.status == "on_bench"]
    for talent in pick(run.rng, on_bench, 0.15, at_least=2):
        talent.recently_ended = True  # their last contract ended days ago: feedback is owed
    _share_contracts(run)


_CONTRACT_WEIGHT = {"active": 3.5, "on_bench": 2.0, "trial": 1.0, "do_not_rehire": 1.5, "archived": 1.3}
_CONTRACT_CAP = {"trial": 2, "do_not_rehire": 4, "archived": 4}


def _share_contracts(run: Run) -> None:
    """How many contracts each person had: favourites and current people many, prospects none."""
    rng = run.rng
    prospects = {id(t) for t in run.talents[len(words.FEATURED):]
                 if t.status == "on_bench" and not t.favourite and rng.random() < 0.05}
    working = [t for t in run.talents if id(t) not in prospects]
    weights = [_CONTRACT_WEIGHT[t.status] * (2.0 if t.favourite else 1.0) * rng.uniform(0.5, 1.5) for t in working]
    caps = [_CONTRACT_CAP.get(t.status, 60) - 1 for t in working]
    extra = apportion(run.scale.contracts - len(working), weights, caps)
    for talent, more in zip(working, extra, strict=False):
        talent.contract_count = 1 + more
