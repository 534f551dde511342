"""Search finds the same people and messages on both engines: accents and case ignored, each typed word
the start of a word ("jurgen" finds Jürgen, "kato" Katō, "оле" Олена), kept in step by the database."""
from __future__ import annotations

import pytest

from talentdesk.services import contracts, talents, workroom
from tests import factories
from tests.conftest import ENGINES

pytestmark = pytest.mark.parametrize("engine", ENGINES, indirect=True)


def _people() -> dict[str, int]:
    return {
        "jurgen": factories.talent("Jürgen Müller", headline="Backend engineer"),
        "kato": factories.talent("Katō Hiroshi", notes="Prefers written briefs"),
        "olena": factories.talent("Олена Коваленко", skills=[("Python", 4)]),
        "ann": factories.talent("Ann O'Neil", headline="Designer, ÉCOLE trained"),
    }


def _found(text: str, people: dict[str, int]) -> set[str]:
    ids = set(talents.search_ids(text) or [])
    return {key for key, pid in people.items() if pid in ids}


@pytest.mark.parametrize(("typed", "expected"), [
    ("jurgen", {"jurgen"}), ("JÜRG", {"jurgen"}), ("muller", {"jurgen"}),
    ("kato", {"kato"}), ("KATŌ hiro", {"kato"}),
    ("оле", {"olena"}), ("ОЛЕНА", {"olena"}), ("коваленко", {"olena"}),
    ("python", {"olena"}), ("ecole", {"ann"}), ("o'neil", {"ann"}), ("neil", {"ann"}),
    ("briefs written", {"kato"}), ("ürgen", set()), ("engineer jurgen", {"jurgen"}),
    ("50% _x", set()),
])
def test_people_are_found_by_the_start_of_any_word_without_accents_or_case(db, typed, expected):
    assert _found(typed, _people()) == expected


def test_the_database_keeps_the_search_in_step_with_every_change(db):
    people = _people()
    talents.update_talent(people["kato"], talents.TalentInput(name="Katō Hiroshi", notes="Loves Rust now"))
    assert _found("rust", people) == {"kato"}
    assert _found("briefs", people) == set()
    olena = talents.load_input(people["olena"])
    olena.skills = [("Kotlin", 3)]
    talents.update_talent(people["olena"], olena)
    assert _found("kotlin", people) == {"olena"} and _found("python", people) == set()
    talents.delete_talent(people["ann"])
    assert _found("ecole", people) == set()


def test_messages_are_found_the_same_way(db):
    person = factories.talent("Zoë")
    room = factories.contract(person)
    greeting = contracts.add_message(room, "Grüße aus Köln: the Straße design is ready")
    contracts.add_message(room, "Nothing to see here")
    assert [m.id for m in workroom.search_messages("koln")] == [greeting]
    assert [m.id for m in workroom.search_messages("grü desig")] == [greeting]
    assert [m.id for m in workroom.message_page(room, text="KÖLN")] == [greeting]
    hit = workroom.search_messages("koln")[0]
    assert hit.snippet.startswith("Grüße aus Köln")
