"""Working minutes between two instants, across weekends, time zones, daylight saving and night shifts."""
from __future__ import annotations

import datetime as dt

from talentdesk.services.working_time import WorkingHours, working_minutes

UTC_9_17 = WorkingHours("UTC", 9 * 60, 17 * 60)
BERLIN = WorkingHours("Europe/Berlin", 9 * 60, 17 * 60)
NEW_YORK = WorkingHours("America/New_York", 9 * 60, 17 * 60)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_inside_one_working_day():
    assert working_minutes(at("2026-03-04 10:00"), at("2026-03-04 11:30"), UTC_9_17, UTC_9_17) == 90


def test_night_does_not_count():
    # 16:30 Wednesday to 09:15 Thursday: half an hour before the end of the day, a quarter after the start.
    assert working_minutes(at("2026-03-04 16:30"), at("2026-03-05 09:15"), UTC_9_17, UTC_9_17) == 45


def test_friday_evening_to_monday_morning_counts_only_the_working_minutes():
    # 2026-03-06 is a Friday; the weekend in between counts nothing.
    assert working_minutes(at("2026-03-06 16:30"), at("2026-03-09 09:30"), UTC_9_17, UTC_9_17) == 60


def test_a_weekend_question_answered_on_monday_waited_minutes():
    assert working_minutes(at("2026-03-07 12:00"), at("2026-03-09 09:20"), UTC_9_17, UTC_9_17) == 20


def test_either_sides_working_hours_count_once():
    # On 4 March Berlin works 08:00-16:00 UTC and New York 14:00-22:00 UTC: together 08:00-22:00 UTC,
    # the shared 14:00-16:00 counted once.
    assert working_minutes(at("2026-03-04 00:00"), at("2026-03-05 00:00"), BERLIN, NEW_YORK) == 14 * 60
    # From 8 March New York is on summer time (13:00-21:00 UTC) while Berlin is not yet: 08:00-21:00.
    assert working_minutes(at("2026-03-11 00:00"), at("2026-03-12 00:00"), BERLIN, NEW_YORK) == 13 * 60


def test_daylight_saving_shifts_the_local_day_in_utc():
    # Berlin's clocks go forward on 29 March 2026: 09:00-17:00 local is 08:00-16:00 UTC before, 07:00-15:00 after.
    before = working_minutes(at("2026-03-27 07:00"), at("2026-03-27 08:30"), BERLIN)
    after = working_minutes(at("2026-03-30 07:00"), at("2026-03-30 08:30"), BERLIN)
    assert (before, after) == (30, 90)


def test_a_night_shift_past_midnight_belongs_to_the_day_it_starts():
    night = WorkingHours("UTC", 22 * 60, 6 * 60)
    # Friday 22:00 to Saturday 06:00 is Friday's shift; Saturday's and Sunday's nights are off.
    assert working_minutes(at("2026-03-06 21:00"), at("2026-03-09 00:00"), night) == 8 * 60
    # Monday's shift runs from 22:00 Monday to 06:00 Tuesday.
    assert working_minutes(at("2026-03-09 23:00"), at("2026-03-10 07:00"), night) == 7 * 60


def test_time_zone_decides_what_a_weekend_is():
    # Friday 09:00-17:00 in Auckland (summer time, UTC+13) is Thursday 20:00 to Friday 04:00 UTC; from
    # Friday 11:00 UTC it is Saturday there, so the afternoon of Friday in UTC counts nothing.
    auckland = WorkingHours("Pacific/Auckland", 9 * 60, 17 * 60)
    assert working_minutes(at("2026-03-06 03:00"), at("2026-03-06 05:00"), auckland) == 60
    assert working_minutes(at("2026-03-06 11:00"), at("2026-03-06 23:00"), auckland) == 0


def test_a_backwards_span_and_an_unknown_zone():
    assert working_minutes(at("2026-03-04 11:00"), at("2026-03-04 10:00"), UTC_9_17) == 0
    assert working_minutes(at("2026-03-04 10:00"), at("2026-03-04 11:00"), WorkingHours("Mars/Olympus")) == 60
