"""The per-person figures kept in ``talent_figures`` equal their rules worked out afresh, after every kind of write.

Each write goes through the services (or an importer, or undo), as the window makes it; after each, every
person's kept last contact, review points and count, last day worked and running contracts must equal what
the rules (relationship.last_contact_sql and services/figures.py) say for them now. A person would check the
day the bench shows and the people its "not contacted" filter lists: those are asserted too.
"""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.interchange import upwork
from talentdesk.services import (
    appreciation,
    bench,
    contracts,
    corrections,
    figures,
    history,
    interactions,
    maintenance,
    records,
    relationship,
)
from talentdesk.services.contracts import REVIEW_CRITERIA, ContractInput, ReviewInput
from talentdesk.store import figures as kept
from talentdesk.store.db import database
from tests import factories
from tests.interchange_helpers import FIXTURES

TODAY = dt.date.today()


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def agree() -> None:
    """Every person's kept figures are the rules' figures now (and nobody is missing or left over)."""
    assert figures.stored() == figures.worked_out()
    assert figures.drifted() == []


def shown(talent_id: int) -> dt.date | None:
    return bench.detail(talent_id).last_contact


def test_the_triggers_say_the_rule_word_for_word():
    assert kept.LAST_CONTACT == relationship.last_contact_sql("t")
    assert kept.CRITERIA == REVIEW_CRITERIA


def test_every_kind_of_write_keeps_the_figures_equal_to_the_rules(db):
    ana, ben = factories.talent("Ana"), factories.talent("Ben")
    agree()
    running = factories.contract(ana, start_date=ago(300))
    ended = factories.contract(ben, start_date=ago(400))
    contracts.move(ended, "ended", on=ago(200))
    agree()
    assert shown(ana) is None and bench.rows([ben])[ben].last_worked == ago(200)

    contracts.add_message(running, "Weekly update", author="them", sent_at=at(ago(120)))
    contracts.add_message(running, "Only for me", channel="note", sent_at=at(ago(100)))  # a note is no contact
    agree()
    assert shown(ana) == ago(120)
    assert ana in bench.talent_ids(bench.Filters(not_contacted_days=90))

    interactions.log(ben, interactions.InteractionInput("call", at(ago(150), 15), 20, "Catch-up"))
    interactions.log(ben, interactions.InteractionInput("note", at(ago(10)), None, "Remember the visa"))
    agree()
    assert shown(ben) == ago(150)

    paid = contracts.add_payment(running, "hourly", 120_000, "USD", ago(80))
    contracts.add_payment(running, "fee", 12_000, "USD", ago(60))  # a fee or a refund is no contact
    contracts.add_payment(running, "refund", 5_000, "USD", ago(50))
    agree()
    assert shown(ana) == ago(80)
    assert ana not in bench.talent_ids(bench.Filters(not_contacted_days=90))

    contracts.add_private_review(ended, ReviewInput(5, 5, 4, 4, 5, 5, "yes", 9, reviewed_on=ago(199)))
    contracts.add_private_review(running, ReviewInput(3, 3, 3, 3, 3, 3, "maybe", 6, is_checkin=True,
                                                      reviewed_on=ago(70)))
    contracts.add_feedback(ended, "received", 5, "Great client", given_on=ago(140))
    appreciation.add_appreciation(appreciation.AppreciationInput(ana, "praise", "The migration went smoothly",
                                                                 given_on=ago(65)))
    agree()
    assert shown(ana) == ago(65) and shown(ben) == ago(140)
    assert bench.rows([ben])[ben].score == 28 / 6 and bench.rows([ben])[ben].reviews == 1

    latest = contracts.add_message(running, "Call me", author="them", sent_at=at(ago(5)))
    assert shown(ana) == ago(5)
    records.remove_message(latest)  # the latest contact gone: the one before it counts again
    agree()
    assert shown(ana) == ago(65)

    moved = contracts.add_payment(running, "bonus", 20_000, "USD", ago(40))
    assert shown(ana) == ago(40)
    corrections.correct_payment(moved, corrections.PaymentFix("bonus", 20_000, ago(90)), "wrong day")
    agree()
    assert shown(ana) == ago(65)
    corrections.remove_payment(paid, "entered twice")
    agree()
    said = contracts.add_message(running, "See you", sent_at=at(ago(20)))
    records.edit_message(said, "See you", author="me", channel="note", sent_at=at(ago(20)))  # now a private note
    agree()
    assert shown(ana) == ago(65)

    with history.operation("Add message"):
        contracts.add_message(running, "Sorry, wrong room", sent_at=at(ago(2)))
    assert shown(ana) == ago(2)
    history.undo()
    agree()
    assert shown(ana) == ago(65)
    history.redo()
    agree()
    assert shown(ana) == ago(2)

    contracts.move(running, "ended", on=ago(1))
    agree()
    assert bench.rows([ana])[ana].last_worked == ago(1) and not bench.rows([ana])[ana].working_now


def test_a_contract_moved_to_another_person_takes_its_figures_along(db):
    ana, ben = factories.talent("Ana"), factories.talent("Ben")
    draft = factories.contract(ana, status="draft", title="Logo")
    contracts.add_message(draft, "Draft brief", sent_at=at(ago(30)))
    agree()
    assert shown(ana) == ago(30) and shown(ben) is None
    contracts.update_contract(draft, ContractInput(talent_id=ben, title="Logo", rate_minor=5000))
    agree()
    assert shown(ana) is None and shown(ben) == ago(30)


def test_an_import_keeps_the_figures_of_everyone_it_touches(db):
    factories.talent("Ana Souza")
    upwork.import_file(FIXTURES / "upwork" / "transactions_13col.csv", create_missing=True)
    agree()
    assert any(day is not None for day, *_rest in figures.stored().values())


def test_people_added_and_deleted_have_their_row_and_no_more(db):
    ana = factories.talent("Ana")
    assert ana in figures.stored()
    from talentdesk.services import talents

    talents.delete_talent(ana)
    assert ana not in figures.stored()
    agree()


def _drifted_person() -> int:
    ana = factories.talent("Ana")
    cid = factories.contract(ana)
    contracts.add_message(cid, "Hello", sent_at=at(ago(3)))
    database.obj.execute_sql("UPDATE talent_figures SET last_contact = '1999-01-01', review_count = 4 "
                             "WHERE talent_id = ?", (ana,))
    assert figures.drifted() == [ana]
    assert shown(ana) == dt.date(1999, 1, 1)  # the screens read what is kept
    return ana


def test_a_rebuild_puts_drifted_figures_right_and_says_whose(db):
    ana = _drifted_person()
    assert figures.rebuild() == [ana]
    agree()
    assert shown(ana) == ago(3)
    assert figures.rebuild() == []


# The full check reads SQLite's own checks (integrity_check); a team database is checked by its server.
@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_check_database_puts_drifted_figures_right_and_says_so(db, data_dir):
    ana = _drifted_person()
    report = maintenance.check_database(data_dir)
    assert report.figures_rebuilt == 1 and report.sound  # put right by the check itself
    agree()
    assert shown(ana) == ago(3)
    assert maintenance.check_database(data_dir).figures_rebuilt == 0
