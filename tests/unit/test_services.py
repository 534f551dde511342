"""Services: what the views call, with validation that names the field and changes nothing."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest

from talentdesk.services import contracts, money, settings, talents
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.store import dialect
from talentdesk.store.models import Contract, Talent, TalentSkill
from tests import factories


def fingerprint(db) -> str:
    """A digest of every row, to prove a refused call changed nothing."""
    digest = hashlib.sha256()
    for line in dialect.dump(db):
        digest.update(line.encode())
    return digest.hexdigest()


@pytest.fixture
def world(db):
    tid = factories.talent("Kofi Mensah", skills=[("Django", 5)])
    cid = factories.contract(tid, "Checkout rewrite")
    return tid, cid


BAD_CALLS = [
    ("empty name", "name", lambda w: talents.create_talent(talents.TalentInput(name="   "))),
    ("bad e-mail", "email", lambda w: talents.create_talent(
        talents.TalentInput(name="A", channels=[talents.Channel("email", "not-an-address")]))),
    ("unknown zone", "time zone", lambda w: talents.create_talent(talents.TalentInput(name="A", timezone="Mars/Base"))),
    ("do-not-rehire without reason", "reason", lambda w: talents.set_status([w[0]], "do_not_rehire")),
    ("negative rate", "rate", lambda w: talents.add_rate(w[0], "2026-01-01", -100, "USD")),
    ("unknown currency", "currency", lambda w: talents.add_rate(w[0], "2026-01-01", 100, "XXY")),
    ("empty title", "title", lambda w: contracts.create_contract(contracts.ContractInput(talent_id=w[0], title=""))),
    ("end before start", "end date", lambda w: contracts.create_contract(contracts.ContractInput(
        talent_id=w[0], title="T", start_date=dt.date(2026, 5, 1), end_date=dt.date(2026, 4, 30)))),
    ("negative payment", "amount", lambda w: contracts.add_payment(w[1], "bonus", -5, "USD", "2026-02-01")),
    ("payment in an unknown currency", "currency", lambda w: contracts.add_payment(w[1], "bonus", 5, "usdd", "2026-02-01")),
    ("score above 5", "score", lambda w: contracts.add_feedback(w[1], "given", 6)),
    ("score below 1", "score", lambda w: contracts.add_feedback(w[1], "given", 0)),
    ("recommend above 10", "recommend", lambda w: contracts.add_private_review(
        w[1], contracts.ReviewInput(5, 5, 5, 5, 5, 5, "yes", recommend=11))),
    ("criterion out of range", "quality", lambda w: contracts.add_private_review(
        w[1], contracts.ReviewInput(5, 9, 5, 5, 5, 5, "yes", 8))),
    ("empty message", "message", lambda w: contracts.add_message(w[1], "  ")),
    ("retainer without weekly payment", "weekly payment", lambda w: contracts.create_contract(
        contracts.ContractInput(talent_id=w[0], title="R", kind="retainer"))),
    ("weekly limit of zero", "weekly limit", lambda w: contracts.create_contract(
        contracts.ContractInput(talent_id=w[0], title="H", weekly_limit_hours=0))),
]


@pytest.mark.parametrize("label,field,call", BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_bad_input_names_the_field_and_changes_nothing(db, world, label, field, call):
    before = fingerprint(db)
    with pytest.raises(ValidationError) as caught:
        call(world)
    assert caught.value.field == field
    assert caught.value.message  # a sentence a person can act on
    assert fingerprint(db) == before


def test_database_constraints_back_the_services(db, world):
    """What slips past a service is refused by the table itself."""
    from peewee import IntegrityError

    with pytest.raises(IntegrityError):
        Contract.update(end_date=dt.date(2000, 1, 1)).where(Contract.id == world[1]).execute()
    with pytest.raises(IntegrityError):
        Contract.update(currency="usd").where(Contract.id == world[1]).execute()


def test_create_edit_and_load_a_talent(db):
    tid = factories.talent("Zoë Brontë", skills=[("Copywriting", 4), ("SEO", 2)],
                           channels=[talents.Channel("email", "zoe@example.com", "work", True)])
    data = talents.load_input(tid)
    assert data.name == "Zoë Brontë"
    assert data.skills == [("Copywriting", 4), ("SEO", 2)]
    data = dataclasses.replace(data, headline="Editor", skills=[("copywriting", 5)])
    talents.update_talent(tid, data)
    again = talents.load_input(tid)
    assert again.headline == "Editor"
    assert again.skills == [("Copywriting", 5)]  # the shared tag keeps its first spelling
    assert TalentSkill.select().count() == 1


def test_search_matches_prefixes_of_name_skills_and_notes(db):
    a = factories.talent("José Álvarez", skills=[("Django", 4)])
    b = factories.talent("Mia Chen", notes="great at illustration")
    assert talents.search_ids("jos") == [a]  # accents folded, prefix
    assert talents.search_ids("djan") == [a]
    assert talents.search_ids("illus") == [b]
    assert talents.search_ids('"unbalanced OR (') == []
    assert talents.search_ids("   ") is None


def test_archive_favourite_and_delete_rules(db, world):
    tid, _ = world
    assert talents.set_favourite([tid], True) == 1
    talents.archive([tid])
    assert Talent.get_by_id(tid).bench_status == "archived"
    with pytest.raises(Refused, match="Archive them instead"):
        talents.delete_talent(tid)
    lonely = factories.talent("Nobody Yet")
    talents.delete_talent(lonely)
    with pytest.raises(NotFound):
        talents.get(lonely)


def test_rate_history_is_effective_dated(db, world):
    tid, _ = world
    talents.add_rate(tid, "2025-01-01", 4000, "USD")
    talents.add_rate(tid, "2026-01-01", 5000, "USD")
    assert talents.current_rate(tid, dt.date(2025, 6, 1)).amount_minor == 4000
    assert talents.current_rate(tid, dt.date(2026, 6, 1)).amount_minor == 5000
    assert [r.amount_minor for r in talents.rate_history(tid)] == [5000, 4000]


def test_contract_moves_only_along_its_life(db, world):
    _, cid = world
    assert contracts.allowed_moves("active") == ("paused", "ended")
    with pytest.raises(Refused):
        contracts.move(cid, "draft")
    contracts.move(cid, "paused")
    contracts.move(cid, "ended", on=dt.date(2026, 3, 1))
    assert contracts.get(cid).end_date == dt.date(2026, 3, 1)


def test_money_conversion_is_exact():
    assert money.to_minor("12.34", "USD") == 1234
    assert money.to_minor("1,000", "JPY") == 1000
    assert money.to_minor("1.234", "BHD") == 1234
    with pytest.raises(ValidationError):
        money.to_minor("12.345", "USD")
    with pytest.raises(ValidationError):
        money.to_minor("-1", "USD")
    assert money.format_plain(123456, "EUR") == "1234.56 EUR"


def test_settings_have_defaults_and_persist(db):
    assert settings.get("file_size_limit_mb") == 200
    settings.set("my_timezone", "Europe/Lisbon")
    assert settings.all_settings()["my_timezone"] == "Europe/Lisbon"


def test_a_garbled_stored_date_reads_as_missing_not_as_a_crash():
    import datetime as dt

    from talentdesk.services import stored

    assert stored.day("2026-01-05") == dt.date(2026, 1, 5)
    assert stored.day("2026-01-05 10:30:00") == dt.date(2026, 1, 5)
    assert stored.day("202>-01-05") is None  # a damaged page can garble a cell without SQLite noticing
    assert stored.instant("2026-01-05 10:30:00") == dt.datetime(2026, 1, 5, 10, 30)
    assert stored.instant("20\x0026-01") is None
