"""The timeline's events, filters and paging; appreciation rules; the timeline CSV."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.interchange import timeline_csv
from talentdesk.services import appreciation, contracts, timeline
from talentdesk.services.errors import ValidationError
from talentdesk.services.timeline import TimelineFilter
from talentdesk.store.models import Milestone
from tests import factories, timeline_world


def walk(flt: TimelineFilter, size: int) -> list[timeline.Event]:
    events, after = [], None
    while True:
        rows = timeline.page(flt, after, size)
        events += rows
        if len(rows) < size:
            return events
        after = rows[-1].cursor


def test_paging_brings_every_event_once_newest_first(db):
    timeline_world.build(40)
    events = walk(TimelineFilter(), 37)  # a page size that splits days with many events
    keys = [(e.day.isoformat(), e.kind, e.sid) for e in events]
    assert len(events) == timeline_world.expected_count() == timeline.count(TimelineFilter())
    assert len(set(keys)) == len(keys)
    assert keys == sorted(keys, reverse=True)
    assert {e.kind for e in events} >= {"contract_started", "feedback_given", "checkin", "scope_change", "bonus",
                                        "thanks_bonus", "rate_change", "contract_ended"}


def test_filters_are_pushed_into_every_branch(db):
    timeline_world.build(40)
    one = TimelineFilter(talent_ids=(3,), kinds=frozenset({"checkin", "private_review"}))
    events = walk(one, 5)
    assert events and {e.talent_id for e in events} == {3}
    assert {e.kind for e in events} <= {"checkin", "private_review"}
    assert len(events) == timeline.count(one)
    low = walk(TimelineFilter(max_score=3), 50)
    assert low and all(e.score is not None and e.score <= 3 for e in low)
    since, until = dt.date(2025, 1, 1), dt.date(2025, 3, 31)
    period = walk(TimelineFilter(since=since, until=until), 50)
    assert period and all(since <= e.day <= until for e in period)
    found = walk(TimelineFilter(text="MIGRATION went live"), 50)
    assert found and all("migration went live" in e.excerpt for e in found)
    assert timeline.page(TimelineFilter(talent_ids=())) == []


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # SQLite's planner; PostgreSQL plans by its own statistics
def test_a_person_filter_reads_through_indexes(db):
    timeline_world.build(5)
    plan = " | ".join(timeline.explain(TimelineFilter(talent_ids=(2,)), timeline.Cursor("2026-01-01", "praise", 9)))
    for table in ("f", "r", "p", "s", "a", "c"):
        assert f"SCAN {table} " not in plan + " ", plan


def test_praise_must_be_specific():
    with pytest.raises(ValidationError, match="too short to be specific"):
        appreciation.check_specific("great job")
    with pytest.raises(ValidationError, match="could be said of anyone"):
        appreciation.check_specific("great work as always, thanks")
    assert appreciation.check_specific(" The release notes saved me a day ") == "The release notes saved me a day"


def test_a_thank_you_bonus_is_one_event_with_its_amount(db):
    person = factories.talent("Amara Okafor")
    contract = factories.contract(person)
    with pytest.raises(ValidationError, match="bonus is paid on a contract"):
        appreciation.add_appreciation(appreciation.AppreciationInput(
            person, "thanks_bonus", "the launch checklist caught two bugs", amount_minor=5000))
    appreciation.add_appreciation(appreciation.AppreciationInput(
        person, "thanks_bonus", "the launch checklist caught two bugs", contract_id=contract, amount_minor=5000))
    events = timeline.page(TimelineFilter(kinds=frozenset({"bonus", "thanks_bonus"})))
    assert [(e.kind, e.amount_minor, e.currency) for e in events] == [("thanks_bonus", 5000, "USD")]
    other = factories.talent()
    with pytest.raises(ValidationError, match="someone else"):
        appreciation.add_appreciation(appreciation.AppreciationInput(
            other, "praise", "the launch checklist caught two bugs", contract_id=contract))


def test_say_thanks_after_a_five_or_an_approved_milestone_until_thanked(db):
    today = dt.date.today()
    great, steady = factories.talent("Great Reviewer"), factories.talent("Steady Builder")
    first = factories.contract(great, status="active")
    contracts.add_feedback(first, "given", 5, "superb", given_on=today - dt.timedelta(days=3))
    second = factories.contract(steady, status="active")
    Milestone.create(contract=second, title="Billing export", status="approved", approved_on=today)
    found = appreciation.thanks_suggestions()
    assert [(s.talent_name, s.reason) for s in found] == [("Steady Builder", "milestone"), ("Great Reviewer", "review")]
    appreciation.add_appreciation(appreciation.AppreciationInput(great, "praise", "the export format was spot on"))
    assert [s.talent_name for s in appreciation.thanks_suggestions()] == ["Steady Builder"]


def test_timeline_csv_follows_the_house_rules(db, tmp_path):
    person = factories.talent("=HYPERLINK(evil)")
    contract = factories.contract(person, title="Site rebuild", currency="EUR")
    contracts.add_payment(contract, "bonus", 12345, "EUR", dt.date(2026, 2, 3), description="-1+2 extra work")
    path = tmp_path / "events.csv"
    written = timeline_csv.export(path, TimelineFilter(kinds=frozenset({"bonus"})))
    raw = path.read_bytes()
    assert written == 1
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    text = raw.decode("utf-8-sig")
    assert "2026-02-03,Bonus paid,'=HYPERLINK(evil),Site rebuild,,123.45,EUR,,'-1+2 extra work" in text


def test_a_rate_that_starts_later_is_not_history_yet(db):
    from talentdesk.services import talents

    person = factories.talent("Lena Park")
    today = dt.date.today()
    talents.add_rate(person, today, 5000, "USD", note="this year's rate")
    talents.add_rate(person, today + dt.timedelta(days=30), 6000, "USD", note="agreed for next month")
    events = timeline.page(TimelineFilter(talent_ids=(person,), kinds=frozenset({"rate_change"})))
    assert [e.excerpt for e in events] == ["this year's rate"]


def test_contract_and_appreciation_events_read_their_own_columns(db):
    """Each contract and appreciation event shows its own day, amount, currency, text and kind of work; a draft
    is no event, and a person's filter keeps another person's events out."""
    from talentdesk.store.models import Contract

    person, other = factories.talent("Amara Okafor"), factories.talent("Ben Ortiz")
    first = factories.contract(person, title="Billing export", kind="fixed", rate_minor=120000, currency="EUR",
                               start_date=dt.date(2025, 3, 3), scope="move invoices to the new ledger")
    Contract.update(status="ended", end_date=dt.date(2025, 6, 30), end_reason="the export shipped").where(
        Contract.id == first).execute()
    second = factories.contract(person, title="Billing export II", rate_minor=6000, currency="EUR",
                                start_date=dt.date(2025, 7, 7), renews_id=first, scope="keep the export running")
    factories.contract(person, title="Not agreed yet", status="draft", start_date=dt.date(2025, 8, 4))
    elsewhere = factories.contract(other, title="Someone else's work", start_date=dt.date(2025, 7, 7))
    given = dt.date.today() - dt.timedelta(days=2)
    for kind in timeline.APPRECIATION_EVENT_KINDS:
        appreciation.add_appreciation(appreciation.AppreciationInput(
            person, kind, f"{kind}: the hand-over notes saved me a day", given_on=given, contract_id=second,
            amount_minor=2500 if kind == "thanks_bonus" else None, currency="EUR"))
        appreciation.add_appreciation(appreciation.AppreciationInput(
            other, kind, f"{kind}: the other person's careful review", given_on=given, contract_id=elsewhere,
            amount_minor=900 if kind == "thanks_bonus" else None))
    events = walk(TimelineFilter(talent_ids=(person,), kinds=frozenset(
        {"contract_started", "contract_renewed", "contract_ended", *timeline.APPRECIATION_EVENT_KINDS})), 4)
    seen = [(e.kind, e.day, e.sid, e.talent_name, e.contract_title, e.amount_minor, e.currency, e.excerpt, e.detail,
             e.source) for e in events]
    said = {kind: f"{kind}: the hand-over notes saved me a day" for kind in timeline.APPRECIATION_EVENT_KINDS}
    ids = {row.kind: row.id for row in appreciation.Appreciation.select().where(
        appreciation.Appreciation.talent == person)}
    assert seen == [
        *((kind, given, ids[kind], "Amara Okafor", "Billing export II", 2500 if kind == "thanks_bonus" else None,
           "EUR" if kind == "thanks_bonus" else "", said[kind], "", "appreciation")
          for kind in sorted(timeline.APPRECIATION_EVENT_KINDS, reverse=True)),
        ("contract_renewed", dt.date(2025, 7, 7), second, "Amara Okafor", "Billing export II", 6000, "EUR",
         "keep the export running", "hourly", "contract"),
        ("contract_ended", dt.date(2025, 6, 30), first, "Amara Okafor", "Billing export", 120000, "EUR",
         "the export shipped", "fixed", "contract"),
        ("contract_started", dt.date(2025, 3, 3), first, "Amara Okafor", "Billing export", 120000, "EUR",
         "move invoices to the new ledger", "fixed", "contract"),
    ]
    assert timeline.count(TimelineFilter(talent_ids=(person,), kinds=frozenset({"contract_started"}))) == 1


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # SQLite's planner; PostgreSQL plans by its own statistics
def test_a_later_page_starts_reading_where_the_last_one_ended(db):
    # Keyset paging: the page after a cursor is read along the day index from the cursor down, not from the top.
    timeline_world.build(5)
    person = TimelineFilter(talent_ids=(2,))
    first = " | ".join(timeline.explain(person))
    later = " | ".join(timeline.explain(person, timeline.Cursor("2026-01-01", "praise", 9)))
    assert "start_date>? AND start_date<?" in later and "start_date<?" not in first


def test_text_search_takes_percent_underscore_and_backslash_literally(db):
    from talentdesk.services import interactions

    person = factories.talent("Noor Haddad")
    when = dt.datetime(2026, 2, 2, 10, 0)
    for body in ("We are 50% done", "We are 500 done", "see file_a", "see fileXa", r"saved in C:\temp", "saved in C:temp"):
        interactions.log(person, interactions.InteractionInput("note", when, body=body))

    def found(text):
        return sorted(e.excerpt for e in timeline.page(TimelineFilter(text=text)))

    assert found("50%") == ["We are 50% done"]
    assert found("file_a") == ["see file_a"]
    assert found("C:\\temp") == [r"saved in C:\temp"]
    assert found("C:temp") == ["saved in C:temp"]
    assert timeline.count(TimelineFilter(text="50%")) == 1


def test_the_person_chooser_finds_people_by_any_part_of_their_name_or_their_skills(db):
    from talentdesk.services import talents

    zed = factories.talent("Zed Anand")
    carl = factories.talent("Carl Berg", skills=[("Django", 5)])
    ana = factories.talent("Ana Souza", skills=[("Figma", 4), ("Illustration", 3)])
    bea = factories.talent("Beatriz Anaya")
    people = timeline.find_people
    assert people("") == [timeline.Person(ana, "Ana Souza"), timeline.Person(bea, "Beatriz Anaya"),
                          timeline.Person(carl, "Carl Berg"), timeline.Person(zed, "Zed Anand")]
    # A word's start (full-text search) and any part of a name ("anay" inside "Beatriz Anaya", "naya" too).
    assert [p.name for p in people("Ana")] == ["Ana Souza", "Beatriz Anaya", "Zed Anand"]
    assert [p.name for p in people("naya")] == ["Beatriz Anaya"]
    assert [p.id for p in people("django")] == [carl]
    assert [p.id for p in people("  figma ")] == [ana]
    assert people("nobody by this name") == []
    assert [p.name for p in people("", limit=2)] == ["Ana Souza", "Beatriz Anaya"]
    assert talents.search_ids("") is None  # what "everyone" rests on
    for n in range(47):
        factories.talent(f"Yara {n:02d}")
    assert len(people("")) == 50 and people("")[-1].name == "Yara 46"  # the first fifty by name


def test_people_are_named_in_name_order(db):
    b, a, c = factories.talent("Bruno"), factories.talent("Alma"), factories.talent("Chen")
    assert timeline.people([c, a]) == [timeline.Person(a, "Alma"), timeline.Person(c, "Chen")]
    assert timeline.people(()) == []
    assert timeline.all_people() == [timeline.Person(a, "Alma"), timeline.Person(b, "Bruno"),
                                     timeline.Person(c, "Chen")]
