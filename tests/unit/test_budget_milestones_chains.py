"""Budgets and overruns, milestone changes through the ledger, milestones and their payments, renewal chains
and the engagement total."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import contracts, milestones, money_figures, scope, workroom
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.store.models import Contract, Milestone, Payment, ScopeChange
from tests import factories

REQ = scope.Request("the client changed the plan", "me", True)
START = dt.date(2026, 1, 5)


def _pay(cid: int, amount: int, kind: str = "hourly", on=START) -> None:
    contracts.add_payment(cid, kind, amount, "USD", on)


# -- budget and overrun -----------------------------------------------------------------------
def test_an_entered_budget_is_kept_for_every_kind(db):
    for kind, extra in (("hourly", {}), ("fixed", {}), ("retainer", {"weekly_payment_minor": 80000})):
        cid = factories.contract(kind=kind, original_budget_minor=123456, **extra)
        assert workroom.budget(cid).original_minor == 123456, kind
    with pytest.raises(ValidationError) as bad:
        factories.contract(original_budget_minor=-1)
    assert bad.value.field == "original budget"


# A budget left empty is what the dates agreed to: every week begun counts whole (a part week is paid
# as a week), at the weekly payment of a retainer or the weekly limit's hours of an hourly contract.
@pytest.mark.parametrize("days,weeks", [(1, 1), (7, 1), (8, 2), (14, 2), (15, 3), (31, 5)])
def test_the_default_budget_counts_every_week_begun(db, days, weeks):
    end = START + dt.timedelta(days=days - 1)
    retainer = factories.contract(kind="retainer", weekly_payment_minor=80_000, end_date=end)
    hourly = factories.contract(kind="hourly", rate_minor=5_000, weekly_limit_hours=10, end_date=end)
    assert workroom.budget(retainer).original_minor == 80_000 * weeks
    assert workroom.budget(hourly).original_minor == 50_000 * weeks


def test_without_an_end_or_a_limit_there_is_no_default_budget_but_a_fixed_price_is_one(db):
    assert workroom.budget(factories.contract(kind="hourly", weekly_limit_hours=10)).original_minor is None
    assert workroom.budget(factories.contract(kind="hourly", end_date=START + dt.timedelta(days=30))).original_minor is None
    assert workroom.budget(factories.contract(kind="fixed", rate_minor=250_000)).original_minor == 250_000


@pytest.mark.parametrize("paid,over", [(99_999, 0), (100_000, 0), (100_001, 1)])
def test_an_hourly_contract_is_over_by_money_paid_not_by_projection(db, paid, over):
    cid = factories.contract(kind="hourly", weekly_limit_hours=20, original_budget_minor=100_000,
                             end_date=START + dt.timedelta(days=60))
    scope.change_weekly_limit(cid, 40, REQ, effective_on=START)  # a projection of more hours: not an overrun
    _pay(cid, paid)
    b = workroom.budget(cid)
    assert b.current_minor > 100_000
    assert b.overrun_minor == over


def test_an_open_ended_retainer_with_a_budget_shows_its_overrun(db):
    cid = factories.contract(kind="retainer", weekly_payment_minor=50_000, original_budget_minor=200_000)
    for week in range(5):
        _pay(cid, 50_000, "weekly_payment", START + dt.timedelta(weeks=week))
    b = workroom.budget(cid)
    assert (b.spent_minor, b.overrun_minor, b.overrun_percent) == (250_000, 50_000, 25)


def test_a_fixed_contract_is_over_by_the_larger_of_agreed_changes_and_payments(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    scope.add_milestone(cid, "Extra page", 30_000, None, REQ)
    assert workroom.budget(cid).overrun_minor == 30_000
    _pay(cid, 140_000, "milestone")
    assert workroom.budget(cid).overrun_minor == 40_000


# -- Change milestone -------------------------------------------------------------------------
def _fixed_with_milestone(amount: int = 40_000) -> tuple[int, int]:
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    return cid, milestones.add(cid, "Design", amount, START + dt.timedelta(days=14))


def test_changing_a_milestone_amount_and_due_date_writes_one_ledger_row(db):
    cid, mid = _fixed_with_milestone()
    scope.change_milestone(cid, mid, REQ, amount_minor=50_000, due_on=START + dt.timedelta(days=21))
    m = Milestone.get_by_id(mid)
    assert (m.amount_minor, m.due_on) == (50_000, START + dt.timedelta(days=21))
    row = scope.ledger(cid)[0]
    assert (row.kind, row.cost_delta_minor) == ("milestone_edited", 10_000)
    assert "2026-01-19" in row.before and "2026-01-26" in row.after
    assert workroom.budget(cid).current_minor == 110_000


def test_a_due_date_change_alone_is_recorded_at_no_cost(db):
    cid, mid = _fixed_with_milestone()
    scope.change_milestone(cid, mid, REQ, due_on=None)
    assert Milestone.get_by_id(mid).due_on is None
    assert scope.ledger(cid)[0].cost_delta_minor == 0 and "no due date" in scope.ledger(cid)[0].after


def test_removing_a_pending_milestone_writes_the_ledger_and_leaves_the_budget(db):
    cid, mid = _fixed_with_milestone(40_000)
    scope.change_milestone(cid, mid, REQ, remove=True)
    assert not Milestone.select().where(Milestone.id == mid).exists()
    row = scope.ledger(cid)[0]
    assert (row.kind, row.cost_delta_minor, row.after) == ("milestone_edited", -40_000, "Design: removed")
    assert workroom.budget(cid).current_minor == 60_000


def test_a_running_contracts_milestone_is_not_removed_behind_the_ledger(db):
    cid, mid = _fixed_with_milestone()
    with pytest.raises(Refused, match="Change milestone"):
        milestones.remove(mid)
    draft = factories.contract(kind="fixed", status="draft")
    loose = milestones.add(draft, "Sketch", 1000)
    milestones.remove(loose)  # a draft's milestones are still being written
    assert ScopeChange.select().count() == 0


def test_an_approved_or_paid_milestone_is_not_removed_and_nothing_is_written(db):
    cid, mid = _fixed_with_milestone()
    milestones.set_status(mid, "approved", START)
    with pytest.raises(Refused):
        scope.change_milestone(cid, mid, REQ, remove=True)
    with pytest.raises(ValidationError):
        scope.change_milestone(cid, mid, REQ)  # nothing changes
    other, _ = _fixed_with_milestone()
    with pytest.raises(ValidationError) as foreign:
        scope.change_milestone(other, mid, REQ, amount_minor=1)
    assert foreign.value.field == "milestone"
    assert ScopeChange.select().count() == 0


# -- editing a milestone -------------------------------------------------------------------------
def _shown(mid: int) -> tuple:
    """What the milestones list shows of one milestone."""
    cid = Milestone.get_by_id(mid).contract_id
    row = next(r for r in milestones.for_contract(cid) if r.id == mid)
    return row.title, row.amount_minor, row.due_on, row.description


def test_editing_a_draft_milestone_keeps_every_field_as_typed(db):
    draft = factories.contract(kind="fixed", status="draft")
    mid = milestones.add(draft, "Sketch", 10_000, START, "first idea")
    milestones.edit(mid, "  Wireframes  ", 12_500, "2026-02-20", "  three screens\n")
    assert _shown(mid) == ("Wireframes", 12_500, dt.date(2026, 2, 20), "three screens")
    milestones.edit(mid, "Wireframes", 12_500, None)  # the due date and the description cleared
    assert _shown(mid) == ("Wireframes", 12_500, None, "")
    milestones.edit(mid, "W" * 300, 0, "", "d" * 20_000)  # the longest title and description fit
    assert _shown(mid) == ("W" * 300, 0, None, "d" * 20_000)


@pytest.mark.parametrize("title,amount,due_on,description,field,message", [
    ("", 1, None, "", "title", "is required."),
    ("   ", 1, None, "", "title", "is required."),
    ("T" * 301, 1, None, "", "title", "is too long (301 characters; at most 300)."),
    ("Design", 1, None, "d" * 20_001, "description", "is too long (20001 characters; at most 20000)."),
    ("Design", -1, None, "", "amount", "must not be negative."),
    ("Design", 1, "2026-13-01", "", "due date", "“2026-13-01” is not a date (YYYY-MM-DD)."),
])
def test_a_bad_milestone_edit_names_its_field_and_changes_nothing(db, title, amount, due_on, description, field,
                                                                   message):
    draft = factories.contract(kind="fixed", status="draft")
    mid = milestones.add(draft, "Sketch", 10_000, START, "first idea")
    with pytest.raises(ValidationError) as bad:
        milestones.edit(mid, title, amount, due_on, description)
    assert (bad.value.field, str(bad.value.message)) == (field, message)
    assert _shown(mid) == ("Sketch", 10_000, START, "first idea")


def test_a_running_contracts_milestone_keeps_its_amount_but_takes_new_words_and_dates(db):
    cid, mid = _fixed_with_milestone(40_000)
    before = workroom.budget(cid)
    milestones.edit(mid, "Design, second round", 40_000, START + dt.timedelta(days=30), "with the new logo")
    assert _shown(mid) == ("Design, second round", 40_000, START + dt.timedelta(days=30), "with the new logo")
    assert workroom.budget(cid) == before and scope.ledger(cid) == []  # no scope change: nothing agreed anew


@pytest.mark.parametrize("status", ["active", "paused"])
def test_a_running_contracts_milestone_amount_changes_only_through_the_ledger(db, status):
    cid, mid = _fixed_with_milestone(40_000)
    if status == "paused":
        contracts.move(cid, "paused")
    with pytest.raises(Refused) as refused:
        milestones.edit(mid, "Design", 45_000, None)
    assert str(refused.value) == "The amount of a milestone on a running contract changes through a scope change."
    assert _shown(mid) == ("Design", 40_000, START + dt.timedelta(days=14), "")
    assert workroom.budget(cid).current_minor == 100_000


@pytest.mark.parametrize("status", ["draft", "offered", "ended"])
def test_a_contract_not_running_takes_a_new_milestone_amount(db, status):
    cid = factories.contract(kind="fixed", status="draft" if status != "ended" else "active")
    mid = milestones.add(cid, "Design", 40_000)
    if status == "offered":
        contracts.move(cid, "offered")
    if status == "ended":
        contracts.move(cid, "ended")
    milestones.edit(mid, "Design", 45_000, None)
    assert _shown(mid) == ("Design", 45_000, None, "")


# -- a milestone paid and its payment ---------------------------------------------------------
def test_marking_a_milestone_paid_records_its_payment_once(db):
    cid, mid = _fixed_with_milestone(40_000)
    milestones.set_status(mid, "paid", START + dt.timedelta(days=20))
    payment = Payment.get(Payment.milestone == mid)
    assert (payment.kind, payment.amount_minor, payment.paid_on) == ("milestone", 40_000, START + dt.timedelta(days=20))
    milestones.set_status(mid, "paid")
    assert Payment.select().where(Payment.milestone == mid).count() == 1
    assert money_figures.for_contract(cid).paid == {"USD": 40_000}
    with pytest.raises(Refused, match="remove that payment"):
        milestones.set_status(mid, "approved")


def test_a_milestone_payment_marks_its_milestone_paid(db):
    cid, mid = _fixed_with_milestone(40_000)
    contracts.add_payment(cid, "milestone", 40_000, "USD", START + dt.timedelta(days=9), milestone_id=mid)
    m = Milestone.get_by_id(mid)
    assert (m.status, m.paid_on, m.approved_on) == ("paid", START + dt.timedelta(days=9), START + dt.timedelta(days=9))
    assert Payment.select().where(Payment.milestone == mid).count() == 1
    other, _ = _fixed_with_milestone()
    with pytest.raises(ValidationError):
        contracts.add_payment(other, "milestone", 1, "USD", START, milestone_id=mid)
    assert Payment.select().where(Payment.contract == other).count() == 0


# -- chains and the engagement ------------------------------------------------------------------
def _renewal(of: int, start: dt.date, **fields) -> int:
    talent = Contract.get_by_id(of).talent_id
    return factories.contract(talent, start_date=start, renews_id=of, **fields)


def test_a_contract_renewed_twice_shows_the_whole_chain_from_any_member(db):
    first = factories.contract(start_date=START, end_date=START + dt.timedelta(days=30))
    second = _renewal(first, START + dt.timedelta(days=31), end_date=START + dt.timedelta(days=60))
    third = _renewal(second, START + dt.timedelta(days=61))
    also = _renewal(first, START + dt.timedelta(days=40))  # a second renewal of the first: a branch
    alone = factories.contract()
    for member in (first, second, third, also):
        assert [link.id for link in workroom.chain(member)] == [first, second, also, third]
    assert workroom.chain(alone) == []


def test_renewing_an_open_ended_renewal_starts_on_or_after_its_own_start(db):
    first = factories.contract(start_date=START, end_date=START + dt.timedelta(days=30))
    later = _renewal(first, dt.date(2027, 3, 1))  # open-ended, starts after "today" below
    template = workroom.renewal_template(later, today=dt.date(2027, 2, 1))
    assert template.start_date == dt.date(2027, 3, 1) and template.renews_id == later
    assert workroom.renewal_template(later, today=dt.date(2027, 4, 1)).start_date == dt.date(2027, 4, 1)
    assert workroom.renewal_template(first, today=dt.date(2027, 4, 1)).start_date == START + dt.timedelta(days=31)


def test_a_renewal_takes_the_terms_in_force_at_the_end(db):
    first = factories.contract(kind="hourly", weekly_limit_hours=30, start_date=START,
                               end_date=START + dt.timedelta(days=60))
    scope.change_weekly_limit(first, 20, REQ, effective_on=START + dt.timedelta(days=28))
    template = workroom.renewal_template(first, today=START + dt.timedelta(days=10))
    assert template.weekly_limit_hours == 20


def test_the_engagement_total_spans_every_contract_of_the_chain(db):
    first = factories.contract(start_date=START, end_date=START + dt.timedelta(days=29))
    contracts.move(first, "ended", START + dt.timedelta(days=29))
    second = _renewal(first, START + dt.timedelta(days=30))
    _pay(first, 10_000)
    _pay(second, 5_000)
    _pay(second, 1_000, "refund")
    for cid, score in ((first, 4), (second, 5)):
        contracts.add_private_review(cid, contracts.ReviewInput(score, score, score, score, score, score, "yes", 8))
    contracts.add_private_review(second, contracts.ReviewInput(1, 1, 1, 1, 1, 1, "yes", 8, is_checkin=True))
    e = workroom.engagement(second, today=START + dt.timedelta(days=59))
    assert (e.first_day, e.last_day, e.days) == (START, START + dt.timedelta(days=59), 60)
    assert e.paid == {"USD": 15_000}  # *paid to them*: a refund is its own figure, never netted in
    assert (e.review_count, e.review_average) == (2, 4.5)
    assert workroom.facts(first, today=START + dt.timedelta(days=59)).engagement == e


@pytest.mark.parametrize("due_on,status,overdue", [
    (dt.date(2026, 3, 9), "pending", True),  # due yesterday
    (dt.date(2026, 3, 9), "submitted", True),  # handed in, still waiting for approval
    (dt.date(2026, 3, 10), "pending", False),  # due today: not late yet
    (dt.date(2026, 3, 9), "approved", False),
    (dt.date(2026, 3, 9), "paid", False),
    (None, "pending", False),  # no due date, never late
])
def test_a_milestone_is_overdue_only_past_its_day_and_while_it_waits(due_on, status, overdue):
    row = milestones.MilestoneRow(1, 1, "Billing export", "", 50000, "USD", due_on, status, None, None)
    assert row.overdue(dt.date(2026, 3, 10)) is overdue


# -- milestones: their order, their steps and their dates ----------------------------------------------------------
D = dt.date


def _order(cid: int) -> list[tuple[str, int]]:
    """The titles in the order the Milestones tab lists them, with the position each is stored at."""
    return [(m.title, m.position) for m in Milestone.select().where(Milestone.contract == cid)
            .order_by(Milestone.position, Milestone.id)]


def _dates(mid: int) -> tuple:
    m = Milestone.get_by_id(mid)
    return m.status, m.submitted_on, m.approved_on, m.paid_on


def _refused(call) -> str:
    with pytest.raises(ValidationError) as bad:
        call()
    return bad.value.field


def test_a_new_milestone_goes_last_in_its_own_contract_in_its_currency(db):
    cid = factories.contract(kind="fixed", status="draft", currency="EUR")
    other = factories.contract(kind="fixed", status="draft")
    a = milestones.add(cid, "Design", 10_000)
    b = milestones.add(cid, "Build", 20_000, "2026-02-20", "the site itself")
    milestones.add(other, "Logo", 5_000)
    milestones.remove(a)
    c = milestones.add(cid, "Launch", 0)
    assert _order(cid) == [("Build", 2), ("Launch", 3)] and _order(other) == [("Logo", 1)]
    rows = milestones.for_contract(cid)
    assert rows[0] == milestones.MilestoneRow(b, 2, "Build", "the site itself", 20_000, "EUR", D(2026, 2, 20),
                                              "pending", None, None)
    assert (rows[1].id, rows[1].currency, rows[1].due_on) == (c, "EUR", None)
    assert milestones.for_contract(factories.contract()) == []


@pytest.mark.parametrize("title,amount,due_on,description,field", [
    ("  ", 1, None, "", "title"), ("T" * 301, 1, None, "", "title"), ("Design", 1, None, "d" * 20_001, "description"),
    ("Design", -1, None, "", "amount"), ("Design", 1, "next week", "", "due date"),
])
def test_a_bad_new_milestone_names_its_field_and_adds_nothing(db, title, amount, due_on, description, field):
    cid = factories.contract(kind="fixed", status="draft")
    with pytest.raises(ValidationError) as bad:
        milestones.add(cid, title, amount, due_on, description)
    assert bad.value.field == field and Milestone.select().count() == 0
    with pytest.raises(NotFound):
        milestones.add(cid + 100, "Design", 1)
    mid = milestones.add(cid, " " + "T" * 300, 1, None, "d" * 20_000)
    assert _shown(mid) == ("T" * 300, 1, None, "d" * 20_000)


def test_moving_a_milestone_swaps_it_with_its_neighbour_and_stops_at_the_ends(db):
    cid = factories.contract(kind="fixed", status="draft")
    ids = [milestones.add(cid, title, 1000) for title in ("A", "B", "C", "D")]
    other = factories.contract(kind="fixed", status="draft")
    milestones.add(other, "X", 1000)
    milestones.remove(ids[1])  # positions 1, 3, 4: renumbered by the next move
    milestones.move(ids[2], -1)
    assert _order(cid) == [("C", 1), ("A", 2), ("D", 3)]
    milestones.move(ids[2], -1)  # already first
    milestones.move(ids[3], 1)  # already last
    assert _order(cid) == [("C", 1), ("A", 2), ("D", 3)]
    milestones.move(ids[0], 1)
    assert _order(cid) == [("C", 1), ("D", 2), ("A", 3)]
    milestones.move(ids[2], 1)
    assert _order(cid) == [("D", 1), ("C", 2), ("A", 3)]
    assert [r.title for r in milestones.for_contract(cid)] == ["D", "C", "A"]
    assert _order(other) == [("X", 1)]
    with pytest.raises(NotFound) as missing:
        milestones.move(ids[1], 1)
    assert str(missing.value) == f"No milestone with id {ids[1]}; it may have been deleted."


def test_advancing_walks_every_step_and_stops_at_paid(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    mid = milestones.add(cid, "Design", 40_000)
    today = dt.date.today()
    assert [milestones.advance(mid) for _ in range(3)] == ["submitted", "approved", "paid"]
    assert _dates(mid) == ("paid", today, today, today)
    assert Payment.get(Payment.milestone == mid).amount_minor == 40_000
    with pytest.raises(Refused) as refused:
        milestones.advance(mid)
    assert str(refused.value) == "This milestone is already paid."
    assert Payment.select().count() == 1


def test_each_status_keeps_the_days_it_reached_and_forgets_those_it_went_back_from(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    mid = milestones.add(cid, "Design", 40_000)
    milestones.set_status(mid, "submitted", D(2026, 1, 10))
    milestones.set_status(mid, "submitted", D(2026, 1, 11))  # handed in again: the first day stays
    assert _dates(mid) == ("submitted", D(2026, 1, 10), None, None)
    milestones.set_status(mid, "approved", D(2026, 1, 12))
    milestones.set_status(mid, "approved", D(2026, 1, 13))
    assert _dates(mid) == ("approved", D(2026, 1, 10), D(2026, 1, 12), None)
    milestones.set_status(mid, "submitted", D(2026, 1, 14))  # approval taken back
    assert _dates(mid) == ("submitted", D(2026, 1, 10), None, None)
    milestones.set_status(mid, "pending", D(2026, 1, 15))  # not handed in after all
    assert _dates(mid) == ("pending", None, None, None)
    milestones.set_status(mid, "approved", D(2026, 1, 16))  # a jump says nothing of when it was handed in
    assert _dates(mid) == ("approved", None, D(2026, 1, 16), None)
    assert _refused(lambda: milestones.set_status(mid, "done", D(2026, 1, 17))) == "status"
    assert Payment.select().count() == 0
    with pytest.raises(NotFound):
        milestones.set_status(mid + 100, "approved")


def test_a_milestone_marked_paid_makes_its_payment_and_unpaid_once_that_is_removed(db):
    from talentdesk.services import corrections

    cid = factories.contract(kind="fixed", rate_minor=100_000, currency="EUR")
    mid = milestones.add(cid, "Design", 40_000)
    milestones.set_status(mid, "approved", D(2026, 1, 12))
    milestones.set_status(mid, "paid", D(2026, 1, 20))
    assert _dates(mid) == ("paid", None, D(2026, 1, 12), D(2026, 1, 20))
    payment = Payment.get(Payment.milestone == mid)
    assert (payment.contract_id, payment.kind, payment.amount_minor, payment.currency, payment.paid_on,
            payment.description) == (cid, "milestone", 40_000, "EUR", D(2026, 1, 20), "Design")
    for status in ("pending", "submitted", "approved"):
        with pytest.raises(Refused) as refused:
            milestones.set_status(mid, status)
        assert str(refused.value) == ("This milestone's payment is recorded; remove that payment first to mark it "
                                      "unpaid.")
    assert _dates(mid) == ("paid", None, D(2026, 1, 12), D(2026, 1, 20))
    corrections.remove_payment(payment.id, "paid twice")
    milestones.set_status(mid, "approved", D(2026, 1, 21))
    assert _dates(mid) == ("approved", None, D(2026, 1, 12), None)


def test_a_payment_naming_a_milestone_must_be_its_contracts_milestone_payment(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    mid = milestones.add(cid, "Design", 40_000)
    with pytest.raises(ValidationError) as bad:
        contracts.add_payment(cid, "bonus", 40_000, "USD", D(2026, 1, 20), milestone_id=mid)
    assert (bad.value.field, str(bad.value.message)) == (
        "payment kind", "a payment for a milestone is a milestone payment.")
    other = factories.contract(kind="fixed", rate_minor=100_000)
    with pytest.raises(ValidationError) as bad:
        contracts.add_payment(other, "milestone", 40_000, "USD", D(2026, 1, 20), milestone_id=mid)
    assert (bad.value.field, str(bad.value.message)) == ("milestone", "belongs to another contract.")
    assert Payment.select().count() == 0 and _dates(mid) == ("pending", None, None, None)
    contracts.add_payment(cid, "milestone", 10_000, "USD", D(2026, 1, 20))  # naming none: no milestone moves
    assert _dates(mid) == ("pending", None, None, None)


def test_a_milestone_payment_keeps_an_earlier_approval_and_a_paid_milestones_day(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    approved, paid = milestones.add(cid, "Design", 40_000), milestones.add(cid, "Build", 20_000)
    milestones.set_status(approved, "approved", D(2026, 1, 12))
    contracts.add_payment(cid, "milestone", 40_000, "USD", D(2026, 1, 20), milestone_id=approved)
    assert _dates(approved) == ("paid", None, D(2026, 1, 12), D(2026, 1, 20))
    milestones.set_status(paid, "paid", D(2026, 1, 14))
    contracts.add_payment(cid, "milestone", 5_000, "USD", D(2026, 1, 25), milestone_id=paid)  # a second instalment
    assert _dates(paid) == ("paid", None, D(2026, 1, 14), D(2026, 1, 14))


def test_only_a_drafts_waiting_milestone_is_removed(db):
    draft = factories.contract(kind="fixed", status="draft")
    waiting, approved, paid = (milestones.add(draft, title, 1000) for title in ("A", "B", "C"))
    milestones.set_status(approved, "approved", D(2026, 1, 12))
    milestones.set_status(paid, "paid", D(2026, 1, 12))
    for mid in (approved, paid):
        with pytest.raises(Refused) as refused:
            milestones.remove(mid)
        assert str(refused.value) == "An approved or paid milestone is part of the record and cannot be removed."
    milestones.remove(waiting)
    assert [r.title for r in milestones.for_contract(draft)] == ["B", "C"]
    running, mid = _fixed_with_milestone()
    with pytest.raises(Refused) as refused:
        milestones.remove(mid)
    assert str(refused.value) == ("On a running contract a milestone is removed through Scope change › Change "
                                  "milestone, so the ledger records it.")
    contracts.move(running, "paused")
    with pytest.raises(Refused):
        milestones.remove(mid)
    assert len(milestones.for_contract(running)) == 1
    with pytest.raises(NotFound):
        milestones.remove(waiting)


def test_overdue_is_judged_against_today_by_default(db):
    late = milestones.MilestoneRow(1, 1, "Design", "", 1, "USD", dt.date.today() - dt.timedelta(days=1), "pending",
                                   None, None)
    assert late.overdue() and not milestones.MilestoneRow(
        1, 1, "Design", "", 1, "USD", dt.date.today(), "submitted", None, None).overdue()
