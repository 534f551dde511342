"""The workroom's domain: list order, keyset pages, scope actions, the file store, hours, ending a contract."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from talentdesk.services import access, contracts, files, milestones, offboarding, scope, settings, worklog, workroom
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.store.models import Contract, Rate, ScopeChange
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
