"""What the end-contract flow leaves open comes back as review cards, and acting on them closes it."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import access, offboarding, review_rules, review_session
from talentdesk.services import contracts as contract_service
from talentdesk.services.errors import NotFound, Refused, ValidationError
from talentdesk.services.offboarding import ReviewState
from talentdesk.store.models import AccessGrant, Feedback, OffboardingItem, PrivateReview, ReviewDecision
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


# -- the review written after the end, and the checklist ticked later ------------------------------------------
ENDED_ON = dt.date(2026, 2, 20)


def _ended(reason: str = "Delivered", *, grants: tuple[str, ...] = ()) -> int:
    cid = factories.contract(factories.talent("Bo Chen"), "Site rebuild", start_date=dt.date(2026, 1, 5))
    for system in grants:
        access.grant(cid, system, tier="write", granted_on=dt.date(2026, 1, 5))
    offboarding.end_contract(cid, offboarding.EndInput(ENDED_ON, reason, checklist=offboarding.proposed_checklist(cid)))
    return cid


def _review(**fields) -> contract_service.ReviewInput:
    return contract_service.ReviewInput(5, 4, 4, 5, 5, 5, "yes", 9, **fields)


def test_the_review_written_later_is_dated_the_end_and_today_and_keeps_the_end_reason(db):
    cid = _ended("Project delivered")
    before = dt.date.today()
    offboarding.write_review(cid, offboarding.FeedbackInput(5, "Great work"), offboarding.FeedbackInput(4, "Clear brief"),
                             _review(notes="Would hire again"))
    after = dt.date.today()
    by_direction = {f.direction: f for f in Feedback.select()}
    assert {d: (f.contract_id, f.score, f.comment, f.given_on) for d, f in by_direction.items()} == {
        "given": (cid, 5, "Great work", ENDED_ON), "received": (cid, 4, "Clear brief", ENDED_ON)}
    review = PrivateReview.get()
    assert (review.contract_id, review.end_reason, review.notes, review.is_checkin) == (
        cid, "Project delivered", "Would hire again", False)
    assert before <= review.reviewed_on <= after  # the day it is written, when the form gives none
    assert offboarding.review_state(cid) == ReviewState(cid, "Site rebuild", "Bo Chen", ENDED_ON, True, True, True)


def test_the_review_written_later_keeps_the_days_and_reason_the_form_gives(db):
    cid = _ended("Project delivered")
    offboarding.write_review(cid, offboarding.FeedbackInput(3, given_on=ENDED_ON + days(3)), None,
                             _review(end_reason="Budget ran out", reviewed_on=ENDED_ON + days(2)))
    assert [(f.direction, f.given_on) for f in Feedback.select()] == [("given", ENDED_ON + days(3))]
    review = PrivateReview.get()
    assert (review.end_reason, review.reviewed_on) == ("Budget ran out", ENDED_ON + days(2))


@pytest.mark.parametrize("part", ["given", "received", "review"])
def test_any_one_part_of_the_review_form_is_saved_alone(db, part):
    cid = _ended()
    offboarding.write_review(cid, offboarding.FeedbackInput(4) if part == "given" else None,
                             offboarding.FeedbackInput(5) if part == "received" else None,
                             _review() if part == "review" else None)
    state = offboarding.review_state(cid)
    assert (state.has_given, state.has_received, state.has_review) == (
        part == "given", part == "received", part == "review")
    assert [f.given_on for f in Feedback.select()] == ([] if part == "review" else [ENDED_ON])


def test_an_empty_review_form_or_a_running_contract_is_refused_and_nothing_written(db):
    cid = _ended()
    with pytest.raises(ValidationError) as empty:
        offboarding.write_review(cid, None, None, None)
    assert (empty.value.field, empty.value.message) == (
        "review", "nothing to save: give feedback or write the private review.")
    running = factories.contract()
    with pytest.raises(Refused) as refused:
        offboarding.write_review(running, offboarding.FeedbackInput(5), None, _review())
    assert str(refused.value) == "Feedback and the closing review are written when the contract ends."
    assert not Feedback.select().exists() and not PrivateReview.select().exists()


def test_ticking_a_checklist_item_later_dates_it_and_closes_its_grant_unticking_reopens_it(db):
    cid = _ended(grants=("Code host", "Chat workspace"))
    revoke_code, revoke_chat, deliverables, *_rest = offboarding.items(cid)
    assert [i.label for i in (revoke_code, revoke_chat, deliverables)] == [
        "Revoke access: Code host (write)", "Revoke access: Chat workspace (write)",
        "Get the deliverables and materials back"]
    before = dt.date.today()
    offboarding.set_done(revoke_chat.id, True)
    after = dt.date.today()
    done_on = {i.id: i.done_on for i in offboarding.items(cid)}
    assert before <= done_on.pop(revoke_chat.id) <= after and set(done_on.values()) == {None}
    grants = {g.system: g.revoked_on for g in AccessGrant.select()}
    assert grants["Code host"] is None and before <= grants["Chat workspace"] <= after
    offboarding.set_done(revoke_chat.id, False)
    assert all(i.done_on is None for i in offboarding.items(cid))
    assert AccessGrant.get_by_id(revoke_chat.grant_id).revoked_on is not None  # unticking does not grant it again
    offboarding.set_done(deliverables.id, True)
    assert [i.label for i in offboarding.open_items(cid)][:2] == [revoke_code.label, revoke_chat.label]
    assert [g.system for g in access.open_grants(cid)] == ["Code host"]


def test_ticking_an_item_that_is_gone_says_so(db):
    cid = _ended()
    item = offboarding.items(cid)[0]
    OffboardingItem.delete().where(OffboardingItem.id == item.id).execute()
    with pytest.raises(NotFound) as gone:
        offboarding.set_done(item.id, True)
    assert str(gone.value) == "That checklist item no longer exists."
    assert all(i.done_on is None for i in offboarding.items(cid))


# -- the proposed checklist and the end-contract flow's checks ---------------------------------------------------
STANDARD = ["Get the deliverables and materials back", "Recover any equipment lent", "Ask them to delete our data",
            "Leave feedback within the 14-day window"]


def test_the_proposed_checklist_is_each_open_grant_then_the_standard_steps(db):
    cid = factories.contract()
    code = access.grant(cid, "Code host", tier="write", granted_on=dt.date(2026, 1, 5))
    # The form always asks for a tier, but the column allows none (a folder restored from CSV, say).
    chat = AccessGrant.create(contract=cid, system="Chat workspace", tier=None, granted_on=dt.date(2026, 1, 5)).id
    proposal = offboarding.proposed_checklist(cid)
    assert [(i.kind, i.label, i.grant_id, i.done) for i in proposal] == [
        ("revoke_access", "Revoke access: Code host (write)", code, False),
        ("revoke_access", "Revoke access: Chat workspace", chat, False),  # no tier, nothing in brackets
        ("deliverables", STANDARD[0], None, False), ("equipment", STANDARD[1], None, False),
        ("delete_data", STANDARD[2], None, False), ("feedback", STANDARD[3], None, False)]


def test_equipment_lent_is_named_in_the_checklist_instead_of_the_general_step(db):
    cid = factories.contract()
    laptop = access.grant(cid, "Laptop", kind="equipment", tier=None, granted_on=dt.date(2026, 1, 5))
    proposal = offboarding.proposed_checklist(cid)
    assert [(i.kind, i.label, i.grant_id) for i in proposal] == [
        ("equipment", "Get back: Laptop", laptop), ("deliverables", STANDARD[0], None),
        ("delete_data", STANDARD[2], None), ("feedback", STANDARD[3], None)]


def test_ending_keeps_each_feedback_the_checklist_in_order_and_closes_what_was_ticked(db):
    cid = factories.contract(start_date=dt.date(2026, 1, 5))
    laptop = access.grant(cid, "Laptop", kind="equipment", tier=None, granted_on=dt.date(2026, 1, 5))
    proposal = offboarding.proposed_checklist(cid)
    proposal[0].done = True  # the laptop came back at the handover
    proposal.append(offboarding.ChecklistItem("other", "  Return the office\x07 keys  "))
    before = dt.date.today()
    offboarding.end_contract(cid, offboarding.EndInput(
        ENDED_ON, "  Delivered  ", offboarding.FeedbackInput(5, "Great work"),
        offboarding.FeedbackInput(4, "Clear brief", given_on=ENDED_ON + days(2)), checklist=proposal, ended_by="them"))
    contract = contract_service.get(cid)
    assert (contract.status, contract.end_date, contract.end_reason, contract.ended_by) == (
        "ended", ENDED_ON, "Delivered", "them")
    assert {f.direction: (f.score, f.comment, f.given_on) for f in Feedback.select()} == {
        "given": (5, "Great work", ENDED_ON), "received": (4, "Clear brief", ENDED_ON + days(2))}
    kept = list(OffboardingItem.select().order_by(OffboardingItem.id))
    assert [(i.position, i.label) for i in kept] == [
        (1, "Get back: Laptop"), (2, STANDARD[0]), (3, STANDARD[2]), (4, STANDARD[3]), (5, "Return the office keys")]
    assert before <= kept[0].done_on <= dt.date.today() and [i.done_on for i in kept[1:]] == [None] * 4
    assert before <= AccessGrant.get_by_id(laptop).revoked_on <= dt.date.today()


def _end_input(**changes) -> offboarding.EndInput:
    data = offboarding.EndInput(ENDED_ON, "Delivered", checklist=[offboarding.ChecklistItem("deliverables", "Files")])
    for name, value in changes.items():
        setattr(data, name, value)
    return data


@pytest.mark.parametrize("changes,field,message", [
    ({"end_date": None}, "end date", "is required."),
    ({"end_date": dt.date(2026, 1, 4)}, "end date", "is before the start 2026-01-05."),
    ({"reason": "   "}, "reason", "is required."),
    ({"reason": "x" * 5001}, "reason", "is too long (5001 characters; at most 5000)."),
    ({"test_decision": "maybe"}, "test decision", "“maybe” is not one of: hire, no_hire."),
    ({"ended_by": "nobody"}, "ended by", "“nobody” is not one of: me, them."),
    ({"checklist": [offboarding.ChecklistItem("party", "Farewell")]}, "checklist item",
     "“party” is not one of: revoke_access, deliverables, equipment, delete_data, feedback, other."),
    ({"checklist": [offboarding.ChecklistItem("other", " ")]}, "checklist item", "is required."),
    ({"checklist": [offboarding.ChecklistItem("other", "x" * 301)]}, "checklist item",
     "is too long (301 characters; at most 300)."),
])
def test_ending_with_bad_input_names_the_field_and_changes_nothing(db, changes, field, message):
    cid = factories.contract(start_date=dt.date(2026, 1, 5), is_test_project=True)
    with pytest.raises(ValidationError) as refused:
        offboarding.end_contract(cid, _end_input(**changes))
    assert (refused.value.field, refused.value.message) == (field, message)
    assert contract_service.get(cid).status == "active" and offboarding.items(cid) == []


def test_ending_takes_the_longest_texts_allowed_and_the_start_day_itself(db):
    cid = factories.contract(start_date=dt.date(2026, 1, 5), is_test_project=True)
    offboarding.end_contract(cid, _end_input(end_date=dt.date(2026, 1, 5), reason="r" * 5000, test_decision="no_hire",
                                             checklist=[offboarding.ChecklistItem("other", "l" * 300)]))
    contract = contract_service.get(cid)
    assert (contract.end_date, len(contract.end_reason), contract.test_decision) == (dt.date(2026, 1, 5), 5000, "no_hire")
    assert [len(i.label) for i in offboarding.items(cid)] == [300]


def test_a_contract_called_off_before_it_starts_ends_on_its_start_day(db):
    starts = dt.date.today() + days(14)
    cid = factories.contract(start_date=starts)
    offboarding.end_contract(cid, _end_input(end_date=starts, reason="Called off", checklist=[]))
    assert (contract_service.get(cid).status, contract_service.get(cid).end_date) == ("ended", starts)


def test_an_ended_contract_cannot_be_ended_again(db):
    cid = _ended("Delivered")
    with pytest.raises(Refused) as refused:
        offboarding.end_contract(cid, _end_input(end_date=ENDED_ON + days(5), reason="Again"))
    assert str(refused.value) == "A contract that is ended cannot be ended."
    assert (contract_service.get(cid).end_date, contract_service.get(cid).end_reason) == (ENDED_ON, "Delivered")
