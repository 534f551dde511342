"""The person-level log, the composer's date and duration, the channel filter and the search across rooms."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import bench, contracts, interactions, relationship, timeline, weeks, workroom
from talentdesk.services.errors import ValidationError
from talentdesk.store.db import database
from tests import factories
from tests import review_factories as rf

YESTERDAY_3PM = dt.datetime.combine(dt.date.today() - dt.timedelta(days=1), dt.time(15))


def test_a_call_without_a_contract_is_logged_with_its_time_and_duration(db):
    tid = factories.talent("Aiko Tanaka")
    new_id = interactions.log(tid, interactions.InteractionInput("call", YESTERDAY_3PM, 35, "Talked about March"))
    [row] = interactions.for_talent(tid)
    assert (row.id, row.kind, row.happened_at, row.duration_minutes, row.body) == (
        new_id, "call", YESTERDAY_3PM, 35, "Talked about March")


@pytest.mark.parametrize("data,field", [
    (interactions.InteractionInput("letter"), "kind"),
    (interactions.InteractionInput("message", body="  "), "text"),
    (interactions.InteractionInput("note", duration_minutes=10, body="x"), "duration"),
    (interactions.InteractionInput("call", duration_minutes=-5), "duration"),
    (interactions.InteractionInput("call", dt.datetime.now() + dt.timedelta(days=2)), "when"),
])
def test_bad_entries_name_their_field_and_write_nothing(db, data, field):
    tid = factories.talent()
    with pytest.raises(ValidationError) as caught:
        interactions.log(tid, data)
    assert caught.value.field == field
    assert interactions.for_talent(tid) == []


def test_a_deleted_entry_is_returned_for_undo(db):
    tid = factories.talent()
    new_id = interactions.log(tid, interactions.InteractionInput("meeting", YESTERDAY_3PM, 60, "Workshop"))
    was = interactions.delete(new_id)
    assert was.kind == "meeting" and was.duration_minutes == 60 and interactions.for_talent(tid) == []


def test_the_timeline_shows_the_log_for_the_person(db):
    tid, other = factories.talent("Ravi"), factories.talent("Someone else")
    interactions.log(tid, interactions.InteractionInput("call", YESTERDAY_3PM, 20, "Availability in May"))
    interactions.log(other, interactions.InteractionInput("message", YESTERDAY_3PM, None, "Hello"))
    events = timeline.page(timeline.TimelineFilter(talent_ids=(tid,)))
    assert [(e.kind, e.day, e.detail, e.excerpt, e.contract_id) for e in events] == [
        ("call", YESTERDAY_3PM.date(), "20", "Availability in May", None)]
    only_calls = timeline.page(timeline.TimelineFilter(kinds=frozenset({"call"})))
    assert [e.talent_id for e in only_calls] == [tid]


def test_a_message_can_be_dated_in_the_past_with_a_call_length(db):
    cid = factories.contract()
    contracts.add_message(cid, "Call about the API", channel="call", sent_at=YESTERDAY_3PM, duration_minutes=40)
    [row] = workroom.message_page(cid)
    assert (row.sent_at, row.duration_minutes, row.channel) == (YESTERDAY_3PM, 40, "call")
    with pytest.raises(ValidationError) as caught:
        contracts.add_message(cid, "From the future", sent_at=dt.datetime.now() + dt.timedelta(days=3))
    assert caught.value.field == "when"


def test_the_channel_filter_keeps_one_channel(db):
    cid = factories.contract()
    contracts.add_message(cid, "chat one")
    contracts.add_message(cid, "mail one", channel="email")
    contracts.add_message(cid, "chat two")
    assert [r.body for r in workroom.message_page(cid, channel="chat")] == ["chat two", "chat one"]
    assert [r.body for r in workroom.message_page(cid, channel="email")] == ["mail one"]
    assert len(workroom.message_page(cid)) == 3


def test_search_across_rooms_finds_messages_in_every_contract(db):
    a = factories.contract(factories.talent("Ana"), title="Website")
    b = factories.contract(factories.talent("Bilal"), title="Mobile app")
    first = contracts.add_message(a, "The invoice for March is attached", sent_at=YESTERDAY_3PM)
    second = contracts.add_message(b, "Invoices go out on Fridays", channel="email")
    contracts.add_message(b, "Nothing to see here")
    hits = workroom.search_messages("invoice")
    assert [(h.id, h.contract_id, h.contract_title, h.talent_name) for h in hits] == [
        (second, b, "Mobile app", "Bilal"), (first, a, "Website", "Ana")]
    assert None not in (hits[0].sent_at, hits[1].sent_at) and hits[0].sent_at > hits[1].sent_at  # said when
    assert hits[1].snippet.startswith("The invoice for March") and "XXXX" not in hits[1].snippet
    assert [h.id for h in workroom.search_messages("invoice", channel="email")] == [second]
    assert workroom.search_messages("   ") == []


def test_search_across_rooms_shows_the_newest_two_hundred(db):
    room = factories.contract(factories.talent("Ana"))
    start = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    for n in range(201):
        contracts.add_message(room, f"deploy number {n}", sent_at=start + dt.timedelta(minutes=n))
    hits = workroom.search_messages("deploy")
    assert len(hits) == 200 and hits[0].snippet.endswith("number 200") and hits[-1].snippet.endswith("number 1")


# -- week boundaries and the bench status ------------------------------------------------------------

def test_week_boundaries_agree_in_python_and_sql(db):
    for offset in range(14):
        day = dt.date(2026, 3, 1) + dt.timedelta(days=offset)
        sql = database.obj.execute_sql(f"SELECT {weeks.week_start_sql('?')}", (day.isoformat(),)).fetchone()[0]
        monday, sunday = weeks.week_of(day)
        assert sql == monday.isoformat() and monday.weekday() == 0 and (sunday - monday).days == 6
        assert monday <= day <= sunday


def test_a_person_whose_only_running_contract_ends_is_no_longer_shown_active(db):
    tid = factories.talent("Mina", bench_status="active")
    cid = factories.contract(tid)
    assert bench.rows([tid])[tid].bench_status == "active"
    assert tid in bench.talent_ids(bench.Filters(statuses=("active",)))
    rf.ended(cid, dt.date(2026, 2, 1))
    assert bench.rows([tid])[tid].bench_status == "on_bench"
    assert bench.detail(tid).status == "on_bench"
    assert tid not in bench.talent_ids(bench.Filters(statuses=("active",)))
    assert tid in bench.talent_ids(bench.Filters(statuses=("on_bench",)))


def test_a_new_running_contract_shows_active_and_the_user_s_own_statuses_stay(db):
    idle = factories.talent("Idle")
    assert relationship.bench_statuses([idle]) == {idle: "on_bench"}
    factories.contract(idle)
    assert relationship.bench_statuses([idle]) == {idle: "active"}
    for status in ("trial", "do_not_rehire", "archived"):
        tid = factories.talent(f"Kept {status}", bench_status=status,
                               status_reason="missed deadlines" if status == "do_not_rehire" else "")
        factories.contract(tid)
        assert relationship.bench_statuses([tid]) == {tid: status}
        assert relationship.bench_status(status, True) == status


# -- the log's own rules: when, how long, what was said ------------------------------------------------

NOW = dt.datetime(2026, 3, 10, 12, 0)


def _when_refused(happened_at) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        interactions.validated(interactions.InteractionInput("call", happened_at), now=NOW)
    return caught.value


def test_an_entry_may_be_up_to_five_minutes_ahead_of_the_clock_and_not_more():
    # Another device's clock may run a little fast; a day in the future is a typing slip.
    at_limit = interactions.validated(interactions.InteractionInput("call", NOW + dt.timedelta(minutes=5)), now=NOW)
    assert at_limit["happened_at"] == NOW + dt.timedelta(minutes=5)
    refused = _when_refused(NOW + dt.timedelta(minutes=5, seconds=1))
    assert refused.field == "when" and refused.message == "is in the future; log what already happened."


def test_an_entry_without_a_time_is_logged_now_to_the_second():
    values = interactions.validated(interactions.InteractionInput("note", body="Prefers mornings"), now=NOW)
    assert values == {"kind": "note", "happened_at": NOW, "duration_minutes": None, "body": "Prefers mornings"}
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    logged = interactions.validated(interactions.InteractionInput("note", body="x"))["happened_at"]
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert before <= logged <= after and logged.microsecond == 0


def test_a_time_with_a_zone_is_kept_in_utc_and_without_fractions_of_a_second():
    from zoneinfo import ZoneInfo

    berlin = dt.datetime(2026, 3, 10, 9, 30, 15, 999_999, tzinfo=ZoneInfo("Europe/Berlin"))  # UTC+1 in March
    values = interactions.validated(interactions.InteractionInput("meeting", berlin, 45), now=NOW)
    assert values["happened_at"] == dt.datetime(2026, 3, 10, 8, 30, 15)
    assert values["happened_at"].tzinfo is None
    # A zone ahead of UTC can make a time that reads as "later than now" one that already happened.
    tokyo = dt.datetime(2026, 3, 10, 20, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 11:00 UTC
    assert interactions.validated(interactions.InteractionInput("call", tokyo), now=NOW)["happened_at"] == (
        dt.datetime(2026, 3, 10, 11, 0))


def test_a_day_without_a_time_is_refused_on_the_when_field():
    refused = _when_refused(dt.date(2026, 3, 9))
    assert refused.field == "when" and refused.message == "choose a date and a time."


@pytest.mark.parametrize("kind,minutes,stored", [
    ("call", 0, None),  # no length given is no length
    ("call", 1, 1),
    ("meeting", 24 * 60, 24 * 60),
])
def test_calls_and_meetings_keep_a_duration_of_up_to_a_day(kind, minutes, stored):
    values = interactions.validated(interactions.InteractionInput(kind, NOW, minutes, ""), now=NOW)
    assert (values["kind"], values["duration_minutes"], values["body"]) == (kind, stored, "")


@pytest.mark.parametrize("kind,minutes,message", [
    ("meeting", 24 * 60 + 1, "must be from 0 to 1440 (got 1441)."),
    ("call", -1, "must be from 0 to 1440 (got -1)."),
    ("message", 10, "only a call or a meeting has a duration."),
    ("note", 10, "only a call or a meeting has a duration."),
])
def test_a_duration_out_of_range_or_on_a_message_is_refused(kind, minutes, message):
    with pytest.raises(ValidationError) as caught:
        interactions.validated(interactions.InteractionInput(kind, NOW, minutes, "said"), now=NOW)
    assert (caught.value.field, caught.value.message) == ("duration", message)


@pytest.mark.parametrize("kind", ["message", "note"])
def test_a_message_or_a_note_needs_its_text_and_a_call_does_not(kind):
    with pytest.raises(ValidationError) as caught:
        interactions.validated(interactions.InteractionInput(kind, NOW, None, "   "), now=NOW)
    assert (caught.value.field, caught.value.message) == ("text", "write what was said.")
    assert interactions.validated(interactions.InteractionInput("call", NOW), now=NOW)["body"] == ""
    assert interactions.validated(interactions.InteractionInput(kind, NOW, None, "  Hi  "), now=NOW)["body"] == "Hi"


def test_the_text_may_be_long_but_not_endless():
    long = "a" * 200_000
    assert interactions.validated(interactions.InteractionInput("note", NOW, None, long), now=NOW)["body"] == long
    with pytest.raises(ValidationError) as caught:
        interactions.validated(interactions.InteractionInput("note", NOW, None, long + "a"), now=NOW)
    assert caught.value.field == "text"


def test_logging_for_someone_who_is_gone_is_refused_and_writes_nothing(db):
    from talentdesk.services import talents
    from talentdesk.services.errors import NotFound
    from talentdesk.store.models import Interaction

    kept = factories.talent("Kept")
    gone = factories.talent("Gone")
    talents.delete_talent(gone)
    with pytest.raises(NotFound) as caught:
        interactions.log(gone, interactions.InteractionInput("call", YESTERDAY_3PM))
    assert str(caught.value) == "That person no longer exists."
    assert Interaction.select().count() == 0
    interactions.log(kept, interactions.InteractionInput("call", YESTERDAY_3PM))
    assert [r.kind for r in interactions.for_talent(kept)] == ["call"]


def test_the_log_lists_one_person_s_entries_newest_first(db):
    tid, other = factories.talent("Ravi"), factories.talent("Someone else")
    log = interactions.log
    older = log(tid, interactions.InteractionInput("call", YESTERDAY_3PM - dt.timedelta(days=3)))
    newest = log(tid, interactions.InteractionInput("meeting", YESTERDAY_3PM, 30))  # logged before one it follows
    middle = log(tid, interactions.InteractionInput("note", YESTERDAY_3PM - dt.timedelta(days=1), body="Idea"))
    same_time_first = log(tid, interactions.InteractionInput("call", YESTERDAY_3PM - dt.timedelta(days=2)))
    same_time_second = log(tid, interactions.InteractionInput("message", YESTERDAY_3PM - dt.timedelta(days=2),
                                                              body="Sent the brief"))
    log(other, interactions.InteractionInput("call", YESTERDAY_3PM))
    rows = interactions.for_talent(tid)
    assert [r.id for r in rows] == [newest, middle, same_time_second, same_time_first, older]
    assert {r.talent_id for r in rows} == {tid}
    assert [r.id for r in interactions.for_talent(tid, limit=2)] == [newest, middle]


def test_the_log_shows_the_newest_two_hundred_entries(db):
    tid = factories.talent()
    start = YESTERDAY_3PM - dt.timedelta(days=30)
    for n in range(201):
        interactions.log(tid, interactions.InteractionInput("note", start + dt.timedelta(minutes=n), body=f"n{n}"))
    rows = interactions.for_talent(tid)
    assert len(rows) == 200 and rows[0].body == "n200" and rows[-1].body == "n1"


def test_deleting_an_entry_removes_only_it_and_logging_what_it_returns_restores_it(db):
    tid = factories.talent()
    kept = interactions.log(tid, interactions.InteractionInput("call", YESTERDAY_3PM - dt.timedelta(days=1), 15, "a"))
    gone = interactions.log(tid, interactions.InteractionInput("meeting", YESTERDAY_3PM, 60, "Workshop on pricing"))
    was = interactions.delete(gone)
    assert was == interactions.InteractionInput("meeting", YESTERDAY_3PM, 60, "Workshop on pricing")
    assert [r.id for r in interactions.for_talent(tid)] == [kept]
    assert interactions.delete(gone) is None  # already gone: nothing to undo
    interactions.log(tid, was)  # undo
    [restored, _] = interactions.for_talent(tid)
    assert (restored.kind, restored.happened_at, restored.duration_minutes, restored.body) == (
        "meeting", YESTERDAY_3PM, 60, "Workshop on pricing")
