"""Every write path is all or nothing: broken after any of its statements, it leaves no trace.

For each write path (every public function of services/ that writes, every importer, undo and redo)
the test runs it once on a small world counting its write statements (N), then, on a fresh copy of
the same world, breaks it in place of statement k+1 for k = 1 … N-1 (a few of them when N is large)
through the store's fault hook (``store.db.write_faults``) and checks that the program's CSV exports
and a dump of every table are byte for byte what they were. Nothing under test is mocked: the
failure comes from the database connection, where a full disk or a lost lock would come from.

``WRITE_PATHS`` is the registry; ``test_every_write_path_is_covered`` reads the source of services/
and interchange/ and fails when a public function that writes (directly, or through another function
that does) is neither in the registry nor in ``NOT_STATEMENT_WRITES`` with its reason.
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

import talentdesk
from talentdesk.store.db import InjectedFault, database, write_faults
from talentdesk.store.schema import open_database
from tests import factories
from tests import review_factories as rf
from tests.interchange_helpers import FIXTURES, csv_exports, snapshot

# Exports taken before and after are compared: the queue's clock is held still between them.
pytestmark = pytest.mark.usefixtures("held_clock")

TODAY = dt.date.today()  # the services' default day, so rules and forms agree with the world
MAX_FAULTS = 6  # fault points tried per path: the first two, the last and some between


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


# -- the world: one of each record a write path needs -------------------------------------------------

@dataclass
class World:
    folder: Path
    ana: int
    ben: int
    cleo: int  # no contracts: may be deleted
    hourly: int  # active, weekly limit, ends in five days
    fixed: int  # active, fixed price, with milestones
    weekly: int  # active, a weekly payment
    ended: int  # ended three weeks ago, open grants and checklist items
    test: int  # a test project ended yesterday, no decision yet
    payment: int
    message: int
    feedback: int
    review: int
    rate: int
    appreciation: int
    entry: int
    interaction: int
    grant: int
    milestone: int
    approved_milestone: int
    attachment: int
    item: int
    scope_change: int
    session: int
    draft: int  # a fixed-price draft: edited whole, milestones edited freely
    draft_milestone: int


def _build(folder: Path) -> World:
    from talentdesk.services import (
        access,
        appreciation,
        contracts,
        files,
        interactions,
        milestones,
        offboarding,
        review_session,
        scope,
        talents,
        worklog,
    )

    ana = talents.create_talent(talents.TalentInput(
        name="Ana Souza", channels=[talents.Channel("email", "ana@example.com"), talents.Channel("phone", "+351 21 000")],
        skills=[("Python", 4), ("Design", 3)], notes="Prefers mornings"))
    ben = factories.talent("Ben Okoro", channels=[talents.Channel("email", "ben@example.com")])
    cleo = factories.talent("Cleo Park")
    start = {"start_date": TODAY - days(60)}
    hourly = factories.contract(ana, "Brand refresh", weekly_limit_hours=20, end_date=TODAY + days(5), **start)
    fixed = factories.contract(ben, "API audit", kind="fixed", rate_minor=0, end_date=TODAY + days(60), **start)
    weekly = factories.contract(ben, "Support", kind="retainer", rate_minor=0, weekly_payment_minor=80000, **start)
    ended = factories.contract(ben, "Migration", end_date=TODAY + days(30), **start)
    grant = access.grant(ended, "GitHub", granted_on=TODAY - days(50))
    access.grant(ended, "Figma", granted_on=TODAY - days(50))
    offboarding.end_contract(ended, offboarding.EndInput(
        end_date=TODAY - days(20), reason="Done", checklist=offboarding.proposed_checklist(ended)))
    test = factories.contract(ana, "Logo test", is_test_project=True, **start)
    rf.ended(test, TODAY - days(1))
    payment = contracts.add_payment(hourly, "hourly", 40000, "USD", TODAY - days(7), minutes=480)
    message = contracts.add_message(hourly, "Kick-off notes")
    feedback = contracts.add_feedback(ended, "given", 4, "Solid", given_on=TODAY - days(19))
    review = contracts.add_private_review(ended, contracts.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8, reviewed_on=TODAY - days(19)))
    rate = talents.add_rate(ana, TODAY - days(90), 5000, "USD", "Start")
    thanks = appreciation.add_appreciation(appreciation.AppreciationInput(ana, "praise", "The clear hand-over notes saved me a day",
                                                                          given_on=TODAY - days(3)))
    entry = worklog.add(hourly, TODAY - days(2), 240, "Logo drafts")
    interaction = interactions.log(ana, interactions.InteractionInput("call", dt.datetime(2026, 3, 1, 10), 30, "Catch-up"))
    milestone = rf.milestone(fixed, TODAY + days(10), title="Design")
    approved = rf.milestone(fixed, TODAY - days(10), status="approved", approved_on=TODAY - days(9), title="Research")
    source = folder / "brief.txt"
    source.write_text("The brief\n", encoding="utf-8")
    attachment = files.add(folder, hourly, files.FileInput(source, note="brief"))
    item = offboarding.open_items(ended)[0].id
    scope_change = scope.change_weekly_limit(hourly, 25, scope.Request("More work", agreed=True), effective_on=TODAY)
    session, _cards = review_session.start_session(TODAY)
    draft = factories.contract(ana, "Brand kit", status="draft", kind="fixed", rate_minor=0, **start)
    draft_milestone = milestones.add(draft, "Sketches", 40000, TODAY + days(14))
    milestones.add(draft, "Final files", 60000, TODAY + days(28))
    return World(folder, ana, ben, cleo, hourly, fixed, weekly, ended, test, payment, message, feedback, review,
                 rate, thanks, entry, interaction, grant, milestone, approved, attachment, item, scope_change, session,
                 draft, draft_milestone)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("atomic") / "world"
    db = open_database(folder)
    world = _build(folder)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return world


def _copy(template: World, into: Path) -> World:
    shutil.copytree(template.folder, into)
    open_database(into)
    return World(**{**template.__dict__, "folder": into})


def _card(rule: str, **facts):
    """The review card of ``rule`` today (built from facts when the queue has none of that rule)."""
    from talentdesk.services import review_session
    from talentdesk.services.review_rules import Card

    for card in review_session.queue(TODAY):
        if card.rule == rule:
            return card
    return Card(rule, "", facts.pop("subject"), facts.pop("talent_id", None), "", facts.pop("contract_id", None), "",
                TODAY, json.dumps(facts))


# -- the registry: each entry takes the world and returns the write, ready to run ------------------------

WRITE_PATHS: dict[str, Callable[[World], Callable[[], object]]] = {}


def write_path(*names: str):
    """Register a write path under the dotted names of the functions it exercises."""
    def register(fn):
        for name in names:
            WRITE_PATHS[name] = fn
        return fn
    return register


def _req():
    from talentdesk.services import scope

    return scope.Request("Agreed on a call", agreed=True)


@write_path("talentdesk.services.talents.create_talent")
def _(w):
    from talentdesk.services import talents

    return lambda: talents.create_talent(talents.TalentInput(
        name="Dana Ruiz", channels=[talents.Channel("email", "dana@example.com")], skills=[("Rust", 3), ("Go", 2)],
        links=[talents.Link("https://github.com/dana", "GitHub")] if hasattr(talents, "Link") else []))


@write_path("talentdesk.services.talents.update_talent")
def _(w):
    from talentdesk.services import talents

    data = talents.load_input(w.ana)
    data.headline = "Brand designer"
    data.skills = [("Figma", 5)]
    data.channels = [talents.Channel("email", "ana@studio.example")]
    return lambda: talents.update_talent(w.ana, data, version=talents.get(w.ana).version)


@write_path("talentdesk.services.bench.save_talent")
def _(w):
    from talentdesk.services import bench, talents

    data = talents.load_input(w.ana)
    data.notes = "Now afternoons"
    data.skills = [("Python", 5)]
    return lambda: bench.save_talent(w.ana, data, [bench.NewRate(TODAY, 6000, "USD", "Raise")])


@write_path("talentdesk.services.talents.set_name_parts")
def _(w):
    from talentdesk.services import talents
    from talentdesk.services.names import NameParts

    return lambda: talents.set_name_parts(w.ana, NameParts(given="Ana", family="Souza"))


@write_path("talentdesk.services.talents.set_favourite")
def _(w):
    from talentdesk.services import talents

    return lambda: talents.set_favourite([w.ana, w.ben, w.cleo], True)


@write_path("talentdesk.services.talents.set_status")
def _(w):
    from talentdesk.services import talents

    return lambda: talents.set_status([w.ben, w.cleo], "do_not_rehire", "Missed deadlines")


@write_path("talentdesk.services.talents.archive")
def _(w):
    from talentdesk.services import talents

    return lambda: talents.archive([w.ben, w.cleo])


@write_path("talentdesk.services.talents.unarchive")
def _(w):
    from talentdesk.services import talents

    talents.archive([w.ben, w.cleo])
    return lambda: talents.unarchive([w.ben, w.cleo])


@write_path("talentdesk.services.talents.delete_talent")
def _(w):
    from talentdesk.services import talents

    return lambda: talents.delete_talent(w.cleo)


@write_path("talentdesk.services.talents.add_rate")
def _(w):
    from talentdesk.services import talents

    return lambda: talents.add_rate(w.ana, TODAY, 5500, "USD", "Yearly")


@write_path("talentdesk.services.raises.log_raise")
def _(w):
    from talentdesk.services import raises

    return lambda: raises.log_raise(w.ana, TODAY, 5500, "USD", "Yearly", w.hourly)


@write_path("talentdesk.services.contracts.create_contract")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.create_contract(contracts.ContractInput(
        w.ben, "Data pipeline", rate_minor=7000, weekly_limit_hours=10, start_date=TODAY), status="active")


@write_path("talentdesk.services.contracts.update_contract")
def _(w):
    from talentdesk.services import contracts

    data = contracts.ContractInput(w.ana, "Brand kit", rate_minor=6000, weekly_limit_hours=15, start_date=TODAY,
                                   end_date=TODAY + days(30), scope="Logo and colours")
    return lambda: contracts.update_contract(w.draft, data, version=contracts.get(w.draft).version)


@write_path("talentdesk.services.contracts.settle_imported")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.settle_imported(w.fixed, TODAY - days(90), TODAY + days(40), rate_minor=6000)


@write_path("talentdesk.services.contracts.settle_imported_many")
def _(w):
    from talentdesk.services import contracts

    # Three at once: one with a terms history (the weekly limit changed) that keeps it, two that restart theirs.
    return lambda: contracts.settle_imported_many([
        contracts.Settlement(w.fixed, TODAY - days(90), TODAY + days(40), rate_minor=6000),
        contracts.Settlement(w.hourly, TODAY - days(30), TODAY + days(5), rate_minor=9000),
        contracts.Settlement(w.weekly, TODAY - days(60), TODAY - days(35), ended=True)])


@write_path("talentdesk.services.contracts.move")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.move(w.hourly, "ended", TODAY)


@write_path("talentdesk.services.contracts.add_payment", "talentdesk.services.milestones.link_payment")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.add_payment(w.fixed, "milestone", 50000, "USD", TODAY, "Research",
                                         milestone_id=w.approved_milestone)


@write_path("talentdesk.services.contracts.add_message")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.add_message(w.hourly, "Where are the drafts?", channel="email")


@write_path("talentdesk.services.contracts.add_feedback")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.add_feedback(w.ended, "received", 5, "Great client", given_on=TODAY - days(18))


@write_path("talentdesk.services.contracts.add_private_review")
def _(w):
    from talentdesk.services import contracts

    return lambda: contracts.add_private_review(w.hourly, contracts.ReviewInput(5, 5, 4, 4, 5, 5, "yes", 8, is_checkin=True,
                                                                                reviewed_on=TODAY))


@write_path("talentdesk.services.corrections.correct_payment")
def _(w):
    from talentdesk.services import corrections

    return lambda: corrections.correct_payment(w.payment, corrections.PaymentFix("hourly", 45000, TODAY - days(7),
                                                                                 "Re-counted"), "Typo",
                                             version=corrections.get(w.payment).version)


@write_path("talentdesk.services.corrections.remove_payment")
def _(w):
    from talentdesk.services import corrections

    return lambda: corrections.remove_payment(w.payment, "Entered twice")


@write_path("talentdesk.services.records.edit_message")
def _(w):
    from talentdesk.services import records

    return lambda: records.edit_message(w.message, "Kick-off notes, corrected", author="me", channel="email",
                                        sent_at=dt.datetime(2026, 3, 1, 9))


@write_path("talentdesk.services.records.remove_message")
def _(w):
    from talentdesk.services import records

    return lambda: records.remove_message(w.message)


@write_path("talentdesk.services.records.edit_feedback")
def _(w):
    from talentdesk.services import records

    return lambda: records.edit_feedback(w.feedback, 3, "Fine", TODAY - days(19))


@write_path("talentdesk.services.records.remove_feedback")
def _(w):
    from talentdesk.services import records

    return lambda: records.remove_feedback(w.feedback)


@write_path("talentdesk.services.records.edit_private_review")
def _(w):
    from talentdesk.services import contracts, records

    return lambda: records.edit_private_review(w.review, contracts.ReviewInput(3, 3, 3, 3, 3, 3, "yes", 8,
                                                                               reviewed_on=TODAY - days(19)))


@write_path("talentdesk.services.records.remove_private_review")
def _(w):
    from talentdesk.services import records

    return lambda: records.remove_private_review(w.review)


@write_path("talentdesk.services.records.edit_appreciation")
def _(w):
    from talentdesk.services import appreciation, records

    return lambda: records.edit_appreciation(w.appreciation, appreciation.AppreciationInput(
        w.ana, "praise", "The clear hand-over notes saved me two days", given_on=TODAY - days(3)))


@write_path("talentdesk.services.records.remove_appreciation")
def _(w):
    from talentdesk.services import records

    return lambda: records.remove_appreciation(w.appreciation)


@write_path("talentdesk.services.records.edit_rate")
def _(w):
    from talentdesk.services import records

    return lambda: records.edit_rate(w.rate, TODAY - days(90), 5200, "USD", "Start, corrected")


@write_path("talentdesk.services.records.remove_rate")
def _(w):
    from talentdesk.services import records

    return lambda: records.remove_rate(w.rate)


@write_path("talentdesk.services.appreciation.add_appreciation")
def _(w):
    from talentdesk.services import appreciation

    return lambda: appreciation.add_appreciation(appreciation.AppreciationInput(
        w.ana, "thanks_bonus", "Fixed the checkout bug over the weekend", given_on=TODAY, contract_id=w.hourly, amount_minor=10000))


@write_path("talentdesk.services.interactions.log")
def _(w):
    from talentdesk.services import interactions

    return lambda: interactions.log(w.ben, interactions.InteractionInput("meeting", dt.datetime(2026, 3, 2, 15), 45,
                                                                         "Planning"))


@write_path("talentdesk.services.interactions.delete")
def _(w):
    from talentdesk.services import interactions

    return lambda: interactions.delete(w.interaction)


@write_path("talentdesk.services.worklog.add")
def _(w):
    from talentdesk.services import worklog

    return lambda: worklog.add(w.hourly, TODAY - days(1), 300, "Icons")


@write_path("talentdesk.services.worklog.edit")
def _(w):
    from talentdesk.services import worklog

    return lambda: worklog.edit(w.entry, TODAY - days(2), 270, "Logo drafts and icons")


@write_path("talentdesk.services.worklog.remove")
def _(w):
    from talentdesk.services import worklog

    return lambda: worklog.remove(w.entry)


@write_path("talentdesk.services.access.grant")
def _(w):
    from talentdesk.services import access

    return lambda: access.grant(w.hourly, "Slack", tier="write")


@write_path("talentdesk.services.access.edit")
def _(w):
    from talentdesk.services import access

    grant = access.grant(w.hourly, "Slack")
    return lambda: access.edit(grant, "Slack workspace", tier="admin")


@write_path("talentdesk.services.access.remove")
def _(w):
    from talentdesk.services import access

    return lambda: access.remove(w.grant)


@write_path("talentdesk.services.access.revoke")
def _(w):
    from talentdesk.services import access

    return lambda: access.revoke(w.grant, TODAY)


@write_path("talentdesk.services.files.add")
def _(w):
    from talentdesk.services import files

    source = w.folder / "invoice.txt"
    source.write_text("Invoice 7\n", encoding="utf-8")
    return lambda: files.add(w.folder, w.hourly, files.FileInput(source, direction="from_them",
                                                                 document_kind="invoice"))


@write_path("talentdesk.services.files.add_for_person")
def _(w):
    from talentdesk.services import files

    source = w.folder / "insurance.txt"
    source.write_text("Policy\n", encoding="utf-8")
    return lambda: files.add_for_person(w.folder, w.ana, files.FileInput(
        source, direction="from_them", document_kind="insurance", expires_on=TODAY + days(200)))


@write_path("talentdesk.services.files.edit_details")
def _(w):
    from talentdesk.services import files

    return lambda: files.edit_details(w.attachment, direction="from_them", sensitivity="confidential",
                                      shared_on=TODAY, note="signed")


@write_path("talentdesk.services.files.remove")
def _(w):
    from talentdesk.services import files

    return lambda: files.remove(w.folder, w.attachment)


@write_path("talentdesk.services.milestones.add")
def _(w):
    from talentdesk.services import milestones

    return lambda: milestones.add(w.fixed, "Report", 30000, TODAY + days(20))


@write_path("talentdesk.services.my_record.set_quoted")
def _(w):
    from talentdesk.services import contracts, my_record

    was = contracts.add_feedback(w.test, "received", 5, "Clear brief", given_on=TODAY - days(2))
    my_record.set_quoted([was])
    now = contracts.add_feedback(w.ended, "received", 4, "Paid on time", given_on=TODAY - days(18))
    return lambda: my_record.set_quoted([now])  # one comment unquoted, another quoted


@write_path("talentdesk.services.milestones.edit")
def _(w):
    from talentdesk.services import milestones

    return lambda: milestones.edit(w.draft_milestone, "Sketches, revised", 55000, TODAY + days(12))


@write_path("talentdesk.services.milestones.set_status")
def _(w):
    from talentdesk.services import milestones

    return lambda: milestones.set_status(w.milestone, "paid", TODAY)  # records its payment too


@write_path("talentdesk.services.milestones.advance")
def _(w):
    from talentdesk.services import milestones

    return lambda: milestones.advance(w.approved_milestone)  # approved → paid, with its payment


@write_path("talentdesk.services.milestones.move")
def _(w):
    from talentdesk.services import milestones

    return lambda: milestones.move(w.draft_milestone, 1)


@write_path("talentdesk.services.milestones.remove")
def _(w):
    from talentdesk.services import milestones

    return lambda: milestones.remove(w.draft_milestone)


@write_path("talentdesk.services.offboarding.end_contract")
def _(w):
    from talentdesk.services import access, contracts, offboarding

    access.grant(w.hourly, "Slack")
    data = offboarding.EndInput(
        end_date=TODAY, reason="Finished", feedback_given=offboarding.FeedbackInput(5, "Lovely work"),
        feedback_received=offboarding.FeedbackInput(5, "Great client"),
        review=contracts.ReviewInput(5, 5, 5, 5, 5, 5, "yes", 8), checklist=offboarding.proposed_checklist(w.hourly))
    return lambda: offboarding.end_contract(w.hourly, data)


@write_path("talentdesk.services.offboarding.write_review")
def _(w):
    from talentdesk.services import contracts, offboarding

    return lambda: offboarding.write_review(w.test, offboarding.FeedbackInput(3, "OK"), offboarding.FeedbackInput(4),
                                            contracts.ReviewInput(3, 3, 3, 3, 3, 3, "yes", 8))


@write_path("talentdesk.services.offboarding.set_done")
def _(w):
    from talentdesk.services import offboarding

    return lambda: offboarding.set_done(w.item, True)


@write_path("talentdesk.services.classification.save_answers")
def _(w):
    from talentdesk.services import classification

    return lambda: classification.save_answers(w.hourly, classification.Answers(sets_hours="me", exclusive=True),
                                               TODAY)


@write_path("talentdesk.services.settings.set")
def _(w):
    from talentdesk.services import settings

    return lambda: settings.set("user_name", "Sam")


@write_path("talentdesk.services.preferences.save")
def _(w):
    from talentdesk.services import preferences

    return lambda: preferences.save({"user_name": "Sam", "default_currency": "EUR", "my_working_hours_start": 8 * 60,
                                     "my_working_hours_end": 16 * 60})


# scope actions
@write_path("talentdesk.services.scope.extend_end_date")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.extend_end_date(w.hourly, TODAY + days(40), _req())


@write_path("talentdesk.services.scope.change_weekly_limit")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.change_weekly_limit(w.hourly, 30, _req(), effective_on=TODAY + days(1))


@write_path("talentdesk.services.scope.change_rate")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.change_rate(w.hourly, 6000, _req(), effective_on=TODAY)


@write_path("talentdesk.services.scope.change_weekly_payment")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.change_weekly_payment(w.weekly, 90000, _req(), effective_on=TODAY)


@write_path("talentdesk.services.scope.add_milestone")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.add_milestone(w.fixed, "Extra report", 20000, TODAY + days(30), _req())


@write_path("talentdesk.services.scope.change_milestone")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.change_milestone(w.fixed, w.milestone, _req(), amount_minor=60000)


@write_path("talentdesk.services.scope.pay_bonus")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.pay_bonus(w.hourly, 15000, _req(), paid_on=TODAY, note="Launch")


@write_path("talentdesk.services.scope.pause")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.pause(w.hourly, _req())


@write_path("talentdesk.services.scope.resume")
def _(w):
    from talentdesk.services import scope

    scope.pause(w.hourly, _req())
    return lambda: scope.resume(w.hourly, _req())


@write_path("talentdesk.services.scope.reverse")
def _(w):
    from talentdesk.services import scope

    return lambda: scope.reverse(w.scope_change, scope.Request("Not needed after all", agreed=True))


@write_path("talentdesk.services.terms.refresh_today")
def _(w):
    from talentdesk.services import terms

    terms.change(w.hourly, TODAY + days(1), "rate_minor", 5900)
    terms.change(w.weekly, TODAY + days(1), "weekly_payment_minor", 85000)
    return lambda: terms.refresh_today(None, TODAY + days(2))


# review-session acts
@write_path("talentdesk.services.review_session.start_session")
def _(w):
    from talentdesk.services import review_session

    # The world's session was left open with nothing decided: starting a new one removes it.
    return lambda: review_session.start_session(TODAY)


@write_path("talentdesk.services.review_session.decide")
def _(w):
    from talentdesk.services import review_session

    return lambda: review_session.decide(w.session, _card("contract_ending"), "snoozed", until=TODAY + days(7),
                                         today=TODAY)


@write_path("talentdesk.services.review_session.act")
def _(w):
    from talentdesk.services import review_session

    return lambda: review_session.act(w.session, _card("contract_ending"), "open_contract", "Renewing")


@write_path("talentdesk.services.review_session.act_revoke_access")
def _(w):
    from talentdesk.services import review_session

    return lambda: review_session.act_revoke_access(w.session, _card("access_open"), on=TODAY)


@write_path("talentdesk.services.review_session.act_offboarding_done")
def _(w):
    from talentdesk.services import offboarding, review_session

    items = offboarding.open_items(w.ended)
    card = _card("offboarding_open", subject=f"contract:{w.ended}", talent_id=w.ben, contract_id=w.ended,
                 item_ids=[i.id for i in items], items=[i.label for i in items])
    return lambda: review_session.act_offboarding_done(w.session, card, on=TODAY)


@write_path("talentdesk.services.review_session.act_revoke_grant")
def _(w):
    from talentdesk.services import review_session

    return lambda: review_session.act_revoke_grant(w.session, _card("access_open"), on=TODAY)


@write_path("talentdesk.services.review_session.act_log_raise")
def _(w):
    from talentdesk.services import review_session

    return lambda: review_session.act_log_raise(w.session, _card("contract_ending"), 5500, "USD", TODAY,
                                                "Yearly revisit", w.hourly)


@write_path("talentdesk.services.review_session.act_test_decision")
def _(w):
    from talentdesk.services import review_session

    return lambda: review_session.act_test_decision(w.session, _card("test_decision"), "hire")


@write_path("talentdesk.services.review_session.end_session")
def _(w):
    from talentdesk.services import review_session

    review_session.decide(w.session, _card("contract_ending"), "done", today=TODAY)
    return lambda: review_session.end_session(w.session, TODAY)


# undo and redo (corrections through the journal), and the step every write of the window is
@write_path("talentdesk.services.history.operation")
def _(w):
    from talentdesk.services import history, talents, worklog

    def one_step():  # as the task lane runs a window's write: two services, one undoable step
        with history.operation("Tidy up"):
            talents.set_favourite([w.ana], True)
            worklog.remove(w.entry)
            talents.archive([w.cleo])

    return one_step


@write_path("talentdesk.services.history.undo")
def _(w):
    from talentdesk.services import history, offboarding

    with history.operation("End contract"):
        offboarding.end_contract(w.hourly, offboarding.EndInput(end_date=TODAY, reason="Finished",
                                                                checklist=offboarding.proposed_checklist(w.hourly)))
    return history.undo


@write_path("talentdesk.services.history.redo")
def _(w):
    from talentdesk.services import history, talents

    with history.operation("Archive"):
        talents.archive([w.ana, w.ben])
        talents.set_favourite([w.cleo], True)
    history.undo()
    return history.redo


# importers
@write_path("talentdesk.interchange.upwork.import_file")
def _(w):
    from talentdesk.interchange import upwork

    return lambda: upwork.import_file(FIXTURES / "upwork" / "transactions_13col.csv", create_missing=True)


def _rate_rows():
    from talentdesk.services import exchange

    return [exchange.RateRow(TODAY - days(n), currency, Decimal(per_eur))
            for n in range(3) for currency, per_eur in (("USD", "1.0856"), ("GBP", "0.85445"))]


@write_path("talentdesk.services.exchange.set_rate")
def _(w):
    from talentdesk.services import exchange

    return lambda: exchange.set_rate(TODAY, "GBP", "0.85445")


@write_path("talentdesk.services.exchange.save_rates")
def _(w):
    from talentdesk.services import exchange

    rows = _rate_rows()
    return lambda: exchange.save_rates(rows, "csv")


@write_path("talentdesk.services.exchange.remove_rates")
def _(w):
    from talentdesk.services import exchange

    exchange.save_rates(_rate_rows(), "csv")  # the rates to remove
    ids = [r.id for r in exchange.rates()]
    return lambda: exchange.remove_rates(ids)


@write_path("talentdesk.interchange.rates.import_file")
def _(w):
    from talentdesk.interchange import rates

    path = w.folder / "eurofxref-hist.csv"
    path.write_text("Date,USD,JPY,GBP,\n2026-03-06,1.0856,161.53,0.85445,\n2026-03-05,1.0840,N/A,0.85300,\n",
                    encoding="utf-8")
    return lambda: rates.import_file(path)


@write_path("talentdesk.interchange.vcard.importer.import_file")
def _(w):
    from talentdesk.interchange import vcard

    # Ana's card fills a gap of hers (a merge) and two new people come with it.
    path = w.folder / "people.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Souza\r\nEMAIL:ana@example.com\r\nTITLE:Designer\r\n"
                    "TEL:+351 21 999\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eli Novak\r\nN:Novak;Eli;;;\r\nEMAIL:eli@example.com\r\n"
                    "UID:urn:uuid:6f1c2a52-6a51-4a0e-9a52-0c3f4a0d2b11\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fay Lund\r\nEMAIL:fay@example.com\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    return lambda: vcard.import_file(path)


@write_path("talentdesk.interchange.csv_import.import_file")
def _(w):
    from talentdesk.interchange import csv_import

    path = w.folder / "people.csv"
    path.write_text("name,email,skills\r\nGus Hale,gus@example.com,Go;SQL\r\nIda Berg,ida@example.com,Figma\r\n"
                    "Ana Souza,ana@example.com,Python\r\n", encoding="utf-8")
    return lambda: csv_import.import_file("talents", path, csv_import.Options(mapping={}))


@write_path("talentdesk.interchange.csv_import.import_file[payments]")
def _(w):
    from talentdesk.interchange import csv_import

    path = w.folder / "payments.csv"
    path.write_text("date,talent,contract,amount,currency,kind\r\n"
                    "2026-02-02,Ana Souza,Brand refresh,100.00,USD,hourly\r\n"
                    "2026-02-09,Ana Souza,Brand refresh,120.00,USD,hourly\r\n"
                    "2026-02-16,Ben Okoro,Support,800.00,USD,weekly_payment\r\n", encoding="utf-8")
    return lambda: csv_import.import_file("payments", path, csv_import.Options(mapping={}))


@write_path("talentdesk.services.availability.set_offered")
def _(w):
    from talentdesk.services import availability

    return lambda: availability.set_offered(w.ana, 25)


@write_path("talentdesk.services.availability.add_away", "talentdesk.services.availability.save",
            "talentdesk.services.availability.remove_away")
def _(w):
    from talentdesk.services import availability

    away = availability.add_away(w.ben, TODAY, TODAY + days(4), "Holiday")
    return lambda: availability.save(w.ben, 30, [(TODAY + days(20), TODAY + days(24), "Conference")], [away])


@write_path("talentdesk.services.planner.save_plan")
def _(w):
    from talentdesk.services import availability, planner, talents

    availability.set_offered(w.ana, 30)
    if talents.current_rate(w.ana) is None:
        talents.add_rate(w.ana, TODAY - days(30), 6000, "USD")
    d = planner.Description((planner.SkillNeed("Python", 4),), 10, TODAY + days(7), TODAY + days(20), 0, None, None,
                            "USD", "Data pipeline")
    proposal = planner.propose(d, TODAY).proposals[0]
    return lambda: planner.save_plan(d, proposal)


# -- public functions that write, but not through statements the hook can break, or not on their own -----

def _drifted_figures(w) -> None:
    """Kept figures out of step for three people, as a bug or a hand edit would leave them."""
    database.obj.execute_sql("UPDATE talent_figures SET last_contact = '1999-01-01', review_count = review_count + 2 "
                             "WHERE talent_id IN (?, ?, ?)", (w.ana, w.ben, w.cleo))


@write_path("talentdesk.services.figures.rebuild")
def _(w):
    from talentdesk.services import figures

    _drifted_figures(w)
    return figures.rebuild


@write_path("talentdesk.services.maintenance.check_database")
def _(w):
    from talentdesk.services import maintenance

    _drifted_figures(w)
    return lambda: maintenance.check_database(w.folder)


NOT_STATEMENT_WRITES = {
    "talentdesk.services.authors.claim":
        "a step of the edits that hand back a version, inside their transaction (covered there: update_talent, "
        "update_contract, correct_payment)",
    "talentdesk.services.demo.generate": "fills a new, empty data folder (the demo); never an existing one",
    "talentdesk.services.maintenance.restore_backup":
        "copies the backup file over the database (the current one kept first); no statement to break",
    "talentdesk.interchange.backup.restore":
        "copies the checked backup into the database in one step of SQLite's backup API; no statement to break",
    "talentdesk.interchange.backup.restore_into_team":
        "writes a team database only (this registry's world is a local file); broken after its statements "
        "in tests/unit/test_team_files.py, it leaves the team database empty",
    "talentdesk.interchange.backup.check": "migrates a temporary copy unpacked from the archive, never the data",
    "talentdesk.interchange.backup.create":
        "of a team database, fills a new temporary file that becomes the archive's copy; never the data",
    "talentdesk.services.terms.start": "a step of creating a contract, inside its transaction (covered there)",
    "talentdesk.services.terms.restart": "a step of editing a draft whole, inside its transaction (covered there)",
    "talentdesk.services.terms.change": "a step of the scope actions, inside their transaction (covered there)",
    "talentdesk.services.terms.restart_many":
        "a step of settling an import's contracts, inside its transaction (covered there: settle_imported_many)",
    "talentdesk.services.import_store.refresh_statistics":
        "the planner's statistics (ANALYZE) after an import has committed; none of the user's rows",
    "talentdesk.services.import_store.give_uuid": "an importer's step, inside the importer's one transaction",
    "talentdesk.services.import_store.set_photo": "an importer's step, inside the importer's one transaction",
    "talentdesk.services.import_store.set_contract_fields": "an importer's step, inside the importer's one transaction",
    "talentdesk.services.import_store.insert_payments": "an importer's step, inside the importer's one transaction",
    "talentdesk.services.import_store.insert_conversions": "an importer's step, inside the importer's one transaction",
    "talentdesk.services.import_store.insert_conversions_by_uuid":
        "an importer's step, inside the importer's one transaction",
}


# -- the check ---------------------------------------------------------------------------------------

def _state(w: World, out: Path, tag: str, with_exports: bool = False) -> tuple[list[str], dict[str, bytes], tuple]:
    """Every row of every table, the CSV exports (when asked: they take longer) and the undo menu."""
    from talentdesk.services import history

    out.mkdir(exist_ok=True)
    return snapshot(database), csv_exports(out, tag) if with_exports else {}, history.labels()


def _fault_points(n: int) -> list[int]:
    """After which statements to fail: all of 1 … n-1 when few, else the first two, the last and some
    evenly between (an importer's people are each written in a transaction of their own: a break
    between two of them is what shows a missing outer one)."""
    if n == 1:
        return [0]  # one statement is atomic in SQLite; failing it checks nothing is written instead
    points = list(range(1, n))
    if len(points) <= MAX_FAULTS:
        return points
    step = (n - 1) / (MAX_FAULTS - 1)
    return sorted({1, 2, *(round(step * i) for i in range(1, MAX_FAULTS - 1)), n - 1})


def _run(action: Callable[[], object], fail_after: int | None):
    with write_faults(fail_after) as faults:
        try:
            action()
        except InjectedFault:
            assert faults.fired
    return faults


@pytest.fixture
def fresh(template, tmp_path):
    from talentdesk.services import history

    worlds = []

    def make(name: str) -> World:
        world = _copy(template, tmp_path / name)
        worlds.append(world)
        return world

    yield make
    database.close()
    history.forget()


@pytest.mark.parametrize("name", sorted(WRITE_PATHS))
def test_write_path_is_all_or_nothing(name, fresh, tmp_path):
    counted_world = fresh("counted")
    counted = _run(WRITE_PATHS[name](counted_world), None)
    n = counted.writes
    assert n >= 1, f"{name} wrote nothing in its world; the test would prove nothing"
    database.close()

    points = _fault_points(n)
    # A break can only show a missing transaction if what ran before it changed a row: a world in which
    # the first statements change nothing would let this test pass whatever the code does.
    assert n == 1 or any(sum(counted.rows[:k]) for k in points), (
        f"{name}: no statement before its last changes a row in this world; give it something to change")
    world = fresh("broken")
    action = WRITE_PATHS[name](world)
    rows, exports, undo = _state(world, tmp_path / "exports", "before-", with_exports=True)
    for k in points:
        faults = _run(action, k)
        assert faults.fired, f"{name}: the run broken after statement {k} of {n} never reached statement {k + 1}"
        rows_after, _, undo_after = _state(world, tmp_path / "exports", f"after-{k}-")
        assert rows_after == rows, (
            f"{name} broken after statement {k} of {n} left rows behind; it ran: {faults.statements}")
        assert undo_after == undo, f"{name} broken after statement {k} of {n} left an undo step"
    # What a person would compare: every list the program exports, byte for byte (the rows are
    # checked after each break above; the exports, which read them, once at the end).
    assert _state(world, tmp_path / "exports", "after-", with_exports=True)[1] == exports, (
        f"{name} broken changed the CSV exports")


def test_the_fault_hook_breaks_a_path_without_a_transaction(fresh, tmp_path):
    """The check bites: two creates outside one transaction, broken after the first, leave the first."""
    world = fresh("world")
    one = _run(lambda: factories.talent("Jo Zero"), None).writes
    before = _state(world, tmp_path / "e", "before-", with_exports=True)

    def two_people():
        factories.talent("Jo One")
        factories.talent("Jo Two")

    faults = _run(two_people, one)  # Jo One is written whole; Jo Two fails at once
    assert faults.fired and faults.writes == one
    after = _state(world, tmp_path / "e", "after-", with_exports=True)
    assert after[0] != before[0] and after[1]["talents"] != before[1]["talents"]


def test_the_fault_hook_is_off_outside_its_block(fresh):
    fresh("world")
    with write_faults(0) as faults:
        pass
    factories.talent("After the block")  # no failure once the block has ended
    assert faults.writes == 0 and not faults.fired


# -- discovery: a new write path without an entry fails here ---------------------------------------------

_WRITE_METHODS = {"create", "insert", "insert_many", "insert_from", "replace", "replace_many", "update", "delete",
                  "bulk_create", "bulk_update", "get_or_create"}
_ANY_RECEIVER = {"save", "delete_instance", "executemany"}
_WRITE_SQL = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\s")
ROOT = Path(talentdesk.__file__).parent


def _modules():
    for package in ("services", "interchange", "store"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "demodata" in path.parts:  # the demo generator's bulk writer
                continue
            name = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(".__init__")
            yield name, path.name == "__init__.py", ast.parse(path.read_text(encoding="utf-8"))


def _imported(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    parts = parts[:len(parts) - node.level + (1 if is_package else 0)]
    return ".".join(parts + ([node.module] if node.module else []))


def _root(node) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Call, ast.Subscript)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _writes_directly(fn: ast.FunctionDef) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _WRITE_SQL.match(node.value):
            return True
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        attr, receiver = node.func.attr, _root(node.func.value)
        if attr in _ANY_RECEIVER or (attr in _WRITE_METHODS and receiver and receiver[:1].isupper()):
            return True  # Model.create(…), row.save(), Model.update(…)
        if attr == "execute" and any(isinstance(n, ast.Attribute) and n.attr in _WRITE_METHODS
                                     for n in ast.walk(node.func.value)):
            return True  # model.delete().where(…).execute()
    return False


def discovered_write_paths() -> set[str]:
    """Public functions of services/ and interchange/ that write, directly or through a function that does."""
    calls: dict[str, set[str]] = {}
    writers: set[str] = set()
    public: set[str] = set()
    for module, is_package, tree in _modules():
        names = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                source = _imported(module, is_package, node)
                for alias in node.names:
                    names[alias.asname or alias.name] = f"{source}.{alias.name}"
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            key = f"{module}.{fn.name}"
            if not fn.name.startswith("_") and ".store." not in key:
                public.add(key)
            if _writes_directly(fn):
                writers.add(key)
            called = set()
            for node in ast.walk(fn):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    called.add(names.get(node.func.id, f"{module}.{node.func.id}"))
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and isinstance(node.func.value, ast.Name) and node.func.value.id in names):
                    called.add(f"{names[node.func.value.id]}.{node.func.attr}")
            calls[key] = called
    grown = True
    while grown:
        grown = False
        for key, called in calls.items():
            if key not in writers and called & writers:
                writers.add(key)
                grown = True
    return writers & public


def test_every_write_path_is_covered():
    found = discovered_write_paths()
    registered = {name.split("[")[0] for name in WRITE_PATHS}
    missing = sorted(found - registered - set(NOT_STATEMENT_WRITES))
    assert not missing, f"write paths with no atomicity test (add them to WRITE_PATHS): {missing}"
    stale = sorted((registered | set(NOT_STATEMENT_WRITES)) - found)
    assert not stale, f"listed as write paths but not found writing: {stale}"
    assert len(found) >= 90  # the discovery still sees the services (a broken walk would find nothing)
