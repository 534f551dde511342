"""The settings dialog's save: each setting checked against its own bounds, the error naming the field it belongs
beside, and nothing written unless everything is right."""
from __future__ import annotations

import pytest

from talentdesk.services import preferences, review_rules, settings
from talentdesk.services.errors import ValidationError


def refused(values: dict) -> str:
    """The message a save of ``values`` is refused with, as "field: what to do" (nothing may be written)."""
    before = settings.all_settings()
    with pytest.raises(ValidationError) as err:
        preferences.save(values)
    assert settings.all_settings() == before
    return str(err.value)


def test_a_save_writes_every_value_given_in_one_go(db):
    preferences.save({"user_name": "  Sam Client ", "date_format": "dmy", "paper_size": "Letter",
                      "my_timezone": " Europe/Berlin ", "default_currency": " eur", "home_currency": "gbp",
                      "my_working_hours_start": 8 * 60, "my_working_hours_end": 16 * 60, "onboarded": True,
                      "record.hourly_paid_within_days": 5, "review.rate_stale.on": 0,
                      "review.rate_stale.months": "6"})
    assert {key: settings.get(key) for key in ("user_name", "date_format", "paper_size", "my_timezone",
                                               "default_currency", "home_currency", "my_working_hours_start",
                                               "my_working_hours_end", "onboarded",
                                               "record.hourly_paid_within_days", "review.rate_stale.on",
                                               "review.rate_stale.months")} == {
        "user_name": "Sam Client", "date_format": "dmy", "paper_size": "Letter", "my_timezone": "Europe/Berlin",
        "default_currency": "EUR", "home_currency": "GBP", "my_working_hours_start": 480,
        "my_working_hours_end": 960, "onboarded": True, "record.hourly_paid_within_days": 5,
        "review.rate_stale.on": False, "review.rate_stale.months": 6}


def test_one_bad_value_writes_none_of_the_others(db):
    assert refused({"user_name": "Sam", "date_format": "yyyy"}) == \
        "date_format: choose one of the date formats offered."
    assert settings.get("user_name") == ""


def test_an_unknown_key_is_refused_by_its_name(db):
    assert refused({"colour": "blue"}) == "colour: is not a setting."


def test_the_name_is_trimmed_and_at_most_200_characters(db):
    preferences.save({"user_name": "A" * 200})
    assert settings.get("user_name") == "A" * 200
    assert refused({"user_name": "B" * 201}) == "user_name: is too long (201 characters; at most 200)."
    preferences.save({"user_name": None})
    assert settings.get("user_name") == ""


@pytest.mark.parametrize("date_format", settings.DATE_FORMATS)
def test_each_date_format_offered_is_kept(db, date_format):
    preferences.save({"date_format": date_format})
    assert settings.get("date_format") == date_format


def test_the_paper_size_is_a4_letter_or_the_regions(db):
    for size in ("A4", "Letter", ""):
        preferences.save({"paper_size": size})
        assert settings.get("paper_size") == size
    assert refused({"paper_size": "A5"}) == "paper_size: choose A4, Letter, or the one your region uses."


def test_time_zone_and_currencies_name_their_own_field(db):
    assert refused({"my_timezone": "Mars/Olympus"}) == \
        "my_timezone: “Mars/Olympus” is not an IANA time zone (e.g. Europe/Berlin)."
    assert refused({"default_currency": "XYZ"}) == \
        "default_currency: “XYZ” is not an ISO 4217 currency code (e.g. USD, EUR, JPY)."
    assert refused({"default_currency": ""}).startswith("default_currency: ")
    assert refused({"home_currency": "XYZ"}) == \
        "home_currency: “XYZ” is not an ISO 4217 currency code (e.g. USD, EUR, JPY)."


def test_an_empty_home_currency_follows_the_locale(db):
    preferences.save({"home_currency": "CHF"})
    for empty in ("", "  ", None):
        preferences.save({"home_currency": "CHF"})
        preferences.save({"home_currency": empty})
        assert settings.get("home_currency") == ""


def test_working_hours_are_minutes_of_one_day_and_the_end_comes_after_the_start(db):
    preferences.save({"my_working_hours_start": 0, "my_working_hours_end": 1440})
    assert (settings.get("my_working_hours_start"), settings.get("my_working_hours_end")) == (0, 1440)
    assert refused({"my_working_hours_start": -1}) == "my_working_hours: must be from 0 to 1440 (got -1)."
    assert refused({"my_working_hours_end": 1441}) == "my_working_hours: must be from 0 to 1440 (got 1441)."
    ends_first = "my_working_hours: the end of the working day must come after its start."
    assert refused({"my_working_hours_start": 600, "my_working_hours_end": 600}) == ends_first
    preferences.save({"my_working_hours_start": 600, "my_working_hours_end": 601})
    # One end given alone is held to the other one already saved.
    assert refused({"my_working_hours_end": 600}) == ends_first
    assert refused({"my_working_hours_start": 601}) == ends_first
    preferences.save({"my_working_hours_start": 540})
    assert (settings.get("my_working_hours_start"), settings.get("my_working_hours_end")) == (540, 601)


@pytest.mark.parametrize(("key", "low", "high"), [(key, low, high) for key, (_label, low, high)
                                                  in preferences.GENERAL_LIMITS.items()])
def test_each_limit_takes_its_bounds_and_no_more(db, key, low, high):
    month_day = {"tax_year_start_month": "tax_year_start_day", "tax_year_start_day": "tax_year_start_month"}
    other = {month_day[key]: 1} if key in month_day else {}  # 1 January: every day and month bound has a year
    for number in (low, high):
        preferences.save({key: number, **other})
        assert settings.get(key) == number
    assert refused({key: low - 1}) == f"{key}: must be from {low} to {high} (got {low - 1})."
    assert refused({key: high + 1}) == f"{key}: must be from {low} to {high} (got {high + 1})."
    assert refused({key: "many"}) == f"{key}: “many” is not a whole number."


def test_limits_given_as_text_are_kept_as_numbers(db):
    preferences.save({"backup_keep_daily": " 30 ", "file_size_limit_mb": "4096"})
    assert (settings.get("backup_keep_daily"), settings.get("file_size_limit_mb")) == (30, 4096)


def test_the_tax_year_starts_on_a_day_every_year_has(db):
    no_such_day = "tax_year_start: choose a day that every year has (not 29 February)."
    assert refused({"tax_year_start_month": 2, "tax_year_start_day": 29}) == no_such_day
    preferences.save({"tax_year_start_month": 4, "tax_year_start_day": 6})
    # The day alone is held to the month already saved, and the month alone to the day.
    assert refused({"tax_year_start_day": 31}) == no_such_day
    preferences.save({"tax_year_start_day": 30})
    assert refused({"tax_year_start_month": 2}) == no_such_day
    assert (settings.get("tax_year_start_month"), settings.get("tax_year_start_day")) == (4, 30)


def test_a_review_rule_is_switched_on_and_off(db):
    for given, kept in ((0, False), ("", False), (1, True), ("yes", True), (False, False), (True, True)):
        preferences.save({"review.contract_ending.on": given})
        assert settings.get("review.contract_ending.on") is kept


@pytest.mark.parametrize("rule", [rule for rule in review_rules.RULES if rule.thresholds], ids=lambda r: r.name)
def test_each_review_threshold_takes_its_own_bounds(db, rule):
    for threshold in rule.thresholds:
        key = f"review.{rule.name}.{threshold.key}"
        for number in (threshold.low, threshold.high):
            preferences.save({key: number})
            assert settings.get(key) == number
        for number in (threshold.low - 1, threshold.high + 1):
            assert refused({key: number}) == f"{key}: must be from {threshold.low} to {threshold.high} (got {number})."
