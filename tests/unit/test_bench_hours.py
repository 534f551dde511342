"""Whether someone is at work at their local time: the bench's "working now" beside their clock."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.views.bench import fmt


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, 4, hour, minute)


@pytest.mark.parametrize("local,working", [
    (at(8, 59), False), (at(9), True), (at(12, 30), True), (at(16, 59), True), (at(17), False), (at(23, 59), False)])
def test_at_work_from_the_first_minute_of_the_day_until_its_end(local, working):
    assert fmt.at_work(local, 9 * 60, 17 * 60) is working


@pytest.mark.parametrize("local,working", [
    (at(21, 59), False), (at(22), True), (at(0), True), (at(5, 59), True), (at(6), False), (at(12), False)])
def test_a_working_day_past_midnight(local, working):
    assert fmt.at_work(local, 22 * 60, 6 * 60) is working
