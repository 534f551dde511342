"""What the end-contract flow leaves open comes back as review cards, and acting on them closes it."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import access, offboarding, review_rules, review_session
from talentdesk.services import contracts as contract_service
from talentdesk.services.offboarding import ReviewState
from talentdesk.store.models import AccessGrant, OffboardingItem, ReviewDecision
from tests import factories

TODAY = dt.date(2026, 3, 4)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def cards(rule: str, today: dt.date = TODAY) -> list[review_rules.Card]:
    return review_rules.run_rule(review_rules.BY_NAME[rule], today)


def _ended_with_checklist(end: dt.date, tick: tuple[str, ...] = ()) -> int:
    cid = factories.contract(start_date=end - days(60))
    access.grant(cid, "Code host", tier="write", granted_on=end - days(60))
    proposal = offboarding.proposed_checklist(cid)
    for item in proposal:
        item.done = item.kind in tick
    offboarding.end_contract(cid, offboarding.EndInput(end, "Delivered", checklist=proposal))
    return cid


@pytest.mark.parametrize("ended_ago,shown", [(6, False), (7, True), (30, True)])
def test_open_checklist_items_come_back_after_the_grace_days(db, ended_ago, shown):
    cid = _ended_with_checklist(TODAY - days(ended_ago))
    found = cards("offboarding_open")
    assert [c.subject for c in found] == ([f"contract:{cid}"] if shown else [])
    if shown:
        # The grant has its own card (access still open); the feedback step is feedback owed's.
        assert found[0].facts["items"] == ["Get the deliverables and materials back", "Recover any equipment lent",
                                           "Ask them to delete our data"]
        assert "still open: Get the deliverables" in found[0].reason


def test_acting_on_the_card_ticks_the_items_and_the_card_goes(db):
    cid = _ended_with_checklist(TODAY - days(10), tick=("deliverables",))
    card = cards("offboarding_open")[0]
    assert card.facts["items"] == ["Recover any equipment lent", "Ask them to delete our data"]
    session, _cards = review_session.start_session(TODAY)
    assert review_session.act_offboarding_done(session, card, TODAY) == 2
    assert cards("offboarding_open") == []
    assert [i.label for i in offboarding.open_items(cid)] == ["Revoke access: Code host (write)",
                                                            "Leave feedback within the 14-day window"]
    assert ReviewDecision.get().action == "offboarding_done"


@pytest.mark.parametrize("revoke_in,shown", [(1, False), (0, False), (-1, True)])
def test_a_grant_past_its_revoke_by_date_raises_a_card(db, revoke_in, shown):
    cid = factories.contract(start_date=TODAY - days(90))
    gid = access.grant(cid, "Admin panel", tier="admin", granted_on=TODAY - days(90), revoke_by=TODAY + days(revoke_in))
    found = cards("revoke_due")
    assert [c.subject for c in found] == ([f"grant:{gid}"] if shown else [])
    if shown:
        assert found[0].reason == f"Access to Admin panel was to be revoked by {(TODAY - days(1)).isoformat()}, 1 day ago."


def test_revoking_from_the_card_closes_the_grant(db):
    cid = factories.contract(start_date=TODAY - days(90))
    gid = access.grant(cid, "Laptop", kind="equipment", granted_on=TODAY - days(90), revoke_by=TODAY - days(3))
    card = cards("revoke_due")[0]
    assert card.variant == "equipment" and "to be returned by" in card.reason
    assert review_session.act_revoke_grant(review_session.start_session(TODAY)[0], card, TODAY) == 1
    assert AccessGrant.get_by_id(gid).revoked_on == TODAY and cards("revoke_due") == []
    assert not OffboardingItem.select().exists()


def test_the_review_form_knows_what_is_already_written_for_an_ended_contract(db):
    bo = factories.talent("Bo Chen")
    earlier = factories.contract(bo, "Earlier")
    work = factories.contract(bo, "Site rebuild")
    contract_service.move(work, "ended", on=dt.date(2026, 3, 31))
    assert offboarding.review_state(work) == ReviewState(work, "Site rebuild", "Bo Chen", dt.date(2026, 3, 31),
                                                         False, False, False)
    # A check-in during the work is not the closing review; another contract's feedback is not this one's.
    contract_service.add_private_review(work, contract_service.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8,
                                                                           is_checkin=True))
    contract_service.add_feedback(earlier, "given", 5)
    contract_service.add_feedback(earlier, "received", 5)
    contract_service.add_private_review(earlier, contract_service.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8))
    assert offboarding.review_state(work) == ReviewState(work, "Site rebuild", "Bo Chen", dt.date(2026, 3, 31),
                                                         False, False, False)
    contract_service.add_feedback(work, "received", 4)
    assert offboarding.review_state(work).has_received and not offboarding.review_state(work).has_given
    contract_service.add_feedback(work, "given", 5)
    contract_service.add_private_review(work, contract_service.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8))
    assert offboarding.review_state(work) == ReviewState(work, "Site rebuild", "Bo Chen", dt.date(2026, 3, 31),
                                                         True, True, True)
