"""The small lookups the screens and the PDFs call (choosers, file names, the plan's report): each with the
world it reads, so a wrong order, filter or name shows."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import (
    availability,
    classification,
    contracts,
    exchange,
    files,
    import_store,
    planner,
    report_data,
    review_session,
    settings,
    talents,
    timeline,
    workroom,
)
from talentdesk.services.errors import NotFound
from tests import factories


def test_the_people_a_contract_can_be_with_leave_out_the_archived_and_sort_by_name(db):
    zoe = factories.talent("zoë Zimmer")
    ana = factories.talent("Ana Souza")
    bea = factories.talent("bea Braun")
    gone = factories.talent("Abel Archived")
    talents.set_status([gone], "archived")
    assert workroom.people() == [(ana, "Ana Souza"), (bea, "bea Braun"), (zoe, "zoë Zimmer")]


def test_the_person_filter_lists_only_people_with_a_contract(db):
    nobody = factories.talent("Aaron Nobody")
    ava = factories.talent("ava Costa")
    ben = factories.talent("Ben Brown")
    factories.contract(ava)
    factories.contract(ben)
    factories.contract(ben)
    assert workroom.people_with_contracts() == [(ava, "ava Costa"), (ben, "Ben Brown")]  # case does not sort
    assert nobody not in dict(workroom.people_with_contracts())


def test_the_timeline_chooser_lists_everyone_by_name(db):
    gone = factories.talent("Zed")
    talents.set_status([gone], "archived")
    ana = factories.talent("Ana")
    assert [(p.id, p.name) for p in timeline.all_people()] == [(ana, "Ana"), (gone, "Zed")]


def _contract(talent_id, title, status, start):
    contract_id = factories.contract(talent_id, title, status="active", start_date=start)
    if status != "active":
        contracts.move(contract_id, status, on=dt.date(2026, 6, 1) if status == "ended" else None)
    return contract_id


def test_the_classification_check_is_about_the_latest_running_contract_else_the_latest(db):
    ana = factories.talent("Ana")
    assert classification.contract_to_check(ana) is None
    _contract(ana, "Old logo", "ended", dt.date(2025, 1, 6))
    newer_ended = _contract(ana, "Ended site", "ended", dt.date(2026, 3, 2))
    assert classification.contract_to_check(ana) == (newer_ended, "Ended site")
    running = _contract(ana, "Support", "active", dt.date(2024, 1, 1))
    assert classification.contract_to_check(ana) == (running, "Support")  # running first, though older
    paused = _contract(ana, "Paused app", "paused", dt.date(2025, 6, 2))
    assert classification.contract_to_check(ana) == (paused, "Paused app")  # the later start of the running ones
    twin = _contract(ana, "Paused twin", "paused", dt.date(2025, 6, 2))
    assert classification.contract_to_check(ana) == (twin, "Paused twin")  # same start: the newer record
    factories.contract(ana, "Undated", status="active", start_date=None)
    assert classification.contract_to_check(ana) == (twin, "Paused twin")  # no start date comes last
    assert classification.contract_to_check(factories.talent("Ben")) is None  # nobody else's contracts


def test_report_names_and_their_not_found_messages(db):
    ana = factories.talent("Ana Souza")
    contract_id = factories.contract(ana, "Logo")
    assert report_data.talent_name(ana) == "Ana Souza"
    assert report_data.contract_names(contract_id) == ("Ana Souza", "Logo")
    with pytest.raises(NotFound) as no_talent:
        report_data.talent_name(ana + 99)
    assert str(no_talent.value) == f"No talent with id {ana + 99}; it may have been deleted."
    with pytest.raises(NotFound) as no_contract:
        report_data.contract_names(contract_id + 99)
    assert str(no_contract.value) == f"No contract with id {contract_id + 99}; it may have been deleted."


def test_the_review_sessions_day_names_the_pdf(db):
    with pytest.raises(NotFound):
        report_data.session_day(None)  # no session yet
    first, _cards = review_session.start_session(dt.date(2026, 3, 2))
    day = report_data.session_day(first)
    assert day == review_session_started(first)
    assert report_data.session_day(None) == day  # the latest when none is named
    with pytest.raises(NotFound) as missing:
        report_data.session_day(first + 5)
    assert str(missing.value) == f"No review session with id {first + 5}."


def review_session_started(session_id: int) -> str:
    from talentdesk.store.models import ReviewSession

    return ReviewSession.get_by_id(session_id).started_at.date().isoformat()


def test_a_persons_own_files_are_not_their_contracts_files(db, data_dir, tmp_path):
    ana = factories.talent("Ana")
    contract_id = factories.contract(ana)
    (tmp_path / "id.pdf").write_bytes(b"ID")
    (tmp_path / "nda.pdf").write_bytes(b"NDA")
    (tmp_path / "brief.pdf").write_bytes(b"BRIEF")
    id_card = files.add_for_person(data_dir, ana, files.FileInput(tmp_path / "id.pdf", shared_on=dt.date(2026, 1, 2)))
    nda = files.add_for_person(data_dir, ana, files.FileInput(tmp_path / "nda.pdf", shared_on=dt.date(2026, 2, 3)))
    files.add(data_dir, contract_id, files.FileInput(tmp_path / "brief.pdf"))
    assert [f.id for f in files.for_person(ana)] == [nda, id_card]  # newest first
    assert [f.name for f in files.for_person(ana)] == ["nda.pdf", "id.pdf"]


def test_the_exchange_rates_kept_are_summed_up_per_currency(db):
    assert exchange.rate_summary() == []
    exchange.set_rate(dt.date(2026, 1, 5), "USD", "1.08")
    exchange.set_rate(dt.date(2026, 3, 2), "USD", "1.10")
    exchange.set_rate(dt.date(2026, 2, 2), "GBP", "0.85")
    assert exchange.rate_summary() == [("GBP", dt.date(2026, 2, 2), dt.date(2026, 2, 2), 1),
                                       ("USD", dt.date(2026, 1, 5), dt.date(2026, 3, 2), 2)]


def test_home_figures_are_read_by_name():
    figures = exchange.HomeFigures("EUR", paid=10_000, fees=500, refunds=2_000)
    assert [figures.get(name) for name in ("paid", "fees", "refunds", "total")] == [10_000, 500, 2_000, 8_500]


def test_availability_as_the_dialog_starts_from_it(db):
    ana = factories.talent("Ana")
    assert availability.offered(ana) is None
    availability.set_offered(factories.talent("Ben"), 10)  # someone else's hours are not Ana's
    assert availability.offered(ana) is None
    assert availability.editing(ana) == availability.Editing("Ana", None, [])
    availability.set_offered(ana, 24)
    later = availability.add_away(ana, dt.date(2026, 8, 3), dt.date(2026, 8, 14), "holiday")
    sooner = availability.add_away(ana, dt.date(2026, 5, 4), dt.date(2026, 5, 4), "")
    assert availability.offered(ana) == 24
    editing = availability.editing(ana)
    assert (editing.name, editing.offered_hours) == ("Ana", 24)
    assert [a.id for a in editing.away] == [sooner, later] == [a.id for a in availability.away_periods(ana)]
    assert editing.away[1] == availability.Away(later, ana, dt.date(2026, 8, 3), dt.date(2026, 8, 14), "holiday")


@pytest.mark.parametrize(("start", "end", "touches"), [
    (dt.date(2026, 8, 1), dt.date(2026, 8, 2), False),  # ends the day before
    (dt.date(2026, 8, 1), dt.date(2026, 8, 3), True),  # ends on its first day
    (dt.date(2026, 8, 14), dt.date(2026, 8, 20), True),  # starts on its last day
    (dt.date(2026, 8, 15), dt.date(2026, 8, 20), False),  # starts the day after
    (dt.date(2026, 8, 5), dt.date(2026, 8, 6), True),  # inside it
])
def test_an_away_period_overlaps_a_period_touching_it_on_either_end(start, end, touches):
    away = availability.Away(1, 1, dt.date(2026, 8, 3), dt.date(2026, 8, 14))
    assert away.overlaps(start, end) is touches


def test_an_offer_costs_its_rate_times_its_weekly_limit_over_the_plans_weekdays():
    two_weeks = planner.Description((planner.SkillNeed("Python"),), 20, dt.date(2027, 1, 11), dt.date(2027, 1, 22))
    assert two_weeks.workdays == 10
    assert planner.offer_cost(4_000, 15, two_weeks) == 4_000 * 15 * 2
    three_days = planner.Description((planner.SkillNeed("Python"),), 20, dt.date(2027, 1, 11), dt.date(2027, 1, 13))
    assert planner.offer_cost(5_000, 10, three_days) == 5_000 * 10 * 3 // 5
    assert planner.offer_cost(4_000, None, two_weeks) is None
    assert planner.offer_cost(4_000, 0, two_weeks) is None


def test_the_plan_report_names_the_offers_and_the_alternatives(db):
    settings.set("my_timezone", "UTC")
    settings.set("my_working_hours_start", 9 * 60)
    settings.set("my_working_hours_end", 17 * 60)
    people = {}
    for name, rate in (("Ana", 4000), ("Ben", 5000), ("Cleo", 6000)):
        people[name] = factories.talent(name, skills=[("Python", 4)], timezone="UTC")
        availability.set_offered(people[name], 40)
        talents.add_rate(people[name], dt.date(2026, 1, 1), rate, "EUR")
    today = dt.date(2027, 1, 4)
    d = planner.Description((planner.SkillNeed("Python", 3),), 20, dt.date(2027, 1, 11), dt.date(2027, 1, 22),
                            currency="EUR", title="API")
    result = planner.propose(d, today)
    chosen = next(p for p in result.proposals if p.names == "Ben")
    plan_id = planner.save_plan(d, chosen)
    report = planner.plan_report(plan_id, today)
    assert [(o.name, o.status, o.cost_minor) for o in report.offers] == [("Ben", "draft", 5000 * 20 * 2)]
    assert sorted(p.names for p in report.alternatives) == ["Ana", "Cleo"]  # everyone but the chosen
    assert report.unmet == []
    from talentdesk.store.models import Contract  # the draft is gone (no service removes one; a restore may)

    Contract.delete().where(Contract.id == planner.load_plan(plan_id).members[0].contract_id).execute()
    assert [(o.name, o.status, o.cost_minor) for o in planner.plan_report(plan_id, today).offers] == [
        ("Ben", "removed", None)]


def test_a_persons_own_files_come_newest_shared_first_and_newest_added_first_on_a_day(db, data_dir, tmp_path):
    ana = factories.talent("Ana")
    added = []
    for name, day in (("a.pdf", dt.date(2026, 1, 2)), ("b.pdf", dt.date(2026, 2, 3)), ("c.pdf", dt.date(2026, 1, 2)),
                      ("d.pdf", dt.date(2026, 2, 3))):
        (tmp_path / name).write_bytes(name.encode())
        added.append(files.add_for_person(data_dir, ana, files.FileInput(tmp_path / name, shared_on=day)))
    a, b, c, d = added
    assert [f.id for f in files.for_person(ana)] == [d, b, c, a]


def test_a_persons_classification_results_newest_check_first_and_only_theirs(db):
    from talentdesk.store.models import ClassificationAnswer

    ana, bea = factories.talent("Ana"), factories.talent("Bea")
    first, second, third, unchecked = (factories.contract(ana, title) for title in ("First", "Second", "Third", "Open"))
    theirs = factories.contract(bea, "Bea's")
    answers = classification.Answers(sets_hours="me", sets_place="me")
    for cid, day in ((first, dt.date(2026, 3, 2)), (second, dt.date(2026, 1, 5)), (third, dt.date(2026, 3, 2)),
                     (theirs, dt.date(2026, 4, 1))):
        classification.save_answers(cid, answers, today=day)
    ClassificationAnswer.create(contract=unchecked)  # answered, never checked: no result yet
    found = classification.results_for_person(ana)
    assert [(r.contract_id, r.checked_on) for r in found] == [
        (third, dt.date(2026, 3, 2)), (first, dt.date(2026, 3, 2)), (second, dt.date(2026, 1, 5))]
    assert [(r.contract_title, r.level, r.points) for r in found] == [(t, "medium", 4) for t in ("Third", "First", "Second")]


def test_one_payment_is_read_as_the_ledger_shows_it(db):
    cid = factories.contract(factories.talent("Ana"), currency="USD")
    first = contracts.add_payment(cid, "hourly", 10000, "USD", dt.date(2026, 2, 1))
    second = contracts.add_payment(cid, "bonus", 2500, "USD", dt.date(2026, 2, 8), description="thanks")
    shown = workroom.payment(second)
    assert (shown.id, shown.kind, shown.amount_minor, shown.description) == (second, "bonus", 2500, "thanks")
    assert workroom.payment(first).id == first
    with pytest.raises(NotFound):
        workroom.payment(second + 100)


def test_the_phones_a_card_is_matched_by_are_only_that_persons_phones(db):
    from talentdesk.store.models import ContactChannel

    ana, ben = factories.talent("Ana"), factories.talent("Ben")
    for who, kind, value in ((ana, "phone", "+351 912 345 678"), (ana, "phone", "+351 213 000 000"),
                             (ana, "email", "ana@example.com"), (ben, "phone", "+44 20 7946 0000")):
        ContactChannel.create(talent=who, kind=kind, value=value)
    assert import_store.phones_of(ana) == {"+351 912 345 678", "+351 213 000 000"}
    assert import_store.phones_of(factories.talent("Cy")) == set()
