"""The workroom's domain: list order, keyset pages, scope actions, the file store, hours, ending a contract."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from talentdesk.services import (
    access,
    contracts,
    files,
    milestones,
    offboarding,
    scope,
    settings,
    terms,
    worklog,
    workroom,
)
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.store.models import Contract, ContractTerm, Milestone, Payment, Rate, ScopeChange
from tests import factories

REQ = scope.Request("client asked for more", "talent", True)


def test_list_puts_running_work_first_and_filters(db):
    person = factories.talent("Ines Duarte")
    ids = {s: factories.contract(person, title=f"{s} work", status=s if s != "ended" else "active")
           for s in ("draft", "offered", "active")}
    paused = factories.contract(person, title="paused work")
    contracts.move(paused, "paused")
    ended = factories.contract(title="ended work")
    contracts.move(ended, "ended")
    order = workroom.list_ids()
    assert order == [ids["active"], paused, ids["offered"], ids["draft"], ended]
    assert workroom.list_ids(workroom.ListFilter(status="paused")) == [paused]
    assert set(workroom.list_ids(workroom.ListFilter(talent_id=person))) == {*ids.values(), paused}
    assert workroom.list_ids(workroom.ListFilter(text="PAUSED wo")) == [paused]
    assert workroom.list_ids(workroom.ListFilter(text="100%_")) == []
    rows = workroom.list_rows([paused])
    assert rows[paused].talent == "Ines Duarte" and rows[paused].status == "paused"


def test_the_list_filters_by_kind_and_refuses_a_status_or_kind_it_does_not_know(db):
    hourly = factories.contract(title="Support hours", kind="hourly")
    fixed = factories.contract(title="Logo design", kind="fixed")
    assert workroom.list_ids(workroom.ListFilter(kind="hourly")) == [hourly]
    assert workroom.list_ids(workroom.ListFilter(kind="fixed")) == [fixed]
    for field, flt in (("status", workroom.ListFilter(status="finished")), ("kind", workroom.ListFilter(kind="daily"))):
        with pytest.raises(ValidationError) as refused:
            workroom.list_ids(flt)
        value = getattr(flt, field)
        assert refused.value.field == field
        assert refused.value.message == f"“{value}” is not a contract {field}."


def test_the_list_search_takes_wildcards_and_backslashes_as_typed(db):
    titles = {title: factories.contract(title=title) for title in (
        "100% done", "1000 done", "50_50 split", "50x50 split", r"C:\work\site", "C:work site")}
    for typed, found in (("100%", ["100% done"]), ("50_50", ["50_50 split"]), ("%", ["100% done"]),
                         ("_", ["50_50 split"]), ("\\", [r"C:\work\site"]), (r"C:\w", [r"C:\work\site"])):
        assert sorted(workroom.list_ids(workroom.ListFilter(text=typed))) == sorted(titles[t] for t in found), typed


def test_message_pages_walk_back_by_keyset(db):
    cid = factories.contract()
    start = dt.datetime(2026, 1, 1, 9)
    for i in range(250):
        # two messages share each timestamp: the id breaks the tie
        contracts.add_message(cid, f"message {i}", sent_at=start + dt.timedelta(minutes=i // 2))
    first = workroom.message_page(cid, limit=100)
    assert [m.body for m in first[:2]] == ["message 249", "message 248"]
    second = workroom.message_page(cid, before=(first[-1].sent_at, first[-1].id), limit=100)
    third = workroom.message_page(cid, before=(second[-1].sent_at, second[-1].id), limit=100)
    bodies = [m.body for m in first + second + third]
    assert bodies == [f"message {i}" for i in range(249, -1, -1)]
    found = workroom.message_page(cid, text="message 17")
    assert [m.body for m in found] == ["message 179", *[f"message {i}" for i in range(178, 169, -1)], "message 17"]


def test_scope_action_writes_ledger_and_terms_together(db):
    cid = factories.contract(weekly_limit_hours=20, end_date=dt.date(2026, 3, 1))
    scope.extend_end_date(cid, dt.date(2026, 3, 29), REQ)
    contract = Contract.get_by_id(cid)
    assert contract.end_date == dt.date(2026, 3, 29)
    row = scope.ledger(cid)[0]
    assert (row.kind, row.before, row.after) == ("end_date", "2026-03-01", "2026-03-29")
    assert row.cost_delta_minor == 4 * 20 * 5000 and row.agreed and row.requested_by == "talent"
    # An hourly contract is over its budget by money paid, not by the projection of the extra weeks.
    assert workroom.budget(cid).current_minor == 800000 + 400000
    assert workroom.budget(cid).overrun_percent == 0


def test_scope_action_failing_half_way_changes_nothing(db, monkeypatch):
    cid = factories.contract(weekly_limit_hours=20)

    def broken(*args, **kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(Rate, "create", broken)  # fails after the ledger row and the new rate were written
    with pytest.raises(OSError):
        scope.change_rate(cid, 7000, REQ)
    assert Contract.get_by_id(cid).rate_minor == 5000
    assert ScopeChange.select().count() == 0


def test_scope_actions_refuse_bad_requests(db):
    cid = factories.contract(status="draft")
    with pytest.raises(Refused):
        scope.change_weekly_limit(cid, 10, REQ)
    contracts.move(cid, "active")
    with pytest.raises(ValidationError) as err:
        scope.change_weekly_limit(cid, 10, scope.Request("  "))
    assert err.value.field == "reason"
    scope.pause(cid, REQ)
    assert Contract.get_by_id(cid).status == "paused"
    scope.resume(cid, REQ)
    assert [r.kind for r in scope.ledger(cid)] == ["resumed", "paused"]
    milestone = scope.add_milestone(cid, "Extra report", 30000, dt.date(2026, 2, 1), REQ)
    assert milestones.for_contract(cid)[0].id == milestone
    scope.pay_bonus(cid, 12000, REQ)
    assert workroom.payments(cid).by_kind[("bonus", "USD")] == 12000


def test_file_store_hashes_dedupes_and_refuses_big_files(db, engine, data_dir, tmp_path):
    cid = factories.contract()
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF-1.4 the brief")
    first = files.add(data_dir, cid, files.FileInput(source, "to_them", note="v1"))
    second = files.add(data_dir, cid, files.FileInput(source, "from_them", name="../../etc/passwd"))
    rows = {r.id: r for r in files.for_contract(cid)}
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    assert rows[first].sha256 == rows[second].sha256 == sha
    stored = files.stored_path(data_dir, first)
    assert stored.read_bytes() == source.read_bytes()
    if engine == "sqlite":  # a team database keeps the bytes in itself (tests/unit/test_team_files.py)
        assert stored == data_dir / "attachments" / sha[:2] / sha
    assert rows[second].name == "passwd"
    files.remove(data_dir, first)
    assert files.stored(data_dir).has(sha)  # still used by the second record
    files.remove(data_dir, second)
    assert not files.stored(data_dir).has(sha)
    settings.set("file_size_limit_mb", 1)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as err:
        files.add(data_dir, cid, files.FileInput(big))
    assert "1 MB" in err.value.message


@pytest.mark.parametrize("name, safe", [
    ("../secret.txt", "secret.txt"), ("a\\b\\c.doc", "c.doc"), ("CON.txt", "_CON.txt"),
    ("what?.pdf", "what_.pdf"), ("..", "file"), ("trailing. ", "trailing"), ("x" * 300 + ".pdf", None),
])
def test_safe_names(name, safe):
    result = files.safe_name(name)
    if safe is not None:
        assert result == safe
    assert "/" not in result and len(result.encode()) <= files.MAX_NAME_BYTES


def test_weeks_flag_hours_over_the_limit(db):
    cid = factories.contract(weekly_limit_hours=10)
    worklog.add(cid, dt.date(2026, 1, 5), 8 * 60)
    worklog.add(cid, dt.date(2026, 1, 7), 4 * 60)
    worklog.add(cid, dt.date(2026, 1, 14), 60)
    weeks = worklog.weeks(cid)
    assert [(w.monday, w.minutes, w.over_minutes) for w in weeks] == [
        (dt.date(2026, 1, 12), 60, 0), (dt.date(2026, 1, 5), 720, 120)]
    assert workroom.minutes_in_week(cid, dt.date(2026, 1, 11)) == 720


def test_milestones_reorder_and_advance(db):
    cid = factories.contract(status="draft")
    a = milestones.add(cid, "Design", 1000, dt.date(2020, 1, 1))
    b = milestones.add(cid, "Build", 2000)
    milestones.move(b, -1)
    rows = milestones.for_contract(cid)
    assert [r.id for r in rows] == [b, a]
    assert rows[1].overdue()
    assert milestones.advance(a) == "submitted"
    milestones.set_status(a, "paid")
    assert milestones.for_contract(cid)[1].paid_on is not None


def test_end_contract_writes_everything_and_builds_the_checklist(db):
    cid = factories.contract(is_test_project=True)
    access.grant(cid, "Code host", tier="write", granted_on=dt.date(2026, 1, 5))
    access.grant(cid, "Laptop", kind="equipment", granted_on=dt.date(2026, 1, 5))
    chat = access.grant(cid, "Chat workspace", tier="read", granted_on=dt.date(2026, 1, 5))
    access.revoke(chat, dt.date(2026, 1, 6))
    proposal = offboarding.proposed_checklist(cid)
    labels = [i.label for i in proposal]
    assert labels[:2] == ["Revoke access: Code host (write)", "Get back: Laptop"]
    assert not any("Chat workspace" in label for label in labels)
    proposal[0].done = True
    review = contracts.ReviewInput(5, 4, 4, 5, 5, 5, "yes", 9)
    offboarding.end_contract(cid, offboarding.EndInput(
        dt.date(2026, 2, 20), "Project delivered", offboarding.FeedbackInput(5, "Great work"),
        offboarding.FeedbackInput(5), review, proposal, "hire"))
    contract = Contract.get_by_id(cid)
    assert (contract.status, contract.end_date, contract.test_decision) == ("ended", dt.date(2026, 2, 20), "hire")
    assert contract.private_reviews.get().end_reason == "Project delivered"
    assert [g.system for g in access.open_grants(cid)] == ["Laptop"]
    assert len(offboarding.open_items(cid)) == len(proposal) - 1


def test_end_contract_is_all_or_nothing(db):
    cid = factories.contract()
    contracts.add_feedback(cid, "given", 4)  # a second "given" feedback will be refused half way
    with pytest.raises(Refused):
        offboarding.end_contract(cid, offboarding.EndInput(
            dt.date(2026, 2, 1), "done", offboarding.FeedbackInput(5), None, None,
            offboarding.proposed_checklist(cid)))
    assert Contract.get_by_id(cid).status == "active" and offboarding.items(cid) == []


def test_chain_and_renewal(db):
    first = factories.contract(end_date=dt.date(2026, 3, 1))
    template = workroom.renewal_template(first)
    assert template.renews_id == first and template.start_date == dt.date(2026, 3, 2)
    second = contracts.create_contract(template)
    assert [link.id for link in workroom.chain(second)] == [first, second]
    assert workroom.chain(first) == workroom.chain(second)
    facts = workroom.facts(second)
    assert facts.moves == ("offered", "active") and facts.chain[0].id == first


def test_the_contract_form_gets_back_every_term_it_saved(db):
    person = factories.talent("Ines Duarte")
    before = factories.contract(person, title="First round")
    draft = factories.contract(person, title="Second round", status="draft")
    Contract.update(kind="retainer", rate_minor=4200, currency="EUR", weekly_limit_hours=25, weekly_payment_minor=90000,
                    start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 5, 29), scope="the billing export",
                    is_test_project=True, platform="upwork", external_id="UP-77", renews=before,
                    original_budget_minor=1200000).where(Contract.id == draft).execute()
    assert workroom.contract_input(draft) == contracts.ContractInput(
        talent_id=person, title="Second round", kind="retainer", rate_minor=4200, currency="EUR",
        weekly_limit_hours=25, weekly_payment_minor=90000, start_date=dt.date(2026, 3, 2),
        end_date=dt.date(2026, 5, 29), scope="the billing export", is_test_project=True, platform="upwork",
        external_id="UP-77", renews_id=before, original_budget_minor=1200000,
        version=Contract.get_by_id(draft).version)  # the version the form opens with, for an edit conflict


def test_a_block_of_the_list_reads_each_row_whole(db):
    first = factories.contract(factories.talent("Ines Duarte"), title="Billing export", kind="fixed",
                               start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 5, 29))
    second = factories.contract(factories.talent("Omar Haddad"), title="Tax forms", status="draft", start_date=None)
    factories.contract(title="Not in this block")
    assert workroom.list_rows([second, first]) == {
        first: workroom.ListRow(first, "Billing export", "Ines Duarte", "active", "fixed", dt.date(2026, 3, 2),
                                dt.date(2026, 5, 29)),
        second: workroom.ListRow(second, "Tax forms", "Omar Haddad", "draft", "hourly", None, None),
    }
    assert workroom.list_rows([]) == {}


def test_correcting_one_hours_entry_leaves_the_others_and_a_removed_one_says_so(db):
    cid = factories.contract()
    monday = worklog.add(cid, dt.date(2026, 3, 2), 60, "typo day")
    tuesday = worklog.add(cid, dt.date(2026, 3, 3), 120, "reviews")
    worklog.edit(monday, dt.date(2026, 3, 4), 90)  # the note left empty is cleared
    assert [(e.id, e.day, e.minutes, e.note) for e in worklog.entries(cid)] == [
        (monday, dt.date(2026, 3, 4), 90, ""), (tuesday, dt.date(2026, 3, 3), 120, "reviews")]
    worklog.remove(monday)
    with pytest.raises(NotFound) as gone:
        worklog.edit(monday, dt.date(2026, 3, 4), 30, "again")
    assert str(gone.value) == "That work-log entry no longer exists."
    with pytest.raises(NotFound) as gone:
        worklog.remove(monday)
    assert str(gone.value) == "That work-log entry no longer exists."
    assert [(e.id, e.minutes, e.note) for e in worklog.entries(cid)] == [(tuesday, 120, "reviews")]


# -- scope actions, one by one: what the ledger says, what each costs, what each refuses ---------------------------
D = dt.date
ASKED = scope.Request("  the launch moved  ", "me", False)


def _ledger_row(cid: int) -> tuple:
    """The newest ledger row as the Scope tab shows it."""
    row = scope.ledger(cid)[0]
    return row.kind, row.before, row.after, row.cost_delta_minor, row.currency


def _version(cid: int) -> int:
    return Contract.get_by_id(cid).version


def _refused_field(call) -> tuple[str, str]:
    with pytest.raises(ValidationError) as bad:
        call()
    return bad.value.field, str(bad.value.message)


def test_the_ledger_keeps_the_request_as_asked(db):
    cid = factories.contract(end_date=D(2026, 3, 1), currency="EUR")
    scope.extend_end_date(cid, D(2026, 3, 8), ASKED)
    scope.extend_end_date(cid, D(2026, 3, 15), scope.Request("they asked", "talent", True))
    newest, oldest = scope.ledger(cid)
    assert (oldest.reason, oldest.requested_by, oldest.agreed, oldest.currency) == ("the launch moved", "me", False, "EUR")
    assert (newest.reason, newest.requested_by, newest.agreed) == ("they asked", "talent", True)
    assert oldest.effective_on is None  # only a change of terms has a day it takes effect
    assert _refused_field(lambda: scope.extend_end_date(cid, D(2026, 4, 1), scope.Request("x" * 5001))) == (
        "reason", "is too long (5001 characters; at most 5000).")
    scope.extend_end_date(cid, D(2026, 4, 1), scope.Request("x" * 5000))
    assert _refused_field(lambda: scope.extend_end_date(cid, D(2026, 4, 8), scope.Request("why", "boss")))[0] == "who asked"
    assert len(scope.ledger(cid)) == 3


def test_the_ledger_is_newest_first_even_within_one_moment(db, monkeypatch):
    from talentdesk.services import scope as scope_module

    cid = factories.contract(end_date=D(2026, 3, 1))
    moment = dt.datetime(2026, 2, 1, 9, 30)
    monkeypatch.setattr(scope_module, "utcnow", lambda: moment)
    ids = [scope.extend_end_date(cid, D(2026, 3, day), REQ) for day in (2, 3, 4)]
    assert [row.id for row in scope.ledger(cid)] == ids[::-1]
    assert scope.ledger(factories.contract()) == []


@pytest.mark.parametrize("kind,terms_,new_end,delta", [
    ("hourly", {"weekly_limit_hours": 20}, D(2026, 3, 11), 10 * 100_000 // 7),  # 100,000 a week: 20 h at 50.00
    ("hourly", {"weekly_limit_hours": 20}, D(2026, 2, 26), -42_858),  # three days given up, rounded down
    ("hourly", {}, D(2026, 3, 15), 0),  # no limit: no weekly cost to count
    ("retainer", {"weekly_payment_minor": 80_000}, D(2026, 3, 15), 160_000),
    ("fixed", {}, D(2026, 3, 15), 0),
])
def test_a_new_end_date_costs_the_days_at_the_weekly_cost(db, kind, terms_, new_end, delta):
    cid = factories.contract(kind=kind, end_date=D(2026, 3, 1), **terms_)
    before = _version(cid)
    scope.extend_end_date(cid, new_end, REQ)
    assert _ledger_row(cid) == ("end_date", "2026-03-01", new_end.isoformat(), delta, "USD")
    assert Contract.get_by_id(cid).end_date == new_end and _version(cid) == before + 1


def test_a_new_end_date_is_priced_at_the_terms_in_force_at_the_old_end(db):
    # Far ahead, so that the terms in force today (the first ones) differ from those at the end.
    cid = factories.contract(weekly_limit_hours=20, start_date=D(2090, 1, 2), end_date=D(2090, 3, 1))
    scope.change_rate(cid, 6000, REQ, effective_on=D(2090, 2, 1))
    scope.extend_end_date(cid, D(2090, 3, 8), REQ)
    assert _ledger_row(cid)[3] == 120_000


def test_an_open_ended_contract_gets_an_end_at_no_price_and_a_bad_end_is_refused(db):
    cid = factories.contract(weekly_limit_hours=20)
    scope.extend_end_date(cid, D(2026, 1, 5), REQ)  # the start day itself: a one-day contract
    assert _ledger_row(cid) == ("end_date", "open-ended", "2026-01-05", 0, "USD")
    assert _refused_field(lambda: scope.extend_end_date(cid, D(2026, 1, 5), REQ)) == (
        "new end date", "is the same as the current end date.")
    assert _refused_field(lambda: scope.extend_end_date(cid, D(2026, 1, 4), REQ)) == (
        "new end date", "is before the start 2026-01-05.")
    assert _refused_field(lambda: scope.extend_end_date(cid, "soon", REQ))[0] == "new end date"
    assert _refused_field(lambda: scope.extend_end_date(cid, None, REQ))[0] == "new end date"
    draft = factories.contract(status="draft", end_date=D(2026, 3, 1))
    with pytest.raises(Refused) as refused:
        scope.extend_end_date(draft, D(2026, 4, 1), REQ)
    assert str(refused.value) == "This contract is draft; a scope change needs a running contract."
    assert Contract.get_by_id(cid).end_date == D(2026, 1, 5) and Contract.get_by_id(draft).end_date == D(2026, 3, 1)
    assert ScopeChange.select().count() == 1


def test_a_paused_contract_takes_scope_changes_an_ended_one_does_not(db):
    cid = factories.contract(end_date=D(2026, 3, 1))
    scope.pause(cid, REQ)
    scope.extend_end_date(cid, D(2026, 3, 8), REQ)
    assert Contract.get_by_id(cid).end_date == D(2026, 3, 8)
    ended = factories.contract(end_date=D(2026, 3, 1))
    contracts.move(ended, "ended")
    with pytest.raises(Refused, match="is ended"):
        scope.change_weekly_limit(ended, 10, REQ, effective_on=D(2026, 2, 2))


# 2026-01-05 to 2026-03-01 is eight whole weeks; a week begun counts whole.
@pytest.mark.parametrize("effective_on,weeks", [
    (D(2026, 1, 5), 8), (D(2026, 2, 2), 4), (D(2026, 2, 3), 4), (D(2026, 2, 22), 2), (D(2026, 2, 23), 1),
    (D(2026, 3, 1), 1),
])
def test_a_higher_weekly_limit_costs_the_weeks_left_from_its_day(db, effective_on, weeks):
    cid = factories.contract(weekly_limit_hours=20, end_date=D(2026, 3, 1))
    before = _version(cid)
    scope.change_weekly_limit(cid, 30, REQ, effective_on=effective_on)
    assert _ledger_row(cid) == ("weekly_limit", "20 h", "30 h", 10 * 5000 * weeks, "USD")
    assert scope.ledger(cid)[0].effective_on == effective_on
    assert terms.in_force(cid, effective_on).weekly_limit_hours == 30
    assert terms.in_force(cid, effective_on - dt.timedelta(days=1)).weekly_limit_hours == (
        20 if effective_on > D(2026, 1, 5) else 30)
    assert _version(cid) == before + 1


def test_a_weekly_limit_to_or_from_unlimited_or_on_another_kind_has_no_price(db):
    cid = factories.contract(weekly_limit_hours=20, end_date=D(2026, 3, 1))
    scope.change_weekly_limit(cid, None, REQ, effective_on=D(2026, 2, 2))
    assert _ledger_row(cid) == ("weekly_limit", "20 h", "unlimited", 0, "USD")
    scope.change_weekly_limit(cid, 10, REQ, effective_on=D(2026, 2, 9))
    assert _ledger_row(cid) == ("weekly_limit", "unlimited", "10 h", 0, "USD")
    retainer = factories.contract(kind="retainer", weekly_payment_minor=80_000, weekly_limit_hours=20,
                                  end_date=D(2026, 3, 1))
    scope.change_weekly_limit(retainer, 30, REQ, effective_on=D(2026, 2, 2))
    assert _ledger_row(retainer) == ("weekly_limit", "20 h", "30 h", 0, "USD")


def test_a_weekly_limit_is_checked_and_its_day_is_within_the_contract(db):
    cid = factories.contract(weekly_limit_hours=20, end_date=D(2026, 3, 1))
    assert _refused_field(lambda: scope.change_weekly_limit(cid, 20, REQ, effective_on=D(2026, 2, 2))) == (
        "weekly limit", "is the same as the limit in force that day.")
    for hours in (0, 169, "many"):
        assert _refused_field(lambda h=hours: scope.change_weekly_limit(cid, h, REQ, effective_on=D(2026, 2, 2)))[0] == (
            "weekly limit")
    assert _refused_field(lambda: scope.change_weekly_limit(cid, 30, REQ, effective_on=D(2026, 1, 4))) == (
        "effective date", "is before the start of the contract (2026-01-05).")
    assert _refused_field(lambda: scope.change_weekly_limit(cid, 30, REQ, effective_on=D(2026, 3, 2))) == (
        "effective date", "is after the end of the contract (2026-03-01).")
    assert _refused_field(lambda: scope.change_weekly_limit(cid, 30, REQ, effective_on="later"))[0] == "effective date"
    assert ScopeChange.select().count() == 0
    scope.change_weekly_limit(cid, 168, REQ, effective_on=D(2026, 1, 5))
    scope.change_weekly_limit(cid, 1, REQ, effective_on=D(2026, 3, 1))
    assert [t.weekly_limit_hours for t in terms.history(cid)] == [168, 1]


def test_a_change_without_a_day_takes_effect_today(db):
    made = [factories.contract(kind="retainer", weekly_payment_minor=80_000, weekly_limit_hours=20,
                               start_date=D(2020, 1, 6)) for _ in range(3)]
    scope.change_weekly_limit(made[0], 25, REQ)
    scope.change_rate(made[1], 6000, REQ)
    scope.change_weekly_payment(made[2], 90_000, REQ)
    assert [scope.ledger(cid)[0].effective_on for cid in made] == [dt.date.today()] * 3


@pytest.mark.parametrize("kind,terms_,delta", [
    ("fixed", {"rate_minor": 100_000}, 20_000),  # a fixed price: the difference itself
    ("hourly", {"rate_minor": 100_000, "weekly_limit_hours": 20}, 20_000 * 20 * 4),  # per hour of the weeks left
    ("hourly", {"rate_minor": 100_000}, 0),  # no limit: no projection
    ("retainer", {"rate_minor": 100_000, "weekly_payment_minor": 80_000}, 0),
])
def test_a_new_rate_costs_by_the_kind_of_contract(db, kind, terms_, delta):
    person = factories.talent("Mara Lind")
    cid = factories.contract(person, kind=kind, end_date=D(2026, 3, 1), currency="EUR", **terms_)
    before = _version(cid)
    scope.change_rate(cid, 120_000, scope.Request("new skills"), effective_on=D(2026, 2, 2))
    assert _ledger_row(cid) == ("rate", "1000.00 EUR", "1200.00 EUR", delta, "EUR")
    assert terms.in_force(cid, D(2026, 2, 2)).rate_minor == 120_000
    assert terms.in_force(cid, D(2026, 2, 1)).rate_minor == 100_000
    rate = Rate.get(Rate.contract == cid)
    assert (rate.talent_id, rate.effective_on, rate.amount_minor, rate.currency, rate.note) == (
        person, D(2026, 2, 2), 120_000, "EUR", "new skills")
    assert _version(cid) == before + 1


def test_a_rate_is_checked_before_anything_is_written(db):
    cid = factories.contract(end_date=D(2026, 3, 1))
    assert _refused_field(lambda: scope.change_rate(cid, 5000, REQ, effective_on=D(2026, 2, 2))) == (
        "rate", "is the same as the rate in force that day.")
    assert _refused_field(lambda: scope.change_rate(cid, -1, REQ, effective_on=D(2026, 2, 2)))[0] == "rate"
    assert _refused_field(lambda: scope.change_rate(cid, 6000, REQ, effective_on=D(2026, 3, 2)))[0] == "effective date"
    assert ScopeChange.select().count() == 0 and Rate.select().count() == 0


def test_a_retainers_weekly_payment_costs_the_weeks_left(db):
    cid = factories.contract(kind="retainer", weekly_payment_minor=80_000, end_date=D(2026, 3, 1))
    before = _version(cid)
    scope.change_weekly_payment(cid, 100_000, REQ, effective_on=D(2026, 2, 2))
    assert _ledger_row(cid) == ("weekly_payment", "800.00 USD", "1000.00 USD", 20_000 * 4, "USD")
    assert terms.in_force(cid, D(2026, 2, 2)).weekly_payment_minor == 100_000
    assert terms.in_force(cid, D(2026, 2, 1)).weekly_payment_minor == 80_000
    assert _version(cid) == before + 1
    open_ended = factories.contract(kind="retainer", weekly_payment_minor=80_000)
    scope.change_weekly_payment(open_ended, 60_000, REQ, effective_on=D(2026, 2, 2))
    assert _ledger_row(open_ended)[3] == 0  # no end: no weeks to count


def test_a_retainer_without_a_weekly_payment_on_record_counts_it_as_nothing(db):
    cid = factories.contract(kind="retainer", weekly_payment_minor=80_000, end_date=D(2026, 3, 1))
    ContractTerm.update(weekly_payment_minor=None).where(ContractTerm.contract == cid).execute()  # an older file's
    scope.extend_end_date(cid, D(2026, 3, 8), REQ)  # a week more, of nothing
    assert _ledger_row(cid)[3] == 0
    scope.change_weekly_payment(cid, 50_000, REQ, effective_on=D(2026, 2, 2))
    assert _ledger_row(cid) == ("weekly_payment", "0.00 USD", "500.00 USD", 50_000 * 5, "USD")


def test_a_weekly_payment_is_for_a_retainer_and_must_change(db):
    cid = factories.contract(kind="retainer", weekly_payment_minor=80_000, end_date=D(2026, 3, 1))
    assert _refused_field(lambda: scope.change_weekly_payment(cid, 80_000, REQ, effective_on=D(2026, 2, 2))) == (
        "weekly payment", "is the same as the weekly payment in force that day.")
    assert _refused_field(lambda: scope.change_weekly_payment(cid, -5, REQ, effective_on=D(2026, 2, 2)))[0] == (
        "weekly payment")
    hourly = factories.contract(end_date=D(2026, 3, 1))
    with pytest.raises(Refused) as refused:
        scope.change_weekly_payment(hourly, 80_000, REQ, effective_on=D(2026, 2, 2))
    assert str(refused.value) == "Only a retainer has a weekly payment."
    assert ScopeChange.select().count() == 0


def test_a_milestone_added_to_a_running_contract_is_in_the_ledger_at_its_amount(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000, currency="EUR")
    before = _version(cid)
    mid = scope.add_milestone(cid, " Extra page ", 30_000, D(2026, 2, 1), REQ, description="One more page")
    assert _ledger_row(cid) == ("milestone_added", "", "Extra page: 300.00 EUR", 30_000, "EUR")
    row = milestones.for_contract(cid)[0]
    assert (row.id, row.title, row.amount_minor, row.due_on, row.description) == (
        mid, "Extra page", 30_000, D(2026, 2, 1), "One more page")
    assert _version(cid) == before + 1
    plain = scope.add_milestone(cid, "Another page", 10_000, None, REQ)  # no description given: none
    assert (Milestone.get_by_id(plain).description, Milestone.get_by_id(plain).due_on) == ("", None)
    draft = factories.contract(kind="fixed", status="draft")
    with pytest.raises(Refused):
        scope.add_milestone(draft, "Extra page", 30_000, None, REQ)
    assert milestones.for_contract(draft) == [] and ScopeChange.select().count() == 2


def test_a_changed_milestone_says_its_terms_before_and_after(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    mid = milestones.add(cid, "Design", 40_000, D(2026, 1, 19))
    before = _version(cid)
    scope.change_milestone(cid, mid, REQ, amount_minor=45_000)  # the due date kept
    assert _ledger_row(cid) == ("milestone_edited", "Design: 400.00 USD, due 2026-01-19",
                                "Design: 450.00 USD, due 2026-01-19", 5_000, "USD")
    assert _version(cid) == before + 1
    scope.change_milestone(cid, mid, REQ, due_on="2026-01-26")  # the amount kept
    assert _ledger_row(cid) == ("milestone_edited", "Design: 450.00 USD, due 2026-01-19",
                                "Design: 450.00 USD, due 2026-01-26", 0, "USD")
    scope.change_milestone(cid, mid, REQ, amount_minor=30_000, due_on=None)
    assert _ledger_row(cid) == ("milestone_edited", "Design: 450.00 USD, due 2026-01-26",
                                "Design: 300.00 USD, no due date", -15_000, "USD")
    before = _version(cid)
    scope.change_milestone(cid, mid, REQ, remove=True)
    assert _ledger_row(cid) == ("milestone_edited", "Design: 300.00 USD, no due date", "Design: removed", -30_000, "USD")
    assert milestones.for_contract(cid) == [] and _version(cid) == before + 1


def test_a_paid_milestone_keeps_its_amount_but_may_move_its_day(db):
    cid = factories.contract(kind="fixed", rate_minor=100_000)
    mid = milestones.add(cid, "Design", 40_000, D(2026, 1, 19))
    approved = milestones.add(cid, "Build", 20_000)
    milestones.set_status(mid, "paid", D(2026, 1, 20))
    milestones.set_status(approved, "approved", D(2026, 1, 20))
    with pytest.raises(Refused) as refused:
        scope.change_milestone(cid, mid, REQ, amount_minor=50_000)
    assert str(refused.value) == "This milestone is paid; its amount is part of the record."
    assert _refused_field(lambda: scope.change_milestone(cid, mid, REQ, amount_minor=-1)) == (
        "amount", "must not be negative.")
    assert _refused_field(lambda: scope.change_milestone(cid, mid, REQ, due_on="whenever"))[0] == "due date"
    assert _refused_field(lambda: scope.change_milestone(cid, mid, REQ, amount_minor=40_000)) == (
        "amount", "change the amount or the due date, or remove the milestone.")
    assert _refused_field(lambda: scope.change_milestone(cid, mid, REQ, due_on=D(2026, 1, 19)))[0] == "amount"
    assert Milestone.get_by_id(mid).amount_minor == 40_000 and ScopeChange.select().count() == 0
    scope.change_milestone(cid, mid, REQ, due_on=D(2026, 1, 12))
    scope.change_milestone(cid, approved, REQ, amount_minor=25_000)  # approved, not yet paid: it may still change
    assert [(m.amount_minor, m.due_on) for m in milestones.for_contract(cid)] == [
        (40_000, D(2026, 1, 12)), (25_000, None)]
    with pytest.raises(Refused):
        scope.change_milestone(cid, approved, REQ, remove=True)
    assert len(milestones.for_contract(cid)) == 2
    elsewhere = factories.contract(kind="fixed", rate_minor=100_000)
    assert _refused_field(lambda: scope.change_milestone(elsewhere, mid, REQ, due_on=None)) == (
        "milestone", "choose a milestone of this contract.")


def test_a_bonus_is_a_payment_and_a_ledger_row(db):
    cid = factories.contract(currency="EUR")
    before = _version(cid)
    pid = scope.pay_bonus(cid, 12_000, REQ, paid_on=D(2026, 2, 2), note="Great launch")
    payment = Payment.get_by_id(pid)
    assert (payment.kind, payment.amount_minor, payment.currency, payment.paid_on, payment.description) == (
        "bonus", 12_000, "EUR", D(2026, 2, 2), "Great launch")
    assert _ledger_row(cid) == ("bonus", "", "120.00 EUR", 12_000, "EUR")
    assert _version(cid) == before + 1
    scope.pay_bonus(cid, 1, ASKED, paid_on=D(2026, 2, 3))  # a cent is a bonus; without a note, the reason says why
    assert Payment.get(Payment.amount_minor == 1).description == "the launch moved"


def test_a_bonus_needs_an_amount_and_a_contract_that_started(db):
    cid = factories.contract()
    assert _refused_field(lambda: scope.pay_bonus(cid, 0, REQ, paid_on=D(2026, 2, 2))) == (
        "bonus", "must be more than zero.")
    assert _refused_field(lambda: scope.pay_bonus(cid, -100, REQ, paid_on=D(2026, 2, 2)))[0] == "bonus"
    assert _refused_field(lambda: scope.pay_bonus(cid, 100, REQ, paid_on="someday"))[0] == "paid on"
    for status in ("draft", "offered"):
        waiting = factories.contract(status=status)
        assert scope.bonus_last_day(Contract.get_by_id(waiting)) is None
        with pytest.raises(Refused) as refused:
            scope.pay_bonus(waiting, 100, REQ, paid_on=D(2026, 2, 2))
        assert str(refused.value) == f"This contract is {status}; a bonus is paid on a contract that has started."
    assert Payment.select().count() == 0 and ScopeChange.select().count() == 0


def test_a_bonus_after_the_end_is_paid_up_to_the_last_day_of_the_window(db):
    cid = factories.contract(end_date=D(2026, 3, 1))
    assert scope.bonus_last_day(Contract.get_by_id(cid)) is None  # while it runs
    assert scope.bonus_refusal(Contract.get_by_id(cid), D(2030, 1, 1)) == ""
    contracts.move(cid, "ended", D(2026, 3, 1))
    ended = Contract.get_by_id(cid)
    assert scope.bonus_last_day(ended) == D(2027, 3, 1)
    assert scope.bonus_refusal(ended, D(2027, 3, 1)) == ""
    assert scope.bonus_refusal(ended, D(2027, 3, 2)) == (
        "A bonus can be paid up to 365 days after a contract ends; this one ended on 2026-03-01, so the last day "
        "was 2027-03-01.")
    scope.pay_bonus(cid, 5000, REQ, paid_on=D(2027, 3, 1))
    with pytest.raises(Refused, match="the last day was 2027-03-01"):
        scope.pay_bonus(cid, 5000, REQ, paid_on=D(2027, 3, 2))
    assert Payment.select().count() == 1
    settings.set("bonus_window_days", 30)
    assert scope.bonus_last_day(Contract.get_by_id(cid)) == D(2026, 3, 31)
    assert "up to 30 days after" in scope.bonus_refusal(Contract.get_by_id(cid), D(2026, 4, 1))


def test_pausing_and_resuming_are_ledger_rows_at_no_cost(db):
    cid = factories.contract()
    scope.pause(cid, REQ)
    assert _ledger_row(cid) == ("paused", "active", "paused", 0, "USD")
    with pytest.raises(Refused):
        scope.pause(cid, REQ)  # already paused
    scope.resume(cid, REQ)
    assert _ledger_row(cid) == ("resumed", "paused", "active", 0, "USD")
    assert Contract.get_by_id(cid).status == "active"
    with pytest.raises(Refused):
        scope.resume(cid, REQ)
    assert len(scope.ledger(cid)) == 2


# -- reversing a scope change ----------------------------------------------------------------------------------------
def _reversed(change_id: int, request: scope.Request = ASKED) -> tuple:
    row = ScopeChange.get_by_id(scope.reverse(change_id, request))
    return (row.kind, row.before, row.after, row.cost_delta_minor, row.currency, row.reason, row.requested_by,
            row.agreed)


def test_a_reversal_is_a_ledger_row_that_undoes_the_change_and_says_which(db):
    cid = factories.contract(weekly_limit_hours=20, end_date=D(2026, 3, 1), currency="EUR")
    change = scope.extend_end_date(cid, D(2026, 3, 15), REQ)
    before = _version(cid)
    assert _reversed(change, scope.Request("not agreed after all", "talent", True)) == (
        "end_date", "2026-03-15", "2026-03-01", -200_000, "EUR", f"[reverses #{change}] not agreed after all",
        "talent", True)
    assert Contract.get_by_id(cid).end_date == D(2026, 3, 1) and _version(cid) == before + 1
    with pytest.raises(Refused) as refused:
        scope.reverse(change, REQ)
    assert str(refused.value) == "This scope change has already been reversed."
    with pytest.raises(Refused) as refused:
        scope.reverse(change + 100, REQ)
    assert str(refused.value) == "That scope change is no longer recorded."
    with pytest.raises(ValidationError):
        scope.reverse(change, scope.Request(""))
    assert len(scope.ledger(cid)) == 2


def test_reversing_an_end_date_given_to_an_open_ended_contract_opens_it_again(db):
    cid = factories.contract()
    change = scope.extend_end_date(cid, D(2026, 6, 30), REQ)
    later = scope.extend_end_date(cid, D(2026, 7, 31), REQ)
    with pytest.raises(Refused) as refused:
        scope.reverse(change, REQ)
    assert str(refused.value) == ("The contract's end date has changed since (2026-07-31); record a new scope change "
                                  "instead of reversing this one.")
    scope.reverse(later, REQ)
    assert _reversed(change)[:4] == ("end_date", "2026-06-30", "open-ended", 0)
    assert Contract.get_by_id(cid).end_date is None


def test_reversing_a_weekly_limit_puts_it_back_from_its_own_day(db):
    cid = factories.contract(weekly_limit_hours=20, end_date=D(2026, 3, 1))
    change = scope.change_weekly_limit(cid, 30, REQ, effective_on=D(2026, 2, 2))
    assert _reversed(change)[:4] == ("weekly_limit", "30 h", "20 h", -200_000)
    assert [(t.effective_on, t.weekly_limit_hours) for t in terms.history(cid)] == [
        (D(2026, 1, 5), 20), (D(2026, 2, 2), 20)]
    assert [row.effective_on for row in scope.ledger(cid)] == [None, D(2026, 2, 2)]
    unlimited = factories.contract(end_date=D(2026, 3, 1))
    change = scope.change_weekly_limit(unlimited, 10, REQ, effective_on=D(2026, 2, 2))
    assert _reversed(change)[:3] == ("weekly_limit", "10 h", "unlimited")
    assert terms.in_force(unlimited, D(2026, 2, 2)).weekly_limit_hours is None
    limited = scope.change_weekly_limit(unlimited, 12, REQ, effective_on=D(2026, 2, 9))
    scope.change_weekly_limit(unlimited, 15, REQ, effective_on=D(2026, 2, 9))
    with pytest.raises(Refused) as refused:
        scope.reverse(limited, REQ)
    assert str(refused.value) == ("The contract's weekly limit has changed since (15 h); record a new scope change "
                                  "instead of reversing this one.")


def test_reversing_a_rate_or_a_weekly_payment_puts_the_money_back(db):
    person = factories.talent("Mara Lind")
    cid = factories.contract(person, kind="fixed", rate_minor=100_000, end_date=D(2026, 3, 1), currency="EUR")
    change = scope.change_rate(cid, 120_000, scope.Request("bigger site"), effective_on=D(2026, 2, 2))
    assert _reversed(change)[:4] == ("rate", "1200.00 EUR", "1000.00 EUR", -20_000)
    assert terms.in_force(cid, D(2026, 2, 2)).rate_minor == 100_000
    back = Rate.select().where(Rate.contract == cid).order_by(Rate.id.desc()).first()
    assert (back.talent_id, back.effective_on, back.amount_minor, back.currency, back.note) == (
        person, D(2026, 2, 2), 100_000, "EUR", "bigger site")
    retainer = factories.contract(kind="retainer", weekly_payment_minor=80_000, end_date=D(2026, 3, 1))
    change = scope.change_weekly_payment(retainer, 100_000, REQ, effective_on=D(2026, 2, 2))
    assert _reversed(change)[:4] == ("weekly_payment", "1000.00 USD", "800.00 USD", -80_000)
    assert terms.in_force(retainer, D(2026, 2, 2)).weekly_payment_minor == 80_000
    assert Rate.select().where(Rate.contract == retainer).count() == 0
    again = scope.change_weekly_payment(retainer, 90_000, REQ, effective_on=D(2026, 2, 9))
    scope.change_weekly_payment(retainer, 95_000, REQ, effective_on=D(2026, 2, 9))
    with pytest.raises(Refused, match=r"weekly payment has changed since \(950.00 USD\)"):
        scope.reverse(again, REQ)


def test_a_change_recorded_before_terms_had_history_is_put_back_from_today(db):
    cid = factories.contract(weekly_limit_hours=20, start_date=D(2020, 1, 6))
    change = scope.change_rate(cid, 6000, REQ, effective_on=D(2020, 6, 1))
    ContractTerm.update(scope_change=None).where(ContractTerm.scope_change == change).execute()
    scope.reverse(change, REQ)
    assert terms.in_force(cid, dt.date.today()).rate_minor == 5000
    assert terms.in_force(cid, D(2020, 6, 1)).rate_minor == 6000  # the weeks before today keep what was paid


def test_reversing_a_pause_or_a_resume_moves_the_contract_back(db):
    cid = factories.contract()
    paused = scope.pause(cid, REQ)
    assert _reversed(paused)[:4] == ("paused", "paused", "active", 0)
    assert Contract.get_by_id(cid).status == "active"
    paused = scope.pause(cid, REQ)
    resumed = scope.resume(cid, REQ)
    with pytest.raises(Refused, match=r"paused has changed since \(active\)"):
        scope.reverse(paused, REQ)
    scope.reverse(resumed, REQ)
    assert Contract.get_by_id(cid).status == "paused"


def test_reversing_a_bonus_cancels_its_cost_but_keeps_its_payment(db):
    cid = factories.contract()
    scope.pay_bonus(cid, 12_000, REQ, paid_on=D(2026, 2, 2))
    change = scope.ledger(cid)[0].id
    assert _reversed(change)[:4] == ("bonus", "120.00 USD", "", -12_000)
    assert Payment.select().where(Payment.contract == cid).count() == 1
    assert [t.rate_minor for t in terms.history(cid)] == [5000]


def test_a_rate_in_yen_is_put_back_in_yen(db):
    cid = factories.contract(kind="fixed", rate_minor=5000, currency="JPY", end_date=D(2026, 3, 1))
    change = scope.change_rate(cid, 6000, REQ, effective_on=D(2026, 2, 2))
    assert _reversed(change)[:3] == ("rate", "6000 JPY", "5000 JPY")
    assert terms.in_force(cid, D(2026, 2, 2)).rate_minor == 5000


def test_an_unlinked_change_of_a_contract_not_yet_started_is_put_back_from_its_start(db):
    cid = factories.contract(start_date=D(2090, 1, 2))  # far ahead: its start is after today
    change = scope.change_rate(cid, 6000, REQ, effective_on=D(2090, 1, 2))
    ContractTerm.update(scope_change=None).where(ContractTerm.scope_change == change).execute()
    scope.reverse(change, REQ)
    assert [(t.effective_on, t.rate_minor) for t in terms.history(cid)] == [(D(2090, 1, 2), 5000)]
