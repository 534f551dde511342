"""Review sessions: snooze, dismiss, act; what comes back and when; summaries; the command line."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from talentdesk import cli
from talentdesk.services import review_session as rs
from talentdesk.services import talents
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.services.review_rules import Card
from talentdesk.store.models import (
    AccessGrant,
    CardState,
    Contract,
    OffboardingItem,
    Rate,
    ReviewDecision,
    ReviewSession,
)
from tests import factories
from tests import review_factories as rf

TODAY = dt.date(2026, 3, 4)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


@pytest.fixture
def world(db):
    """Three cards: a contract ending, access open after an end, a test project with no decision."""
    ana = factories.talent("Ana Souza")
    ending = factories.contract(ana, "Brand refresh", end_date=TODAY + days(5))
    ben = factories.talent("Ben Okoro")
    done = rf.ended(factories.contract(ben, "API audit"), TODAY - days(20))
    from talentdesk.services import contracts

    contracts.add_feedback(done, "given", 4, given_on=TODAY - days(19))
    contracts.add_private_review(done, contracts.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8, reviewed_on=TODAY - days(19)))
    rf.grant(done, "GitHub", offboarding=True)
    rf.grant(done, "Figma")
    test = rf.ended(factories.contract(ana, "Logo test", is_test_project=True), TODAY - days(1))
    contracts.add_feedback(test, "given", 3, given_on=TODAY - days(1))
    contracts.add_private_review(test, contracts.ReviewInput(3, 3, 3, 3, 3, 3, "yes", 8, reviewed_on=TODAY - days(1)))
    return {"ending": ending, "access": done, "test": test}


def keys(cards) -> list[tuple[str, str]]:
    return sorted(c.key for c in cards)


def card_of(rule: str, today=TODAY):
    return next(c for c in rs.queue(today) if c.rule == rule)


def test_queue_overview_counts_per_rule(world):
    view = rs.overview(TODAY)
    assert view.counts["contract_ending"] == 1 and view.counts["access_open"] == 1
    assert view.counts["test_decision"] == 1 and sum(view.counts.values()) == len(view.cards) == 3


def test_snoozed_card_comes_back_when_due(world):
    session, cards = rs.start_session(TODAY)
    ending = next(c for c in cards if c.rule == "contract_ending")
    rs.decide(session, ending, "snoozed", until=rs.snooze_until("day", TODAY), today=TODAY)
    assert ending.key not in [c.key for c in rs.queue(TODAY)]
    assert ending.key in [c.key for c in rs.queue(TODAY + days(1))]


def test_dismissed_card_stays_away_until_its_facts_change(world):
    session, _cards = rs.start_session(TODAY)
    access = card_of("access_open")
    rs.decide(session, access, "dismissed", note="Figma is a free viewer seat", today=TODAY)
    assert access.key not in [c.key for c in rs.queue(TODAY + days(60))]
    rf.grant(world["access"], "Laptop", kind="equipment")  # a new reason appears
    back = card_of("access_open")
    assert back.facts["systems"] == ["GitHub", "Figma", "Laptop"]


def test_dismiss_needs_a_reason_and_snooze_a_later_day(world):
    session, cards = rs.start_session(TODAY)
    with pytest.raises(ValidationError) as error:
        rs.decide(session, cards[0], "dismissed", note="  ", today=TODAY)
    assert error.value.field == "reason"
    with pytest.raises(ValidationError):
        rs.decide(session, cards[0], "snoozed", until=TODAY, today=TODAY)
    assert ReviewDecision.select().count() == 0 and CardState.select().count() == 0


def test_mark_access_revoked_in_one_go(world):
    session, _cards = rs.start_session(TODAY)
    assert rs.act_revoke_access(session, card_of("access_open"), on=TODAY) == 2
    assert AccessGrant.select().where(AccessGrant.revoked_on.is_null()).count() == 0
    assert [i.done_on for i in OffboardingItem.select()] == [TODAY]
    assert "access_open" not in [c.rule for c in rs.queue(TODAY)]
    decision = ReviewDecision.get()
    assert (decision.decision, decision.action) == ("acted", "revoke_access")
    assert "GitHub" in decision.note


def test_log_a_raise_and_test_decision(world):
    session, _cards = rs.start_session(TODAY)
    ending = card_of("contract_ending")
    rs.act_log_raise(session, ending, 5500, "USD", TODAY, "Yearly revisit")
    assert [r.amount_minor for r in Rate.select()] == [5500]
    rs.act_test_decision(session, card_of("test_decision"), "hire")
    assert Contract.get_by_id(world["test"]).test_decision == "hire"
    with pytest.raises(ValidationError):
        talents.add_rate(ending.talent_id, TODAY, -1, "USD")


def test_session_summary_and_list(world):
    session, cards = rs.start_session(TODAY)
    by_rule = {c.rule: c for c in cards}
    rs.decide(session, by_rule["contract_ending"], "done", today=TODAY)
    rs.act(session, by_rule["test_decision"], "open_contract")
    summary = rs.end_session(session, TODAY)
    assert summary.session.counts == {"done": 1, "acted": 1}
    assert [d.talent_name for d in summary.decisions] == ["Ana Souza", "Ana Souza"]
    assert summary.decisions[0].contract_title == "Brand refresh"
    assert summary.remaining == 1  # the access card is still there
    listed = rs.list_sessions()
    assert [s.id for s in listed] == [session] and listed[0].ended_at is not None and listed[0].total == 2
    with pytest.raises(Refused):
        rs.decide(session, by_rule["access_open"], "done", today=TODAY)


def test_cli_lists_the_queue_as_json(world, where_args, capsys):
    assert cli.main([*where_args, "review", "--list", "--json", "--today", TODAY.isoformat()]) == 0
    *rows, record = json.loads(capsys.readouterr().out)
    assert {r["rule"] for r in rows} == {"contract_ending", "access_open", "test_decision"}
    ending = next(r for r in rows if r["rule"] == "contract_ending")
    assert ending == {"rule": "contract_ending", "person": "Ana Souza", "contract": "Brand refresh",
                      "reason": "Ends on 2026-03-09, in 5 days: renew it, extend it or let it end.",
                      "due": "2026-03-09", "subject": f"contract:{world['ending']}",
                      "facts": {"end_date": "2026-03-09", "kind": "hourly", "days_left": 5, "days_ago": -5}}
    assert record["rule"] == "my_record" and record["facts"]["period"]["end"] == TODAY.isoformat()


def test_cli_prints_a_table(world, where_args, capsys):
    assert cli.main([*where_args, "review", "--list", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "Ben Okoro" in out and "GitHub, Figma" in out and "3 cards in the queue." in out


def test_an_abandoned_empty_session_is_not_kept(world):
    rs.start_session(TODAY)  # opened, nothing decided, never ended
    kept, cards = rs.start_session(TODAY)
    rs.decide(kept, cards[0], "done", today=TODAY)
    latest, _ = rs.start_session(TODAY)
    listed = rs.list_sessions()
    assert [s.id for s in listed] == [latest, kept]
    assert [s.total for s in listed] == [0, 1]


def test_the_overview_counts_each_rule_and_says_how_many_wait_unseen(world):
    factories.contract(factories.talent("Cleo Ruiz"), "Site copy", end_date=TODAY + days(3))  # a second ending
    session, cards = rs.start_session(TODAY)
    access = next(c for c in cards if c.rule == "access_open")
    rs.decide(session, access, "snoozed", until=rs.snooze_until("day", TODAY), today=TODAY)
    view = rs.overview(TODAY)
    assert (view.today, view.hidden) == (TODAY, 1)
    assert {rule: n for rule, n in view.counts.items() if n} == {"contract_ending": 2, "test_decision": 1}
    assert access.key not in [c.key for c in view.cards]


def test_the_sessions_list_shows_the_latest_started_first_and_at_most_the_limit(db):
    starts = (dt.datetime(2026, 3, 2, 9, 0), dt.datetime(2026, 3, 4, 9, 0), dt.datetime(2026, 3, 3, 9, 0))
    ids = [ReviewSession.create(started_at=when).id for when in starts]  # added out of order (a synced folder)
    listed = rs.list_sessions()
    assert [(s.id, s.started_at) for s in listed] == [(ids[1], starts[1]), (ids[2], starts[2]), (ids[0], starts[0])]
    assert [s.id for s in rs.list_sessions(limit=2)] == [ids[1], ids[2]]
    for day in range(1, 49):  # the window lists the latest fifty
        ReviewSession.create(started_at=dt.datetime(2025, 1, 1) + dt.timedelta(days=day))
    listed = rs.list_sessions()  # 51 sessions: the oldest, 2 January, is left out
    assert len(listed) == 50 and listed[-1].started_at == dt.datetime(2025, 1, 3)


# -- what each action writes, and to what alone ------------------------------------------------------------------
def _card(rule: str, contract_id: int | None = None, today=TODAY):
    return next(c for c in rs.queue(today) if c.rule == rule and contract_id in (None, c.contract_id))


def test_mark_access_revoked_closes_only_that_contracts_open_grants_and_revoke_items(world):
    audit, logo_test = world["access"], world["test"]
    rf.grant(audit, "Old VPN", revoked_on=dt.date(2026, 2, 1))  # closed before: keeps its day
    OffboardingItem.create(contract=audit, kind="revoke_access", label="Revoke the shared drive")  # no grant kept
    OffboardingItem.create(contract=audit, kind="revoke_access", label="Revoke the wiki", done_on=TODAY - days(10))
    OffboardingItem.create(contract=audit, kind="deliverables", label="Get the deliverables back")
    rf.grant(logo_test, "Slack", offboarding=True)  # another contract's
    OffboardingItem.create(contract=logo_test, kind="revoke_access", label="Revoke the drive")
    session, _cards = rs.start_session(TODAY)
    card = _card("access_open", audit)
    on = TODAY - days(1)
    assert rs.act_revoke_access(session, card, on=on) == 2
    assert {g.system: g.revoked_on for g in AccessGrant.select()} == {
        "GitHub": on, "Figma": on, "Old VPN": dt.date(2026, 2, 1), "Slack": None}
    assert {i.label: i.done_on for i in OffboardingItem.select()} == {
        "Revoke GitHub": on, "Revoke the shared drive": on, "Revoke the wiki": TODAY - days(10),
        "Get the deliverables back": None, "Revoke Slack": None, "Revoke the drive": None}
    decision = ReviewDecision.get()
    assert (decision.decision, decision.action, decision.note) == ("acted", "revoke_access", "Revoked: GitHub, Figma")
    state = CardState.get()
    assert (state.rule, state.state, state.reason, state.fingerprint) == (
        "access_open", "dismissed", "acted", card.fingerprint)


def test_mark_access_revoked_when_the_grants_were_closed_meanwhile_records_no_names(world):
    session, _cards = rs.start_session(TODAY)
    card = card_of("access_open")
    AccessGrant.update(revoked_on=TODAY - days(2)).execute()  # closed from the workroom while the card was shown
    assert rs.act_revoke_access(session, card, on=TODAY) == 0
    assert {g.revoked_on for g in AccessGrant.select()} == {TODAY - days(2)}
    assert (ReviewDecision.get().action, ReviewDecision.get().note) == ("revoke_access", "")


def test_mark_access_revoked_on_a_card_about_a_person_only_is_refused(db):
    cleo = factories.talent("Cleo Ruiz", favourite=True)
    session, _cards = rs.start_session(TODAY)
    # A stay-in-touch card of someone never hired is about her alone.
    card = Card("stay_in_touch", "never", f"talent:{cleo}", cleo, "Cleo Ruiz", None, "", TODAY)
    with pytest.raises(Refused) as refused:
        rs.act_revoke_access(session, card, on=TODAY)
    assert str(refused.value) == "This card is not about a contract."
    assert not ReviewDecision.select().exists() and not CardState.select().exists()


def test_mark_the_open_items_done_dates_them_the_day_given_and_notes_them(world):
    cid = rf.ended(factories.contract(factories.talent("Dara Lee"), "Docs site"), TODAY - days(10))
    listed = [OffboardingItem.create(contract=cid, kind=kind, label=label, position=n) for n, (kind, label) in
              enumerate((("deliverables", "Get the files back"), ("delete_data", "Ask them to delete our data")))]
    session, _cards = rs.start_session(TODAY)
    card = _card("offboarding_open", cid)
    on = TODAY - days(3)
    assert rs.act_offboarding_done(session, card, on=on) == 2
    assert [OffboardingItem.get_by_id(i.id).done_on for i in listed] == [on, on]
    decision = ReviewDecision.get()
    assert (decision.action, decision.note) == ("offboarding_done", "Get the files back, Ask them to delete our data")
    assert (CardState.get().state, CardState.get().reason) == ("dismissed", "acted")


def test_mark_revoked_or_returned_closes_the_cards_grant_alone(world):
    running = world["ending"]
    laptop = rf.grant(running, "Laptop", kind="equipment", offboarding=True)
    AccessGrant.update(revoke_by=TODAY - days(3)).where(AccessGrant.id == laptop).execute()
    rf.grant(running, "Design files", offboarding=True)  # no revoke-by day: still in use
    session, _cards = rs.start_session(TODAY)
    card = _card("revoke_due")
    on = TODAY - days(1)
    assert rs.act_revoke_grant(session, card, on=on) == 1
    assert {g.system: g.revoked_on for g in AccessGrant.select()} == {
        "GitHub": None, "Figma": None, "Laptop": on, "Design files": None}
    assert {i.label: i.done_on for i in OffboardingItem.select()} == {
        "Revoke GitHub": None, "Revoke Laptop": on, "Revoke Design files": None}
    decision = ReviewDecision.get()
    assert (decision.decision, decision.action, decision.note) == ("acted", "revoke_grant", "Laptop")
    assert (CardState.get().rule, CardState.get().reason) == ("revoke_due", "acted")


def test_an_action_done_elsewhere_is_recorded_with_its_note_and_an_unknown_one_refused(world):
    session, _cards = rs.start_session(TODAY)
    ending = card_of("contract_ending")
    with pytest.raises(ValidationError) as unknown:
        rs.act(session, ending, "frobnicate")
    assert (unknown.value.field, unknown.value.message) == ("action", "“frobnicate” is not an action of a review card.")
    assert not ReviewDecision.select().exists()
    rs.act(session, ending, "renew", note="Renewed for a quarter")
    rs.act(session, card_of("test_decision"), "open_contract")
    assert [(d.decision, d.action, d.note) for d in ReviewDecision.select().order_by(ReviewDecision.id)] == [
        ("acted", "renew", "Renewed for a quarter"), ("acted", "open_contract", "")]


def test_the_summary_is_of_the_session_asked_for_with_when_each_decision_was_made(world):
    first, cards = rs.start_session(TODAY)
    rs.decide(first, cards[0], "done", today=TODAY)
    rs.end_session(first, TODAY)
    second, cards = rs.start_session(TODAY)
    rs.decide(second, next(c for c in cards if c.rule == "test_decision"), "done", today=TODAY)
    open_summary = rs.summary(second, TODAY)
    row = ReviewSession.get_by_id(second)
    assert (open_summary.session.id, open_summary.session.started_at, open_summary.session.ended_at) == (
        second, row.started_at, None)
    assert [(d.rule, d.decided_at) for d in open_summary.decisions] == [
        ("test_decision", ReviewDecision.get(ReviewDecision.session == second).decided_at)]
    assert isinstance(open_summary.decisions[0].decided_at, dt.datetime)
    ended = rs.end_session(second, TODAY)
    assert ended.session.ended_at == ReviewSession.get_by_id(second).ended_at is not None
    with pytest.raises(NotFound) as missing:
        rs.summary(second + 100, TODAY)
    assert str(missing.value) == f"No review session with id {second + 100}."
