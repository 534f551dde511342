"""The talent dialog's starting values, the bench listing's totals and what counts as a narrowed bench."""
from __future__ import annotations

import datetime as dt

from talentdesk.services import bench, settings, talents
from talentdesk.services.bench import Filters, RateLine
from tests import factories


def test_a_new_person_starts_blank_in_my_time_zone_with_my_currency(db):
    factories.talent("Ana", skills=[("Python", 4), ("Go", 2)])
    settings.set("my_timezone", "Europe/Madrid")
    settings.set("default_currency", "EUR")
    settings.set("my_working_hours_start", 8 * 60)
    form = bench.editing(None)
    assert form.data == talents.TalentInput(name="", timezone="Europe/Madrid")
    assert (form.rates, form.skill_names, form.default_currency) == ([], ["Go", "Python"], "EUR")
    assert form.my_day == bench.my_day() and form.my_day[0] == 8 * 60


def test_without_settings_a_new_person_is_in_utc_and_paid_in_dollars(db):
    settings.set("my_timezone", "")
    settings.set("default_currency", "")
    form = bench.editing(None)
    assert (form.data.timezone, form.default_currency) == ("UTC", "USD")


def test_an_existing_person_starts_from_what_is_stored(db):
    factories.talent("Bo", skills=[("Figma", 5)])
    ana = factories.talent("Ana", headline="Backend", timezone="Asia/Tokyo", skills=[("Python", 4)])
    talents.add_rate(ana, dt.date(2025, 1, 1), 6000, "USD", "first")
    form = bench.editing(ana)
    assert form.data == talents.load_input(ana) and form.data.headline == "Backend"
    assert form.rates == [RateLine(dt.date(2025, 1, 1), 6000, "USD", "first")]
    assert form.skill_names == ["Figma", "Python"]


def test_the_listing_counts_everyone_and_offers_every_skill(db):
    ana = factories.talent("Ana", skills=[("Python", 4)])
    bo = factories.talent("Bo", skills=[("Go", 3)])
    factories.talent("Cy", bench_status="archived")
    listing = bench.listing()
    assert (listing.ids, listing.total, listing.skill_names) == ([ana, bo], 3, ["Go", "Python"])
    assert bench.listing(sort_column="name", order="desc").ids == [bo, ana]
    assert bench.listing(Filters(skills=("Go",))).ids == [bo]


def test_a_bench_is_narrowed_by_anything_but_the_default_and_by_more_than_words():
    assert not Filters().is_narrowed() and not Filters().is_narrowed_beyond_text()
    assert Filters(text="ana").is_narrowed() and not Filters(text="ana").is_narrowed_beyond_text()
    assert Filters(favourite=True).is_narrowed_beyond_text()
    assert Filters(text="ana").with_(available=True) == Filters(text="ana", available=True)
