"""The words the demo data is made of: people, places, trades, and what they say.

The words themselves live in ``resources/demo/vocabulary.toml`` (data, easy to
extend or translate); this module gives them shape. Names written in a
non-Latin script carry their Latin spelling, ``("Олена", "Olena")``, for e-mail
addresses and profile handles.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass

from ...paths import resource

Name = str | tuple[str, str]  # a Latin name, or (native spelling, Latin spelling)


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    timezone: str  # IANA
    phone_code: str
    currency: str = "USD"  # the local currency a freelancer there may bill in


@dataclass(frozen=True)
class Culture:
    key: str
    languages: str
    greeting: str
    given_female: tuple[Name, ...]
    given_male: tuple[Name, ...]
    family: tuple[Name, ...]
    places: tuple[Place, ...]
    family_female: tuple[Name, ...] = ()  # only where a surname changes with gender
    family_first: bool = False
    separator: str = " "  # "" for Chinese and Korean names written in their own script


@dataclass(frozen=True)
class Trade:
    """What a person does: it decides their skills, rates, projects and what we talk about."""

    key: str
    headlines: tuple[str, ...]
    skills: tuple[str, ...]
    hourly_rate: tuple[int, int]  # whole units of currency, low and high
    kind_weights: tuple[int, int, int]  # hourly, fixed, retainer
    projects: tuple[str, ...]  # fixed-price work
    ongoing: tuple[str, ...]  # hourly and retainer work
    test_projects: tuple[str, ...]
    things: tuple[str, ...]  # what the work is about, for messages and reviews
    deliverables: tuple[tuple[str, str], ...]  # file name, MIME type
    systems: tuple[tuple[str, str], ...]  # system, usual access tier


def _frozen(value):
    """TOML arrays as tuples, all the way down, so the words cannot be changed by accident."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def _culture(table: dict) -> Culture:
    fields = {key: _frozen(value) for key, value in table.items()}
    fields["places"] = tuple(Place(*place) for place in fields["places"])
    return Culture(**fields)


def _trade(table: dict) -> Trade:
    return Trade(**{key: _frozen(value) for key, value in table.items()})


with resource("demo", "vocabulary.toml").open("rb") as _file:
    _WORDS = tomllib.load(_file)

CULTURES: tuple[Culture, ...] = tuple(_culture(t) for t in _WORDS["culture"])
TRADES: tuple[Trade, ...] = tuple(_trade(t) for t in _WORDS["trade"])
# culture key, given name, family name, trade key, bench status, favourite
FEATURED: tuple[tuple[str, str, str, str, str, bool], ...] = _frozen(_WORDS["featured"])
PLATFORMS: tuple[tuple[str, int, float], ...] = _frozen(_WORDS["platforms"])  # name, weight, fee share
SHARED_SYSTEMS: tuple[tuple[str, str], ...] = _frozen(_WORDS["shared_systems"])
REVIEW_RULES: tuple[tuple[str, str, str], ...] = _frozen(_WORDS["review_rules"])  # rule, reason, action

WEEKDAYS: tuple[str, ...] = _frozen(_WORDS["weekdays"])
CHAT_APPS: tuple[str, ...] = _frozen(_WORDS["chat_apps"])
EMAIL_DOMAINS: tuple[str, ...] = _frozen(_WORDS["email_domains"])
EQUIPMENT: tuple[str, ...] = _frozen(_WORDS["equipment"])
MILESTONE_STEPS: tuple[str, ...] = _frozen(_WORDS["milestone_steps"])
TALENT_NOTES: tuple[str, ...] = _frozen(_WORDS["talent_notes"])
DO_NOT_REHIRE_REASONS: tuple[str, ...] = _frozen(_WORDS["do_not_rehire_reasons"])
END_REASONS: tuple[str, ...] = _frozen(_WORDS["end_reasons"])
REVIEW_NOTES: tuple[str, ...] = _frozen(_WORDS["review_notes"])
SESSION_NOTES: tuple[str, ...] = _frozen(_WORDS["session_notes"])
DECISION_NOTES: tuple[str, ...] = _frozen(_WORDS["decision_notes"])

RENEWAL_END_REASON: str = _WORDS["renewal_end_reason"]
TEST_END_REASON: str = _WORDS["test_end_reason"]
POOR_END_REASON: str = _WORDS["poor_end_reason"]
OVER_LIMIT_REASON: str = _WORDS["over_limit_reason"]
SCOPE_TEMPLATE: str = _WORDS["scope_template"]

SCOPE_REASONS: dict[str, tuple[str, ...]] = {k: _frozen(v) for k, v in _WORDS["scope_reasons"].items()}
APPRECIATIONS: dict[str, tuple[str, ...]] = {k: _frozen(v) for k, v in _WORDS["appreciations"].items()}
OFFBOARDING_LABELS: dict[str, str] = dict(_WORDS["offboarding_labels"])
FEEDBACK_GIVEN: dict[int, tuple[str, ...]] = {int(k): _frozen(v) for k, v in _WORDS["feedback_given"].items()}
FEEDBACK_RECEIVED: dict[int, tuple[str, ...]] = {int(k): _frozen(v) for k, v in _WORDS["feedback_received"].items()}
# Message bodies by (channel, author), from keys written "channel.author".
MESSAGE_TEMPLATES: dict[tuple[str, str], tuple[str, ...]] = {
    tuple(key.split(".")): _frozen(v) for key, v in _WORDS["messages"].items()
}
