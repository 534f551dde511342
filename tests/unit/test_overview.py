"""Headline figures: the status line's counts, the first-run check, the default room, the lists' totals."""
from __future__ import annotations

from talentdesk.services import contracts, import_store, lists, money_figures, overview, settings, talents
from tests import factories


def test_an_empty_folder_is_a_first_run_until_the_welcome_is_dismissed(db):
    assert overview.counts() == {"talent": 0, "contract": 0, "first_run": True}
    settings.set("onboarded", True)
    assert overview.counts() == {"talent": 0, "contract": 0, "first_run": False}


def test_people_and_contracts_are_counted_and_a_folder_with_one_person_is_no_first_run(db):
    ana = factories.talent("Ana")
    assert overview.counts() == {"talent": 1, "contract": 0, "first_run": False}
    factories.contract(ana)
    factories.contract(factories.talent("Bo"), status="draft")
    factories.contract(ana, status="offered")
    assert overview.counts() == {"talent": 2, "contract": 3, "first_run": False}


def test_the_default_room_is_the_active_contract_with_most_messages(db):
    assert contracts.busiest_active_contract() is None
    quiet = factories.contract(title="Quiet")
    assert contracts.busiest_active_contract() == quiet  # no messages anywhere: the first active one
    busy = factories.contract(title="Busy")
    chatty_draft = factories.contract(title="Talked about, not started", status="draft")
    for _ in range(3):
        contracts.add_message(chatty_draft, "When can we start?")
    contracts.add_message(busy, "Hello")
    contracts.add_message(busy, "Status?")
    contracts.add_message(quiet, "Hi")
    assert contracts.busiest_active_contract() == busy


def test_equally_busy_rooms_go_to_the_older_contract(db):
    first, second = factories.contract(title="First"), factories.contract(title="Second")
    contracts.add_message(second, "one")
    contracts.add_message(first, "one")
    assert contracts.busiest_active_contract() == first


def test_each_list_counts_its_own_rows(db):
    ana = factories.talent("Ana")
    factories.talent("Bo")
    work = factories.contract(ana)
    for body in ("a", "b", "c"):
        contracts.add_message(work, body)
    assert {name: lists.count(name) for name in ("talents", "contracts", "messages", "payments")} == {
        "talents": 2, "contracts": 1, "messages": 3, "payments": 0}


def test_skill_names_are_every_skill_once_in_alphabetical_order(db):
    factories.talent("Ana", skills=[("Python", 4), ("Figma", 2)])
    factories.talent("Bo", skills=[("Python", 3), ("Go", 5)])
    assert talents.skill_names() == ["Figma", "Go", "Python"]


def test_a_persons_name_for_the_importers(db):
    factories.talent("Ana")
    bo = factories.talent("Bo")
    assert import_store.talent_name(bo) == "Bo"


def test_figures_are_empty_only_without_any_money(db):
    figures = money_figures.Figures()
    assert figures.is_empty() is True
    figures.add("EUR", "refund", 500)
    assert figures.is_empty() is False
