"""Limits on what a person (or a pasted file) can ask of the program: searches of bounded size,
names that can be seen, no bidi overrides, and a demo folder that is whole or absent."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import bench, contracts, demo, talents, timeline, validate, workroom
from talentdesk.services.errors import ValidationError
from talentdesk.services.timeline import TimelineFilter
from talentdesk.store.db import database
from tests import factories, hostile

HUGE_WORDS = " ".join(["python"] * 50_000)
HUGE_TEXT = "x" * 100_000


def searches(text: str, contract_id: int) -> dict:
    return {
        "bench": lambda: bench.talent_ids(bench.Filters(text=text)),
        "people finder": lambda: timeline.find_people(text),
        "workroom messages": lambda: workroom.message_page(contract_id, text=text),
        "workroom contracts": lambda: workroom.list_ids(workroom.ListFilter(text=text)),
        "timeline": lambda: timeline.page(TimelineFilter(text=text)),
    }


@pytest.mark.parametrize("text", [HUGE_WORDS, HUGE_TEXT, "a " * (validate.MAX_SEARCH_TERMS + 1)],
                         ids=["50,000 words", "100,000 characters", "one word too many"])
def test_every_search_refuses_an_oversized_query_with_a_message(db, text):
    contract_id = factories.contract(factories.talent("Ana Souza", notes="python"), title="Site")
    contracts.add_message(contract_id, "python talk", sent_at=dt.datetime(2026, 2, 3, 9, 0))
    for where, search in searches(text, contract_id).items():
        with pytest.raises(ValidationError) as refusal:
            search()
        assert refusal.value.field == "search", where
        assert "at most" in refusal.value.message, where


def test_searches_within_the_limits_still_find(db):
    talent_id = factories.talent("Ana Souza", notes="python and sql")
    contract_id = factories.contract(talent_id, title="Site")
    contracts.add_message(contract_id, "python talk", sent_at=dt.datetime(2026, 2, 3, 9, 0))
    longest = " ".join(["pyth"] * validate.MAX_SEARCH_TERMS)
    assert bench.talent_ids(bench.Filters(text=longest)) == [talent_id]
    assert [m.body for m in workroom.message_page(contract_id, text="python")] == ["python talk"]
    assert workroom.list_ids(workroom.ListFilter(text="Site")) == [contract_id]


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200c\u200d\u2060", "\ufeff \u200b", "\u0301\u200e"])
def test_a_name_without_a_visible_character_is_refused(db, name):
    with pytest.raises(ValidationError, match="visible character") as refusal:
        factories.talent(name)
    assert refusal.value.field == "name"
    with pytest.raises(ValidationError, match="visible character"):
        factories.contract(factories.talent("Ana"), title=name)


def test_bidi_overrides_and_isolates_are_removed_from_names(db):
    spoof = "Ana \u202eFDP.exe\u202c \u2066Souza\u2069 \u202a\u202b\u202d"
    talent_id = factories.talent(spoof, skills=[("Py\u202ethon", 3)])
    stored = talents.get(talent_id)
    assert stored.name == "Ana FDP.exe Souza"
    assert [name for name, _level in talents.load_input(talent_id).skills] == ["Python"]
    # Right-to-left names themselves are welcome: only the invisible reordering marks go.
    assert talents.get(factories.talent("سارة أحمد")).name == "سارة أحمد"
    with pytest.raises(ValidationError, match="is required"):
        factories.talent("\u202e\u202c")


def test_a_full_disk_during_demo_leaves_no_folder_behind(tmp_path, monkeypatch):
    """On a real 1 MB disk when the machine lets the test mount one; else the error a full disk gives."""
    with hostile.small_disk(tmp_path, 1024) as disk:
        where = disk or tmp_path
        if disk is None:
            def full(_run):
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(demo, "_STEPS", (*demo._STEPS[:3], ("Writing files", 0.1, full)))
        with pytest.raises(Exception) as failure:  # noqa: PT011 - whatever the full disk raised
            demo.generate(where / "demo", "small", today=dt.date(2026, 3, 2))
        assert "full" in str(failure.value) or "space" in str(failure.value)
        assert list(where.iterdir()) == [], "a half-written folder was left"
        database.close()


def test_demo_renames_its_folder_into_place_when_whole(tmp_path):
    counts = demo.generate(tmp_path / "demo", "small", today=dt.date(2026, 3, 2))
    assert counts["talent"] > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo"]
    assert (tmp_path / "demo" / "talentdesk.sqlite3").is_file()


def test_a_contact_value_is_stored_as_validated_without_its_nul_bytes(db):
    """A vCard phone holding NUL bytes passed the check and then failed the database's (the mutation run)."""
    talent_id = factories.talent("Ana", channels=[talents.Channel("phone", "\x00+351 21 000\x00 0000")])
    assert [c.value for c in talents.load_input(talent_id).channels] == ["+351 21 000 0000"]
