"""Appreciation: which contracts a thanks can be about, and the "say thanks" prompts."""
from __future__ import annotations

import datetime as dt

from talentdesk.services import appreciation, contracts
from talentdesk.services.appreciation import ContractChoice, Suggestion
from talentdesk.services.contracts import ReviewInput
from tests import factories, review_factories

TODAY = dt.date(2026, 6, 30)


def test_a_persons_contracts_running_ones_first_then_newest_first(db):
    ana = factories.talent("Ana")
    old_end = factories.contract(ana, "Old, ended", currency="EUR")
    contracts.move(old_end, "ended", on=dt.date(2026, 3, 1))
    running = factories.contract(ana, "Running")
    paused = factories.contract(ana, "Paused")
    contracts.move(paused, "paused")
    draft = factories.contract(ana, "Draft", status="draft", currency="GBP")
    factories.contract(factories.talent("Bo"), "Bo's")

    assert appreciation.contract_choices(ana) == [
        ContractChoice(paused, "Paused", "paused", "USD"),
        ContractChoice(running, "Running", "active", "USD"),
        ContractChoice(draft, "Draft", "draft", "GBP"),
        ContractChoice(old_end, "Old, ended", "ended", "EUR"),
    ]
    assert [c.id for c in appreciation.contract_choices(ana, active_only=True)] == [paused, running]
    assert appreciation.contract_choices(factories.talent("Cy")) == []


def five(contract_id: int, day: dt.date, notes: str = "", scores=(5, 5, 5, 5, 5, 4)) -> None:
    contracts.add_private_review(contract_id, ReviewInput(*scores, would_rehire="yes", recommend=10, notes=notes,
                                                          reviewed_on=day))


def test_each_kind_of_moment_is_suggested_with_its_person_contract_day_and_words(db):
    ana, bo, cy = factories.talent("Ana"), factories.talent("Bo"), factories.talent("Cy")
    factories.contract(cy, "Cy's first")  # so that contract ids differ from people's ids
    on_ana = factories.contract(ana, "Ana's site")
    on_bo = factories.contract(bo, "Bo's app")
    on_cy = factories.contract(cy, "Cy's API")
    contracts.add_feedback(on_ana, "given", 5, "superb", given_on=TODAY - dt.timedelta(days=2))
    five(on_bo, TODAY - dt.timedelta(days=5))  # no notes: the prompt has no words, not "None"
    review_factories.milestone(on_cy, TODAY, status="paid", approved_on=TODAY - dt.timedelta(days=9),
                               title="Billing export")

    assert appreciation.thanks_suggestions(today=TODAY) == [
        Suggestion(ana, "Ana", on_ana, "Ana's site", "review", TODAY - dt.timedelta(days=2), "superb"),
        Suggestion(bo, "Bo", on_bo, "Bo's app", "review", TODAY - dt.timedelta(days=5), ""),
        Suggestion(cy, "Cy", on_cy, "Cy's API", "milestone", TODAY - dt.timedelta(days=9), "Billing export"),
    ]
    chosen = appreciation.thanks_suggestions((ana, cy), today=TODAY)
    assert [(s.talent_name, s.contract_title) for s in chosen] == [("Ana", "Ana's site"), ("Cy", "Cy's API")]


def test_only_fives_and_approved_milestones_within_the_window_count(db):
    ana = factories.talent("Ana")
    work = factories.contract(ana)
    contracts.add_feedback(work, "given", 4, "good")  # a four is no prompt
    contracts.add_feedback(work, "received", 5, "their five for us")
    five(work, TODAY - dt.timedelta(days=1), scores=(5, 5, 4, 4, 5, 4))  # averages 4.5: rounds to 5
    five(work, TODAY, scores=(5, 4, 4, 4, 5, 4))  # averages 4.33
    review_factories.milestone(work, TODAY, status="pending", approved_on=TODAY)
    assert [(s.reason, s.day) for s in appreciation.thanks_suggestions(today=TODAY)] == [
        ("review", TODAY - dt.timedelta(days=1))]


def test_the_window_is_sixty_days_by_default_and_a_thanks_since_silences_the_prompt(db):
    ana, bo = factories.talent("Ana"), factories.talent("Bo")
    review_factories.milestone(factories.contract(ana), TODAY, status="approved", approved_on=TODAY - dt.timedelta(days=60))
    review_factories.milestone(factories.contract(bo), TODAY, status="approved", approved_on=TODAY - dt.timedelta(days=61))
    assert [s.talent_name for s in appreciation.thanks_suggestions(today=TODAY)] == ["Ana"]
    assert [s.talent_name for s in appreciation.thanks_suggestions(within_days=61, today=TODAY)] == ["Ana", "Bo"]
    review_factories.thanks(ana, TODAY - dt.timedelta(days=60))  # the same day counts as thanked
    assert appreciation.thanks_suggestions(today=TODAY) == []


def test_one_prompt_per_person_at_most_five_newest_first(db):
    people = [factories.talent(f"P{n}") for n in range(7)]
    for n, person in enumerate(people):
        work = factories.contract(person, f"Work {n}")
        for back in (n, n + 20):
            review_factories.milestone(work, TODAY, status="approved", approved_on=TODAY - dt.timedelta(days=back),
                                       title=f"M{back}")
    found = appreciation.thanks_suggestions(today=TODAY)
    assert [(s.talent_name, s.text) for s in found] == [(f"P{n}", f"M{n}") for n in range(5)]
    assert len(appreciation.thanks_suggestions(limit=2, today=TODAY)) == 2
