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
