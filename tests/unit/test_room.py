"""The workroom's one read: every part of it is that contract's own, as each service gives it."""
from __future__ import annotations

import datetime as dt

from talentdesk.services import (
    access,
    contracts,
    corrections,
    files,
    milestones,
    offboarding,
    room,
    scope,
    worklog,
    workroom,
)
from talentdesk.store.models import Payment
from tests import report_world


def test_the_room_holds_this_contracts_own_parts_as_of_the_given_day(db):
    world = report_world.build()
    api = world["contract"]["Payments API rewrite"]
    audit = world["contract"]["Database audit"]  # the same person's other contract, with parts of its own
    for body in ("Kick-off on Monday?", "Spec attached."):
        contracts.add_message(api, body)
    contracts.add_message(audit, "Audit notes")
    fee = Payment.get((Payment.contract == api) & (Payment.kind == "fee"))
    corrections.remove_payment(fee.id, "charged twice")
    today = dt.date(2025, 5, 14)  # mid-contract: the facts count days from here, not from the real today

    shown = room.load(api, today)

    assert shown.facts == workroom.facts(api, today) != workroom.facts(api)
    assert shown.milestones == milestones.for_contract(api) and shown.milestones
    assert shown.files == files.for_contract(api) and len(shown.files) == 2
    assert shown.entries == worklog.entries(api) and shown.entries
    assert shown.weeks == worklog.weeks(api) and shown.weeks
    assert shown.payments == workroom.payments(api) and shown.payments.rows
    assert shown.ledger == scope.ledger(api) and len(shown.ledger) == 2
    assert shown.grants == access.for_contract(api) and len(shown.grants) == 2
    assert shown.checklist == offboarding.items(api) and len(shown.checklist) == 3
    assert shown.corrections == corrections.for_contract(api) and [c.reason for c in shown.corrections] == [
        "charged twice"]
    assert shown.feedback == {"given": (5, "Clear, careful, fast. Would hire again."),
                              "received": (5, "Great client, clear specs.")}
    assert shown.reviews == 2  # a check-in and the closing review; the audit's review is not this contract's
    assert shown.message_count == 2


def test_a_new_contract_has_an_empty_room(db):
    world = report_world.build()
    tid = world["talent"][report_world.CYRILLIC]
    fresh = contracts.create_contract(contracts.ContractInput(talent_id=tid, title="Dashboards"))
    shown = room.load(fresh, dt.date(2025, 5, 14))
    assert (shown.milestones, shown.files, shown.entries, shown.ledger, shown.grants, shown.corrections) == (
        [], [], [], [], [], [])
    assert (shown.feedback, shown.reviews, shown.message_count) == ({}, 0, 0)
    assert shown.payments.rows == []
